using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The paper noted …", "the editorial called …": a newspaper or a piece of one speaks for its outlet and writers, never
    /// for the side the text named before it, as a bare "the statement said" does after a side's statement. Texts written for
    /// these tests.
    /// </summary>
    public class PressDocumentSideTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Harbour Board" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" },
                organisations: new[] { "Bordurian Navy" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) =>
            QuoteTestText.Quotes("Ferry dispute divides the editorial pages", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void ANewspaperOrItsPieceTakesNoSideNamedBefore()
        {
            var qs = Quotes("The Bordurian Navy's report on the ferry drew sharp replies from the press on Friday.\n\n" +
                            "In the capital, the Morning Courier was scathing. “Nobody believes the charts,” the paper wrote.\n\n" +
                            "“A convenient story,” the editorial added.");
            Assert.Null(Q(qs, "Nobody believes").Party);
            Assert.Null(Q(qs, "A convenient story").Party);
        }

        [Fact]
        public void ABareStatementStillSpeaksForTheSideNamedBefore()
        {
            var qs = Quotes("The Bordurian Navy issued a statement on the ferry on Friday.\n\n" +
                            "“The ferry crossed our waters without leave,” the statement said.");
            Assert.Equal("Borduria", Q(qs, "The ferry crossed").Party);
        }
    }
}
