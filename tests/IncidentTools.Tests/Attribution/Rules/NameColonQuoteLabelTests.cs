using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>NameColonQuote: a surname written in full before ("Bell: “…”") and the source after "From" ("From the report: “…”").</summary>
    public class NameColonQuoteLabelTests
    {
        [Theory]
        [InlineData("Jo Bell and Tom Reyes debated the ferry plan on Monday.\n\nBell: “The pier will not hold another winter.” Reyes: “It has held for forty years.”", "The pier", "Bell")]
        [InlineData("Jo Bell and Tom Reyes debated the ferry plan on Monday.\n\nBell: “The pier will not hold another winter.” Reyes: “It has held for forty years.”", "It has held", "Reyes")]
        [InlineData("Tom Reyes ran the port for a decade.\n\nHere's Reyes in 1992: “Our harbour must compete with every port on the coast.”", "Our harbour", "Reyes")]
        [InlineData("The harbour board published its study on Monday.\n\nWhat the study means - From the report: “In general, ferries with longer routes lost more money.”", "In general", "the report")]
        [InlineData("Jo Bell wrote about the vote.\n\nFrom Bell's blog post: “For the sake of the town, we must move past this fight.”", "For the sake", "Bell's blog post")]
        public void TheLabelNamesTheSource(string body, string quote, string mention)
        {
            var a = Of(RunRules(body, new NameColonQuote()), quote)!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        // a single word the document never wrote in a full name
        [InlineData("The ferry sailed at noon.\n\nUpdate: “The pier is closed until further notice.”")]
        // the object of the clause before the colon, though the document wrote the name in full
        [InlineData("Tom Reyes runs the port.\n\nHarbour master Jo Bell, a veteran, delivered a blunt message to Reyes: “It is time to stop attacking the crews.”")]
        // "from" that does not open the label
        [InlineData("The crews heard a warning yesterday from the report: “Ferries with longer routes lost more money.”")]
        public void NoLabelNoSpeaker(string body) => Assert.Empty(RunRules(body, new NameColonQuote()).Found);
    }
}
