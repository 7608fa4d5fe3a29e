using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reported speech whose speaker is the object of a verb of causing (causative-verbs.txt) before an infinitive of
    /// report: "The closure prompted the harbour board to declare that the pier was unsafe", "…, leading some divers to
    /// wonder whether the survey was ever done", "forced the mayor to admit the levy had failed". The object is the
    /// source, the infinitive's verb the cue, and what follows it (read as after a finite verb of the same entry: its
    /// addressee passed over, "that" opening the clause) the content; the sentence's subject only made the object
    /// speak. The verb must be a reporting verb (tagged reported) in its base form whose content suits it as after a
    /// subject ("prompted the board to rebuild the pier", "forced the council to close the road" report nothing);
    /// a pronoun object is left alone (the quotation rule <see cref="CausedSpeech"/> does the same), and so is an -ing form
    /// that no comma or dash sets off after its clause ("the board's aim of prompting crews to report every fault": a gerund that
    /// names an act, not one that happened). Quoted words in
    /// the clause are the quotation rules', which run first; a cue one of them took is not read again.
    /// </summary>
    internal sealed class CausedReport : IAttributionRule
    {
        public string Name => nameof(CausedReport);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0; k + 3 < s1; k++)
                    {
                        if (!tk[k].IsLowerWord || !Lexicon.IsCausativeVerb(tk[k].Lower)) continue;
                        // "…, leading aides to say …": the -ing form only opening a phrase set off after its clause; elsewhere it is a
                        // gerund that names an act ("the aim of prompting crews to report every fault"), no event that happened
                        if (CueLexicon.IsIngForm(tk[k]) && !(k - 1 >= s0 && (tk[k - 1].Is(",") || ReportedSpeech.IsDash(tk[k - 1])))) continue;
                        var m = ctx.MentionsFor(p).Parse(tk, k + 1, s1, inverted: false);
                        if (m == null || m.IsPronoun) continue;
                        // "prompted the almanac, which tracks river towns, to declare": past an aside of the object
                        int to = Clauses.PastAside(tk, m.Next, s1);
                        int v = to + 1;
                        if (v >= s1 || !tk[to].IsWord || !tk[to].Has(WordGroup.InfinitiveMarker) || !tk[v].IsLowerWord) continue;
                        var entry = ReportedSpeech.EntryAt(tk, v, s1, out int end);
                        if (entry == null || entry.Kind != VerbForm.Base || !entry.Has(VerbTag.Reported) || ReportedSpeech.IsCueUsed(ctx, p, v) || ReportedSpeech.IsCueUsed(ctx, p, to)) continue;
                        var cue = new VerbCue(entry, v, end, to);
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        if (!ReportedSpeech.Suits(tk, cue, new Subject(m, k + 1, -1), c)) continue;
                        int e = ReportedSpeech.ContentEndAfter(tk, c, s1, false);
                        bool afterThat = c > end && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer);
                        if (!ReportedSpeech.IsContent(tk, c, e, entry) || !afterThat && !ReportedSpeech.StartsAsContent(tk, c, e, entry)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, e, to, end, m));
                    }
                }
            }
        }
    }
}
