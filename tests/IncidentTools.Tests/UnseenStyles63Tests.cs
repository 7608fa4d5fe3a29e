using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General patterns of English news that the own Salala set 63 (salala63) showed missing, each on sentences of the
    /// tests' own: disbelief put as a difficulty after the claim it refuses ("their account of an accident was hard to
    /// accept") or split by the phrase of whom ("difficult for anyone here to believe this was an accident") denies the claim; a
    /// place that opens the sentence and is a side's institution ("At the Southern Embassy, a spokesman said") gives its people
    /// that side, not the dateline's nor the side named before.
    /// </summary>
    public class UnseenStyles63Tests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        private static IncidentClaim[] Claims(string paragraph, string question)
        {
            using var folder = new TempFolder();
            return Load(folder, paragraph).Claims.Where(c => c.Question == question).ToArray();
        }

        [Theory]
        [InlineData("Southern officials said the Northern account of an accident was hard to accept.")]
        [InlineData("Southern officials said the claim of an accident is difficult to believe.")]
        [InlineData("Southern officials said the Northern version of an accident was hard for the families to believe.")]
        public void ADisbeliefAfterTheClaimRefusesIt(string sentence)
        {
            // "X's account of an accident was hard to accept": the speakers hold it was no accident
            var claim = Assert.Single(Claims(sentence, "deliberate"), c => c.Party == "Southland");
            Assert.Equal("Deliberate", claim.Position);
            Assert.True(claim.Negated);
        }

        [Fact]
        public void AnAccountRepeatedIsStillTheSpeakersClaim()
        {
            // the near miss: an account not called false is a side's own version, often repeated by its spokesman
            var claim = Assert.Single(Claims("A Northern spokesman repeated the army's account that Southland fired first.", "first-shot"),
                c => c.Party == "Northland");
            Assert.Equal("Southland fired first", claim.Position);
        }

        [Fact]
        public void TheSidesOwnAccountStillHoldsTheClaim()
        {
            // the near miss: their own account of an accident, not called false, is still their claim
            var claim = Assert.Single(Claims("Northern officials said their account of an accident had been ignored.", "deliberate"), c => c.Party == "Northland");
            Assert.Equal("Not deliberate", claim.Position);
            Assert.False(claim.Negated);
        }

        [Theory]
        [InlineData("Southern officials said it was very difficult for anyone in Southland to believe this was an accident.")]
        [InlineData("Southern officials said it was hard for the families to accept that the shelling was an accident.")]
        public void ADisbeliefSplitByThePhraseOfWhomRefusesTheClauseAfterIt(string sentence)
        {
            var claim = Assert.Single(Claims(sentence, "deliberate"), c => c.Party == "Southland");
            Assert.Equal("Deliberate", claim.Position);
            Assert.True(claim.Negated);
        }

        [Fact]
        public void ADisbeliefSplitByThePhraseOfWhomUnderANegatorStillHoldsTheClause()
        {
            // the near miss: "not hard for anyone to believe" is two negators, and the clause stands
            var claim = Assert.Single(Claims("Southern officials said it was not hard for anyone to believe the shelling was an accident.", "deliberate"),
                c => c.Party == "Southland");
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void PeopleAtASidesInstitutionThatOpensTheSentenceSpeakForIt()
        {
            // "At the Foreign Office, a spokesman said": the Foreign Office's side, not the side of the ministry named before
            using var folder = new TempFolder();
            var claims = Load(folder,
                "The Interior Ministry said on Monday that the shelling was deliberate. At the Foreign Office, a spokesman said the " +
                "shelling was an accident. The spokesman said the border would stay closed.").Claims;
            var spokesman = claims.Single(c => c.Source == "a spokesman");
            Assert.Equal("Southland", spokesman.Party);
            Assert.Equal("Not deliberate", spokesman.Position);
            Assert.Equal("Southland", claims.Single(c => c.Source == "The spokesman").Party);
        }

        [Fact]
        public void AnEmbassyThatOpensTheSentenceIsItsCountrysNotTheDatelines()
        {
            // in a story filed from Oslo, a spokesman at the Swedish Embassy speaks for Sweden
            var qs = QuoteTestText.Quotes("Ferry talks stall",
                "OSLO -- Ferries stayed in port for a third day.\n\n" +
                "At the Swedish Embassy, a spokesman said the talks would go on. \u201cWe were not consulted,\u201d the spokesman said.", null);
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "We were not consulted").Party);
        }

        [Fact]
        public void APlaceOfNoInstitutionThatOpensTheSentenceLeavesTheDatelinesSide()
        {
            // the near miss: "At the harbour," names no institution, and the officials are the dateline's
            var qs = QuoteTestText.Quotes("Ferry talks stall",
                "OSLO -- Ferries stayed in port for a third day.\n\n" +
                "At the harbour, a spokesman said the talks would go on. \u201cWe were not consulted,\u201d the spokesman said.", null);
            Assert.Equal("Norway", QuoteTestText.Q(qs, "We were not consulted").Party);
        }
    }
}
