using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Causes of own set 72's wrong and missed positions, each a general form of news English: a cue in a direct question
    /// (rhetorical or asked) asserts nothing; "the idea that [cue] is simply not credible" denies the cue; a negator before
    /// "whose" does not reach the relative clause; negated intent with an intensifier ("no intention whatsoever to") and
    /// "went out to kill"; and the manifest's new wordings of coordination, findings and first fire. Each with the near miss
    /// it must refuse. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestAskedAndDeniedCueTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static string?[] Positions(IncidentCorpus corpus, string contentPart, string question) =>
            corpus.Claims.Where(c => c.Question == question && c.Text.IndexOf(contentPart, StringComparison.Ordinal) >= 0).Select(c => c.Position).ToArray();

        private static void Takes(IncidentCorpus corpus, string contentPart, string party, string question, string position)
        {
            var claims = corpus.Claims.Where(c => c.Question == question && c.Text.IndexOf(contentPart, StringComparison.Ordinal) >= 0).ToArray();
            Assert.True(claims.Any(c => c.Party == party && c.Position == position),
                contentPart + ": " + string.Join(" | ", corpus.Claims.Where(c => c.Text.IndexOf(contentPart, StringComparison.Ordinal) >= 0).Select(c => c.Party + "/" + c.Question + "/" + c.Position + "/" + c.PositionCue)));
            Assert.DoesNotContain(claims, c => c.Position != null && c.Position != position);
        }

        [Fact]
        public void ACueInADirectQuestionTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"We called them again and again. What sort of accident goes on all night?\" a Pakistani general asked.",
                "A U.S. colonel said the strike had been an accident. Who could have known the posts were there?");
            Assert.All(Positions(corpus, "What sort of accident", "deliberate"), p => Assert.Null(p));
            // near miss: the statement before a question keeps its cue
            Takes(corpus, "had been an accident", Us, "deliberate", "Not deliberate");
        }

        /// <summary>The source's claims whose text holds <paramref name="contentPart"/> exist, and none takes a position on the question.</summary>
        private static void TakesNone(IncidentCorpus corpus, string contentPart, string question)
        {
            var claims = corpus.Claims.Where(c => c.Text.IndexOf(contentPart, StringComparison.Ordinal) >= 0).ToArray();
            Assert.NotEmpty(claims);
            Assert.DoesNotContain(claims, c => c.Question == question && c.Position != null);
        }

        [Fact]
        public void AQuestionAfterAFrontedClauseTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"When their pilots had the grid references of every post, how could any sensible person call this an accident?\" a Pakistani senator asked.",
                "\"When the posts opened fire on our men, the pilots answered, and what followed was an accident,\" a U.S. colonel said.");
            TakesNone(corpus, "how could any sensible person", "deliberate");
            // near miss: a statement after a fronted clause keeps its cue
            Takes(corpus, "what followed was an accident", Us, "deliberate", "Not deliberate");
        }

        [Fact]
        public void TheirSpokesmanInOnePersonsWordsIsAnothersReport()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani senator told the chamber that their spokesman had said the strike was an accident.",
                "A Pakistani senator told the chamber that the strike was an accident of the worst kind.");
            TakesNone(corpus, "their spokesman had said", "deliberate");
            // near miss: the senator's own words keep their cue
            Takes(corpus, "of the worst kind", Pk, "deliberate", "Not deliberate");
        }

        [Fact]
        public void ACueJoinedByOrToItsOwnNegationHoldsNeither()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said that knowingly or unknowingly, the helicopters had killed twenty of his soldiers.",
                "A Pakistani general said the helicopters had knowingly killed twenty of his soldiers.");
            TakesNone(corpus, "knowingly or unknowingly", "deliberate");
            // near miss: the cue alone holds
            Takes(corpus, "had knowingly killed", Pk, "deliberate", "Deliberate");
        }

        [Fact]
        public void ACueInAConditionBeforeThenTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"If the inquiry finds what I expect it to find, that both armies made mistakes, then it will settle nothing,\" a Pakistani senator said.",
                "\"Both armies made mistakes that night, then the firing stopped,\" a U.S. colonel said.");
            TakesNone(corpus, "both armies made mistakes, then", "deliberate");
            // near miss: ", then" after a sentence that opens with no condition keeps the cue
            Takes(corpus, "mistakes that night", Us, "deliberate", "Not deliberate");
        }

        [Fact]
        public void TheIdeaThatACueHoldsCalledNotCredibleDeniesIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. senator said the idea that American pilots set out to kill Pakistani soldiers was simply not credible.",
                "A Pakistani general said the suggestion that the strike was deliberate was credible.");
            Takes(corpus, "American pilots set out", Us, "deliberate", "Not deliberate");
            // near miss: "credible" alone is no falsity
            Takes(corpus, "the strike was deliberate was credible", Pk, "deliberate", "Deliberate");
        }

        [Fact]
        public void ANegatorBeforeWhoseDoesNotReachTheRelativeClause()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. senator said Congress was in no mood to pay an army whose officers had deliberately misled it.",
                "A U.S. senator said the officers had not deliberately misled anyone.");
            Assert.DoesNotContain(Positions(corpus, "whose officers", "deliberate"), p => p == "Not deliberate");
            // near miss: the negator of the clause itself still denies it
            Takes(corpus, "had not deliberately", Us, "deliberate", "Not deliberate");
        }

        [Fact]
        public void NegatedIntentWithAnIntensifierOrWentOutToKill()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. general said there was no intention whatsoever to target Pakistani soldiers.",
                "A U.S. colonel said nobody in his unit went out that morning to kill Pakistani troops.",
                "A U.S. major said the patrol went out that morning to search a village.");
            Takes(corpus, "no intention whatsoever", Us, "deliberate", "Not deliberate");
            Takes(corpus, "went out that morning to kill", Us, "deliberate", "Not deliberate");
            // near miss: going out to do something else is no aim at the side's men
            Assert.All(Positions(corpus, "to search a village", "deliberate"), p => Assert.Null(p));
        }

        [Fact]
        public void ThePostsMadeKnownToTheCoalitionInOtherWordsIsPakistansCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the posts had been identified to NATO months before.",
                "A Pakistani colonel said ISAF had been told of their positions in October.",
                "A Pakistani brigadier said the coordinates of both posts were within the knowledge of the coalition.",
                "A Pakistani major said NATO had their precise coordinates.",
                "A Pakistani captain said the border staff had given the coordinates of the posts to their ISAF counterparts.",
                "A Pakistani lieutenant said the militants had been identified to NATO by informers.");
            foreach (var part in new[] { "identified to NATO months", "told of their positions", "within the knowledge", "their precise coordinates", "their ISAF counterparts" })
                Takes(corpus, part, Pk, "coordination", "Coordination worked");
            // near miss: the places of someone else made known
            Assert.All(Positions(corpus, "militants had been identified", "coordination"), p => Assert.Null(p));
        }

        [Fact]
        public void CoordinationFailedInOtherWords()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. colonel said there were breakdowns in how the two armies talked to each other.",
                "A U.S. major said the liaison arrangements at the border did not work that night.",
                "A Pakistani brigadier said the border procedures had been found wanting.");
            Takes(corpus, "breakdowns in how", Us, "coordination", "Coordination failed");
            Takes(corpus, "liaison arrangements", Us, "coordination", "Coordination failed");
            Takes(corpus, "found wanting", Pk, "coordination", "Coordination failed");
        }

        [Fact]
        public void TheInvestigationUnacceptableOrItsConclusionNotAcceptedIsFindingsAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said the American investigation was still unacceptable to the army.",
                "A Pakistani minister said Pakistan did not accept its main conclusion.");
            Takes(corpus, "investigation was still unacceptable", Pk, "findings", "Findings are wrong");
            Takes(corpus, "did not accept its main conclusion", Pk, "findings", "Findings are wrong");
        }

        [Fact]
        public void NotTheAggressorsAndCalledInAfterTheySideOpenedFire()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"Our men were not the aggressors,\" a Pakistani colonel said.",
                "A U.S. general said the helicopters were called in after Pakistani troops opened fire on the patrol.",
                "A U.S. major said the helicopters were called in after the patrol reached the ridge.");
            Takes(corpus, "not the aggressors", Pk, "first-fire", "U.S. side fired first");
            Takes(corpus, "called in after Pakistani troops", Us, "first-fire", "Pakistani side fired first");
            // near miss: called in after something else
            Assert.All(Positions(corpus, "reached the ridge", "first-fire"), p => Assert.Null(p));
        }
    }
}
