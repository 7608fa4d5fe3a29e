using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The claim reader keeps, per thread, the lists of where the cues' words stand in a source's ranges (ClaimReader.Read) and
    /// its coverage map of kept matches (ClaimReader.Position) from one document to the next, and reads a short answer's words
    /// only after it has found the asking words before them (ClaimReader.ShortAnswer). Sentences of the tests' own.
    /// </summary>
    public class ClaimScratchReuseTests
    {
        /// <summary>A document whose sources hold many cue words each: long lists of places and a long coverage map.</summary>
        private static readonly string Long = "Clash at Kestrel Pass\n\n" + string.Join("\n\n", Enumerable.Range(1, 6).Select(n =>
            $"Anna Berg said on day {n} that the Southern gunners had fired on the pass deliberately, that the convoy was shot at, " +
            "that it came under attack again and again, that the barrage was unprovoked and deliberate, and that no accident and " +
            "no mistakes could explain a shelling so deliberate.")) + "\n";

        private const string Short = "Clash at Kestrel Pass\n\nOmar Diaz said the shelling was an accident.\n\n" +
            "Anna Berg said the Southern battery fired on the pass.\n";

        private static string[] Positions(IncidentCorpus corpus, string document) =>
            corpus.Claims.Where(c => c.DocumentId == document && c.Position != null)
                .Select(c => $"{c.Speaker}|{c.Party}|{c.Question}|{c.Position}|{c.PositionCue}").ToArray();

        [Fact]
        public void AShortDocumentReadAfterALongOneTakesThePositionsItTakesAlone()
        {
            string[] alone, after;
            using (var folder = new TempFolder())
                alone = Positions(AccountTestCorpus.LoadFiles(folder, StanceRuleTests.Manifest, ("b-short.txt", Short)), "b-short");
            using (var folder = new TempFolder())
                after = Positions(AccountTestCorpus.LoadFiles(folder, StanceRuleTests.Manifest, ("a-long.txt", Long), ("b-short.txt", Short)), "b-short");
            Assert.Contains(alone, p => p.StartsWith("Omar Diaz|Southland|deliberate|Not deliberate|"));
            Assert.Equal(alone, after);
        }

        private static IncidentClaim[] Deliberate(string paragraph)
        {
            using var folder = new TempFolder();
            return AccountTestCorpus.Load(folder, StanceRuleTests.Manifest, paragraph).Claims
                .Where(c => c.Question == "deliberate" && c.Party == "Southland").ToArray();
        }

        [Fact]
        public void AShortAnswerAfterTheAskingWordsSaysTheAskedClause()
        {
            var claim = Assert.Single(Deliberate("Asked whether the shelling was deliberate, Omar Diaz replied: \"Certainly not.\""));
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void AShortAnswerAfterWordsThatAskNothingTakesNoPosition()
        {
            // ("Told that", not "Asked whether": the answer has no asked clause to say)
            Assert.DoesNotContain(Deliberate("Told that the shelling was deliberate, Omar Diaz replied: \"Certainly not.\""), c => c.Position == "Not deliberate");
        }
    }
}
