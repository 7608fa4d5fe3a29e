using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Conservative backbencher Alan Pryce", "the frontbencher": a member of a parliament described by the bench they sit on is
    /// a person whose name follows the description (not "Pryce" with "Alan" read into the role), and "the backbencher" later is
    /// that person. "backbench" alone is an adjective ("the backbench revolt"), no speaker.
    /// </summary>
    public class ParliamentarySpeakerNounTests
    {
        [Fact]
        public void ABackbencherIsTheNamedMember()
        {
            var records = Attributions("Conservative backbencher Alan Pryce warned that older voters would not forgive the government.");
            var warned = Assert.Single(records, a => a.Cue == "warned");
            Assert.Equal("Alan Pryce", warned.Speaker);
        }

        [Fact]
        public void TheBackbencherLaterIsThatMember()
        {
            var quotes = Quotes("Conservative backbencher Alan Pryce warned the minister on Tuesday. “I have never seen anything like it,” the backbencher said.");
            Assert.Equal("Alan Pryce", Q(quotes, "I have never seen").Speaker);
        }

        [Fact]
        public void NotTheAdjective()
        {
            var records = Attributions("The backbench revolt grew on Tuesday, Labour MP Jane Hill said.");
            var said = Assert.Single(records, a => a.Cue == "said");
            Assert.Equal("Jane Hill", said.Speaker);
        }
    }
}
