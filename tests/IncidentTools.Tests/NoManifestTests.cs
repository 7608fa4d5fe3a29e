using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Issue 9, item 6: no manifest needed to start. The parties come from the country table (the two
    /// most quoted compared by default), Compare-IncidentAccount pairs their claims on shared key terms,
    /// and ManifestDraft writes a corpus.yaml that parses clean and names the two sides. Texts written
    /// for these tests.
    /// </summary>
    public class NoManifestTests
    {
        private const string Oslo =
            "Ferry collision: Oslo blames Swedish crew\n\n" +
            "OSLO -- A Norwegian ferry and a Swedish cargo ship collided in the strait on Monday night.\n\n" +
            "Norwegian officials said the Swedish ship entered the channel without permission and ignored the radio warnings.\n\n" +
            "\"The cargo ship never answered our radio warnings,\" said Ola Berg, a Norwegian coast guard spokesman.\n\n" +
            "A Norwegian navy officer said the ferry's radar logs showed it in its lane.\n";

        private const string Stockholm =
            "Stockholm says ferry crossed its lane\n\n" +
            "STOCKHOLM -- Swedish officials said the cargo ship had permission to enter the channel.\n\n" +
            "\"Our crew heard no radio warnings at all,\" said Lars Ek, a Swedish maritime authority spokesman.\n\n" +
            "Danish officials said they would help the inquiry.\n";

        private static IncidentCorpus Corpus(TempFolder folder)
        {
            folder.Write("a-oslo.txt", Oslo);
            folder.Write("b-stockholm.txt", Stockholm);
            return IncidentCorpus.Load(folder.Path);
        }

        [Fact]
        public void ThePartiesFoundAreTheCountriesTheClaimsNameMostQuotedFirst()
        {
            using var folder = new TempFolder();
            var corpus = Corpus(folder);
            Assert.Empty(corpus.Parties);
            var found = corpus.PartiesFound;
            Assert.Equal(new[] { "Norway", "Sweden" }, found.Select(f => f.Party.Name).ToArray()); // Denmark: one claim, no side
            Assert.True(found[0].Claims > found[1].Claims);
            Assert.Contains("Norwegian", found[0].Party.Aliases);
            Assert.Equal(new[] { "Norway", "Sweden" }, corpus.Sides.Select(p => p.Name).ToArray());
        }

        [Fact]
        public void AccountsCompareWithoutAManifestOnSharedTerms()
        {
            using var folder = new TempFolder();
            var rows = Corpus(folder).CompareAccounts();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("Norway", r.ReferenceParty));
            Assert.All(rows, r => Assert.Equal("Sweden", r.DifferenceParty));
            var radio = rows.First(r => r.QuestionText!.Contains("radio") && r.QuestionText.Contains("warnings"));
            // "never answered our radio warnings" against "heard no radio warnings": both negated, so related
            Assert.Equal("Norway", radio.ReferenceEvidence[0].Party);
            Assert.Equal("Sweden", radio.DifferenceEvidence[0].Party);
            // a found party by a form of the country table
            Assert.All(Corpus(folder).CompareAccounts("Swedish", "Norwegian"), r => Assert.Equal("Sweden", r.ReferenceParty));
        }

        [Fact]
        public void AFolderWhoseClaimsNameNoCountryStillSaysWhy()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Quiet day\n\nThe harbour master said the ferries sailed on time.\n");
            var ex = Assert.Throws<System.InvalidOperationException>(() => IncidentCorpus.Load(folder.Path).CompareAccounts());
            Assert.Contains("claims name none", ex.Message);
        }

        [Fact]
        public void TheDraftParsesCleanNamesTheTwoSidesAndQuotesTheSentences()
        {
            using var folder = new TempFolder();
            var corpus = Corpus(folder);
            var draft = ManifestDraft.Write(corpus, "Strait collision", 8);
            Assert.Equal(new[] { "Norway", "Sweden" }, draft.Parties.ToArray());
            Assert.True(draft.Questions > 0);
            var yaml = draft.Yaml;
            Assert.Contains("\"Ola Berg\"", yaml);
            Assert.Contains("\"Lars Ek\"", yaml);
            Assert.Matches(@"(?m)^  #   Norway \(a-oslo, line \d+", yaml);
            Assert.Matches(@"(?m)^  #   Sweden \(b-stockholm, line \d+", yaml);

            var path = folder.Write("corpus.yaml", yaml);
            Assert.Empty(ManifestValidator.Validate(path));
            var read = IncidentCorpus.Load(folder.Path);
            Assert.Equal(new[] { "Norway", "Sweden" }, read.Parties.Take(2).Select(p => p.Name).ToArray());
            Assert.Equal(draft.Questions, read.Questions.Count);
            Assert.Equal("Strait collision", read.Manifests.Single().Incident?.Name);
            // the public API gives the same draft, and does not use the manifest now in the folder
            Assert.Equal(yaml, read.DraftManifest("Strait collision"));
        }

        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("a \"quoted\" \\ word", "\"a \\\"quoted\\\" \\\\ word\"")]
        [InlineData("line\nbreak: yes", "\"line\\nbreak: yes\"")]
        public void DraftScalarsAreQuotedForYaml(string text, string yaml) => Assert.Equal(yaml, ManifestDraft.Quote(text));
    }
}
