using System;
using System.Collections.Generic;

namespace IncidentTools
{
    /// <summary>The nearest known name to a misspelt one (edit distance), for "did you mean" hints.</summary>
    internal static class Suggest
    {
        /// <summary>The candidate nearest to <paramref name="name"/>, when it is near enough to be a slip (a third of its letters at most).</summary>
        public static string? Nearest(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                if (string.IsNullOrEmpty(candidate)) continue;
                int d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (d < bestDistance) { best = candidate; bestDistance = d; }
            }
            if (best == null) return null;
            int allowed = Math.Max(1, Math.Min(name.Length, best.Length) / 3);
            if (bestDistance <= allowed) return best;
            // A shortened or lengthened form ("alias" for "aliases", "organisation" for "organisations").
            foreach (var candidate in candidates)
            {
                if (string.IsNullOrEmpty(candidate) || Math.Min(candidate.Length, name.Length) < 4) continue;
                if (candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
                    return candidate;
            }
            return null;
        }

        /// <summary>Levenshtein distance, with a transposition counted as one edit.</summary>
        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= b.Length; j++) d[0, j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
            return d[a.Length, b.Length];
        }
    }
}
