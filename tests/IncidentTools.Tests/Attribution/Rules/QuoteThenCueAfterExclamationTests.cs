using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// QuoteThenCue after a statement whose own "!" or "?" closed the writer's sentence: the next sentence opens with a name
    /// the mention grammar reads (a description in apposition with it) and its verb, “… the pier!” Reyes's niece, state
    /// Sen. Ana Ruiz, shouted.
    /// </summary>
    public class QuoteThenCueAfterExclamationTests
    {
        [Theory]
        [InlineData("“Save our pier!” Reyes's niece, state Sen. Ana “Nan” Ruiz (D-Eastport), shouted to the crowd. “We need it.”", "Save our pier", "Ana Nan Ruiz")]
        [InlineData("“Will the ferry run?” Reyes's daughter, Ana Ruiz, asked the captain.", "Will the ferry run", "Ana Ruiz")]
        public void ANamedSpeakerAndVerbAfterTheMarkAreItsSource(string body, string quote, string speaker)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), quote)!;
            Assert.Equal(speaker, a.Source!.Name);
        }

        [Theory]
        [InlineData("“Save our pier!” Reyes's niece shouted and the crowd cheered.")]                 // a description, no name
        [InlineData("“Save our pier!” Reyes's aides said the ferry would run late.")]                  // the aides' own clause
        [InlineData("“Save our pier!” The crowd cheered, and Ana Ruiz said it again.")]                // the name is not the sentence's opening
        public void NoNamedSpeakerRightAfterTheMarkNoSpeaker(string body) =>
            Assert.Null(Of(RunRules(body, new QuoteThenCue()), "Save our pier"));
    }
}
