using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb that judges a person ("accuse", "blame", "scold") takes that person as its object before "of" or "by": written
    /// right after a noun with "of" or "by" next, the form is a passive participle describing the noun ("a skipper accused of
    /// smuggling"), no cue; with its object it still reports.
    /// </summary>
    public class PassiveJudgingParticipleTests
    {
        [Fact]
        public void AParticipleBeforeOfDescribesTheNoun()
        {
            var found = Run("A deckhand who sailed with a skipper accused of smuggling told the court that the hold was always locked.", new CueThenContent());
            Assert.DoesNotContain(found, f => f.Cue == "accused");
            Assert.Equal("the hold was always locked", ByCue(found, "told").Content);
        }

        [Fact]
        public void TheVerbWithItsObjectStillReports()
        {
            // near miss: the same verb with the person it judges before "of"
            var found = Run("The harbour master accused the skipper of smuggling tobacco through the port.", new CueThenContent());
            Assert.Equal("the skipper of smuggling tobacco through the port", ByCue(found, "accused").Content);
        }
    }
}
