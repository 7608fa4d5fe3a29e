using System.Linq;

namespace IncidentTools.Tests
{
    /// <summary>Small corpora of the tests' own: two invented sides of an invented border clash.</summary>
    internal static class AccountTestCorpus
    {
        public const string Parties = @"
parties:
  - name: Northland
    aliases: [Northland, Northern, Northerners]
    organisations: [Northern Army, Interior Ministry]
    people: [Anna Berg]
  - name: Southland
    aliases: [Southland, Southern, Southerners]
    organisations: [Southern Guard, Foreign Office]
    people: [Omar Diaz]
";

        public const string Questions = @"
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues:
          - ""{Southland} fired first""
          - {text: came under fire, party: Northland}
          - {text: they fired first, party: Northland}
      - label: Northland fired first
        cues:
          - ""{Northland} fired first""
          - {text: came under fire, party: Southland}
          - {text: they fired first, party: Southland}
  - id: deliberate
    text: Was the shelling deliberate?
    positions:
      - label: Deliberate
        cues: [deliberate, deliberately, intended, on purpose]
      - label: Not deliberate
        cues: [accident, accidental, by mistake]
  - id: casualties
    text: How many died?
    positions:
      - label: Few
        cues: [a handful]
      - label: Many
        cues: [dozens]
      - label: Unknown
        cues: [unclear]
";

        /// <summary>A corpus of one article (title line, blank line, paragraphs separated by blank lines).</summary>
        public static IncidentCorpus Load(TempFolder folder, string manifest, params string[] paragraphs) =>
            LoadFiles(folder, manifest, ("article.txt", "Clash at Kestrel Pass\n\n" + string.Join("\n\n", paragraphs) + "\n"));

        public static IncidentCorpus LoadFiles(TempFolder folder, string manifest, params (string Name, string Text)[] files)
        {
            folder.Write("corpus.yaml", manifest);
            foreach (var (name, text) in files) folder.Write(name, text);
            var corpus = IncidentCorpus.Load(folder.Path);
            Xunit.Assert.DoesNotContain(corpus.Problems, p => !p.IsWarning);
            return corpus;
        }
    }
}
