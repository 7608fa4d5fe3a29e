using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Swedish Maritime Administration said … “…,” a spokesman said.": the voice of a body by office (speaker-nouns.txt
    /// 'spokesperson'), with no body written, in the paragraph where a body of a side spoke, speaks for that body's side, not
    /// for the place the dateline names; other people of an institution, and a spokesman a paragraph later, stay the place's.
    /// Texts written for these tests.
    /// </summary>
    public class SpokespersonSideTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorwayAndSwedenWithBodies;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) =>
            QuoteTestText.Quotes("Tanker row goes on", "OSLO, March 3 - The tanker stayed at anchor off the coast on Friday.\n\n" + body, Sides);

        [Fact]
        public void ASpokesmanAfterABodyOfASideSpokeInTheParagraphIsThatBodysVoice()
        {
            var qs = Quotes("The Swedish Maritime Administration said the tanker had left port with every permit. " +
                            "“The ship broke no rule,” a spokesman said.");
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "The ship broke").Party);
        }

        [Fact]
        public void ASpokesmanAParagraphLaterStaysThePlacesVoice()
        {
            var qs = Quotes("The Swedish Maritime Administration said the tanker had left port with every permit.\n\n" +
                            "“The ship broke no rule,” a spokesman said.");
            Assert.Equal("Norway", QuoteTestText.Q(qs, "The ship broke").Party);
        }

        [Fact]
        public void AnOfficerWhoMayAnswerTheBodyStaysThePlacesVoice()
        {
            var qs = Quotes("The Swedish Maritime Administration asked whether the tanker could stay. " +
                            "“There is no room at the quay,” a liaison officer said.");
            Assert.Equal("Norway", QuoteTestText.Q(qs, "There is no room").Party);
        }
    }
}
