using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf57: a rule that asks words.txt about every pair of words in a row ("gone after", "talked up", "spoke to") joins the
    /// two only when the first may open an entry of several words (<see cref="Lexicon.IsPair(string, string, WordTag)"/>).
    /// The answer is the look-up of the joined words, for every word and every tag, class of sense and group.
    /// </summary>
    public class Perf57PairLookupTests
    {
        /// <summary>Words in a row of sentences written for this test, as written and in lower case, with edge cases.</summary>
        private static IEnumerable<(string First, string Second)> OwnPairs()
        {
            var sentences = new[]
            {
                "The minister spoke to reporters after the vote and talked up the plan.",
                "Critics have gone after the mayor, who briefed journalists on the bridge.",
                "A spokesman told the press that the port would open; she met with the media later.",
                "Nobody called it off. The union went on record and set out its demands.",
                "ÉCOLE staff said the İstanbul office had closed.",
            };
            var pairs = new List<(string, string)>();
            foreach (var s in sentences)
            {
                var words = s.Split(new[] { ' ', ',', '.', ';' }, StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i + 1 < words.Length; i++)
                {
                    pairs.Add((words[i], words[i + 1]));
                    pairs.Add((words[i].ToLowerInvariant(), words[i + 1].ToLowerInvariant()));
                    pairs.Add((char.ToUpperInvariant(words[i][0]) + words[i].Substring(1), words[i + 1]));
                }
            }
            pairs.Add(("", "after"));
            pairs.Add(("spoke to", "reporters"));
            pairs.Add(("gone", ""));
            return pairs;
        }

        /// <summary>Every entry of several words in words.txt, parted at its first blank, as written and with a capital.</summary>
        private static IEnumerable<(string First, string Second)> EntryPairs()
        {
            foreach (var line in Lexicon.Lines("words.txt"))
            {
                var words = line.Split('|')[0].Trim();
                int blank = words.IndexOf(' ');
                if (blank <= 0) continue;
                var first = words.Substring(0, blank);
                var rest = words.Substring(blank + 1);
                yield return (first, rest);
                yield return (first.ToUpperInvariant(), rest);
                yield return (char.ToUpperInvariant(first[0]) + first.Substring(1), rest.ToUpperInvariant());
                yield return (first, rest + "s");
            }
        }

        private static IEnumerable<T> Flags<T>() where T : struct, Enum =>
            Enum.GetValues(typeof(T)).Cast<T>().Where(f => Convert.ToUInt64(f) != 0);

        [Fact]
        public void APairIsWhatTheJoinedWordsAreForEveryTagSenseAndGroup()
        {
            var pairs = EntryPairs().Concat(OwnPairs()).ToList();
            Assert.True(pairs.Count > 100);
            int yes = 0;
            foreach (var (first, second) in pairs)
            {
                var joined = first + " " + second;
                foreach (var tag in Flags<WordTag>())
                {
                    bool expected = Lexicon.Is(joined, tag);
                    Assert.True(expected == Lexicon.IsPair(first, second, tag), $"'{joined}' {tag}");
                    if (expected) yes++;
                }
                foreach (var sense in Flags<WordSense>())
                    Assert.True(Lexicon.Is(joined, sense) == Lexicon.IsPair(first, second, sense), $"'{joined}' {sense}");
                foreach (var group in Flags<WordGroup>())
                    Assert.True(Lexicon.Is(joined, group) == Lexicon.IsPair(first, second, group), $"'{joined}' {group}");
            }
            // the entries themselves are found: the check is not one of falses only
            Assert.True(yes > 0);
        }

        /// <summary>"the minister": no entry opens with "minister", so the pair is told without a string made.</summary>
        [Fact]
        public void APairWhoseFirstWordOpensNoEntryIsToldWithoutANewString()
        {
            Assert.False(Lexicon.IsPair("minister", "reporters", WordSense.PressMeeting));
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                Lexicon.IsPair("minister", "reporters", WordSense.PressMeeting);
                Lexicon.IsPair("minister", "reporters", WordTag.Characterising);
                Lexicon.IsPair("minister", "reporters", WordGroup.Advocacy);
            }
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
