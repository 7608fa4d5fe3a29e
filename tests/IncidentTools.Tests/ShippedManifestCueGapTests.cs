using System;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Cues of the shipped manifest (seeds/corpus.yaml) in an analyst's words that earlier missed: a side named as never
    /// firing at all, a side's passive denial ("not a single round was fired"), "fired the first shot" / "start the fight",
    /// "explained away as an error", "neither fair nor complete", "the investigation was thorough", "poor communication", and
    /// the other side given the posts' coordinates; each with the near miss it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestCueGapTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs)
        {
            // the shipped manifest as it is (its seed documents absent: only a warning)
            var manifest = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "seeds", "corpus.yaml"));
            var text = "Pakistan and U.S. differ over Salala border post airstrike in Mohmand\n\n" + string.Join("\n\n", paragraphs) + "\n";
            return AccountTestCorpus.LoadFiles(folder, manifest, (Name: "article.txt", Text: text));
        }

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string? question = null) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && (question == null || c.Question == question));

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = Claim(corpus, content, question);
            Assert.Equal(party, c.Party);
            Assert.Equal(position, c.Position);
        }

        private static void AnswersNothing(IncidentCorpus corpus, string content) =>
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question != null);

        [Fact]
        public void ASideNamedAsNeverFiringOrDenyingInThePassiveDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Maj Gen Athar Abbas, the military spokesman, said Pakistani soldiers had not fired a single shot before the helicopters opened fire.",
                "A Pakistani military official, speaking on condition of anonymity, said not a single round was fired from the posts that night.",
                "Pentagon press secretary George Little said American troops did not start the fight.");
            Takes(corpus, "Pakistani soldiers had not fired", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "not a single round was fired", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "American troops did not start the fight", Us, "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void ASideFiringWithNoNegatorAndNoFirstAnswersNothing()
        {
            // the near miss: "(first)" may be left out only where a negator stands
            using var folder = new TempFolder();
            var corpus = Load(folder, "An ISAF spokesman said Pakistani troops fired at the helicopters from the ridge after the first strike.");
            AnswersNothing(corpus, "Pakistani troops fired at the helicopters");
        }

        [Fact]
        public void AnErrorDeniedTheInquiryCalledUnfairOrThoroughAndPoorCommunication()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Foreign Office spokesman Abdul Basit said the killing of the soldiers could not be explained away as an error.",
                "Athar Abbas said the American inquiry was neither fair nor complete.",
                "George Little said the investigation was thorough and the department would not reopen it.",
                "Little said the deaths followed poor communication between liaison officers on both sides.");
            Takes(corpus, "the killing of the soldiers", Pk, "deliberate", "Deliberate");
            Takes(corpus, "the American inquiry was neither", Pk, "findings", "Findings are wrong");
            Takes(corpus, "the investigation was thorough", Us, "findings", "Findings are accurate");
            Takes(corpus, "the deaths followed poor communication", Us, "coordination", "Coordination failed");
        }

        [Fact]
        public void TheOtherSideGivenThePostsCoordinatesIsCoordinationWorkedOnlyInThatSidesOpponentsWords()
        {
            // the near miss: the coalition given a location, said by itself, is what it was told, not coordination
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Officials at General Headquarters said NATO had been given the coordinates of both posts weeks before the strike.",
                "A spokesman for ISAF in Kabul said the coalition had been given the location of the patrol by Afghan officials.");
            Takes(corpus, "NATO had been given the coordinates", Pk, "coordination", "Coordination worked");
            Assert.Equal(Us, Claim(corpus, "the coalition had been given the location").Party);
            AnswersNothing(corpus, "the coalition had been given the location");
        }
    }
}
