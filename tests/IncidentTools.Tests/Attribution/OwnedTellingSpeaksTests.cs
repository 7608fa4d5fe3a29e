using Xunit;
using static IncidentTools.Tests.Attribution.OwnedReadingPointedAtTests;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "According to the French navy's account, …", "the French navy's version holds that …": a telling of events (words.txt
    /// own-reading) that a body's possessive owns speaks for that body and its side, also with a participle's phrase after the
    /// noun ("the French navy's account placed before the committee"), inside another speaker's reported clause, and for a bare
    /// "the army's" under a dateline (that country's army). Left without a side when the owner is a person or no possessive owns
    /// the telling. Texts of the test's own (the helper is OwnedReadingPointedAtTests').
    /// </summary>
    public class OwnedTellingSpeaksTests
    {
        [Theory]
        [InlineData("The fishing ministers met in Brussels on Monday. According to the French navy's account, the trawler had kept to its own waters all night.")]
        // a participle's phrase after the telling: the telling still heads it, not the last noun ("committee")
        [InlineData("The fishing ministers met in Brussels on Monday. According to the French navy's account placed before the committee, the trawler had kept to its own waters all night.")]
        // inside the reported clause of another speaker
        [InlineData("The fishing ministers met in Brussels on Monday. A lawyer told the court that, according to the French navy's account, the trawler had kept to its own waters all night.")]
        // a telling that holds what it tells
        [InlineData("The fishing ministers met in Brussels on Monday. The French navy's version holds that the trawler had kept to its own waters all night.")]
        public void ABodysOwnedTellingSpeaksForIt(string body)
        {
            var a = Of(body, "the trawler");
            Assert.Equal("France", a.Party);
        }

        [Fact]
        public void ABareBodysTellingUnderADatelineIsThatCountrysBody()
        {
            var a = Of("BERGEN, Norway, Dec. 2 - According to the army's account, the trawler had kept to its own waters all night.", "the trawler");
            Assert.Equal("Norway", a.Party);
        }

        [Theory]
        // a person's telling: no body's side
        [InlineData("The fishing ministers met in Brussels on Monday. According to the skipper's account, the trawler had kept to its own waters all night.")]
        // no possessive owns it
        [InlineData("The fishing ministers met in Brussels on Monday. According to a different account, the trawler had kept to its own waters all night.")]
        public void ATellingOfNoBodysPossessiveTakesNoBodysSide(string body)
        {
            var a = Of(body, "the trawler");
            Assert.Null(a.Party);
        }
    }
}
