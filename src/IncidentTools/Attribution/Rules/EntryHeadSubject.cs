using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A who's-who or glossary entry's clause with no subject of its own (<see cref="GlossaryEntry"/>): "Col. Ada Lund, army
    /// spokeswoman — Told reporters in May that the posts were marked." and "… — Offered condolences and promised an
    /// “early answer”." are the entry's head's words. The clause opens with the capitalised verb right after the head's dash,
    /// or opens a later sentence of the entry; its cue is that verb (read as the same verb in lower case) or a cue
    /// verb joined to it by "and" or "but" before any clause of its own; the content and its quotations are read as after any
    /// subject's cue verb. A source that an earlier rule read in the head's post for a cue of the body is the head.
    /// </summary>
    internal sealed class EntryHeadSubject : IAttributionRule
    {
        public string Name => nameof(EntryHeadSubject);

        public void Apply(AttributionContext ctx)
        {
            var entries = ctx.GlossaryEntries;
            if (entries.Count == 0) return;
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (!entries.TryGetValue(p.Index, out var entry)) continue;
                var tk = p.Tokens;
                // "Ann Ruiz, Secretary of State — Ended the talks with a statement saying “…”": a source an earlier rule read in the
                // head's post, for a cue in the entry's body, is the head
                int body = p.Start + tk[entry.BodyStart].Start;
                foreach (var a in ctx.Found)
                    if (a.SourceParagraph == p && ReferenceEquals(a.SourceTokens, tk) && a.Source is { } inPost && inPost.Start > entry.Head.Start &&
                        inPost.Start < entry.BodyStart && a.Cue is { } cue && cue.Start >= body)
                        a.Source = entry.Head.Copy();
                // the clauses that open without a subject, and the paragraph's words with their first verb in lower case
                List<int>? opens = null;
                foreach (var (s0, _) in p.Sentences)
                {
                    int c0 = s0 == 0 ? entry.BodyStart : s0;
                    if (c0 < tk.Count && entry.OpensSubjectlessClause(tk, s0, c0) && tk[c0].IsWord) (opens ??= new List<int>()).Add(c0);
                }
                if (opens == null) continue;
                var chars = p.Text.ToCharArray();
                foreach (int c0 in opens) chars[tk[c0].Start] = char.ToLowerInvariant(chars[tk[c0].Start]);
                var lowered = Tokenizer.Tokenize(new string(chars), p.Quotations);
                if (lowered.Count != tk.Count) continue;
                foreach (int c0 in opens)
                {
                    int s1 = p.Sentences[p.SentenceAt(tk[c0].Start)].End;
                    for (int k = c0; k < s1; k++)
                    {
                        if (k > c0 && !JoinedVerb(lowered, c0, k)) continue;
                        var cue = ReportedSpeech.FiniteVerbAt(lowered, k, c0, s1);
                        if (cue == null || cue.GroupStart != k || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        if (cue.Entry.Kind != VerbForm.Past && cue.Entry.Kind != VerbForm.ThirdPerson) continue;
                        int c = ReportedSpeech.ContentStartAfter(lowered, cue, s1);
                        int e = ReportedSpeech.ContentEndAfter(lowered, c, s1, false);
                        if (e <= c) continue;
                        bool afterThat = c > cue.End && lowered[c - 1].IsWord && lowered[c - 1].Has(WordGroup.Complementizer);
                        bool quoted = ReportedSpeech.FirstQuote(lowered, c, e) >= 0;
                        if (!afterThat && !quoted && !(ReportedSpeech.IsContent(lowered, c, e, cue.Entry) && ReportedSpeech.StartsAsContent(lowered, c, e, cue.Entry))) continue;
                        if (!afterThat && ReportedSpeech.IsOnlyTime(lowered, c, e)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, entry.Head.Copy()));
                    }
                }
            }
        }

        /// <summary>
        /// True when the word at <paramref name="k"/> follows "and" or "but" in the clause's first verb phrase: no quotation,
        /// "that", subordinator, semicolon or colon between the clause's first word and it.
        /// </summary>
        private static bool JoinedVerb(IReadOnlyList<Token> tk, int c0, int k)
        {
            if (!tk[k].IsLowerWord || !tk[k - 1].IsLowerWord || !tk[k - 1].Has(WordClass.ClauseCoordinator)) return false;
            for (int i = c0 + 1; i < k - 1; i++)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";") || t.Is(":") || t.IsWord && (t.Has(WordGroup.Complementizer) || t.Has(WordTag.Subordinator))) return false;
            }
            return true;
        }
    }
}
