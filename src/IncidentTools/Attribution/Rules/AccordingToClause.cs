using System;
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

        /// <summary>
        /// "…, according to the Harbour Trust, a charity in Kirkwall.", "…, according to Harbour Watch, which tracks delays.",
        /// "…, according to port research cited by its chairman, Jo Bell.": the words from c to the sentence's end describe the
        /// source (an indefinite apposition, a relative clause, a participle with its agent: every comma segment an aside of the
        /// source), so the clause the cue interrupts does not go on after it. A segment that opens with another word ("…, according
        /// to X, is the lack of money", "…, according to X, started in 2010", "…, according to X, the crews left") may be that clause's own.
        /// </summary>
        private static bool DescribesSourceToEnd(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int c, int s1)
        {
            int e = s1;
            while (e > c && tk[e - 1].Kind == TokenKind.Punct) e--;
            if (c >= e) return false;
            var t = tk[c];
            // an indefinite apposition ("a think tank", "one of the unions", "two of the counties"), a relative of the aside kind,
            // a participle before its agent ("cited by"); not a definite or capitalised phrase, which may be the subject of the
            // clause the cue interrupts ("… after, according to her, Lund's crew refused …", "…, according to X, the crews left …")
            // (not an amount, the object of the interrupted clause: "The repairs cost, according to X, more than $2 million", "…, a third")
            if (c + 1 >= e) return false;
            var after = tk[c + 1];
            bool describes = t.IsLowerWord && after.IsWord &&
                             (t.Has(WordClass.IndefiniteArticle) && !ReportedSpeech.IsAmount(after) && !after.Has(WordTag.Proportion | WordTag.Approximate) && !after.Has(WordClass.Quantifier) ||
                              (t.Has(WordTag.Indefinite) || t.Has(WordClass.Quantifier)) && after.Has(WordGroup.OfComplement) ||
                              t.Has(WordClass.AsideRelative) ||
                              CueLexicon.IsEdForm(t) && after.IsLowerWord && after.Has(WordGroup.Agent));
            // "…, according to bank research cited by its president, Jo Bell.": the name of the person the source's phrase ends on
            if (!describes && t.IsCapitalized && c >= 2 && tk[c - 2].IsLowerWord && tk[c - 2].IsSpeakerNoun(out _, out _))
                describes = mp.Parse(tk, c, e, inverted: false) is { Kind: MentionKind.Name } name && name.Start == c && name.Next >= e;
            // "…, according to Jo Bell, the harbour's spokeswoman.": a definite phrase that ends the sentence on a noun of a person or
            // body is the source's apposition (a clause the cue interrupts goes on to its verb: "…, according to X, the crews left")
            if (!describes && t.IsLowerWord && t.Has(WordTag.Determiner | WordTag.Possessive))
                describes = mp.Parse(tk, c, e, inverted: false) is { Kind: MentionKind.Description } d && d.Start == c && Math.Max(d.Next, d.End) >= e &&
                            (Lexicon.IsSpeakerNoun(d.Head, out _, out _) || Lexicon.IsOrganisationWord(d.Head));
            if (!describes) return false;
            for (int a = c, i = c; i <= e; i++)
            {
                if (i < e && !tk[i].Is(",")) continue;
                if (i == a || !ReportedSpeech.IsAside(tk, a, i)) return false;
                a = i + 1;
            }
            return true;
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
                        // "according to the port's spokesman, Jo Bell, …": the name after the description is the source, the description its role
                        // (a description that ends in its common noun: "former Sen. Jo Bell, R-Ore." is a name and its state)
                        if (next < s1 && tk[next].Is(",") && tk[source.End - 1].IsLowerWord && Clauses.NameAfterDescription(ctx.MentionsFor(p), tk, source, s1, closing: true, out int afterName) is { } named)
                        {
                            source = named;
                            next = afterName;
                        }
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
                            bool goesOn = next < s1 && tk[next].Is(",") && !ContentThenCue.ReportsOnItsOwn(ctx.MentionsFor(p), tk, next + 1, s1) &&
                                          !DescribesSourceToEnd(ctx.MentionsFor(p), tk, next + 1, s1);
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
