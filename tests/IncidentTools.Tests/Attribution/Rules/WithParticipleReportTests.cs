using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// WithParticipleReport: after a comma, "with" + noun phrase + participle of saying reports the clause the participle takes
    /// for the noun phrase ("…, with three in 10 saying …"), not for the subject of the main clause; a pronoun, a phrase not
    /// after a comma, a participle of another sense or one whose object is a plain noun phrase report nothing here.
    /// </summary>
    public class WithParticipleReportTests
    {
        [Theory]
        [InlineData("Most ferry riders shrugged off the new timetable, with three in 10 saying the change would have no effect on their trips.", "three in 10", "saying", "the change would have no effect on their trips")]
        [InlineData("The mayor has slightly improved her standing, with 30 percent of residents saying they have a positive view of her.", "30 percent of residents", "saying", "they have a positive view of her")]
        [InlineData("The race for the harbour seat looks closer, with some surveys indicating that Tomas Reyes, the council chairman, has a small lead.", "some surveys", "indicating", "Tomas Reyes, the council chairman, has a small lead")]
        [InlineData("The council voted to close the pier, with Captain Ada Lund warning that the fleet would leave the town.", "Captain Ada Lund", "warning", "the fleet would leave the town")]
        public void TheNounPhraseAfterWithReportsTheClause(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new WithParticipleReport()));
            Assert.Equal("WithParticipleReport", f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // no comma before "with": the participle may hang on the noun phrase ("reporters saying"), not on an absolute construction
        [InlineData("The mayor met with reporters saying the pier was safe.")]
        // a pronoun after "with": left to the rules that resolve it
        [InlineData("The ferry left the harbour, with him saying the pier was safe.")]
        // a plain noun phrase object: a verb of another sense as often as a report
        [InlineData("The old films set the pattern for those that followed, with writers adding their own quirks to the genre.")]
        [InlineData("The two firms will merge, with the new company claiming residency in Ireland.")]
        // no participle of saying
        [InlineData("The ferry left the harbour, with the captain waving at the crowd on the pier.")]
        public void NoReportForTheNounPhraseAfterWith(string sentence) =>
            Assert.Empty(Run(sentence, new WithParticipleReport()));

        [Theory]
        [InlineData("The levy passed the council on Tuesday, with nearly 100 captains blasting the new harbour fees.", "nearly 100 captains", "blasting", "the new harbour fees")]
        [InlineData("The talks on the pier went on for a week, with the ministry denouncing the findings of the harbour board.", "the ministry", "denouncing", "the findings of the harbour board")]
        [InlineData("The fight for the council seat grew bitter, with each candidate questioning the other's fitness to lead.", "each candidate", "questioning", "the other's fitness to lead")]
        // a verb of reported stance or denial that introduces no quotation reads the same
        [InlineData("The crews walked off the ferries, with the ministry rejecting the findings of the harbour board.", "the ministry", "rejecting", "the findings of the harbour board")]
        [InlineData("The strike spread along the coast, with the harbour union backing the ferry crews.", "the harbour union", "backing", "the ferry crews")]
        // the object ends before a subordinate clause of its own
        [InlineData("The pier has been the worst dispute, with the union backing the crews as the council supports the owners.", "the union", "backing", "the crews")]
        public void AVerbOfJudgingReportsItsPlainObject(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new WithParticipleReport()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the object marks the verb's everyday sense (sense-objects.txt): attacking with force
        [InlineData("The night was violent, with gunmen attacking the checkpoints north of the town.")]
        public void AVerbOfJudgingInItsEverydaySenseReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new WithParticipleReport()));

        [Fact]
        public void TheWholePipelineGivesTheClauseToTheShareNotToTheSentencesSubject()
        {
            var found = Run("Most ferry riders shrugged off the new timetable, with three in 10 saying the change would have no effect on their trips.");
            var f = Assert.Single(found, x => x.Cue == "saying");
            Assert.Equal("WithParticipleReport", f.Rule);
            Assert.Equal("three in 10", f.Source);
        }
    }
}
