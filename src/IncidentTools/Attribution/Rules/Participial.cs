using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "…, saying …", "…, adding that …", "…, accusing X of …", "… by saying …": a participle after a
    /// comma or "by" reports what the subject of the main clause says; the source is the source of the
    /// sentence's earlier attribution, else the subject that opens the sentence.
    /// </summary>
    internal sealed class Participial : IAttributionRule
    {
        public string Name => nameof(Participial);

        public void Apply(AttributionContext ctx)
        {
            var index = new ReportIndex(ctx);
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                for (int si = 0; si < p.Sentences.Count; si++)
                {
                    var (s0, s1) = p.Sentences[si];
                    for (int k = s0 + 1; k < s1; k++)
                    {
                        // "…, saying", "…, and adding", "… by saying": a participle that reports for the subject of the clause before it
                        if (!tk[k - 1].Is(",") && !(tk[k - 1].IsWord && tk[k - 1].Has(WordGroup.Additive) && k - 2 >= s0 && tk[k - 2].Is(",")) && !(tk[k - 1].IsLowerWord && tk[k - 1].Has(WordGroup.Agent))) continue;
                        var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                        if (entry == null || entry.Kind != VerbForm.Gerund || !(entry.IsSpeech || IsThoughtAfterComma(tk, k, entry)) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        // "…, adding to her lead": a verb of another sense, not a report
                        if (ReportedSpeech.OtherVerbWithParticle(entry, tk, end, s1)) continue;
                        var cue = new VerbCue(entry, k, end, k);
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        int e = ReportedSpeech.ContentEndAfter(tk, c, s1, false);
                        if (!ReportedSpeech.IsContent(tk, c, e)) continue;
                        // "…, adding that she had dreamed of it, the officer wrote": the report closing the sentence is not what the
                        // participle says (unless cutting it would leave only a quotation: the participle still says that)
                        int beforeReport = CueThenContent.EndBeforeTrailingReport(index, p, end, e, s1);
                        if (beforeReport < e && ReportedSpeech.IsContent(tk, c, beforeReport)) e = beforeReport;
                        var source = ReportedSpeech.EarlierSource(index, p, s0, k) ?? ReportedSpeech.NearestSpeakerBefore(ctx.MentionsFor(p), tk, s0, s1, k) ?? ReportedSpeech.SentenceSubject(ctx.MentionsFor(p), tk, s0, k);
                        if (source == null) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, e, k, end, source));
                    }
                }
            }
        }

        /// <summary>
        /// "…, fearing that the nominee would drag them down", "…, hoping to avoid a misstep", "…, believing the vote was
        /// lost": right after a comma (not "by", nor "and"), a participle of thought or wish reports what the subject of
        /// the main clause thinks or wants; not one that works as a conjunction ("…, assuming no change in output").
        /// </summary>
        private static bool IsThoughtAfterComma(System.Collections.Generic.IReadOnlyList<Token> tk, int k, CueVerb entry) =>
            tk[k - 1].Is(",") && entry.Has(VerbTag.Thought | VerbTag.Intent) && !entry.Has(VerbTag.Manner) && !tk[k].Has(WordGroup.ConjunctiveParticiple);
    }
}
