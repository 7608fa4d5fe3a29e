using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Harbour Spokesperson, Ilka Vrenescu, said …": a role written in capitals after "the", headed by a speaker noun of
    /// one person, with a full name in apposition, is that person (the nearest mention a later "she" stands for), not a
    /// capitalised name of an organisation.
    /// </summary>
    public class RoleApposedNameTests
    {
        private const string Before =
            "Union Secretary General Karl Holm Berger wrote to the mayor on Monday to offer his condolences after the fire.\n\n" +
            "“We will study the facts,” the Secretary General said.\n\n";

        [Fact]
        public void TheNameInAppositionIsTheSpeakerAndThePronounsPerson()
        {
            var body = Before + "The Union Spokesperson, Ilka Vrenescu, said that the union had taken note of the decision. " +
                       "“We understand the anger in the region,” she said.";
            Assert.Equal("Ilka Vrenescu", Q(Quotes(body), "We understand").Speaker);
            Assert.Equal("Ilka Vrenescu", Attributions(body).Single(a => a.Content.Contains("taken note")).Speaker);
        }

        [Fact]
        public void AnOrganisationsWordBeforeTheCommaStaysTheBody()
        {
            // near miss: "the Harbour Authority, …" is a body, whatever name follows it
            var body = Before + "The Harbour Authority, Lisbon Ports Board, said that the pier would reopen.";
            Assert.NotEqual("Lisbon Ports Board", Attributions(body).Single(a => a.Content.Contains("pier would reopen")).Speaker);
        }
    }
}
