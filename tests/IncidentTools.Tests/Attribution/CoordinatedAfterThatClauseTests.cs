using System;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor noted that he taught sailing for years, and added: “…”": a reporting verb before a quotation, coordinated
    /// after a comma with the verb phrase of the that-clause of an earlier verb of speech, goes with that verb: its subject
    /// speaks, not the reported clause's subject (who may be another person). Invented harbour stories.
    /// </summary>
    public class CoordinatedAfterThatClauseTests
    {
        private const string Headline = "Ferry service resumes after the storm\n\n";

        [Theory]
        [InlineData("Tom Reyes spoke at the pier. The mayor, Ada Lund, noted that he taught sailing for years, and added: “I know a little about boats.”", "The mayor", "Ada Lund")]
        [InlineData("Tom Reyes spoke at the pier. Ada Lund said that he had sailed the route in May, and added, “Nobody checked the ropes.”", "Ada Lund", "Ada Lund")]
        public void TheEarlierVerbOfSpeechHasTheSpeaker(string body, string mention, string speaker)
        {
            var q = Q(Quotes(body), body.Substring(body.IndexOf('“') + 1, 6));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
            Assert.Equal(Headline.Length + body.IndexOf('“') + 1, q.Start);
            Assert.Equal(body.IndexOf('”') - body.IndexOf('“') - 1, q.Length);
        }

        [Theory]
        // near misses: the earlier verb reports nothing ("shows"), or no complementizer opens the clause: the clause's own
        // subject keeps the quotation
        [InlineData("Tom Reyes spoke at the pier. The logbook shows that Reyes taught sailing for years, and added: “I know a little about boats.”", "Reyes", "Tom Reyes")]
        [InlineData("Ada Lund watched from the quay as Tom Reyes taught sailing for years, and added: “I know a little about boats.”", "Tom Reyes", "Tom Reyes")]
        // the clause's own list of deeds, and a cry: the clause subject's
        [InlineData("Ada Lund said that the skipper turned the ferry around, cut the engines, and added: “I know a little about boats.”", "the skipper", "skipper")]
        [InlineData("Ada Lund said that the skipper turned the ferry around, and yelled, “I know a little about boats.”", "the skipper", "skipper")]
        public void OtherwiseTheClauseSubjectKeepsIt(string body, string mention, string speaker)
        {
            var q = Q(Quotes(body), "I know");
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(mention, q.SpeakerMention);
        }
    }
}
