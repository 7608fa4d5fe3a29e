using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two sides read from the sentences around a titled name. "…, the Swedish Maritime Administration said. Spokeswoman Ada
    /// Berg called …": a bare "Spokesman"/"Spokeswoman" title in capitals speaks for the body of a side that spoke in the
    /// sentence right before. "In Stockholm, Senator Ada Berg said …": a place that opens the sentence writing a legislator's
    /// title with no country says whose seat it is, as a dateline does (not a minister's, who may be visiting). Texts written for these tests.
    /// </summary>
    public class SceneOfficeAndSpokesmanTitleTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorwayAndSwedenWithBodies;

        private const string Dateline = "OSLO, March 3 - The tanker stayed at anchor off the coast on Friday.\n\n";

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Tanker row goes on", body, Sides);

        [Fact]
        public void ASpokeswomanTitleRightAfterABodysSentenceSpeaksForThatBody()
        {
            var qs = Quotes(Dateline + "The talks on the tanker ran late, the Swedish Maritime Administration said. " +
                            "Spokeswoman Ada Berg called the mood \"calm\" but said no deal was near.\n");
            var calm = QuoteTestText.Q(qs, "calm");
            Assert.Equal("Ada Berg", calm.Speaker);
            Assert.Equal("Sweden", calm.Party);
        }

        [Fact]
        public void ASpokeswomanTitleTwoSentencesAfterTheBodyTakesNoSideFromIt()
        {
            // the near miss: a sentence of the writer's stands between; only the sentence right before gives the side
            var qs = Quotes(Dateline + "The talks on the tanker ran late, the Swedish Maritime Administration said. The crew waited on deck. " +
                            "Spokeswoman Ada Berg called the mood \"calm\" but said no deal was near.\n");
            Assert.NotEqual("Sweden", QuoteTestText.Q(qs, "calm").Party);
        }

        [Fact]
        public void ASenatorInASentenceOpeningWithAnotherCapitalIsThatCountrys()
        {
            var qs = Quotes(Dateline + "In Stockholm, Senator Ada Berg welcomed the ruling. \"It was overdue,\" she said.\n");
            var overdue = QuoteTestText.Q(qs, "It was overdue");
            Assert.Equal("Ada Berg", overdue.Speaker);
            Assert.Equal("Sweden", overdue.Party);
        }

        [Fact]
        public void ASenatorInASentenceOpeningWithACapitalIsThatCountrysWithNoDateline()
        {
            var qs = Quotes("The tanker stayed at anchor off the coast on Friday.\n\n" +
                            "In Stockholm, Senator Ada Berg welcomed the ruling. \"It was overdue,\" she said.\n");
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "It was overdue").Party);
        }

        [Fact]
        public void AMinisterInASentenceOpeningWithAnotherCapitalTakesNoSideFromIt()
        {
            // the near miss: a minister so placed may be visiting the capital
            var qs = Quotes(Dateline + "In Stockholm, Defence Minister Ada Berg welcomed the ruling. \"It was overdue,\" she said.\n");
            Assert.NotEqual("Sweden", QuoteTestText.Q(qs, "It was overdue").Party);
        }

        [Fact]
        public void AnOfficeInASentenceNamingAnotherCountryTooTakesNoSideFromTheOpening()
        {
            // the near miss: the sentence names the dateline's country as well, so the office may be either's
            var qs = Quotes(Dateline + "In Stockholm, Senator Ada Berg said Norway had ignored the treaty. \"It was overdue,\" she said.\n");
            Assert.NotEqual("Sweden", QuoteTestText.Q(qs, "It was overdue").Party);
        }
    }
}
