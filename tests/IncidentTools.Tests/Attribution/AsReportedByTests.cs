using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The rule AsReportedBy: "As reported by X, …" and "…, as first noted by X.", the passive of AsCue's clause. Texts of the test's own.
    /// </summary>
    public class AsReportedByTests
    {
        [Theory]
        [InlineData("As reported by the Kirkwall Courier, the ferry was sold last year to a buyer in Bergen.", "the Kirkwall Courier", "reported", "the ferry was sold last year to a buyer in Bergen")]
        [InlineData("But as noted by Ada Lund, the harbour's pilot, the tide tables were wrong.", "Ada Lund", "noted", "the tide tables were wrong")]
        [InlineData("The ferry was sold last year to a buyer in Bergen, as first reported by the Kirkwall Courier.", "the Kirkwall Courier", "reported", "The ferry was sold last year to a buyer in Bergen")]
        [InlineData("As reported by the Kirkwall Courier, which first broke the story, the ferry was sold to a buyer in Bergen.", "the Kirkwall Courier", "reported", "the ferry was sold to a buyer in Bergen")]
        [InlineData("As reported by the Kirkwall Courier, the ferry, which was old, sank off Bergen.", "the Kirkwall Courier", "reported", "the ferry, which was old, sank off Bergen")]
        public void TheAgentIsTheSourceOfTheMainClause(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new AsReportedBy()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(nameof(AsReportedBy), f.Rule);
        }

        [Theory]
        [InlineData("The logbooks were handed over, as requested by the harbour board.")]             // a verb of asking: no document reports it
        [InlineData("The ferry, as reported by the Kirkwall Courier, was sold to a buyer in Bergen.")] // inside the clause it reports
        [InlineData("The ferry was sold, as reported by the Courier, and the crew were paid off.")]    // the clause goes on after it
        [InlineData("As reported, the ferry was sold to a buyer in Bergen.")]                          // no agent
        [InlineData("As reported by the Kirkwall Courier, the harbour master said the ferry was sold.")] // the harbour master's own report
        [InlineData("The crews are active in the port, as indicated by Harbour Watch and the pilots' presence.")] // evidence, read as no whole source
        [InlineData("“The pier is unsafe,” Reyes said in an interview, as reported by the Kirkwall Courier.")] // the quoted speaker's own words
        public void NoSourceOfTheMainClause(string sentence) =>
            Assert.Empty(Run(sentence, new AsReportedBy()));
    }
}
