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

        [Theory]
        [InlineData("The crews missed a deadline that several skippers said went unnoticed in the smaller ports.", "several skippers", "went unnoticed in the smaller ports")]
        [InlineData("The council cut the night service, which critics say created a gap in the timetable.", "critics", "created a gap in the timetable")]
        [InlineData("The mayor introduced a curfew that many economists believe discouraged trainees from staying.", "many economists", "discouraged trainees from staying")]
        public void APastVerbOfItsOwnAfterAPrepositionAVerbOrAComma(string sentence, string source, string content)
        {
            // the relative's noun is an object or set off by a comma: the past verb after the cue is the relative clause's own
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the phrase may open what Lund said: "drew" is its verb, the plan is what the pilot described
        [InlineData("Lund said the plan that the pilot described drew criticism from the crews.", "the pilot")]
        [InlineData("Lund insisted that the report that the board cited showed no fault.", "the board")]
        // a passive: the report was not what the divers claimed
        [InlineData("The divers found the wreck, which the crew said sunk by a storm.", "the crew")]
        public void APastVerbAfterAPhraseThatMayBeASubjectReportsNothing(string sentence, string source)
        {
            Assert.DoesNotContain(Claims(sentence), x => x.Source == source);
        }

        [Theory]
        // the relative's noun is the object of an irregular past ("sold", "fought"), as of a past in -ed
        [InlineData("The skipper sold a trawler that he said was too slow for the northern grounds.", "he", "was too slow for the northern grounds")]
        [InlineData("The crews fought a levy that their union said would empty the harbour.", "their union", "would empty the harbour")]
        // a noun that is also a cue verb ("plan", "rule") after its determiner is the relative's noun, not a verb asking a question
        [InlineData("The council adopted a plan that the harbour master said was too costly for the town.", "the harbour master", "was too costly for the town")]
        public void TheRelativesNounAfterAnyPastOrAsACueWordsNoun(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AQuestionAfterACueVerbStillRelatesNothing()
        {
            // no determiner before "asked": the pronoun asks, and "he" reports nothing of his own
            Assert.DoesNotContain(Claims("The skipper asked who he thought was at fault for the collision."), x => x.Source == "he");
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
