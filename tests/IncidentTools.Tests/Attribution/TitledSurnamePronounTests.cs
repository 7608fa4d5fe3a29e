using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: a surname written with a title ("Mayor Lund", "Sen. Reyes") is a person, so "he" or "she"
    /// after it may stand for it even when the surname tells no gender and has not spoken yet.
    /// </summary>
    public class TitledSurnamePronounTests
    {
        [Fact]
        public void APronounAfterATitledSurnameIsThatPerson()
        {
            var quotes = Quotes("Mayor Okonkwo sharply rebuked critics of the ferry plan on Monday.\n\n“What exactly would another study accomplish?” he said. “Nothing at all.”");
            Assert.Equal("Okonkwo", Q(quotes, "What exactly").Speaker);
            Assert.Equal("Okonkwo", Q(quotes, "Nothing at all").Speaker);
        }

        [Fact]
        public void AnUntitledSingleWordStillTakesNoPronoun()
        {
            // "Previously" opens the sentence as a subject would: no title, no gender, never spoke: no antecedent
            var quotes = Quotes("Previously sharply rebuked critics of the ferry plan on Monday.\n\n“What exactly would another study accomplish?” he said.");
            Assert.Null(Q(quotes, "What exactly").Speaker);
        }
    }
}
