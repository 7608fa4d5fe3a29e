using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>QuoteThenCue when the writer left out the comma: “… a battle of niches” Grubbs said.</summary>
    public class QuoteThenCueWithoutCommaTests
    {
        [Theory]
        [InlineData("“The harbour vote is a battle of niches” Okafor said. “Nobody wins it outright.”", "The harbour vote", "Okafor")]
        [InlineData("“As a builder, he put a lot of people out of business, too\" Reyes said after the meeting on Wednesday.", "As a builder", "Reyes")]
        public void ANameAndItsVerbRightAfterAStatementAreItsSource(string body, string quote, string mention)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), quote)!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("said", a.CueWords!.Text);
        }

        [Theory]
        [InlineData("“Life on the harbour was hard” Director Jo Bell said of her film.")]                     // a titled name without the comma: left open (may be a credit line)
        [InlineData("“Storm Over The Harbour Again” Reyes said was his favourite book.")]                   // title-like words
        [InlineData("“Not again” Reyes said with a sigh.")]                                                 // fewer than four words
        [InlineData("The board met. Later “the ferry will sail on time” Reyes said.")]                      // not at the sentence start
        public void NoStatementOrNoNameNoSpeaker(string body) => Assert.Empty(RunRules(body, new QuoteThenCue()).Found);
    }
}
