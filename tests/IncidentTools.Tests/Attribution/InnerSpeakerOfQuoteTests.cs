using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Quoted words that an earlier verb seems to govern but that belong to someone nearer (issue 8, quotes with the wrong
    /// speaker): another's noun of saying between the cue and the quotation ("said she was hurt by Reyes's claim that …
    /// “…”"), a "with" phrase whose participle of purpose leads to an infinitive of saying ("with Lund taking to the radio
    /// to call it “…”"), and a participle of speech after a clause with a counted subject of its own ("where about 50
    /// workers had gathered, chanting “…”", which may be either subject's: no speaker rather than the wrong one), and a name
    /// right before a participle of speech and "that" ("reminds me of Jo Bell saying that “…”": the name's words).
    /// </summary>
    public class InnerSpeakerOfQuoteTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("The mayor says she is not trying to distance herself from the governor, who has been hurt by Tom Reyes's claim that the accounts were “badly kept.”", "mayor")]
        [InlineData("Ada Lund told the board she was tired of hearing the governor's argument that the pier was “a death trap.”", "Ada Lund")]
        public void AnotherOwnersStatementNounBetweenCueAndQuoteKeepsTheQuoteFromTheCueSubject(string body, string subject)
        {
            Assert.DoesNotContain(Quotes(Opening + body), q => q.Speaker == subject);
        }

        [Fact]
        public void AQuotationAfterTheOwnedClauseIsTheCueSubjectsAgain()
        {
            // the second "is" is the outer clause's verb: what is quoted is the spokeswoman's verdict on the claim
            var q = Assert.Single(Quotes(Opening + "Port spokeswoman Ada Lund said Monday that Tom Reyes's claim that the pier is unsafe is “simply not true.”"));
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void TheCueSubjectsOwnStatementNounKeepsTheQuoteWithTheSubject()
        {
            // "her claim": the owner is the cue's subject herself
            var q = Assert.Single(Quotes(Opening + "Ada Lund said on Monday that she stood by her claim that the pier was “a death trap.”"));
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Theory]
        [InlineData("The council has denied the incident took place, with Ada Lund taking to Twitter to call the reporter “a liar” for the story.", "Ada Lund")]
        [InlineData("The union rejected the offer, with its leader Tom Reyes using a rally to describe it as “an insult to every docker.”", "Tom Reyes")]
        public void AWithPhraseWhoseParticipleOfPurposeLeadsToSayingGivesTheQuoteToItsSubject(string body, string speaker)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void AParticipleOfPurposeWithNoInfinitiveOfSayingIsNoSource()
        {
            // "taking questions" leads to no infinitive of saying: the quotation stays the clause subject's
            var q = Assert.Single(Quotes(Opening + "Ada Lund defended the plan, with her aides taking notes, and called it “a fair deal.”"));
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Theory]
        [InlineData("The mayor spoke near the harbour, where about 50 workers had gathered on Monday, chanting “no pay, no work” after the talks failed.")]
        [InlineData("Ada Lund spoke at the gate, where nearly 200 dockers had massed, shouting “shame” as she left.")]
        public void AParticipleAfterAClauseWithACountedSubjectIsNotTheMainSubjects(string body)
        {
            var quotes = Quotes(Opening + body);
            Assert.DoesNotContain(quotes, q => q.Speaker == "mayor" || q.Speaker == "Ada Lund");
        }

        [Theory]
        [InlineData("The new mayor reminds me of Tom Reyes saying that “a harbour is only as good as its pier.”", "Tom Reyes")]
        [InlineData("The old film shows Ada Lund saying that “no ferry will ever leave this port late.”", "Ada Lund")]
        public void ANameThenAParticipleOfSpeechAndThatIntroducesTheNamesWords(string body, string speaker)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void AParticipleAfterTheMainClauseStaysTheSubjects()
        {
            var q = Assert.Single(Quotes(Opening + "The mayor spoke for about 20 minutes, saying “the pier will reopen.”"));
            Assert.Equal("mayor", q.Speaker);
        }
    }
}
