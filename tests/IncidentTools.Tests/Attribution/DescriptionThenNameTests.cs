using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…,” his spokesman, Jo Bell, told reporters": a singular description, then a name closed by a comma, before the cue.
    /// The name speaks (the description is its role); for an attribution after its content, the content ends before the
    /// description. A plural description, or a name with no comma after it, is not this shape.
    /// </summary>
    public class DescriptionThenNameTests
    {
        [Theory]
        [InlineData("“The ferry will not sail,” the harbour's spokesman, Jo Bell, told reporters.", "Jo Bell", "harbour's spokesman")]
        [InlineData("“The ferry will not sail,” the port's chief executive, Amir Khan, said on Monday.", "Amir Khan", "port's chief executive")]
        public void TheNameAfterADescriptionSpeaksTheQuotation(string body, string speaker, string role)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(role, q.Role);
            Assert.Equal(nameof(QuoteThenCue), q.Rule);
        }

        [Theory]
        [InlineData("Sales fell by a third, the company's chief executive, Jo Bell, said.", "Sales fell by a third")]
        [InlineData("The talks had stalled, his spokesman, Amir Khan, told reporters.", "The talks had stalled")]
        public void TheContentEndsBeforeTheDescription(string body, string content)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(ContentThenCue));
            Assert.Equal(content, a.Content);
        }

        [Fact]
        public void APluralDescriptionIsNoApposition()
        {
            // "his aides, Jo Bell and Amir Khan," are two people: no one of them is given the quotation by this shape
            var q = Assert.Single(Quotes("“The ferry will not sail,” his aides, Jo Bell and Amir Khan, told reporters."));
            Assert.NotEqual("Jo Bell", q.Speaker);
        }
    }
}
