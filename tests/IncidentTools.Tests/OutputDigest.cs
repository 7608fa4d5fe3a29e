using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Everything the engine gives for a corpus, written as one canonical text per stage
    /// (every public property of every object, recursively, in a fixed order, with the
    /// corpus folder written as "&lt;root&gt;"), and the SHA-256 of each text. Two engines
    /// that give the same objects give the same hashes; any changed property of any
    /// object changes its stage's hash.
    /// </summary>
    internal sealed class OutputDigest
    {
        public string Documents { get; private set; } = "";
        public string Quotes { get; private set; } = "";
        public string Claims { get; private set; } = "";
        public string Comparisons { get; private set; } = "";

        public string DocumentsHash => Hash(Documents);
        public string QuotesHash => Hash(Quotes);
        public string ClaimsHash => Hash(Claims);
        public string ComparisonsHash => Hash(Comparisons);

        public override string ToString() =>
            $"documents {DocumentsHash}, quotes {QuotesHash}, claims {ClaimsHash}, comparisons {ComparisonsHash}";

        /// <summary>The digest of a corpus: documents and problems, all quotes, claims, the account comparison and the version comparisons.</summary>
        public static OutputDigest Of(IncidentCorpus corpus, string root)
        {
            var d = new OutputDigest();
            var docs = new StringBuilder();
            foreach (var doc in corpus.Documents)
            {
                docs.Append(Describe(doc, root)).Append('\n');
                docs.Append("  title-paragraph ").Append(Describe(doc.TitleParagraph, root)).Append('\n');
                docs.Append("  highlight-paragraphs ").Append(Describe(doc.HighlightParagraphs, root)).Append('\n');
            }
            foreach (var p in corpus.Problems) docs.Append("problem ").Append(p.Kind).Append(' ').Append(Describe(p.Path, root)).Append(' ').Append(Describe(p.Message, root)).Append('\n');
            d.Documents = docs.ToString();
            d.Quotes = Lines(corpus.GetQuotes(includeUnattributed: true), root);
            d.Claims = Lines(corpus.Claims, root);

            var comparisons = new StringBuilder();
            if (corpus.Parties.Count >= 2)
                comparisons.Append(Lines(corpus.CompareAccounts(), root));
            // What changed between the versions of each story (the first 30 stories with versions).
            foreach (var story in corpus.Documents.GroupBy(x => x.StoryId, StringComparer.Ordinal).Where(g => g.Count() > 1).Take(30))
            {
                var versions = story.ToArray();
                for (int i = 1; i < versions.Length; i++)
                {
                    comparisons.Append("versions ").Append(versions[0].Id).Append(' ').Append(versions[i].Id).Append('\n');
                    comparisons.Append(Lines(corpus.CompareVersions(versions[0], versions[i]), root));
                }
            }
            d.Comparisons = comparisons.ToString();
            return d;
        }

        private static string Lines(IEnumerable items, string root)
        {
            var sb = new StringBuilder();
            foreach (var item in items) sb.Append(Describe(item, root)).Append('\n');
            return sb.ToString();
        }

        public static string Hash(string text)
        {
            using var sha = SHA256.Create();
            return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text)).Take(12).Select(b => b.ToString("x2")));
        }

        /// <summary>A value as canonical text: public properties sorted by name, lists in order, dictionaries sorted by key.</summary>
        public static string Describe(object? value, string root)
        {
            var sb = new StringBuilder();
            Write(sb, value, root, 0);
            return sb.ToString();
        }

        private static void Write(StringBuilder sb, object? value, string root, int depth)
        {
            switch (value)
            {
                case null: sb.Append('∅'); return;
                case string s:
                    sb.Append('"').Append(s.Replace(root, "<root>").Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "\\r").Replace("\n", "\\n")).Append('"');
                    return;
                case double x: sb.Append(x.ToString("R", CultureInfo.InvariantCulture)); return;
                case float x: sb.Append(x.ToString("R", CultureInfo.InvariantCulture)); return;
                case DateTimeOffset x: sb.Append(x.ToString("o", CultureInfo.InvariantCulture)); return;
                case DateTime x: sb.Append(x.ToString("o", CultureInfo.InvariantCulture)); return;
                case Enum e: sb.Append(e.ToString()); return;
                case IFormattable f when value.GetType().IsPrimitive || value is decimal: sb.Append(f.ToString(null, CultureInfo.InvariantCulture)); return;
                case bool b: sb.Append(b ? "true" : "false"); return;
                case char c: sb.Append(c); return;
            }
            if (depth > 6) throw new InvalidOperationException("Nested too deep: " + value.GetType());
            if (value is IEnumerable<KeyValuePair<string, string>> map)
            {
                sb.Append('{');
                foreach (var kv in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    Write(sb, kv.Key, root, depth + 1);
                    sb.Append('=');
                    Write(sb, kv.Value, root, depth + 1);
                    sb.Append(',');
                }
                sb.Append('}');
                return;
            }
            if (value is IEnumerable list)
            {
                sb.Append('[');
                foreach (var item in list)
                {
                    Write(sb, item, root, depth + 1);
                    sb.Append(',');
                }
                sb.Append(']');
                return;
            }
            var type = value.GetType();
            sb.Append(type.Name).Append('{');
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.GetIndexParameters().Length == 0)
                         .OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                sb.Append(p.Name).Append('=');
                Write(sb, p.GetValue(value), root, depth + 1);
                sb.Append(';');
            }
            sb.Append('}');
        }
    }
}
