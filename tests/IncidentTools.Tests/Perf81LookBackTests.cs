using System;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf81: the claim reader's LetterWordBeforeIs and the party resolver's WordBeforeIs, twins, are one reading in the text
    /// layer (<see cref="LookBack.LetterWordIs"/>); each answers at every place as its own code did.
    /// </summary>
    public class Perf81LookBackTests
    {
        /// <summary>ClaimFinder.LetterWordBeforeIs before perf81.</summary>
        private static bool OldClaimReading(string words, int at, string lower)
        {
            int e = at;
            while (e > 0 && words[e - 1] == ' ') e--;
            int start = e;
            while (start > 0 && char.IsLetter(words[start - 1])) start--;
            return e - start == lower.Length && string.Compare(words, start, lower, 0, lower.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>PartyResolver.WordBeforeIs before perf81.</summary>
        private static bool OldPartyReading(string t, int at, string word)
        {
            if (at <= 0 || at > t.Length || t[at - 1] != ' ') return false;
            int end = at - 1;
            while (end > 0 && t[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && char.IsLetter(t[start - 1])) start--;
            return end - start == word.Length && string.Compare(t, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        [Theory]
        [InlineData("a baker of Northlandish descent", "of")]
        [InlineData("a baker OF  Northlandish descent", "of")]
        [InlineData("of Northlandish", "of")]
        [InlineData(" of", "of")]
        [InlineData("proof of Northland,of the", "of")]
        [InlineData("the ferry's crew off Northland", "of")]
        [InlineData("Ofcourse the Of-Northland", "of")]
        [InlineData("a ship's mate, the crew", "the")]
        [InlineData("", "of")]
        [InlineData("   ", "of")]
        [InlineData("naïve oF Ölands", "of")]
        public void LookBackAnswersAsBothTwinsDid(string text, string word)
        {
            int claimTrue = 0;
            for (int at = 0; at <= text.Length; at++)
            {
                bool shared = LookBack.LetterWordIs(text, at, word);
                Assert.Equal(OldClaimReading(text, at, word), shared);
                bool party = at > 0 && at <= text.Length && text[at - 1] == ' ' && shared;
                Assert.Equal(OldPartyReading(text, at, word), party);
                if (shared) claimTrue++;
            }
            if (text.IndexOf(" " + word, StringComparison.OrdinalIgnoreCase) >= 0 || text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                Assert.True(claimTrue > 0, text);
        }

        [Theory]
        [InlineData("a baker of Northlandish descent", "Northlandish", true)]
        [InlineData("a baker OF Northlandish heritage", "Northlandish", true)]
        [InlineData("a baker off Northlandish descent", "Northlandish", false)]
        [InlineData("a baker,of Northlandish descent", "Northlandish", true)]
        [InlineData("Northlandish descent", "Northlandish", false)]
        public void OfOriginStillReadsTheWordBefore(string t, string term, bool origin)
        {
            int at = t.IndexOf(term, StringComparison.Ordinal);
            Assert.Equal(origin, IncidentTools.Attribution.PartyResolver.OfOrigin(t, at, at + term.Length));
        }
    }
}
