using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"…, according to X, a spokesman said.": the words after "according to X," are an attribution of their own (texts of its own).</summary>
    public class AccordingToBeforeAttributionTests
    {
        [Fact]
        public void TheContentEndsBeforeAccordingToWhenAnAttributionFollows()
        {
            var found = Run("The ferry had been out of service for a week, according to harbour records, a port spokesman told reporters.");
            Assert.Equal("The ferry had been out of service for a week", found.Single(f => f.Source == "harbour records").Content);
            Assert.Contains(found, f => f.Source == "a port spokesman");
        }

        [Fact]
        public void AClauseThatGoesOnAfterAccordingToKeepsItsEnd()
        {
            // near miss: the sentence's own verb after the commas is still the content's
            var found = Run("The bridge, according to the council, will reopen in May.");
            Assert.Equal("The bridge, according to the council, will reopen in May", found.Single(f => f.Source == "the council").Content);
        }
    }
}
