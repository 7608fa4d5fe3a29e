using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The rule CausedReport: the object of a verb of causing before an infinitive of report is the source of what the
    /// infinitive reports ("The closure led some critics to question whether …"). Texts of the test's own.
    /// </summary>
    public class CausedReportTests
    {
        [Theory]
        [InlineData("The closure led some critics to question whether the pier had ever been inspected.", "some critics", "to question", "whether the pier had ever been inspected")]
        [InlineData("The storm forced the harbour board to admit that the old pier was unsafe.", "the harbour board", "to admit", "the old pier was unsafe")]
        [InlineData("The leaked memo prompted Ada Lund to declare that the levy was dead.", "Ada Lund", "to declare", "the levy was dead")]
        // the -ing form, after a comma
        [InlineData("The ferry sank within an hour, leading many officials to say that the crew had not been warned.", "many officials", "to say", "the crew had not been warned")]
        // past an aside of the object between commas
        [InlineData("The collapse prompted the harbour board, which runs the ferries, to announce that the pier would close.", "the harbour board", "to announce", "the pier would close")]
        // an addressee after the verb
        [InlineData("The vote led Tom Reyes to tell reporters that he would not stand again.", "Tom Reyes", "to tell", "he would not stand again")]
        public void TheObjectOfTheCausingVerbReports(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CausedReport()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(nameof(CausedReport), f.Rule);
        }

        [Theory]
        [InlineData("The vote prompted the council to rebuild the pier.")]                       // no verb of report
        [InlineData("The storm will prompt the harbour board to admit that the pier is unsafe.")] // a base form after a modal: only foreseen
        [InlineData("The mayor urged the harbour board to admit that the pier was unsafe.")]       // urging: the subject speaks, the object only may
        [InlineData("The leak led her to declare that the levy was dead.")]                        // a pronoun names nobody by itself here
        [InlineData("The report inspired Ada Lund to write a novel.")]                             // writing a work reports nothing
        [InlineData("The delay led Ada Lund to wonder.")]                                          // no content
        [InlineData("The board's aim of prompting skippers to report every fault was never met.")] // a gerund naming an act, no event
        public void NothingReported(string sentence) =>
            Assert.Empty(Run(sentence, new CausedReport()));

        [Fact]
        public void InThePipelineTheSentenceSubjectIsNotTheSource()
        {
            var found = Run("The closure led some critics to question whether the pier had ever been inspected.");
            var f = Assert.Single(found, x => x.Content == "whether the pier had ever been inspected");
            Assert.Equal("some critics", f.Source);
            Assert.Equal(nameof(CausedReport), f.Rule);
        }
    }
}
