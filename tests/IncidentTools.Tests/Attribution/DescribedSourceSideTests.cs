using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Sides of sources described, not named, that own sets 69 and 70 showed missing or wrong (accounts110), each on text written
    /// for these tests: an apposition whose noun a relative clause describes ("a researcher at an institute who follows the
    /// region") is the name's role; a bare "the army" in a text with no place reported from is the army of the one country whose
    /// army the text names anywhere (a newest-first live blog names it in its oldest entry, at the bottom); sources who "tell our
    /// CITY correspondent" are of that city's country; a bare body's "media wing" speaks for it as the body would; "In the army's
    /// words, …" reports the clause as the owner's, as "In the army's view, …" does.
    /// </summary>
    public class DescribedSourceSideTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Theory]
        [InlineData("Nadia Holm, a researcher at a Bergen institute who follows the fisheries, said the talks could resume.")]
        [InlineData("Nadia Holm, a former navy officer who now teaches at a college in Bergen, said the talks could resume.")]
        public void AnExpertsAppositionWithARelativeClauseSpeaksForNoSide(string sentence)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + sentence + " \"Both ports can live with it,\" she said.");
            Assert.Equal("Nadia Holm", Q(qs, "Both ports").Speaker);
            Assert.Equal("Independent", Q(qs, "Both ports").Party);
        }

        [Fact]
        public void AnOfficialsAppositionWithARelativeClauseKeepsTheRolesSide()
        {
            // the near miss: the role before the relative clause names a side's office, and that side it is
            var qs = Quotes("STOCKHOLM -- Ferries stayed in port for a third day.\n\n" +
                            "Nadia Holm, a Norwegian official who asked not to be named, said the talks could resume. \"Both ports can live with it,\" she said.");
            Assert.Equal("Northern side", Q(qs, "Both ports").Party);
        }

        private const string NewestFirstBlog =
            "Updates from our newsroom. Newest first.\n\n21:40\nThat is where we end the coverage for tonight.\n\n" +
            "21:05\nThe army says it does not accept the report. \"The report holds no weight,\" the army said.\n\n" +
            "16:50\nWelcome to our live coverage. We expect {0} to respond to the report this evening.";

        [Fact]
        public void ABareArmyIsTheArmyTheTextNamesLater()
        {
            var qs = Quotes(string.Format(NewestFirstBlog, "the Norwegian army"));
            Assert.Equal("Northern side", Q(qs, "The report holds no weight").Party);
        }

        [Fact]
        public void ABareArmyTakesNoSideWhenTheTextNamesTwoArmies()
        {
            // the near miss: two countries' armies named, so the bare one is neither's as far as the text says
            var qs = Quotes(string.Format(NewestFirstBlog, "the Norwegian army and the Swedish army"));
            Assert.Null(Q(qs, "The report holds no weight").Party);
        }

        [Fact]
        public void SourcesReachedByTheOutletsCorrespondentAreOfHisCitysCountry()
        {
            var qs = Quotes("The Swedish ministry said on Monday it stood by its report.\n\n" +
                            "Military sources tell our Oslo correspondent that a reply is expected shortly. One source said the reply had been \"cleared at the very top\".");
            Assert.Equal("Northern side", Q(qs, "cleared at the very top").Party);
        }

        [Fact]
        public void ABodysMediaWingSpeaksForTheBodysSide()
        {
            // as "the army said" would in a story filed from Oslo
            var qs = Quotes("OSLO, June 3 -- The last foreign staff left the base on Sunday.\n\n\"The base has been taken over,\" the army's media wing said in a statement.");
            Assert.Equal("Northern side", Q(qs, "The base has been taken over").Party);
        }

        [Fact]
        public void InItsWordsReportsTheClauseAsTheOwners()
        {
            using var folder = new TempFolder();
            var claims = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army issued its reply to the report on Monday. In the army's words, the Southern patrol fired first and the posts only answered.").Claims;
            var claim = Assert.Single(claims, c => c.Question == "first-shot");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
            Assert.Equal("InOwnView", claim.Rule);
        }
    }
}
