namespace IncidentTools.Corpus
{
    /// <summary>The manifest reader as the main assembly reaches it (created by ManifestYaml through reflection).</summary>
    internal sealed class YamlManifestReader : IManifestReader
    {
        public CorpusManifest Read(string path) => ManifestReader.Read(path);

        public CorpusManifest ReadWithIssues(string path, out System.Collections.Generic.IReadOnlyList<ManifestIssue> issues) => ManifestReader.ReadWithIssues(path, out issues);

        public CorpusManifest ReadAndKeep(string path, out System.Collections.Generic.IReadOnlyList<ManifestIssue> issues) => ManifestReader.ReadAndKeep(path, out issues);

        public System.Collections.Generic.IReadOnlyList<ManifestIssue> Validate(string path, bool checkWithReader) => ManifestValidator.Validate(path, checkWithReader);
    }
}
