using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two more shapes of a role that says its holder speaks for no side (speaker114): a lawyer named by a field of law and no
    /// client ("a constitutional lawyer in Bergen", "human rights lawyer X"; speaker-nouns.txt 'counsel', law-fields.txt), and a
    /// body of research or teaching brought in by "of" after the name ("Dr X of the Institute of Maritime Studies",
    /// MentionFacts.IsResearchBodyName). A client's lawyer, a lawyer of no field, and "of" a ministry give no such side. Texts
    /// written for these tests.
    /// </summary>
    public class LawyerAndResearchBodyPartyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        private const string Dateline = "OSLO -- Ferries stayed in port for a third day.\n\n";

        [Theory]
        [InlineData("Petter Dahl, a constitutional lawyer in Bergen, said the court would have the last word. “Nobody has tested this clause,” he said.")]
        [InlineData("A human rights lawyer, Petter Dahl, said the court would have the last word. “Nobody has tested this clause,” he said.")]
        [InlineData("“Nobody has tested this clause,” said international lawyer Petter Dahl.")]
        public void ALawyerOfAFieldSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes(Dateline + paragraph);
            Assert.Equal("Petter Dahl", Q(qs, "Nobody has tested this clause").Speaker);
            Assert.Equal("Independent", Q(qs, "Nobody has tested this clause").Party);
        }

        [Theory]
        // the near misses: a client's lawyer (a possessive, "for" after the noun), a lawyer of no field, one who pleads for the accused
        [InlineData("The skipper's lawyer, Petter Dahl, said his client would appeal. “Nobody has tested this clause,” the lawyer said.")]
        [InlineData("Petter Dahl, a constitutional lawyer for the crew, said his clients would appeal. “Nobody has tested this clause,” he said.")]
        [InlineData("Petter Dahl, a lawyer, said the court would have the last word. “Nobody has tested this clause,” he said.")]
        [InlineData("Petter Dahl, a defence lawyer, said the court would have the last word. “Nobody has tested this clause,” he said.")]
        public void AClientsLawyerOrOneOfNoFieldGetsNoSide(string paragraph)
        {
            var qs = Quotes(Dateline + paragraph);
            Assert.Null(Q(qs, "Nobody has tested this clause").Party);
        }

        [Theory]
        [InlineData("Dr Sunniva Berg of the Institute of Maritime Studies said the dispute was about pride. “Each side wants the other to blink,” she said.")]
        [InlineData("A ports analyst, Dr Sunniva Berg of Fjordland University's Department of Shipping, said the dispute was about pride. “Each side wants the other to blink,” she said.")]
        public void OneOfABodyOfResearchSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes(Dateline + paragraph);
            Assert.Equal("Sunniva Berg", Q(qs, "Each side wants the other to blink").Speaker);
            Assert.Equal("Independent", Q(qs, "Each side wants the other to blink").Party);
        }

        [Fact]
        public void OneOfAMinistryIsNotOfABodyOfResearch()
        {
            // the near miss: "of" a ministry of the side the text names, no body of research
            var qs = Quotes(Dateline + "Dr Sunniva Berg of the Norwegian Ministry of Fisheries said the dispute was about pride. “Each side wants the other to blink,” she said.");
            Assert.NotEqual("Independent", Q(qs, "Each side wants the other to blink").Party);
        }

        [Theory]
        [InlineData("a constitutional lawyer in Bergen", true)]
        [InlineData("human rights lawyer", true)]
        [InlineData("the skipper's constitutional lawyer", false)]
        [InlineData("a constitutional lawyer for the crew", false)]
        [InlineData("a lawyer", false)]
        [InlineData("a constitutional historian", false)]
        public void LawyerOfAFieldReadsTheRole(string role, bool expected) => Assert.Equal(expected, MentionFacts.LawyerOfAField(role));

        [Theory]
        [InlineData("Institute of Maritime Studies", true)]
        [InlineData("of the Institute of Maritime Studies", true)]
        [InlineData("the Fjordland University's Department of Shipping", true)]
        [InlineData("Ministry of Fisheries", false)]
        [InlineData("a lecturer at a university", false)]
        public void IsResearchBodyNameReadsTheRole(string role, bool expected) => Assert.Equal(expected, MentionFacts.IsResearchBodyName(role));
    }
}
