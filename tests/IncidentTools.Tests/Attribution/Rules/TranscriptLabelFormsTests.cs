using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Transcript labels that describe the speaker ("SENIOR INTERIOR MINISTRY OFFICIAL:", a background briefing's) and interview
    /// labels spelled out ("Question:", "Answer:"), with their near misses (texts of its own).
    /// </summary>
    public class TranscriptLabelFormsTests
    {
        private static readonly string[] Briefing =
        {
            "MODERATOR: Thanks for joining us. Our briefer today is a senior official of the ministry, on background.",
            "SENIOR INTERIOR MINISTRY OFFICIAL: Thanks. Southland fired first, and we have said so from the first day.",
            "QUESTION: Will there be an inquiry?",
            "SENIOR INTERIOR MINISTRY OFFICIAL: There will be one, and I expect it to report by the summer.",
        };

        [Fact]
        public void ADescriptionLabelIsTheSpeakerAndItsWordsNameTheSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Briefing);
            var lines = corpus.Claims.Where(c => c.Rule == "SpeakerLabel" && c.Source == "SENIOR INTERIOR MINISTRY OFFICIAL").ToArray();
            Assert.Equal(2, lines.Length);
            Assert.All(lines, c => Assert.Equal("Northland", c.Party));
            Assert.Contains(lines, c => c.Question == "first-shot" && c.Position == "Southland fired first");
            // the one who asks is the press: no side, no position
            var question = Assert.Single(corpus.Claims, c => c.Rule == "SpeakerLabel" && c.Source == "QUESTION");
            Assert.Null(question.Party);
            Assert.Null(question.Position);
        }

        [Fact]
        public void TheQuestionLabelSpelledOutIsTheInterviewer()
        {
            var found = Run("Briefing on the pass", string.Join("\n\n", Briefing), out _);
            var question = Assert.Single(found, f => f.Source == "QUESTION");
            Assert.Equal(IncidentTools.Attribution.MentionKind.Description, question.Record.Source!.Kind);
            Assert.Equal("interviewer", question.Record.Source.Head);
        }

        [Theory]
        // a description in capitals once, as a heading over the writer's text, is no speaker's label
        [InlineData("SENIOR INTERIOR MINISTRY OFFICIAL: The ministry's man in the north has kept his post for ten years.\n\nThe council met on Monday.")]
        // the same label twice, but over more capitals: headings, not a speaker's sentences
        [InlineData("SENIOR INTERIOR MINISTRY OFFICIAL: NO COMMENT\n\nThe council met on Monday.\n\nSENIOR INTERIOR MINISTRY OFFICIAL: NO REPLY")]
        // capitals that end in no speaker noun
        [InlineData("NORTHERN PASS ROAD CLOSURES: The road is shut until May.\n\nNORTHERN PASS ROAD CLOSURES: The tunnel is shut too.")]
        public void ADescriptionInCapitalsThatIsNoTurnIsNoLabel(string body)
        {
            var found = Run("Notes from the pass", body, out _);
            Assert.DoesNotContain(found, f => f.Rule == "SpeakerLabel");
        }

        private const string SpelledOutInterview =
            "Jo Reyes, the envoy for fisheries, came to Lisbon at the end of May hoping to restart the talks. " +
            "Before her departure she spoke to our Lisbon editor.\n\n" +
            "Question: What went wrong?\n\n" +
            "Answer: I don't think anything went wrong. We will come back, and the talks will go on.\n\n" +
            "Question: When?\n\n" +
            "Answer: After the summer, I hope.";

        [Fact]
        public void SpelledOutLabelsAreTurnsAndTheHeadlineQuoteIsTheAnswerers()
        {
            var found = Run("‘We will come back’", SpelledOutInterview, out var ctx);
            Assert.Equal("QAQA", new string(ctx.Document.Paragraphs.Where(p => p.TurnLabel != '\0').Select(p => p.TurnLabel).ToArray()));
            var answers = found.Where(f => f.Rule == "InterviewAnswer" && f.Source == "A").ToArray();
            Assert.Equal(2, answers.Length);
            Assert.All(answers, f => Assert.Equal("Jo Reyes", f.Record.Speaker?.Display));
            Assert.Equal("After the summer, I hope", answers[1].Content);
            Assert.Equal("Jo Reyes", ctx.AttributionOf(ctx.Document.Quotations.First())!.Speaker?.Display);
        }

        [Theory]
        [InlineData("Jo Reyes came to Lisbon on Monday. She spoke to this newspaper before the talks.")]
        [InlineData("Jo Reyes came to Lisbon on Monday. After her visit she spoke to our correspondent.")]
        // a role in capitals set off after the name is no other person's name
        [InlineData("Jo Reyes, the Special Envoy for Trade and Fisheries, came to Lisbon on Monday. She left without a deal. Before her departure she spoke to our Lisbon editor.")]
        public void OneWhoSpokeToTheOutletsOwnPeopleIsInterviewed(string intro)
        {
            var found = Run("Talks in Lisbon", intro + "\n\nQuestion: When will the talks end?\n\nAnswer: In May.", out _, new InterviewAnswer());
            Assert.Equal("Jo Reyes", Assert.Single(found).Record.Speaker?.Display);
        }

        [Theory]
        // "our" before no person of the outlet's
        [InlineData("Jo Reyes came to Lisbon on Monday. She spoke to our neighbours about the talks.")]
        // the outlet's own people after no determiner of its own
        [InlineData("Jo Reyes came to Lisbon on Monday. She spoke to a correspondent about the talks.")]
        // another person named in full before the pronoun, outside the name's apposition: either may be meant
        [InlineData("Jo Reyes, the envoy, met Piet Marsh in Lisbon on Monday. Before her departure she spoke to our Lisbon editor.")]
        public void SpeakingToOthersNamesNoInterviewee(string intro)
        {
            var found = Run("Talks in Lisbon", intro + "\n\nQuestion: When will the talks end?\n\nAnswer: In May.", out _, new InterviewAnswer());
            Assert.Empty(found);
        }

        [Fact]
        public void QuestionsAsHeadingsOfAnExplainerGiveNoSpeaker()
        {
            var body =
                "The bridge over the Kestrel has been shut since March. Here is what we know.\n\n" +
                "Question: Why was the bridge shut?\n\n" +
                "Divers found cracks in two of its cables in March, and the council closed it the same day.\n\n" +
                "Question: When will it reopen?\n\n" +
                "Not before May, the council says.";
            var found = Run("The Kestrel bridge, explained", body, out _);
            Assert.DoesNotContain(found, f => f.Rule == "SpeakerLabel" || f.Rule == "InterviewAnswer");
        }
    }
}
