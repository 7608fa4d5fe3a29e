using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf48: the participle rule reads the paragraph's cue table first and tests what stands before a word (a comma,
    /// "and", "by", a document its subject issues) only at a gerund cue, instead of at every token. What it finds is what
    /// it found before: every way a participle may stand still reports, and a word that is no gerund cue still reports nothing.
    /// </summary>
    public class Perf48SpeedupTests
    {
        [Theory]
        // after a comma
        [InlineData("The harbour master closed the pier on Monday, saying the planks were rotten.", "The harbour master", "saying", "the planks were rotten")]
        // after a comma and "and"
        [InlineData("Mayor Lena Ortiz thanked the divers, and adding that the ferry would run again soon.", "Mayor Lena Ortiz", "adding", "the ferry would run again soon")]
        // after "by"
        [InlineData("Councillor Tomas Reyes ended the meeting by insisting that the budget was sound.", "Councillor Tomas Reyes", "insisting", "the budget was sound")]
        // right after a document its subject issues, a day between
        [InlineData("The ferry company issued a statement Tuesday saying the crossing was safe.", "The ferry company", "saying", "the crossing was safe")]
        public void AGerundCueStillReportsForTheSubject(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new Participial()));
            Assert.Equal("Participial", f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            // the content's offsets are the file's: the headline, a blank line, then the sentence
            int start = "A headline for the test\n\n".Length + sentence.IndexOf(content, System.StringComparison.Ordinal);
            Assert.Equal(start, f.Record.Content.Start);
            Assert.Equal(content.Length, f.Record.Content.Length);
        }

        [Theory]
        // a gerund of another sense after a comma ("adding to")
        [InlineData("Lena Ortiz won the second race, adding to her lead in the regatta.")]
        // a cue verb after a comma that is no gerund
        [InlineData("The harbour master closed the pier, said to be rotten, on Monday.")]
        // a gerund after a document that is no cue word
        [InlineData("The ferry company issued a statement Tuesday covering the winter timetable.")]
        // a gerund cue with nothing before it that hands it a subject
        [InlineData("Divers kept searching the harbour for the missing boat.")]
        public void AWordThatIsNoGerundCueInItsPlaceReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new Participial()));
    }
}
