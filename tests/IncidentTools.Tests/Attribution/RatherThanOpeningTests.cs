using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Rather than accept defeat, however, the drummer returns to his kit, answering …": "Rather" that opens a sentence is
    /// the adverb of "rather than", never the start of a speaker's name: a capitalised word right before "than" opens a
    /// comparison. Not a lead of quantity ("More than 100 residents said …"), nor the surname "Rather" after a given name or
    /// later on its own ("Dan Rather said …", "Rather also said …").
    /// </summary>
    public class RatherThanOpeningTests
    {
        [Fact]
        public void RatherThatOpensASentenceIsNoSpeaker()
        {
            var claims = Attributions("The drummer loses the solo. Rather than accept defeat, however, the musician returns to his kit, answering the betrayal his own way.");
            Assert.DoesNotContain(claims, a => a.Source == "Rather" || a.Speaker == "Rather");
        }

        [Fact]
        public void NotALeadOfQuantity()
        {
            var claims = Attributions("More than 100 residents said the pier was unsafe.");
            Assert.Equal("100 residents", Assert.Single(claims, a => a.Cue == "said").Speaker);
        }

        [Fact]
        public void NotTheSurnameAfterAGivenName()
        {
            var claims = Attributions("Dan Rather said the pier would stay closed.\n\nRather also said the ferry was unsafe.");
            Assert.Equal("Dan Rather", Assert.Single(claims, a => a.Content == "the pier would stay closed").Speaker);
            Assert.Equal("Dan Rather", Assert.Single(claims, a => a.Content == "the ferry was unsafe").Speaker);
        }
    }
}
