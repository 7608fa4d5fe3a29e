using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>The claims of a document as a view of its attributions (the attribution stage's records), in document order.</summary>
    internal static class AttributionView
    {
        /// <summary>The claims of a document when the manifest asks no questions: one per attribution.</summary>
        public static IReadOnlyList<IncidentClaim> Claims(IncidentDocument document, IEnumerable<PartyDefinition>? parties)
        {
            var analysed = AnalysedDocument.Of(document);
            var claims = new List<IncidentClaim>();
            foreach (var a in AttributionFinder.Find(document, parties).OrderBy(r => r.ContentStart))
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
