using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "…, X said." / "…, said X." / "The plan, she said, is dead.": the content stands before
    /// its attribution (or around it), which closes the sentence or stands between commas. The
    /// words after the verb may only be an addressee, a time or a setting ("told reporters on
    /// Monday", "said in a statement"). Content that is only quotations is the quote rules'.
    /// </summary>
    internal sealed class ContentThenCue : IAttributionRule
    {
        private static bool EndsOpen(string quoted)
        {
            var t = quoted.TrimEnd();
            return t.Length > 0 && (t[t.Length - 1] == ',' || t[t.Length - 1] == '?' || t[t.Length - 1] == '!' || t[t.Length - 1] == '—');
        }

        public string Name => nameof(ContentThenCue);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0 + 1; k < s1; k++)
                    {
                        var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                        if (cue == null || !cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        Mention? source;
                        int before, tail;
                        if (cue.GroupStart <= s0) continue;
                        var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                        if (subject != null)
                        {
                            // "…, the minister said."
                            source = subject.Mention;
                            before = source.Start - 1;
                            tail = cue.End;
                        }
                        else
                        {
                            // "…, said the minister."
                            if (!tk[cue.GroupStart - 1].Is(",") || !cue.Entry.Has(VerbTag.Inverting) || cue.GroupStart != k) continue;
                            source = ReportedSpeech.InvertedSubject(ctx.MentionsFor(p), tk, cue, s1, out tail);
                            before = cue.GroupStart - 1;
                        }
                        // "''We are ready,'' he said": a closing mark the quotation scanner did not read (two apostrophes)
                        while (before > s0 && (tk[before].Is("'") || tk[before].Is("’")) && tk[before - 1].Is(",") == false && (tk[before - 1].Is("'") || tk[before - 1].Is("’") || tk[before - 1].Is(","))) before--;
                        if (source == null || before < s0) continue;
                        // the comma before the attribution, or inside the quotation that ends there ("“We are ready,” she said")
                        if (tk[before].IsQuote && EndsOpen(tk[before].Text)) before++;
                        else if (before <= s0 || !tk[before].Is(",")) continue;
                        if (!ReportedSpeech.TailOfAttribution(tk, cue.Entry, tail, s1, out int after)) continue;
                        int a = ReportedSpeech.SkipConnective(tk, s0, before);
                        if (before - a > ReportedSpeech.MaxContent) continue;   // no run-on "sentence" of thousands of tokens
                        if (!ReportedSpeech.HasWords(tk, a, before) && ReportedSpeech.HasQuote(tk, a, before))
                        {
                            // "“…,” Mr. Obama said, not even …": a quotation the quote rules left open
                            var direct = ReportedSpeech.Make(Name, p, a, before, cue.Verb, cue.End, source);
                            direct.Kind = AttributionKind.Direct;
                            ctx.Add(direct);
                            continue;
                        }
                        if (!ReportedSpeech.IsContent(tk, a, before)) continue;
                        // "The plan, she said, is dead.": the content runs on after the attribution
                        int e = after < s1 && tk[after].Is(",") ? ReportedSpeech.ContentEndAfter(tk, after + 1, s1, false) : before;
                        ctx.Add(ReportedSpeech.Make(Name, p, a, e, cue.Verb, cue.End, source));
                    }
                }
            }
        }
    }
}
