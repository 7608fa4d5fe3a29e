using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person's place of work written in lower case after "of" and an article, right after the name (fix83b): "Economist Thomas
    /// Lind of a college in Narvik said", "Dr Thomas Lind of a regional think tank says". The subject of the verb is the named person,
    /// not the body (MentionParser.IsResearchBodyInLowerCaseAfter): before, the body's noun was read as the speaker, and a pronoun
    /// after it went back past it to a man named paragraphs before. An unnamed body of research or teaching after an indefinite
    /// article says the person speaks for no side (MentionFacts.OfUnnamedResearchBody), as one "of the Institute of …" does. Texts
    /// written for these tests.
    /// </summary>
    public class UnnamedResearchBodyAfterNameTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        private const string Opening = "OSLO -- Ferries stayed in port for a third day.\n\n" +
                                       "A spokesman for the harbour board said the crews had been told to wait.\n\n";

        [Theory]
        [InlineData("Shipping economist Thomas Lind of a college in Narvik said the dispute was about pride. “Each side wants the other to blink,” he said, “and neither will.”")]
        [InlineData("Thomas Lind of the university said the dispute was about pride. “Each side wants the other to blink,” he said, “and neither will.”")]
        public void TheNamedPersonIsTheSubjectNotTheBody(string paragraph)
        {
            var qs = Quotes(Opening + paragraph);
            Assert.Equal("Thomas Lind", Q(qs, "Each side wants the other to blink").Speaker);
            Assert.Equal("Thomas Lind", Q(qs, "and neither will").Speaker);
        }

        [Fact]
        public void APhraseTheBodysWordDoesNotHeadStaysTheSubject()
        {
            // the near miss: "a college sailing club" is headed by "club", no body of research: the phrase is read as before
            var qs = Quotes(Opening + "Thomas Lind of a college sailing club said the dispute was about pride. “Each side wants the other to blink,” he said.");
            Assert.NotEqual("Thomas Lind", Q(qs, "Each side wants the other to blink").Speaker);
        }

        [Theory]
        [InlineData("Thomas Lind of a college in Narvik said the dispute was about pride. “Each side wants the other to blink,” he said.")]
        [InlineData("On the line from Bergen, Dr Thomas Lind of a regional think tank, says the dispute is about pride. “Each side wants the other to blink,” he said.")]
        public void OneOfAnUnnamedBodyOfResearchSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes(Opening + paragraph);
            Assert.Equal("Thomas Lind", Q(qs, "Each side wants the other to blink").Speaker);
            Assert.Equal("Independent", Q(qs, "Each side wants the other to blink").Party);
        }

        [Theory]
        [InlineData("of a regional think tank", true)]
        [InlineData("of a college in Narvik", true)]
        [InlineData("of an institute", true)]
        // near misses: the article of a body named before, another body's word before the body's, no body of research, the body's
        // word heading no phrase
        [InlineData("of the college", false)]
        [InlineData("of an army staff college", false)]
        [InlineData("of a ministry in Oslo", false)]
        [InlineData("of a college sailing club", false)]
        [InlineData("a lecturer at a university", false)]
        public void OfUnnamedResearchBodyReadsTheRole(string role, bool expected) => Assert.Equal(expected, MentionFacts.OfUnnamedResearchBody(role));
    }
}
