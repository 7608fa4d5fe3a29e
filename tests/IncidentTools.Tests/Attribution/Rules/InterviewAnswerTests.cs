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
        // the name set off by commas after a description, then the interviewing verb
        [InlineData("Bridge Questions", "The harbour master, Piet Marsh, spoke to The Kestrel Courier at the port on Monday.", "Piet Marsh")]
        public void TheIntervieweeIsNamedInTheIntro(string headline, string intro, string interviewee)
        {
            var found = Run(headline, intro + "\n\nQ: When will the bridge reopen?\n\nA: In May.", out _, new InterviewAnswer());
            Assert.Equal(interviewee, Assert.Single(found).Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("The harbour master took our questions on Monday.")]                 // named by no name
        [InlineData("Lena Ortiz asked the council about the bridge on Monday.")]         // the one who asks is not interviewed
        [InlineData("Lena Ortiz spoke to reporters about the bridge on Monday.")]         // to no outlet named
        [InlineData("The mayor, Lena Ortiz, spoke to reporters about the bridge on Monday.")]         // the same after a description
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

        /// <summary>A magazine's interview: turns labelled "Q." and "A." with a full stop, the one interviewed named in a standfirst whose "she" speaks to the magazine.</summary>
        private const string FullStopInterview =
            "Croatia’s farm minister on the drought, the river and the harvest\n\n" +
            "Marta Kovac, 41, became Croatia’s agriculture minister in March. Since then she has faced the driest summer in sixty years. " +
            "She spoke to The Danube Review in her office in Zagreb on Monday.\n\n" +
            "Q. The ministry’s own survey says the harvest will fall by a third. Is that right?\n\n" +
            "A. It may be worse. The rivers are lower than anyone can remember.\n\n" +
            "Q. Will farmers be paid?\n\n" +
            "A. Yes, before the winter.";

        [Fact]
        public void FullStopLabelsAreTurnsAndTheIntervieweeIsTheSheWhoSpokeToTheMagazine()
        {
            var found = Run("‘The rivers are lower than anyone can remember’", FullStopInterview, out var ctx);
            var answers = found.Where(f => f.Rule == "InterviewAnswer" && f.Source == "A").ToArray();
            Assert.Equal(2, answers.Length);
            Assert.All(answers, f => Assert.Equal("Marta Kovac", f.Record.Speaker?.Display));
            Assert.Equal("It may be worse. The rivers are lower than anyone can remember", answers[0].Content);
            // the questions are the interviewer's, and "Q." is no initial of the subject of the sentence after it
            Assert.Equal(2, found.Count(f => f.Rule == "SpeakerLabel" && f.Source == "Q"));
            Assert.DoesNotContain(found, f => f.Source != null && f.Source.StartsWith("Q.", System.StringComparison.Ordinal));
            // the headline's one quotation over the interview is the interviewee's too
            Assert.Equal("Marta Kovac", ctx.AttributionOf(ctx.Document.Quotations.First())!.Speaker?.Display);
        }

        [Fact]
        public void TheTextLayerReadsAFullStopLabelAsAHeadingOfItsOwn()
        {
            Run("A headline", FullStopInterview, out var ctx);
            var turns = ctx.Document.Paragraphs.Where(p => p.TurnLabel != '\0').ToArray();
            Assert.Equal("QAQA", new string(turns.Select(p => p.TurnLabel).ToArray()));
            Assert.All(turns, p => Assert.Equal(1, p.TurnWords));
            Assert.All(turns, p => Assert.Equal((0, 1), p.Sentences[0]));
        }

        [Theory]
        // an initial that opens a paragraph, with no interview around it
        [InlineData("A. Smith said the bridge would reopen in May.\n\nThe council agreed.")]
        // labels that do not alternate from a question on are no interview's turns
        [InlineData("A. Smith said the bridge would reopen in May.\n\nQ. Jones said it would not.")]
        [InlineData("Q. Jones said the ferry would run.\n\nQ. Ortiz said it would not.\n\nA. Smith agreed.")]
        public void AnInitialThatOpensAParagraphIsNoLabel(string body)
        {
            var found = Run("Bridge News", body, out var ctx);
            Assert.All(ctx.Document.Paragraphs, p => Assert.Equal('\0', p.TurnLabel));
            Assert.DoesNotContain(found, f => f.Rule == "SpeakerLabel" || f.Rule == "InterviewAnswer");
            var first = Assert.Single(found, f => f.Content.StartsWith("the bridge", System.StringComparison.Ordinal) || f.Content.StartsWith("the ferry", System.StringComparison.Ordinal));
            Assert.StartsWith(body.Substring(0, 2), first.Source);
        }

        [Theory]
        [InlineData("Lena Ortiz became mayor of Kestrel in May. She spoke to The Kestrel Courier at the port on Monday.", "Lena Ortiz")]
        [InlineData("Piet Marsh, 58, has run the harbour for a decade. Since then he has closed it twice. He talked with Harbour Radio before the vote.", "Piet Marsh")]
        public void APronounWhoSpokeToAnOutletIsThePersonNamedBefore(string intro, string interviewee)
        {
            var found = Run("Bridge Questions", intro + "\n\nQ: When will the bridge reopen?\n\nA: In May.", out _, new InterviewAnswer());
            Assert.Equal(interviewee, Assert.Single(found).Record.Speaker?.Display);
        }

        [Theory]
        // two people named in full before the pronoun: it may be either's
        [InlineData("Lena Ortiz hired Piet Marsh in May. Piet Marsh ran the port. She spoke to The Kestrel Courier on Monday.")]
        // "they" is no one person
        [InlineData("Lena Ortiz became mayor of Kestrel in May. They spoke to The Kestrel Courier on Monday.")]
        public void APronounWithNoOnePersonBeforeItNamesNoInterviewee(string intro)
        {
            var found = Run("Bridge Questions", intro + "\n\nQ: When will the bridge reopen?\n\nA: In May.", out _, new InterviewAnswer());
            Assert.Empty(found);
        }

        [Fact]
        public void TheOtherSideInAnAnswerIsNotTheIntervieweesSide()
        {
            // "… and the other side tells us afterwards that …": the interviewee reports the other party; that report takes
            // neither the answer's side nor the last speaker's
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg, 52, has led the Interior Ministry since spring. She spoke to The Border Weekly on Monday.",
                "Q. Why is the border still closed?",
                "A. Because trust is gone. A border cannot stay open when one side shells the posts and the other side tells us afterwards that it was regrettable.");
            var answer = Assert.Single(corpus.Claims, c => c.Rule == "InterviewAnswer");
            Assert.Equal("Northland", answer.Party);
            var report = Assert.Single(corpus.Claims, c => c.Rule != "InterviewAnswer" && c.Text.StartsWith("A border cannot"));
            Assert.Null(report.Party);
        }

        [Fact]
        public void AFullStopAnswerThatCannotExplainTheShellingAsAnAccidentCallsItDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg, 52, has led the Interior Ministry since spring. She spoke to The Border Weekly on Monday.",
                "Q. Was the shelling deliberate?",
                "A. I will not speculate. I will only say that the facts are very difficult to explain as an accident.");
            var answers = corpus.Claims.Where(c => c.Rule == "InterviewAnswer").ToArray();
            var answer = Assert.Single(answers, c => c.Question == "deliberate");
            Assert.Equal("Northland", answer.Party);
            Assert.Equal("Deliberate", answer.Position);
            Assert.DoesNotContain(corpus.Claims, c => c.Position == "Not deliberate");
        }
    }
}
