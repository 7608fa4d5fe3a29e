using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>OwnedWordsAre: a quotation that is, or is in the that-clause of, the complement of a possessed noun of saying or of words.</summary>
    public class OwnedWordsAreTests
    {
        [Theory]
        [InlineData("Ada Lund’s campaign slogan is “Fix the pier first.”", "Fix the pier", "Ada Lund", "slogan")]
        [InlineData("But Lund’s most serious claim is that the harbour board is a “closed club” of old friends.", "closed club", "Lund", "claim")]
        [InlineData("Reyes’s favourite phrase in that race against Lund was that she “never listens to the fishermen.”", "never listens", "Reyes", "phrase")]
        [InlineData("Her promise at every meeting was that the ferry would be “back by May.”", "back by May", "Her", "promise")]
        // a noun of answering, and a described owner
        [InlineData("The harbour master’s answer was that “the pier is the town's heart,” so the council should pay.", "the pier is", "The harbour master", "answer")]
        public void TheOwnerOfTheWordsSaidThem(string body, string quote, string mention, string cue)
        {
            var a = Of(RunRules(body, new OwnedWordsAre()), quote)!;
            Assert.Equal("OwnedWordsAre", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        // the noun has a clause of its own: what the sentence says of it is the writer's
        [InlineData("Lund’s claim that the pier is safe is “simply not true.”")]
        // someone else reports it
        [InlineData("Reyes said Lund’s slogan was “Fix the pier first.”")]
        [InlineData("Lund’s slogan was “Fix the pier first,” Reyes said.")]
        // a reporting verb inside the clause reports another's words
        [InlineData("Lund’s claim was that Reyes said the pier was “unsafe.”")]
        // no noun of saying or of words, no owner, or a verb between the noun and "was"
        [InlineData("Lund’s plan was that the ferry would be “back by May.”")]
        [InlineData("The slogan was “Fix the pier first.”")]
        [InlineData("Lund’s slogan, which she painted herself, was “Fix the pier first.”")]
        // a clause cut by a semicolon
        [InlineData("Lund’s claim was rejected; the board is “unsafe.”")]
        public void NoOwnedWordsNoSpeaker(string body) => Assert.Empty(RunRules(body, new OwnedWordsAre()).Found);

        [Fact]
        public void TheQuoteShowsTheOwner()
        {
            var quotes = Quotes("Ada Lund runs for mayor.\n\nLund’s slogan in that race is “Fix the pier first.”");
            var q = Q(quotes, "Fix the pier");
            Assert.Equal("OwnedWordsAre", q.Rule);
            Assert.Equal("Ada Lund", q.Speaker);
        }
    }
}
