using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The first person as a speaker: in a column or first-person report "I said, “…”" and "we asked" are the writer's
    /// words, the mention "I" (or "we") itself; never the "I" inside someone's quotation, and never an antecedent that
    /// "he" or a surname resolves to.
    /// </summary>
    public class FirstPersonSpeakerTests
    {
        [Fact]
        public void TheWriterSaysWithAVerbBeforeTheQuotation()
        {
            var quotes = Quotes("When my neighbour mentioned the storm, I laughed and said, “Nobody believes in storms.” She was upset.\n\nI said, “The ferry will run.”");
            var q = Q(quotes, "Nobody believes");
            Assert.Equal("I", q.SpeakerMention);
            Assert.Equal("I", q.Speaker);
            Assert.Equal("writer", q.Role);
            Assert.Equal("I", Q(quotes, "The ferry will run").SpeakerMention);
        }

        [Fact]
        public void TheWriterAfterTheQuotationAndThePluralFirstPerson()
        {
            var quotes = Quotes("“That is not how the tide works,” I told him.\n\n“We will not stop,” we wrote in a letter to the council.");
            Assert.Equal("I", Q(quotes, "That is not how").SpeakerMention);
            var we = Q(quotes, "We will not stop");
            Assert.Equal("we", we.SpeakerMention);
            Assert.Equal("we", we.Speaker);
            Assert.Equal("writers", we.Role);
        }

        [Fact]
        public void TheFirstPersonInsideAQuotationIsTheSpeakersOwn()
        {
            var quotes = Quotes("The mayor said, “I said no, and I meant it.”");
            var q = Q(quotes, "I said no");
            Assert.Equal("The mayor", q.SpeakerMention);
            Assert.NotEqual("I", q.Speaker);
        }

        [Fact]
        public void NoPronounOrLaterQuotationResolvesToTheWriter()
        {
            // the writer asks; "he" is the man named before, not "I"
            var quotes = Quotes("Tom Reyes runs the ferry. I asked him about the storm, and I said, “Was it bad?”\n\n“It was bad,” he said.");
            Assert.Equal("I", Q(quotes, "Was it bad").SpeakerMention);
            var q = Q(quotes, "It was bad");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
            // a writer's aside that introduces no quotation leaves the next speaker alone
            quotes = Quotes("I think the ferry will run again. Ada Lund said, “It will not.”");
            Assert.Equal("Ada Lund", Q(quotes, "It will not").Speaker);
        }

        [Fact]
        public void ALowerCaseIIsNoSpeaker()
        {
            var quotes = Quotes("The sign read i said “closed” in red letters.");
            Assert.NotEqual("i", Q(quotes, "closed").SpeakerMention);
        }

        [Fact]
        public void AnotherSentenceAfterTheQuotationSpeaksForItself()
        {
            // "I asked …, ‘…?’ They said, ‘…’": the answer is theirs, not the writer's
            var quotes = Quotes("Then I asked the riders, ‘What do you mean by a fair fare?’ They said, ‘It costs too much for a family,’ and left.");
            Assert.Equal("They", Q(quotes, "It costs too much").SpeakerMention);
        }

        [Fact]
        public void InSomeonesTurnTheFirstPersonIsTheOneWhoseTurnItIs()
        {
            var quotes = Quotes("Tom Reyes and Ada Lund spoke to the council on Monday.\n\nREYES: I told them, “Go home.” Nobody listened.");
            var q = Q(quotes, "Go home");
            Assert.Equal("I", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.NotEqual("writer", q.Role);
        }
    }
}
