using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// The InterviewAnswer rule on an interview printed without labels: a standfirst that names the one interviewed right before
    /// the first question, then bare question lines and answer paragraphs in turn to the end (texts of its own). Not where a
    /// line opens with a speaker's label, where too few questions are put, or where the standfirst stands elsewhere.
    /// </summary>
    public class UnlabelledInterviewTests
    {
        private const string Standfirst = "Lena Ortiz, the mayor of Kestrel, spoke to The Harbour Weekly on Monday. Excerpts:";

        private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs);

        private static readonly string[] Turns =
        {
            "When will the bridge reopen?",
            "In May, if the divers finish their survey. The cables are worse than we thought.",
            "And the ferries, which many say are too slow?",
            "They run every hour until then. I know it is not enough.",
            "Will you run again?",
            "Not this year.",
        };

        [Fact]
        public void TheAnswersAreTheIntervieweesWords()
        {
            var found = Run("Kestrel bridge: the mayor answers", Body(new[] { Standfirst }.Concat(Turns).ToArray()), out _, new InterviewAnswer());
            Assert.Equal(3, found.Count);
            Assert.All(found, f => Assert.Equal("Lena Ortiz", f.Record.Speaker?.Display));
            Assert.All(found, f => Assert.Equal(AttributionKind.Direct, f.Kind));
            Assert.Equal("In May, if the divers finish their survey. The cables are worse than we thought", found[0].Content);
            Assert.Same(found[0].Record, found[1].Record.ContinuesFrom);
        }

        [Fact]
        public void ALineWithASpeakersLabelLeavesTheTextToTheLabels() =>
            Assert.Empty(Run("Kestrel bridge: the mayor answers", Body(new[] { Standfirst }.Concat(Turns).Append("Harbour Weekly: Thank you, Mayor.").Append("Ortiz: Thank you.").ToArray()), out _, new InterviewAnswer()));

        [Fact]
        public void TwoQuestionsAreNoInterview() =>
            Assert.Empty(Run("Kestrel bridge: the mayor answers", Body(new[] { Standfirst }.Concat(Turns.Take(4)).ToArray()), out _, new InterviewAnswer()));

        [Fact]
        public void AStandfirstFarFromTheQuestionsNamesNoInterviewee() =>
            Assert.Empty(Run("Kestrel bridge: the mayor answers", Body(new[] { Standfirst, "The bridge has been shut since March and the ferries are full." }.Concat(Turns).ToArray()), out _, new InterviewAnswer()));
    }
}
