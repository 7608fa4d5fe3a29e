using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools
{
    /// <summary>
    /// A corpus of articles about one incident: the entry point of the .NET API.
    /// <code>var corpus = IncidentCorpus.Load(@"C:\articles"); foreach (var d in corpus.Documents) …</code>
    /// Problems with single inputs (a missing file, a binary file, a manifest that does not
    /// parse) are in <see cref="Problems"/>; the other inputs are read all the same.
    /// </summary>
    public sealed partial class IncidentCorpus
    {
        private IncidentCorpus(IReadOnlyList<IncidentDocument> documents, IReadOnlyList<CorpusProblem> problems, IReadOnlyList<CorpusManifest> manifests)
        {
            Documents = documents;
            Problems = problems;
            Manifests = manifests;
            Parties = MergeParties(manifests);
            Questions = manifests.SelectMany(m => m.Questions)
                .GroupBy(q => q.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToArray();
        }

        /// <summary>
        /// The folder of the bundled corpus (the seed articles and their corpus.yaml): beside the module's
        /// assembly, or beside the folder that holds it (the staged module's net8.0 build lives in net8.0/).
        /// </summary>
        public static string DefaultPath => s_defaultPath.Value;

        private static readonly TracedLazy<string> s_defaultPath = new TracedLazy<string>(() =>
        {
            var here = Path.GetDirectoryName(typeof(IncidentCorpus).Assembly.Location) ?? ".";
            var seeds = Path.Combine(here, "seeds");
            if (Directory.Exists(seeds)) return seeds;
            var parent = Path.GetDirectoryName(here);
            var above = parent == null ? null : Path.Combine(parent, "seeds");
            return above != null && Directory.Exists(above) ? above : seeds;
        });

        /// <summary>Loads the bundled corpus.</summary>
        public static IncidentCorpus LoadDefault() => Load(DefaultPath);

        /// <summary>Loads a folder (its *.txt files and its corpus.yaml, if any) or a single file.</summary>
        public static IncidentCorpus Load(string path) => Load(new[] { path ?? throw new ArgumentNullException(nameof(path)) });

        /// <summary>Loads several folders and files as one corpus.</summary>
        public static IncidentCorpus Load(IEnumerable<string> paths) => Load(paths, 1);

        /// <summary>
        /// Loads several folders and files as one corpus, reading and cleaning the files on up to
        /// <paramref name="maxDegreeOfParallelism"/> threads (-1: one per processor). The corpus is
        /// the same, in the same order, whatever the number.
        /// </summary>
        public static IncidentCorpus Load(IEnumerable<string> paths, int maxDegreeOfParallelism)
        {
            var reader = new CorpusReader { MaxDegreeOfParallelism = maxDegreeOfParallelism };
            var documents = new List<IncidentDocument>();
            var problems = new List<CorpusProblem>();
            foreach (var result in reader.Read(paths))
            {
                if (result.Document != null) documents.Add(result.Document);
                if (result.Problem != null) problems.Add(result.Problem);
            }
            return new IncidentCorpus(documents, problems, reader.Manifests.ToArray());
        }

        /// <summary>Builds a corpus from documents already read (for example by a <see cref="CorpusReader"/>).</summary>
        public static IncidentCorpus FromDocuments(IEnumerable<IncidentDocument> documents, IEnumerable<CorpusManifest> manifests) =>
            new IncidentCorpus(documents.ToArray(), Array.Empty<CorpusProblem>(), manifests.ToArray());

        /// <summary>The articles, in the order they were read.</summary>
        public IReadOnlyList<IncidentDocument> Documents { get; }

        /// <summary>Problems with single inputs; warnings (fallback decoding, empty folders) included.</summary>
        public IReadOnlyList<CorpusProblem> Problems { get; }

        /// <summary>The manifests of the folders read (none for a folder without corpus.yaml).</summary>
        public IReadOnlyList<CorpusManifest> Manifests { get; }

        /// <summary>The parties every manifest defines, in manifest order.</summary>
        public IReadOnlyList<PartyDefinition> Parties { get; }

        /// <summary>The questions every manifest defines, in manifest order.</summary>
        public IReadOnlyList<QuestionDefinition> Questions { get; }

        /// <summary>The document with this id, or null.</summary>
        public IncidentDocument? FindDocument(string id) =>
            Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

        private static IReadOnlyList<PartyDefinition> MergeParties(IEnumerable<CorpusManifest> manifests)
        {
            var byName = new List<PartyDefinition>();
            foreach (var party in manifests.SelectMany(m => m.Parties))
            {
                if (!byName.Any(p => string.Equals(p.Name, party.Name, StringComparison.OrdinalIgnoreCase)))
                    byName.Add(party);
            }
            return byName;
        }
    }
}
