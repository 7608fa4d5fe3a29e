using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Tom Reyes said that, in 2012, the harbour lost money": after the cue's "that" and the comma of an aside, the clause
    /// is the content whatever opens it, as it is after "that" alone (before, a content that opened on a phrase of place or
    /// time was refused). Only "that" right after the verb or its addressee: "knew all about that, to his chagrin" has
    /// "that" for an object, and what follows its comma is no content. Invented harbour stories; the whole pipeline.
    /// </summary>
    public class ThatCommaAsideTests
    {
        private const string Heading = "A headline for the test\n\n";

        [Fact]
        public void TheClauseAfterThatAndAnAsideIsTheContent()
        {
            const string body = "Tom Reyes said that, in 2012, the harbour lost money.";
            var f = Assert.Single(Run(body), x => x.Cue == "said");
            Assert.Equal("CueThenContent", f.Rule);
            Assert.Equal("Tom Reyes", f.Source);
            Assert.Equal("in 2012, the harbour lost money", f.Content);
            Assert.Equal(Heading.Length + body.IndexOf("in 2012", System.StringComparison.Ordinal), f.Record.Content.Start);
        }

        [Theory]
        [InlineData("Ada Lund added that, in Ohio, the mayor's coalition consists of angry voters.", "added", "in Ohio, the mayor's coalition consists of angry voters")]
        [InlineData("The harbour master told reporters that, on Monday, the ferry would sail.", "told", "on Monday, the ferry would sail")]
        public void AfterTheVerbOrItsAddressee(string body, string cue, string content) =>
            Assert.Equal(content, Assert.Single(Run(body), x => x.Cue == cue).Content);

        [Fact]
        public void ThatAsAnObjectOpensNoContent() =>
            Assert.DoesNotContain(Run("The old harbour master knew all about that, to his chagrin: he was fired in May."), x => x.Cue == "knew");
    }
}
