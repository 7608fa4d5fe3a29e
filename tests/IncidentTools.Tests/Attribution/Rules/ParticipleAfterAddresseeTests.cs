using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// ParticipleCue with no comma before the participle: right after the people the subject addresses ("emailed donors
    /// saying: “…”", "sent a letter to residents saying: “…”"), the participle goes on with the subject's words.
    /// </summary>
    public class ParticipleAfterAddresseeTests
    {
        [Theory]
        [InlineData("Mayor Ada Lund emailed supporters saying: “We will rebuild the pier before summer.”", "Mayor Ada Lund")]
        [InlineData("The union emailed its members saying, “The strike starts at dawn.”", "The union")]
        [InlineData("Her office sent a letter to residents saying: “The ferry will run again in May.”", "Her office")]
        public void TheSubjectSaidIt(string body, string mention)
        {
            var a = Of(RunRules(body, new ParticipleCue()), "")!;
            Assert.Equal("ParticipleCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("saying", a.CueWords!.Text);
        }

        [Theory]
        // people who are no addressees of a verb of speech: they may be the ones saying it
        [InlineData("The film follows the harbour's fishermen saying: “We have nothing left.”")]
        [InlineData("The report quotes the divers asking, “Who checked the pier?”")]
        // one person after the verb, not the people addressed
        [InlineData("Mayor Ada Lund emailed a volunteer saying: “We will rebuild the pier before summer.”")]
        // "to" after no document: the people are where the subject went
        [InlineData("Mayor Ada Lund went to the fishermen saying: “We will rebuild the pier.”")]
        public void NoAddresseeNoSpeaker(string body) => Assert.Empty(RunRules(body, new ParticipleCue()).Found);
    }
}
