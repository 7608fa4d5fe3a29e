using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SignedPost: an embedded post, its words then "— Name (@handle) Month D, YYYY", is the poster's statement (texts of its own).</summary>
    public class SignedPostTests
    {
        [Theory]
        [InlineData("The harbour board met on Monday.\n\nThe ferry is back on the water and the pier is open again. — Ada Lund (@adalund) October 9, 2024\n\nThe board voted later.",
            "Ada Lund", "The ferry is back on the water and the pier is open again.")]
        // the link to the post's picture is no part of its words
        [InlineData("Crowds gathered at the pier.\n\nQueues at the pier this morning for the first sailing pic.example.com/Xy12ab — Harwick Ferry Users (@harwickferry) December 30, 2024",
            "Harwick Ferry Users", "Queues at the pier this morning for the first sailing")]
        // the markup of the embed around it
        [InlineData("Crowds gathered at the pier.\n\n<post id=\"12345\" author=\"@adalund\">We sail at noon tomorrow, weather permitting. — Ada Lund (@adalund) March 4, 2024</post>.",
            "Ada Lund", "We sail at noon tomorrow, weather permitting.")]
        // no date after the handle
        [InlineData("Crowds gathered at the pier.\n\nWe sail at noon tomorrow. — Ada Lund (@adalund)",
            "Ada Lund", "We sail at noon tomorrow.")]
        public void ThePostsWordsAreThePosters(string body, string poster, string content)
        {
            var found = Run(body, new SignedPost());
            var f = Assert.Single(found);
            Assert.Equal("SignedPost", f.Rule);
            Assert.Equal(poster, f.Source);
            Assert.Equal(content, f.Content);
            Assert.Null(f.Cue);
            Assert.Equal(IncidentTools.AttributionKind.Indirect, f.Kind);
            Assert.Equal(poster, f.Record.Speaker?.Display);
        }

        [Fact]
        public void AnOpenQuotationInThePostIsThePosters()
        {
            var found = Run("Crowds gathered at the pier.\n\nThe harbour master is wearing a cap that says \"FERRY FIRST\" today. — Ada Lund (@adalund) October 9, 2024", out var ctx, new SignedPost());
            var f = Assert.Single(found);
            Assert.Equal(IncidentTools.AttributionKind.Mixed, f.Kind);
            var q = ctx.Document.Quotations.Single();
            Assert.Equal("Ada Lund", ctx.AttributionOf(q)!.Speaker?.Display);
        }

        [Fact]
        public void AQuotationWithItsOwnSpeakerInThePostStaysTheirs()
        {
            ReportedSpeechText.Run("Crowds gathered at the pier.\n\n\"We sail at noon,\" Tomas Reyes said at the pier. — Ada Lund (@adalund) October 9, 2024", out var ctx);
            var q = ctx.Document.Quotations.Single();
            Assert.Equal("Tomas Reyes", ctx.AttributionOf(q)!.Speaker?.Display);
            Assert.Contains(ctx.Found, f => f.Rule == "SignedPost" && f.Speaker?.Display == "Ada Lund");
        }

        [Fact]
        public void AQuotationSignedInThePostIsNotThePosters()
        {
            var found = Run("Crowds gathered at the pier.\n\n\"We sail at noon!\" – Tomas Reyes http://example.com/x12 — Harwick Ferry Users (@harwickferry) October 9, 2024", out var ctx, new SignedPost());
            Assert.Equal("Harwick Ferry Users", Assert.Single(found).Source);
            Assert.Null(ctx.AttributionOf(ctx.Document.Quotations.Single()));
        }

        [Theory]
        // a signature-like line with no handle: a quotation's signature, or a byline, not a post
        [InlineData("The ferry is back on the water. — Ada Lund, October 9, 2024")]
        [InlineData("The ferry is back on the water. — Ada Lund October 9, 2024")]
        // a handle in the middle of a sentence
        [InlineData("Ada Lund (@adalund) said on Monday that the ferry is back on the water.")]
        // the handle's line goes on with words after the date
        [InlineData("The ferry is back on the water. — Ada Lund (@adalund) October 9, 2024 and the pier reopens.")]
        // a pronoun is no signature
        [InlineData("The ferry is back on the water. — she (@adalund) October 9, 2024")]
        // nothing before the signature
        [InlineData("— Ada Lund (@adalund) October 9, 2024")]
        public void NoSignedPostNoAttribution(string line) =>
            Assert.Empty(Run("Crowds gathered at the pier.\n\n" + line, new SignedPost()));
    }
}
