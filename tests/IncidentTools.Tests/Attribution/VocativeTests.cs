using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A noun phrase set off by a comma alone before a verb in its base form is called on ("(Ferry fans, hope you saw …)",
    /// "Readers, remember that …"): the verb is an imperative and reports nothing of the phrase's; the same phrase as the
    /// verb's subject ("Ferry fans hope …") or with an apposition ("Mayor Lund, 54, said …") still reports.
    /// </summary>
    public class VocativeTests
    {
        [Theory]
        [InlineData("(Ferry fans, hope you saw our column on the timetable.)")]
        [InlineData("Ferry fans, hope you saw our column on the timetable.")]
        [InlineData("Readers, remember that the ferry leaves at six.")]
        public void ACalledOnPhraseIsNoSource(string sentence) =>
            Assert.Empty(Run(sentence));

        [Fact]
        public void TheSentenceAfterTheParenthesisStillReports()
        {
            var f = Assert.Single(Run("(Ferry fans, hope you saw our column on the timetable.) The harbour master said the ferry is safe."));
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal("The harbour master", f.Source);
            Assert.Equal("the ferry is safe", f.Content);
        }

        [Theory]
        [InlineData("Ferry fans hope the timetable will change.", "Ferry fans", "hope", "the timetable will change")]
        [InlineData("Mayor Oda Lund, 54, said the ferry is safe.", "Mayor Oda Lund", "said", "the ferry is safe")]
        public void ASubjectStillReports(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }
    }
}
