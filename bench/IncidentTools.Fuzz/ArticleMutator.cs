using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IncidentTools.Fuzz
{
    /// <summary>
    /// Random damage to a real article, the kind scraping does and worse: quotation marks inserted
    /// and deleted, paragraphs split, joined, shuffled and repeated, lines cut, news words and page
    /// cruft dropped in, line endings mixed; then the text is encoded (UTF-8 mostly, sometimes
    /// UTF-16/32 with a byte-order mark or Windows-1252) and bytes are changed, inserted, deleted or
    /// the file is cut short. Everything comes from the <see cref="Random"/> given, so a seed
    /// reproduces a case exactly.
    /// </summary>
    public static class ArticleMutator
    {
        private static readonly string[] Marks = { "“", "”", "\"", "'", "‘", "’", "«", "»", "``", "''", "„" };

        private static readonly string[] Pieces =
        {
            "said", "says", "told reporters", "according to", "he said.", "she said,", "Mr.", "Gen.", "U.S.", "Pakistan",
            "Pakistani officials", "the Pentagon", "NATO", "a spokesman", "who", "that", "deliberate", "not", "fired first",
            "—", "--", ":", ";", "(", ")", ",", ".", "?", "!", "•", "CNN —", "(Reuters) -", "Story highlights",
            "updated 6:39 PM EDT, Wed March 28, 2012", "contributed to this report.", "Click here", "Advertisement",
            "“We were fired upon,” he said.", "the official said, “", "”, the minister added", "He said: \"", "\u00A0", "\t",
            "\u200B", "\uFEFF", "\u2028", "\u0085", "é", "ü", "😀", "\uD83D", "\uDE00", "\u0301", "A.", "B.", "J.R.R.",
        };

        /// <summary>The kinds of damage, for the reports of the long run.</summary>
        public static readonly string[] Kinds =
        {
            "insert-mark", "delete-mark", "split-paragraph", "join-paragraphs", "shuffle-paragraphs", "repeat-paragraph",
            "cut-line", "delete-line", "insert-piece", "line-endings", "change-byte", "insert-byte", "delete-byte", "truncate",
        };

        /// <summary>An article with between one and <paramref name="maxMutations"/> pieces of damage, as the bytes of a file.</summary>
        public static byte[] Mutate(string article, Random random, int maxMutations, List<string>? applied = null)
        {
            var text = article;
            int textMutations = random.Next(1, maxMutations + 1);
            for (int i = 0; i < textMutations; i++)
            {
                var (kind, result) = MutateText(text, random);
                text = result;
                applied?.Add(kind);
            }

            var bytes = Encode(text, random, applied);
            if (random.NextDouble() < 0.3)
            {
                int byteMutations = random.Next(1, 4);
                for (int i = 0; i < byteMutations; i++)
                {
                    var (kind, result) = MutateBytes(bytes, random);
                    bytes = result;
                    applied?.Add(kind);
                }
            }
            return bytes;
        }

        private static (string Kind, string Text) MutateText(string text, Random random)
        {
            switch (random.Next(10))
            {
                case 0: return ("insert-mark", text.Insert(random.Next(text.Length + 1), Marks[random.Next(Marks.Length)]));
                case 1:
                {
                    var at = MarkPositions(text);
                    if (at.Count == 0) goto case 0;
                    int i = at[random.Next(at.Count)];
                    return ("delete-mark", text.Remove(i, 1));
                }
                case 2: return ("split-paragraph", text.Insert(random.Next(text.Length + 1), random.NextDouble() < 0.5 ? "\n\n" : "\n"));
                case 3:
                {
                    int i = text.IndexOf("\n\n", random.Next(text.Length + 1), StringComparison.Ordinal);
                    if (i < 0) i = text.IndexOf("\n\n", StringComparison.Ordinal);
                    if (i < 0) goto case 2;
                    return ("join-paragraphs", text.Remove(i, 2).Insert(i, random.NextDouble() < 0.5 ? " " : ""));
                }
                case 4:
                {
                    var paragraphs = text.Split(new[] { "\n\n" }, StringSplitOptions.None);
                    for (int i = paragraphs.Length - 1; i > 0; i--)
                    {
                        int j = random.Next(i + 1);
                        (paragraphs[i], paragraphs[j]) = (paragraphs[j], paragraphs[i]);
                    }
                    return ("shuffle-paragraphs", string.Join("\n\n", paragraphs));
                }
                case 5:
                {
                    var paragraphs = text.Split(new[] { "\n\n" }, StringSplitOptions.None).ToList();
                    var p = paragraphs[random.Next(paragraphs.Count)];
                    int times = random.Next(1, 20);
                    int at = random.Next(paragraphs.Count + 1);
                    for (int i = 0; i < times; i++) paragraphs.Insert(at, p);
                    return ("repeat-paragraph", string.Join("\n\n", paragraphs));
                }
                case 6:
                {
                    var lines = text.Split('\n');
                    int l = random.Next(lines.Length);
                    if (lines[l].Length > 0) lines[l] = lines[l].Substring(0, random.Next(lines[l].Length));
                    return ("cut-line", string.Join("\n", lines));
                }
                case 7:
                {
                    var lines = text.Split('\n').ToList();
                    lines.RemoveAt(random.Next(lines.Count));
                    return ("delete-line", string.Join("\n", lines));
                }
                case 8:
                {
                    var sb = new StringBuilder(text);
                    int n = random.Next(1, 12);
                    for (int i = 0; i < n; i++)
                    {
                        var piece = Pieces[random.Next(Pieces.Length)];
                        sb.Insert(random.Next(sb.Length + 1), random.NextDouble() < 0.7 ? " " + piece + " " : piece);
                    }
                    return ("insert-piece", sb.ToString());
                }
                default:
                {
                    var eol = random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" };
                    var sb = new StringBuilder(text.Length + 64);
                    foreach (char c in text)
                    {
                        if (c == '\n' && random.NextDouble() < 0.5) sb.Append(eol);
                        else sb.Append(c);
                    }
                    return ("line-endings", sb.ToString());
                }
            }
        }

        private static List<int> MarkPositions(string text)
        {
            var at = new List<int>();
            for (int i = 0; i < text.Length; i++)
                if ("“”\"'‘’«»„".IndexOf(text[i]) >= 0) at.Add(i);
            return at;
        }

        private static byte[] Encode(string text, Random random, List<string>? applied)
        {
            double r = random.NextDouble();
            if (r < 0.80) return new UTF8Encoding(false).GetBytes(text);
            if (r < 0.85) { applied?.Add("utf-8-bom"); return WithBom(new UTF8Encoding(true), text); }
            if (r < 0.89) { applied?.Add("utf-16LE"); return WithBom(new UnicodeEncoding(false, true), text); }
            if (r < 0.92) { applied?.Add("utf-16BE"); return WithBom(new UnicodeEncoding(true, true), text); }
            if (r < 0.94) { applied?.Add("utf-32LE"); return WithBom(new UTF32Encoding(false, true), text); }
            if (r < 0.95) { applied?.Add("utf-32BE"); return WithBom(new UTF32Encoding(true, true), text); }
            // Windows-1252 (what a scraper that saved ANSI gives): characters it lacks become '?'.
            applied?.Add("windows-1252");
            return Windows1252.GetBytes(text);
        }

        private static byte[] WithBom(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        private static (string Kind, byte[] Bytes) MutateBytes(byte[] bytes, Random random)
        {
            if (bytes.Length == 0) return ("insert-byte", new[] { (byte)random.Next(256) });
            switch (random.Next(4))
            {
                case 0:
                {
                    var copy = (byte[])bytes.Clone();
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                    return ("change-byte", copy);
                }
                case 1:
                {
                    int at = random.Next(bytes.Length + 1);
                    var copy = new byte[bytes.Length + 1];
                    Array.Copy(bytes, copy, at);
                    copy[at] = (byte)random.Next(256);
                    Array.Copy(bytes, at, copy, at + 1, bytes.Length - at);
                    return ("insert-byte", copy);
                }
                case 2:
                {
                    int at = random.Next(bytes.Length);
                    var copy = new byte[bytes.Length - 1];
                    Array.Copy(bytes, copy, at);
                    Array.Copy(bytes, at + 1, copy, at, bytes.Length - at - 1);
                    return ("delete-byte", copy);
                }
                default:
                    return ("truncate", bytes.Take(random.Next(bytes.Length)).ToArray());
            }
        }

        /// <summary>A small Windows-1252 encoder (no code-page provider needed).</summary>
        private static class Windows1252
        {
            private const string High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                                      + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

            public static byte[] GetBytes(string text)
            {
                var bytes = new byte[text.Length];
                for (int i = 0; i < text.Length; i++)
                {
                    char c = text[i];
                    int h = High.IndexOf(c);
                    bytes[i] = h >= 0 ? (byte)(0x80 + h) : c < 0x100 && (c < 0x80 || c > 0x9F) ? (byte)c : (byte)'?';
                }
                return bytes;
            }

            public static string GetString(byte[] bytes, int offset)
            {
                var chars = new char[bytes.Length - offset];
                for (int i = offset; i < bytes.Length; i++)
                {
                    byte b = bytes[i];
                    chars[i - offset] = b >= 0x80 && b <= 0x9F ? High[b - 0x80] : (char)b;
                }
                return new string(chars);
            }
        }

        /// <summary>
        /// The text of a file as the engine says it decoded it (<see cref="IncidentDocument.Encoding"/>),
        /// decoded here independently, so the offsets are checked against a second reading of the bytes.
        /// </summary>
        public static string DecodeAs(byte[] bytes, string encoding) => encoding switch
        {
            "utf-8" => new UTF8Encoding(false, true).GetString(bytes),
            "utf-8-bom" => new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3),
            "utf-16LE" => new UnicodeEncoding(false, false, true).GetString(bytes, 2, bytes.Length - 2),
            "utf-16BE" => new UnicodeEncoding(true, false, true).GetString(bytes, 2, bytes.Length - 2),
            "utf-32LE" => new UTF32Encoding(false, false, true).GetString(bytes, 4, bytes.Length - 4),
            "utf-32BE" => new UTF32Encoding(true, false, true).GetString(bytes, 4, bytes.Length - 4),
            "windows-1252" => Windows1252.GetString(bytes, bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0),
            _ => throw new ArgumentException("unknown encoding " + encoding),
        };
    }
}
