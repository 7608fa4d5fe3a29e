using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed and wrong positions found on own set 78 (accounts126), each on sentences of the tests' own: a
    /// phrase of difficulty in seeing before "how" doubts what the act could have been ("hard to see how … could have been an
    /// accident", as "questioned how … could be described as" does); a negator repeated for emphasis between commas ("no
    /// intention, none, to …") leaves the cue's words whole; and the shipped manifest's wordings of a side answering "only after"
    /// the other's fire, "no shot was fired", an all-clear with "no" before the side's men, "handed over" the grid references
    /// "to" the other side, support for the "investigating officer", an aim "to cause the deaths of" the side's men.
    /// </summary>
    public class Set78PositionCausesTests
    {
        [Fact]
        public void ADifficultyInSeeingHowTheActCouldHaveBeenWhatTheCueNamesDeniesIt()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said it was difficult to imagine how a raid that lasted two hours could have been a mistake.",
                "A Pakistani colonel said it is hard to understand how the shelling of marked posts could be called an accident.");
            Takes(corpus, "difficult to imagine how a raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "hard to understand how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AnEaseInSeeingHowOrAPhraseOfDoubtBeforeAnotherWordDeniesNothing()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said it was easy to see how a raid in the dark could have been a mistake.",
                "A U.S. general said it was hard to see why anyone would doubt that the raid had been a mistake.");
            Takes(corpus, "easy to see how a raid", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "hard to see why anyone", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ANegatorEchoedBetweenCommasLeavesTheCueWholeAndTheFirstNegatorDeniesIt()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. general said there had been no intention, none at all, to harm Pakistani soldiers.",
                "A U.S. admiral said there was no intention, none, of attacking Pakistani troops.");
            Takes(corpus, "no intention, none at all", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "no intention, none, of attacking", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AnotherWordBetweenCommasStillBreaksTheCue()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani general said the gunships had an intention, an old one, to harm the border villages.");
            TakesNone(corpus, "an intention, an old one", "deliberate");
        }

        [Fact]
        public void ASideThatAnsweredOnlyAfterTheOthersFireOrFiredNoShotDidNotFireFirst()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani major said the men on the ridge answered only after the gunships had opened fire on them.",
                "A U.S. captain said the platoon answered only when the posts started firing.",
                "A Pakistani brigadier said no shot was fired at the American troops from either post.");
            Takes(corpus, "the men on the ridge answered", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "the platoon answered only when", "United States", "first-fire", "Pakistani side fired first");
            Takes(corpus, "no shot was fired at the American", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AnAnswerAfterAnythingButFireTakesNoFirstFirePosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani official said the ministry answered only after three weeks of letters from the families.");
            TakesNone(corpus, "the ministry answered only after", "first-fire");
        }

        [Fact]
        public void AnAllClearWithNoBeforeTheSidesMenAndGridReferencesHandedOverAreCoordinationWordings()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "American officers said the company checked with the liaison cell and was told no Pakistani soldiers were near the valley.",
                "A Pakistani general said the army had handed over the grid references of both hilltop posts to NATO weeks earlier.");
            Takes(corpus, "was told no Pakistani soldiers", "United States", "coordination", "Coordination failed");
            Takes(corpus, "handed over the grid references", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void SupportForTheInvestigatingOfficerAndAnAimAtTheSidesDeathsAreFindingsAndIntentWordings()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pentagon spokeswoman said the department stood firmly behind the investigating officer's work.",
                "A U.S. diplomat said the coalition had never intended to cause the death of a single Pakistani soldier.",
                "A Pakistani senator said the gunships intended to cause the deaths of Pakistani soldiers.");
            Takes(corpus, "stood firmly behind", "United States", "findings", "Findings are accurate");
            Takes(corpus, "never intended to cause", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the gunships intended to cause", "Pakistan", "deliberate", "Deliberate");
        }
    }
}
