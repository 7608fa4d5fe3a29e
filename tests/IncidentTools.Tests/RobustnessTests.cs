using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Random news-like garbage (marks, cue verbs, names, cruft lines, all three line endings)
    /// through every stage: nothing throws, and every offset the engine gives points at the words it names.
    /// </summary>
    public class RobustnessTests
    {
        private static readonly string[] Pieces =
        {
            "“", "”", "\"", "'", "‘", "’", "said", "says", "he", "she", "it", "Mr.", "U.S.", "Pakistan", "Pakistani", "officials", "told reporters",
            "according to", "—", "--", "(", ")", ":", ",", ".", "?", "\n", "\n\n", "\r\n", "\r", "The", "A", "the Pentagon", "deliberate", "not",
            "fired first", "Smith", "John Smith", "Ms. Lee", "Brig. Gen.", "•", "CNN —", "(Reuters) -", "updated 6:39 PM EDT, Wed March 28, 2012",
            "Story highlights", "contributed to this report.", "insisted", "the findings", "a second official", "who", "that", "in a statement",
        };

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void RandomTextNeverBreaksAStageOrAnOffset(int seed)
        {
            var random = new Random(seed);
            using var folder = new TempFolder();
            TestManifest.WriteShipped(folder);
            for (int f = 0; f < 25; f++)
            {
                var sb = new StringBuilder();
                int n = random.Next(0, 500);
                for (int i = 0; i < n; i++)
                {
                    sb.Append(Pieces[random.Next(Pieces.Length)]);
                    if (random.NextDouble() < 0.6) sb.Append(' ');
                }
                folder.Write($"f{f:00}.txt", sb.ToString());
            }

            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.Equal(25, corpus.Documents.Count);
            foreach (var doc in corpus.Documents)
            {
                var raw = File.ReadAllText(doc.Path);
                foreach (var p in doc.Paragraphs) Assert.Equal(p.Text, raw.Substring(p.Start, p.Length));
                foreach (var q in QuoteFinder.Find(doc, corpus.Parties))
                {
                    Assert.Equal(q.Text, raw.Substring(q.Start, q.Length));
                    if (q.SpeakerStart is int s) Assert.Equal(q.SpeakerMention, raw.Substring(s, q.SpeakerLength!.Value));
                }
            }
            Assert.NotNull(corpus.Claims);
            Assert.Equal(corpus.Questions.Count, corpus.CompareAccounts().Count);
            var docs = corpus.Documents;
            for (int i = 0; i + 1 < docs.Count; i += 5) Assert.NotNull(corpus.CompareVersions(docs[i], docs[i + 1]));
        }
    }
}
