using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The rule AskedByAgent: the agent of a passive "asked" puts the question after it ("Asked by a reporter whether …",
    /// "when asked by Jo Bell on Thursday about …", "was asked by the host if …", "asked by the court to …"). Texts of the test's own.
    /// </summary>
    public class AskedByAgentTests
    {
        [Theory]
        [InlineData("Asked by a reporter whether he would step down, the harbour master said he had no plans to leave.", "a reporter", "whether he would step down")]
        [InlineData("The ferry will run again, Reyes said when asked by Ada Lund on Thursday about the timetable.", "Ada Lund", "about the timetable")]
        [InlineData("Reyes was asked by the island's radio host if the pier was safe.", "the island's radio host", "if the pier was safe")]
        [InlineData("Asked by the harbour board how long the repairs would take, the engineer shrugged.", "the harbour board", "how long the repairs would take")]
        [InlineData("The skipper had been asked by the coastguard to keep his logbook.", "the coastguard", "to keep his logbook")]
        public void TheAgentPutsTheQuestion(string sentence, string source, string content)
        {
            var f = Assert.Single(Run(sentence, new AskedByAgent()));
            Assert.Equal(source, f.Source);
            Assert.Equal("asked", f.Cue!.ToLowerInvariant());
            Assert.Equal(content, f.Content);
            Assert.Equal(nameof(AskedByAgent), f.Rule);
        }

        [Theory]
        [InlineData("The questions asked by the senators were hard.")]                          // the agent, then the sentence's verb
        [InlineData("Reyes was asked by the Committee to Protect Fishermen.")]                   // "to" inside a name
        [InlineData("Reyes asked the board whether the pier was safe.")]                         // active: the asker is the subject
        [InlineData("Asked by him whether the pier was safe, Reyes said it was.")]               // a pronoun names nobody by itself here
        [InlineData("Asked by a reporter, “Will you resign?” the mayor laughed.")]               // a quotation: the quote rules' business
        public void NoQuestionOfTheAgent(string sentence) =>
            Assert.Empty(Run(sentence, new AskedByAgent()));

        [Fact]
        public void InThePipelineTheAnswerStaysTheAnswerers()
        {
            var found = Run("Asked by a reporter whether he would step down, the harbour master said he had no plans to leave.");
            Assert.Contains(found, f => f.Rule == nameof(AskedByAgent) && f.Source == "a reporter");
            Assert.Contains(found, f => f.Source == "the harbour master" && f.Content == "he had no plans to leave");
        }
    }
}
