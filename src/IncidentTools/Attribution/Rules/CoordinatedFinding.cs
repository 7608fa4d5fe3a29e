using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "The board concluded that the pilot had erred and found no evidence of sabotage", "Inspector Lund blamed the crew, and
    /// found no intent to harm anyone": a verb that reports a finding only with a document as its subject or before a
    /// that-clause (tagged document, neither speech nor thought: "found", "shows"), right after a clause coordinator, whose
    /// object denies a finding ("no" and, within <see cref="NounReach"/> words, a noun of what an inquiry may find: words.txt
    /// <c>finding-object</c>), is the finding of the subject of the cue verb that heads the first verb phrase (the coordinated
    /// subject <see cref="ReportedSpeech.SubjectBefore"/> reads), whatever that subject is. Without such a head ("The crew
    /// searched the hull and found no evidence …": "searched" reports nothing) or such an object ("… and found the keys") the
    /// verb keeps its other sense, and <see cref="CueThenContent"/> leaves it unread.
    /// </summary>
    internal sealed class CoordinatedFinding : IAttributionRule
    {
        public string Name => nameof(CoordinatedFinding);

        /// <summary>How many words may stand between "no" and its noun ("no deliberate effort", "no clear evidence").</summary>
        public const int NounReach = 2;

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no finite verb is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 1))
            {
                var tk = p.Tokens;
                if (!tk[k].IsLowerWord || !tk[k - 1].IsLowerWord || !tk[k - 1].Has(WordClass.ClauseCoordinator)) continue;
                var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                if (cue == null || cue.GroupStart != k) continue;
                var entry = cue.Entry;
                if (!entry.Has(VerbTag.Document) || entry.IsSpeech || entry.Has(VerbTag.Thought) || entry.Particle != null) continue;
                if (ReportedSpeech.IsCueUsed(ctx, p, k) || !DeniesFinding(tk, cue.End, s1)) continue;
                var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                var source = subject != null && subject.Coordinated ? subject.Mention : SentenceReportBefore(ctx, p, s0, k - 1);
                if (source == null) continue;
                int c = cue.End;
                int e = ReportedSpeech.ContentEndAfter(tk, c, s1, subordinate: false);
                if (e <= c) continue;
                ctx.Add(ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, source));
                    }
        }

        /// <summary>
        /// "It concluded that the crew acted after being warned and found no evidence …", "Lund concluded that the crew responded
        /// with care and found no intent …": where a clause of its own ("after being warned") or a cue of the reported clause
        /// ("responded") stands between, the grammar reads no coordinated subject; the source of the nearest report before the
        /// coordinator at <paramref name="and"/> whose source is the sentence's subject, when that report's content ends
        /// before the coordinator (the earlier rules read the second verb phrase as no part of it). A copy of that source, or null.
        /// </summary>
        private static Mention? SentenceReportBefore(AttributionContext ctx, AnalysedParagraph p, int s0, int and)
        {
            var tk = p.Tokens;
            if (ctx.SubjectOf(p, p.SentenceOf(s0)) is not { } lead) return null;
            for (int v = and - 1; v >= s0; v--)
            {
                if (tk[v].Is(";")) return null;
                if (!tk[v].IsLowerWord || ctx.AttributionWithCue(p.Start + tk[v].Start) is not { } report) continue;
                if (report.Paragraph != p || report.Source is not { } source || report.SourceParagraph != null && report.SourceParagraph != p) continue;
                if (source.Start != lead.Start) continue;
                return report.Content.End <= p.Start + tk[and].Start ? source.Copy() : null;
            }
            return null;
        }

        /// <summary>
        /// True when the words at <paramref name="c"/> deny a finding: "no", then a noun tagged <c>finding-object</c> within
        /// <see cref="NounReach"/> lower-case words ("no evidence", "no deliberate effort"; not "no longer", "nobody").
        /// </summary>
        internal static bool DeniesFinding(IReadOnlyList<Token> tk, int c, int s1)
        {
            if (c >= s1 || !tk[c].IsLowerWord || !tk[c].Has(WordClass.FlatNegator) || !tk[c].Has(WordTag.Determiner)) return false;
            for (int i = c + 1; i < s1 && i - c <= NounReach + 1; i++)
            {
                if (!tk[i].IsLowerWord) return false;
                if (Lexicon.Is(tk[i].Lower, WordSense.FindingObject)) return true;
            }
            return false;
        }
    }
}
