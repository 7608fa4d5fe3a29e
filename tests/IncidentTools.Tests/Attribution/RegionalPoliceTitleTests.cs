using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Titles of Australian and British local news: "Senior Constable Mia Baxter" (a police rank of two words) and "Cr Delaney",
    /// "Cllr Delaney" (a councillor) are a title before a name, so the speaker is the person and the rank the role. A word that
    /// is a title written after a given name ("Anna Constable") is the surname.
    /// </summary>
    public class RegionalPoliceTitleTests
    {
        [Fact]
        public void ASeniorConstableIsARankBeforeTheName()
        {
            var quotes = Quotes("Police door-knocked seventy homes by midnight. “They were very calm, calmer than me,” said Senior Constable Mia Baxter.");
            var q = Q(quotes, "They were very calm");
            Assert.Equal("Mia Baxter", q.Speaker);
            Assert.Contains("Senior Constable", q.Role);
        }

        [Fact]
        public void ACouncillorWrittenCrIsTheMayorNamedBefore()
        {
            var quotes = Quotes("Wellington Shire Mayor Ross Delaney blamed a broken river sensor. “We flagged it, we chased it, and we heard nothing,” Cr Delaney said.");
            Assert.Equal("Ross Delaney", Q(quotes, "We flagged it").Speaker);
        }

        [Fact]
        public void NotASurnameAfterAGivenName()
        {
            var quotes = Quotes("“The water came in through the back door,” said Anna Constable, a farmer near the river.");
            Assert.Equal("Anna Constable", Q(quotes, "The water came in").Speaker);
        }
    }
}
