using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, officials said, and the government blamed …": after an attribution between commas, a clause joined by "and" or
    /// "but" with a subject and a verb of saying of its own is a second report, not the rest of the first one's content; the
    /// content ends at the attribution. A clause that goes on with the speaker's words ("…, he said, and the pier could
    /// close") stays in the content.
    /// </summary>
    public class ClauseAfterAsideTests
    {
        [Theory]
        [InlineData("Eleven people died when the bridge fell, regional officials said, and the government blamed the contractor.", "Eleven people died when the bridge fell")]
        [InlineData("The ferry was insured for $2 million, records show, and brokers say it is worth half that.", "The ferry was insured for $2 million")]
        public void AClauseThatReportsOnItsOwnEndsTheContent(string sentence, string content)
        {
            var found = Run(sentence, new ContentThenCue());
            Assert.Equal(content, found.First().Content);
        }

        [Theory]
        [InlineData("The pier is unsafe, the harbour master said, and it could close within days.", "The pier is unsafe, the harbour master said, and it could close within days")]
        [InlineData("The ferry will sail on Monday, the captain said, but the crossing will be slow.", "The ferry will sail on Monday, the captain said, but the crossing will be slow")]
        public void AClauseOfTheSpeakersWordsStaysInTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new ContentThenCue()));
            Assert.Equal(content, f.Content);
        }
    }
}
