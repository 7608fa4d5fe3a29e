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
            var pairs = new List<(int R, int D, string[] Shared, double Score)>();
            for (int i = 0; i < r.Length; i++)
            {
                for (int j = 0; j < d.Length; j++)
                {
                    var shared = r[i].Stems.Keys.Where(d[j].Stems.ContainsKey).OrderBy(k => k, StringComparer.Ordinal).ToArray();
                    if (shared.Length < SharedTermsNeeded) continue;
                    double union = r[i].Stems.Count + d[j].Stems.Count - shared.Length;
                    pairs.Add((i, j, shared, shared.Length / union));
                }
            }
            var usedR = new HashSet<int>();
            var usedD = new HashSet<int>();
            var chosen = new List<(int R, int D, string[] Shared)>();
            foreach (var pr in pairs.OrderByDescending(x => x.Shared.Length).ThenByDescending(x => x.Score).ThenBy(x => x.R).ThenBy(x => x.D))
            {
                if (usedR.Contains(pr.R) || usedD.Contains(pr.D)) continue;
                usedR.Add(pr.R);
                usedD.Add(pr.D);
                chosen.Add((pr.R, pr.D, pr.Shared));
            }
            var rows = new List<AccountComparison>();
            int n = 0;
            foreach (var (ri, di, shared) in chosen.OrderBy(c => c.R).ThenBy(c => c.D))
            {
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
                    var bare = t.Lower.EndsWith("'s", StringComparison.Ordinal) ? t.Lower.Substring(0, t.Lower.Length - 2) : t.Lower;
                    if (lexicon.StopWords.Contains(bare) || lexicon.ReportingVerb(t.Lower) != null) continue;
                    if (mentions.Any(m => m.Start <= t.Start && t.End <= m.End)) continue;
                    if (t.Lower.EndsWith("n't", StringComparison.Ordinal) || lexicon.Negators.Any(n => n.Length == 1 && n[0] == t.Lower)) continue;
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
