using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "cry out" (reporting-verbs.txt, a phrasal cue of manner) after a quotation attributes it, as "shot back" does
    /// ("“No!” the crowd cried out"); before a quotation it is a deed, not the words that follow.
    /// </summary>
    public class CriedOutAfterQuoteTests
    {
        [Theory]
        [InlineData("“Do we give up on the pier?” Mayor Ada Lund asked.\n\n“Nooooo!” the crowd cried out, booing.", "Nooooo", "crowd")]
        [InlineData("“Save the pier!” Ben Ortiz cried out.", "Save the pier", "Ben Ortiz")]
        public void TheOneWhoCriedOutSaidIt(string body, string quoteStart, string speaker) =>
            Assert.Equal(speaker, Q(Quotes(body), quoteStart).Speaker);

        [Fact]
        public void CryingOutBeforeAQuotationIsNoCueOfIt() =>
            Assert.Null(Q(Quotes("The swimmers cried out for help as the “rogue wave” hit the pier."), "rogue wave").Speaker);
    }
}
