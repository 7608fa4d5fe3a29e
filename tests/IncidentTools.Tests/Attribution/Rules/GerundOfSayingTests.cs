using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>GerundOfSaying: a participle of saying after "of", "in" or "for" that ends the subject's verb phrase reports the subject's words.</summary>
    public class GerundOfSayingTests
    {
        [Theory]
        [InlineData("And Ada Lund made a point of saying the old pier “was a place of calm and trade.”", "was a place", "Ada Lund")]
        [InlineData("Tom Reyes clearly erred in saying that the “90 percent” figure came from the harbour board.", "90 percent", "Tom Reyes")]
        [InlineData("The harbour master is fond of saying, “A ferry late is a ferry lost.”", "A ferry late", "harbour master")]
        [InlineData("Ada Lund was criticised for saying the pier was “beyond repair.”", "beyond repair", "Ada Lund")]
        public void TheSubjectSaysIt(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal("GerundOfSaying", q.Rule);
            Assert.Contains(speaker, q.SpeakerMention);
        }

        [Fact]
        public void TheCueIsThePrepositionAndTheParticiple()
        {
            var a = Of(RunRules("Tom Reyes made a point of saying the pier “was safe.”", new GerundOfSaying()), "was safe")!;
            Assert.Equal("Tom Reyes", a.Source!.Text);
            Assert.Equal("of saying", a.CueWords!.Text);
        }

        [Theory]
        // someone else between the verb and the preposition speaks (the object), a verb that is no saying, a sentence break,
        // a clause of its own subject between the participle and the quotation
        [InlineData("Tom Reyes accused Ada Lund of saying the pier was “beyond repair.”")]
        [InlineData("Tom Reyes praised the mayor for saying the pier was “beyond repair.”")]
        [InlineData("Tom Reyes accused her of saying the pier was “beyond repair.”")]
        [InlineData("Tom Reyes blamed the press for repeating that the pier was “beyond repair.”")]
        [InlineData("Tom Reyes is fond of repeating Ada Lund's warning that the pier was “beyond repair.”")]
        [InlineData("Tom Reyes made a point of sailing to the island, where the sign read “Welcome home.”")]
        [InlineData("Tom Reyes made a point of saying nothing. “The pier is beyond repair.”")]
        public void OtherwiseTheRuleLeavesTheQuotation(string body) =>
            Assert.Empty(RunRules(body, new GerundOfSaying()).Found);
    }
}
