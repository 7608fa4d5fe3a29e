using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed positions found on own set 89 (fix89c), each on sentences of the tests' own: the posts' places
    /// given with "their" and a word of exactness ("had been given their exact locations"); a document's relative clause after
    /// a participle of when it was made, with no comma before it ("the inquiry released in December, which found …"); a
    /// relative clause's content that goes on past a comma before "including"; a briefing's transcript that names the incident's
    /// one key term once, in a side's disputed point that a cue matches, with enough of its description's words, and goes through
    /// most of the manifest's questions.
    /// </summary>
    public class Set89PositionCausesTests
    {
        [Fact]
        public void ThePostsExactLocationsGivenWithTheirWorked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "\"Our men were shelled after the coalition had been given their exact locations,\" a Pakistani colonel said.",
                "A Pakistani brigadier said ISAF was given their precise locations a month earlier.");
            Takes(corpus, "Our men were shelled after the coalition", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "ISAF was given their precise locations", "Pakistan", "coordination", "Coordination worked");
        }

        /// <summary>Near miss (a document of its own: a side's failure gives the places it gave way): a word that is no word of exactness is not read as the posts' places given.</summary>
        [Fact]
        public void ThePostsWrongLocationsGivenWithTheirDidNotWork()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder, "A Pakistani major said ISAF had been given their wrong locations.");
            Takes(corpus, "ISAF had been given their wrong locations", "Pakistan", "coordination", "Coordination failed");
        }

        [Theory]
        [InlineData("The council rejected the harbour report released in March, which found that the pier was unsafe.", "harbour report", "the pier was unsafe")]
        [InlineData("Critics dismissed the inquiry published last week, which said that the ferry had lost money for years.", "inquiry", "the ferry had lost money for years")]
        public void ADocumentsRelativeAfterAParticipleOfTimeSpeaksForTheDocument(string body, string speaker, string content)
        {
            var all = Attributions(body);
            Assert.Contains(all, a => a.Speaker == speaker && a.Content == content);
        }

        [Theory]
        // an agent after "by", or a place's name, may be what the pronoun stands for: the document is not read as the speaker
        [InlineData("The council rejected the harbour report released by the ministry, which said that the pier was unsafe.", "harbour report")]
        [InlineData("The council rejected the harbour report published in Dover, which said that the pier was unsafe.", "harbour report")]
        public void NotAfterAnAgentOrAPlace(string body, string speaker) =>
            Assert.DoesNotContain(Attributions(body), a => a.Speaker == speaker);

        [Fact]
        public void ADocumentsRelativeAfterAParticipleGivesItsSidesPosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The minister dismissed the U.S. military inquiry released last December, which found that the deaths resulted from wrong information about the posts.",
                // the relative's content goes on past a comma before "including", which continues the noun phrase before it
                "A Pakistani senator attacked the U.S. report, which found that both sides had made errors, including faulty coordinates for the posts.");
            Takes(corpus, "the deaths resulted from wrong information about the posts", "United States", "coordination", "Coordination failed");
            Takes(corpus, "both sides had made errors, including faulty coordinates", "United States", "coordination", "Coordination failed");
        }

        [Theory]
        [InlineData("The council rejected the inquiry, which found that the ferry had lost money on several routes, including the night crossing.", "the ferry had lost money on several routes, including the night crossing")]
        // near miss: a comma before another word still closes the relative clause
        [InlineData("The council rejected the inquiry, which found that the ferry had lost money, and voted to keep the service.", "the ferry had lost money")]
        public void ARelativesContentGoesOnPastACommaBeforeIncluding(string body, string content) =>
            Assert.Contains(Attributions(body), a => a.Speaker == "inquiry" && a.Content == content);

        // a briefing's transcript under a headline that names neither the place nor the strike: the posts named once, in a side's
        // words the reporter relays and a cue matches; four of the description's words (investigation, forces, soldiers,
        // coordination, findings); the three points the sides dispute
        private const string Transcript =
            "QUESTION: The Pakistani army says its posts never opened fire on anyone. Do you accept that?|" +
            "SPOKESMAN: The investigation will look at that. There was no intention on the part of U.S. forces to target Pakistani soldiers, and there was poor coordination on both sides.|" +
            "QUESTION: When will the findings be published?";

        // near miss: the same, with "post" named once in passing ("a police post" a crowd stormed), not in the words a cue matches
        private const string InPassing =
            "QUESTION: A crowd stormed a police post in Karachi today. Separately, the Pakistani army says its men never opened fire on anyone. Do you accept that?|" +
            "SPOKESMAN: The investigation will look at that. There was no intention on the part of U.S. forces to target Pakistani soldiers, and there was poor coordination on both sides.|" +
            "QUESTION: When will the findings be published?";

        [Theory]
        [InlineData(Transcript, true, "cues of 3 of the 4 questions (first-fire, deliberate, coordination)")]
        [InlineData(InPassing, false, "its one key term named once (post)")]
        public void AKeyTermNamedOnceInASidesDisputedPointWithTheDescriptionsWordsIsAboutTheIncident(string text, bool about, string reason)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShippedUnder(folder, "Daily press briefing (excerpt)", text.Split('|'));
            var doc = corpus.Documents.Single();
            Assert.True(about == doc.IsAboutIncident, doc.Relevance);
            Assert.Contains(reason, doc.Relevance);
            if (about) Assert.Contains(corpus.Claims, c => c.Party == "Pakistan" && c.Position == "U.S. side fired first");
            else Assert.DoesNotContain(corpus.Claims, c => c.Position != null);
        }
    }
}
