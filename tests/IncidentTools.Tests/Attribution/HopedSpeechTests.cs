using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "I hope in 2027 the town says, “…”", "Reyes said he expected that voters will say “no”": a clause of saying that a verb of
    /// hope or expectation governs reports words nobody has said yet; they are the hoper's, the pronoun before that verb, not
    /// the clause's subject. A cue in the past under a verb of thought ("Reyes thinks Lund said “no”") reports speech that was
    /// made, and keeps its own subject.
    /// </summary>
    public class HopedSpeechTests
    {
        [Fact]
        public void WordsHopedOrForeseenAreTheHopersWords()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "I hope in 2027 Port Ellis says, “Thank you for a lifetime of service.”\n\n" +
                                "Ada Lund said she expected that voters will say “no” to the levy.");
            Assert.Equal("I", Q(quotes, "Thank you").SpeakerMention);
            var no = Q(quotes, "no");
            Assert.Equal("she", no.SpeakerMention);
            Assert.Equal("Ada Lund", no.Speaker);
        }

        [Fact]
        public void SpeechInThePastUnderAVerbOfThoughtKeepsItsSubject()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Reyes thinks Lund said “no” to the levy.");
            Assert.Equal("Lund", Q(quotes, "no").SpeakerMention);
        }
    }
}
