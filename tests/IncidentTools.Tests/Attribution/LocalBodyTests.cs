using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The army here says …": a state's body with the writer's place after it is the body of the place the text reports from, or
    /// of no side known when the text gives none; never the side named before, which in an interview is often the guest's, of the
    /// other side (SpeakerResolver.LocalBody, fix83c). Near misses: a bare body with no "here" still speaks for the side named
    /// before. Texts written for these tests.
    /// </summary>
    public class LocalBodyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorwayAndSwedenWithBodies;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Talking to the minister", body, Sides);

        // an interview with a Swedish guest whose turn names his own government just before the interviewer's question
        private const string Interview =
            "The Swedish trade minister, Jens Holm, spoke to us at his hotel for an hour.\n\n" +
            "The Fjord Weekly: Minister, why no apology?\n\n" +
            "Holm: Nobody in my government wanted the collision. The Swedish government has said so from the first day.\n\n";

        [Fact]
        public void ABodyHereInAnInterviewWithNoPlaceIsNotTheGuestsSide()
        {
            // before: Sweden, the side the guest's turn named last
            var qs = Quotes(Interview + "The Fjord Weekly: The army here says \"the ferry never left its lane,\" and it wants an answer.\n");
            Assert.Null(QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABodyHereInAStoryFiledFromACapitalIsThatCountrys()
        {
            var qs = Quotes("OSLO, March 3 - The Swedish government said on Monday that its ferry kept to its lane.\n\n" +
                            "The army here says \"the ferry never left its lane,\" and it wants an answer.\n");
            Assert.Equal("Norway", QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABareBodyWithNoPlaceStillSpeaksForTheSideNamedBefore()
        {
            // the near miss: no "here", so "the government" is the Swedish government named in the sentence before
            var qs = Quotes("The Swedish government said on Monday that its ferry kept to its lane. The government says \"the ferry never left its lane,\" and it wants an answer.\n");
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        // an interview with no dateline whose introduction says where it was held (ReporterPlace.InterviewParty, accounts145)
        private static string HeldAt(string intro) =>
            intro + "\n\n" +
            "The Fjord Weekly: Minister, why no apology?\n\n" +
            "Holm: Nobody in my government wanted the collision. The Swedish government has said so from the first day.\n\n" +
            "The Fjord Weekly: The army here says \"the ferry never left its lane,\" and it wants an answer.\n\n" +
            "Holm: It will have one when the inquiry ends. I have nothing to add today.\n";

        [Fact]
        public void ABodyHereInAnInterviewHeldInACapitalIsThatCountrys()
        {
            // before: no side (the text has no dateline)
            var qs = Quotes(HeldAt("The Swedish trade minister, Jens Holm, answered our questions at his hotel in Oslo on Friday."));
            Assert.Equal("Norway", QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABodyHereInAnInterviewHeldOverTheTelephoneHasNoSide()
        {
            // the near miss: the guest spoke from his own capital, where the asker was not
            var qs = Quotes(HeldAt("The Swedish trade minister, Jens Holm, spoke to us by telephone from his office in Stockholm."));
            Assert.Null(QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABodyHereInAnInterviewHeldFromACapitalHasNoSide()
        {
            // the near miss: "from" a place, with no "in", names where the guest was, not where the interview was held
            var qs = Quotes(HeldAt("The Swedish trade minister, Jens Holm, spoke to us from Stockholm on Friday."));
            Assert.Null(QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABareBodyInAnInterviewHeldInACapitalStillHasNoSideFromThatPlace()
        {
            // the near miss: with no "here", the army a question speaks of is not placed by where the interview was held
            var qs = Quotes(HeldAt("The Swedish trade minister, Jens Holm, answered our questions at his hotel in Oslo on Friday.").Replace("The army here says", "The army says"));
            Assert.NotEqual("Norway", QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        // "The military there insists …" (words.txt 'named-place'): the body of the place the text named last before it

        [Fact]
        public void ABodyThereIsOfThePlaceNamedBeforeNotOfTheSideThatSpoke()
        {
            // before: the speaker was "there", and its side the Norwegian government's, which spoke last
            var qs = Quotes("The Norwegian government said on Monday that the ferry had strayed.\n\n" +
                            "In Sweden, the charge has been read as an insult. The army there insists \"the ferry never left its lane,\" and it wants an answer.\n");
            var q = QuoteTestText.Q(qs, "the ferry never left its lane");
            Assert.Equal("army", q.Speaker);
            Assert.Equal("Sweden", q.Party);
        }

        [Fact]
        public void PeopleThereAreOfTheCityNamedInTheSentenceBefore()
        {
            var qs = Quotes("Our correspondent spent the day with naval officers in Stockholm. A navy spokesman there says \"the ferry never left its lane.\"\n");
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }

        [Fact]
        public void ABodyThereWithNoPlaceNamedHasNoSide()
        {
            // the near miss: no place before "there", so neither the side that spoke last nor the place written from
            var qs = Quotes("OSLO, March 3 - The Swedish government said on Monday that its ferry kept to its lane. The army there says \"the ferry never left its lane,\" and it wants an answer.\n");
            Assert.Null(QuoteTestText.Q(qs, "the ferry never left its lane").Party);
        }
    }
}
