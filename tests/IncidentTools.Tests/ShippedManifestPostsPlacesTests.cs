using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of the posts' places named with their posts ("location* of * posts") and passed on to the
    /// other side past an adverb or auxiliaries ("the locations of the two border posts had been duly communicated to ISAF").
    /// Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestPostsPlacesTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Fact]
        public void LocationsOfThePostsCommunicatedPastAnAdverbIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman, Brig. Omar Rana, spoke after the NATO strike on the two border posts.",
                "Rana said the locations of the two border posts had been duly communicated to ISAF weeks before.");
            var rana = corpus.Claims.Single(c => c.Speaker == "Omar Rana" && c.Question == "coordination");
            Assert.Equal("Coordination worked", rana.Position);
        }
    }
}
