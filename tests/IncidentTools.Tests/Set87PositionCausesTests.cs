using Xunit;
using static IncidentTools.Tests.Set76PositionCausesTests;

namespace IncidentTools.Tests
{
    /// <summary>
    /// General causes of wrong positions found on own set 87 (fix87a), each on sentences of the tests' own: a doubt put as what
    /// the speaker is still waiting for ("has yet to hear how the raid could be called an accident") or as an account nobody
    /// has given ("no one has explained how …") is a doubting question, as "fails to see how" is: it denies the cue.
    /// </summary>
    public class Set87PositionCausesTests
    {
        [Fact]
        public void ADoubtStillWaitedForBeforeHowDeniesTheAct()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani colonel said he had yet to hear how a raid that went on for two hours against marked bunkers could be called an accident.",
                "A Pakistani senator said she has yet to see how the shelling can be described as a mistake.");
            Takes(corpus, "yet to hear how a raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "yet to see how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AnAccountNobodyHasGivenBeforeHowDeniesTheAct()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A Pakistani general said no one has explained how a raid on bunkers whose positions were known could be called an accident.",
                "A Pakistani minister said nobody had explained how the shelling could be described as a mistake.");
            Takes(corpus, "no one has explained how a raid", "Pakistan", "deliberate", "Deliberate");
            Takes(corpus, "nobody had explained how the shelling", "Pakistan", "deliberate", "Deliberate");
        }

        [Fact]
        public void AnAccountGivenOrAFindingStillWaitedForKeepsItsReading()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "A U.S. colonel said the inquiry explained how the raid could be called an accident.",
                "A U.S. major said the shelling was a mistake.");
            Takes(corpus, "the inquiry explained how the raid", "United States", "deliberate", "Not deliberate");
            Takes(corpus, "the shelling was a mistake", "United States", "deliberate", "Not deliberate");
        }
    }
}
