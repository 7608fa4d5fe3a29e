using System.Linq;
using System.Threading.Tasks;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>The shortcuts taken for speed give what the slow paths gave.</summary>
    public class EngineSpeedupTests
    {
        [Fact]
        public void LowerCaseIsTheInvariantLowerCaseOfEveryCharacter()
        {
            for (int c = 0; c <= 0xFFFF; c++)
            {
                var s = "ab" + (char)c + "cd";
                Assert.Equal(s.ToLowerInvariant(), Casing.Lower(s));
            }
            foreach (var s in new[] { "", "Pakistan’s", "pakistan’s", "“WE", "ÉLYSÉE", "élysée", "Ⅻ", "Ⓐb", "İstanbul", "ǅ", "\U00010400x" })
                Assert.Equal(s.ToLowerInvariant(), Casing.Lower(s));
        }

        [Fact]
        public void LowerCharIsTheInvariantLowerCaseOfEveryCharacter()
        {
            for (int c = 0; c <= 0xFFFF; c++)
                Assert.Equal(char.ToLowerInvariant((char)c), Casing.LowerChar((char)c));
        }

        [Fact]
        public void EndsWithCommaReadsAsTrimmingThenEndsWith()
        {
            static bool Slow(string t) => t.TrimEnd().TrimEnd('”', '"', '’', '\'').EndsWith(",", System.StringComparison.Ordinal);
            foreach (var s in new[] { "", ",", " , ", "a bully,", "a bully,” ", "called it ‘a bully,’", "a bully,'\"", "a bully", "a bully.”", "”", "a, b ’", ",\u00a0", "x,” ’ " })
                Assert.Equal(Slow(s), QuotationFacts.EndsWithComma(s));
        }

        [Fact]
        public void LowerCaseOfAWordWithoutCapitalsIsTheWordItself()
        {
            var word = "officials’";
            Assert.Same(word, Casing.Lower(word));
        }

        [Fact]
        public void TitlesByFirstWordKeepTheOrderOfTheTitleList()
        {
            foreach (var first in Lexicon.Titles.Select(t => t.Words[0]).Distinct())
                Assert.Equal(Lexicon.Titles.Where(t => t.Words[0] == first), Lexicon.TitlesOnlyStartingWith(first));
            Assert.Empty(Lexicon.TitlesOnlyStartingWith("ferry"));
        }

        [Fact]
        public void NameKeysAreTheSameFromManyThreadsAndAfterTheCacheFills()
        {
            var names = Enumerable.Range(0, 20000).Select(i => "Syed Jo" + i + " B. Reed").ToArray();
            var keys = new string[names.Length];
            Parallel.For(0, names.Length, i => keys[i] = PartyResolver.NameKey(names[i]));
            for (int i = 0; i < names.Length; i += 997)
            {
                Assert.Equal("jo" + i + " reed", keys[i]);
                Assert.Equal(keys[i], PartyResolver.NameKey(names[i]));
            }
        }

        [Fact]
        public void APersonOfTheManifestIsFoundByTheirKeyAgainAndAgain()
        {
            var resolver = new PartyResolver(new[] { new PartyDefinition("Harbour board", null, null, new[] { "Jo B. Reed" }) });
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(("Jo B. Reed", "Harbour board"), resolver.FindPerson("Jo Reed"));
                Assert.Null(resolver.FindPerson("Sam Reed"));
            }
        }
    }
}
