using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The nurses sent a letter to the board this week. “The delay is dangerous,” it read.": an "it" that no subject
    /// stands for, with a cue a document takes, is the document written just before it, unless an organisation is
    /// named between them or the cue is not one a document takes.
    /// </summary>
    public class DocumentItTests
    {
        [Fact]
        public void ItIsTheDocumentWrittenBefore()
        {
            var quotes = Quotes("Hundreds of ferry pilots sent a letter this week urging the harbour board to act.\n\n" +
                                "“The delay is dangerous for passengers,” it read.");
            var q = Q(quotes, "The delay is dangerous");
            Assert.Equal("it", q.SpeakerMention);
            Assert.Equal("letter", q.Speaker);
            quotes = Quotes("On his website, Tom Reyes has started to speak to the pilots who backed him.\n\n" +
                            "“This is your union,” it now says.");
            Assert.Equal("website", Q(quotes, "This is your union").Speaker);
        }

        [Fact]
        public void NotPastAnOrganisationNorWithACueOfAPerson()
        {
            var quotes = Quotes("Hundreds of ferry pilots sent a letter this week urging the Harbour Authority to act.\n\n" +
                                "“The delay is dangerous for passengers,” it read.");
            Assert.Null(Q(quotes, "The delay is dangerous").Speaker);
            quotes = Quotes("Hundreds of ferry pilots sent a letter this week urging the harbour board to act.\n\n" +
                            "“The delay is dangerous for passengers,” it shouted.");
            Assert.Null(Q(quotes, "The delay is dangerous").Speaker);
        }
    }
}
