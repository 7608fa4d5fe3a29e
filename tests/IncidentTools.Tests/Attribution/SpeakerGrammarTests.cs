using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Three readings of who speaks that once gave a wrong person: a "who" after ", through the lawyer Ivo Chandor," stands for
    /// that nearest person, not the wider phrase before the comma; "The elders said" (a plural noun the lexicon does not know) is
    /// many people, never the one person named before; and a modal that opens a question ("Will Dover charge …?") is no given name.
    /// </summary>
    public class SpeakerGrammarTests
    {
        private static string? SpeakerOf(string body, string contentStart) =>
            Attributions(body).Single(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal)).Speaker;

        [Fact]
        public void WhoAfterACommaAndAPrepositionStandsForTheNearestPerson()
        {
            Assert.Equal("Ivo Chandor", SpeakerOf("The letter was handed in May to Ada Lund, then head of the Harbour Board of Dover, through the lawyer Ivo Chandor, " +
                                                  "who has claimed that Reyes asked him to carry it.", "Reyes asked him"));
        }

        [Fact]
        public void WhoAfterAnAffiliationStillStandsForThePersonBeforeIt()
        {
            Assert.Equal("Ada Lund", SpeakerOf("The board thanked Ada Lund, of the harbour board, who said the pier was safe.", "the pier was safe"));
        }

        [Fact]
        public void APluralDescriptionIsNotTheOnePersonNamedBefore()
        {
            var body = "Ivo Chandor, a ferry captain, said the crews had stayed home.\n\nThe elders said they would send a delegation to the town hall.";
            Assert.NotEqual("Ivo Chandor", SpeakerOf(body, "they would send"));
        }

        [Fact]
        public void ASingularEpithetMayStillBeThePersonNamedBefore()
        {
            var body = "Ivo Chandor said the crews had stayed home.\n\nThe skipper said he would send a delegation to the town hall.";
            Assert.Equal("Ivo Chandor", SpeakerOf(body, "he would send"));
        }

        [Fact]
        public void AModalThatOpensAQuestionIsNoGivenName()
        {
            var body = "Will Dover charge more for each crossing?\n\nDover agreed to keep the fare unchanged, officials said.";
            Assert.DoesNotContain(Attributions(body), a => a.Speaker == "Will Dover");
        }

        [Fact]
        public void AModalThatOpensAnInterviewersQuestionIsNoGivenName()
        {
            // after the interviewer's label and its colon, the modal still opens the question
            var body = "HOST: Will Dover be at the talks in Calais?\n\nMAYOR HALE: That is for Dover to decide.\n\n" +
                       "HOST: Dover says the ferries were never told of the new fares. Is that fair?";
            var all = Attributions(body);
            Assert.DoesNotContain(all, a => a.Speaker == "Will Dover");
            Assert.Contains(all, a => a.Speaker == "Dover" && a.Content.Contains("never told"));
        }

        [Fact]
        public void AModalBeforeASurnameOutsideAQuestionIsStillAGivenName()
        {
            Assert.Equal("Will Doyle", SpeakerOf("Will Doyle, the harbour master, said the ferry would run on Sunday.", "the ferry would run"));
        }
    }
}
