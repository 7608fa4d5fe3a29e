using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// OwnedStatement with the owner after "of": "the contention of the harbour officials that …" reports the clause as the
    /// owner's wherever the noun phrase stands, the object of another speaker's verb too, as a country's side named by its
    /// adjective is read. Texts of the tests' own.
    /// </summary>
    public class OwnedStatementOfOwnerTests
    {
        private static List<IncidentAttribution> Owned(string body) =>
            Attributions(body).Where(a => a.Rule == nameof(OwnedStatement)).ToList();

        [Theory]
        // as the object of another speaker's verb: the clause is the owner's; the rejection stays the speaker's own report
        [InlineData("The mayor rejected the contention of the harbour officials that the ferry had left early.", "contention", "the harbour officials")]
        [InlineData("His remarks support the claim of former mayor Ada Lund that the ferry had left early.", "claim", "former mayor Ada Lund")]
        // an "of" inside the owner's own words is passed over
        [InlineData("The union disputed the assertion of the head of the port authority that the ferry had left early.", "assertion", "the head")]
        public void AnOwnerAfterOfOwnsTheNounOfSaying(string body, string cue, string source)
        {
            var a = Assert.Single(Owned(body));
            Assert.Equal(source, a.Source);
            Assert.Equal(cue, a.Cue);
            Assert.StartsWith("the ferry had left early", a.Content);
        }

        [Theory]
        // near misses: a noun that is no noun of saying, a complement that names no speaker, a relative clause on the noun
        [InlineData("The mayor inspected the ferry of the harbour officials that had left early.")]
        [InlineData("The mayor rejected the claim of responsibility that was posted online.")]
        [InlineData("The mayor rejected the version of events that the harbour officials gave.")]
        public void NoSpeakerAfterOfOwnsNothing(string body) => Assert.Empty(Owned(body));
    }
}
