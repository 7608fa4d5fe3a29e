using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "After the vote, Jo Bell said in a letter to donors, staff and volunteers that …": a comma inside the phrase after the
    /// verb that goes on with another item, "and" and a last item is a list's, not the comma that closes an aside; the
    /// opening clause is no content of a medial attribution (ContentThenCue), and the content is the clause after "that".
    /// </summary>
    public class ListInAttributionTailTests
    {
        [Fact]
        public void AListCommaDoesNotCloseTheAside()
        {
            var found = Run("After the vote was held, Ana Lima said in a letter to donors, staff and volunteers that the result was fair.");
            Assert.DoesNotContain(found, f => f.Rule == "ContentThenCue");
            var f = Assert.Single(found, x => x.Rule == "CueThenContent");
            Assert.Equal("the result was fair", f.Content);
        }

        [Fact]
        public void AVerbAfterTheCommaStillRunsOn()
        {
            // near miss: the words after the comma go on with the opening's own verb, an aside between commas
            var f = Assert.Single(Run("The plan, Ana Lima said in a letter to donors, is dead.", new ContentThenCue()));
            Assert.Equal("The plan, Ana Lima said in a letter to donors, is dead", f.Content);
        }
    }
}
