using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "I am not going to speculate about intent": a refusal to speculate leaves a cue after it open, no position either way
    /// (accounts-stance.txt speculating, declining); and "the absence of a deal reflected mistrust": a noun of absence that is
    /// the subject of a verb before the cue denies its own phrase only (noun-negator). Texts of the tests' own.
    /// </summary>
    public class RefusedSpeculationTests
    {
        private static string? PositionOf(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.FirstOrDefault(c => c.Question == "deliberate" && c.Text.StartsWith("Anna Berg", StringComparison.Ordinal))?.Position;
        }

        [Theory]
        [InlineData("Anna Berg said she would not speculate about a deliberate motive.")]
        [InlineData("Anna Berg said she was not going to speculate about any deliberate plan.")]
        [InlineData("Anna Berg declined to speculate about a deliberate motive.")]
        [InlineData("Anna Berg said she won't guess at a deliberate motive.")]
        public void ARefusalToSpeculateTakesNoPosition(string paragraph) => Assert.Null(PositionOf(paragraph));

        [Fact]
        public void ASpeculationMadeIsSaid() =>
            // near miss: the speculation itself, not refused
            Assert.Equal("Deliberate", PositionOf("Anna Berg speculated that the shelling was deliberate."));

        [Fact]
        public void ANegatorFarBeforeTheVerbOfSpeculatingStillDenies() =>
            // near miss: the negator denies the cue, no verb of speculating near it
            Assert.Equal("Not deliberate", PositionOf("Anna Berg said the shelling was not deliberate."));

        [Theory]
        [InlineData("Anna Berg said the absence of a truce reflected a deliberate policy.")]
        [InlineData("Anna Berg said the lack of any warning was deliberate.")]
        public void ANounOfAbsenceInTheSubjectDeniesNoCueAfterItsVerb(string paragraph) => Assert.Equal("Deliberate", PositionOf(paragraph));

        private static string? AnyPosition(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraph);
            return corpus.Claims.FirstOrDefault(c => c.Question == "deliberate" && c.Position != null)?.Position;
        }

        [Theory]
        [InlineData("Anna Berg said the new treaty leaves the river line blank. \"That is deliberate,\" she said.")]
        [InlineData("Anna Berg said the statement avoids the word sorry. \"This is deliberate.\"")]
        public void APresentDemonstrativePredicateSpeaksOfNoPastAct(string paragraph) => Assert.Null(AnyPosition(paragraph));

        [Theory]
        [InlineData("Anna Berg said the shelling lasted all night. \"That was deliberate,\" she said.", "Deliberate")]
        [InlineData("Anna Berg said the shelling lasted all night. \"This is a deliberate act,\" she said.", "Deliberate")]
        public void APastDemonstrativePredicateOrANounStillSpeaksOfTheAct(string paragraph, string position) => Assert.Equal(position, AnyPosition(paragraph));

        [Theory]
        [InlineData("Anna Berg said there was an absence of any deliberate intent.")]
        [InlineData("Anna Berg said there was a lack of coordinated deliberate planning.")]
        public void ANounOfAbsenceDeniesTheCueInItsOwnPhrase(string paragraph) => Assert.Equal("Not deliberate", PositionOf(paragraph));
    }
}
