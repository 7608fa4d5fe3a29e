using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of position misses found on own set 76 (accounts121), each on sentences of the tests' own: a negative
    /// subject with a list of places set off by commas denies its predicate's cue ("Nobody at the base, in the air or on the
    /// ground set out to kill …"); a reported question of "how" that doubts what the act could be called denies the cue
    /// ("questioned how an attack of two hours could be described as an accident"); the posts' "positions" passed to the
    /// other side; the coordination that was needed "not in place".
    /// </summary>
    public class Set76PositionCausesTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        internal static void Takes(IncidentCorpus corpus, string content, string party, string question, string position)
        {
            var c = corpus.Claims.Where(x => x.Content.Contains(content, StringComparison.Ordinal) && x.Question == question).ToList();
            Assert.True(c.Count == 1, "no single claim on " + question + " holding \"" + content + "\": " + string.Join(" | ", corpus.Claims.Select(x => x.Speaker + "/" + x.Question + "/" + x.Position + ": " + x.Content)));
            Assert.Equal(party, c[0].Party);
            Assert.Equal(position, c[0].Position);
        }

        internal static void TakesNone(IncidentCorpus corpus, string content, string question)
        {
            var c = corpus.Claims.Where(x => x.Content.Contains(content, StringComparison.Ordinal) && x.Question == question).ToList();
            Assert.True(c.Count == 0, "a claim on " + question + " holding \"" + content + "\": " + string.Join(" | ", c.Select(x => x.Speaker + "/" + x.Position + ": " + x.Content)));
        }

        [Fact]
        public void ANegativeSubjectWithAListOfPlacesDeniesItsPredicate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"No one at the air base, on the helicopters or at the command post set out to kill Pakistani soldiers,\" a U.S. colonel said.",
                "A U.S. general said that nobody in the gunship, in the tower, meant to kill Pakistani troops.");
            Takes(corpus, "at the air base, on the helicopters", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "in the gunship, in the tower", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AnAffirmedSubjectAfterAPlaceListStillAffirms()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general said that the crews in the gunship, in the tower and at the base set out to kill Pakistani soldiers.",
                "Without warning, in the dark, the crews set out to kill Pakistani soldiers, a Pakistani colonel said.");
            Takes(corpus, "in the gunship, in the tower", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "in the dark, the crews", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AReportedQuestionOfHowTheActCouldBeCalledAnAccidentDeniesIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Pakistani ministers questioned how a raid that went on for two hours, with calls to the coalition all along, could be called an accident.",
                "A Pakistani general asked how a strike on marked posts could be treated as a string of honest mistakes.");
            Takes(corpus, "could be called an accident", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "could be treated as a string", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AQuestionOfHowTheAccidentHappenedStaysOpen()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general asked how the accident had happened.");
            TakesNone(corpus, "how the accident had happened", "deliberate");
        }

        [Fact]
        public void ThePostsPositionsPassedToTheOtherSideIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani colonel said the positions of the two posts had been passed to NATO weeks earlier.");
            Takes(corpus, "the positions of the two posts", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void TheCoordinationNotInPlaceIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"We did not have the right coordination in place with the Pakistani army,\" a U.S. general said.",
                "A U.S. colonel said the coordination in place that night had worked well.");
            Takes(corpus, "did not have the right coordination", "United States", "coordination", "Coordination failed");
            TakesNone(corpus, "the coordination in place that night", "coordination");
        }
    }
}
