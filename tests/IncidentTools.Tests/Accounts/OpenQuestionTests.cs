using System.IO;
using System.Linq;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// A question's <c>open:</c> phrases in the manifest (OpenQuestion): words saying that the question's very point is left
    /// open. A claim whose words hold one ("the patrol came under fire, but she would not say where the fire had come from")
    /// takes no position on that question, whatever cues they also hold: it keeps its speaker, its words and the question, its
    /// Position is empty and its PositionCue gives the open words. Articles and manifests of the tests' own.
    /// </summary>
    public class OpenQuestionTests
    {
        private const string Open = @"    open:
      - ""not say * where the fire*""
      - ""who fired first * unclear""
      - {text: ""whether * fired first * * to establish"", party: Southland}
";

        /// <summary>The tests' manifest with the first-shot question's open: phrases (after its positions).</summary>
        private static string WithOpen => AccountTestCorpus.Parties + AccountTestCorpus.Questions.Replace("  - id: deliberate", Open + "  - id: deliberate");

        private static string WithoutOpen => AccountTestCorpus.Parties + AccountTestCorpus.Questions;

        private const string UnsaidOrigin =
            "Anna Berg, the Northern interior minister, said the patrol came under fire near the river, but she would not say where the fire had come from.";

        [Fact]
        public void WithoutTheKeyTheCueGivesItsPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithoutOpen, UnsaidOrigin);
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Southland fired first", claim.Position);
            Assert.Equal("came under fire", claim.PositionCue);
        }

        [Fact]
        public void AClaimThatLeavesTheOriginOpenTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen, UnsaidOrigin);
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Null(claim.Position);
            Assert.Equal("not say where the fire", claim.PositionCue);
            Assert.False(claim.Negated);
            // the claim keeps its speaker, side and words
            Assert.Equal("Anna Berg", claim.Speaker);
            Assert.Equal("Northland", claim.Party);
            Assert.Contains("came under fire", claim.Content);
            // and gives no evidence to the comparison
            Assert.DoesNotContain(corpus.CompareAccounts(), r => r.Question == "first-shot" && r.ReferenceEvidence.Count + r.DifferenceEvidence.Count > 0);
        }

        [Fact]
        public void AnOpenPhraseAloneGivesTheQuestionWithNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen, "Omar Diaz, the Southern Guard commander, said who fired first was still unclear.");
            var claim = corpus.Claims.Single(c => c.Speaker == "Omar Diaz" && c.Question == "first-shot");
            Assert.Null(claim.Position);
            Assert.Equal("who fired first was still unclear", claim.PositionCue);
        }

        [Fact]
        public void TheOtherQuestionsOfTheSameWordsKeepTheirPositions()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Anna Berg said the shelling was deliberate and the patrol came under fire, but she would not say where the fire had come from.");
            Assert.Contains(corpus.Claims, c => c.Question == "deliberate" && c.Position == "Deliberate");
            Assert.Contains(corpus.Claims, c => c.Question == "first-shot" && c.Position == null);
        }

        [Fact]
        public void OtherSourcesAndSidesKeepTheirPositions()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen, UnsaidOrigin,
                "Omar Diaz, the Southern Guard commander, said Northern troops fired first.",
                "The Northern Army said in a later statement that its convoy came under fire at dawn.");
            Assert.Contains(corpus.Claims, c => c.Party == "Southland" && c.Position == "Northland fired first");
            Assert.Contains(corpus.Claims, c => c.Party == "Northland" && c.Position == "Southland fired first" && c.Content.Contains("convoy"));
        }

        [Fact]
        public void AReportInsideWordsThatLeaveTheOriginOpenTakesNoPositionEither()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Anna Berg said Northern soldiers at the bridge reported that they came under fire, but she would not say where the fire had come from.");
            var claims = corpus.Claims.Where(c => c.Question == "first-shot").ToList();
            Assert.True(claims.Count >= 1);
            Assert.All(claims, c => Assert.Null(c.Position));
            Assert.All(claims, c => Assert.Equal("not say where the fire", c.PositionCue));
        }

        [Fact]
        public void ASpeakersRefusalToSayLeavesTheQuestionOpenForWhatTheSameSpeakerSays()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Anna Berg said the patrol came under fire near the river. She would not say where the fire had come from.");
            var claim = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Anna Berg", claim.Speaker);
            Assert.Null(claim.Position);
            Assert.Equal("not say where the fire", claim.PositionCue);
        }

        [Fact]
        public void AnotherSpeakersRefusalLeavesNothingOpen()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Anna Berg said the patrol came under fire near the river. Omar Diaz would not say where the fire had come from.",
                "Anna Berg said the convoy came under fire at dawn. The Interior Ministry would not say where the fire had come from.");
            Assert.Equal(2, corpus.Claims.Count(c => c.Speaker == "Anna Berg" && c.Position == "Southland fired first"));
        }

        [Fact]
        public void APhraseAskedAboutIsNotSaid()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Anna Berg said the patrol came under fire, and asked whether it was unclear to anyone who fired first.");
            Assert.Contains(corpus.Claims, c => c.Question == "first-shot" && c.Position == "Southland fired first");
        }

        [Fact]
        public void AnOpenPhraseOfAPartyCountsOnlyForThatParty()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, WithOpen,
                "Omar Diaz said Northern troops fired first, and that whether they fired first is for the inquiry to establish.",
                "Anna Berg said the patrol came under fire, and that whether Southern guards fired first is for the inquiry to establish.");
            Assert.Contains(corpus.Claims, c => c.Speaker == "Omar Diaz" && c.Question == "first-shot" && c.Position == null);
            Assert.Contains(corpus.Claims, c => c.Speaker == "Anna Berg" && c.Position == "Southland fired first");
        }

        [Fact]
        public void TheReaderReadsTheKey()
        {
            using var folder = new TempFolder();
            var path = folder.Write("corpus.yaml", WithOpen);
            var questions = ManifestReader.Read(path).Questions;
            var open = questions.Single(q => q.Id == "first-shot").Open;
            Assert.Equal(new[] { "not say * where the fire*", "who fired first * unclear", "whether * fired first * * to establish" }, open.Select(c => c.Text).ToArray());
            Assert.Equal(new string?[] { null, null, "Southland" }, open.Select(c => c.Party).ToArray());
            Assert.DoesNotContain(open, c => c.Yields);
            // a question without the key has none
            Assert.Empty(questions.Single(q => q.Id == "deliberate").Open);
            Assert.Empty(ManifestReader.Read(folder.Write("corpus.yaml", WithoutOpen)).Questions.SelectMany(q => q.Open));
        }

        [Fact]
        public void TheCheckerKnowsTheKey()
        {
            using var folder = new TempFolder();
            Assert.Empty(ManifestValidator.Validate(folder.Write("corpus.yaml", WithOpen)));
        }

        [Theory]
        [InlineData("{text: \"who fired first * unclear\", yields: true}", "NotAllowed")]
        [InlineData("[not say]", "WrongType")]
        [InlineData("{party: Southland}", "MissingKey")]
        [InlineData("{text: \"who fired first * unclear\", party: Eastland}", "UnknownParty")]
        public void TheCheckerRejectsABadEntry(string entry, string code)
        {
            using var folder = new TempFolder();
            var manifest = WithOpen.Replace("      - \"who fired first * unclear\"\n", "      - " + entry + "\n");
            Assert.NotEqual(WithOpen, manifest);
            var issue = Assert.Single(ManifestValidator.Validate(folder.Write("corpus.yaml", manifest)));
            Assert.Equal(code, issue.Code);
            // on the line of the entry
            var line = manifest.Split('\n').ToList().FindIndex(l => l.Contains("- " + entry)) + 1;
            Assert.Equal(line, issue.Line);
        }

        [Fact]
        public void TheReaderRejectsABadEntryWithFileAndLine()
        {
            using var folder = new TempFolder();
            var manifest = WithOpen.Replace("      - \"who fired first * unclear\"\n", "      - {text: \"who fired first * unclear\", yields: true}\n");
            var path = folder.Write("corpus.yaml", manifest);
            var ex = Assert.Throws<ManifestException>(() => ManifestReader.Read(path));
            Assert.Equal(path, ex.ManifestPath);
            Assert.Equal(manifest.Split('\n').ToList().FindIndex(l => l.Contains("yields: true")) + 1, ex.Line);
            Assert.Contains("yields", ex.Reason);

            // a single phrase where a list belongs
            var notAList = WithOpen.Replace(Open, "    open: who fired first is unclear\n");
            var line = notAList.Split('\n').ToList().FindIndex(l => l.Contains("open: who")) + 1;
            var wrong = Assert.Throws<ManifestException>(() => ManifestReader.Read(folder.Write("corpus.yaml", notAList)));
            Assert.Equal(line, wrong.Line);
            Assert.Contains("'open' must be a list", wrong.Reason);
            Assert.Equal("WrongType", Assert.Single(ManifestValidator.Validate(Path.Combine(folder.Path, "corpus.yaml"))).Code);
        }
    }
}
