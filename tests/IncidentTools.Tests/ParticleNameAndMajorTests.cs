using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A name with two particles in a row ("van der") is read whole, and "major" heads a description as "colonel" does
    /// (texts and manifests of the tests' own).
    /// </summary>
    public class ParticleNameAndMajorTests
    {
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
    }
}
