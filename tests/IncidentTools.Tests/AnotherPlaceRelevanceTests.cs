using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// fix84a: an article that names another place of the kind the manifest's place names ("in Calder District" where the incident
    /// was in "Harrow District"), and neither the incident's own proper names nor its date, tells of another incident of the same
    /// kind, whatever common words it shares with the manifest: it gives no positions (texts of the tests' own).
    /// </summary>
    public class AnotherPlaceRelevanceTests
    {
        private const string Incident = @"
incident:
  name: Dunmore checkpoint shelling
  date: 2024-03-02
  place: Dunmore, Harrow District
  description: >-
    Northern artillery shelled a Southern checkpoint at Dunmore, killing eleven guards;
    a joint inquiry blamed faulty maps.
";

        private const string Said = "\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";

        private static IncidentCorpus Load(TempFolder folder, params (string Name, string Text)[] files) =>
            AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident, files);

        [Fact]
        public void AnotherPlaceOfTheSameKindWithNeitherTheIncidentsNamesNorItsDateGivesNoPositions()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                ("a.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint in Calder District on January 14, killing two guards, Southern officials said." + Said),
                ("b.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint in the Calder District last week, killing two guards, Southern officials said." + Said));
            foreach (var id in new[] { "a", "b" })
            {
                var doc = corpus.FindDocument(id)!;
                Assert.False(doc.IsAboutIncident, doc.Relevance);
                Assert.Contains("names another place, Calder District, and neither Dunmore nor Harrow nor its date", doc.Relevance);
                Assert.Contains(corpus.Claims, c => c.DocumentId == id && c.Speaker == "Omar Diaz" && c.Position == null);
                Assert.DoesNotContain(corpus.Claims, c => c.DocumentId == id && c.Position != null);
            }
        }

        private const string AgencyIncident = @"
incident:
  name: Dunmore checkpoint shelling
  date: 2024-03-02
  place: Dunmore, Kurram Agency
  description: >-
    Northern artillery shelled a Southern checkpoint at Dunmore, killing eleven guards;
    a joint inquiry blamed faulty maps.
";

        [Fact]
        public void AListedPlaceOfTheSameKindWrittenWithoutItsHeadGivesNoPositions()
        {
            // fix85a: a headline's "Bajaur", "North Waziristan" name places the gazetteer lists as "Bajaur Agency", "North Waziristan
            // Agency" (cities.txt), of the kind of the manifest's "Kurram Agency", written without the head
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + AgencyIncident,
                ("g.txt", "Guards killed at border checkpoint in Bajaur\n\nNorthern artillery shelled a Southern checkpoint last week, killing two guards, Southern officials said." + Said),
                ("h.txt", "Artillery hits North Waziristan checkpoint\n\nNorthern artillery shelled a Southern checkpoint near a village, killing two guards, Southern officials said." + Said));
            foreach (var (id, place) in new[] { ("g", "Bajaur (Agency)"), ("h", "North Waziristan (Agency)") })
            {
                var doc = corpus.FindDocument(id)!;
                Assert.False(doc.IsAboutIncident, doc.Relevance);
                Assert.Contains("names another place, " + place, doc.Relevance);
                Assert.DoesNotContain(corpus.Claims, c => c.DocumentId == id && c.Position != null);
            }
        }

        [Fact]
        public void AHeadlessPlaceBesideTheIncidentsOwnNameOrBeforeAnotherCapitalisedWordKeepsTheArticle()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + AgencyIncident,
                // near misses: the incident's own agency named beside another; a listed name before another capitalised word (a pass);
                // another agency named in the body only (a story of the incident tells of other events there in passing)
                ("i.txt", "Guards killed at border checkpoint in Bajaur\n\nNorthern artillery shelled a Southern checkpoint in Kurram, killing eleven guards." + Said),
                ("j.txt", "Supplies go through the Khyber Pass again\n\nNorthern artillery shelled a Southern checkpoint, killing eleven guards, Southern officials said." + Said),
                ("k.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint, killing eleven guards. Separately, a drone strike in North Waziristan killed four." + Said));
            foreach (var id in new[] { "i", "j", "k" })
            {
                var doc = corpus.FindDocument(id)!;
                Assert.True(doc.IsAboutIncident, doc.Relevance);
            }
        }

        [Fact]
        public void AMonthBesideDigitsOfAnotherScriptIsReadWithoutFailing()
        {
            // "March ٢" (an Arabic-Indic two): a run of digits the invariant culture does not parse is no day of the month,
            // and the article is judged as one with no date
            using var folder = new TempFolder();
            var corpus = Load(folder,
                ("f.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint in Calder District on March \u0662, killing two guards, Southern officials said." + Said));
            var doc = corpus.FindDocument("f")!;
            Assert.False(doc.IsAboutIncident, doc.Relevance);
            Assert.Contains("names another place, Calder District", doc.Relevance);
        }

        [Fact]
        public void TheIncidentsDateOrOwnNameKeepsAnArticleThatNamesAnotherPlace()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                // near misses: the incident's date (a day off, the night before), or its own district, named beside another place
                ("c.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint on the night of 1-2 March, killing eleven guards. Their families sheltered in Calder District." + Said),
                ("d.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint in Harrow District, killing eleven guards. Their families sheltered in Calder District." + Said),
                // and a district named after no preposition of place is no place of the story
                ("e.txt", "Guards killed at border checkpoint\n\nNorthern artillery shelled a Southern checkpoint, killing eleven guards, the Calder District council said." + Said));
            foreach (var id in new[] { "c", "d", "e" })
            {
                var doc = corpus.FindDocument(id)!;
                Assert.True(doc.IsAboutIncident, doc.Relevance);
                Assert.Contains(corpus.Claims, c => c.DocumentId == id && c.Speaker == "Omar Diaz" && c.Position == "Deliberate");
            }
        }
    }
}
