using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of missed and wrong positions found on own set 79 (accounts132), each on sentences of the tests' own: a
    /// judgement held back as not yet due ("too early to say that …") leaves the cue after it open; a person's "he found it hard to
    /// believe that …" is the person's own view, not another's finding; and the shipped manifest's wordings of a provocation
    /// "by any action from" a side's posts, an aim denied as a belief ("do not believe … was aimed at"), the posts' coordinates
    /// "passed" to the other side, the other side "informed about" their location and "already had the posts' coordinates"; a
    /// quotation that opens at the auxiliaries after the side's men ('the posts "did not fire first"'); locations "given to them"
    /// or "shared with them" in a side's own words.
    /// </summary>
    public class Set79PositionCausesTests
    {
        [Fact]
        public void AJudgementHeldBackAsNotYetDueLeavesTheCueOpen()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani brigadier said on Tuesday that it was too early to say that the shelling had been an accident.",
                "A U.S. colonel said it was premature to conclude that the raid was deliberate.");
            TakesNone(corpus, "too early to say that the shelling", "deliberate");
            TakesNone(corpus, "premature to conclude that the raid", "deliberate");
        }

        [Fact]
        public void AJudgementSaidToBeDueOrHeldBackInAnotherClauseLeavesTheCue()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the raid had been an accident and that it was too early to say more.",
                "A U.S. major said it was too early to say more, but the shelling had been an accident.");
            Takes(corpus, "the raid had been an accident", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the shelling had been an accident", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void APersonWhoFoundItHardToBelieveSpeaksForHimself()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said he found it very hard to believe that a gunship crew with night sights had made a mistake.",
                "A Pakistani minister said she finds it difficult to accept that the shelling was an accident.");
            Takes(corpus, "found it very hard to believe", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "finds it difficult to accept", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void WhatAPronounFoundInAReportIsStillAnotherSourcesFinding()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said he found in the American report that the raid had been a mistake.");
            TakesNone(corpus, "found in the American report", "deliberate");
        }

        [Fact]
        public void AProvocationByAnActionFromASideOrItsDenialNamesWhoFiredFirst()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said the raid had not been provoked by any action from the Pakistani border posts.",
                "A U.S. major said the gunships had been provoked by hostile action from Pakistani troops.");
            Takes(corpus, "not been provoked by any action", "Pakistan", "first-fire", "U.S. side fired first");
            Takes(corpus, "provoked by hostile action", "United States", "first-fire", "Pakistani side fired first");
        }

        [Fact]
        public void ASpeakersOwnPronounBeforeAVerbOfThinkingGivesTheSpeakersBelief()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "U.S. commanders said they believed the shelling of the ridge had been a mistake.",
                "A Pakistani senator said she did not think the raid was an accident.");
            Takes(corpus, "they believed the shelling", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "she did not think the raid", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void APronounThatCannotBeTheSpeakerBeforeAVerbOfThinkingStaysAnothersBelief()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani senator said they believed the shelling of the ridge had been a mistake.");
            TakesNone(corpus, "they believed the shelling", "deliberate");
        }

        [Fact]
        public void AnAimDeniedAsABeliefIsNoDeliberateStrike()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "U.S. commanders said they do not believe the raid was aimed at Pakistani soldiers.");
            Takes(corpus, "do not believe the raid", "United States", "deliberate", "Not deliberate");
        }

        [Fact]
        public void ABeliefAboutAnotherAimTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "U.S. commanders said they do not believe the convoy was aimed at a market.");
            TakesNone(corpus, "do not believe the convoy", "deliberate");
        }

        [Fact]
        public void AQuotationThatOpensAtTheAuxiliaryKeepsTheDenialOfTheSidesMen()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said the soldiers at the posts \"did not fire first, not one bullet\".");
            Takes(corpus, "the soldiers at the posts", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void AQuotationThatOpensAtAnotherVerbReadsNoAuxiliary()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said the soldiers at the posts \"never forgot\" who fired first at the old fort.");
            TakesNone(corpus, "the soldiers at the posts", "first-fire");
        }

        [Fact]
        public void CoordinatesPassedOrTheLocationKnownToTheOtherSideIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani major said the border posts had passed the grid references to ISAF a month before.",
                "A Pakistani general said ISAF had been informed about the exact location of both posts.",
                "Pakistani officers said the coalition already had the posts' coordinates.");
            Takes(corpus, "passed the grid references to ISAF", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "informed about the exact location", "Pakistan", "coordination", "Coordination worked");
            Takes(corpus, "already had the posts' coordinates", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void LocationsGivenToThemInASidesOwnWordsIsCoordinationWorked()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "\"The map references of both posts were shared with them a month before,\" a Pakistani brigadier said.");
            Takes(corpus, "map references of both posts were shared with them", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void LocationsGivenToThemInTheOtherSidesWordsSayNothingOfCoordination()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the locations of the new patrol bases had been given to them by the district office.");
            TakesNone(corpus, "the locations of the new patrol bases", "coordination");
        }

        [Fact]
        public void CoordinatesPassedToAnyoneElseSayNothingOfCoordination()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani major said the scouts had passed the grid references to the artillery a month before.");
            TakesNone(corpus, "passed the grid references to the artillery", "coordination");
        }
    }
}
