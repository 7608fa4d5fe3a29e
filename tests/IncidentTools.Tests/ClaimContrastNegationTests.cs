using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What a contrast or an exception sets aside is denied: "a blunder rather than a deliberate act", "something other
    /// than an accident"; after a negator the exception is what is held, "did not see it as anything other than an accident" (texts of
    /// the tests' own).
    /// </summary>
    public class ClaimContrastNegationTests
    {
        private static IncidentClaim Deliberate(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            return corpus.Claims.Single(c => c.Question == "deliberate");
        }

        [Theory]
        [InlineData("Anna Berg said the shelling was a blunder rather than a deliberate act.", "Northland", "Not deliberate", "deliberate", true)]
        [InlineData("Northland said the gunners had aimed at the depot instead of shelling the village on purpose.", "Northland", "Not deliberate", "on purpose", true)]
        [InlineData("Omar Diaz said the shelling was something other than an accident.", "Southland", "Deliberate", "accident", true)]
        // two negators: what the exception keeps is held
        [InlineData("The Southern Guard said it did not see the shelling as anything other than an accident.", "Southland", "Not deliberate", "accident", false)]
        public void TheSideSetAsideIsDenied(string sentence, string party, string position, string cue, bool negated)
        {
            var claim = Deliberate(sentence);
            Assert.Equal(party, claim.Party);
            Assert.Equal(position, claim.Position);
            Assert.Equal(cue, claim.PositionCue);
            Assert.Equal(negated, claim.Negated);
        }

        [Theory]
        // the near misses: the side held before "rather than" is not denied, and "nothing but" still holds what follows it
        [InlineData("Anna Berg said the shelling was deliberate rather than a blunder.", "Deliberate", false)]
        [InlineData("Omar Diaz said nothing but an accident could explain the shelling.", "Not deliberate", false)]
        [InlineData("Omar Diaz said the shelling was an accident.", "Not deliberate", false)]
        public void WhatIsHeldStays(string sentence, string position, bool negated)
        {
            var claim = Deliberate(sentence);
            Assert.Equal(position, claim.Position);
            Assert.Equal(negated, claim.Negated);
        }
    }
}
