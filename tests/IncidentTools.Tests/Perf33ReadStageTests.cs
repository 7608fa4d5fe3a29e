using System.Collections.Generic;
using System.Linq;
using System.Text;
using IncidentTools.Corpus;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf33's cuts in the read stage give what the code they replace gave: the relevance judge looks the words that may
    /// be terms up in place, in a table of the thread that keeps each word's stem and the last document that had it (no
    /// word cut out again for every document), and asks whether a word may start a compound term ("air strike") by
    /// comparing it in place with the terms, in any case, not by cutting it out to ask a set. The parser finds line breaks
    /// by a search, not a test of each character; gives a headline with no full stop or question or exclamation mark to
    /// no pattern; and tries "contributed" only where a line has its first letter or a character that is not ASCII. The
    /// decoder counts control characters only in a text that has one.
    /// </summary>
    public class Perf33ReadStageTests
    {
        [Fact]
        public void AWordMapFindsAWordInPlaceWithItsValue()
        {
            var map = new WordMap<int>(2);
            const string text = "the Kestrel and Kestrels and the Kestrel";
            map.Find(text, 4, 7, out var added) = 7;
            Assert.Equal("Kestrel", added);
            Assert.Equal(7, map.Find(text, 33, 7, out added));   // the same word elsewhere: no string made
            Assert.Null(added);
            Assert.False(map.Contains(text, 16, 8));                // a longer word that starts the same
            for (int i = 0; i < 100; i++) map.Find("w" + i, 0, ("w" + i).Length, out _) = i;   // the table grows, the values kept
            Assert.Equal(7, map.Find(text, 4, 7, out _));
            Assert.Equal(42, map.Find("w42", 0, 3, out _));
            Assert.Equal(101, map.Count);
            map.Clear();
            Assert.False(map.Contains(text, 4, 7));
        }

        [Theory]
        // the first part of a compound is compared with the term in any case, its letters ASCII or not ("ÜBER raid" for
        // "überraid"); a word that only looks like it ("UBER raid") is another word
        [InlineData("Raid\n\nThe ÜBER raid went on.\n", true)]
        [InlineData("Raid\n\nThe Über-Raids went on.\n", true)]
        [InlineData("Raid\n\nThe UBER raid went on.\n", false)]
        [InlineData("Raid\n\nThe überr aid went on.\n", true)]      // a first part that leaves three letters of the term
        [InlineData("Raid\n\nThe grüber raid went on.\n", false)]   // a longer first word that ends as the term starts
        public void ACompoundsFirstPartIsComparedInPlaceInAnyCase(string text, bool about)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, "incident:\n  name: Ridgeway überraid\n", ("x.txt", text));
            Assert.Equal(about, corpus.Documents.Single().IsAboutIncident);
        }

        [Fact]
        public void TheWordsOfOneDocumentAreNotCountedForTheNext()
        {
            // one thread reads the four in turn, its table of words kept from one to the next: each document is judged
            // by its own words only
            const string about = "Shelling\n\nThe shelling at Kestrel Pass went on.\n", elsewhere = "Strike\n\nThe dock strike went on.\n";
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, "incident:\n  name: Kestrel Pass shelling\n",
                ("a.txt", about), ("b.txt", elsewhere), ("c.txt", about), ("d.txt", elsewhere));
            Assert.Equal(new[] { true, false, true, false }, corpus.Documents.Select(d => d.IsAboutIncident).ToArray());
        }

        /// <summary>What <see cref="PageCruft.MayContain"/> gave before: every place of the line tried.</summary>
        private static bool MayContainAnywhere(string line, string word)
        {
            for (int i = 0; i + word.Length <= line.Length; i++)
            {
                int j = 0;
                while (j < word.Length && (line[i + j] >= 128 || (char)(line[i + j] | 0x20) == word[j])) j++;
                if (j == word.Length) return true;
            }
            return false;
        }

        [Theory]
        [InlineData("Jo Bell contributed.")]
        [InlineData("Jo Bell and “Ann Roe” CONTRIBUTED to this")]
        [InlineData("Jo Bell İontributed")]        // a first letter that is not ASCII may be one under IgnoreCase
        [InlineData("Jo Bell contribütedX")]
        [InlineData("“Jo” ’contributed")]
        [InlineData("Jo Bell contribute")]          // near misses: one letter short, one letter wrong, a break inside
        [InlineData("Jo Bell contributes")]
        [InlineData("Jo Bell contri buted")]
        [InlineData("ccccontributed")]
        [InlineData("Cc")]
        [InlineData("")]
        [InlineData("é")]
        public void ContributedIsTriedWhereItsFirstLetterOrACharacterNotAsciiStands(string line)
        {
            Assert.Equal(MayContainAnywhere(line, "contributed"), PageCruft.MayContain(line, "contributed"));
            // and at every cut of the line, so that each candidate place stands at each end
            for (int i = 0; i <= line.Length; i++)
            {
                Assert.Equal(MayContainAnywhere(line.Substring(i), "contributed"), PageCruft.MayContain(line.Substring(i), "contributed"));
                Assert.Equal(MayContainAnywhere(line.Substring(0, i), "contributed"), PageCruft.MayContain(line.Substring(0, i), "contributed"));
            }
        }

        [Theory]
        [InlineData("one\ntwo\r\nthree\rfour", new[] { "one", "two", "three", "four" })]
        [InlineData("one\n\ntwo\n", new[] { "one", "", "two" })]
        [InlineData("\r\n\r\n", new[] { "", "" })]
        [InlineData("\r\r\n\n", new[] { "", "", "" })]
        [InlineData("no break", new[] { "no break" })]
        [InlineData("", new string[0])]
        public void LinesEndAtEachBreakAsGetContentReadsThem(string text, string[] expected)
        {
            var lines = SourceLine.Split(text);
            Assert.Equal(expected, lines.Select(l => text.Substring(l.Start, l.Length)).ToArray());
            Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
        }

        [Theory]
        [InlineData("Floods close the valley road", true)]          // no mark: no pattern asked
        [InlineData("U.S. envoy flies to Rome", true)]              // a mark, but only an abbreviation's
        [InlineData("Prices fall. Could they rise again", false)]   // a sentence break inside
        [InlineData("Why now? Nobody can say for sure", false)]
        public void AHeadlineIsOnePhrase(string headline, bool isTitle)
        {
            var text = headline + "\n\nThe body of the story goes on for a sentence or two, as bodies do.\n";
            var doc = DocumentParser.Parse("x", "x.txt", TextDecoder.Decode(Encoding.UTF8.GetBytes(text)), null);
            Assert.Equal(isTitle ? headline : null, doc.Title);
        }

        [Theory]
        [InlineData(1, 150, true)]    // one control character in 150: text
        [InlineData(3, 100, false)]   // three in 100: not text
        [InlineData(0, 100, true)]
        public void ControlCharactersAreCountedOnlyInATextThatHasOne(int controls, int length, bool isText)
        {
            var chars = Enumerable.Repeat('a', length).ToArray();
            for (int i = 0; i < controls; i++) chars[10 + 20 * i] = '\u0007';
            chars[5] = '\t';
            chars[6] = '\n';
            var bytes = Encoding.UTF8.GetBytes(new string(chars));
            if (isText) Assert.Equal(new string(chars), TextDecoder.Decode(bytes).Text);
            else Assert.Throws<NotTextException>(() => TextDecoder.Decode(bytes));
        }
    }
}
