using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Compare-IncidentAccount's engine on texts of the tests' own.</summary>
    public class AccountComparisonTests
    {
        private static AccountComparison Row(IncidentCorpus corpus, string question) =>
            corpus.CompareAccounts(questionPatterns: new[] { question }).Single();

        [Fact]
        public void EveryQuestionIsARowWithItsRelation()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said its patrol came under fire near the pass.",
                "The Southern Guard said its post came under fire before dawn.",
                "Southland insisted the shelling was deliberate.",
                "Omar Diaz said the shelling of the village was deliberate too.");
            var rows = corpus.CompareAccounts();
            Assert.Equal(new[] { "first-shot", "deliberate", "casualties" }, rows.Select(r => r.Question).ToArray());

            var first = rows[0];
            Assert.Equal(AccountRelation.Contradict, first.Relation);
            Assert.Equal("Northland", first.ReferenceParty);
            Assert.Equal("Southland fired first", first.ReferencePosition);
            Assert.Equal("Northland fired first", first.DifferencePosition);
            Assert.Equal(1, first.ReferenceCount);
            Assert.Equal("Who fired first?", first.QuestionText);

            var deliberate = rows[1];
            Assert.Equal(AccountRelation.DifferenceOnly, deliberate.Relation);
            Assert.Null(deliberate.ReferencePosition);
            Assert.Equal(2, deliberate.DifferenceCount);
            // a CSV cell: the claims' own ToString joined by "; "
            Assert.Equal(string.Join("; ", deliberate.DifferenceEvidence.Select(c => c.ToString())), deliberate.DifferenceEvidence.ToString());

            var none = rows[2];
            Assert.Equal(AccountRelation.None, none.Relation);
            Assert.Equal(0, none.ReferenceCount + none.DifferenceCount);
        }

        [Fact]
        public void SamePositionsAgree()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland said the shelling was an accident.",
                "Southland said the shelling was an accident.");
            Assert.Equal(AccountRelation.Agree, Row(corpus, "deliberate").Relation);
        }

        [Fact]
        public void APartyOnBothSidesWithoutATwoThirdsMajorityIsMixed()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland said the shelling was deliberate.",
                "The Interior Ministry said the shelling was an accident.",
                "Southland said the shelling was deliberate.");
            var row = Row(corpus, "deliberate");
            Assert.Equal(AccountRelation.Mixed, row.Relation);
            Assert.Equal("Deliberate; Not deliberate", row.ReferencePosition);
            Assert.Equal("Deliberate", row.DifferencePosition);
        }

        [Fact]
        public void ATwoThirdsMajorityIsThePartysPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland said the shelling was deliberate.",
                "The Interior Ministry said the shelling was deliberate.",
                "Anna Berg said the shelling was an accident.",
                "Southland said the shelling was an accident.");
            var row = Row(corpus, "deliberate");
            Assert.Equal("Deliberate", row.ReferencePosition);
            Assert.Equal(3, row.ReferenceCount);
            Assert.Equal(AccountRelation.Contradict, row.Relation);
        }

        [Fact]
        public void PartiesCanBeNamedByAliasAndSwapped()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland said the shelling was deliberate.");
            var row = corpus.CompareAccounts("southern", "Northland", new[] { "delib*" }).Single();
            Assert.Equal("Southland", row.ReferenceParty);
            Assert.Equal(AccountRelation.DifferenceOnly, row.Relation);
        }

        [Fact]
        public void QuestionPatternsAreWildcards()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, "Nothing is said here.");
            Assert.Equal(new[] { "first-shot" }, corpus.CompareAccounts(questionPatterns: new[] { "FIRST-*" }).Select(r => r.Question));
            Assert.Equal(new[] { "first-shot", "casualties" }, corpus.CompareAccounts(questionPatterns: new[] { "*s?ot", "cas*" }).Select(r => r.Question));
            Assert.Empty(corpus.CompareAccounts(questionPatterns: new[] { "nothing" }));
            Assert.Equal(3, corpus.CompareAccounts(questionPatterns: Array.Empty<string>()).Count);
        }

        [Fact]
        public void AnUnknownPartyIsAClearArgumentError()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, "Nothing is said here.");
            var ex = Assert.Throws<ArgumentException>(() => corpus.CompareAccounts("Westland"));
            Assert.Contains("Westland", ex.Message);
            Assert.Contains("'Northland', 'Southland'", ex.Message);
            Assert.Throws<ArgumentException>(() => corpus.CompareAccounts("Northland", "Northern"));
        }

        [Fact]
        public void WithoutPartiesThereIsNothingToCompare()
        {
            using var folder = new TempFolder();
            folder.Write("article.txt", "Clash\n\nNorthland said the shelling was deliberate.\n");
            var corpus = IncidentCorpus.Load(folder.Path);
            // the attribution is a claim (of no side the tables know), but there are no sides to compare
            var claim = Assert.Single(corpus.Claims);
            Assert.Equal("Northland", claim.Source);
            Assert.Null(claim.Question);
            var ex = Assert.Throws<InvalidOperationException>(() => corpus.CompareAccounts());
            Assert.Contains("parties", ex.Message);
        }

        [Fact]
        public void WithoutQuestionsClaimsSharingKeyTermsArePaired()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties,
                "Northland said the bridge was destroyed by artillery fire.",
                "Southland said the bridge was not destroyed by artillery fire.",
                "The Interior Ministry said the convoy carried medical supplies.",
                "The Foreign Office said the convoy carried weapons hidden under medical supplies.",
                "Anna Berg said the weather was cold.",
                "Omar Diaz said elections would be held in spring.");
            var rows = corpus.CompareAccounts();
            Assert.Equal(2, rows.Count);

            var bridge = rows.Single(r => r.QuestionText!.Contains("bridge"));
            Assert.Equal(AccountRelation.Contradict, bridge.Relation);
            Assert.Equal("Affirms", bridge.ReferencePosition);
            Assert.Equal("Denies", bridge.DifferencePosition);
            Assert.StartsWith("related-", bridge.Question);
            Assert.Contains("destroyed", bridge.QuestionText);

            var convoy = rows.Single(r => r.QuestionText!.Contains("convoy"));
            Assert.Equal(AccountRelation.Related, convoy.Relation);
            Assert.Equal(1, convoy.ReferenceCount);
            Assert.Equal(1, convoy.DifferenceCount);
            Assert.StartsWith("The Interior Ministry", convoy.ReferenceEvidence[0].Text);

            // the generated ids take wildcards too
            Assert.Single(corpus.CompareAccounts(questionPatterns: new[] { "related-1" }));
        }
    }
}
