using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the army's statement said", "Borduria's navy's rebuttal said", "Ruritania's foreign ministry statement said": a
    /// possessive before a document's noun names the document's author, whose side it speaks for, as "a statement from
    /// the army" does. Not a possessive before a person's noun ("the navy's critics"), nor a time ("last week's statement"),
    /// nor a document a possessive is the subject of ("Varga's track record"). Texts written for these tests.
    /// </summary>
    public class PossessiveDocumentOwnerTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Harbour Board" },
                people: new[] { "Ilse Varga" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian" },
                organisations: new[] { "Bordurian Navy", "Ministry of Ports" },
                people: new[] { "Kurt Plekszy" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) =>
            QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void APossessiveBeforeADocumentIsItsAuthor()
        {
            var qs = Quotes("“The ferry crossed our waters without leave,” Borduria's navy's rebuttal said.\n\n" +
                            "“No such crossing took place,” Ruritania's foreign ministry statement said.\n\n" +
                            "“Our pilots followed the charts,” the Harbour Board's press release said.");
            Assert.Equal("Borduria", Q(qs, "The ferry crossed").Party);
            Assert.Equal("Ruritania", Q(qs, "No such crossing").Party);
            Assert.Equal("Ruritania", Q(qs, "Our pilots followed").Party);
            Assert.Equal("Harbour Board", Q(qs, "Our pilots followed").Speaker);
        }

        [Fact]
        public void NotAPersonNounATimeNorARecord()
        {
            var qs = Quotes("“The ferry crossed our waters without leave,” Borduria's critics said.\n\n" +
                            "“No such crossing took place,” last week's statement said.\n\n" +
                            "“She has always backed the pilots,” Ilse Varga's track record shows.");
            Assert.NotEqual("Borduria", Q(qs, "The ferry crossed").Speaker);
            Assert.Equal("last week's statement", Q(qs, "No such crossing").Speaker);
            Assert.NotEqual("Ilse Varga", Q(qs, "She has always").Speaker);
        }
    }
}
