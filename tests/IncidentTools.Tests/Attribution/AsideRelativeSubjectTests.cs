using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor thanked Ada Lund, who said: “…”", "The memo cited the harbor board's report, which notes, “…”": a relative
    /// clause after a comma, opened by "who" or "which" right before a reporting verb that introduces the quotation after its
    /// comma or colon, is the clause whose words these are: the pronoun is the source and stands for the noun phrase before the
    /// comma (a document by its possessive author), not the main clause's subject, which only thanked or cited. A "that" after
    /// a comma follows an apposition ("a message from her aide, Jo Bell, that read: “…”") and is left to the rules after it,
    /// as is a relative clause that runs on past its verb.
    /// </summary>
    public class AsideRelativeSubjectTests
    {
        [Fact]
        public void WhoOrWhichAfterACommaBeforeTheVerbOfTheQuotationStandsForTheNounBeforeIt()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "The mayor thanked Ada Lund, who said: “The pier is safe for now.”\n\n" +
                                "The memo cited the harbor board's annual report, which notes, “The ferry has run every day since 1950.”");
            var read = new[] { "The pier is safe", "The ferry has run" }.Select(start => Q(quotes, start)).Select(q => (q.SpeakerMention, q.Speaker));
            Assert.Equal(new (string?, string?)[] { ("who", "Ada Lund"), ("which", "harbor board") }, read);
        }

        [Fact]
        public void ThatAfterACommaOrARelativeClauseThatRunsOnIsNotTheSource()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Reyes shared a message from his aide, Jo Bell, that read: “The pier is safe for now.”\n\n" +
                                "Lund thanked the builder, who said he was late, adding, “Maybe the crew did a poor job.”");
            Assert.NotEqual("Jo Bell", Q(quotes, "The pier is safe").Speaker);
            Assert.NotEqual("that", Q(quotes, "The pier is safe").SpeakerMention);
            Assert.NotEqual("who", Q(quotes, "Maybe the crew").SpeakerMention);
        }
    }
}
