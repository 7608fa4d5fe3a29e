using System.Linq;

namespace IncidentTools.Tests
{
    /// <summary>Small corpora of the tests' own: two invented sides of an invented border clash.</summary>
    internal static class AccountTestCorpus
    {
        private const string NorthAliases = "Northland, Northern, Northerners";
        private const string NorthOrganisations = "Northern Army, Interior Ministry";
        private const string SouthAliases = "Southland, Southern, Southerners";
        private const string SouthOrganisations = "Southern Guard, Foreign Office";

        /// <summary>The two sides: Northland (Anna Berg) and Southland (Omar Diaz), with their demonyms and bodies.</summary>
        public const string Parties = @"
parties:
  - name: Northland
    aliases: [" + NorthAliases + @"]
    organisations: [" + NorthOrganisations + @"]
    people: [Anna Berg]
  - name: Southland
    aliases: [" + SouthAliases + @"]
    organisations: [" + SouthOrganisations + @"]
    people: [Omar Diaz]
";

        /// <summary>The two sides of <see cref="Parties"/> and a party of every other country, "Observers" (<c>others: true</c>).</summary>
        public const string PartiesWithObservers = Parties + @"  - name: Observers
    others: true
";

        /// <summary>The two sides of <see cref="Parties"/> with no demonyms and one body each (the Interior Ministry, the Southern Guard).</summary>
        public static readonly string PlainParties = PartiesWith(
            northAliases: "Northland, Northern", northOrganisations: "Interior Ministry",
            southAliases: "Southland, Southern", southOrganisations: "Southern Guard");

        /// <summary>The two sides of <see cref="Parties"/> with the aliases or organisations given in place of theirs (each a YAML flow list's items).</summary>
        public static string PartiesWith(string northAliases = NorthAliases, string northOrganisations = NorthOrganisations,
                                         string southAliases = SouthAliases, string southOrganisations = SouthOrganisations) =>
            Parties.Replace("[" + NorthAliases + "]", "[" + northAliases + "]")
                   .Replace("[" + NorthOrganisations + "]", "[" + northOrganisations + "]")
                   .Replace("[" + SouthAliases + "]", "[" + southAliases + "]")
                   .Replace("[" + SouthOrganisations + "]", "[" + southOrganisations + "]");

        /// <summary>Two parties under real names and no organisations or questions: for readings whose words are a real country's ("Pakistani-born", "the Governor of Khyber Pakhtunkhwa").</summary>
        public const string PakistanAndUnitedStates = @"
parties:
  - name: Pakistan
    aliases: [Pakistan, Pakistani, Islamabad]
  - name: United States
    aliases: [United States, American, Americans, Washington]
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
            TestManifest.Write(folder, manifest);
            foreach (var (name, text) in files) folder.Write(name, text);
            var corpus = IncidentCorpus.Load(folder.Path);
            Xunit.Assert.DoesNotContain(corpus.Problems, p => !p.IsWarning);
            return corpus;
        }
    }
}
