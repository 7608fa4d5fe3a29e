using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Sides that a body named before gives to a document or a bare word for it (texts of the tests' own, invented bodies):
    /// - "…, according to a summary released by Southern Command. The summary said …": a document, or a part of one, whose
    ///   phrase names its maker ("released by", "issued by") speaks for the maker's side, and so does a bare "the summary"
    ///   after it; only when the maker's words give a side;
    /// - "NATO … the alliance said", "according to the alliance's press service": a bare joint force's word is the joint force
    ///   the text named last by its own name.
    /// </summary>
    public class MakerAndAllianceSideTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northland", aliases: new[] { "Northland", "Northern" }, organisations: new[] { "Harbour Ministry" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American" }, organisations: new[] { "Southern Command", "NATO" }),
        };

        private const string Opening = "Two Northern border posts were hit in a night raid in March.\n\n";

        [Fact]
        public void ASummaryReleasedByAMakerOfASideAndTheSummaryAfterItSpeakForIt()
        {
            // before: "summary", of no side (the according-to clause's own source, "Command", is still read with no side: left)
            var quotes = Quotes("Raid inquiry", Opening +
                "Investigators found that the patrol had \"come under fire\" first, according to a summary released by Southern Command. " +
                "The summary said there had been \"no intent to harm\" the posts.", Sides);
            Assert.Equal("United States", Q(quotes, "no intent to harm").Party);
        }

        [Fact]
        public void ASummaryOfAMakerOfNoSideGivesNone()
        {
            // near miss: the maker's words give no side, so neither does the summary
            var quotes = Quotes("Raid inquiry", Opening +
                "Investigators found that the patrol had \"come under fire\" first, according to a summary released by the Harbour Trust. " +
                "The summary said there had been \"no intent to harm\" the posts.", Sides);
            Assert.Null(Q(quotes, "no intent to harm").Party);
        }

        [Fact]
        public void AStatementWhoseMakerWasNamedInTheParagraphBeforeIsTheMakers()
        {
            // before: no side (the phrase that names the maker is no speaker, and no side spoke before)
            var quote = Q(Quotes("Raid inquiry", Opening +
                "The account was set out on Friday in a statement issued by the Harbour Ministry.\n\n" +
                "The statement said the posts had been \"clearly marked on every map\".", Sides), "clearly marked");
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void TheAlliancesPressServiceAfterNatoIsNatos()
        {
            // before: "alliance's press service", of no side
            var quote = Q(Quotes("Raid letter", Opening +
                "In a letter, the secretary-general said NATO would hold a full inquiry and was committed \"to learning every lesson\", according to the alliance's press service in Brussels.", Sides),
                "to learning every lesson");
            Assert.Equal("United States", quote.Party);
        }

        [Fact]
        public void TheAllianceAfterNatoIsNatos()
        {
            var quote = Q(Quotes("Raid letter", Opening +
                "NATO held a meeting of envoys on Monday. The alliance said it took the raid \"very seriously\".", Sides), "very seriously");
            Assert.Equal("United States", quote.Party);
        }

        [Fact]
        public void TheAllianceWithNoJointForceNamedGivesNone()
        {
            // near miss: no joint force named by its own name before, so the bare word says no side
            var quote = Q(Quotes("Raid letter", Opening +
                "Envoys met on Monday. The alliance said it took the raid \"very seriously\".", Sides), "very seriously");
            Assert.Null(quote.Party);
        }

        [Fact]
        public void TheAllianceAfterAnotherAllianceWrittenIsNoJointForces()
        {
            // near miss: a body of the same word written with another determiner ("an alliance of …") is the one meant, though
            // NATO is named nearer
            var quote = Q(Quotes("Raid letter", Opening +
                "The Harbour Council, an alliance of fishermen's unions, marched against NATO supply trucks on Monday. The alliance said the march was \"only the start\".", Sides), "only the start");
            Assert.NotEqual("United States", quote.Party);
        }

        [Fact]
        public void ASpokesmanThereIsOfTheBodyTheSentenceBeforeNamed()
        {
            // before: no side ("there" not read)
            var quote = Q(Quotes("Raid inquiry", Opening +
                "Our reporter also sought comment from Southern Command in Tampa. A spokesman there, Lt. Col. Jo Bell, said the patrol had \"followed its rules\".", Sides), "followed its rules");
            Assert.Equal("United States", quote.Party);
        }

        [Fact]
        public void ASpokesmanThereAfterAPlaceGivesNone()
        {
            // near miss: "there" is a place, not a body, so no side
            var quote = Q(Quotes("Raid inquiry", Opening +
                "Our reporter also flew to Tampa. A spokesman there, Lt. Col. Jo Bell, said the patrol had \"followed its rules\".", Sides), "followed its rules");
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ACommitteeChairmanByTitleIsOfTheCommitteeNamedBefore()
        {
            // before: no side ("Committee chairman" written as a title in sentence case was not read as the role)
            var quote = Q(Quotes("Port guidelines", "The guidelines were drawn up by the Northland Committee on Ports and adopted on Thursday.\n\n" +
                "Committee chairman Ivo Lind told the house they were fair. \"We want calm waters,\" he said.", Sides), "We want calm waters");
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void ACommitteeChairmanByTitleWithNoCommitteeNamedGivesNone()
        {
            // near miss: no committee named before, so the title says no side
            var quote = Q(Quotes("Port guidelines", "The guidelines were adopted on Thursday.\n\n" +
                "Committee chairman Ivo Lind told the house they were fair. \"We want calm waters,\" he said.", Sides), "We want calm waters");
            Assert.Null(quote.Party);
        }
    }
}
