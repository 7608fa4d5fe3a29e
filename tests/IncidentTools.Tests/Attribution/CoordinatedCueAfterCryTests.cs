using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A reporting verb that opens the second of two coordinated verb phrases (the rule CoordinatedCue)
    /// has the subject of the main clause: after a subordinate clause's cry in quotation marks that closes with its comma, the
    /// subject and verb that follow it ("When a man shouted, “Liar,” the mayor smiled and said …"), not the crier. Invented
    /// harbour meetings.
    /// </summary>
    public class CoordinatedCueAfterCryTests
    {
        private const string Headline = "Crowds gather at the harbour";

        [Fact]
        public void TheSecondVerbAfterAQuotedCryHasTheMainClausesSubject()
        {
            // "the mayor smiled and said": the subject after the cry's quotation is the one of "said", not the crier
            var qs = Quotes(Headline, "When a fisherman in the gallery shouted, “Thief,” the mayor smiled and said, “Thank you, friend!”", null);
            Assert.Equal("a fisherman", Q(qs, "Thief").SpeakerMention);
            Assert.Equal("the mayor", Q(qs, "Thank you").SpeakerMention);
        }

        [Fact]
        public void AQuotationInTheFirstVerbPhraseKeepsItsSubject()
        {
            // "called the plan “a mess,” and said": the quotation is the object of the first verb, no clause of its own
            var qs = Quotes(Headline, "The mayor called the levy “a mess,” and said the pier would reopen “within a month.”", null);
            Assert.Equal("The mayor", Q(qs, "within a month").SpeakerMention);
        }
    }
}
