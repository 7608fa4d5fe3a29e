using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A spokesman, Piet Lorca, said the fire chief had described the blaze as a "freak" and that the depot was "fully insured"":
    /// the inner report's content (an object, a phrase, a gerund) has no that-clause for "and that" to join, so the second
    /// that-clause and its quotation are the outer speaker's (CueThenContent.OuterThatClauseAfterInnerReport). An inner verb whose
    /// content is a that-clause or a clause keeps it ("had promised that … and that …", "told him the depot was safe and that …").
    /// Invented depot stories.
    /// </summary>
    public class OuterThatClauseAfterInnerReportTests
    {
        private const string Opening = "The grain depot at Varne burned for a second night.\n\n";

        [Theory]
        [InlineData("A spokesman for the depot, Piet Lorca, said the fire chief had described the blaze as a \"freak\" and that the owners were \"fully insured\" against it.", "fully insured", "Piet Lorca")]
        [InlineData("A depot manager, speaking on condition of anonymity because the inquiry had not opened, said the night crew had reported smelling smoke before they left the sheds, and that \"nobody in that yard broke a rule.\"", "nobody in that yard", "depot manager")]
        public void TheSecondThatClauseIsTheOuterSpeakers(string body, string quote, string speaker)
        {
            Assert.Equal(speaker, Q(Quotes(Opening + body), quote).Speaker);
        }

        [Fact]
        public void TheInnerReportKeepsItsOwnQuotation()
        {
            var quotes = Quotes(Opening + "A spokesman for the depot, Piet Lorca, said the fire chief had described the blaze as a \"freak\" and that the owners were \"fully insured\" against it.");
            Assert.Equal("fire chief", Q(quotes, "freak").Speaker);
        }

        [Theory]
        // the inner verb's content is a that-clause: the second one joins it
        [InlineData("A spokesman, Piet Lorca, said Mayor Anneke Roos had promised that the depot would reopen in June and that the town was \"fully insured\" against it.")]
        // the inner verb's content is a clause with no "that": no telling whose the second one is, so not the outer speaker's
        [InlineData("A spokesman, Piet Lorca, said Mayor Anneke Roos told him the depot was safe and that the town was \"fully insured\" against it.")]
        public void AnInnerClauseKeepsItsSecondThatClause(string body)
        {
            Assert.NotEqual("Piet Lorca", Q(Quotes(Opening + body), "fully insured").Speaker);
        }
    }
}
