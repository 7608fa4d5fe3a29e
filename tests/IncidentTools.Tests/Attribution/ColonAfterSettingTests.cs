using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"One wrote online: “…”": a short phrase of setting between the verb and the colon is no part of the content (texts of its own).</summary>
    public class ColonAfterSettingTests
    {
        [Theory]
        [InlineData("One resident wrote online: “The count was rigged from the start.”", "One resident")]
        [InlineData("The coach replied sharply: “The count was rigged from the start.”", "The coach")]
        public void TheQuotationAfterTheColonIsTheContent(string text, string source)
        {
            var found = Run(text);
            var a = Assert.Single(found, f => f.Source == source);
            Assert.Contains("The count was rigged from the start.", a.Content);
            Assert.DoesNotContain(":", a.Content);
        }

        [Fact]
        public void AClauseBeforeTheColonStaysTheContent()
        {
            // near miss: "said nothing had changed: …" reports a clause before its colon; the colon does not open the content
            var found = Run("The minister said nothing had changed: “We stand where we stood.”");
            Assert.DoesNotContain(found, f => f.Rule == "CueThenContent" && f.Content.StartsWith("“"));
        }
    }
}
