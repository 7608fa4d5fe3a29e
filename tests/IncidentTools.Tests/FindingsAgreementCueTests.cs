using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of agreeing with an inquiry: "agrees with the report", and negated, "does not agree with
    /// the inquiry", are the findings accurate and wrong; "disagreed with the report" is wrong; agreeing with a reporter is
    /// no position. Sentences of the tests' own.
    /// </summary>
    public class FindingsAgreementCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string content) =>
            corpus.Claims.Single(c => c.Content.StartsWith(content, StringComparison.Ordinal) && c.Question == "findings");

        [Fact]
        public void AgreeingWithTheReportOrNotIsAPositionOnTheFindings()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani military spokesman said the army did not agree with the American report on the border clash.",
                "Pentagon press secretary Jo Marsh said the Pentagon agreed with the investigation in full.",
                "The Foreign Office said Islamabad disagreed with the report and would send its own account to NATO.");
            var army = Claim(corpus, "the army did not agree");
            Assert.Equal("Pakistan", army.Party);
            Assert.Equal("Findings are wrong", army.Position);
            Assert.True(army.Negated);
            var pentagon = Claim(corpus, "the Pentagon agreed");
            Assert.Equal("United States", pentagon.Party);
            Assert.Equal("Findings are accurate", pentagon.Position);
            var office = Claim(corpus, "Islamabad disagreed");
            Assert.Equal("Pakistan", office.Party);
            Assert.Equal("Findings are wrong", office.Position);
            Assert.False(office.Negated);
        }

        [Fact]
        public void AgreeingWithAReporterIsNoPositionOnTheFindings()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Pentagon spokesman said he agreed with the reporter who asked about the convoys.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings");
        }
    }
}
