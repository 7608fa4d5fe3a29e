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
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0; k < s1; k++)
                    {
                        var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                        if (cue == null || ctx.IsCueUsed(p.Start + tk[k].Start)) continue;
                        var subject = ReportedSpeech.SubjectBefore(ctx, tk, s0, cue.GroupStart);
                        if (subject == null || ReportedSpeech.OpensNonAssertion(tk, subject) || ReportedSpeech.IsNestedThought(tk, subject, cue.Entry) ||
                            ReportedSpeech.IsObjectRelative(tk, subject)) continue;
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        // "“…,” he said after the meeting": the quote's attribution, unless a that-clause follows
                        if (ReportedSpeech.FollowsQuotation(tk, subject, s0) && !(c > cue.End && tk[c - 1].Lower == "that")) continue;
                        int e = ReportedSpeech.ContentEndAfter(tk, c, s1, ReportedSpeech.OpensSubordinate(tk, subject));
                        if (!ReportedSpeech.IsContent(tk, c, e) || !ReportedSpeech.StartsAsContent(tk, c, e, cue.Entry)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, ctx, p, c, e, cue.Verb, cue.End, subject.Mention));
                    }
                }
            }
        }
    }
}
