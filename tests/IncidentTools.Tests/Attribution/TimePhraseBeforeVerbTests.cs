using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Jo Bell, the harbour master, this past week announced …", "When Bell a month later announced …": a phrase of time
    /// between the subject and its verb belongs to the verb group; it is no speaker, the subject before it speaks (issue #8).
    /// The time of a word before it ("a notice posted a week later") is that word's own, and a sentence with only a thing
    /// before the phrase of time keeps no speaker.
    /// </summary>
    public class TimePhraseBeforeVerbTests
    {
        [Theory]
        [InlineData("Oskar Tamm, the harbour master, this past week announced that the ferry would stay in port.", "Oskar Tamm", "the ferry would stay in port")]
        [InlineData("Oskar Tamm lost his post in May. When Tamm a month later announced that he would sue, few were surprised.", "Oskar Tamm", "he would sue")]
        [InlineData("Oskar Tamm a few days earlier said that the ferry was unsafe.", "Oskar Tamm", "the ferry was unsafe")]
        public void TheSubjectBeforeThePhraseOfTimeSpeaks(string body, string speaker, string content)
        {
            var a = Attributions(body).Single(x => x.Content == content);
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("CueThenContent", a.Rule);
            // the offsets count from the document's start (its headline first): the content stands where the body has it after the cue
            Assert.Equal(body.IndexOf(content, System.StringComparison.Ordinal) - body.IndexOf(a.Cue!, System.StringComparison.Ordinal), a.ContentStart - a.CueStart);
        }

        [Theory]
        [InlineData("The storm this past week ended the talks, and the port reopened.")]
        [InlineData("A notice posted a week later said that the ferry was unsafe.")]
        public void NoPhraseOfTimeSpeaks(string body) =>
            Assert.DoesNotContain(Attributions(body), x => x.Speaker is "week" or "month" or "later" || x.Source is "week" or "past week" or "a week later");
    }
}
