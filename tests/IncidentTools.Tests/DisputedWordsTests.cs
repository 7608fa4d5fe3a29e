using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The words a verb of denial governs, read the same by the quote stage and the claims: at most four words, ending at a
    /// comma, semicolon, colon or a full stop that is not an abbreviation's.
    /// </summary>
    public class DisputedWordsTests
    {
        [Theory]
        [InlineData("rejects Southland report, calling it a whitewash", "Southland report")]
        [InlineData("disputes the Northland inquiry's findings on the shelling", "the Northland inquiry's findings")]
        [InlineData("rejects U.S. report on border clash", "U.S. report on border")]
        [InlineData("denied the claim. Northland officials said", "the claim")]
        [InlineData("disputes Gen. Ada Lund's account of the clash", "Gen. Ada Lund's account")]
        public void TheWordsAfterAVerbOfDenialEndAtAMarkOrAfterFourWords(string text, string expected) =>
            Assert.Equal(expected, DisputedWords.AfterDenial(text, 0));

        [Theory]
        [InlineData("said the Northland report was wrong")]
        [InlineData("rejects")]
        [InlineData("rejects: the Northland report")]
        [InlineData("")]
        public void NoVerbOfDenialOrNoWordsAfterItGivesNothing(string text) =>
            Assert.Null(DisputedWords.AfterDenial(text, 0));

        [Fact]
        public void TheEndCountsFromTheGivenStart() =>
            Assert.Equal("Army rejects Southland".Length, DisputedWords.End("Army rejects Southland; report", 4));
    }
}
