using System.Collections.Generic;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the Harbour Board of Strelsau, chaired by Senator Mian Omar Qadri": a person named after "chaired by", "headed by"
    /// or "led by" that follows a body the manifest gives to a side speaks for that side, when the manifest does not list
    /// the person. Texts written for these tests.
    /// </summary>
    public class LedBodyPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Harbour Board of Strelsau" },
                people: new[] { "Tomas Varga" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" },
                organisations: new[] { "Bordurian Navy" },
                people: new[] { "Kurt Plekszy" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        [Fact]
        public void TheLeaderOfASidesBodySpeaksForThatSide()
        {
            var quotes = Quotes("On Monday the port reopened after a review by the Harbour Board of Strelsau, chaired by Senator Mian Omar Qadri.\n\n" +
                                "Later Mian Omar Qadri told the press: \"The ferries will sail again.\"");
            var q = QuoteTestText.Q(quotes, "The ferries will sail");
            Assert.Equal("Ruritania", q.Party);
        }

        [Fact]
        public void ThePersonWhoChairsASidesBodySpeaksForThatSide()
        {
            // "X chairs the Y", "X, who heads the Y,": a finite verb of leading a body right after the name
            var quotes = Quotes("Senator Mian Omar Qadri chairs the Harbour Board of Strelsau, which reviewed the ferry routes this week.\n\n" +
                                "\"The ferries will sail again,\" Qadri said.");
            Assert.Equal("Ruritania", QuoteTestText.Q(quotes, "The ferries will sail").Party);
            quotes = Quotes("Mian Omar Qadri, who heads the Harbour Board of Strelsau, spoke after the vote.\n\n" +
                            "\"The ferries will sail again,\" Qadri said.");
            Assert.Equal("Ruritania", QuoteTestText.Q(quotes, "The ferries will sail").Party);
        }

        [Fact]
        public void NoSideFromAChairingVerbBeforeABodyOfNoSideOrNoBody()
        {
            var quotes = Quotes("Senator Mian Omar Qadri chairs the Fishermen's Guild, which reviewed the ferry routes this week.\n\n" +
                                "\"The ferries will sail again,\" Qadri said.");
            Assert.Null(QuoteTestText.Q(quotes, "The ferries will sail").Party);
            quotes = Quotes("Senator Mian Omar Qadri heads home to Strelsau after the vote this week.\n\n" +
                            "\"The ferries will sail again,\" Qadri said.");
            Assert.Null(QuoteTestText.Q(quotes, "The ferries will sail").Party);
        }

        [Fact]
        public void NoSideFromABodyOfNoSideOrWithoutTheLeadingParticiple()
        {
            // a body the manifest gives to no side; and a name after "by" that leads nothing ("a review by the board, praised by")
            var quotes = Quotes("On Monday the port reopened after a review by the Fishermen's Guild, chaired by Senator Mian Omar Qadri.\n\n" +
                                "Later Mian Omar Qadri told the press: \"The ferries will sail again.\"");
            Assert.Null(QuoteTestText.Q(quotes, "The ferries will sail").Party);
            quotes = Quotes("On Monday the port reopened after a review by the Harbour Board of Strelsau, praised by Senator Mian Omar Qadri.\n\n" +
                            "Later Mian Omar Qadri told the press: \"The ferries will sail again.\"");
            Assert.Null(QuoteTestText.Q(quotes, "The ferries will sail").Party);
        }
    }
}
