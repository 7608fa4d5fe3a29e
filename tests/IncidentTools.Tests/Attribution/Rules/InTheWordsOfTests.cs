using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "in the words of X" names whose words stand beside it, as "according to X" does: before the quotation in its sentence
    /// (<see cref="AccordingToQuote"/>) or right after it (<see cref="QuoteThenCue"/>). Texts of our own.
    /// </summary>
    public class InTheWordsOfTests
    {
        [Theory]
        [InlineData("The harbour board met for six hours. The mayor was, in the words of one aide, “furious about the delay.”", "furious", "one aide")]
        [InlineData("The divers, in the words of harbour master Jo Bell, were “the bravest people in town.”", "the bravest", "harbour master Jo Bell")]
        [InlineData("In the words of Mayor Ana Ortiz, “nobody could have saved the old pier.”", "nobody could", "Mayor Ana Ortiz")]
        public void TheNameAfterThePhraseBeforeTheQuotationSpokeIt(string body, string quote, string source)
        {
            var a = Of(RunRules(body, new AccordingToQuote()), quote)!;
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal("in the words of", a.CueWords!.Text.ToLowerInvariant());
        }

        [Fact]
        public void ThePhraseRightAfterTheQuotationNamesItsSpeakerToo()
        {
            var q = Q(Quotes("The pier was “a disgrace to the whole town,” in the words of Mayor Ana Ortiz."), "a disgrace");
            Assert.Equal("Mayor Ana Ortiz", q.SpeakerMention);
            Assert.Equal("QuoteThenCue", q.Rule);
        }

        [Theory]
        [InlineData("In other words, “the pier is closed until spring.”")]
        [InlineData("The mayor was, in the words of him, “furious about the delay.”")]
        [InlineData("The mayor chose the words of the old charter, “a harbour for all.”")]
        public void NoPhraseOrAPronounNamesNobody(string body)
        {
            Assert.Empty(RunRules(body, new AccordingToQuote()).Found);
        }
    }
}
