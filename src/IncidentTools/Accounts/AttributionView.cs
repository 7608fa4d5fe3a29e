using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Quotes;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The attributions of a document as public records, and the claims they make: the attribution
    /// stage's decisions (reported speech) and the quote stage's attributed quotations (direct
    /// speech), in document order.
    /// </summary>
    internal static class AttributionView
    {
        /// <summary>Every attribution of the document, in the order of their content.</summary>
        public static IReadOnlyList<IncidentAttribution> Attributions(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            var partyList = parties?.ToList() ?? new List<PartyDefinition>();
            var ctx = AttributionPipeline.Run(document, partyList);
            var resolver = ctx.Parties;
            var records = new List<IncidentAttribution>();
            var covered = new List<TextSpan>();
            foreach (var f in ctx.Found)
            {
                if (f.Source == null) continue;
                var p = f.Paragraph;
                var sp = f.SourceParagraph ?? p;
                var m = f.Source;
                var content = p.Text.Substring(f.Content.Start - p.Start, f.Content.Length);
                string? cue = f.Cue is { } c ? p.Text.Substring(c.Start - p.Start, c.Length) : null;
                var speaker = m.Owner?.Text ?? m.Text;
                var party = resolver.FromText(m.Text + (m.Apposition != null ? ", " + m.Apposition : "") + (m.PostModifier != null ? " " + m.PostModifier : ""));
                records.Add(new IncidentAttribution(document, p.Paragraph, p.LineOf(f.Content.Start - p.Start), f.Kind,
                    m.Text, sp.Start + m.CharStart, cue, f.Cue?.Start, content, f.Content.Start, speaker, m.Apposition, party, f.Rule));
                if (f.Kind == AttributionKind.Mixed) covered.Add(f.Content);
            }
            // Direct speech: the quote stage's attributed quotations not inside a mixed attribution.
            foreach (var q in QuoteFinder.Find(document, partyList))
            {
                if (q.Speaker == null || q.SpeakerMention == null) continue;
                if (covered.Any(s => s.Start <= q.Start && q.Start < s.End)) continue;
                var p = ParagraphAt(ctx.Document, q.Start);
                if (p == null) continue;
                int? cueStart = null;
                if (q.Cue != null)
                {
                    int near = q.SpeakerStart!.Value - p.Start;
                    int best = -1;
                    for (int i = p.Text.IndexOf(q.Cue, StringComparison.Ordinal); i >= 0; i = p.Text.IndexOf(q.Cue, i + 1, StringComparison.Ordinal))
                        if (best < 0 || Math.Abs(i - near) < Math.Abs(best - near)) best = i;
                    if (best >= 0) cueStart = p.Start + best;
                }
                records.Add(new IncidentAttribution(document, p.Paragraph, q.Line, AttributionKind.Direct,
                    q.SpeakerMention, q.SpeakerStart, cueStart == null ? null : q.Cue, cueStart, q.Text, q.Start, q.Speaker, q.Role, q.Party, "QuoteStage"));
            }
            return records.OrderBy(r => r.ContentStart).ToList();
        }

        /// <summary>The claims of a document when the manifest asks no questions: one per attribution.</summary>
        public static IReadOnlyList<IncidentClaim> Claims(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            var analysed = AnalysedDocument.Of(document);
            var claims = new List<IncidentClaim>();
            foreach (var a in Attributions(document, parties))
            {
                var p = ParagraphAt(analysed, a.ContentStart)!;
                var (start, end) = SentenceAt(p, a.ContentStart - p.Start);
                var text = p.Text.Substring(start, end - start);
                claims.Add(new IncidentClaim(a, a.Party, a.Speaker, null, null, null, false, text, p.Start + start, p.LineOf(start)));
            }
            return claims;
        }

        /// <summary>The analysed paragraph that holds a file offset, or null.</summary>
        public static AnalysedParagraph? ParagraphAt(AnalysedDocument doc, int offset)
        {
            foreach (var p in doc.Paragraphs)
                if (p.Start <= offset && offset <= p.Start + p.Text.Length) return p;
            return null;
        }

        /// <summary>The character range [start, end) in the paragraph of the sentence holding a paragraph offset.</summary>
        public static (int Start, int End) SentenceAt(AnalysedParagraph p, int offset)
        {
            var tk = p.Tokens;
            if (tk.Count == 0) return (0, p.Text.Length);
            int lo = 0, hi = tk.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (tk[mid].Start <= offset) lo = mid; else hi = mid - 1;
            }
            var (s0, s1) = p.Sentences[p.SentenceOf(lo)];
            return (tk[s0].Start, tk[s1 - 1].End);
        }
    }
}
