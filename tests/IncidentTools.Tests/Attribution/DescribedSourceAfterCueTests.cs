using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "according to people familiar with the matter", "said a person close to the company": the phrase an adjective tagged
    /// postmodifier opens describes the people; the speaker is the people so described, not the last noun of the phrase.
    /// </summary>
    public class DescribedSourceAfterCueTests
    {
        [Fact]
        public void PeopleFamiliarWithTheMatter()
        {
            var all = Attributions("The ferry line is for sale, according to people familiar with the matter. A deal could come next week, the people said.");
            var a = all.Single(x => x.Rule == nameof(AccordingToClause));
            Assert.Equal("people familiar with the matter", a.Source);
            Assert.Equal("people familiar with the matter", a.Speaker);
            // the people are those described, for "the people" after them
            Assert.Equal("people familiar with the matter", all.Single(x => x.Cue == "said").Speaker);
        }

        [Fact]
        public void APhraseOpenedByAPrepositionStillEndsOnItsNoun()
        {
            // near miss: "according to court records in Stenport" has no describing adjective; its last noun names no person
            var a = Attributions("The ferry line was sold in May, according to a report by the harbour board.").Single(x => x.Rule == nameof(AccordingToClause));
            Assert.NotEqual("board by the harbour board", a.Speaker);
            // (the report's maker after "by" speaks through it)
            Assert.Equal("harbour board", a.Speaker);
        }
    }
}
