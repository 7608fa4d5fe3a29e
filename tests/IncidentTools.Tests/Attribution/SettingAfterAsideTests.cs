using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, scientists said on Tuesday, in the latest study to link …": after the aside's comma, "in", a determiner and a
    /// document or an occasion of speaking is where the statement was made, not more of what was said (ContentThenCue).
    /// </summary>
    public class SettingAfterAsideTests
    {
        [Theory]
        [InlineData("The floods of June were made twice as likely by warming, researchers said on Monday, in the first study of the region's rainfall.")]
        [InlineData("The ferry will not sail before spring, the operator said, in a statement posted on its website.")]
        [InlineData("The bridge had been unsafe for years, Ana Lima said, in an interview with the local radio station.")]
        public void TheContentEndsBeforeTheSetting(string text)
        {
            var f = Assert.Single(Run(text), x => x.Rule == "ContentThenCue");
            Assert.DoesNotContain(" said", f.Content);
            Assert.EndsWith(text.Substring(0, text.IndexOf(',')), f.Content);
        }

        [Fact]
        public void APhraseThatNamesNoDocumentRunsOn()
        {
            // near miss: "in every quarter" is more of the content, no setting of the statement
            var f = Assert.Single(Run("The harbour, the mayor said, in every quarter of the year loses money."), x => x.Rule == "ContentThenCue");
            Assert.Equal("The harbour, the mayor said, in every quarter of the year loses money", f.Content);
        }
    }
}
