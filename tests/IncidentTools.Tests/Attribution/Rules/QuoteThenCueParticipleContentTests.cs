using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// “…,” X said, adding that … “…”: the quotation after the participle of speech is the same speaker's, but its words are the
    /// participle's content, not a second half of the quotation before the cue; the claim of the quotation before the cue ends
    /// with that quotation. A split quotation (“…,” X said, “…”) and a participle that quotes its words as said (“…,” X said,
    /// adding, “…”) still join the two halves. Texts written for these tests.
    /// </summary>
    public class QuoteThenCueParticipleContentTests
    {
        [Theory]
        [InlineData("The upkeep of the pier was once \"high\", Lord Amble added, saying there had been a \"decline\" since the storm.",
            "added", "high", "saying", "there had been a \"decline\" since the storm")]
        [InlineData("“The pier is safe,” Mayor Ada Lund said, adding that the repairs were “nearly done.”",
            "said", "The pier is safe,", "adding", "the repairs were “nearly done.”")]
        public void TheQuotationBeforeTheCueEndsItsClaim(string body, string cue, string content, string participle, string participleContent)
        {
            var all = Attributions(body);
            var quoted = Assert.Single(all, a => a.Cue == cue);
            Assert.Equal("QuoteThenCue", quoted.Rule);
            Assert.Equal(content, quoted.Content);
            var reported = Assert.Single(all, a => a.Cue == participle);
            Assert.Equal("Participial", reported.Rule);
            Assert.Equal(participleContent, reported.Content);
            Assert.Equal(quoted.Speaker, reported.Speaker);
        }

        [Theory]
        [InlineData("“The pier is safe,” Mayor Ada Lund said, “and the repairs are nearly done.”",
            "The pier is safe,” Mayor Ada Lund said, “and the repairs are nearly done.")]
        [InlineData("“The pier is safe,” Mayor Ada Lund said, adding, “The repairs are nearly done.”",
            "The pier is safe,” Mayor Ada Lund said, adding, “The repairs are nearly done.")]
        public void ASplitQuotationStillJoins(string body, string content)
        {
            var quoted = Assert.Single(Attributions(body), a => a.Cue == "said");
            Assert.Equal(content, quoted.Content);
        }
    }
}
