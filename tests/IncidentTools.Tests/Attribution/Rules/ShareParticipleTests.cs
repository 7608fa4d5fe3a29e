using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// ShareParticiple: a counted share of a group right before a participle of saying, after a verb or a preposition, reports
    /// the clause the participle takes ("the survey showed 58 percent of ferry users saying …"); a share that opens its clause
    /// (the subject of the clause's own verb), a quantifier that counts nothing, a noun of persons that is no share, and a
    /// participle with a plain object report nothing here.
    /// </summary>
    public class ShareParticipleTests
    {
        [Theory]
        [InlineData("The winter survey showed 58 percent of ferry users saying the service had become unreliable.", "58 percent of ferry users", "saying", "the service had become unreliable")]
        [InlineData("A survey in March counted about four in 10 older islanders saying that they would vote against the levy.", "about four in 10 older islanders", "saying", "they would vote against the levy")]
        public void ACountedShareReportsTheClause(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new ShareParticiple()));
            Assert.Equal("ShareParticiple", f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the share opens its clause: it may be the subject of "was", whose predicate the words do not mark
        [InlineData("Some 58 percent of ferry users saying the service is unreliable was a record for the operator.")]
        // no counted share: a quantifier, a plain noun of persons
        [InlineData("The survey showed most ferry users saying the service had become unreliable.")]
        [InlineData("The survey showed angry islanders saying the service had become unreliable.")]
        // a plain object: no clause reported
        [InlineData("The harbour camera showed 58 percent of the passengers saying goodbye on the pier.")]
        public void NoReportForTheShare(string sentence) =>
            Assert.Empty(Run(sentence, new ShareParticiple()));
    }
}
