using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" that names a speaker stands for the person the text was last about, not for another person named on
    /// the side: not the person a reported clause before the pronoun talks about, nor one read before a subject the parser
    /// did not see because of the age set off after the name, nor one the chain held two paragraphs back when the paragraph
    /// just before brings in one person of the pronoun's gender.
    /// </summary>
    public class PronounOfAnotherTests
    {
        [Fact]
        public void TheHeAfterAReportedClauseIsNotThePersonItTalksAbout()
        {
            var claims = Attributions("Ivo Chandor and Tom Reyes spoke on Monday. Al Berg, a fisherman, said he will not vote for Reyes because of the levy. Also, Reyes isn't a friend of the harbour, he said.");
            Assert.Equal("Al Berg", claims.Single(a => a.Content.Contains("friend of the harbour")).Speaker);
        }

        [Fact]
        public void ANameWithItsAgeIsTheSubjectOfTheVerbAfterIt()
        {
            // "Chandor, 47, voted …": the age is set off, the verb phrase after it is no second apposition; the "he" is Chandor
            var claims = Attributions("Tom Reyes runs the fair. Traders want him to quit.\n\nBusinessman Ivo Chandor sits on the harbour board. Traders say Reyes just wants to keep the harbour safe.\n\nChandor, 47, voted for the levy in 2008. He said he came to the town 30 years ago.");
            Assert.Equal("Ivo Chandor", claims.Single(a => a.Content.Contains("30 years ago")).Speaker);
        }

        [Fact]
        public void APersonNamedInTheParagraphJustBeforeTakesTheHeOverAnOlderChain()
        {
            // no subject or speaker in the middle paragraph: Henry Dale, named there as an object, is the "he", not Cole
            var quotes = Quotes("Brian Cole runs a stall on the quay. “The new rules are pandering,” he said.\n\nThe old board had many friends on the quay, which is something that concerns Henry Dale, president of the Dover Traders Guild.\n\n“No one is writing songs for the board,” he said.");
            Assert.Equal("Henry Dale", Q(quotes, "No one is writing").Speaker);
        }

        [Fact]
        public void TheChainKeepsTheHeWhenTheParagraphJustBeforeWritesItsName()
        {
            var quotes = Quotes("“The levy is unfair,” said Brian Cole, a trader.\n\nCole's shop faces the quay, near the office of Mayor Henry Dale.\n\n“We will keep fighting it,” he said.");
            Assert.Equal("Brian Cole", Q(quotes, "We will keep").Speaker);
        }

        [Fact]
        public void TheQuotationAfterAPersonsReportedSpeechIsTheirsAcrossAParagraphBreak()
        {
            // Chandor holds the chain as a "he"; Tarin, whose gender no word tells, says something, and the quotation goes on with it
            var quotes = Quotes("Businessman Sajal Tarin sits on the harbour board. His friend Ivo Chandor started Traders for the Levy.\n\nChandor voted for the levy in 2008. He said he came to the town 30 years ago.\n\nTarin said selling the levy to other traders has been a challenge.\n\n“In the beginning it was completely no,” he said.");
            Assert.Equal("Sajal Tarin", Q(quotes, "In the beginning").Speaker);
        }

        [Fact]
        public void AReplyAfterAPersonsReportedSpeechKeepsTheChain()
        {
            var quotes = Quotes("“The levy is fair,” said Ivo Chandor, a trader. He said he came to the town 30 years ago.\n\nSajal Tarin said the levy was a tax on the poor.\n\n“That is not true,” he replied.");
            Assert.Equal("Ivo Chandor", Q(quotes, "That is not true").Speaker);
        }

        [Fact]
        public void AnAgeThenARoleClosedByACommaIsStillTheApposition()
        {
            var quotes = Quotes("The ferry was late.\n\nMorag Lindqvist, 44, a deckhand on the night crossing, said the sea was rough. “We waited for hours,” she said.");
            Assert.Equal("Morag Lindqvist", Q(quotes, "We waited").Speaker);
        }
    }
}
