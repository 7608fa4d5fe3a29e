using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A phrase of place between a person's name and the verb ("Mayor Tomas Varga in the Town Hall said", "Ada Lund at the White
    /// House said"): the place is where the person spoke, no part of the subject; the speaker is the person, not the place's last
    /// word. A plural or a thing written with its capital at the start of the sentence keeps its phrase ("Transporters in Karachi").
    /// </summary>
    public class PlaceAfterNameTests
    {
        [Theory]
        [InlineData("Mayor Tomas Varga in the Town Hall said the bridge would open in May.", "Tomas Varga")]
        [InlineData("Jo Bell in Budapest told reporters that the ferry would run again.", "Jo Bell")]
        [InlineData("Dan Okafor at the Harbour Gazette agreed with the mayor about the levy.", "Dan Okafor")]
        public void ThePlaceAfterTheNameIsNotTheSpeaker(string text, string speaker)
        {
            var a = Attributions(text).Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void AQuotationAfterTheNamedPersonsPlaceIsTheirs()
        {
            var q = Quotes("Ada Lund at the White House said, “The talks have failed.”").Single();
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void APluralAtTheSentenceStartKeepsItsPlace()
        {
            // near miss: one capitalised word that may be a plural is no person's name; its phrase stays the source's
            var a = Attributions("Transporters in Karachi said the port had been closed for weeks.").Single(x => x.Kind == AttributionKind.Indirect);
            Assert.Equal("Transporters in Karachi", a.Speaker);
        }
    }
}
