using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Sides that a word near the speaker used to give wrongly (quotes90): a role's relative clause saying the person works "for" a
    /// body of research ("a surveyor who has mapped the coast for a Bergen research institute") speaks for no side, whatever city the body is in, while one who studied "at" a university may
    /// have been its student; a statement "her" owns is the person's the pronoun stands for. Texts written for these tests.
    /// </summary>
    public class OwnedSourceSideTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Theory]
        [InlineData("\"Nobody drew that line on the water,\" said Nadia Holm, a surveyor who has mapped the coast for a Bergen research institute.")]
        [InlineData("\"Nobody drew that line on the water,\" said Nadia Holm, a historian who has worked for a Stockholm research institute.")]
        public void OneWhoWorksForABodyOfResearchSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Equal("Nadia Holm", Q(qs, "Nobody drew that line").Speaker);
            Assert.Equal("Independent", Q(qs, "Nobody drew that line").Party);
        }

        [Fact]
        public void OneWhoStudiedAtAUniversityKeepsTheRolesSide()
        {
            // a student once: the body after "at" is no employer, and the office is the side's
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" +
                            "\"Nobody will blink first,\" said Nadia Holm, a Norwegian official who studied law at a university in Stockholm.");
            Assert.Equal("Northern side", Q(qs, "Nobody will blink first").Party);
        }

        [Fact]
        public void AStatementHerOwnsIsHers()
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" +
                            "Norwegian Foreign Minister Ada Berg spoke on Monday, and Sweden agreed to reopen the crossing. Her statement did not settle the dispute. It acknowledged \"the errors that cost Swedish lives\" without naming them.");
            var q = Q(qs, "the errors that cost");
            Assert.Equal("Ada Berg", q.Speaker);
            Assert.Equal("Northern side", q.Party);
        }
    }
}
