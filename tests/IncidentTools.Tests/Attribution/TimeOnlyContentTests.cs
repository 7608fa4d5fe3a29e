using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Words after a verb that are only a phrase of time ("reported two weeks ago", "proposed a few days later", "said just
    /// today") say when something was said, not what: no content. A clause after the time phrase still is one.
    /// </summary>
    public class TimeOnlyContentTests
    {
        [Theory]
        [InlineData("The old ferry sank in the storm, the Tarvik Courier reported two weeks ago.")]
        [InlineData("The council met in the hall on the very day the mayor proposed a few days later.")]
        [InlineData("The harbour will stay shut, the island radio reported just today.")]
        public void AnAttributionHasNoTimePhraseForItsContent(string sentence)
        {
            Assert.DoesNotContain(Run(sentence, new CueThenContent()), f => f.Content.EndsWith("ago") || f.Content.EndsWith("later") || f.Content.EndsWith("today"));
        }

        [Theory]
        [InlineData("The Tarvik Courier reported two weeks ago that the old ferry had sunk.", "the old ferry had sunk")]
        [InlineData("Mayor Lena Ortiz said on Friday the harbour would reopen in May.", "the harbour would reopen in May")]
        [InlineData("Mayor Lena Ortiz described the ferry crossing two years ago as a nightmare.", "the ferry crossing two years ago as a nightmare")]
        public void AClauseAfterTheTimeIsStillTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }
    }
}
