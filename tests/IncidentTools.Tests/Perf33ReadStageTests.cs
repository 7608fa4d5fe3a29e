using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf33's cuts in the read stage give what the code they replace gave: the relevance judge looks the words that may
    /// be terms up in place, in a table of the thread that keeps each word's stem and the last document that had it (no
    /// word cut out again for every document), and asks whether a word may start a compound term ("air strike") by
    /// comparing it in place with the terms, in any case, not by cutting it out to ask a set.
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
            // one thread reads the three in turn, its table of words kept from one to the next: each document is judged
            // by its own words only
            const string about = "Shelling\n\nThe shelling at Kestrel Pass went on.\n", elsewhere = "Strike\n\nThe dock strike went on.\n";
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, "incident:\n  name: Kestrel Pass shelling\n",
                ("a.txt", about), ("b.txt", elsewhere), ("c.txt", about), ("d.txt", elsewhere));
            Assert.Equal(new[] { true, false, true, false }, corpus.Documents.Select(d => d.IsAboutIncident).ToArray());
        }
    }
}
