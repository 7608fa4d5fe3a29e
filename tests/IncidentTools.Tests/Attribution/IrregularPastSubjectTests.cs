using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8, wrong speakers: a past form not spelt in -ed ("made", "blew", tagged irregular-past) is a clause's verb,
    /// never a word of the subject's noun phrase, so that it never ends up as the speaker ("The mayor made" gave "made").
    /// </summary>
    public class IrregularPastSubjectTests
    {
        private const string Opening = "The harbour board met on Tuesday to discuss the winter timetable.\n\n";

        [Fact]
        public void APastFormIsNoSpeaker()
        {
            var quotes = Quotes(Opening + "The mayor made demands that the board “stop the cuts now.”");
            Assert.NotEqual("made", Q(quotes, "stop the cuts").Speaker);
        }

        [Fact]
        public void APastFormBeforeTheAgentIsAParticipleOfTheSubject()
        {
            // "made by": a participle describing the statement, not the clause's verb; the sentence's verb is "said"
            var a = Attributions(Opening + "A statement made by the harbour board said the ferry would keep its winter timetable.")
                .Single(x => x.Content.IndexOf("winter timetable", StringComparison.Ordinal) >= 0);
            Assert.StartsWith("A statement made by", a.Source);
            Assert.NotEqual("made", a.Speaker);
        }

        [Fact]
        public void APastFormBeforeAnotherPrepositionStaysAVerb()
        {
            // no "capital" as the speaker of officials brought in from it
            var all = Attributions(Opening + "Officials brought in from the capital said the ferry would keep its winter timetable.");
            Assert.DoesNotContain(all, x => x.Speaker == "capital");
        }

        [Fact]
        public void APastFormInsideAClauseLeavesTheSubjectBeforeIt()
        {
            var quotes = Quotes(Opening + "The lawyer who ran three marathons before his right knee blew out is already talking about “a fierce urgency” to fix the port.");
            var q = Q(quotes, "a fierce urgency");
            Assert.Equal("lawyer", q.Speaker);
            Assert.StartsWith("The lawyer", q.SpeakerMention);
        }

        [Fact]
        public void AnAccordingToSourceTakesTheSentenceOfAPastForm()
        {
            var a = Attributions(Opening + "But the next day, according to Maria Lund, the mayor made further demands.")
                .Single(x => x.Content.IndexOf("further demands", StringComparison.Ordinal) >= 0);
            Assert.Equal("Maria Lund", a.Speaker);
        }

        [Fact]
        public void ANameAfterAPastFormBeforeTheColonIsNoLabel()
        {
            // the paper named before the colon is the one spoken to; the subject of "broke down" speaks
            var quotes = Quotes(Opening + "Harbour master Tom Baker broke down what was wrong with the timetable to the weekly paper Coast News: “We are short of pilots. We need six more.”");
            Assert.Equal("Tom Baker", Q(quotes, "We are short of pilots").Speaker);
        }

        [Fact]
        public void ANameAloneBeforeTheColonIsStillTheLabel()
        {
            // negative: "Tom Baker: “…”" with no verb before it stays a newsletter's label
            var quotes = Quotes(Opening + "Tom Baker: “We will manage the winter.”");
            Assert.Equal("Tom Baker", Q(quotes, "We will manage").Speaker);
        }

        [Fact]
        public void ANounPhraseWithoutAPastFormKeepsItsHead()
        {
            // negative: "ferry pilots" has no past form in it; the phrase stays the speaker
            var a = Attributions(Opening + "Many island ferry pilots said the new pier was too short.")
                .Single(x => x.Content.StartsWith("the new pier", StringComparison.Ordinal));
            Assert.Equal("island ferry pilots", a.Speaker);
        }
    }
}
