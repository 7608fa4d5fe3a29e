using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reported speech with "according to": "According to X, …", "…, according to X." and "… is,
    /// according to X, …" (the quote rule AccordingTo attributes a quotation after "according to X"): the source
    /// after "according to" and the rest of the sentence as the content.
    /// </summary>
    internal sealed class AccordingToClause : IAttributionRule
    {
        public string Name => nameof(AccordingToClause);

        /// <summary>
        /// "At the heart of it, according to Jo Bell, a former envoy, was a decision …": words without a verb up to a comma, then a
        /// finite verb, are the source's apposition, and the opening phrase is the inverted clause's own; the sentence is the content.
        /// </summary>
        private static bool AppositionThenVerb(System.Collections.Generic.IReadOnlyList<Token> tk, int c, int s1)
        {
            for (int i = c; i + 1 < s1; i++)
            {
                var t = tk[i];
                if (t.Is(",")) return i > c && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordTag.Finite);
                if (!t.IsWord || t.Has(WordTag.Finite) || CueLexicon.IsSubjectPronoun(t.Lower)) return false;
            }
            return false;
        }

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                // "according" (or its like), or no such clause in the paragraph
                if (p.Section == ParagraphSection.Title || !p.MayHave(WordGroup.AccordingHead)) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0; k + 2 < s1; k++)
                    {
                        if (!tk[k].IsWord || !tk[k].Has(WordGroup.AccordingHead) || !tk[k + 1].Has(WordGroup.ToPreposition) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        var source = ReportedSpeech.MentionAfter(ctx.MentionsFor(p), tk, k + 2, s1, out int next);
                        if (source == null) continue;
                        int a, e;
                        if (next < s1 && tk[next].Is(",") && (ReportedSpeech.SkipConnective(tk, s0, k) == k || Clauses.SkipIntro(tk, s0, k) == k && !AppositionThenVerb(tk, next + 1, s1)))
                        {
                            // "According to X, …" (after a connective: "But according to X, …"; after an opening phrase: "For example,
                            // according to X, …", "In 2010, according to X, …")
                            a = next + 1;
                            e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                        }
                        else
                        {
                            // "…, according to X." / "… is, according to X, …"; not "…, according to X, a spokesman said.",
                            // whose words after the comma are an attribution of their own
                            a = ReportedSpeech.SkipConnective(tk, s0, k);
                            bool goesOn = next < s1 && tk[next].Is(",") && !ContentThenCue.ReportsOnItsOwn(ctx.MentionsFor(p), tk, next + 1, s1);
                            e = goesOn ? ReportedSpeech.ContentEndAfter(tk, next + 1, s1, false) : k;
                            while (e > a && tk[e - 1].Kind == TokenKind.Punct) e--;
                        }
                        if (!ReportedSpeech.IsContent(tk, a, e) || !ReportedSpeech.HasWords(tk, a, e)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, a, e, k, k + 2, source));
                    }
                }
            }
        }
    }
}
