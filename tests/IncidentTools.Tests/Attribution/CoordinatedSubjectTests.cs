using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Tom Reyes and Ada Lund said, “…”": two subjects joined by "and" before the reporting verb are one source, the
    /// whole coordinated phrase; "and" that joins two clauses ("…, and Lund said") leaves the second clause's subject alone.
    /// </summary>
    public class CoordinatedSubjectTests
    {
        [Fact]
        public void TwoNamedPeopleAreOneSource()
        {
            var quotes = Quotes("Mayor Ada Lund and Gov. Tom Reyes told reporters on Monday, “The pier is open.”");
            var q = Q(quotes, "The pier is open");
            Assert.Equal("Mayor Ada Lund and Gov. Tom Reyes", q.SpeakerMention);
            Assert.Equal("Mayor Ada Lund and Gov. Tom Reyes", q.Speaker);
        }

        [Fact]
        public void TwoRolesOfOnePersonAreOneMention()
        {
            var quotes = Quotes("The former secretary of state and current nominee said, “We are ready.”");
            Assert.Equal("The former secretary of state and current nominee", Q(quotes, "We are ready").SpeakerMention);
        }

        [Fact]
        public void AnAndBetweenClausesIsNoCoordination()
        {
            var quotes = Quotes("The pier reopened on Monday, and Lund said, “It is safe.”\n\nTom Reyes won the vote and Lund said, “It was close.”");
            Assert.Equal("Lund", Q(quotes, "It is safe").SpeakerMention);
            Assert.Equal("Lund", Q(quotes, "It was close").SpeakerMention);
        }

        [Fact]
        public void AnAppositionKeepsItsPerson()
        {
            var quotes = Quotes("Tom Reyes, a ferry captain and a union member, said, “We sail at noon.”");
            Assert.Equal("Tom Reyes", Q(quotes, "We sail at noon").Speaker);
        }
    }
}
