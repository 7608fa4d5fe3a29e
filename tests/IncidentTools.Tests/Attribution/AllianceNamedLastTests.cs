using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An alliance named by its own name ("NATO", "ISAF": organisation-words.txt 'joint-force') is no state's own service: a
    /// bare "the army", or "the army spokesman", after "NATO helicopters attacked …" takes no side from it (it used to take the
    /// alliance's), while a bare "a spokesman" after "NATO said" still speaks for NATO's side. Sentences of the tests' own.
    /// </summary>
    public class AllianceNamedLastTests
    {
        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.First(c => c.Content.StartsWith(content, StringComparison.Ordinal));

        [Theory]
        [InlineData("The army said the raid on the hilltop posts was deliberate.", "the raid on the hilltop posts")]
        [InlineData("The army spokesman said the raid on the hilltop posts was deliberate.", "the raid on the hilltop posts")]
        [InlineData("The army said the ISAF account of the raid was false.", "the ISAF account")]
        [InlineData("The military said the raid on the hilltop posts was deliberate.", "the raid on the hilltop posts")]
        [InlineData("The government said the raid on the hilltop posts was deliberate.", "the raid on the hilltop posts")]
        public void TheArmyAfterAnAllianceTakesNotItsSide(string sentence, string content)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "NATO helicopters attacked two Pakistani border posts before dawn on Saturday.", sentence);
            Assert.NotEqual("United States", Claim(corpus, content).Party);
        }

        [Fact]
        public void ASpokesmanAfterNatoSaidStillSpeaksForIt()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, "NATO said its helicopters had fired on the posts.", "A spokesman said the strike on the posts was an accident.");
            Assert.Equal("United States", Claim(corpus, "the strike on the posts").Party);
        }
    }
}
