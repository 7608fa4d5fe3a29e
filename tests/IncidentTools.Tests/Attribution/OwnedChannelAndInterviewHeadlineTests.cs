using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person's channel speaking for its owner ("her Twitter account posted:"), a participle of saying after an opening clause
    /// written without its comma, and the interviewee of a Q&amp;A introduced by a descriptive title under a headline line in
    /// sentence case (texts of its own).
    /// </summary>
    public class OwnedChannelAndInterviewHeadlineTests
    {
        [Theory]
        [InlineData("Ann Cole stayed away from the hearing. Instead, her Twitter account posted: “We will not back down from this fight.”", "her Twitter account")]
        [InlineData("Ann Cole stayed away from the hearing. Her Facebook page said: “We will not back down from this fight.”", "Her Facebook page")]
        public void APersonsAccountSpeaksForItsOwner(string body, string source)
        {
            var found = Run(body);
            var quote = Assert.Single(found, f => f.Content.StartsWith("We will not"));
            Assert.Equal(source, quote.Source);
            Assert.Equal("Ann Cole", quote.Record.Speaker?.Display);
        }

        [Fact]
        public void AnAccountWithNoPersonsPossessiveIsNoOwnersWords()
        {
            var found = Run("Ann Cole stayed away from the hearing. Instead, the Twitter account posted: “We will not back down from this fight.”");
            Assert.DoesNotContain(found, f => f.Record.Speaker?.Display == "Ann Cole" && f.Content.StartsWith("We will not"));
        }

        [Theory]
        [InlineData("Ann Cole was away for a week. When she returned she began by saying, “This is a day I never thought I would see.”")]
        [InlineData("Ann Cole was away for a week. After she landed she opened by saying, “This is a day I never thought I would see.”")]
        public void AParticipleAfterAnOpeningClauseWithoutItsCommaIsTheMainSubjects(string body)
        {
            var quote = Assert.Single(Run(body), f => f.Content.StartsWith("This is a day"));
            Assert.Equal("ParticipleCue", quote.Rule);
            Assert.Equal("Ann Cole", quote.Record.Speaker?.Display);
        }

        [Fact]
        public void ASayingInsideTheOpeningClauseLeavesItsWordsAlone()
        {
            // the opening clause reports words of its own: the main clause is not read past it
            Assert.Equal(-1, IndexAfterOpening("When she said he would come he began by saying"));
            Assert.Equal(3, IndexAfterOpening("When she returned she began by saying"));
            Assert.Equal(0, IndexAfterOpening("When Cole returned she began by saying"));
        }

        private static int IndexAfterOpening(string sentence)
        {
            var found = Run(sentence + ", “The harbour stays open.”", out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            int s = p.Sentences[0].Start;
            int k = Clauses.AfterUncommaedSubordinate(p.Tokens, s, p.Tokens.Count);
            return k == s ? (p.Tokens[s + 2].Lower == "said" ? -1 : 0) : k - s;
        }

        private const string Answers =
            "Q: What did you find when you came home?\n\nA: The house was empty.\n\nQ: And then?\n\nA: Nobody came for a week.";

        private const string UnlabelledQuestions =
            "QWhat did you find when you came home?\n\nA: The house was empty.\n\nQThen the mayor stepped in.\n\nA: Nobody came for a week.";

        [Theory]
        [InlineData("Harbour debate hits home for actress Lena Ortiz.", "Actress Lena Ortiz has become a familiar face through her roles on the stage. But few knew her story.", "Lena Ortiz")]
        [InlineData("Ada Lund sees hope for harbour towns;\nFormer first lady Ada Lund wrote the foreword for a new book. She sat down this week to discuss it.", "", "Ada Lund")]
        public void AnIntervieweeIntroducedWithADescriptiveTitleUnderASentenceCaseHeadlineAnswers(string headline, string intro, string interviewee)
        {
            var found = Run(headline, (intro.Length > 0 ? intro + "\n\n" + Answers : UnlabelledQuestions), out _);
            var answers = found.Where(f => f.Source == "A").ToArray();
            Assert.Equal(2, answers.Length);
            Assert.All(answers, f => Assert.Equal("InterviewAnswer", f.Rule));
            Assert.All(answers, f => Assert.Equal(interviewee, f.Record.Speaker?.Display));
            // no question is labelled in the second text ("QLast …"): a paragraph between two answers may be the next question
            Assert.All(found.Where(f => f.Rule == "InterviewAnswer"), f => Assert.Equal("A", f.Source));
        }

        [Fact]
        public void AHeadlineThatNamesSomeoneElseNamesNoInterviewee()
        {
            var found = Run("Harbour debate hits home for the mayor.", "Actress Lena Ortiz has become a familiar face through her roles on the stage.\n\n" + Answers, out _);
            Assert.DoesNotContain(found, f => f.Rule == "InterviewAnswer");
        }
    }
}
