using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "according to officials briefed on the early reports": a cue form ("reports") right after an adjective (words.txt
    /// 'adjective') is that adjective's noun, so a source's phrase reads on to it instead of stopping before it as before a verb
    /// (MentionParser.IsFiniteOrParticipleCue); after a noun the form is still the cue ("officials in the coastal towns say").
    /// </summary>
    public class AdjectiveBeforeCueFormInSourceTests
    {
        private const string Opening = "The island ferry ran late again this winter.\n\n";

        [Fact]
        public void TheSourcesPhraseReadsOnToTheNounAfterAnAdjective()
        {
            var a = Attributions(Opening + "The ferry skipped two crossings, according to port officials briefed on the early reports.")
                .Single(x => x.Rule == "AccordingToClause");
            Assert.Equal("port officials briefed on the early reports", a.Speaker);
        }

        [Fact]
        public void AfterANounTheFormIsStillTheCue()
        {
            var a = Attributions(Opening + "Officials in the coastal towns say the ferry skipped two crossings.")
                .Single(x => x.Content == "the ferry skipped two crossings");
            Assert.StartsWith("Officials in the coastal towns", a.Speaker);
        }
    }
}
