using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Two versions of one invented story.</summary>
    public class VersionComparisonTests
    {
        private const string Earlier =
            "Clash at Kestrel Pass\n\n" +
            "Soldiers of the two countries exchanged fire at the Kestrel Pass on Monday night, officials said.\n\n" +
            "The Northern Army said its patrol had come under fire from the southern ridge shortly after midnight.\n\n" +
            "Farmers in the valley said they heard explosions for more than an hour.\n\n" +
            "The border crossing will stay closed until further notice.\n\n" +
            "Anna Berg contributed to this report.\n";

        private const string Later =
            "Deadly clash at Kestrel Pass\n\n" +
            "Soldiers of the two countries exchanged fire at the Kestrel Pass on Monday night, officials said.\n\n" +
            "The Northern Army said on Tuesday that its patrol had come under fire from the southern ridge shortly after midnight.\n\n" +
            "Three soldiers were killed, the Southern Guard said.\n\n" +
            "The border crossing will stay closed until further notice.\n\n" +
            "Anna Berg and Lea Holt contributed to this report.\n";

        private static (IncidentCorpus Corpus, IncidentDocument Earlier, IncidentDocument Later) Load(TempFolder folder)
        {
            var corpus = AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties, ("v1.txt", Earlier), ("v2.txt", Later));
            return (corpus, corpus.FindDocument("v1")!, corpus.FindDocument("v2")!);
        }

        [Fact]
        public void ParagraphsAreSameEditedRemovedOrAdded()
        {
            using var folder = new TempFolder();
            var (corpus, earlier, later) = Load(folder);
            var rows = corpus.CompareVersions(earlier, later).Where(r => r.Element == VersionElement.Paragraph).ToArray();

            Assert.Equal(new[] { "==", "<>", "<=", "=>", "==" }, rows.Select(r => r.SideIndicator).ToArray());
            Assert.Equal(new[] { VersionChange.Same, VersionChange.Edited, VersionChange.Removed, VersionChange.Added, VersionChange.Same }, rows.Select(r => r.Change).ToArray());

            var edited = rows[1];
            Assert.Equal(2, edited.ReferenceParagraph);
            Assert.Equal(2, edited.DifferenceParagraph);
            Assert.InRange(edited.Similarity, 0.6, 0.99);
            Assert.StartsWith("The Northern Army said on Tuesday", edited.DifferenceText);

            var removed = rows[2];
            Assert.StartsWith("Farmers", removed.ReferenceText);
            Assert.Null(removed.DifferenceText);
            Assert.Null(removed.DifferenceParagraph);
            Assert.Equal(0, removed.Similarity);

            var added = rows[3];
            Assert.StartsWith("Three soldiers", added.DifferenceText);
            Assert.Null(added.ReferenceParagraph);
            Assert.Equal(3, added.DifferenceParagraph);

            Assert.All(rows, r => Assert.Equal("v1", r.ReferenceDocument));
            Assert.All(rows, r => Assert.Equal("v2", r.DifferenceDocument));
            Assert.Equal(1, rows[0].Similarity);
        }

        [Fact]
        public void HeadlineChangeIsAnEditedTitle()
        {
            using var folder = new TempFolder();
            var (corpus, earlier, later) = Load(folder);
            var title = corpus.CompareVersions(earlier, later).Single(r => r.Element == VersionElement.Title);
            Assert.Equal(VersionChange.Edited, title.Change);
            Assert.Equal("<>", title.SideIndicator);
            Assert.Equal("Clash at Kestrel Pass", title.ReferenceText);
            Assert.Equal("Deadly clash at Kestrel Pass", title.DifferenceText);
        }

        [Fact]
        public void ContributorsAreComparedByName()
        {
            using var folder = new TempFolder();
            var (corpus, earlier, later) = Load(folder);
            var people = corpus.CompareVersions(earlier, later).Where(r => r.Element == VersionElement.Contributors).ToArray();
            Assert.Contains(people, r => r.Change == VersionChange.Same && r.ReferenceText == "Anna Berg");
            Assert.Contains(people, r => r.Change == VersionChange.Added && r.DifferenceText == "Lea Holt" && r.SideIndicator == "=>");
            Assert.Equal(2, people.Length);
        }

        [Fact]
        public void AVersionComparedWithItselfIsAllSame()
        {
            using var folder = new TempFolder();
            var (corpus, earlier, _) = Load(folder);
            Assert.All(corpus.CompareVersions(earlier, earlier), r => Assert.Equal("==", r.SideIndicator));
        }

        [Fact]
        public void RowsReadAsText()
        {
            using var folder = new TempFolder();
            var (corpus, earlier, later) = Load(folder);
            var row = corpus.CompareVersions(earlier, later).First(r => r.Change == VersionChange.Added && r.Element == VersionElement.Paragraph);
            Assert.Equal("=> Paragraph: Three soldiers were killed, the Southern Guard said.", row.ToString());
        }
    }
}
