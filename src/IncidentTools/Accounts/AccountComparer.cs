using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// Compares two parties' claims: question by question where the manifest has questions,
    /// otherwise pair by pair of claims that share their key terms.
    /// </summary>
    internal static class AccountComparer
    {
        /// <summary>The share of a party's claims on a question its position needs to be its position.</summary>
        public const double Majority = 2.0 / 3.0;

        /// <summary>How many stemmed key terms two claims must share to be paired without questions.</summary>
        public const int SharedTermsNeeded = 2;

        public static IReadOnlyList<AccountComparison> ByQuestion(
            IReadOnlyList<IncidentClaim> claims, IReadOnlyList<QuestionDefinition> questions,
            PartyDefinition reference, PartyDefinition difference, IReadOnlyList<string>? patterns)
        {
            var rows = new List<AccountComparison>();
            foreach (var q in questions)
            {
                if (!IncidentTools.Wildcard.MatchesAny(q.Id, patterns)) continue;
                var r = claims.Where(c => c.Question == q.Id && c.Position != null && SameParty(c.Party, reference)).ToArray();
                var d = claims.Where(c => c.Question == q.Id && c.Position != null && SameParty(c.Party, difference)).ToArray();
                var (rPos, rMixed) = PositionOf(r);
                var (dPos, dMixed) = PositionOf(d);
                AccountRelation relation;
                if (r.Length == 0 && d.Length == 0) relation = AccountRelation.None;
                else if (rMixed || dMixed) relation = AccountRelation.Mixed;
                else if (d.Length == 0) relation = AccountRelation.ReferenceOnly;
                else if (r.Length == 0) relation = AccountRelation.DifferenceOnly;
                else relation = string.Equals(rPos, dPos, StringComparison.OrdinalIgnoreCase) ? AccountRelation.Agree : AccountRelation.Contradict;
                rows.Add(new AccountComparison(q.Id, q.Text, reference.Name, rPos, difference.Name, dPos, relation,
                    new ItemList<IncidentClaim>(r), new ItemList<IncidentClaim>(d)));
            }
            return rows;
        }

        /// <summary>
        /// A party's position: the position of at least two thirds of its claims; otherwise the
        /// positions it takes, most frequent first, joined by "; " (and the party is Mixed).
        /// Evidence repeated across the versions of one story counts once (see <see cref="Counted"/>).
        /// </summary>
        internal static (string? Position, bool Mixed) PositionOf(IReadOnlyList<IncidentClaim> claims)
        {
            if (claims.Count == 0) return (null, false);
            var counted = Counted(claims);
            var groups = Enumerable.Range(0, claims.Count).Where(i => counted[i])
                .GroupBy(i => claims[i].Position!, StringComparer.OrdinalIgnoreCase)
                .Select(g => (Label: g.Key, Count: g.Count(), First: g.First()))
                .OrderByDescending(g => g.Count).ThenBy(g => g.First).ToArray();
            int total = groups.Sum(g => g.Count);
            if (groups[0].Count >= Majority * total - 1e-9) return (groups[0].Label, false);
            return (string.Join("; ", groups.Select(g => g.Label)), true);
        }

        /// <summary>
        /// Which claims count toward a position: a claim that repeats, in another version of the same
        /// story (same StoryId, another document), what a counted claim says (the same position in the
        /// same sentence, compared with case, blanks and quotation marks folded) does not count again.
        /// Each document of a story counts a repeated claim as often as it makes it; the story counts it
        /// as often as the document that makes it most often.
        /// </summary>
        internal static bool[] Counted(IReadOnlyList<IncidentClaim> claims)
        {
            var counted = new bool[claims.Count];
            // story + evidence key -> (document that counted it first, how many times in that document)
            var seen = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            for (int i = 0; i < claims.Count; i++)
            {
                var c = claims[i];
                var key = (c.StoryId ?? c.DocumentId) + "\u0001" + (c.Position ?? "").ToLowerInvariant() + "\u0001" + EvidenceKey(c.Text);
                if (!seen.TryGetValue(key, out var perDocument)) seen[key] = perDocument = new Dictionary<string, int>(StringComparer.Ordinal);
                perDocument.TryGetValue(c.DocumentId, out var n);
                perDocument[c.DocumentId] = ++n;
                // counted when this document has now made the claim more often than any other version of the story
                counted[i] = perDocument.Where(d => d.Key != c.DocumentId).All(d => d.Value < n);
            }
            return counted;
        }

        /// <summary>Text compared for sameness: letters and digits only, lower case, one blank between words.</summary>
        private static string EvidenceKey(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var sb = new System.Text.StringBuilder(text!.Length);
            bool blank = false;
            foreach (var ch in text)
            {
                if (char.IsLetterOrDigit(ch)) { if (blank && sb.Length > 0) sb.Append(' '); sb.Append(char.ToLowerInvariant(ch)); blank = false; }
                else blank = true;
            }
            return sb.ToString();
        }

        private static bool SameParty(string? party, PartyDefinition p) => string.Equals(party, p.Name, StringComparison.OrdinalIgnoreCase);

        // ---------------------------------------------------------------- without questions

        /// <summary>
        /// Pairs the two parties' claims that share at least two key terms (content words, stemmed,
        /// party names and reporting verbs left out), each claim in one pair at most, the pairs
        /// sharing most first. A pair contradicts where a shared term is negated on one side only.
        /// </summary>
        public static IReadOnlyList<AccountComparison> ByRelatedClaims(
            IReadOnlyList<IncidentClaim> claims, PartyIndex parties,
            PartyDefinition reference, PartyDefinition difference, IReadOnlyList<string>? patterns)
        {
            var lexicon = AccountLexicon.Default;
            var r = Distinct(claims.Where(c => SameParty(c.Party, reference))).Select(c => Terms.Of(c, parties, lexicon)).ToArray();
            var d = Distinct(claims.Where(c => SameParty(c.Party, difference))).Select(c => Terms.Of(c, parties, lexicon)).ToArray();
            var chosen = ChoosePairs(r, d);
            var rows = new List<AccountComparison>();
            int n = 0;
            foreach (var (ri, di) in chosen.OrderBy(c => c.R).ThenBy(c => c.D))
            {
                var shared = SharedStems(r[ri], d[di]);
                var id = "related-" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!IncidentTools.Wildcard.MatchesAny(id, patterns)) continue;
                var a = r[ri];
                var b = d[di];
                bool aDenies = shared.Any(s => a.Stems[s]);
                bool bDenies = shared.Any(s => b.Stems[s]);
                bool contradict = shared.Any(s => a.Stems[s] != b.Stems[s]);
                var text = string.Join(", ", shared.Select(s => a.Words[s]));
                rows.Add(new AccountComparison(id, text, reference.Name, aDenies ? "Denies" : "Affirms", difference.Name, bDenies ? "Denies" : "Affirms",
                    contradict ? AccountRelation.Contradict : AccountRelation.Related,
                    new ItemList<IncidentClaim>(new[] { a.Claim }), new ItemList<IncidentClaim>(new[] { b.Claim })));
            }
            return rows;
        }

        /// <summary>
        /// The pairs of claims that share at least <see cref="SharedTermsNeeded"/> stems, each claim in one
        /// pair at most, chosen greedily: the pairs sharing most first, then the higher share of their
        /// stems (Jaccard), then in claim order. The difference party's claims are found through an index
        /// of their stems, so a claim is only compared with the claims that share a stem with it, and a
        /// pair is kept as two numbers until it is chosen.
        /// </summary>
        internal static List<(int R, int D)> ChoosePairs(IReadOnlyList<Terms> r, IReadOnlyList<Terms> d)
        {
            // Each stem of the difference party's claims -> those claims, in order (a claim holds a stem once).
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int j = 0; j < d.Count; j++)
                foreach (var stem in d[j].Stems.Keys)
                {
                    if (!postings.TryGetValue(stem, out var list)) postings[stem] = list = new List<int>();
                    list.Add(j);
                }
            var counts = new int[d.Count];
            var touched = new List<int>();
            var pairs = new List<(int R, int D, int Shared, double Score)>();
            for (int i = 0; i < r.Count; i++)
            {
                foreach (var stem in r[i].Stems.Keys)
                    if (postings.TryGetValue(stem, out var list))
                        foreach (int j in list)
                            if (counts[j]++ == 0) touched.Add(j);
                foreach (int j in touched)
                {
                    int shared = counts[j];
                    counts[j] = 0;
                    if (shared < SharedTermsNeeded) continue;
                    double union = r[i].Stems.Count + d[j].Stems.Count - shared;
                    pairs.Add((i, j, shared, shared / union));
                }
                touched.Clear();
            }
            pairs.Sort((x, y) =>
            {
                int c = y.Shared.CompareTo(x.Shared);
                if (c == 0) c = y.Score.CompareTo(x.Score);
                if (c == 0) c = x.R.CompareTo(y.R);
                return c != 0 ? c : x.D.CompareTo(y.D);
            });
            var usedR = new bool[r.Count];
            var usedD = new bool[d.Count];
            var chosen = new List<(int R, int D)>();
            foreach (var pr in pairs)
            {
                if (usedR[pr.R] || usedD[pr.D]) continue;
                usedR[pr.R] = true;
                usedD[pr.D] = true;
                chosen.Add((pr.R, pr.D));
            }
            return chosen;
        }

        /// <summary>The stems two claims share, in ordinal order.</summary>
        internal static string[] SharedStems(Terms a, Terms b) =>
            a.Stems.Keys.Where(b.Stems.ContainsKey).OrderBy(k => k, StringComparer.Ordinal).ToArray();

        private static IEnumerable<IncidentClaim> Distinct(IEnumerable<IncidentClaim> claims)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in claims)
                if (seen.Add(c.DocumentId + "\u0001" + c.Start)) yield return c;
        }

        /// <summary>The key terms of a claim: stem → whether every use of it is negated; and a word for each stem.</summary>
        internal sealed class Terms
        {
            private Terms(IncidentClaim claim, Dictionary<string, bool> stems, Dictionary<string, string> words)
            {
                Claim = claim;
                Stems = stems;
                Words = words;
            }

            public IncidentClaim Claim { get; }
            public Dictionary<string, bool> Stems { get; }

            /// <summary>For tests: terms with these stems (none negated) and no claim.</summary>
            internal static Terms ForTest(IEnumerable<string> stems) =>
                new Terms(null!, stems.ToDictionary(s => s, _ => false, StringComparer.Ordinal), stems.ToDictionary(s => s, s => s, StringComparer.Ordinal));
            public Dictionary<string, string> Words { get; }

            public static Terms Of(IncidentClaim claim, PartyIndex parties, AccountLexicon lexicon)
            {
                var norm = AccountText.Normalize(claim.Text);
                var tokens = Text.Tokenizer.Tokenize(norm, Array.Empty<Text.QuotationSpan>());
                var mentions = parties.Mentions(norm);
                var stems = new Dictionary<string, bool>(StringComparer.Ordinal);
                var words = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var t in tokens)
                {
                    if (!t.IsWord || t.Text.Length < 3 || char.IsDigit(t.Text[0])) continue;
                    var bare = t.Lower.EndsWith(Text.Possessive.Straight, StringComparison.Ordinal) ? t.Lower.Substring(0, t.Lower.Length - Text.Possessive.Straight.Length) : t.Lower;
                    if (lexicon.StopWords.Contains(bare) || lexicon.ReportingVerb(t.Lower) != null) continue;
                    if (mentions.Any(m => m.Start <= t.Start && t.End <= m.End)) continue;
                    if (t.Has(Text.WordTag.Negation) || lexicon.Negators.Any(n => n.Length == 1 && n[0] == t.Lower)) continue;
                    var stem = AccountText.Stem(t.Text);
                    if (stem.Length < 3) continue;
                    bool negated = Negation.IsNegated(tokens, t.Start, lexicon);
                    if (stems.TryGetValue(stem, out var before)) stems[stem] = before && negated;
                    else
                    {
                        stems[stem] = negated;
                        words[stem] = t.Lower;
                    }
                }
                return new Terms(claim, stems, words);
            }
        }
    }
}
