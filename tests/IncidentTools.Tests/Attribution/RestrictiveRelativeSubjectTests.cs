using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "a fisherman who shouted, “…”", "a statement that said, “…”": a relative pronoun with no comma before it, right before a
    /// reporting verb that introduces the quotation after a comma or colon, is the clause's subject; the quotation is the words of the noun phrase it
    /// stands for (the source mention is the pronoun, as in "Jo Bell, who said …"). Not when the relative clause runs on past
    /// its verb to a quotation further on, nor for a fragment that is the verb's object ("an ad that urges “…”"), nor when the
    /// noun phrase ends on a phrase of its own ("a man in a shirt that read").
    /// </summary>
    public class RestrictiveRelativeSubjectTests
    {
        [Fact]
        public void TheRelativePronounBeforeTheVerbOfTheQuotationStandsForTheNounBeforeIt()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "The loudest cheer went to a fisherman who shouted, “Open the port now!”\n\n" +
                                "The firm issued a statement that said, “We regret the delay and will pay every worker in full.”\n\n" +
                                "The sharpest reply came from Jo Bell who tweeted, “The council never listens to anyone in this town.”");
            var read = new[] { "Open the port", "We regret", "The council never" }.Select(start => Q(quotes, start)).Select(q => (q.SpeakerMention, q.Speaker));
            Assert.Equal(new (string?, string?)[] { ("who", "fisherman"), ("that", "statement"), ("who", "Jo Bell") }, read);
        }

        [Fact]
        public void ARelativeClauseThatRunsOnAFragmentObjectOrANounWithAPhraseAfterItGetNoSpeaker()
        {
            var quotes = Quotes("The pier reopened on Monday.\n\n" +
                                "Lund refused to pay a builder who said he was cheated after he built the pier, saying, “Maybe he did a poor job.”\n\n" +
                                "Those thrown out included a man in a shirt that read, “Close the pier for good.”\n\n" +
                                "Voters saw a flyer that calls for “a new pier by spring” at every stop.");
            var runOn = Q(quotes, "Maybe he did");
            Assert.Equal("Lund", runOn.Speaker);
            Assert.Null(Q(quotes, "Close the pier").SpeakerMention);
            Assert.Null(Q(quotes, "a new pier").SpeakerMention);
        }
    }
}
