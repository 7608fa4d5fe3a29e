using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A quotation right after a noun of words ("term", "phrase", "word", "slogan") that is the object of a verb of using or
    /// coining a phrase ("used", "coined", "adopted", "repeated"): the verb's subject's words; the -ing form after a comma takes
    /// the subject of the sentence. A passive, a negation, an infinitive, or a verb with another object gives nothing.
    /// </summary>
    public class UsedWordingTests
    {
        [Theory]
        [InlineData("Mayor Jo Bell has used the phrase “harbour tax” often in her campaign.", "harbour tax", "Jo Bell")]
        [InlineData("Councillor Ada Lund used the term “dead port” in her speech on Monday.", "dead port", "Ada Lund")]
        [InlineData("Councillor Ada Lund adopted the same slogan, “Save the pier,” for her own campaign.", "Save the pier,", "Ada Lund")]
        [InlineData("Mayor Jo Bell spoke to the crews for an hour, repeating the word “patience” to every question.", "patience", "Jo Bell")]
        public void TheSubjectUsesTheQuotedWords(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("UsedWording", q.Rule);
        }

        [Theory]
        [InlineData("Mayor Jo Bell has never used the word “crisis” about the port.", "crisis")]                         // negated: not said
        [InlineData("The phrase “dead port” was used by the ferry union before Mayor Jo Bell took it up.", "dead port")] // no verb before the noun
        [InlineData("Mayor Jo Bell used the money to repair the “old” pier.", "old")]                                   // no noun of words
        public void NoUseOfTheWordsGivesNoSpeaker(string body, string quote)
        {
            var quotes = Quotes(body);
            Assert.DoesNotContain(quotes, q => q.Text == quote && (q.Rule == "UsedWording" || q.Speaker == "Jo Bell"));
        }

        [Fact]
        public void AnInfinitiveIsNotReadAsAUse()
        {
            // what she would not say: this rule leaves it (the verb of refusing before it is another rule's to read)
            var quotes = Quotes("Mayor Jo Bell refused to use the word “crisis” about the port.");
            Assert.DoesNotContain(quotes, q => q.Text == "crisis" && q.Rule == "UsedWording");
        }
    }
}
