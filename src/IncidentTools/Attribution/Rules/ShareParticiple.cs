using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A counted share of a group right before a participle of saying is that participle's source: "the poll showed 62 percent
    /// of voters saying the council is corrupt", "a poll counted a majority of renters saying rents are too high", "the race ended
    /// with about three in 10 saying they would move". The share (<see cref="ReportedSpeech.IsShare"/>: "62 percent of voters", "three in
    /// 10", "a majority of renters"; read as <see cref="ReportedSpeech.ShareSubject"/> reads a share before its verb) is the
    /// source, the participle of saying the cue, the clause it takes, up to the phrase's comma, the content. Only after a verb or
    /// a preposition (as <see cref="FindingsParticiple"/> reads findings after one): a share that opens its clause may be the
    /// subject of the clause's own verb ("62 percent of voters saying so is a record"), whose predicate the words do not mark.
    /// Not a quantifier that counts nothing ("most voters saying", "both campaigns saying": the share must be counted), nor a
    /// participle that takes a plain object ("62 percent saying goodbye"): only a that-clause or a clause.
    /// </summary>
    internal sealed class ShareParticiple : IAttributionRule
    {
        public string Name => nameof(ShareParticiple);

        /// <summary>The most words of the share before its participle ("nearly two-thirds of likely Democratic primary voters").</summary>
        private const int ShareReach = 8;

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no entry is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 2))
            {
                var tk = p.Tokens;
                var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                if (entry == null || entry.Kind != VerbForm.Gerund || !entry.IsSpeech || entry.Particle != null || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                if (ShareBefore(tk, s0, k) is not { } source || !AfterVerbOrPreposition(tk, s0, source.Start)) continue;
                if (Participial.ContentAfter(ctx, p, entry, k, end, s1) is not { } content) continue;
                // a clause only: "62 percent saying goodbye" takes a plain object
                if (!Participial.ReportsClause(tk, end, content.Start)) continue;
                Participial.AddPhraseReport(ctx, Name, p, entry, k, end, source, s0, content);
                    }
        }

        /// <summary>
        /// The widest counted share of a group (<see cref="ReportedSpeech.IsShare"/>: "62 percent of voters", "about three in 10")
        /// that ends right before the participle at k, of at most <see cref="ShareReach"/> words; null when none.
        /// </summary>
        private static Mention? ShareBefore(IReadOnlyList<Token> tk, int s0, int k)
        {
            Mention? found = null;
            for (int j = k - 1; j >= s0 && k - j <= ShareReach; j--)
            {
                if (!tk[j].IsWord && !tk[j].IsDigits && !tk[j].Is("%")) break;
                // (the phrase opens with its number or word of share: "March counted about four in 10 …" is no share)
                if (ReportedSpeech.OpensShare(tk, j, k) && ReportedSpeech.ShareSubject(tk, j, k) is { } m && m.End == k && ReportedSpeech.IsShare(tk, m)) found = m;
            }
            return found;
        }

        /// <summary>
        /// True when the word right before the share at <paramref name="first"/> is a preposition or a word that opens an
        /// introductory phrase (as for findings, <see cref="FindingsParticiple.AfterPreposition"/>: "among them", "with"), or a
        /// verb in lower case that takes the share as its object: a finite word, a form in -ed or a past not in -ed (words.txt
        /// irregular-past) ("showed 62 percent of voters saying …", "counted a majority …"; not an auxiliary, "has 62 percent …").
        /// </summary>
        private static bool AfterVerbOrPreposition(IReadOnlyList<Token> tk, int s0, int first)
        {
            if (FindingsParticiple.AfterPreposition(tk, s0, first)) return true;
            if (first - 1 < s0) return false;
            var before = tk[first - 1];
            return before.IsLowerWord && !before.Has(WordTag.Auxiliary) &&
                   (before.Has(WordTag.Finite) || CueLexicon.IsEdForm(before) || MentionParser.IsPastVerbNotInEd(tk, first - 1, first));
        }
    }
}
