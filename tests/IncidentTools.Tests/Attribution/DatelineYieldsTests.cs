using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// accounts84: the dateline's country is no default side for a speaker the text places elsewhere. An embassy's person
    /// written with a bare mission word ("embassy spokesman Jo Bell", "Embassy spokesman Jo Bell") speaks for the country of
    /// the embassy the text named ("the Danish Embassy in Oslo"), never for its host, and for no side when none was named;
    /// a sentence opened by "On the Finnish side of the border," is set in that country, so a local description in it ("a
    /// police commander") is not the dateline's. Texts and manifests of the tests' own.
    /// </summary>
    public class DatelineYieldsTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Norway", aliases: new[] { "Norway", "Norwegian", "Oslo" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
            new PartyDefinition("Others", null, null, null, null, others: true),
        };

        private const string Lead = "OSLO, May 4 - Norway closed its northern border crossing to freight traffic on Friday.\n\n";

        private static IncidentQuote Quote(string paragraphs, string start) => Q(Quotes("Border closure", Lead + paragraphs, Sides), start);

        [Fact]
        public void AnEmbassySpokesmanSpeaksForTheEmbassyNamedNotForItsHost()
        {
            var quote = Quote("In a statement, the Danish Embassy in Oslo said Denmark respected the decision. \"We respect Norway's choice, and we hope the crossing opens soon,\" embassy spokesman Jo Bell said.\n",
                "We respect Norway's choice");
            Assert.Equal("Jo Bell", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void AnEmbassySpokesmanOpeningTheSentenceAfterAnOfficialOfTheEmbassy()
        {
            var quote = Quote("An official of the Danish Embassy in Oslo confirmed that the staff had left the post. Embassy spokesman Jo Bell said the closure was \"a pity for both countries\".\n",
                "a pity for both countries");
            Assert.Equal("Jo Bell", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void AnEmbassySpokesmanWithNoEmbassyNamedSpeaksForNoSide()
        {
            var quote = Quote("Freight firms protested. \"We respect Norway's choice, and we hope the crossing opens soon,\" embassy spokesman Jo Bell said.\n",
                "We respect Norway's choice");
            Assert.Equal("Jo Bell", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void ASentenceSetOnTheOtherSideOfTheBorderIsNotTheDatelines()
        {
            var quote = Quote("On the Finnish side of the border, at Karigasniemi, a police commander told reporters that the closure was hurting traders. \"Our people pay for a quarrel that is not theirs,\" he said.\n",
                "Our people pay");
            Assert.Equal("Others", quote.Party);
        }

        [Fact]
        public void WithoutTheSideOfTheBorderTheLocalCommanderIsTheDatelines()
        {
            // the near misses: no side opens the sentence; the side named is the dateline's own
            Assert.Equal("Norway", Quote("At Karigasniemi, a police commander told reporters that the closure was hurting traders. \"Our people pay for a quarrel that is not theirs,\" he said.\n",
                "Our people pay").Party);
            Assert.Equal("Norway", Quote("On the Norwegian side of the border, at Karasjok, a police commander told reporters that the closure was hurting traders. \"Our people pay for a quarrel that is not theirs,\" he said.\n",
                "Our people pay").Party);
        }
    }
}
