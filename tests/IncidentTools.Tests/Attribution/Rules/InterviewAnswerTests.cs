using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The InterviewAnswer rule: the answers of a Q&amp;A are the interviewee's, named in the intro (texts of its own).</summary>
    public class InterviewAnswerTests
    {
        private const string Interview =
            "The harbour bridge has been shut since March. We asked Lena Ortiz, the mayor of Kestrel, when it will reopen.\n\n" +
            "Q: When will the bridge reopen?\n\n" +
            "A: In May, if the divers finish their survey.\n\n" +
            "Q: And the ferries?\n\n" +
            "A: They run every hour until then. The port authority told us: “We have added two boats.”\n\n" +
            "Nobody expected the cables to be this bad.\n\n" +
            "Q: Will you run again?\n\n" +
            "A: Not this year.";

        [Fact]
        public void AnswersAreTheIntervieweesWords()
        {
            var found = Run("Kestrel’s Bridge: The Mayor Answers", Interview, out var ctx, new InterviewAnswer());
            var answers = found.Where(f => f.Source == "A").ToArray();
            Assert.Equal(3, answers.Length);
            Assert.All(answers, f => Assert.Equal("Lena Ortiz", f.Record.Speaker?.Display));
            Assert.All(found, f => Assert.Equal(AttributionKind.Direct, f.Kind));
            Assert.Equal("In May, if the divers finish their survey", answers[0].Content);
            // the paragraph between an answer and the next question goes on with the answer
            var more = Assert.Single(found, f => f.Content == "Nobody expected the cables to be this bad");
            Assert.Equal("Lena Ortiz", more.Record.Speaker?.Display);
            Assert.Same(answers[1].Record, more.Record.ContinuesFrom);
        }

        [Fact]
        public void QuestionsStayTheInterviewersAndQuotedOthersKeepTheirSpeakers()
        {
            var found = Run("Kestrel’s Bridge: The Mayor Answers", Interview, out var ctx);
            Assert.All(found.Where(f => f.Source == "Q"), f => Assert.Equal("SpeakerLabel", f.Rule));
            Assert.All(found.Where(f => f.Source == "A"), f => Assert.Equal("InterviewAnswer", f.Rule));
            var quote = ctx.Document.Quotations.Single();
            Assert.Equal("port authority", ctx.AttributionOf(quote)!.Speaker?.Display);
        }

        [Theory]
        [InlineData("Q&A with Mayor Piet Marsh", "The harbour master took our questions on Monday.", "Piet Marsh")]
        [InlineData("Bridge Questions", "In an interview with Mayor Lena Ortiz on Monday, the bridge came up first.", "Lena Ortiz")]
        [InlineData("Bridge Questions", "I spoke to Piet Marsh, the harbour master, on Monday.", "Piet Marsh")]
        [InlineData("Bridge Questions", "Harbour Master Piet Marsh spoke to The Kestrel Courier at the port on Monday.", "Piet Marsh")]
        [InlineData("Bridge Questions", "Mayor Lena Ortiz talked with Harbour Radio before the vote.", "Lena Ortiz")]
        public void TheIntervieweeIsNamedInTheIntro(string headline, string intro, string interviewee)
        {
            var found = Run(headline, intro + "\n\nQ: When will the bridge reopen?\n\nA: In May.", out _, new InterviewAnswer());
            Assert.Equal(interviewee, Assert.Single(found).Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("The harbour master took our questions on Monday.")]                 // named by no name
        [InlineData("Lena Ortiz asked the council about the bridge on Monday.")]         // the one who asks is not interviewed
        [InlineData("Lena Ortiz spoke to reporters about the bridge on Monday.")]         // to no outlet named
        public void WithoutAnIntervieweeTheLinesAreLeftToTheLabelRule(string intro)
        {
            var found = Run("Bridge Questions", intro + "\n\nQ: When will the bridge reopen?\n\nA: In May.", out _);
            Assert.DoesNotContain(found, f => f.Rule == "InterviewAnswer");
            Assert.Contains(found, f => f.Rule == "SpeakerLabel" && f.Source == "A");
        }

        [Fact]
        public void TheIntervieweesSideIsTheAnswersSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "We asked Anna Berg about the night of the clash.",
                "Q: Who fired first?",
                "A: Southland fired first, and the shelling of our posts was deliberate.");
            var answer = Assert.Single(corpus.Claims, c => c.Rule == "InterviewAnswer" && c.Question == "deliberate");
            Assert.Equal("Northland", answer.Party);
            Assert.Equal("Deliberate", answer.Position);
            Assert.Equal("A", answer.Source);
        }
    }
}
