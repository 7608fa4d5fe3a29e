using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueBeforeQuote: a reporting verb right before the quotation, with a subject pronoun of its own after a comma,
    /// introduces it ("When her brother mentioned the pier, she laughed and said, “…”"); the earlier clause's subject
    /// and its cue are not the quotation's.
    /// </summary>
    public class AnotherSpeakerBeforeTheQuoteTests
    {
        [Theory]
        [InlineData("Years later, when her brother mentioned the pier at dinner, she laughed and said, “I never liked that pier.”", "she")]
        [InlineData("When the council mentioned the costs, he sighed and said, “We will pay.”", "he")]
        public void ThePronounOfTheNearerVerbSpeaks(string body, string source)
        {
            var f = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(source, f.Source!.Text);
        }

        [Fact]
        public void APronounInsideTheReportedClauseLeavesTheSubject()
        {
            // "said that she thinks …, but said “…”": the pronoun stands in what the subject reports, not after a comma
            var f = Of(RunRules("Mayor Lena Ortiz said Friday that she thinks the pier should reopen but said “the question is the timing.”", new CueBeforeQuote(close: false)), "")!;
            Assert.Equal("Mayor Lena Ortiz", f.Source!.Text);
        }

        [Fact]
        public void AKinNounSaysTheGenderOfItsPerson()
        {
            // "she" never stands for "her brother": the kin noun is tagged male in the lexicon
            var quotes = Quotes("Lena Ortiz, the ferry captain, sighed. Years later, when her brother mentioned the pier at dinner, she laughed and said, “I never liked that pier.”");
            Assert.Equal("Lena Ortiz", Q(quotes, "I never").Speaker);
            quotes = Quotes("Tomas Reyes, the harbour master, sighed. When his mother mentioned the pier at dinner, he laughed and said, “I never liked that pier.”");
            Assert.Equal("Tomas Reyes", Q(quotes, "I never").Speaker);
        }
    }
}
