using System;
using System.Linq;
using IncidentTools.Accounts;
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

        private const string VersionedStory = AccountTestCorpus.Parties + AccountTestCorpus.Questions + @"
documents:
  - file: first.txt
    story: kestrel-clash
  - file: update.txt
    story: kestrel-clash
  - file: other.txt
";

        [Fact]
        public void EvidenceRepeatedAcrossVersionsOfOneStoryCountsOnce()
        {
            // Northland says "deliberate" in both versions of one story and "accident" twice in another
            // article: counted per version, Deliberate would hold 2 of 4 (Mixed); counted once, it holds
            // 1 of 3 and Not deliberate 2 of 3, the two-thirds majority. Both citations stay listed.
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, VersionedStory,
                ("first.txt", "Clash at Kestrel Pass\n\nThe Interior Ministry said the shelling was deliberate.\n"),
                ("update.txt", "Clash at Kestrel Pass (updated)\n\nThe Interior Ministry said the shelling was deliberate.\n\nA second paragraph was added later.\n"),
                ("other.txt", "Villagers return\n\nAnna Berg said the shelling was an accident.\n\nNorthland said later that it was an accident.\n"));
            var row = Row(corpus, "deliberate");
            Assert.Equal("Not deliberate", row.ReferencePosition);
            Assert.Equal(AccountRelation.ReferenceOnly, row.Relation);
            Assert.Equal(4, row.ReferenceCount);
            Assert.Equal(2, row.ReferenceEvidence.Count(c => c.Position == "Deliberate"));
            Assert.Equal(new[] { "first", "update" }, row.ReferenceEvidence.Where(c => c.Position == "Deliberate").Select(c => c.DocumentId).OrderBy(d => d).ToArray());
        }

        [Theory]
        [InlineData("story-1", "story-2", "Deliberate")]                  // two stories: each counts
        [InlineData("story-1", "story-1", "Deliberate; Not deliberate")]  // two versions of one: once, and no majority
        public void OnlyVersionsOfOneStoryShareTheirEvidence(string storyA, string storyB, string expected)
        {
            using var folder = new TempFolder();
            var manifest = AccountTestCorpus.Parties + AccountTestCorpus.Questions +
                "documents:\n  - {file: a.txt, story: " + storyA + "}\n  - {file: b.txt, story: " + storyB + "}\n  - {file: c.txt, story: story-3}\n";
            var corpus = AccountTestCorpus.LoadFiles(folder, manifest,
                ("a.txt", "Shelling report\n\nThe Interior Ministry said the shelling was deliberate.\n"),
                ("b.txt", "Shelling report, updated\n\nThe Interior Ministry said the shelling was \u201Cdeliberate.\u201D\n"),
                ("c.txt", "Villagers return\n\nAnna Berg said the shelling was an accident.\n"));
            var row = Row(corpus, "deliberate");
            Assert.Equal(expected, row.ReferencePosition);
            Assert.Equal(3, row.ReferenceCount);
        }

        [Fact]
        public void ARepeatInOneArticleCountsAsOftenAsTheArticleSaysIt()
        {
            using var folder = new TempFolder();
            var manifest = AccountTestCorpus.Parties + AccountTestCorpus.Questions +
                "documents:\n  - {file: a.txt, story: s}\n  - {file: b.txt, story: s}\n";
            var corpus = AccountTestCorpus.LoadFiles(folder, manifest,
                ("a.txt", "Shelling report\n\nThe Interior Ministry said the shelling was deliberate.\n\nAnna Berg said the shelling was deliberate.\n"),
                ("b.txt", "Shelling report, updated\n\nAnna Berg said the shelling was deliberate.\n\nNorthland said it was an accident.\n"));
            var claims = corpus.Claims.Where(c => c.Question == "deliberate").ToArray();
            Assert.Equal(4, claims.Length);
            // the second article's repeat does not count; its own new claim does
            Assert.Equal(new[] { true, true, false, true }, AccountComparer.Counted(claims));
        }
    }
}
