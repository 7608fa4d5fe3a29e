using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix84b: "One of them said …" read back from its verb (the subject of reported speech, not only of a quotation's cue), also
    /// with a participle's phrase set off by commas before the verb ("One of them, speaking on condition of anonymity, called it
    /// …") and with a verb of naming, for which one member of a group is a source as "he" is. A "he" right after such a sentence
    /// is that member, of the group's side, not a person named paragraphs before. Texts and sides of the tests' own.
    /// </summary>
    public class OneOfThemAsideTests
    {
        private const string Before = "MALMO, May 3 - A spokesman for the Swedish Coast Guard said in Malmo that the lane had been clear. \"We will be ready,\" he said.\n\n";

        [Theory]
        [InlineData("Danish officials rejected that view. One of them said the radio had been silent all night.", "said", "the radio had been silent all night")]
        [InlineData("Danish officials rejected that view. One of them, speaking on condition of anonymity, said the radio had been silent.", "said", "the radio had been silent")]
        [InlineData("Danish officials rejected that view. One of them, speaking without being named, called it a fable.", "called", "it a fable")]
        [InlineData("Danish officials rejected that view. One of them called it a fable.", "called", "it a fable")]
        public void OneOfThemIsTheSubjectOfReportedSpeech(string body, string cue, string content)
        {
            var f = ByCue(Run(body, new CueThenContent()), cue);
            Assert.Equal("One of them", f.Source);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void TheHeAfterOneOfThemIsThatMemberNotTheSpeakerOfAnEarlierParagraph()
        {
            var quotes = QuoteTestText.Quotes("Ferry lane dispute", Before +
                "Danish officials rejected that view. One of them, speaking on condition of anonymity, called it a fable. \"Why did nobody answer the radio?\" he asked.\n",
                TestSides.SwedenAndDenmark);
            var q = QuoteTestText.Q(quotes, "Why did nobody answer");
            Assert.Equal("one of the Danish officials", q.Speaker);
            Assert.Equal("Denmark", q.Party);
        }

        [Fact]
        public void AnAsideWithoutAVerbOfSayingAfterItStaysNoSource()
        {
            // the near case: the participle's phrase and no reporting verb after it
            Assert.DoesNotContain(Run("Danish officials rejected that view. One of them, speaking on condition of anonymity, went home early.", new CueThenContent()),
                f => f.Source == "One of them");
        }
    }
}
