using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf69: two look-ups of the speaker resolution that cut strings out at every call now read in place first.
    /// <see cref="SpeakerResolver.OpensWith"/> ("Rana Sanaullah" against every longer full name written before) compares the
    /// name's words in place and splits it only when it opens with them; <see cref="CountryTable.ScanPoliticalParty"/> joins
    /// runs of several words only after a word that opens a form of several words; <see cref="Lexicon.PascalName"/> names a
    /// word list's tag in one loop. Each gives what the split, the join of every run or the parts gave.
    /// </summary>
    public class Perf69AllocationTests
    {
        /// <summary>The definition the in-place reading must keep: the name split at its blanks, more words, the first ones equal.</summary>
        private static bool OpensWithBySplit(string name, string[] words, out string[] longer)
        {
            longer = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (longer.Length <= words.Length) return false;
            for (int i = 0; i < words.Length; i++)
                if (!longer[i].Equals(words[i], StringComparison.Ordinal)) return false;
            return true;
        }

        public static IEnumerable<object[]> Names() => new[]
        {
            new object[] { "Mara Lindqvist Oyelaran", "Mara Lindqvist" },
            new object[] { "Mara  Lindqvist   Oyelaran ", "Mara Lindqvist" },
            new object[] { "  Mara Lindqvist Oyelaran", "Mara Lindqvist" },
            new object[] { "Mara Lindqvist", "Mara Lindqvist" },
            new object[] { "Mara Lindqvist ", "Mara Lindqvist" },
            new object[] { "Mara Lindqvists Oyelaran", "Mara Lindqvist" },
            new object[] { "Mara Lind Oyelaran", "Mara Lindqvist" },
            new object[] { "mara Lindqvist Oyelaran", "Mara Lindqvist" },
            new object[] { "Maraa Lindqvist Oyelaran", "Mara Lindqvist" },
            new object[] { "Mara", "Mara Lindqvist" },
            new object[] { "", "Mara Lindqvist" },
            new object[] { "   ", "Mara Lindqvist" },
            new object[] { "Dr. Tomas Ekwueme-Hart Jr.", "Dr. Tomas" },
            new object[] { "Tomas Ekwueme-Hart", "Tomas Ekwueme" },
        };

        [Theory]
        [MemberData(nameof(Names))]
        public void OpensWithGivesWhatTheSplitGave(string name, string written)
        {
            var words = written.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            bool expected = OpensWithBySplit(name, words, out var expectedLonger);
            Assert.Equal(expected, SpeakerResolver.OpensWith(name, words, out var longer));
            if (expected) Assert.Equal(expectedLonger, longer);
        }

        [Fact]
        public void AName_OpensWithItsFirstWords_AndNotWithAnotherWordOrItself()
        {
            var words = new[] { "Mara", "Lindqvist" };
            Assert.True(SpeakerResolver.OpensWith("Mara Lindqvist Oyelaran", words, out var longer));
            Assert.Equal(new[] { "Mara", "Lindqvist", "Oyelaran" }, longer);
            // near misses: the same words and no more, a longer word that only starts like the written one
            Assert.False(SpeakerResolver.OpensWith("Mara Lindqvist", words, out _));
            Assert.False(SpeakerResolver.OpensWith("Mara Lindqvistova Oyelaran", words, out _));
        }

        /// <summary>The old scan: every run of words from every word, joined and looked up, the longest first.</summary>
        private static Country? ScanByJoining(List<string> words)
        {
            int longest = 1;
            foreach (var c in Lexicon.Countries)
                foreach (var p in c.PoliticalParties) longest = Math.Max(longest, p.Split(' ').Length);
            for (int i = 0; i < words.Count; i++)
                for (int n = Math.Min(longest, words.Count - i); n >= 1; n--)
                {
                    var joined = string.Join(" ", words.GetRange(i, n));
                    if (Possessive.EndsIn(joined)) joined = Possessive.Strip(joined);
                    else if (joined.EndsWith("'", StringComparison.Ordinal) || joined.EndsWith("’", StringComparison.Ordinal)) joined = joined.Substring(0, joined.Length - 1);
                    foreach (var c in Lexicon.Countries)
                        if (c.PoliticalParties.Contains(joined)) return c;
                }
            return null;
        }

        public static IEnumerable<object[]> Descriptions() => new[]
        {
            // written for this test: parties of several words, with a possessive, after other words, and near misses
            new object[] { "a senator of the Awami National Party from the north" },
            new object[] { "the Awami National Party's provincial chief" },
            new object[] { "a lawmaker of the Pakistan People's Party" },
            new object[] { "veteran PML-N organiser" },
            new object[] { "the PML-N's whip in the assembly" },
            new object[] { "an Awami National activist" },
            new object[] { "the National Party Awami chapter" },
            new object[] { "a Pakistan Muslim leader" },
            new object[] { "a harbour official in Pakistan" },
            new object[] { "" },
        };

        [Theory]
        [MemberData(nameof(Descriptions))]
        public void ScanPoliticalPartyGivesWhatJoiningEveryRunGave(string text)
        {
            var words = CountryTable.Words(text);
            Assert.Same(ScanByJoining(words), CountryTable.ScanPoliticalParty(words));
        }

        /// <summary>The conversion the loop must keep: the parts between hyphens, each with its first letter in capitals, joined.</summary>
        private static string PascalNameByParts(string tag) =>
            string.Concat(tag.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1)));

        [Theory]
        [InlineData("cue-adverb")]
        [InlineData("function")]
        [InlineData("np-stop")]
        [InlineData("title-minor")]
        [InlineData("-leading")]
        [InlineData("trailing-")]
        [InlineData("double--hyphen")]
        [InlineData("-")]
        [InlineData("")]
        [InlineData(" spaced-tag ")]
        [InlineData("élan-ıi")]
        public void PascalNameGivesWhatThePartsGave(string tag) =>
            Assert.Equal(PascalNameByParts(tag), Lexicon.PascalName(tag));

        [Fact]
        public void ATagOfTheListsNamesItsMember_AndAnUnknownTagNone()
        {
            Assert.True(Lexicon.TryParseTag<WordTag>("np-stop", out var tag));
            Assert.Equal(WordTag.NpStop, tag);
            // near miss: a tag no member is named by, and a member's name with its hyphen in the wrong place
            Assert.False(Lexicon.TryParseTag<WordTag>("np-stops", out _));
            Assert.False(Lexicon.TryParseTag<WordTag>("n-pstop", out _));
        }

        [Fact]
        public void APartyOfSeveralWords_IsFoundAfterOtherWords_AndPartOfItIsNot()
        {
            Assert.Equal("Pakistan", CountryTable.ScanPoliticalParty(CountryTable.Words("a senator of the Awami National Party"))?.Name);
            Assert.Equal("Pakistan", CountryTable.ScanPoliticalParty(CountryTable.Words("the Awami National Party's chief"))?.Name);
            // near miss: the party's first words without its last
            Assert.Null(CountryTable.ScanPoliticalParty(CountryTable.Words("an Awami National activist")));
        }
    }
}
