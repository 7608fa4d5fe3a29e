using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “Slow as a snail,” Reyes wrote, and “full of rust.” / Lund compared him to a captain “steering by the
    /// stars” in hopes that “the fog will lift” / Conceding a deal “down the line” he warned: “…”: a later quotation of a sentence whose earlier quotation is
    /// attributed is the same source's words, while nothing between them can bring in another source (a
    /// reporting verb other than that attribution's cue, a pronoun, a relative word or "of", a semicolon or
    /// a dash, another quotation; nor a quotation inside the source's own description).
    /// </summary>
    internal sealed class SameSentenceQuote : IContinuationRule
    {
        public string Name => nameof(SameSentenceQuote);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || previous.Sentence != q.Sentence || previous.Paragraph != q.Paragraph) return null;
            var prev = context.AttributionOf(previous);
            if (prev == null) return null;
            var root = prev.Root;
            if (root.Source == null || root.SourceParagraph != q.Paragraph || !ReferenceEquals(root.SourceTokens, q.Paragraph.Tokens)) return null;
            var tk = q.Paragraph.Tokens;
            if (InMainClauseAfterOpening(context, q, previous, root.Source.Start)) return null;
            int cueStart = root.CueWords?.Start ?? -1, cueEnd = root.CueWords?.End ?? -1;
            for (int x = previous.Token + 1; x < q.Token; x++)
            {
                var t = tk[x];
                if (x >= root.Source.Start && x < root.Source.End || x >= cueStart && x < cueEnd) continue;
                // the colon of the attribution's own cue introduces the quotation ("“…” he warned: “…”")
                if (t.Is(":") && x == cueEnd && x + 1 == q.Token) continue;
                if (t.IsQuote || t.Is(";") || t.Is(":") || t.Is("(") || t.Is("—") || t.Is("--")) return null;
                if (!t.IsWord) continue;
                // another subject, a reporting verb, or a clause about someone named ("…, whose book features “…”")
                if (t.Has(WordTag.Pronoun) || BringsInClause(t) || t.Has(WordGroup.OfComplement)) return null;
            }
            return context.Continuing(Name, q, prev);
        }

        /// <summary>
        /// "While Reyes praises the survey as “careful,” Lund dwells on the “harbour” chapter": the earlier quotation and its source
        /// stand in a subordinate clause that opens the sentence, and the quotation at <paramref name="q"/> in the main clause after
        /// it, which opens with a subject of its own and its verb: the main clause is no words of the opening clause's source.
        /// </summary>
        private static bool InMainClauseAfterOpening(AttributionContext context, QuotationRef q, QuotationRef previous, int source)
        {
            var tk = q.Paragraph.Tokens;
            int s0 = q.Paragraph.Sentences[q.Sentence].Start;
            int main = Clauses.MainAfterOpeningClause(tk, s0, q.Token);
            if (main == s0 || source >= main || previous.Token >= main || main >= q.Token) return false;
            var subject = context.MentionsFor(q.Paragraph).Parse(tk, main, q.Token, inverted: false);
            return subject != null && subject.Start == main && subject.Next < q.Token && Clauses.VerbAfterSubject(tk[subject.Next]);
        }

        /// <summary>A word that brings in a clause of another source inside a sentence: a reporting verb, or a relative word other than "that" ("…, whose book features “…”").</summary>
        internal static bool BringsInClause(Token t) => t.Has(WordTag.Relative) && !t.Has(WordGroup.Complementizer) || t.CueVerb != null;
    }
}
