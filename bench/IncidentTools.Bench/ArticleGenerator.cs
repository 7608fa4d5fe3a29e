// A deterministic generator of distinct news articles for the benchmark and for the
// identical-output test (tests/IncidentTools.Tests links this file).
//
// It recombines the paragraphs (blank-line separated blocks) of source texts into new
// articles: a template article keeps its shape (headline, cruft lines, dateline), about half
// of its paragraphs are replaced by paragraphs of other sources, some are dropped or added,
// and most paragraphs get a small per-copy edit (a number or a word changed), so the articles
// are distinct texts, not byte copies. A few articles are later versions of a recent one (same
// headline, most paragraphs kept, one to three edited, maybe one added), so story grouping has
// work to do. A few files are written with CRLF line ends, a UTF-8 BOM or as UTF-16, so the
// decoding paths run too.
//
// The output depends only on the sources, the seed and the article number: article i is the
// same whatever the count, so the 1,000-article corpus is the first 1,000 of the 50,000.
// Changing this file changes the identical-output test's golden hashes (see that test).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace IncidentTools.Bench
{
    internal sealed class ArticleGenerator
    {
        private readonly string[][] _primary;   // blocks of each primary source (the incident's articles)
        private readonly string[][] _secondary; // blocks of each other source
        private readonly double _primaryShare;
        private readonly string[] _vocabulary;
        private readonly ulong _seed;

        /// <param name="primarySources">Texts about the incident (they carry the parties' claims).</param>
        /// <param name="secondarySources">Any other news texts.</param>
        /// <param name="primaryShare">The share of templates and replacement paragraphs taken from the primary sources.</param>
        public ArticleGenerator(IEnumerable<string> primarySources, IEnumerable<string> secondarySources, double primaryShare, ulong seed)
        {
            _primary = primarySources.Select(Blocks).Where(b => b.Length > 0).ToArray();
            _secondary = secondarySources.Select(Blocks).Where(b => b.Length > 0).ToArray();
            if (_primary.Length == 0) throw new ArgumentException("The generator needs at least one primary source text.", nameof(primarySources));
            if (_secondary.Length == 0) _secondary = _primary;
            _primaryShare = primaryShare;
            _seed = seed;
            _vocabulary = _primary.Concat(_secondary).SelectMany(b => b).SelectMany(Words)
                .Where(w => w.Length >= 4 && w.Length <= 12 && w.All(c => c >= 'a' && c <= 'z'))
                .Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        }

        /// <summary>The texts of the files, in ordinal name order (so the generator's input does not depend on the file system's order).</summary>
        public static IEnumerable<string> ReadTexts(IEnumerable<string> files) =>
            files.OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).Select(File.ReadAllText);

        /// <summary>A manifest without its documents: section (the generated files are not the listed ones).</summary>
        public static string ManifestWithoutDocuments(string yaml)
        {
            var sb = new StringBuilder();
            bool skipping = false;
            foreach (var line in yaml.Replace("\r\n", "\n").Split('\n'))
            {
                bool topLevel = line.Length > 0 && char.IsLetter(line[0]);
                if (topLevel) skipping = line.StartsWith("documents:", StringComparison.Ordinal);
                if (!skipping) sb.Append(line).Append('\n');
            }
            return sb.ToString();
        }

        /// <summary>One generated file: its name and its bytes.</summary>
        public readonly struct Article
        {
            public Article(string name, byte[] bytes) { Name = name; Bytes = bytes; }
            public string Name { get; }
            public byte[] Bytes { get; }
        }

        /// <summary>Articles 0 … count-1.</summary>
        public IEnumerable<Article> Generate(int count)
        {
            var recent = new List<string[]>(); // the last articles' blocks, for versions
            for (int i = 0; i < count; i++)
            {
                var rng = new Rng(_seed ^ (0x9E3779B97F4A7C15UL * (ulong)(i + 1)));
                string[] blocks;
                if (recent.Count > 0 && rng.Chance(0.04))
                    blocks = Version(recent[rng.Next(recent.Count)], rng);
                else
                    blocks = Recombine(rng);
                recent.Add(blocks);
                if (recent.Count > 64) recent.RemoveAt(0);
                yield return new Article($"art{i:D6}.txt", Encode(blocks, rng));
            }
        }

        /// <summary>Writes articles 0 … count-1 into the folder (created), with the manifest if one is given; returns the bytes written.</summary>
        public long WriteCorpus(string folder, int count, string? manifestYaml)
        {
            Directory.CreateDirectory(folder);
            long bytes = 0;
            foreach (var a in Generate(count))
            {
                File.WriteAllBytes(Path.Combine(folder, a.Name), a.Bytes);
                bytes += a.Bytes.Length;
            }
            if (manifestYaml != null) File.WriteAllText(Path.Combine(folder, "corpus.yaml"), manifestYaml, new UTF8Encoding(false));
            return bytes;
        }

        private string[] Recombine(Rng rng)
        {
            var template = PickSource(rng);
            var blocks = new List<string>();
            // The page header (headline, stamps, highlights: the short blocks before the first
            // long paragraph) keeps its shape, each block with a word changed where it has one.
            int b = 0;
            for (; b < template.Length && template[b].Length < 120; b++)
                blocks.Add(EditWords(template[b], rng, 1, append: false));
            for (; b < template.Length; b++)
            {
                double r = rng.NextDouble();
                if (r < 0.45) blocks.Add(MaybeEdit(template[b], rng));
                else if (r < 0.80) blocks.Add(MaybeEdit(RandomBlock(rng), rng));
                else if (r < 0.90) { /* dropped */ }
                else
                {
                    blocks.Add(MaybeEdit(template[b], rng));
                    blocks.Add(MaybeEdit(RandomBlock(rng), rng));
                }
            }
            while (blocks.Count < 3) blocks.Add(MaybeEdit(RandomBlock(rng), rng));
            return blocks.ToArray();
        }

        private string[] Version(string[] earlier, Rng rng)
        {
            var blocks = earlier.ToList();
            int edits = 1 + rng.Next(3);
            for (int e = 0; e < edits && blocks.Count > 1; e++)
            {
                int at = 1 + rng.Next(blocks.Count - 1);
                blocks[at] = EditWords(blocks[at], rng, 1);
            }
            if (rng.Chance(0.5)) blocks.Add(MaybeEdit(RandomBlock(rng), rng));
            return blocks.ToArray();
        }

        private string[] PickSource(Rng rng)
        {
            var pool = rng.Chance(_primaryShare) ? _primary : _secondary;
            return pool[rng.Next(pool.Length)];
        }

        private string RandomBlock(Rng rng)
        {
            var source = PickSource(rng);
            return source.Length == 1 ? source[0] : source[1 + rng.Next(source.Length - 1)];
        }

        private string MaybeEdit(string block, Rng rng)
        {
            if (!rng.Chance(0.75)) return block;
            return rng.Chance(0.35) && block.Any(char.IsDigit) ? EditNumber(block, rng) : EditWords(block, rng, 1);
        }

        /// <summary>Replaces one run of ASCII digits by another number of the same length.</summary>
        private static string EditNumber(string block, Rng rng)
        {
            var runs = new List<(int Start, int Length)>();
            for (int i = 0; i < block.Length;)
            {
                if (block[i] >= '0' && block[i] <= '9')
                {
                    int s = i;
                    while (i < block.Length && block[i] >= '0' && block[i] <= '9') i++;
                    runs.Add((s, i - s));
                }
                else i++;
            }
            if (runs.Count == 0) return block;
            var (start, length) = runs[rng.Next(runs.Count)];
            var digits = new char[length];
            for (int d = 0; d < length; d++) digits[d] = (char)((d == 0 && length > 1 ? '1' : '0') + rng.Next(d == 0 && length > 1 ? 9 : 10));
            return block.Substring(0, start) + new string(digits) + block.Substring(start + length);
        }

        /// <summary>Replaces up to <paramref name="count"/> lower-case ASCII words of four letters or more by words of the sources.</summary>
        private string EditWords(string block, Rng rng, int count, bool append = true)
        {
            for (int n = 0; n < count; n++)
            {
                var words = new List<(int Start, int Length)>();
                for (int i = 0; i < block.Length;)
                {
                    if (char.IsLetter(block[i]))
                    {
                        int s = i;
                        while (i < block.Length && char.IsLetter(block[i])) i++;
                        if (i - s >= 4 && Enumerable.Range(s, i - s).All(k => block[k] >= 'a' && block[k] <= 'z')) words.Add((s, i - s));
                    }
                    else i++;
                }
                if (_vocabulary.Length == 0) return block;
                if (words.Count == 0) return append ? block + " " + _vocabulary[rng.Next(_vocabulary.Length)] : block;
                var (start, length) = words[rng.Next(words.Count)];
                block = block.Substring(0, start) + _vocabulary[rng.Next(_vocabulary.Length)] + block.Substring(start + length);
            }
            return block;
        }

        private static byte[] Encode(string[] blocks, Rng rng)
        {
            string newline = rng.Chance(0.05) ? "\r\n" : "\n";
            var text = string.Join(newline + newline, blocks.Select(b => b.Replace("\n", newline))) + newline;
            double r = rng.NextDouble();
            if (r < 0.005) return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
            if (r < 0.025) return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            return new UTF8Encoding(false).GetBytes(text);
        }

        private static string[] Blocks(string text)
        {
            var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var blocks = new List<string>();
            var current = new List<string>();
            foreach (var line in lines)
            {
                if (line.Trim().Length == 0)
                {
                    if (current.Count > 0) blocks.Add(string.Join("\n", current));
                    current.Clear();
                }
                else current.Add(line.TrimEnd());
            }
            if (current.Count > 0) blocks.Add(string.Join("\n", current));
            return blocks.ToArray();
        }

        private static IEnumerable<string> Words(string block)
        {
            int i = 0;
            while (i < block.Length)
            {
                if (!char.IsLetter(block[i])) { i++; continue; }
                int s = i;
                while (i < block.Length && char.IsLetter(block[i])) i++;
                yield return block.Substring(s, i - s);
            }
        }

        /// <summary>SplitMix64: the same numbers on every runtime (System.Random's algorithm is not promised).</summary>
        private sealed class Rng
        {
            private ulong _state;

            public Rng(ulong seed) => _state = seed;

            public ulong NextUInt64()
            {
                ulong z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }

            public int Next(int bound) => bound <= 1 ? 0 : (int)((NextUInt64() >> 11) % (ulong)bound);

            public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

            public bool Chance(double p) => NextDouble() < p;
        }
    }
}
