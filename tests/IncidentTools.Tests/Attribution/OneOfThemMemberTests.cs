using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Two Danish officials … They said …. ¶ One of them said …. “…,” the official said.": "one of them" is one member of the group
    /// of people the sentence before had as its subject, of that group's side, and a bare "the official" after it is that member,
    /// not an official of the place the story is filed from (accounts75). Texts and manifest of the tests' own.
    /// </summary>
    public class OneOfThemMemberTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodiesAndPeople;

        private const string Opening = "STOCKHOLM, Dec. 2 - The Coast Guard Command said the ferry had left its lane before the collision.\n\n";

        private static IncidentQuote Quote(string paragraphs, string quoted) =>
            Q(Quotes("Strait collision", Opening + paragraphs + "\n", Sides), quoted);

        [Theory]
        [InlineData("Two Danish officials gave another account. They said the patrol boat had turned across the ferry's bow.\n\nOne of them said the captain had radioed twice. \"Nobody answered him,\" the official said.")]
        [InlineData("Two Danish officials gave another account. They said the patrol boat had turned across the ferry's bow. One of them said the captain had radioed twice. \"Nobody answered him,\" the official said.")]
        public void TheOfficialAfterOneOfThemIsTheGroupsMember(string paragraphs)
        {
            var quote = Quote(paragraphs, "Nobody answered him");
            Assert.Equal("one of the Danish officials", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void OneOfThemIsOfTheGroupOfTheSentenceJustBefore()
        {
            // the near miss: two groups of two sides; "them" is the one the sentence right before had as its subject
            var quote = Quote("Danish officials said the patrol boat had turned across the ferry's bow. Swedish officers denied it. One of them said the boat had kept its course. \"It never turned,\" the officer said.", "It never turned");
            Assert.Equal("one of the Swedish officers", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }
    }
}
