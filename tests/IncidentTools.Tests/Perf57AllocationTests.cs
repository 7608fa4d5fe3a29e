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

    /// <summary>
    /// perf57: <see cref="IncidentTools.Attribution.SpeakerResolver.RoleCore"/> searches its cuts in place and cuts the core out
    /// once: the same core as cutting the role at each cut in turn, and "" for a role that opens with a relative clause.
    /// </summary>
    public class Perf57RoleCoreTests
    {
        private static readonly string[] Cuts = { " but ", " who ", " which ", ";", " and a ", " and an ", " while " };

        /// <summary>The cut at each separator in turn, as RoleCore did it before, written here.</summary>
        private static string CutInTurn(string? role)
        {
            if (string.IsNullOrEmpty(role)) return "";
            var r = role!;
            foreach (var cut in Cuts)
            {
                int i = r.IndexOf(cut, StringComparison.Ordinal);
                if (i >= 0) r = r.Substring(0, i);
                else if (cut[0] == ' ' && r.StartsWith(cut.Substring(1), StringComparison.Ordinal)) return "";
            }
            return r;
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("spokesman")]
        [InlineData("a deputy State Department spokesman")]
        [InlineData("a spokesman for the ministry, who declined to be named")]
        [InlineData("who met Prime Minister Ulla Berg")]
        [InlineData("who")]
        [InlineData("who ")]
        [InlineData("and a")]
        [InlineData("and a friend")]
        [InlineData("an analyst; a former envoy who served in Oslo")]
        [InlineData("a professor and a writer, which she remains")]
        [InlineData("a lawyer and an activist while in exile but not now")]
        [InlineData("the mayor but who")]
        [InlineData("an envoy while")]
        [InlineData("the port's director but also a board member who which")]
        [InlineData(";")]
        [InlineData("; who")]
        [InlineData("an official which and an aide")]
        [InlineData("but the minister")]
        [InlineData("while in office")]
        public void TheCoreIsTheRoleCutAtEachSeparatorInTurn(string? role) =>
            Assert.Equal(CutInTurn(role), IncidentTools.Attribution.SpeakerResolver.RoleCore(role));

        [Fact]
        public void TheCoreOfEveryPieceOfARoleIsTheRoleCutAtEachSeparatorInTurn()
        {
            const string role = "a spokesman who said; and an aide but which while and a who";
            for (int from = 0; from < role.Length; from++)
                for (int to = from; to <= role.Length; to++)
                {
                    var piece = role.Substring(from, to - from);
                    Assert.Equal(CutInTurn(piece), IncidentTools.Attribution.SpeakerResolver.RoleCore(piece));
                }
        }

        /// <summary>A role with none of the separators is its own core, and no string is made for it.</summary>
        [Fact]
        public void ARoleWithoutASeparatorIsItsOwnCoreWithoutANewString()
        {
            const string role = "the deputy harbour master of the northern port";
            Assert.Same(role, IncidentTools.Attribution.SpeakerResolver.RoleCore(role));
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) IncidentTools.Attribution.SpeakerResolver.RoleCore(role);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    /// <summary>perf57: the claim reader reads an unaffiliated speaker's words in place (<see cref="IncidentTools.Accounts.ClaimReader.NextWord"/>), the words Split gives.</summary>
    public class Perf57WordsInPlaceTests
    {
        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData(",,, ,")]
        [InlineData("analyst")]
        [InlineData("a local resident")]
        [InlineData("  a  retired teacher,  who ")]
        [InlineData("the farmer's son,a student")]
        [InlineData(",independent analyst,")]
        [InlineData("x")]
        public void TheWordsAreThoseOfSplitAtBlanksAndCommas(string text)
        {
            var expected = text.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);
            var found = new List<string>();
            for (int i = 0; IncidentTools.Accounts.ClaimReader.NextWord(text, ref i, out int start);)
                found.Add(text.Substring(start, i - start));
            Assert.Equal(expected, found);
        }
    }
}
