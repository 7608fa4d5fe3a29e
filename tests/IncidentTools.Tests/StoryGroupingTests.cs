using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using IncidentTools.Corpus;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Story grouping finds earlier versions through indexes of hashed paragraph and headline
    /// keys and keeps signatures, not documents; these tests hold it to the rule on strings
    /// (<see cref="ReferenceStoryIds"/>), on corpora built so that paragraphs stand in more
    /// documents than the limit of 64.
    /// </summary>
    public class StoryGroupingTests
    {
        /// <summary>
        /// The rule on strings, as main's grouper of issue 11 applies it: the same outlet (in lower
        /// case) and headline key, or most of the shorter one's paragraph keys shared, with the
        /// documents found through a paragraph limited to the first 64 that hold it; the earliest wins.
        /// </summary>
        private static string[] ReferenceStoryIds(IReadOnlyList<IncidentDocument> docs, IReadOnlyDictionary<string, string> manifestStories)
        {
            static string Key(string text) =>
                Regex.Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ").Trim();
            var seen = new List<(string StoryId, HashSet<string> Paragraphs)>();
            var byHeadline = new Dictionary<string, int>(StringComparer.Ordinal);
            var byParagraph = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var ids = new string[docs.Count];
            for (int i = 0; i < docs.Count; i++)
            {
                var doc = docs[i];
                var paragraphs = new HashSet<string>(doc.Paragraphs.Select(p => Key(p.Text)).Where(k => k.Length >= 20), StringComparer.Ordinal);
                var headline = doc.Title != null && doc.Outlet != null ? doc.Outlet.ToLowerInvariant() + "\n" + Key(doc.Title) : null;
                string id = doc.Id;
                if (manifestStories.TryGetValue(doc.Id, out var fromManifest)) id = fromManifest;
                else
                {
                    int best = headline != null && byHeadline.TryGetValue(headline, out var h) ? h : int.MaxValue;
                    if (paragraphs.Count >= 3)
                    {
                        var candidates = new SortedSet<int>();
                        foreach (var key in paragraphs)
                            if (byParagraph.TryGetValue(key, out var list))
                                foreach (var c in list) if (c < best) candidates.Add(c);
                        foreach (var c in candidates)
                        {
                            var other = seen[c].Paragraphs;
                            int smaller = Math.Min(paragraphs.Count, other.Count);
                            if (smaller >= 3 && paragraphs.Count(other.Contains) >= 0.5 * smaller) { best = c; break; }
                        }
                    }
                    if (best != int.MaxValue) id = seen[best].StoryId;
                }
                seen.Add((id, paragraphs));
                if (headline != null && !byHeadline.ContainsKey(headline)) byHeadline[headline] = i;
                foreach (var key in paragraphs)
                {
                    if (!byParagraph.TryGetValue(key, out var list)) byParagraph[key] = list = new List<int>();
                    if (list.Count < 64) list.Add(i);
                }
                ids[i] = id;
            }
            return ids;
        }

        [Fact]
        public void IndexedGroupingGivesTheStoryIdsOfTheRuleOnStrings()
        {
            // 2,000 articles drawn from a small pool of paragraphs (so many share some, a few most),
            // headlines from a small set with case, blank and quote variants, outlets in different
            // cases or none, some story ids from the manifest, short and repeated paragraphs.
            var rng = new Random(26112011);
            var pool = Enumerable.Range(0, 60).Select(i => $"Paragraph {i} of the pool tells what happened at the border post {i % 7} that night.").ToArray();
            string[] headlines = { "Pakistan rejects the findings", "PAKISTAN  rejects the findings", "U.S. says it was fired upon", "Border posts hit", "Talks stall" };
            string?[] outlets = { "CNN", "cnn", "Dawn", "DAWN", null, "Reuters" };
            using var folder = new TempFolder();
            var manifest = new StringBuilder("documents:\n");
            var manifestStories = new Dictionary<string, string>();
            for (int i = 0; i < 2000; i++)
            {
                var id = $"d{i:D4}";
                int count = rng.Next(0, 8);
                var body = new List<string>();
                for (int k = 0; k < count; k++)
                {
                    var p = pool[rng.Next(pool.Length)];
                    switch (rng.Next(6))
                    {
                        case 0: p = p.ToUpperInvariant(); break;                 // same key
                        case 1: p = p.Replace(" ", "  \t"); break;                // same key
                        case 2: p = p.Replace("what", "“what”").Replace("'", "’"); break;
                        case 3: p = "Short " + k; break;                          // under 20 characters
                    }
                    body.Add(p);
                    if (rng.Next(10) == 0) body.Add(p);                           // the same paragraph twice
                }
                body.Add($"Article {i} ends with a sentence of its own that no other article has.");
                var headline = headlines[rng.Next(headlines.Length)];
                folder.Write(id + ".txt", headline + "\n\n" + string.Join("\n\n", body) + "\n");
                var outlet = outlets[rng.Next(outlets.Length)];
                manifest.Append($"  - file: {id}.txt\n");
                if (outlet != null) manifest.Append($"    outlet: {outlet}\n");
                if (rng.Next(3) == 0) manifest.Append($"    title: \"{headline.Replace("  ", " ").ToLowerInvariant()}\"\n");
                if (rng.Next(40) == 0)
                {
                    manifest.Append($"    story: story-{i % 3}\n");
                    manifestStories[id] = $"story-{i % 3}";
                }
            }
            folder.Write("corpus.yaml", manifest.ToString());

            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.Empty(corpus.Problems);
            var expected = ReferenceStoryIds(corpus.Documents, manifestStories);
            Assert.Equal(expected, corpus.Documents.Select(d => d.StoryId).ToArray());
            // The corpus tests what it should: both rules group, and many documents stay alone.
            var groups = expected.GroupBy(x => x).ToArray();
            Assert.True(groups.Count(g => g.Count() > 1) > 20, "stories with versions");
            Assert.True(groups.Count(g => g.Count() == 1) > 100, "stories of one document");
            Assert.True(corpus.Documents.SelectMany(d => d.Paragraphs.Select(p => StoryGrouper.Key(p.Text)).Distinct()).GroupBy(k => k).Any(g => g.Count() > 64),
                "a paragraph stands in more documents than the limit");
        }

        [Fact]
        public void GeneratedCorpusGroupsAsTheRuleOnStrings()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 500);
            var docs = IncidentCorpus.Load(folder.Path).Documents;
            Assert.Equal(ReferenceStoryIds(docs, new Dictionary<string, string>()), docs.Select(d => d.StoryId).ToArray());
        }

        [Fact]
        public void FilesThatGiveNoDocumentDoNotShiftTheStories()
        {
            // Every fifth file cannot be read: the reader numbers files as it meets them, so story
            // grouping sees numbers skipped, and must still group as the rule on the documents read.
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 400);
            int opened = 0;
            var reader = new CorpusReader(path => ++opened % 5 == 0 ? throw new IOException("unreadable for the test") : File.OpenRead(path));
            var results = reader.Read(new[] { folder.Path }).ToList();
            var docs = results.Where(r => r.Document != null).Select(r => r.Document!).ToList();
            Assert.Equal(80, results.Count(r => r.Problem?.Kind == CorpusProblemKind.ReadFailed));
            var expected = ReferenceStoryIds(docs, new Dictionary<string, string>());
            Assert.Equal(expected, docs.Select(d => d.StoryId).ToArray());
            Assert.True(expected.GroupBy(x => x).Count(g => g.Count() > 1) > 5, "stories with versions");
        }

        [Fact]
        public void AStoryIsLabelledWithTheManifestIdOfItsFirstDocument()
        {
            using var folder = new TempFolder();
            var body = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Paragraph {i} of the first report on the flood in the valley, long enough to count."));
            folder.Write("a.txt", "Flood in the valley\n\n" + body + "\n");
            folder.Write("b.txt", "Flood in the valley, updated\n\n" + body + "\n\nA paragraph the update added at the end of the story.\n");
            folder.Write("corpus.yaml", "documents:\n  - file: a.txt\n    id: valley-flood\n");
            var docs = IncidentCorpus.Load(folder.Path).Documents;
            Assert.Equal(new[] { "valley-flood", "b" }, docs.Select(d => d.Id).ToArray());
            Assert.Equal(new[] { "valley-flood", "valley-flood" }, docs.Select(d => d.StoryId).ToArray());
        }

        [Fact]
        public void KeyHashIsTheHashOfTheKey()
        {
            // Every character of the Basic Multilingual Plane but the surrogates, alone and in runs,
            // among blanks: the one-pass key gives the characters the regular-expression key gives.
            var sb = new StringBuilder();
            for (int c = 0; c <= 0xFFFF; c++)
            {
                if (c >= 0xD800 && c <= 0xDFFF) continue;
                char ch = (char)c;
                sb.Clear().Append(' ').Append(ch).Append("Ab").Append(ch).Append(ch).Append(" \u00A0x").Append(ch).Append('\t');
                AssertSameKey(sb.ToString());
            }
            foreach (var text in new[]
            {
                "", " ", "\t\n\r \u2028\u2029\u00A0\u3000", "a", " Plain  text ", "Tabs\tand\r\nnew lines", "“Quoted” and ’quoted’ and \"quoted\"",
                "Deseret \U00010400\U00010401 capitals", "lone \uD800 surrogate", "İstanbul ΣΊΣΥΦΟΣ Straße ǅ", "ends with blanks \u2003\u2003",
            })
                AssertSameKey(text);
            foreach (var doc in IncidentCorpus.Load(TestPaths.Seeds).Documents)
                foreach (var p in doc.Paragraphs) AssertSameKey(p.Text);
        }

        private static void AssertSameKey(string text)
        {
            var key = StoryGrouper.Key(text);
            var hash = StorySignature.KeyHash(text, out var length);
            Assert.True(key.Length == length, $"length of the key of '{text}'");
            Assert.True(StorySignature.HashOf(key, out _) == hash, $"hash of the key of '{text}'");
        }

        [Fact]
        public void DifferentKeysHaveDifferentHashes()
        {
            // Not a proof (64-bit hashes can collide), but near-identical paragraphs (one character
            // changed) must not share hashes.
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var hashes = new HashSet<ulong>();
            foreach (var doc in IncidentCorpus.Load(TestPaths.Seeds).Documents)
                foreach (var p in doc.Paragraphs)
                    for (int i = 0; i < p.Text.Length; i++)
                    {
                        var variant = p.Text.Substring(0, i) + "x" + p.Text.Substring(i + 1);
                        keys.Add(StoryGrouper.Key(variant));
                        hashes.Add(StorySignature.KeyHash(variant, out _));
                    }
            Assert.True(keys.Count > 10000);
            Assert.Equal(keys.Count, hashes.Count);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1000)]
        public void PostingIndexGivesEveryDocumentOfEveryKey(int largestInSlot)
        {
            // 200,000 postings over keys that are mostly held once, some many times, and some that
            // share their top byte and low 32 bits (the same part and the same home slot). With a
            // small largest value in a slot, the documents and links past it are kept beside the table.
            var rng = new Random(11);
            PostingIndex New(int max) => largestInSlot == 0 ? new PostingIndex(max) : new PostingIndex(max, largestInSlot);
            var index = New(int.MaxValue);
            var expected = new Dictionary<ulong, List<int>>();
            var keys = new List<ulong>();
            for (int doc = 0; doc < 20000; doc++)
            {
                var mine = new HashSet<ulong>();
                for (int k = 0; k < 10; k++)
                {
                    ulong key;
                    int pick = rng.Next(10);
                    if (pick == 0 && keys.Count > 0) key = keys[rng.Next(Math.Min(keys.Count, 50))];                      // common keys
                    else if (pick == 1) key = 0xAB00_0000_1234_5678UL | ((ulong)rng.Next(1 << 20) << 32);                 // same part, same home
                    else key = ((ulong)rng.Next() << 33) ^ ((ulong)rng.Next() << 11) ^ (ulong)rng.Next();
                    if (!mine.Add(key)) continue;
                    Assert.True(index.Add(key, doc));
                    if (!expected.TryGetValue(key, out var list)) { expected[key] = list = new List<int>(); keys.Add(key); }
                    list.Add(doc);
                }
            }
            foreach (var (key, docs) in expected)
            {
                var found = new List<int>();
                foreach (int d in index.Of(key)) found.Add(d);
                found.Reverse(); // latest first
                Assert.Equal(docs, found);
            }
            Assert.Empty(ToList(index.Of(0x1234_5678_9ABC_DEF0UL)));

            // With a limit, a key keeps its first documents.
            var limited = New(64);
            for (int doc = 0; doc < 200; doc++)
            {
                Assert.Equal(doc < 64, limited.Add(42UL, doc)); // false: not noted, the caller keeps it
                if (doc % 3 == 0) Assert.Equal(doc / 3 < 64, limited.Add(43UL, doc));
            }
            Assert.Equal(Enumerable.Range(0, 64).Reverse(), ToList(limited.Of(42UL)));
            Assert.Equal(Enumerable.Range(0, 64).Select(d => d * 3).Reverse(), ToList(limited.Of(43UL)));
            Assert.True(expected.Values.Count(v => v.Count > 100) >= 10, "keys held by many documents");
        }

        private static List<int> ToList(PostingIndex.Documents documents)
        {
            var list = new List<int>();
            foreach (int d in documents) list.Add(d);
            return list;
        }
    }
}
