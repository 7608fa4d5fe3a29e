using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "In a speech last July, he said:" ending its paragraph: the opening phrase is the occasion, no content of the
    /// attribution; the paragraph after the colon is what was said (texts of its own).
    /// </summary>
    public class OpeningPhraseBeforeColonTests
    {
        private const string Story =
            "Ada Lund posted a video of the pier on Sunday.\n\n" +
            "In the text with the video, Lund wrote:\n\n" +
            "I think the ferry is a burden on the island. But what we should ask is “who will pay for the new pier?”\n\n" +
            "The video was watched widely.";

        [Fact]
        public void TheOpeningPhraseIsNoContent()
        {
            var records = Attributions(Story);
            Assert.DoesNotContain(records, r => r.Content.StartsWith("In the text", System.StringComparison.Ordinal));
            var block = Assert.Single(records, r => r.Content.StartsWith("I think the ferry", System.StringComparison.Ordinal));
            Assert.Equal("Lund", block.Source);
            Assert.Equal("wrote", block.Cue);
        }

        [Fact]
        public void AQuotationInTheIntroducedParagraphIsTheWritersSubjects()
        {
            var q = Q(Quotes(Story), "who will pay");
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("Lund", q.SpeakerMention);
        }

        [Fact]
        public void AClauseBeforeTheAttributionStaysItsContent()
        {
            // near miss: the words before "Lund wrote:" are a clause of hers, not an opening phrase
            var records = Attributions("Ada Lund runs the harbour.\n\nThe ferry will not run again this year, Lund wrote:\n\n“The pier is closed until the spring.”");
            var a = Assert.Single(records, r => r.Content.StartsWith("The ferry will not run", System.StringComparison.Ordinal));
            Assert.Equal("Lund", a.Source);
        }
    }
}
