using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// Compares two versions of one story: headline, highlights, body paragraphs, quotations
    /// and contributors. Paragraphs that are equal after normalisation are Same; of the rest,
    /// the most similar pairs (Dice coefficient on word sets, at least <see cref="EditedAtLeast"/>)
    /// are Edited; the others are Removed or Added. At most O(n·m) comparisons of paragraphs.
    /// </summary>
    internal static class VersionComparer
    {
        /// <summary>The similarity two paragraphs need to count as one paragraph edited.</summary>
        public const double EditedAtLeast = 0.6;

        public static IReadOnlyList<VersionDifference> Compare(IncidentDocument reference, IncidentDocument difference,
            IReadOnlyList<IncidentQuote>? referenceQuotes = null, IReadOnlyList<IncidentQuote>? differenceQuotes = null)
        {
            if (reference == null) throw new ArgumentNullException(nameof(reference));
            if (difference == null) throw new ArgumentNullException(nameof(difference));
            var rows = new List<VersionDifference>();
            string r = reference.Id, d = difference.Id;

            if (reference.Title != null || difference.Title != null)
            {
                if (reference.Title == null) rows.Add(new VersionDifference(VersionChange.Added, VersionElement.Title, null, difference.Title, null, null, 0, r, d));
                else if (difference.Title == null) rows.Add(new VersionDifference(VersionChange.Removed, VersionElement.Title, reference.Title, null, null, null, 0, r, d));
                else if (AccountText.Key(reference.Title) == AccountText.Key(difference.Title)) rows.Add(new VersionDifference(VersionChange.Same, VersionElement.Title, reference.Title, difference.Title, null, null, 1, r, d));
                else rows.Add(new VersionDifference(VersionChange.Edited, VersionElement.Title, reference.Title, difference.Title, null, null, Similarity(reference.Title, difference.Title), r, d));
            }

            rows.AddRange(Align(reference.HighlightParagraphs, difference.HighlightParagraphs, VersionElement.Highlight, r, d));
            rows.AddRange(Align(reference.Paragraphs, difference.Paragraphs, VersionElement.Paragraph, r, d));

            if (referenceQuotes != null && differenceQuotes != null)
            {
                // Quotations whose words stand nowhere in the other version: new or dropped voices.
                var refText = AccountText.Key(string.Join(" ", reference.AllParagraphs().Select(p => p.Text)));
                var difText = AccountText.Key(string.Join(" ", difference.AllParagraphs().Select(p => p.Text)));
                foreach (var q in referenceQuotes.Where(q => q.DocumentId == r && AccountText.Key(q.Text).Length > 0))
                    if (!difText.Contains(AccountText.Key(q.Text)))
                        rows.Add(new VersionDifference(VersionChange.Removed, VersionElement.Quote, q.ToString(), null, q.Paragraph, null, 0, r, d));
                foreach (var q in differenceQuotes.Where(q => q.DocumentId == d && AccountText.Key(q.Text).Length > 0))
                    if (!refText.Contains(AccountText.Key(q.Text)))
                        rows.Add(new VersionDifference(VersionChange.Added, VersionElement.Quote, null, q.ToString(), null, q.Paragraph, 0, r, d));
            }

            var refPeople = reference.Contributors.ToList();
            var difPeople = difference.Contributors.ToList();
            foreach (var name in refPeople)
            {
                bool kept = difPeople.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                rows.Add(new VersionDifference(kept ? VersionChange.Same : VersionChange.Removed, VersionElement.Contributors, name, kept ? name : null, null, null, kept ? 1 : 0, r, d));
            }
            foreach (var name in difPeople.Where(n => !refPeople.Any(m => string.Equals(n, m, StringComparison.OrdinalIgnoreCase))))
                rows.Add(new VersionDifference(VersionChange.Added, VersionElement.Contributors, null, name, null, null, 0, r, d));
            return rows;
        }

        private static IEnumerable<VersionDifference> Align(IReadOnlyList<DocumentParagraph> a, IReadOnlyList<DocumentParagraph> b, VersionElement element, string r, string d)
        {
            var pairOfB = Enumerable.Repeat(-1, b.Count).ToArray();
            var pairOfA = Enumerable.Repeat(-1, a.Count).ToArray();
            var sim = new double[b.Count];
            var keysA = a.Select(p => AccountText.Key(p.Text)).ToArray();
            var keysB = b.Select(p => AccountText.Key(p.Text)).ToArray();
            for (int j = 0; j < b.Count; j++)
            {
                for (int i = 0; i < a.Count; i++)
                {
                    if (pairOfA[i] >= 0 || keysA[i] != keysB[j]) continue;
                    pairOfA[i] = j;
                    pairOfB[j] = i;
                    sim[j] = 1;
                    break;
                }
            }
            var wordsA = a.Select(p => WordSet(p.Text)).ToArray();
            var wordsB = b.Select(p => WordSet(p.Text)).ToArray();
            var candidates = new List<(int I, int J, double S)>();
            for (int i = 0; i < a.Count; i++)
            {
                if (pairOfA[i] >= 0) continue;
                for (int j = 0; j < b.Count; j++)
                {
                    if (pairOfB[j] >= 0) continue;
                    double s = Dice(wordsA[i], wordsB[j]);
                    if (s >= EditedAtLeast) candidates.Add((i, j, s));
                }
            }
            foreach (var c in candidates.OrderByDescending(c => c.S).ThenBy(c => Math.Abs(c.I - c.J)))
            {
                if (pairOfA[c.I] >= 0 || pairOfB[c.J] >= 0) continue;
                pairOfA[c.I] = c.J;
                pairOfB[c.J] = c.I;
                sim[c.J] = c.S;
            }

            // Merge in the later version's order; a removed paragraph comes before the next kept one.
            int nextA = 0;
            for (int j = 0; j < b.Count; j++)
            {
                int i = pairOfB[j];
                if (i >= 0)
                {
                    for (; nextA < i; nextA++)
                        if (pairOfA[nextA] < 0) yield return Removed(a[nextA]);
                    if (nextA == i) nextA++;
                    var change = sim[j] >= 1 ? VersionChange.Same : VersionChange.Edited;
                    yield return new VersionDifference(change, element, a[i].Text, b[j].Text, a[i].Number, b[j].Number, Math.Round(sim[j], 3), r, d);
                }
                else
                {
                    // removals before additions at the same place, as a diff shows them
                    int nextPaired = a.Count;
                    for (int k = j + 1; k < b.Count; k++)
                        if (pairOfB[k] >= 0) { nextPaired = pairOfB[k]; break; }
                    for (; nextA < nextPaired && pairOfA[nextA] < 0; nextA++)
                        yield return Removed(a[nextA]);
                    yield return new VersionDifference(VersionChange.Added, element, null, b[j].Text, null, b[j].Number, 0, r, d);
                }
            }
            for (; nextA < a.Count; nextA++)
                if (pairOfA[nextA] < 0) yield return Removed(a[nextA]);

            VersionDifference Removed(DocumentParagraph p) =>
                new VersionDifference(VersionChange.Removed, element, p.Text, null, p.Number, null, 0, r, d);
        }

        internal static double Similarity(string x, string y) => Math.Round(Dice(WordSet(x), WordSet(y)), 3);

        private static HashSet<string> WordSet(string text) =>
            new HashSet<string>(Text.Tokenizer.Tokenize(AccountText.Normalize(text), Array.Empty<Text.QuotationSpan>()).Where(t => t.IsWord).Select(t => t.Lower), StringComparer.Ordinal);

        private static double Dice(HashSet<string> x, HashSet<string> y)
        {
            if (x.Count == 0 && y.Count == 0) return 1;
            int shared = x.Count(y.Contains);
            return 2.0 * shared / (x.Count + y.Count);
        }
    }
}
