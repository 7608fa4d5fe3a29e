using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, the Norwegian version of events, which holds that …": a relative after a telling of events (words.txt own-reading)
    /// whose owner the capitalised words of a country, its people or its capital name ("the Norwegian", "Denmark's") stands for
    /// that telling, and the telling speaks for the side. A telling that no side's words own ("a different version",
    /// "the Lund version") is no relative's antecedent here. Texts of the test's own.
    /// </summary>
    public class TellingRelativeSubjectTests
    {
        [Theory]
        [InlineData("Officials in Bergen rejected the Norwegian version of events, which holds that the trawler crossed the line first.", "holds that", "the Norwegian version of events")]
        [InlineData("The ministers dismissed Denmark's account, which says the trawler never turned its lights off.", "says", "Denmark's account")]
        public void ARelativeAfterASidesTellingStandsForIt(string body, string cue, string antecedent)
        {
            var f = Assert.Single(Run(body, new CueThenContent()), x => x.Cue == cue);
            Assert.Equal("which", f.Source);
            Assert.Equal(antecedent, f.Record.Source?.Owner?.Text);
        }

        [Fact]
        public void TheRelativeAfterASidesTellingSpeaksForTheSide()
        {
            var a = Assert.Single(QuoteRuleText.Attributions("Officials in Bergen rejected the Norwegian version of events, which holds that the trawler crossed the line first."),
                                  x => x.Cue == "holds that");
            Assert.Equal("Norway", a.Party);
        }

        [Theory]
        [InlineData("Officials in Bergen rejected a different version of events, which holds that the trawler crossed the line first.")]
        [InlineData("Officials in Bergen rejected the Lund version of events, which holds that the trawler crossed the line first.")]
        public void ATellingOfNoSideIsNoRelativesAntecedent(string body)
        {
            Assert.DoesNotContain(Run(body, new CueThenContent()), x => x.Record.Source?.Owner?.Head == "version");
        }
    }
}
