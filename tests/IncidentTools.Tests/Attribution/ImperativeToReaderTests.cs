using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, but believe me, the first punch hurts": a verb whose object is the writer's own pronoun, set off by a comma, is an
    /// imperative to the reader; the "I" of an earlier clause does not report what follows. The object pronoun of another
    /// ("endorsed her, citing …") still opens a report.
    /// </summary>
    public class ImperativeToReaderTests
    {
        private const string Opening = "The boxing club opened its doors to beginners this week.\n\n";

        [Theory]
        [InlineData("You can watch from the side, as I did when I was young, but believe me, the first punch always hurts.")]
        [InlineData("I went to the gym twice, and trust us, the first punch always hurts.")]
        public void TheWritersObjectPronounAfterTheVerbMakesNoReport(string body)
        {
            Assert.DoesNotContain(Attributions(Opening + body), a => a.Content.Contains("first punch"));
        }

        [Fact]
        public void AnotherPersonsObjectPronounStillOpensTheReport()
        {
            // negative: the coach's endorsement is reported
            var all = Attributions(Opening + "The club's coach, Jo Bell, endorsed her, citing her long experience in the ring.");
            Assert.Contains(all, a => a.Cue == "endorsed");
        }
    }
}
