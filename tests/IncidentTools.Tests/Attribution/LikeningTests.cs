using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb of likening (tagged likening: compare, liken) reports only with "to" after its object, what the object is
    /// likened to; comparing samples or figures with each other measures and reports nothing.
    /// </summary>
    public class LikeningTests
    {
        [Theory]
        [InlineData("The lab team compared the blood samples of the mice before and after the treatment, and drew a chart of the results.")]
        [InlineData("The harbour survey compares this year's catch with the catch of 2019.")]
        [InlineData("We compared ferry bookings on a month-by-month basis.")]
        public void ComparingWithoutToReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));

        [Fact]
        public void LikeningToSomethingStillReports()
        {
            // near miss: "compared … to …" says what the subject holds the toll to be
            var f = Assert.Single(Run("Councillor Amir Haddad compared the new bridge toll to highway robbery.", new CueThenContent()));
            Assert.Equal("Councillor Amir Haddad", f.Source);
            Assert.Equal("compared", f.Cue);
            Assert.Equal("the new bridge toll to highway robbery", f.Content);
        }
    }
}
