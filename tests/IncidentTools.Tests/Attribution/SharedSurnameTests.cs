using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: where several people share a surname, a bare surname is the one the document has already called
    /// by the surname alone (news style keeps the bare surname for the main figure and names the others in full), not the
    /// one mentioned last; in the paragraph that names the other one as subject or speaker, or the one after it, the bare
    /// surname is still the one named last.
    /// </summary>
    public class SharedSurnameTests
    {
        private const string Story =
            "Rep. Tom Varga opened his campaign for the harbour board on Monday.\n\n" +
            "Varga said the ferry fares would fall if he won.\n\n" +
            "His sister, Nina Varga, said he had never paid back a loan for the campaign.\n\n" +
            "The board meets on Friday.\n\n";

        [Fact]
        public void ABareSurnameIsThePersonTheDocumentAlreadyCalledByIt()
        {
            var quotes = Quotes(Story + "“The fares will fall by a third,” Varga said at a rally.");
            Assert.Equal("Tom Varga", Q(quotes, "The fares will fall").Speaker);
        }

        [Fact]
        public void InTheParagraphThatNamesTheOtherTheSurnameIsTheOneNamedLast()
        {
            var quotes = Quotes(Story + "Nina Varga spoke after him. “He never paid me,” Varga said.");
            Assert.Equal("Nina Varga", Q(quotes, "He never paid me").Speaker);
        }

        [Fact]
        public void TheOtherOneSpeakingInTheParagraphBeforeKeepsTheSurname()
        {
            var quotes = Quotes(Story + "Nina Varga spoke after him.\n\n“He owes me,” she said.\n\n“He never paid me,” Varga said.");
            Assert.Equal("Nina Varga", Q(quotes, "He never paid me").Speaker);
        }

        [Fact]
        public void TheOtherOneSpeakingUnderHerRoleInTheParagraphBeforeKeepsTheSurname()
        {
            // "the harbour master" names Nina Varga, as "she" would: she is in focus, and the bare surname is hers
            var quotes = Quotes("Rep. Tom Varga opened his campaign for the harbour board on Monday.\n\n" +
                                "Varga said the ferry fares would fall if he won.\n\n" +
                                "Nina Varga, the harbour master, said he had never paid back a loan for the campaign.\n\n" +
                                "The board meets on Friday.\n\n" +
                                "“It was a small fortune,” the harbour master said.\n\n" +
                                "“He never paid me,” Varga said.");
            Assert.Equal("Nina Varga", Q(quotes, "It was a small fortune").Speaker);
            Assert.Equal("Nina Varga", Q(quotes, "He never paid me").Speaker);
        }

        [Fact]
        public void WithNoBareSurnameBeforeItIsTheOneMentionedLast()
        {
            var quotes = Quotes("Rep. Tom Varga opened his campaign on Monday.\n\nHis sister, Nina Varga, said he owed her money.\n\n" +
                                "The board meets on Friday.\n\n“He never paid me,” Varga said.");
            Assert.Equal("Nina Varga", Q(quotes, "He never paid me").Speaker);
        }
    }
}
