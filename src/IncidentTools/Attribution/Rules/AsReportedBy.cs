using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "As reported by X, …" and "…, as reported by X.": the passive of <see cref="AsCue"/>'s clause, "as" and the past participle
    /// of a verb of saying that a document may do too (with at most one adverb before it: "as first reported by X", "as previously noted by X"), its agent
    /// after "by" the source (with its apposition up to the comma, as after "according to"), the participle the cue, and the main
    /// clause the content: the rest of the sentence after the clause's comma when it opens the sentence, the words before its comma
    /// when it closes it (not words that hold a quotation or a verb of saying of their own, which the source relays: "“…,” Lund
    /// said, as reported by X", "As reported by X, Lund said …": the quote and reported-speech rules give them their speaker). Not a clause in the middle of a sentence ("the plan, as reported by X, would …", whose clause's words
    /// both sides of it make), nor one of comparing ("as widely as reported by X").
    /// </summary>
    internal sealed class AsReportedBy : IAttributionRule
    {
        public string Name => nameof(AsReportedBy);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                // (the "as" words of the paragraph, from its index: no walk over every token)
                foreach (var (k, s0, s1) in p.WordsWith(WordGroup.AsLink))
                {
                    if (k + 3 >= s1) continue;
                    int v = k + 1;
                    if (tk[v].IsLowerWord && (CueLexicon.IsLyAdverb(tk[v]) || tk[v].Has(WordTag.CueAdverb))) v++;
                    var entry = ReportedSpeech.EntryAt(tk, v, s1, out int end);
                    // (a verb of saying that a document may report too, reporting-verbs.txt speech and document: "as requested by", "as demanded by" ask)
                    if (entry == null || entry.Kind != VerbForm.Past || !entry.IsSpeech || !entry.Has(VerbTag.Document) || entry.Particle != null) continue;
                    if (end + 1 >= s1 || !tk[end].IsLowerWord || !tk[end].Has(WordGroup.Agent) || ReportedSpeech.IsCueUsed(ctx, p, v)) continue;
                    var source = ReportedSpeech.MentionAfter(ctx.MentionsFor(p), tk, end + 1, s1, out int next);
                    if (source == null || source.IsPronoun) continue;
                    // the agent's phrase read whole as the source, and no phrase that ends on a thing's noun ("as indicated by the
                    // firm and its rival's presence": the evidence the writer reads, not a speaker; "by two officers familiar with
                    // the operation" is headed by a person's noun)
                    int last = next - 1;
                    while (last > end && !tk[last].IsWord) last--;
                    if (source.CharEnd < tk[last].End) continue;
                    if (tk[last].IsLowerWord && !ReportedSpeech.NamesASpeaker(tk[last]) &&
                        !(source.Kind == MentionKind.Description && ReportedSpeech.NamesASpeaker(tk, source))) continue;
                    bool opens = ReportedSpeech.SkipConnective(tk, s0, k) == k;
                    int a, e;
                    if (opens && next < s1 && tk[next].Is(","))
                    {
                        // "As reported by X, …" (past the source's aside: "As reported by X, the island's weekly, …")
                        a = PastSourceAside(ctx.MentionsFor(p), tk, next + 1, s1);
                        e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                        if (ReportsOnItsOwn(tk, a, e)) continue;
                    }
                    else if (!opens && tk[k - 1].Is(",") && !ReportedSpeech.HasWords(tk, next, s1))
                    {
                        // "…, as reported by X."
                        a = ReportedSpeech.SkipConnective(tk, s0, k);
                        e = k;
                        while (e > a && tk[e - 1].Kind == TokenKind.Punct) e--;
                        if (ReportsOnItsOwn(tk, a, e)) continue;
                    }
                    else continue;
                    if (!ReportedSpeech.IsContent(tk, a, e) || !ReportedSpeech.HasWords(tk, a, e)) continue;
                    ctx.Add(ReportedSpeech.Make(Name, p, a, e, v, end, source));
                }
            }
        }

        /// <summary>
        /// "“…,” Lund noted in an interview, as reported by X.", "As reported by X, Lund said …": the main clause holds a quotation or
        /// a subject's verb of saying of its own, whose speaker X only relays: its words are that speaker's, not X's.
        /// </summary>
        private static bool ReportsOnItsOwn(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsQuote || ReportedSpeech.FiniteVerbAt(tk, i, a, e) is { } cue && cue.Entry.IsSpeech) return true;
            return false;
        }

        /// <summary>
        /// Where the clause after the source starts, from <paramref name="b"/> after the source's comma: past one segment set off
        /// by commas that describes the source, a relative clause ("which first broke the story") or a description headed by a
        /// noun of a person or a body ("the island's weekly", "the harbour's pilot"); else <paramref name="b"/> ("the ferry, which
        /// was old, sank": a description of a thing is the clause's subject).
        /// </summary>
        private static int PastSourceAside(MentionParser mp, System.Collections.Generic.IReadOnlyList<Token> tk, int b, int s1)
        {
            int c = b;
            while (c < s1 && !tk[c].Is(",") && !tk[c].IsQuote) c++;
            if (c >= s1 || c == b || !tk[c].Is(",") || !tk[b].IsLowerWord) return b;
            bool aside = tk[b].Has(WordClass.AsideRelative | WordClass.PersonRelative) && ReportedSpeech.IsAside(tk, b, c) ||
                         tk[b].Has(WordTag.Determiner | WordTag.Possessive) &&
                         mp.Parse(tk, b, c, inverted: false) is { Kind: MentionKind.Description } d && d.Start == b && System.Math.Max(d.Next, d.End) >= c &&
                         (Lexicon.IsSpeakerNoun(d.Head, out _, out _) || Lexicon.IsOrganisationWord(d.Head));
            return aside ? c + 1 : b;
        }
    }
}
