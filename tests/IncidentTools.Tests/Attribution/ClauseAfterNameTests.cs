using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "a rally with Reyes and Lund, where the mayor said “…”": after a name and its comma, a clause with a subject of its
    /// own that runs up to the verb is no apposition of the name; the clause's subject speaks. An aside closed by its
    /// comma ("Jo Bell, after the vote, said") and a clause with no subject ("Cruz, when asked …, responded") still are.
    /// </summary>
    public class ClauseAfterNameTests
    {
        [Fact]
        public void AClauseWithItsOwnSubjectAfterANameSpeaksForItself()
        {
            var quotes = Quotes("The clip came from a rally with Tom Reyes and Ada Lund, where the mayor said she was “not here to do my job” alone.");
            var q = Q(quotes, "not here to do my job");
            Assert.NotEqual("Ada Lund", q.SpeakerMention);
            Assert.NotEqual("Ada Lund", q.Speaker);
        }

        [Fact]
        public void AnAsideClosedByItsCommaOrWithoutASubjectStaysTheNamesApposition()
        {
            var quotes = Quotes("Jo Bell, after the vote, said, “We won.”\n\nTom Reyes, when asked about the ferry, responded that the plan “will not work.”");
            Assert.Equal("Jo Bell", Q(quotes, "We won").Speaker);
            Assert.Equal("Tom Reyes", Q(quotes, "will not work").Speaker);
        }
    }
}
