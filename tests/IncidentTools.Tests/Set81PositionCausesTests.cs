using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 81 (fix81a), each on sentences of the tests' own: a refusal to accept
    /// the act "as" what the cue names denies the cue ("hard to accept as a mistake"); a negated verb of seeing before "how"
    /// ("does not see how it could be called an accident") is a doubting question, read once; and a perfect of naming under a
    /// negator ("has not formally called the raid deliberate") is a name not yet given, no position. And one of a missed position:
    /// a person who "found there was" reports a finding, as with "that".
    /// </summary>
    public class Set81PositionCausesTests
    {
        [Fact]
        public void ARefusalToAcceptTheActAsWhatTheCueNamesDeniesTheCue()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said the raid was \"hard to accept as a mistake\".",
                "A Pakistani general said his officers would not accept the shelling as an accident.");
            Takes(corpus, "hard to accept as a mistake", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "would not accept the shelling as an accident", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void ARefusedObjectWithoutAsStillKeepsItsOwnReading()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the raid was an accident.",
                "A U.S. major said the shelling was not deliberate.");
            Takes(corpus, "the raid was an accident", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the shelling was not deliberate", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ANegatedVerbOfSeeingBeforeHowDoubtsTheAct()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said the committee does not see how the raid could be called an accident.",
                "A Pakistani minister said she cannot understand how the shelling can be described as a mistake.");
            Takes(corpus, "does not see how the raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "cannot understand how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AGrantedOrPlainNegatedNamingKeepsItsReading()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said there was no way to call the raid deliberate.",
                "A U.S. major said it was not hard to see how the shelling could have been a mistake.");
            Takes(corpus, "no way to call the raid deliberate", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "not hard to see how the shelling", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void AnActNotYetNamedTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "Pakistani ministers have not publicly called the raid deliberate.",
                "The Pakistani army has not called the shelling an accident.");
            // (each sentence is still a claim of its speaker: only the position is held back)
            Assert.Contains(corpus.Claims, x => x.Content.Contains("the raid deliberate", System.StringComparison.Ordinal));
            Assert.Contains(corpus.Claims, x => x.Content.Contains("the shelling an accident", System.StringComparison.Ordinal));
            TakesNone(corpus, "the raid deliberate", "deliberate");
            TakesNone(corpus, "the shelling an accident", "deliberate");
        }

        [Fact]
        public void APlainPerfectDenialOrARefusalToNameStillTakesItsPosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the raid had not been deliberate.",
                "A Pakistani senator refused to call the shelling an accident.");
            Takes(corpus, "the raid had not been deliberate", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "to call the shelling an accident", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void APersonWhoFoundThereWasReportsAFinding()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "The U.S. investigating officer, Col. Dana Whitlow, also found there was no intentional effort to strike the Pakistani posts.",
                "A U.S. brigadier found there were errors on both sides, but no deliberate attack on the Pakistani posts.");
            Takes(corpus, "no intentional effort to strike", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "no deliberate attack on the Pakistani posts", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void APersonWhoFoundAThingThereReportsNoFinding()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. sergeant found there the wreckage of a deliberate ambush.");
            Assert.DoesNotContain(corpus.Claims, x => x.Content.Contains("wreckage", System.StringComparison.Ordinal));
        }
    }
}
