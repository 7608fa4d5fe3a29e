using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// OwnedStatement with a country's side as the owner: "the" and a country's adjective (countries.txt) before a noun of
    /// saying, then "that" and a clause ("dismissed the Danish suggestion that …"), report the clause as that country's,
    /// wherever the noun phrase stands, an object of another speaker's verb too. Texts of the tests' own.
    /// </summary>
    public class OwnedStatementSideTests
    {
        private static List<IncidentAttribution> Owned(string body) =>
            Attributions(body).Where(a => a.Rule == nameof(OwnedStatement)).ToList();

        [Theory]
        // as the object of another speaker's verb: what the speaker does with it is the speaker's own report
        [InlineData("The harbour board dismissed the Danish suggestion that the ferry had left early.", "suggestion")]
        // after a preposition, and a noun of saying that explains
        [InlineData("The minister then turned to the Danish explanation that the ferry had left early.", "explanation")]
        // as the sentence's subject
        [InlineData("The Danish claim that the ferry had left early surprised the harbour board.", "claim")]
        public void ACountrysAdjectiveOwnsTheNounOfSaying(string body, string cue)
        {
            var a = Assert.Single(Owned(body));
            Assert.Equal("Danish", a.Source);
            Assert.Equal(cue, a.Cue);
            Assert.Equal("Denmark", a.Speaker);
            Assert.StartsWith("the ferry had left early", a.Content);
        }

        [Theory]
        // near misses: one suggestion of many ("a"), the country's people in the plural, a thing that is no noun of saying
        [InlineData("The harbour board dismissed a Danish suggestion that the ferry had left early.")]
        [InlineData("The harbour board dismissed the Danes suggestion that the ferry had left early.")]
        [InlineData("The harbour board inspected the Danish ferry that had left early.")]
        public void NoCountrysAdjectiveOwnsNothing(string body) => Assert.Empty(Owned(body));
    }
}
