using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare plural source ("Experts", "Residents") speaks for itself: the possessor of a noun inside what it says ("a sign of
    /// Iran's strength", "the banner of Iran's army") is no owner of a statement it spoke in, even after an inscription or
    /// document word there; the owner of the statement named outside the content ("said in a statement on the ministry's
    /// website") still is. Texts of the test's own.
    /// </summary>
    public class OwnWordsPossessorTests
    {
        [Theory]
        [InlineData("Experts said it was a sign of Chile's strength.", "Experts")]
        [InlineData("Residents said it was a sign of Chile's better relations.", "Residents")]
        [InlineData("Experts said the banner of Chile's army was torn.", "Experts")]
        [InlineData("Fishermen said the notice of Peru's navy had been taken down.", "Fishermen")]
        // near misses that were read right already and stay so
        [InlineData("Experts said it showed Chile's strength.", "Experts")]
        [InlineData("Experts said it was a copy of Chile's plan.", "Experts")]
        [InlineData("Experts said it was a sign of the navy's strength.", "Experts")]
        public void TheSpeakerIsTheSource(string body, string speaker)
        {
            var found = Attributions(body);
            Assert.NotEmpty(found);
            Assert.All(found, a => Assert.Equal(speaker, a.Speaker));
            Assert.All(found, a => Assert.Null(a.Party));
        }

        [Theory]
        // the statement's owner written between the cue and the content still speaks for the bare plural
        [InlineData("Officials said in a statement on Chile's website that the ferry would sail.", "Chile")]
        [InlineData("Officials said in a statement published on Peru's website that the pier was closed.", "Peru")]
        public void TheStatementsOwnerOutsideTheContentStays(string body, string speaker) =>
            Assert.Contains(Attributions(body), a => a.Speaker == speaker);
    }
}
