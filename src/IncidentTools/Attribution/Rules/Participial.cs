using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "…, saying …", "…, adding that …", "…, accusing X of …", "… by saying …", "… after arguing that …", "released a
    /// statement saying …": a participle after a comma, "by", a word that leads a participle ("after", "while", "upon") or a document reports what the subject of the main clause says; the source is the source of the
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
                var cues = ReportedSpeech.CuesOf(tk);
                for (int si = 0; si < p.Sentences.Count; si++)
                {
                    var (s0, s1) = p.Sentences[si];
                    // (from one cue word to the next: at any other token no entry is read)
                    for (int k = cues.NextCue(s0 + 1, s1); k < s1; k = cues.NextCue(k + 1, s1))
                    {
                        // only a gerund cue can report here: the paragraph's cue table says so without a look-up, so the
                        // tests of what stands before it are made only at such a word, not at every token
                        var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                        if (entry == null || entry.Kind != VerbForm.Gerund) continue;
                        // "…, saying", "…, and adding", "… by saying": a participle that reports for the subject of the clause before it
                        // "released a statement Tuesday saying": a participle right after a document the subject issues says what the subject says
                        // "sent a letter to the prime minister describing": the same after the one the document is sent to
                        var issuer = Clauses.AfterDocument(tk, k, s0) ? Issuer(ctx, p, k, s0)
                                   : Clauses.DocumentBeforeAddressee(tk, k, s0) is int sent && sent >= 0 ? Issuer(ctx, p, sent + 1, s0) : null;
                        bool afterDocument = issuer != null;
                        if (!tk[k - 1].Is(",") && !(tk[k - 1].IsWord && tk[k - 1].Has(WordGroup.Additive) && k - 2 >= s0 && tk[k - 2].Is(",")) && !(tk[k - 1].IsLowerWord && (tk[k - 1].Has(WordGroup.Agent) || tk[k - 1].Has(WordClass.ParticipleLead))) && !afterDocument &&
                            !AfterCommaAndWhen(tk, k, s0)) continue;
                        if (!(entry.IsSpeech || IsThoughtAfterComma(tk, k, entry) || afterDocument && IsNamingAfterDocument(entry)) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        if (ContentAfter(ctx, p, entry, k, end, s1) is not { } content) continue;
                        var (c, e) = content;
                        // "… after arguing that the count was wrong", "… while saying he would stay": after a word that leads a
                        // participle (not "by") only a reported clause, never a phrase ("after accepting millions", "while adding
                        // states to the map", "after slamming into the crowd": what the subject did)
                        if (tk[k - 1].IsLowerWord && tk[k - 1].Has(WordClass.ParticipleLead) && !tk[k - 1].Has(WordGroup.Agent) && !ReportsClause(tk, end, c)) continue;
                        // "…, adding that she had dreamed of it, the officer wrote": the report closing the sentence is not what the
                        // participle says (unless cutting it would leave only a quotation: the participle still says that)
                        int beforeReport = CueThenContent.EndBeforeTrailingReport(index, p, end, e, s1);
                        if (beforeReport < e && ReportedSpeech.IsContent(tk, c, beforeReport)) e = beforeReport;
                        var source = issuer ?? ReportedSpeech.EarlierSource(index, p, s0, k) ?? ReportedSpeech.NearestSpeakerBefore(ctx.MentionsFor(p), tk, s0, s1, k) ?? ReportedSpeech.SentenceSubject(ctx.MentionsFor(p), tk, s0, k);
                        if (source == null) continue;
                        // "Holding rates near zero has encouraged borrowing, supporting …": the clause's subject is the gerund's phrase, no one
                        if (ReportedSpeech.InGerundSubject(tk, s0, source)) continue;
                        // "The senator rallied for Kingson, who worked the crowd, praising …": the participle may be the inner clause's subject's
                        if (source.Next <= k && ctx.ClausesFor(p).OtherSubjectClauseBefore(tk, source.Next, k)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, c, e, k, end, source));
                    }
                }
            }
        }

        /// <summary>
        /// "…, later admitting that …", "…, at one point saying that …": a comma, then one or two adverbs of the verb group or
        /// phrases of a moment (<see cref="Clauses.OpeningBeforeAdverbs"/>) right before the participle at k, which still goes on
        /// the clause before; not after an adverb of another time (tagged other-time: "now", "later", "then").
        /// </summary>
        private static bool AfterCommaAndWhen(System.Collections.Generic.IReadOnlyList<Token> tk, int k, int s0)
        {
            int j = Clauses.OpeningBeforeAdverbs(tk, k, s0);
            if (j < 0 || !tk[j].Is(",")) return false;
            // "…, later admitting …", "…, Bell and Reyes, now saying …": an act of another time, as often someone else's
            for (int i = j + 1; i < k; i++)
                if (tk[i].IsWord && Lexicon.Is(tk[i].Lower, WordSense.OtherTime)) return false;
            return true;
        }

        /// <summary>
        /// The content [c, e) of the participle <paramref name="entry"/> at [<paramref name="k"/>, <paramref name="end"/>): the
        /// clause or phrase it takes, up to a new clause with its own reporting subject; null when it reports nothing ("…, adding
        /// to her lead": a verb of another sense) or what follows is no content.
        /// </summary>
        internal static (int Start, int End)? ContentAfter(AttributionContext ctx, AnalysedParagraph p, CueVerb entry, int k, int end, int s1)
        {
            var tk = p.Tokens;
            // "…, adding to her lead": a verb of another sense, not a report
            if (ReportedSpeech.OtherVerbWithParticle(entry, tk, end, s1)) return null;
            var cue = new VerbCue(entry, k, end, k);
            int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
            if (!ReportedSpeech.TakesItsClause(tk, entry, c) || ReportedSpeech.PressesToNoAct(tk, entry, end, c)) return null;
            int e = ReportedSpeech.ContentEndAfter(tk, c, s1, false);
            // "…, saying he should be congratulated, but he suggested …": a new clause whose own subject reports by a
            // verb of its own is no part of the participle's content, as after any cue
            e = CueThenContent.EndBeforeNewClause(ctx, p, end, c, e);
            return ReportedSpeech.IsContent(tk, c, e) ? (c, e) : null;
        }

        /// <summary>
        /// The report of a participle phrase after a preposition or a verb whose source, <paramref name="source"/>, is the noun phrase
        /// right before the participle (<see cref="FindingsParticiple"/>: "Despite polls showing her behind, Lund campaigned …";
        /// <see cref="ShareParticiple"/>: "… with 50 percent saying she is ready, …"): added when the verb suits the source and
        /// what it takes, its content [<paramref name="content"/>) cut at the phrase's comma (the phrase ends there, the
        /// sentence's own clause goes on after it) and still content.
        /// </summary>
        internal static void AddPhraseReport(AttributionContext ctx, string rule, AnalysedParagraph p, CueVerb entry, int k, int end, Mention source, int s0, (int Start, int End) content)
        {
            var tk = p.Tokens;
            if (!ReportedSpeech.Suits(tk, new VerbCue(entry, k, end, k), new Subject(source, s0, -1), content.Start)) return;
            int e = ReportedSpeech.ContentEndAfter(tk, content.Start, content.End, subordinate: true);
            if (!ReportedSpeech.IsContent(tk, content.Start, e)) return;
            ctx.Add(ReportedSpeech.Make(rule, p, content.Start, e, k, end, source));
        }

        /// <summary>
        /// "The army issued a response calling the report short on facts": right after a document its subject issues, a participle
        /// of naming ("calling", "branding": tagged naming in reporting-verbs.txt) says what the document, and so its issuer, calls
        /// the object; not after a comma, where "…, calling it a day" is as often the subject's act.
        /// </summary>
        private static bool IsNamingAfterDocument(CueVerb entry) => entry.Verb.Has(VerbTag.Naming);

        /// <summary>The content at <paramref name="c"/> after a cue that ends at <paramref name="end"/> is a clause: after "that", or one that opens with its subject pronoun or finite verb (<see cref="ReportedSpeech.OpensClause(System.Collections.Generic.IReadOnlyList{Token}, int)"/>).</summary>
        internal static bool ReportsClause(System.Collections.Generic.IReadOnlyList<Token> tk, int end, int c) =>
            c > end && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer) || ReportedSpeech.OpensClause(tk, c);

        /// <summary>How many words may stand between a verb of publishing and the participle after its document ("sent out a fundraising email Tuesday saying").</summary>
        private const int IssuedDocumentReach = 6;

        /// <summary>
        /// "The board released a statement saying …", "the campaign sent out a fundraising email Tuesday saying …": the subject of a
        /// verb of publishing (tagged publishing in words.txt) whose object is the document right before the participle at k; only
        /// lower-case words between them (no possessive: "Trump's tweet saying", "cited a White House memo saying" are another's
        /// document, "provided a statement" publishes nothing).
        /// </summary>
        private static Mention? Issuer(AttributionContext ctx, AnalysedParagraph p, int k, int s0)
        {
            var tk = p.Tokens;
            for (int v = k - 2; v >= s0 && k - v <= IssuedDocumentReach + 1; v--)
            {
                var t = tk[v];
                if (!t.IsLowerWord || ReportedSpeech.IsPossessive(t)) return null;
                if (t.Has(WordGroup.Publishing)) return TitledWork.Publisher(ctx, p, v, s0);
            }
            return null;
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
