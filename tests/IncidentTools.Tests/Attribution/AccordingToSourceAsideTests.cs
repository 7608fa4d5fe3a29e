using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, according to X, a charity in Kirkwall.": words after the source of a sentence-final "according to" that only describe
    /// the source (an indefinite apposition, a relative clause, a participle with its agent, the name of the person the phrase
    /// ends on) are no part of the content; words that go on with the clause the cue interrupts still are.
    /// </summary>
    public class AccordingToSourceAsideTests
    {
        private const string Opening = "The island ferry ran late again this winter.\n\n";

        private static IncidentTools.IncidentAttribution ByCue(string body) =>
            Attributions(Opening + body).Single(a => a.Rule == "AccordingToClause");

        [Theory]
        [InlineData("The ferry was late on most days, according to the Harbour Trust, a charity in Kirkwall.", "Harbour Trust")]
        [InlineData("The ferry was late on most days, according to Harbour Watch, which tracks delays on the coast.", "Harbour Watch")]
        [InlineData("The ferry was late on most days, according to the Ferry Users Group, one of the groups representing the commuters.", "Ferry Users Group")]
        [InlineData("The ferry was late on most days, according to figures compiled by the Orkney Times, a weekly paper.", null)]
        public void AnApositionOfTheSourceIsNoContent(string body, string? speaker)
        {
            var a = ByCue(body);
            Assert.Equal("The ferry was late on most days", a.Content);
            if (speaker != null) Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void TheNameOfThePersonTheSourceEndsOnIsNoContent()
        {
            var a = ByCue("The ferry was late on most days, according to port research cited by its chairman, Jo Bell.");
            Assert.Equal("The ferry was late on most days", a.Content);
        }

        [Fact]
        public void ANameAfterTheDescriptionIsTheSource()
        {
            var a = ByCue("The ferry was late on most days, according to the port's spokesman, Jo Bell.");
            Assert.Equal("The ferry was late on most days", a.Content);
            Assert.Equal("Jo Bell", a.Speaker);
        }

        [Theory]
        [InlineData("The ferry was late on most days, according to Jo Bell, the port's spokeswoman.", "Jo Bell")]
        [InlineData("The ferry was late on most days, according to Jo Bell, its harbour master.", "Jo Bell")]
        [InlineData("The ferry was late on most days, according to Ferry Watch, the local ferry union.", "Ferry Watch")]
        public void ADefinitePhraseOfAPersonOrBodyThatEndsTheSentenceIsNoContent(string body, string speaker)
        {
            var a = ByCue(body);
            Assert.Equal("The ferry was late on most days", a.Content);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void ANameWithItsStateStaysTheSource()
        {
            // negative: the abbreviation after a titled name is the name's state, no name after a description
            var a = ByCue("The ferry was late on most days, according to former Sen. Jo Bell, R-Ore.");
            Assert.NotNull(a.Speaker);
            Assert.Equal("Bell", a.Speaker!.Split(' ').Last());
        }

        [Theory]
        [InlineData("The real problem, according to the harbour master, is the lack of money for repairs.")]
        [InlineData("The ferry, according to the harbour master, sailed without a permit.")]
        [InlineData("The repairs took, according to the harbour master, a third of the budget.")]
        [InlineData("The repairs cost, according to the harbour master, more than $2 million.")]
        [InlineData("The ferry left late after, according to the harbour master, the crew stayed ashore.")]
        [InlineData("The storm sank, according to the harbour master, the boats of the crews.")]
        public void TheRestOfTheInterruptedClauseStaysInTheContent(string body)
        {
            // negative: a verb phrase or a definite subject after the source's comma goes on with the clause before the cue
            var a = ByCue(body);
            Assert.Equal(body.TrimEnd('.'), a.Content);
        }
    }
}
