using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>IntroducedParagraph: "X writes:" ends a paragraph, and the paragraph after it, without marks, is X's words (texts of its own).</summary>
    public class IntroducedParagraphTests
    {
        [Theory]
        [InlineData("The harbour master kept a diary of the storm. Ada Lund writes:\n\nThe waves came over the pier at noon. By dusk the ferry had broken its moorings.\n\nThe diary was published in May.",
            "Ada Lund", "writes", "The waves came over the pier at noon. By dusk the ferry had broken its moorings.")]
        [InlineData("Reyes did not always favour the ferry. In a speech last July, he said:\n\nLet no one be mistaken: the ferry is a burden on the island, and it must go.",
            "he", "said", "Let no one be mistaken: the ferry is a burden on the island, and it must go.")]
        public void TheParagraphAfterTheIntroductionIsTheSubjects(string body, string source, string cue, string content)
        {
            var found = Run(body, new IntroducedParagraph());
            var f = Assert.Single(found);
            Assert.Equal("IntroducedParagraph", f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(IncidentTools.AttributionKind.Indirect, f.Kind);
        }

        [Fact]
        public void AnEmbeddedPostsMarkupIsNoPartOfIt()
        {
            var f = Assert.Single(Run("Ada Lund tweeted:\n\n<post post-author=\"@adalund\" post-date=\"October 9, 2024\">The ferry is back and nobody told us #harwick<post/>.", out var ctx, new IntroducedParagraph()));
            Assert.Equal("The ferry is back and nobody told us #harwick", f.Content);
            Assert.All(ctx.Document.Quotations, q => Assert.Null(ctx.AttributionOf(q)));
        }

        [Fact]
        public void OnlyTheNextParagraph()
        {
            var found = Run("The harbour master kept a diary. Ada Lund writes:\n\nThe waves came over the pier at noon.\n\nThe diary was published in May.", new IntroducedParagraph());
            Assert.DoesNotContain(found, f => f.Content.Contains("published"));
        }

        [Theory]
        // a colon before a list that is no speech
        [InlineData("The repairs come in three stages:\n\nThe pier is rebuilt first. The cranes come next.")]
        // the next paragraph opens with a quotation: ColonIntroduction's
        [InlineData("Ada Lund writes:\n\n“The waves came over the pier at noon.”")]
        // a labelled item of a list
        [InlineData("Lund said the areas where she wants changes include:\n\nFerry times: the first sailing is too late for the school.")]
        // the introduction's sentence holds a quotation
        [InlineData("Lund called the plan “a disgrace” and wrote:\n\nThe waves came over the pier at noon.")]
        // no statement after it: a heading
        [InlineData("Ada Lund writes:\n\nThe Night of the Storm")]
        // a new speaker introduced between: the paragraph after the colon is not the one after the introduction
        [InlineData("Ada Lund writes:\n\nTomas Reyes, the ferry's pilot, sees it differently.\n\nThe waves came over the pier at noon.")]
        public void NoIntroductionNoAttribution(string body) =>
            Assert.DoesNotContain(Run(body, new IntroducedParagraph()), f => f.Content.Contains("waves") || f.Content.Contains("pier is rebuilt") || f.Content.Contains("first sailing") || f.Content.Contains("Night"));
    }
}
