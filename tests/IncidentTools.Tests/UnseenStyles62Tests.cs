using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General patterns of English news that the own Salala set 62 (salala62) showed missing, each on sentences of the
    /// tests' own: a country's adjective before the noun of a newspaper or broadcaster names a publication, not the
    /// country's side; a definite description refers back to the person an earlier apposition gave that role, never to one
    /// named after it; disbelief put as a difficulty ("difficult to accept that …") denies what follows.
    /// </summary>
    public class UnseenStyles62Tests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The Foreign Office dismissed a story in a Northern newspaper which said that Southland fired first.", "newspaper")]
        [InlineData("A Northland news channel said that Southland fired first.", "channel")]
        public void ACountrysAdjectiveBeforeANounOfThePressNamesAPublicationNotTheSide(string sentence, string outlet)
        {
            // the newspaper reports; it does not speak for Northland, which must not get the position it printed (a claim of no
            // side has none)
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var paper = corpus.Claims.Single(c => c.Speaker != null && c.Speaker.EndsWith(outlet));
            Assert.EndsWith("Southland fired first", paper.Content);
            Assert.Null(paper.Party);
            Assert.Null(paper.Position);
        }

        [Fact]
        public void ACountrysAdjectiveBeforeAnOfficialIsStillTheSide()
        {
            // the near miss: an official of the country speaks for it
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Northern official said that Southland fired first.");
            var official = corpus.Claims.Single(c => c.Question == "first-shot");
            Assert.Equal("Northland", official.Party);
            Assert.Equal("Southland fired first", official.Position);
        }

        [Fact]
        public void ADefiniteDescriptionIsThePersonAnEarlierAppositionGaveThatRoleNotOneNamedAfterIt()
        {
            // "an interview with the army's chief spokesman, Maj Gen X. The general told …": the general and the spokesman are X,
            // not the general whom the paragraph names later
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The weekly prints an interview with the army's chief spokesman, Maj Gen Ivo Lind. The general told the weekly that the " +
                "shelling was deliberate. Asked about the inquiry led by Brigadier General Tom Reyes, the spokesman said the findings " +
                "had been written in advance.");
            Assert.Equal("Ivo Lind", corpus.Claims.Single(c => c.Content == "the shelling was deliberate").Speaker);
            Assert.Equal("Ivo Lind", corpus.Claims.Single(c => c.Content.StartsWith("the findings")).Speaker);
        }

        [Fact]
        public void ADefiniteDescriptionIsNeverAPersonNamedOnlyAfterIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The general told the weekly that the shelling was deliberate. The inquiry is led by Brigadier General Tom Reyes.");
            Assert.NotEqual("Tom Reyes", corpus.Claims.Single(c => c.Content == "the shelling was deliberate").Speaker);
        }

        [Theory]
        [InlineData("A Southern official said it was difficult to accept that the shelling was an accident.")]
        [InlineData("A Southern official said it is hard to believe that the shelling was an accident.")]
        [InlineData("A Southern official said it was difficult to believe the shelling was an accident.")]
        public void DisbeliefPutAsADifficultyDeniesWhatFollows(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var official = corpus.Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Southland", official.Party);
            Assert.Equal("Deliberate", official.Position);
            Assert.True(official.Negated);
        }

        [Fact]
        public void NoDifficultyToAcceptItAffirmsWhatFollows()
        {
            // the near miss: two negators, "not difficult to accept that", hold the clause
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Southern official said it was not difficult to accept that the shelling was an accident.");
            Assert.Equal("Not deliberate", corpus.Claims.Single(c => c.Question == "deliberate").Position);
        }
    }
}
