using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A report at the end of the sentence ("…, officials said Tuesday", "…, said Ada Lund, the party's leader") is the
    /// sentence's own attribution: a cue inside what it reports has a content that ends at the comma before it, not one
    /// that runs over that report's source and cue. An aside with its own content after it ("…, he said, “…”") does not
    /// end the content.
    /// </summary>
    public class TrailingReportContentTests
    {
        [Theory]
        [InlineData("The harbour board told the ferry crews the pier was unsafe, the island radio reported on Monday.", "told", "the pier was unsafe")]
        [InlineData("Mayor Lena Ortiz promised to reopen the pier before the summer, two aides said.", "promised", "to reopen the pier before the summer")]
        [InlineData("The closure of the pier signals the end of “the old port,” said Ada Lund, the harbour master.", "signals", "the end of “the old port,”")]
        public void TheContentEndsBeforeTheTrailingReport(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence), x => x.Rule == "CueThenContent" && x.Cue == cue);
            Assert.StartsWith(content, f.Content);
            Assert.DoesNotContain(" said", f.Content);
            Assert.DoesNotContain("reported", f.Content);
        }

        [Fact]
        public void AnAsideWithItsOwnContentDoesNotEndIt()
        {
            var all = Run("Mayor Lena Ortiz said the ferry and the pier had both failed, which is a result, she said, “we had long expected.”");
            Assert.Contains(all, x => x.Rule == "CueThenContent" && x.Source == "Mayor Lena Ortiz" && x.Content.EndsWith("expected.”"));
        }

        [Fact]
        public void AReportWithMoreAfterItDoesNotEndIt()
        {
            var all = Run("Ada Lund said the pier will stay shut, and if the board wants to reopen it, she insisted on a full survey first.");
            Assert.Contains(all, x => x.Rule == "CueThenContent" && x.Source == "Ada Lund" && x.Content.EndsWith("survey first"));
        }
    }
}
