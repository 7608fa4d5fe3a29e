using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// An office written as a title after "the" ("The Leader of the Opposition", "The Minister of State for Trade", "The Foreign
    /// Minister"), then a full name set off by commas, then a verb of saying: the name is the speaker, as it is with no article
    /// (Speaker99Tests), and a later bare mention of the same office stands for that person; not the office read alone as a
    /// description with the name an aside.
    /// </summary>
    public class Speaker134Tests
    {
        [Theory]
        [InlineData("The Leader of the Opposition, Edna Varga, said the budget was \"a gift to the rich\".", "Edna Varga")]
        [InlineData("The Minister of State for Foreign Affairs, Piet Olander, told reporters the visit was \"off for now\".", "Piet Olander")]
        [InlineData("The Foreign Minister, Piet Olander, told reporters the visit was \"off for now\".", "Piet Olander")]
        [InlineData("The Inspector General, Rolf Anders, said the audit was \"long overdue\".", "Rolf Anders")]
        public void TheNameSetOffAfterTheOfficeWithItsArticleSpeaks(string body, string speaker)
        {
            var q = Quotes(body).Single();
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void TheOfficeIsTheNamesRole()
        {
            var q = Quotes("The Leader of the Opposition, Edna Varga, said the budget was \"a gift to the rich\".").Single();
            Assert.Contains("Leader of the Opposition", q.Role ?? "");
        }

        [Fact]
        public void TheOfficeAloneLaterIsTheSamePerson()
        {
            var quotes = Quotes("The Leader of the Opposition, Edna Varga, said the budget was \"a gift to the rich\". " +
                                "The Leader of the Opposition later said it was \"a disgrace\".");
            Assert.Equal("Edna Varga", Q(quotes, "a disgrace").Speaker);
        }

        [Theory]
        // near misses: the office alone, or a second title after the comma, is read as before (no name taken)
        [InlineData("The Leader of the Opposition said the budget was \"a gift to the rich\".", "Leader of the Opposition")]
        public void TheOfficeWithNoNameStaysTheOffice(string body, string speaker)
        {
            Assert.Equal(speaker, Quotes(body).Single().Speaker);
        }

        [Fact]
        public void ASecondTitleSetOffAfterTheOfficeIsNoName()
        {
            Assert.NotEqual("Foreign Minister Piet Olander",
                Quotes("The Prime Minister, Foreign Minister Piet Olander said it was \"a sad day\".").Single().Speaker);
        }
    }
}
