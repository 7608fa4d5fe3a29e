using System;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// An attribution that closes a quotation's clause and goes on with an adjunct of its own before the sentence goes on:
    /// a phrase of place or time after a medial cue ("The mayor's “blunders” are shameful, Lund said Tuesday in Dover, noting
    /// …": SentenceMedialCue), and a clause of time before or after the attribution's event, after which a participle of
    /// saying hangs on the attribution ("“…,” Lund said at the dinner after the senator won his primary, remarking that …":
    /// ParticipleCue), not on that clause's subject. The source mention is the attribution's own words.
    /// </summary>
    public class AttributionThenAdjunctTests
    {
        /// <summary>Where the body starts in the file the test writes: the headline and a blank line before it.</summary>
        private const int BodyAt = 39;

        private static int At(string body, string words) => BodyAt + body.IndexOf(words, StringComparison.Ordinal);

        [Theory]
        [InlineData("The mayor’s “blunders” are shameful, Ada Lund said Tuesday in Dover, noting that the council “has lost its way.”", "blunders")]
        [InlineData("The pier is “a hazard” to every boat, Ada Lund said at a town hall on Monday, and she called the repairs “long overdue.”", "a hazard")]
        public void APhraseOfPlaceOrTimeAfterTheMedialCueKeepsIt(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("Ada Lund", q.SpeakerMention);
            Assert.Equal(At(body, "Ada Lund"), q.SpeakerStart);
            Assert.Equal(At(body, quote), q.Start);
        }

        [Fact]
        public void TheSplitQuotationAroundThePhraseIsTheSpeakers()
        {
            const string body = "“If the board had not stepped in” with the money, Ada Lund said at a meeting on Monday, “we would have closed.”";
            var quotes = Quotes(body);
            foreach (var start in new[] { "If the board", "we would have" })
            {
                var q = Q(quotes, start);
                Assert.Equal("Ada Lund", q.Speaker);
                Assert.Equal(At(body, "Ada Lund"), q.SpeakerStart);
            }
        }

        [Theory]
        // the phrase runs into a clause of its own: no medial cue
        [InlineData("The “reform” is finished, Ada Lund said in a letter that the board sent to Reyes.")]
        [InlineData("The “reform” is finished, Ada Lund said in Dover as the board voted to close the pier.")]
        public void APhraseThatRunsIntoAClauseIsNoAdjunct(string body) =>
            Assert.Null(Q(Quotes(body), "reform").Speaker);

        [Fact]
        public void AParticipleAfterAClauseOfTimeHangsOnTheAttribution()
        {
            const string body = "“We need him back,” Ada Lund said at the dinner after the young senator won his primary, remarking that the party was “whole again.”";
            var q = Q(Quotes(body), "whole again");
            Assert.Equal("ParticipleCue", q.Rule);
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("Ada Lund", q.SpeakerMention);
            Assert.Equal(At(body, "Ada Lund"), q.SpeakerStart);
            Assert.Equal("remarking", q.Cue);
        }

        [Fact]
        public void ACryAfterAClauseOfTimeStaysWithItsSubject()
        {
            const string body = "“We need him back,” Ada Lund said after the crowd gathered outside, chanting “Open the pier!”";
            var q = Q(Quotes(body), "Open the pier");
            Assert.Equal("the crowd", q.SpeakerMention);
            Assert.Equal(At(body, "the crowd"), q.SpeakerStart);
        }

        [Fact]
        public void AParticipleAfterAClauseOfTheSameMomentIsNotTheAttributions()
        {
            const string body = "“Is it two?” Ada Lund asks as a porter walks in, saying he is “here to fix the roof.”";
            Assert.NotEqual("Ada Lund", Q(Quotes(body), "here to fix").Speaker);
        }
    }
}
