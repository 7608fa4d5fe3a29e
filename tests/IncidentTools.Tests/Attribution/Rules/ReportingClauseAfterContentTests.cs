using System.Linq;
using Xunit;
using IncidentTools.Attribution.Rules;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "The ferry line said it expected delays of a week, and the retailers' group warned that shelves could empty": a content
    /// with no quotation ends at the comma before a new clause whose own subject reports by a verb of its own; that clause is
    /// the second speaker's words, not the first's.
    /// </summary>
    public class ReportingClauseAfterContentTests
    {
        [Theory]
        [InlineData("The ferry line said it expected delays of up to a week, and the harbour board warned that shelves could empty by May.",
            "The ferry line", "it expected delays of up to a week")]
        [InlineData("Ada Lund said the pier would reopen in June, but the harbour board said the repairs would take a year.",
            "Ada Lund", "the pier would reopen in June")]
        [InlineData("The mayor told residents the water was safe to drink, and Dr. Tom Reyes also insisted that the tests were clean.",
            "The mayor", "the water was safe to drink")]
        public void TheContentEndsBeforeTheSecondSpeakersClause(string body, string source, string content)
        {
            var found = Run(body, new CueThenContent());
            Assert.Equal(content, found.Single(f => f.Source == source).Content);
        }

        [Theory]
        // "that" after "and": a second clause of what the first speaker reports
        [InlineData("Ada Lund said the pier would reopen in June, and that the harbour board agreed to pay for it.",
            "the pier would reopen in June, and that the harbour board agreed to pay for it")]
        // a list of what happened: no subject and verb of saying after the coordinator
        [InlineData("Ada Lund said the ferry was late, and the crew had gone home without a word.",
            "the ferry was late, and the crew had gone home without a word")]
        public void TheContentRunsOnWithoutASpeakerOfItsOwn(string body, string content)
        {
            var found = Run(body, new CueThenContent());
            Assert.Equal(content, found.Single(f => f.Source == "Ada Lund").Content);
        }
    }
}
