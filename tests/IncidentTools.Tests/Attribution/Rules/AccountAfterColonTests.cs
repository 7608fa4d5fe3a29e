using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The AccountAfterColon rule: "have offered a different version: that …" reports the clause after the colon as the subject's account (texts of its own).</summary>
    public class AccountAfterColonTests
    {
        [Fact]
        public void AVersionOfferedBeforeAColonIsTheSubjectsAccount()
        {
            var records = Attributions("Harbour officials, speaking without being named, have offered a different version: that the ferry was sent out before the storm warning.");
            var account = Assert.Single(records, a => a.Rule == "AccountAfterColon");
            Assert.Equal("Harbour officials", account.Source);
            Assert.Equal("version", account.Cue);
            Assert.Equal("the ferry was sent out before the storm warning", account.Content);
        }

        [Fact]
        public void AnAccountOwnedByTheSubjectStandsEvenWhenTheVerbIsNegated()
        {
            // "never moved from its account" keeps to the account: the clause is still the union's
            var records = Attributions("The harbour union has never moved from its own account: that the crane was never inspected.");
            var account = Assert.Single(records, a => a.Rule == "AccountAfterColon");
            Assert.Equal("account", account.Cue);
            Assert.Equal("The harbour union", account.Source);
            Assert.Equal("the crane was never inspected", account.Content);
        }

        [Fact]
        public void AClauseWithNoThatAfterTheColon()
        {
            var account = Assert.Single(Attributions("Port managers have given their version: the pilot boat was sent out an hour late."), a => a.Rule == "AccountAfterColon");
            Assert.Equal("the pilot boat was sent out an hour late", account.Content);
        }

        [Theory]
        // a verb of denial: the version is another's, named to be rejected
        [InlineData("The harbour union has rejected a different version: that the ferry was sent out before the storm warning.")]
        [InlineData("The harbour union disputed their version: that the ferry was sent out before the storm warning.")]
        // an indefinite version under a negation: not given, or not accepted
        [InlineData("Harbour officials have not offered a different version: that the ferry was sent out before the storm warning.")]
        [InlineData("The harbour union has never accepted a different version: that the ferry was sent out before the storm warning.")]
        // a question
        [InlineData("Have harbour officials offered a different version: that the ferry was sent out before the storm warning?")]
        // no clause after the colon: a list, not an account
        [InlineData("The harbour board published its account: a timeline of calls and a map of the berths.")]
        // a noun of words said is no account of events
        [InlineData("The harbour master chose his words: the ferry was sent out before the storm warning.")]
        public void NoAccountAttributed(string text) =>
            Assert.DoesNotContain(Attributions(text), a => a.Rule == "AccountAfterColon");
    }
}
