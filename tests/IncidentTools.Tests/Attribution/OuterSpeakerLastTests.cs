using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// SpeakerResolution.ReadOuterSpeakersLast: when a sentence reports someone inside what another said (the subject of
    /// the reported clause or of a clause hanging on it), a later "he" or "she" is the one who spoke, the subject of the
    /// reporting clause, not the person the content reports. The reported person still takes a pronoun the outer speaker
    /// cannot take, and a clause the writer joins with "and" is no reported clause.
    /// </summary>
    public class OuterSpeakerLastTests
    {
        [Fact]
        public void TheSpeakerOfTheReportingClauseTakesTheNextPronoun()
        {
            var q = Quotes("Harbour master Alan Pryce said the pier was safe because Mr. Reyes had agreed to the repairs. “We are pleased,” he said.");
            Assert.Equal("Alan Pryce", Q(q, "We are pleased").Speaker);
        }

        [Fact]
        public void SoAfterAThatClauseInTheContent()
        {
            var q = Quotes("Harbour master Alan Pryce said that Tom Reyes had told him the pier was safe. “We are pleased,” he said.");
            Assert.Equal("Alan Pryce", Q(q, "We are pleased").Speaker);
        }

        [Fact]
        public void TheReportedPersonKeepsAPronounTheSpeakerCannotTake()
        {
            var q = Quotes("Police said Tom Reyes had admitted the theft. “I needed the money,” he said.");
            Assert.Equal("Tom Reyes", Q(q, "I needed the money").Speaker);
        }

        [Fact]
        public void AClauseJoinedByAndIsNotReported()
        {
            var q = Quotes("Harbour master Alan Pryce said the pier was safe, and Tom Reyes told the board it was not. “We are worried,” he said.");
            Assert.Equal("Tom Reyes", Q(q, "We are worried").Speaker);
        }

        [Fact]
        public void AnOuterVerbOfThoughtIsNoSpeaking()
        {
            var q = Quotes("Alan Pryce believes Tom Reyes said the pier was safe. “It is not,” he said.");
            Assert.Equal("Tom Reyes", Q(q, "It is not").Speaker);
        }

        [Fact]
        public void AnOuterVerbOfThoughtCountsWhenNoOnePersonIsReported()
        {
            // before: the man named in the paragraph before, Stephen Pryce
            var q = Quotes("Harbour master Stephen Pryce wrote that a force had been fired upon.\n\nTomas Berg thinks both sides believe the reports. “It is hard,” he said.");
            Assert.Equal("Tomas Berg", Q(q, "It is hard").Speaker);
        }
    }
}
