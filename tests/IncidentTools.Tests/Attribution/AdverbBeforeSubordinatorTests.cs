using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Ever since Ada Lund announced her run, he has told voters: “…”": an adverb of degree before "since" (a subordinator
    /// as "after" and "until" are) opens the sentence's subordinate clause, as "Shortly after …" does. The quotation is the
    /// main clause's, its subject's; the name inside the opening clause, another person's, is not its speaker, and the
    /// opening clause's own report has that name alone for its source, not "Ever since Ada Lund".
    /// </summary>
    public class AdverbBeforeSubordinatorTests
    {
        private const string Headline = "Ferry service resumes after the storm\n\n";

        [Fact]
        public void TheMainClauseSubjectSpeaksNotTheNameInTheOpeningClause()
        {
            const string body = "Tom Reyes is the mayor of Dunmore.\n\n" +
                                "Ever since Ada Lund announced her run last year, he has told voters at every stop: “The pier is ours.”";
            var q = Q(Quotes(body), "The pier is ours");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal(Headline.Length + body.IndexOf("he has told", System.StringComparison.Ordinal), q.SpeakerStart);
            Assert.Equal("CueBeforeQuote", q.Rule);
            var announced = Attributions(body).Single(a => a.Cue == "announced");
            Assert.Equal("Ada Lund", announced.Source);
        }

        [Fact]
        public void TheSameSpeakersMainClauseMentionIsTheSource()
        {
            const string body = "Tom Reyes is the mayor of Dunmore.\n\n" +
                                "Ever since Tom Reyes announced his run last year, he has said the same thing at every stop: “The pier is ours.”";
            var q = Q(Quotes(body), "The pier is ours");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal(Headline.Length + body.IndexOf("he has said", System.StringComparison.Ordinal), q.SpeakerStart);
        }

        [Fact]
        public void ANameThatStartsWithTheAdverbStaysAName()
        {
            // no subordinator after "Ever": a given name
            var q = Q(Quotes("Ever Banega, the club's captain, spoke on Monday. Banega said, “We will win the cup.”"), "We will win");
            Assert.Equal("Ever Banega", q.Speaker);
            Assert.Equal("Banega", q.SpeakerMention);
        }
    }
}
