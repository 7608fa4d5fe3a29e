using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: "he" or "she" in a clause that hangs on a reported clause is that clause's subject
    /// (the nearest subject of the sentence), not the person who reports.
    /// </summary>
    public class ReportedSubjectPronounTests
    {
        [Fact]
        public void HeAfterAReportedClauseIsItsSubject()
        {
            var quotes = Quotes("Retired harbour master Ada Lund said Tom Reyes was “absolutely right” when he said on Friday that “the pumps will not last another winter.”");
            var q = Q(quotes, "the pumps will not");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void SheAfterAReportedClauseAndASurnameWrittenInFullBefore()
        {
            var quotes = Quotes("Maria Costa runs the ferry company. Tom Reyes said Costa was right because she called the plan “a fantasy.”");
            Assert.Equal("Maria Costa", Q(quotes, "a fantasy").Speaker);
        }

        [Fact]
        public void TheReporterKeepsThePronounWhenTheGenderOrTheClauseSaysSo()
        {
            // the reported subject is a woman: "he" is the man who reports
            var quotes = Quotes("Tom Reyes said Maria Costa was wrong when he told the crew that “the pumps will hold.”");
            Assert.Equal("Tom Reyes", Q(quotes, "the pumps will hold").Speaker);
            // no clause of its own between the name and the pronoun ("told Reyes that he …"): the usual salience decides
            quotes = Quotes("Ada Lund met the crew on Monday. Ada Lund told Tom Reyes that she would say “we sail at noon.”");
            Assert.Equal("Ada Lund", Q(quotes, "we sail at noon").Speaker);
        }

        [Fact]
        public void AnOrganisationOrAPlaceIsNoAntecedent()
        {
            var quotes = Quotes("Tom Reyes spoke at the pier. Reyes said Harbour Authority was right when he called the plan “a fantasy.”");
            Assert.Equal("Tom Reyes", Q(quotes, "a fantasy").Speaker);
        }
    }
}
