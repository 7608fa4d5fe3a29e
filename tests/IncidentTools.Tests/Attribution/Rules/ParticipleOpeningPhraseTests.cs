using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// ParticipleCue: "Continuing to explain his view, Reyes rejected the plan, saying “…”": the capitalised word that opens
    /// the sentence, then a preposition and a phrase to a comma, is an opening phrase, not the subject; the subject after the
    /// comma said it. A subject followed by a phrase of time before its verb ("Reyes on Friday blamed …") stays the subject.
    /// </summary>
    public class ParticipleOpeningPhraseTests
    {
        [Fact]
        public void TheSubjectAfterTheOpeningPhraseSpeaks()
        {
            var f = Of(RunRules("Continuing to explain his view, Reyes rejected the plan, saying that the pier “cannot wait another year.”", new ParticipleCue()), "");
            Assert.Equal("Reyes", f!.Source!.Text);
        }

        [Fact]
        public void ASubjectWithATimePhraseStays()
        {
            var f = Of(RunRules("Reyes on Friday blamed the board for the delay, saying that the pier “cannot wait another year.”", new ParticipleCue()), "");
            Assert.Equal("Reyes", f!.Source!.Text);
        }
    }
}
