using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "X was quoted as saying (by Y) that …", "X was quoted by Y as telling reporters …": the subject
    /// of the passive is the source (the one who is quoted), the cue runs from "quoted" to the
    /// participle, and the content follows it. In the active, "The agency quoted X as saying (that) …" or "A statement
    /// quotes X as saying …", the object is the source and the subject only relays the words.
    /// </summary>
    internal sealed class QuotedAsSaying : IAttributionRule
    {
        /// <summary>How many tokens may stand between "quoted" and "as" ("quoted by the Kestrel Herald as saying").</summary>
        private const int ByReach = 8;

        public string Name => nameof(QuotedAsSaying);

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                // a form of "quote", or a passive of a verb of speech with "as" ("was reported … as saying"); else no such sentence
                if (!p.MayHave(WordClass.QuoteForm) && !p.MayHave(WordGroup.AsLink)) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0 + 1; k + 2 < s1; k++)
                    {
                        if (!tk[k].IsWord || !(tk[k].Has(WordClass.QuoteForm) || ReportedPassive(tk, k, s1)) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        // (the passive is "quoted", the participle, a verb of hearsay; the active is any form of "quote": "A statement
                        // quotes the army chief as saying …", "they quote him as saying …", and the progressive "A paper is quoting
                        // officials as claiming …")
                        int be = BeBefore(tk, k);
                        bool passive = be >= 0 && (tk[k].Has(WordTag.Hearsay) || !tk[k].Has(WordClass.QuoteForm));
                        Mention? source = null;
                        int a;
                        if (passive)
                        {
                            a = k + 1;
                            while (a < s1 && a - k <= ByReach && !(tk[a].IsWord && tk[a].Has(WordGroup.AsLink))) a++;
                        }
                        else
                        {
                            // "The agency quoted a senior officer as saying …", "quoted him as saying": the object, right before "as"
                            source = ReportedSpeech.ObjectPronoun(tk, k + 1) ?? ctx.MentionsFor(p).Parse(tk, k + 1, s1, inverted: false);
                            if (source == null || source.IsPronoun && Lexicon.IsAsWritten(source.Determiner, WordGroup.ThingPronoun)) continue;
                            a = source.Next;
                        }
                        if (a + 1 >= s1 || !tk[a].IsWord || !tk[a].Has(WordGroup.AsLink)) continue;
                        var entry = ReportedSpeech.EntryAt(tk, a + 1, s1, out int end);
                        if (entry == null || entry.Kind != VerbForm.Gerund || !entry.IsSpeech) continue;
                        if (passive)
                        {
                            int g = ReportedSpeech.GroupStart(tk, be, s0);
                            source = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, g)?.Mention;
                        }
                        if (source == null) continue;
                        var cue = new VerbCue(entry, a + 1, end, a + 1);
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        if (c < s1 && tk[c].IsWord && tk[c].Has(WordGroup.Agent))
                        {
                            // "quoted as saying by the Herald that …"
                            int t = c;
                            while (t < s1 && t - c <= ByReach && !(tk[t].IsWord && tk[t].Has(WordGroup.Complementizer))) t++;
                            if (t < s1 && tk[t].Has(WordGroup.Complementizer)) c = t + 1;
                        }
                        // "quoted her as saying, “…”": the comma or colon before a quotation opens it, no part of the words
                        if (c + 1 < s1 && (tk[c].Is(",") || tk[c].Is(":")) && tk[c + 1].IsQuote) c++;
                        int e = ReportedSpeech.ContentEndAfter(tk, c, s1, false);
                        if (!ReportedSpeech.IsContent(tk, c, e) && !(e > c && ReportedSpeech.HasQuote(tk, c, e))) continue;
                        var found = ReportedSpeech.Make(Name, p, c, e, k, end, source);
                        if (!ReportedSpeech.HasWords(tk, c, e)) found.Kind = AttributionKind.Direct;
                        ctx.Add(found);
                    }
                }
            }
        }

        /// <summary>
        /// "Gilani was reported by local radio as saying …", "the minister was cited as telling …": the past participle of a verb of
        /// speech other than "quote", right after a form of "be", which an "as" and a gerund of speech follow within
        /// <see cref="ByReach"/> tokens, reports the subject's words as "was quoted as saying" does; the agent after "by" only
        /// carried them. Not "was reported by the agency" with no "as saying" (the agent's report, <see cref="PassiveBy"/>).
        /// </summary>
        private static bool ReportedPassive(System.Collections.Generic.IReadOnlyList<Token> tk, int k, int s1)
        {
            // (the cue table asked before the copula's look-up: most words are no past form of a verb of speech)
            if (k == 0 || !tk[k].IsLowerWord || ReportedSpeech.EntryAt(tk, k, s1, out _) is not { Kind: VerbForm.Past, IsSpeech: true }) return false;
            if (BeBefore(tk, k) < 0) return false;
            int a = k + 1;
            while (a < s1 && a - k <= ByReach && !(tk[a].IsWord && tk[a].Has(WordGroup.AsLink))) a++;
            return a + 1 < s1 && tk[a].IsWord && tk[a].Has(WordGroup.AsLink) && ReportedSpeech.EntryAt(tk, a + 1, s1, out _) is { Kind: VerbForm.Gerund, IsSpeech: true };
        }

        /// <summary>
        /// The index of the form of "be" that makes the passive of the participle at <paramref name="k"/>: right before it, or
        /// before one adverb that may stand before a cue ("was also quoted by local radio as saying", "was later cited as
        /// telling"); -1 when there is none.
        /// </summary>
        private static int BeBefore(System.Collections.Generic.IReadOnlyList<Token> tk, int k)
        {
            if (k >= 1 && IsBe(tk[k - 1].Lower)) return k - 1;
            return k >= 2 && tk[k - 1].IsLowerWord && tk[k - 1].Has(WordTag.CueAdverb) && IsBe(tk[k - 2].Lower) ? k - 2 : -1;
        }

        private static bool IsBe(string lower) => Lexicon.Is(lower, WordClass.Be) && !Lexicon.IsAsWritten(lower, WordGroup.BaseBe);
    }
}
