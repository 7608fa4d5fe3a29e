using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A woman who was on the pier that night said …", "A woman who was on the pier, and who asked not to be named, said …":
    /// a described subject with a restrictive relative is the subject of the verb after it, also when the relative ends on a
    /// phrase of time opened by "that" ("that night" is no second relative) and when a second relative joined by "and" and
    /// set off by commas follows it. Without it, the sentence had no source, and the "she said" after it went to the
    /// speaker of the paragraph before.
    /// </summary>
    public class RelativeBeforeSubjectVerbTests
    {
        private const string Before = "The harbour master, Ada Lund, said the pier was safe. “We checked it twice,” she said.\n\n";

        [Theory]
        [InlineData("A woman who was on the pier that night said the planks had split.", "woman")]
        [InlineData("Officers who searched the harbour that week said the planks had split.", "Officers who searched the harbour that week")]
        [InlineData("A woman who was on the pier, and who asked not to be named, said the planks had split.", "woman who was on the pier")]
        [InlineData("A woman who was on the pier that night, and who asked that her name be withheld because she still works there, said the planks had split.", "woman")]
        public void TheDescribedSubjectReportsTheClause(string sentence, string speaker)
        {
            var a = Attributions(Before + sentence).Single(x => x.Content == "the planks had split");
            Assert.Equal("CueThenContent", a.Rule);
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("said", a.Cue);
        }

        [Fact]
        public void TheQuotationAfterItIsTheDescribedSpeakersNotTheEarlierOne()
        {
            // before: "she said" went to Ada Lund, the speaker of the paragraph before
            var q = Quotes(Before + "A woman who was on the pier that night, and who asked not to be named, said the planks had split. “We saw the gap and we reported it,” she said.");
            var quote = Q(q, "We saw the gap");
            Assert.Equal("woman", quote.Speaker);
            Assert.Equal("QuoteThenCue", quote.Rule);
        }

        [Theory]
        [InlineData("A lorry that was on the pier that night, and that the police later towed away, said the planks had split.")]
        [InlineData("A lorry that was on the pier that night said the planks had split.")]
        public void AThingWithTheSameRelativesReportsNothing(string sentence)
        {
            var records = Attributions(Before + sentence);
            Assert.DoesNotContain(records, x => x.Content == "the planks had split");
        }

        [Fact]
        public void AVerbAfterTheSecondRelativeJoinedByAndIsTheOuterSubjects()
        {
            var a = Attributions(Before + "Reporters spoke to a woman who was on the pier that night, and who asked not to be named, and said the planks had split.")
                .Single(x => x.Content == "the planks had split");
            Assert.Equal("Reporters", a.Speaker);
        }
    }
}
