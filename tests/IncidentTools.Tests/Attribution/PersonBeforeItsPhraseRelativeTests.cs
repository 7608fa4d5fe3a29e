using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A deckhand of the Island Ferry Company who was on the quay said …": a person's noun, a phrase of a preposition after it
    /// (a body or a place, in any case) and a relative of a person ("who") make the verb's subject, as "A diplomat in Islamabad
    /// who …" did (ReportedSpeech.PersonBeforeItsPhrase); so the "he" of the quotation after it is that person, not a person
    /// named in an earlier paragraph. A head that names no person ("The queue at the clinic who …") is no subject.
    /// </summary>
    public class PersonBeforeItsPhraseRelativeTests
    {
        private const string Opening = "The island ferry ran late again this winter.\n\n";

        [Theory]
        [InlineData("A nurse at the harbour clinic who was on duty that night said the ferry had left early.", "nurse")]
        [InlineData("A deckhand of the Island Ferry Company who asked not to be named said the ferry had left early.", "deckhand")]
        public void ThePersonBeforeThePhraseAndTheRelativeIsTheSubject(string body, string head)
        {
            var a = Attributions(Opening + body).Single(x => x.Content == "the ferry had left early");
            Assert.NotNull(a.Speaker);
            Assert.Contains(head, a.Speaker);
        }

        [Fact]
        public void TheHeOfTheQuotationAfterItIsThatPerson()
        {
            var quotes = Quotes(Opening + "Capt. Ivo Marsh said the crossing had been safe. \"It was calm,\" he said.\n\n" +
                                "A deckhand of the Island Ferry Company who was on the quay said his brother had been aboard. \"He told me they were asleep,\" he said.");
            var q = quotes.Single(x => x.Text.StartsWith("He told me", System.StringComparison.Ordinal));
            Assert.Contains("deckhand", q.Speaker);
        }

        [Fact]
        public void AHeadThatNamesNoPersonIsNoSubject()
        {
            var all = Attributions(Opening + "The queue at the harbour clinic who waited all day said the ferry had left early.");
            Assert.DoesNotContain(all, x => x.Speaker != null && x.Speaker.Contains("queue"));
        }
    }
}
