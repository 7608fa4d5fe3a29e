using System.Collections.Generic;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// speaker143: a person's name in the possessive before a missive that presents the next paragraph ("Here is a passage of
    /// Marta Ilves's statement:") makes the person its author, as "Marta Ilves issued a statement:" does, so that the "she" of
    /// a later paragraph stands for her; a body's name in the possessive stays a body. Sentences of the tests' own.
    /// </summary>
    public class PossessedStatementAuthorTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Harbour board apologises for quay closure", body, null);

        [Theory]
        [InlineData("Marta Ilves")]
        [InlineData("Mayor Marta Ilves")]
        public void APersonsPossessedStatementKeepsHerForTheNextShe(string owner)
        {
            var qs = Quotes($"Here is the main passage of {owner}'s statement, issued after her meeting with the fishermen:\n\n" +
                            "\"We closed the quay too early. We regret the losses the crews suffered.\"\n\n" +
                            "She added that the board was \"ready to pay for the lost catch.\"");
            Assert.Equal("Marta Ilves", QuoteTestText.Q(qs, "We closed the quay").Speaker);
            Assert.Equal("Marta Ilves", QuoteTestText.Q(qs, "ready to pay").Speaker);
        }

        [Fact]
        public void ABodysPossessedStatementStaysABody()
        {
            // the near miss: a body's name ("Foundation") in the possessive is no person, and no "she" stands for it
            var qs = Quotes("Here is the main passage of the Marta Ilves Foundation's statement:\n\n" +
                            "\"We closed the quay too early. We regret the losses the crews suffered.\"\n\n" +
                            "She added that the board was \"ready to pay for the lost catch.\"");
            Assert.NotEqual("Marta Ilves", QuoteTestText.Q(qs, "ready to pay").Speaker);
        }
    }
}
