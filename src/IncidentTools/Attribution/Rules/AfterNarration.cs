using IncidentTools.Text;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “We are out of diesel,” Ada Lund said. She looked at the sky. / “The boats stay in.”: a quotation standing alone
    /// at the start of a paragraph, after a few sentences of narration that follow an attributed quotation of one person,
    /// goes on in that person's voice when the narration names no one else: every subject is that person or none is
    /// written ("Pause."), and every name in it may be theirs. The narration may end the paragraph before the quotation's,
    /// or be a paragraph of its own ("She pauses."); it attributes no quotation. When the narration says the person
    /// speaks, its nearest mention of them is the source ("She then had a question for the crew.", "…, since Lund spoke
    /// only briefly"); otherwise it only breaks their words, and the source stays the attributed quotation's. <see cref="SalientSpeaker"/> reads the same pattern inside one paragraph,
    /// <see cref="ContinuedQuote"/> a paragraph right after the one the attributed quotation ends.
    /// </summary>
    internal sealed class AfterNarration : IContinuationRule
    {
        /// <summary>At most this many sentences of narration between the attributed quotation and this one.</summary>
        public const int NarrationReach = 3;

        /// <summary>At most this many paragraph breaks between them: the narration is at most one paragraph of its own.</summary>
        public const int ParagraphReach = 2;

        public string Name => nameof(AfterNarration);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            var ap = q.Paragraph;
            if (q.Sentence != 0 || !f.AtSentenceStart || !f.StandsAlone || f.Kind != QuoteKind.Direct) return null;
            // ‘Worth the wait.’ alone in single marks: a subhead, nobody's new words
            if (q.Span.Single && ap.Sentences.Count == 1) return null;
            if (context.Document.QuotationsOf(ap).Any(context.IsAttributed)) return null;
            var narration = new List<(AnalysedParagraph Paragraph, int Sentence)>();
            for (int breaks = 1; breaks <= ParagraphReach; breaks++)
            {
                if (ap.Index - breaks < 0) return null;
                var pp = context.Document.Paragraphs[ap.Index - breaks];
                if (pp.Section != ap.Section || pp.Sentences.Count == 0) return null;
                for (int si = pp.Sentences.Count - 1; si >= 0; si--)
                {
                    var last = LastQuotationIn(context, pp, si);
                    // a fragment no rule attributed ("What “go after them” means is unclear") is the writer's narration
                    if (last != null && !(context.IsOpen(last) && context.Facts(last).Kind != QuoteKind.Direct))
                        // with no narration between, the paragraph before ends with the quotation: ContinuedQuote's
                        return narration.Count == 0 ? null : Decide(context, q, context.AttributionOf(last), narration);
                    if (narration.Count == NarrationReach) return null;
                    narration.Add((pp, si));
                }
            }
            return null;
        }

        /// <summary>
        /// The attribution of <paramref name="q"/> when <paramref name="said"/> (the last quotation's) is one person's and the
        /// narration after it (nearest first) and the rest of the quotation's paragraph name no one else.
        /// </summary>
        private FoundAttribution? Decide(AttributionContext context, QuotationRef q, FoundAttribution? said, List<(AnalysedParagraph Paragraph, int Sentence)> narration)
        {
            var speaker = said?.Root.Source;
            if (said == null || speaker == null || !MentionFacts.IsOnePerson(speaker)) return null;
            (Mention Mention, AnalysedParagraph Paragraph)? nearest = null;
            bool speaks = false;
            foreach (var (p, si) in narration)
            {
                var subject = context.SubjectOf(p, si);
                // "They also lie in a dead zone": "they" and "it" are seldom a speaker's own subject here
                if (subject != null && !(subject.Kind == MentionKind.Pronoun && Lexicon.Is(subject.Determiner, WordClass.GroupPronoun)))
                {
                    if (!MentionFacts.MaySamePerson(subject, speaker)) return null;
                    if (nearest == null) (nearest, speaks) = ((subject, p), Speaks(p, si));
                }
                var (s, e) = p.Sentences[si];
                for (int x = s; x < e; x++)
                {
                    if (!StartsName(p.Tokens, x, s)) continue;
                    var m = context.MentionsFor(p).Parse(p.Tokens, x, e, inverted: false);
                    // "Pause.": a capitalised word that is the whole sentence names no one
                    if (m == null || m.Kind != MentionKind.Name || x == s && (m.Next >= e || !p.Tokens[m.Next].IsWord)) continue;
                    if (!MentionFacts.MaySamePerson(m, speaker)) return null;
                    if (nearest == null) (nearest, speaks) = ((m, p), Speaks(p, si));
                }
            }
            // "“You know, it happens, right?” Trump went on": the rest of the quotation's paragraph brings in no one else
            var ap = q.Paragraph;
            for (int x = q.Sentence + 1; x < ap.Sentences.Count; x++)
                if (context.SubjectOf(ap, x) is { } after && !MentionFacts.MaySamePerson(after, speaker)) return null;
            // "He then had a question for the crowd.", "…, since Lund spoke only briefly": the narration that says they speak
            // names the source; "She pauses." only breaks the quotation, which goes on from its attribution
            return nearest is { } n && speaks ? context.FromMention(Name, q, n.Mention, n.Paragraph, CuePlace.Before) : context.Continuing(Name, q, said);
        }

        /// <summary>The sentence holds a reporting verb of the lexicon, or its noun ("spoke", "had a question").</summary>
        private static bool Speaks(AnalysedParagraph p, int sentence)
        {
            var (s, e) = p.Sentences[sentence];
            for (int x = s; x < e; x++)
                if (p.Tokens[x].IsWord && p.Tokens[x].IsVerbForm) return true;
            return false;
        }

        /// <summary>Token x opens a run of capitalised words (a name may start there).</summary>
        private static bool StartsName(IReadOnlyList<Token> tk, int x, int sentenceStart) =>
            tk[x].IsCapitalized && (x == sentenceStart || !tk[x - 1].IsCapitalized);

        /// <summary>The last quotation that stands in a sentence of a paragraph, or null.</summary>
        private static QuotationRef? LastQuotationIn(AttributionContext context, AnalysedParagraph p, int sentence)
        {
            QuotationRef? last = null;
            foreach (var x in context.Document.QuotationsOf(p))
            {
                if (x.Sentence > sentence) break;
                if (x.Sentence == sentence) last = x;
            }
            return last;
        }
    }
}
