using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "X said (that) …", "X told reporters …", "X denied …", "X accused Y of …", "X called for …",
    /// "X believes …": a subject, a cue verb of its clause, and the reported content after it, to
    /// the end of the sentence (or of the subordinate clause the subject opens). Quoted words
    /// inside the content make it Mixed and take the subject as their speaker; content that is
    /// only quotations is left to the quote rules.
    /// </summary>
    internal sealed class CueThenContent : IAttributionRule
    {
        public string Name => nameof(CueThenContent);

        public void Apply(AttributionContext ctx)
        {
            var index = new ReportIndex(ctx);
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    // right to left: an inner report ("X said Y told him “…”") takes its quotations before the outer one
                    for (int k = s1 - 1; k >= s0; k--)
                    {
                        var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                        if (cue == null || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        if (ReportedSpeech.IsInvertedAside(ctx.MentionsFor(p), tk, cue, s0, s1)) continue;
                        var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                        if (subject == null || ReportedSpeech.OpensNonAssertion(tk, subject) || ReportedSpeech.IsNestedThought(tk, subject, cue.Entry) || ReportedSpeech.OpensReportedClause(tk, subject) ||
                            ReportedSpeech.IsObjectRelative(tk, subject) && !ReportedSpeech.GapsContentSubject(tk, cue, subject, s0, s1) || !ReportedSpeech.Agrees(tk, cue, subject)) continue;
                        // a belief, wish or judgement inside what someone else reports is part of that report
                        // (and so is a plain noun phrase that is no known speaker: "X said the spate of shootings demands …")
                        // (a share of a group beside another is a finding of its own: "…, while 9 percent said …")
                        if ((!cue.Entry.IsSpeech || subject.Generic) && ReportedSpeech.InsideReport(ctx.MentionsFor(p), index, p, s0, s1, k) &&
                            !ReportedSpeech.ShareBesideShare(tk, subject)) continue;
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        if (!ReportedSpeech.Suits(tk, cue, subject, c)) continue;
                        // "“…,” he said after the meeting": the quote's attribution, unless a that-clause follows
                        if (ReportedSpeech.FollowsQuotation(tk, subject, s0) && !(c > cue.End && tk[c - 1].Lower == "that")) continue;
                        // "X told the council: “…”": a quotation the quote rules left open, introduced by a colon
                        bool colon = c < s1 && tk[c].Is(":") && c + 1 < s1 && tk[c + 1].IsQuote;
                        if (colon) c++;
                        int e = ReportedSpeech.ContentEndAfter(tk, c, s1, ReportedSpeech.OpensSubordinate(tk, subject));
                        if (colon && !ReportedSpeech.HasWords(tk, c, e))
                        {
                            var direct = ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, subject.Mention);
                            direct.Kind = AttributionKind.Direct;
                            ctx.Add(direct);
                            continue;
                        }
                        // "said that even after he steps down, …": after "that" the clause is the content, whatever opens it
                        bool afterThat = c > cue.End && tk[c - 1].IsWord && tk[c - 1].Lower == "that";
                        if (!ReportedSpeech.IsContent(tk, c, e, cue.Entry) || !afterThat && !ReportedSpeech.StartsAsContent(tk, c, e, cue.Entry)) continue;
                        if (IntroducesOwnQuotation(ctx, p, c, e)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, subject.Mention));
                    }
                }
            }
        }

        /// <summary>
        /// "I remember once running after a neighbour yelling, ‘COME BACK.’": a verb of speech inside the content that
        /// introduces a quotation (with a comma or a colon) has a speaker of its own; the quotation is not the outer
        /// subject's, and a quotation no quote rule gave to anyone is left so (as is one the Inscription rule gave to the
        /// written thing that verb follows).
        /// </summary>
        private static bool IntroducesOwnQuotation(AttributionContext ctx, AnalysedParagraph p, int c, int e)
        {
            var tk = p.Tokens;
            for (int i = c + 2; i < e; i++)
            {
                if (!tk[i].IsQuote || !(tk[i - 1].Is(",") || tk[i - 1].Is(":")) || !tk[i - 2].IsLowerWord) continue;
                if (tk[i - 2].CueVerb is not { } v || !v.Has(VerbTag.Before) || !v.Has(VerbTag.Speech)) continue;
                if (ReportedSpeech.QuotationAt(ctx.Document, p, i) is { } q && (!ctx.IsAttributed(q) || IsInscriptionOf(ctx, q, p, i - 2))) return true;
            }
            return false;
        }

        /// <summary>
        /// "Palin posted her message under a headline that said, “…”": the quotation is the words of a written thing, given to
        /// it by the <see cref="Inscription"/> rule with the verb at <paramref name="verb"/>; never the outer subject's.
        /// </summary>
        private static bool IsInscriptionOf(AttributionContext ctx, QuotationRef q, AnalysedParagraph p, int verb) =>
            ctx.AttributionOf(q) is { Rule: nameof(Inscription) } a && a.SourceParagraph == p && a.CueWords is { } cue && cue.Start == verb;
    }
}
