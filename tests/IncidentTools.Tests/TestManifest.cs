using System.IO;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The manifests the tests share, each kept once: the shipped manifest (seeds/corpus.yaml: the Salala parties and
    /// questions) here, the invented Northland and Southland sides in <see cref="AccountTestCorpus"/>, the sides given in
    /// code in <see cref="TestSides"/>. A test writes its manifest into its temporary folder and loads the corpus from there.
    /// </summary>
    internal static class TestManifest
    {
        /// <summary>The headline of the one article <see cref="LoadShipped(TempFolder, string[])"/> writes: it names the Salala incident.</summary>
        public const string ShippedHeadline = "Pakistan and U.S. differ over Salala border post airstrike in Mohmand";

        /// <summary>The shipped manifest in the repository.</summary>
        public static string ShippedPath => Path.Combine(TestPaths.RepoRoot, "seeds", "corpus.yaml");

        /// <summary>The shipped manifest's text.</summary>
        public static string Shipped => File.ReadAllText(ShippedPath);

        /// <summary>Writes the manifest as the folder's corpus.yaml; returns its path.</summary>
        public static string Write(TempFolder folder, string manifest) => folder.Write("corpus.yaml", manifest);

        /// <summary>Writes the shipped manifest as the folder's corpus.yaml; returns its path.</summary>
        public static string WriteShipped(TempFolder folder) => Write(folder, Shipped);

        /// <summary>
        /// The shipped manifest as it is (its seed documents absent: only a warning) with one article of these paragraphs
        /// under <see cref="ShippedHeadline"/>.
        /// </summary>
        public static IncidentCorpus LoadShipped(TempFolder folder, params string[] paragraphs) =>
            LoadShippedUnder(folder, ShippedHeadline, paragraphs);

        /// <summary>The shipped manifest with one article of these paragraphs under a headline of its own.</summary>
        public static IncidentCorpus LoadShippedUnder(TempFolder folder, string headline, params string[] paragraphs) =>
            AccountTestCorpus.LoadFiles(folder, Shipped, (Name: "article.txt", Text: headline + "\n\n" + string.Join("\n\n", paragraphs) + "\n"));
    }
}
