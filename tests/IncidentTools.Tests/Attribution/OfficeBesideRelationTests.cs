using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An office-holder under a dateline, in a sentence that names another country: the country as the object of a relation
    /// or a journey ("relations with Denmark", "talks with Denmark", "a visit to Denmark"; words.txt 'relation-with') is the
    /// sentence's topic, so the holder keeps the dateline's side; a country named otherwise in the sentence (a title's
    /// country, an envoy's) still keeps the dateline from saying whose office it is. Texts and manifests of the tests' own.
    /// </summary>
    public class OfficeBesideRelationTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmark;

        private static string Story(string introduction) =>
            "STOCKHOLM, Dec. 2 - A patrol boat and a ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
            introduction + "\n\n\"We have asked for the ship's logs,\" Marten said.\n";

        [Theory]
        [InlineData("Foreign Secretary Ilse Marten briefed the committee on relations with Denmark on Monday.")]
        [InlineData("Foreign Secretary Ilse Marten said talks with Denmark would go on.")]
        [InlineData("Foreign Secretary Ilse Marten put off her visit to Denmark on Monday.")]
        public void ACountryARelationIsWithLeavesTheHolderTheDatelinesSide(string introduction)
        {
            var quote = Q(Quotes("Collision in the strait", Story(introduction), Sides), "We have asked for the ship");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        [InlineData("Foreign Secretary Ilse Marten met Denmark's envoy on Monday.")]
        [InlineData("In Copenhagen, Foreign Secretary Ilse Marten spoke on Monday.")]
        public void ACountryNamedOtherwiseStillKeepsTheDatelineOut(string introduction)
        {
            var quote = Q(Quotes("Collision in the strait", Story(introduction), Sides), "We have asked for the ship");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Null(quote.Party);
        }
    }
}
