using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A paragraph that is one quotation after a sentence that an "As X reported" frame opens and a colon closes: the frame's
    /// source gives the statement, with a clause of its own reported after the frame's comma (ColonSubject.OpeningFrame) or with
    /// only a phrase of time or occasion after its verb (Clauses.IsAsFrame, through ColonIntroduction). Not a frame whose verb
    /// reports no statement ("As the mayor spoke"), nor one with another speaker's verb after it.
    /// </summary>
    public class AsFrameIntroductionTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("As the Kestrel Courier reported, even on Friday the board was refusing to reopen the pier:\n\n“The board remains reluctant to reopen the pier, citing a survey by its engineers.”", "Kestrel Courier")]
        [InlineData("As the Kestrel Courier reported after the board appeared to drop the survey:\n\n“The board remains reluctant to reopen the pier, citing a survey by its engineers.”", "Kestrel Courier")]
        [InlineData("As Ada Lund wrote in her column on Sunday:\n\n“The board remains reluctant to reopen the pier, citing a survey by its engineers.”", "Ada Lund")]
        public void TheFramesSourceGivesTheStatement(string body, string speaker)
        {
            var q = Q(Quotes(Opening + body), "The board remains");
            Assert.Equal(speaker, q.Speaker);
        }

        /// <summary>Near cases: a verb that reports no statement, and another subject's verb of speech inside the frame's phrase.</summary>
        [Theory]
        [InlineData("As the mayor spoke after the vote on the pier:\n\n“The board remains reluctant to reopen the pier, citing a survey by its engineers.”", "mayor")]
        [InlineData("As the Kestrel Courier reported after the harbour master shouted at them:\n\n“The board remains reluctant to reopen the pier, citing a survey by its engineers.”", "Kestrel Courier")]
        public void NoStatementFrameNoSource(string body, string notSpeaker)
        {
            var q = Q(Quotes(Opening + body), "The board remains");
            Assert.NotEqual(notSpeaker, q.Speaker);
        }
    }
}
