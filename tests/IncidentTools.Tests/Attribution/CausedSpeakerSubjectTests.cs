using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The past form of a causative verb between the subject's noun and a plural noun of persons ("The delay led Republicans
    /// to say …") is the clause's verb: the subject's phrase ends before it, so no speaker is read as "delay led Republicans"
    /// (a bare plural goes back to the last group of its head). Texts of the test's own.
    /// </summary>
    public class CausedSpeakerSubjectTests
    {
        [Theory]
        [InlineData("The delay led Republicans to say that the ferry bill was dead.", "Republicans")]
        [InlineData("The storm prompted residents to say that the pier had never been repaired.", "residents")]
        [InlineData("The closure forced lawmakers to admit that the harbour fund was empty.", "lawmakers")]
        // "has led" and "led the Republicans" were read right already and stay so
        [InlineData("The delay has led Republicans to say that the ferry bill was dead.", "Republicans")]
        [InlineData("The delay led the Republicans to say that the ferry bill was dead.", "Republicans")]
        public void TheObjectSpeaksAlone(string body, string speaker)
        {
            var found = Attributions(body).Where(a => a.Content.Contains("ferry bill") || a.Content.Contains("pier") || a.Content.Contains("harbour fund")).ToList();
            Assert.NotEmpty(found);
            Assert.All(found, a => Assert.Equal(speaker, a.Speaker));
        }

        [Theory]
        // a bare plural later in the text is no group "delay led Republicans"
        [InlineData("The delay led Republicans to say that the ferry bill was dead. Republicans said the pier was next.")]
        public void ALaterBarePluralIsTheGroup(string body) =>
            Assert.DoesNotContain(Attributions(body), a => a.Speaker != null && a.Speaker.Contains("delay"));

        [Theory]
        // the -ing form describes its noun; a singular object is no group of speakers
        [InlineData("Officials leading islanders to the shelters said the pier was safe.", "Officials leading islanders to the shelters")]
        public void TheParticipleStaysADescription(string body, string source) =>
            Assert.Contains(Attributions(body), a => a.Source == source);
    }
}
