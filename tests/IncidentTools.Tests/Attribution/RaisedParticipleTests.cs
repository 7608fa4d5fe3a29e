using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "a rock claimed to be a ‘thigh bone’", "a ledger said to have vanished": after a singular noun phrase with an article
    /// that names no person, group, institution or document, a past form of a reporting verb with no auxiliary before "to
    /// be" or "to have" is a passive participle that describes the thing; the thing is no speaker of the quotation. A person,
    /// a plural or a pronoun before the same words still speaks ("The mayor claimed to be “…”", "Both skippers vowed to be …").
    /// </summary>
    public class RaisedParticipleTests
    {
        [Fact]
        public void AThingClaimedToBeSomethingIsNoSpeaker()
        {
            var quotes = Quotes("The divers filmed the wreck, its mast and a rusted cannon claimed to be a ‘relic of the old fleet’ and a lamp.");
            Assert.Null(Q(quotes, "relic of the old fleet").Speaker);
        }

        [Fact]
        public void AThingSaidToHaveDoneSomethingReportsNothing()
        {
            Assert.Empty(ReportedSpeechText.Run("A ledger said to have vanished from the harbour office turned up in a drawer on Monday.", new CueThenContent()));
        }

        [Fact]
        public void APersonWhoClaimedToBeSomethingStillSpeaks()
        {
            var quotes = Quotes("Mayor Lena Ortiz opened the new pier on Monday. The mayor claimed to be “the first to cross it.”");
            Assert.Equal("Lena Ortiz", Q(quotes, "the first to cross it").Speaker);
        }

        [Fact]
        public void PeopleWhoVowedToBeTougherStillReport()
        {
            var f = Assert.Single(ReportedSpeechText.Run("Both skippers vowed to be tougher on late passengers this winter.", new CueThenContent()));
            Assert.Equal("vowed", f.Cue);
        }
    }
}
