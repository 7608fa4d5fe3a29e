using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Labels written in capitals made into names as they are written (the transcript and speaker-label rules share these).</summary>
    public class CasingTests
    {
        [Theory]
        [InlineData("PENCE", "Pence")]
        [InlineData("O'BRIEN", "O'Brien")]
        [InlineData("SMITH-JONES", "Smith-Jones")]
        [InlineData("J.R.", "J.R.")]
        [InlineData("MCCAIN", "Mccain")]
        [InlineData("", "")]
        public void AWordTakesACapitalFirstAndAfterAJoiningMark(string word, string expected) => Assert.Equal(expected, Casing.TitleCaseWord(word));

        [Theory]
        [InlineData("MCCAIN", "McCain")]
        [InlineData("PENCE", "Pence")]
        [InlineData("MC", "Mc")]
        public void ANameTakesACapitalAfterMc(string word, string expected) => Assert.Equal(expected, Casing.TitleCaseName(word));
    }
}
