using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Air Commodore (retd) Jo Bell": the mark in brackets after a rank says its holder left the office, as "retired" before
    /// it does: an officer who left speaks for no side (a veteran of the ranks is a private person, of none); and a name with two
    /// particles in a row ("van der") is read whole (texts and manifests of the tests' own).
    /// </summary>
    public class BracketedRetiredRankTests
    {
        [Fact]
        public void AnOfficerWithTheBracketedMarkSpeaksForNoSide()
        {
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "Air Commodore (retd) Sven Dahl, who writes on naval aviation, said the move was a signal. \"Guns on the quay are a message,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "Guns on the quay");
            Assert.Equal("Sven Dahl", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void AnOfficerWithoutTheMarkKeepsNoSideOfRetirement()
        {
            // the near miss: a serving officer of a side's air force, named by its side, is that side's
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "Swedish Air Commodore Sven Dahl said the move was a signal. \"Guns on the quay are a message,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "Guns on the quay");
            Assert.Equal("Sven Dahl", quote.Speaker);
            Assert.Equal("Northern side", quote.Party);
        }

        [Fact]
        public void AVeteranOfTheRanksWithTheMarkIsAPrivatePerson()
        {
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "Havildar (retd) Nils Ek said the village was afraid. \"We sleep badly,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "We sleep badly");
            Assert.Equal("Nils Ek", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ANameWithTwoParticlesIsReadWhole()
        {
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "Pieter van der Linde, who researches Baltic security at a university in Utrecht, said both sides had found words. \"Each capital reads it its own way,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "Each capital reads it");
            Assert.Equal("Pieter van der Linde", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void TheMajorNamedBeforeIsTheHeOfAQuotation()
        {
            // "major" heads a description as "colonel" does: "he said" after the quotation is the major named before
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "A major of the coast guard laid a wreath at the quay. Speaking to the cadets, the major said the crews had only been guarding their harbour. \"Nobody on the quay fired first,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "Nobody on the quay");
            Assert.Equal("major", quote.Speaker);
        }

        [Fact]
        public void ARankLeftForAnOfficeTheSentenceOpensWithIsNoSideOfNone()
        {
            // the near miss: "The Defence Secretary, Lt Gen (retd) X": the office is held now, so the mark does not make X one of no side
            var quote = Q(Quotes("Harbour shelling", AcademicTitlePartyTests.Opening + "The Defence Secretary, Lt Gen (retd) Sven Dahl, said the harbour would stay closed. \"Nobody on the quay fired first,\" he said.", AcademicTitlePartyTests.Sides(others: true)), "Nobody on the quay");
            Assert.Equal("Sven Dahl", quote.Speaker);
            Assert.NotEqual("Independent", quote.Party);
        }
    }
}
