using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// SpeakingSubjectBefore across a quotation the rules set aside as a name or a title: "He said the actor chose the years
    /// known as “the Long Frost.” ¶ “…”" is still his. Texts of the tests' own.
    /// </summary>
    public class NameInSpeakingSentenceTests
    {
        [Fact]
        public void ANamedPeriodInTheSpeakingSentenceKeepsTheStatementParagraphTheSpeakers()
        {
            var body =
                "\u201CThe script tells you very little about him,\u201D said Tom Reyes, the director.\n\n" +
                "Reyes said the actor chose a winter of famine in the north that is known as \u201CThe Long Frost.\u201D\n\n" +
                "\u201CI thought it was a good chance to tie his past to what he would face in the city years later.\u201D\n";
            var quote = Q(Quotes("A quiet film", body, null), "I thought it was");
            // (the quote is a view of Reyes's report, whose rule it shows)
            Assert.Equal("Tom Reyes", quote.Speaker);
        }
    }
}
