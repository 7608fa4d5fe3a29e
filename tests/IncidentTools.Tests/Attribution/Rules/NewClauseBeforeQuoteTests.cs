using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A clause coordinator after a comma or a dash, then a subject of its own and its verb, between a cue and a quotation
    /// ("Reyes testified in June, and Sen. Ada Lund kept asking her why …“minor”"): the quotation is in that new clause, not
    /// the words of the earlier cue's subject (CueBeforeQuote, NameBeforeCue, CueThenContent). A second clause of a
    /// that-clause the cue reports ("said that …, and he had …“…”") and a list of names stay the cue's.
    /// </summary>
    public class NewClauseBeforeQuoteTests
    {
        [Theory]
        [InlineData("The error recalled one from 2014, when Reyes first testified before the council on the flood, and Sen. Ada Lund (D-Ore.) kept asking her why the agency had called the damage “minor” rather than severe.", "minor")]
        [InlineData("He mocked his opponents and even told the crowd that he is not tired - as Lund has said - and he can “promise” more rallies, too.", "promise")]
        [InlineData("Mayor Tomas Reyes spoke at the pier on Monday, and the harbour board later called the plan “a fantasy” in a letter.", "a fantasy")]
        public void TheEarlierSubjectIsNotTheSpeaker(string body, string quote)
        {
            var q = Quotes(body);
            Assert.DoesNotContain(q, x => x.Text.StartsWith(quote) && (x.SpeakerMention == "Reyes" || x.SpeakerMention == "Lund" || x.SpeakerMention == "Mayor Tomas Reyes"));
        }

        [Fact]
        public void ASecondClauseOfAThatClauseStaysTheCues()
        {
            var q = Quotes("Captain Ines Vale said, through an interpreter, that the pier was unsafe, and she had warned the board that it “could fall at any time.”");
            Assert.Contains("Vale", Q(q, "could fall").Speaker);
        }

        [Fact]
        public void ASecondThatClauseWhoseSubjectIsANameStaysTheCues()
        {
            // "…, and that Norway would not …": a coordinated that-clause of the same report, not a new clause of Norway's
            var q = Quotes("Mayor Ada Lund said the crews had not left the quay, and that Norway would not accept “a letter of sympathy in place of real help”.");
            Assert.Contains("Lund", Q(q, "a letter of sympathy").Speaker);
        }

        [Fact]
        public void TheQuotationRightAfterTheCueStaysTheCues()
        {
            var q = Quotes("Captain Ines Vale said the plan was “a fantasy,” and Reyes agreed.");
            Assert.Equal("Captain Ines Vale", Q(q, "a fantasy").SpeakerMention);
            // a new clause with a reporting verb of its own: its pronoun stands for the same speaker
            q = Quotes("Captain Ines Vale says she hopes to keep the pier open, but she knows that “the storm decides.”");
            Assert.Contains("Vale", Q(q, "the storm").Speaker);
        }
    }
}
