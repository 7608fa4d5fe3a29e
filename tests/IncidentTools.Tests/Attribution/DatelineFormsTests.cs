using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Datelines as regional dailies and small agencies print them (texts of the tests' own, invented people): a place in
    /// ordinary case with a date and an agency of any name in brackets before a dash ("Islamabad, April 12 (Harbour Agency) --");
    /// a district town in ordinary case with its date and a colon
    /// ("Dera Ismail Khan, April 17:"); a hyphenated town in capitals ("MAZAR-I-SHARIF:") read as the listed spelling. Each
    /// gives the story's country to a minister named without one, and is no subject of its sentence. A wire's bracket may hold
    /// the agency's initials after its name and a slash ("TORKHAM, Pakistan, July 5 (Harbour News Agency/HNA) - ").
    /// </summary>
    public class DatelineFormsTests
    {
        private const string Minister = "Interior Minister Karim Dost said \"the road will reopen within a week\" after the talks.";

        [Theory]
        [InlineData("Islamabad, April 12 (Harbour Agency) -- ", "Pakistan")]
        [InlineData("Dera Ismail Khan, April 17: ", "Pakistan")]
        [InlineData("MAZAR-I-SHARIF: ", "Afghanistan")]
        // an agency's name with its initials after a slash in the bracket (fix84b)
        [InlineData("TORKHAM, Pakistan, July 5 (Harbour News Agency/HNA) - ", "Pakistan")]
        [InlineData("KABUL, May 3 (Kestrel Press Service/KPS) -- ", "Afghanistan")]
        public void TheDatelineGivesTheMinistersCountry(string dateline, string country)
        {
            var q = Q(Quotes(dateline + Minister), "the road will reopen");
            Assert.Equal("Karim Dost", q.Speaker);
            Assert.Equal(country, q.Party);
        }

        [Theory]
        [InlineData("Bell Harbour, April 17: ")]        // a place in ordinary case that is no listed town
        [InlineData("Dera Ismail Khan: ")]               // a place in ordinary case without its date is no dateline read
        [InlineData("Harbour News Agency/HNA: ")]        // initials after a slash outside a bracket name no place
        public void NoCountryWithoutAKnownDatedPlace(string dateline)
        {
            var q = Q(Quotes(dateline + Minister), "the road will reopen");
            Assert.Null(q.Party);
        }

        [Theory]
        [InlineData("Dera Ismail Khan, April 17: The board turned it down.", 7)]
        [InlineData("MAZAR-I-SHARIF: The board turned it down.", 2)]
        [InlineData("Dera Ismail Khan: The board turned it down.", 0)]   // ordinary case needs the date
        [InlineData("Reyes Bell, April 17: The board turned it down.", 0)] // no listed place
        public void WhereTheSentenceStartsAfterTheDateline(string text, int first)
        {
            var tk = IncidentTools.Text.Tokenizer.Tokenize(text, IncidentTools.Text.QuotationScanner.Scan(text));
            Assert.Equal(first, Clauses.AfterColonDateline(tk, 0, tk.Count));
        }

        [Fact]
        public void ADatedColonDatelineInOrdinaryCaseIsNoSubject()
        {
            var q = Q(Quotes("Dera Ismail Khan, April 17: The district administration turned down the findings of the inquiry, calling the report \"short on facts\"."),
                "short on facts");
            Assert.Equal("district administration", q.Speaker);
        }
    }
}
