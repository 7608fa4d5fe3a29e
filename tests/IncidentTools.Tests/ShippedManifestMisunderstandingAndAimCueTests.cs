using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest's cues of a misunderstanding denied ("is not a misunderstanding": deliberate), of a tragedy no one
    /// wanted (not deliberate), of an aim against "a" soldier of the side ("no one set out to harm a Pakistani soldier") and of
    /// the attackers knowing "whom" they struck. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestMisunderstandingAndAimCueTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        private static IncidentClaim Claim(IncidentCorpus corpus, string text, string question) =>
            corpus.Claims.Single(c => c.Text.Contains(text, StringComparison.Ordinal) && c.Question == question);

        [Fact]
        public void AMisunderstandingDeniedIsDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"Shelling that goes on for an hour after a warning was not a misunderstanding,\" a Pakistani army officer told reporters.");
            var officer = Claim(corpus, "after a warning", "deliberate");
            Assert.Equal("Pakistan", officer.Party);
            Assert.Equal("Deliberate", officer.Position);
            Assert.Equal("was not a misunderstanding", officer.PositionCue);
        }

        [Fact]
        public void AMisunderstandingAboutTheLocationIsNoAnswerToIntent()
        {
            // near miss: the misunderstanding named alone is the failure of coordination, nothing of intent
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pentagon spokesman said a misunderstanding about the location of the border posts led to the deaths.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate" && c.Position != null);
        }

        [Fact]
        public void ATragedyNobodyWantedIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"What happened at the posts was a tragedy that no one wanted,\" a U.S. embassy spokesman said on Monday.");
            var spokesman = Claim(corpus, "no one wanted", "deliberate");
            Assert.Equal("United States", spokesman.Party);
            Assert.Equal("Not deliberate", spokesman.Position);
        }

        [Fact]
        public void ASquabbleNobodyWantedIsNoPosition()
        {
            // near miss: "nobody wanted" of something other than the tragedy says nothing of the strike's intent
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. embassy spokesman said the closing of the supply routes had become a quarrel nobody wanted.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate" && c.Position != null);
        }

        [Fact]
        public void AnAimAgainstASoldierDeniedIsNotDeliberate()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A U.S. general said: \"Let me be plain: nobody in our forces set out to kill a Pakistani soldier on that ridge.\"");
            var general = Claim(corpus, "set out to kill a Pakistani soldier", "deliberate");
            Assert.Equal("United States", general.Party);
            Assert.Equal("Not deliberate", general.Position);
        }

        [Fact]
        public void KnowingWhomTheyStruckIsDeliberateAndNotKnowingItDenied()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier said the pilots knew very well whom they were attacking.",
                "Pakistani officials said the posts had been marked on the maps, so the crews could not claim they did not know whom they were hitting.");
            var brigadier = Claim(corpus, "knew very well whom", "deliberate");
            Assert.Equal("Pakistan", brigadier.Party);
            Assert.Equal("Deliberate", brigadier.Position);
            var officials = Claim(corpus, "could not claim", "deliberate");
            Assert.Equal("Pakistan", officials.Party);
            Assert.Equal("Deliberate", officials.Position);
        }
    }
}
