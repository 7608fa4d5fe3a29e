using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf80: stop 79's readings asked without new strings where most answers are no. The phrases that give a person's name
    /// (words.txt 'name-given') walked word by word in place give the end the joined windows gave; the word "of" before a side's
    /// name and the outlet's own determiner compared in place answer as the strings did; a run of capitals whose first word opens
    /// no place of several words is answered as no place without its words joined.
    /// </summary>
    public class Perf80AllocationTests
    {
        /// <summary>The reading before perf80: every window of two to <paramref name="max"/> lower-case words joined as written and looked up, longest first.</summary>
        private static int JoinedWindows(IReadOnlyList<Token> tk, int n, int max)
        {
            for (int w = max; w >= 2; w--)
            {
                if (n + w > tk.Count) continue;
                bool words = true;
                for (int k = n; k < n + w && words; k++) words = tk[k].IsLowerWord;
                if (words && Lexicon.Is(MentionParser.Join(tk, n, n + w), WordSense.NameGiven)) return n + w;
            }
            return -1;
        }

        [Theory]
        [InlineData("One skipper, who gave his name as Bram Tolle, waved.")]
        [InlineData("One skipper, who gave only his first name, Bram, waved.")]
        [InlineData("A ferry hand, identified only as Nell, said the gate was shut.")]
        [InlineData("A ferry hand, identified as Nell, shrugged.")]
        [InlineData("A baker, who asked to be identified only by her first name, Ines, laughed.")]
        [InlineData("A baker, who gave her name as, simply, Ines, laughed.")]
        [InlineData("A baker, who gave  her name as Ines, laughed.")]
        [InlineData("A baker, who said the oven was cold, laughed.")]
        [InlineData("A baker who gave a loaf to the pier, identified as")]
        [InlineData("A baker, Who Gave Her Name As Ines, laughed.")]
        public void NameGivenPhraseEndMatchesTheJoinedWindows(string text)
        {
            var tk = ParagraphSumsTests.Analyse(text).Paragraphs.Last().Tokens;
            // every start and every bound of length, as NameGivenEnd asks (at most ten words, one token left after them)
            for (int n = 0; n < tk.Count; n++)
                for (int max = 0; max <= 10; max++)
                    Assert.Equal(JoinedWindows(tk, n, max), Lexicon.NameGivenPhraseEnd(tk, n, max));
        }

        [Fact]
        public void NameGivenPhraseEndFindsTheLongestPhrase()
        {
            var tk = ParagraphSumsTests.Analyse("One skipper, who gave his name as Bram Tolle, waved.").Paragraphs.Last().Tokens;
            int who = -1;
            for (int k = 0; k < tk.Count; k++) if (tk[k].Text == "who") { who = k; break; }
            Assert.True(who > 0);
            // "who gave his name as": five words, the name right after them
            Assert.Equal(who + 5, Lexicon.NameGivenPhraseEnd(tk, who, 10));
            Assert.Equal("Bram", tk[who + 5].Text);
            // fewer words allowed than the phrase holds: none
            Assert.Equal(-1, Lexicon.NameGivenPhraseEnd(tk, who, 4));
        }

        [Theory]
        [InlineData("The Governor of Khyber Pakhtunkhwa met Jo Bell and the Chief Minister of Punjab in Islamabad.")]
        [InlineData("Bram Tolle of the United States Navy met the United Arab Emirates' envoy and New Zealand's.")]
        [InlineData("Nell Marsh of South Waziristan, Khyber-Pakhtunkhwa and North West Frontier Province met the United States envoy.")]
        public void WholePlaceAnswersAsTheJoinedWords(string text)
        {
            var tk = ParagraphSumsTests.Analyse(text).Paragraphs.Last().Tokens;
            int places = 0;
            for (int a = 0; a < tk.Count; a++)
                for (int b = a; b <= tk.Count; b++)
                {
                    var joined = b > a && b - a <= TitlePlace.MaxWords ? CountryTable.Find(MentionParser.Join(tk, a, b)) : null;
                    Assert.Same(joined, TitlePlace.Whole(tk, a, b));
                    if (joined != null && b - a >= 2) places++;
                }
            // places of several words are among the runs asked
            Assert.True(places >= 1, places.ToString());
            Assert.True(CountryTable.MayOpenForm("United"));
            Assert.False(CountryTable.MayOpenForm("Bram"));
        }

        [Theory]
        [InlineData("our Harbourtown correspondent Bram Tolle", true)]
        [InlineData("Our correspondent", true)]
        [InlineData("this newspaper's reporter", true)]
        [InlineData("our New Port City correspondent", false)]
        [InlineData("the correspondent", false)]
        [InlineData("our", false)]
        [InlineData("", false)]
        [InlineData(" our correspondent", false)]
        [InlineData("our ferry", false)]
        public void OwnNewsroomPersonReadsTheFirstWordAlone(string words, bool own) =>
            Assert.Equal(own, ClaimReader.OwnNewsroomPerson(words));

        [Theory]
        [InlineData("a baker of Northlandish descent", "Northlandish", true)]
        [InlineData("a baker OF Northlandish descent", "Northlandish", true)]
        [InlineData("a baker  of Northlandish heritage", "Northlandish", true)]
        [InlineData("a baker off Northlandish descent", "Northlandish", false)]
        [InlineData("a baker if Northlandish descent", "Northlandish", false)]
        [InlineData("the navy of Northlandish descent", "Northlandish", true)]
        [InlineData("the chief of Northlandish forces", "Northlandish", false)]
        [InlineData("Northlandish descent", "Northlandish", false)]
        [InlineData("a baker,of Northlandish descent", "Northlandish", true)]
        public void OfOriginComparesTheWordBeforeInPlace(string t, string term, bool origin)
        {
            int at = t.IndexOf(term, StringComparison.Ordinal);
            Assert.Equal(origin, PartyResolver.OfOrigin(t, at, at + term.Length));
        }
    }
}
