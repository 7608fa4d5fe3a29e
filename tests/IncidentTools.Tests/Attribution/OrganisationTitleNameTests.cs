using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Clinton campaign Chairman John Podesta said", "House Oversight committee Chairman Devin Lowe said": a title after an
    /// organisation's noun in lower case opens a person's name; the person speaks, the organisation and the title are the
    /// person's title (not an organisation named "Chairman John Podesta"). An organisation's noun before a name with no
    /// title still names the organisation ("the research firm Gartner").
    /// </summary>
    public class OrganisationTitleNameTests
    {
        [Theory]
        [InlineData("House Oversight committee Chairman Devin Lowe said the report was late.", "Devin Lowe", "House Oversight committee Chairman")]
        [InlineData("Marlow harbour board Chairwoman Ada Lund said the report was late.", "Ada Lund", "Marlow harbour board Chairwoman")]
        public void TheNameAfterAnOrganisationAndATitleSpeaks(string body, string speaker, string role)
        {
            var a = Attributions(body).Single(x => x.Cue == "said");
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal(role, a.Role);
        }

        [Fact]
        public void TheQuotationAfterItIsThePersons()
        {
            var q = Assert.Single(Quotes("“The report is late,” said Marlow ferry company Chairman Tom Reyes."));
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void AnOrganisationNamedAfterItsNounStaysTheOrganisation()
        {
            // near miss: no title between the organisation's noun and the name
            var a = Attributions("The technology research firm Gartner said sales fell.").Single(x => x.Cue == "said");
            Assert.Equal("Gartner", a.Speaker);
            Assert.Null(a.Role);
        }
    }
}
