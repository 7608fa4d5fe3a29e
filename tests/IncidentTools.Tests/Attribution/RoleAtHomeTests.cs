using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person set off with a bare role of a state's office ("Ilse Marten, the fisheries minister", "the fisheries minister,
    /// Ilse Marten") in a story filed from a country speaks for that country, as the same office written as a title before
    /// the name does; not when the role names a country, an outsider or a body, nor when the sentence names another country.
    /// Texts and manifests of the tests' own.
    /// </summary>
    public class RoleAtHomeTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private static IncidentQuote Said(string subject) =>
            Q(Quotes("Collision in the strait",
                "STOCKHOLM, Dec. 2 - A patrol boat and a ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                subject + " said the inquiry would take \"as long as it takes\".\n", Sides), "as long as it takes");

        [Theory]
        [InlineData("Ilse Marten, the fisheries minister,")]
        [InlineData("The fisheries minister, Ilse Marten,")]
        [InlineData("Ilse Marten, a senior official,")]
        public void ABareRoleOfAnOfficeSpeaksForTheDatelinesCountry(string subject)
        {
            var quote = Said(subject);
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        [InlineData("Ilse Marten, the Danish fisheries minister,", "Denmark")]
        [InlineData("Ilse Marten, a foreign official,", null)]
        [InlineData("Ilse Marten, a minister in Copenhagen,", "Denmark")]
        [InlineData("Ilse Marten, a fisheries expert,", null)]
        public void ARoleThatNamesAnotherPlaceOrNoOfficeIsNotTheDatelines(string subject, string? party)
        {
            Assert.Equal(party, Said(subject).Party);
        }

        [Fact]
        public void NotWhenTheSentenceNamesAnotherCountry()
        {
            Assert.Null(Said("Visiting from Denmark, Ilse Marten, the fisheries minister,").Party);
        }
    }
}
