using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb of saying or thought inside a relative clause whose subject is not the pronoun, right before a finite verb:
    /// "the fares, which officials said will rise in May": the relative's noun is the subject of the reported clause, and
    /// that clause is what the officials said. Not an object relative ("the ferry that the council wanted"), nor one in the
    /// sentence's subject before its main verb, nor a question after a verb ("asked who they thought was …").
    /// </summary>
    public class RelativeGapTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("The new fares, which officials said will take effect in May, will not apply to children.", "officials", "will take effect in May")]
        [InlineData("The pier drew 30 fishermen, which he said were about evenly split between the two clubs.", "he", "were about evenly split between the two clubs")]
        [InlineData("The board blocked a timetable that the captain said would leave the island without a ferry.", "the captain", "would leave the island without a ferry")]
        [InlineData("She has the kind of job that many economists say is the future of the harbour.", "many economists", "is the future of the harbour")]
        public void TheReportedClauseOfTheRelativesNoun(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void TheRelativeClauseEndsAtItsComma()
        {
            // "but reviewers disagree" is the writer's clause after the relative, not what the maker says
            var f = Assert.Single(Claims("Lund Marine released an engine that it says will run for a decade, but mechanics disagree."), x => x.Source == "it");
            Assert.Equal("will run for a decade", f.Content);
        }

        [Fact]
        public void TheRelativeClauseKeepsItsOwnCoordinatedVerbs()
        {
            // no comma: "and cost less" is still inside the relative clause
            var f = Assert.Single(Claims("Lund Marine released an engine that it says will run for a decade and cost less."), x => x.Source == "it");
            Assert.Equal("will run for a decade and cost less", f.Content);
        }

        [Fact]
        public void AnObjectRelativeReportsNothing()
        {
            Assert.DoesNotContain(Claims("The town bought the ferry that the council wanted for the crossing."), x => x.Source == "the council");
        }

        [Fact]
        public void ARelativeInTheSubjectLeavesTheMainVerb()
        {
            // "are stored" is the main clause's verb: the records are not what the auditor questioned them to be
            Assert.DoesNotContain(Claims("Some paper records that the auditor questioned are already stored in a vault."), x => x.Source == "the auditor");
        }

        [Fact]
        public void AQuestionAfterAVerbIsNoRelative()
        {
            Assert.DoesNotContain(Claims("When asked who they thought was the best pilot, most riders named Ines Vale."), x => x.Source == "they");
        }
    }
}
