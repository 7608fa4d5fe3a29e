using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "X said (that) …", "X told reporters …", "X denied …", "X accused Y of …", "X called for …",
    /// "X believes …": a subject, a cue verb of its clause, and the reported content after it, to
    /// the end of the sentence (or of the subordinate clause the subject opens). Quoted words
    /// inside the content make it Mixed and take the subject as their speaker (not those after a clause of the content
    /// that reports another speaker's words: <see cref="InnerReportBeforeQuotation"/>); content that is
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
                var cues = ReportedSpeech.CuesOf(tk);
                foreach (var (s0, s1) in p.Sentences)
                {
                    // right to left: an inner report ("X said Y told him “…”") takes its quotations before the outer one
                    // (from one cue word to the one before: at any other token no finite verb is read)
                    for (int k = cues.PreviousCue(s1 - 1, s0); k >= s0; k = cues.PreviousCue(k - 1, s0))
                    {
                        var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                        if (cue == null) continue;
                        // a quotation rule took the cue for quoted words inside what the clause reports: the clause may still widen that content
                        var quoted = ctx.AttributionWithCue(p.Start + tk[k].Start);
                        if (quoted != null && !MayWiden(quoted, p, s0, s1)) continue;
                        if (ReportedSpeech.IsInvertedAside(ctx.MentionsFor(p), tk, cue, s0, s1)) continue;
                        var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                        if (subject == null || ReportedSpeech.OpensParticipleAside(ctx.MentionsFor(p), tk, cue, subject, s1) || ReportedSpeech.OpensNonAssertion(tk, subject) && !ReportedSpeech.FreeRelativeGapsContent(tk, cue, subject, s0, s1) || ReportedSpeech.IsNestedThought(tk, subject, cue.Entry) || ReportedSpeech.OpensReportedClause(tk, subject) ||
                            ReportedSpeech.OpensInstitutionReportTitle(ctx.MentionsFor(p), tk, subject, s0, s1) ||
                            ReportedSpeech.IsObjectRelative(tk, subject) && !ReportedSpeech.GapsContentSubject(tk, cue, subject, s0, s1) || !ReportedSpeech.Agrees(tk, cue, subject)) continue;
                        if (ParallelsInnerAuxiliary(tk, cue, subject.Mention)) continue;
                        // a belief, wish or judgement inside what someone else reports is part of that report
                        // (and so is a plain noun phrase that is no known speaker: "X said the spate of shootings demands …")
                        // (a share of a group beside another is a finding of its own: "…, while 9 percent said …")
                        // (and so is a document's finding in the writer's aside: "X rejected the report, which found that …")
                        if ((!cue.Entry.IsSpeech || subject.Generic) && ReportedSpeech.InsideReport(ctx.MentionsFor(p), index, p, s0, s1, k) &&
                            !ReportedSpeech.ShareBesideShare(tk, subject) && !ReportedSpeech.IsDocumentAside(tk, cue, subject)) continue;
                        int c = ReportedSpeech.ContentStartAfter(tk, cue, s1);
                        if (!ReportedSpeech.Suits(tk, cue, subject, c)) continue;
                        // "The paper adds that the military still maintains …": a report inside what a verb of saying reports, only a stance of its own
                        if (ReportedSpeech.OpensSaidThatClause(tk, subject) && !ReportedSpeech.ReportsInsideSaid(tk, cue.Entry, cue.End, c)) continue;
                        // "“…,” he said after the meeting": the quote's attribution, unless a that-clause follows
                        if (ReportedSpeech.FollowsQuotation(tk, subject, s0) && !(c > cue.End && tk[c - 1].Has(WordGroup.Complementizer))) continue;
                        // "X told the council: “…”": a quotation the quote rules left open, introduced by a colon
                        bool colon = c < s1 && tk[c].Is(":") && c + 1 < s1 && tk[c + 1].IsQuote;
                        // "One wrote online: “…”", "she said on Facebook: “…”": a short phrase of setting before the colon says where
                        if (!colon && ColonAfterSetting(tk, c, s1) is int colonAt)
                        {
                            c = colonAt;
                            colon = true;
                        }
                        if (colon) c++;
                        // "a laptop that it says will last a day, but reviewers disagree": the rest of a relative clause whose gap is
                        // the content's subject ends at its comma, as a subordinate clause does
                        int full = ReportedSpeech.ContentEndAfter(tk, c, s1, ReportedSpeech.OpensSubordinate(tk, subject) || ReportedSpeech.IsObjectRelative(tk, subject));
                        // (the clause of a free relative whose gap is the content's subject ends before a new clause after its comma, "aimed
                        // at what analysts believed was a depot, but the building …", and at the "than" of a comparison that frames it)
                        if (ReportedSpeech.OpensNonAssertion(tk, subject))
                            full = ReportedSpeech.FreeRelativeEndBeforeThan(tk, s0, subject.OpenerIndex, c, ReportedSpeech.FreeRelativeEndBeforeNewClause(tk, c, full));
                        int e = ReportedSpeech.ProFormContentEnd(tk, c, full);
                        // "Few critics admit this, but …": a pro-form cut from the clause after it is the content alone
                        bool proFormOnly = e < full && e == c + 1;
                        if (e == full) e = EndBeforeNewClause(ctx, p, cue.End, c, e);
                        e = EndBeforeParticipleOfSaying(tk, c, e);
                        e = EndBeforeTrailingReport(index, p, cue.End, e, s1);
                        e = EndBeforeCoordinatedVerb(tk, cue, c, e);
                        e = EndBeforeTrailingAdverb(tk, c, e);
                        e = EndAtCloseOfAside(tk, s0, cue.GroupStart, c, e, s1);
                        e = EndBeforeOuterThatClause(ctx.MentionsFor(p), tk, s0, s1, cue, subject.Mention, c, e);
                        e = EndBeforeAntecedentVerb(ctx.MentionsFor(p), tk, s0, s1, subject.Mention, c, e);
                        if (e <= c) continue;
                        // "when he attributed the delays in some towns, like Hull, to the strike": the content of a verb of causes (words.txt
                        // cause-verb) holds its "to", the cause named; cut before it, what is left names no cause
                        if (cue.Entry.Has(VerbTag.Likening) && Lexicon.Is(tk[cue.Verb].Lower, WordSense.CauseVerb) && !ReportedSpeech.HasToPreposition(tk, c, e)) continue;
                        if (colon && !ReportedSpeech.HasWords(tk, c, e))
                        {
                            var direct = ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, subject.Mention);
                            direct.Kind = AttributionKind.Direct;
                            ctx.Add(direct);
                            continue;
                        }
                        // "said that even after he steps down, …": after "that" the clause is the content, whatever opens it
                        // (also after "that" and the comma of an aside, "said that, in 2012, the port lost money", which
                        // ContentStartAfter passed over, right after the verb or its addressee; not "knew all about that, to his chagrin":
                        // after other words "that" is their object)
                        bool afterThat = c > cue.End && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer) ||
                                         c - 1 > cue.End && tk[c - 1].Is(",") && tk[c - 2].IsWord && tk[c - 2].Has(WordGroup.Complementizer) &&
                                         (c - 2 == cue.End || cue.Entry.TakesAddressee);
                        if (!(proFormOnly || ReportedSpeech.IsContent(tk, c, e, cue.Entry)) || !afterThat && !ReportedSpeech.StartsAsContent(tk, c, e, cue.Entry)) continue;
                        // "the paper reported ten days ago": a phrase of time after the verb says when, not what
                        if (!afterThat && ReportedSpeech.IsOnlyTime(tk, c, e)) continue;
                        if (IntroducesOwnQuotation(ctx, p, c, e)) continue;
                        var found = ReportedSpeech.Make(Name, p, c, e, cue.Verb, cue.End, subject.Mention);
                        if (quoted != null)
                        {
                            Widen(quoted, found, cue.Entry.Has(VerbTag.Naming));
                            continue;
                        }
                        // "slamming candidates who think they can “outsource” it": the clause only picks out its noun
                        if (IsNonspecificRestrictiveRelative(tk, subject.Mention))
                        {
                            CoverQuotationsBefore(p, found, c, c);
                            ctx.Add(found);
                            continue;
                        }
                        if (InnerReportBeforeQuotation(ctx.MentionsFor(p), tk, c, e) is var (speaker, verb))
                        {
                            // the inner clause's quotations are its subject's words (to the outer report's own second that-clause, if any)
                            int ic = ReportedSpeech.ContentStartAfter(tk, verb, e);
                            int outerThat = OpensContent(ctx.MentionsFor(p), tk, c, verb) ? OuterThatClauseAfterInnerReport(tk, verb, ic, e) : -1;
                            int ie = outerThat >= 0 ? outerThat : e;
                            if (ic < ie && HasOpenQuotation(ctx, p, ic, ie)) ctx.Add(StopAtNewClause(ctx, p, ReportedSpeech.Make(Name, p, ic, ie, verb.Verb, verb.End, speaker), verb.End, ic, ie));
                            // the outer content covers the quotations of its second that-clause only when the inner report left none of its own open
                            if (outerThat < 0 || HasOpenQuotation(ctx, p, speaker.Start, outerThat)) CoverQuotationsBefore(p, found, c, speaker.Start);
                            else
                            {
                                // (a new clause after the second that-clause's "that" is no words of the outer speaker)
                                int that = tk[outerThat].Is(",") ? outerThat + 2 : outerThat + 1;
                                found = StopAtNewClause(ctx, p, found, that, c, e);
                                // its quotations are listed: the inner report's verb of speech before them would otherwise keep them from the outer speaker
                                for (int i = that; i < e; i++)
                                    if (tk[i].IsQuote && !(found.CoversQuotationsBefore is int limit && p.Start + tk[i].Start >= limit) &&
                                        ReportedSpeech.QuotationAt(ctx.Document, p, i) is { } open && !ctx.IsAttributed(open) && !found.Quotations.Contains(open)) found.Quotations.Add(open);
                                ctx.Add(found);
                                continue;
                            }
                        }
                        // "Pence blamed the media for seizing on Trump's claim that Obama “founded” it": the quoted words are the noun's owner's
                        if (found.CoversQuotationsBefore == null && OwnedStatementBeforeQuotation(tk, c, e) is { } owner)
                            CoverQuotationsBefore(p, found, c, owner.Start);
                        // "Lund disputed Reyes's assertion that the pier was “safe”": the quoted words of the statement judged are its owner's
                        if (found.CoversQuotationsBefore == null && ReportedSpeech.FirstQuote(tk, c, e) is var fq && fq >= 0 && StatementNoun.JudgesOwnedStatement(tk, cue.Entry.Verb, cue.End, fq, s0))
                            CoverQuotationsBefore(p, found, c, c);
                        ctx.Add(found.CoversQuotationsBefore == null ? StopAtNewClause(ctx, p, found, cue.End, c, e) : found);
                    }
                }
            }
        }

        /// <summary>The most words of a phrase of setting between a verb and the colon that opens its quotation ("wrote online:", "said on Facebook:").</summary>
        private const int SettingBeforeColonReach = 3;

        /// <summary>
        /// "One wrote online: “…”", "he said on his blog: “…”": the colon that opens a quotation after a few words that are no
        /// clause (no finite verb, subject pronoun or "that"); null when the words reach no such colon. Not "said the plan
        /// would fail: …" (a clause) nor a colon with no quotation after it.
        /// </summary>
        private static int? ColonAfterSetting(System.Collections.Generic.IReadOnlyList<Token> tk, int c, int s1)
        {
            for (int i = c; i < s1 && i - c <= SettingBeforeColonReach; i++)
            {
                var t = tk[i];
                if (t.Is(":")) return i > c && i + 1 < s1 && tk[i + 1].IsQuote ? i : null;
                if (!t.IsWord || t.Has(WordTag.Finite) || t.Has(WordGroup.Complementizer) || CueLexicon.IsSubjectPronoun(t.Lower) || t.IsVerbForm) return null;
            }
            return null;
        }

        /// <summary>
        /// "The mayor said that the plan was “dead on arrival” and would not pass": a quotation rule attributed the quoted words
        /// (Mixed: the cue before them in their sentence, in the same paragraph), and the clause the cue reports holds them.
        /// </summary>
        private static bool MayWiden(FoundAttribution quoted, AnalysedParagraph p, int s0, int s1) =>
            quoted.Kind == AttributionKind.Mixed && quoted.ContinuesFrom == null && quoted.Place == CuePlace.Before &&
            quoted.Paragraph == p && quoted.SourceParagraph == p && quoted.Content.Start >= p.Start + p.Tokens[s0].Start && quoted.Content.End <= p.Start + p.Tokens[s1 - 1].End;

        /// <summary>
        /// What is attributed is the whole reported clause, not only the words it quotes: the content of <paramref name="quoted"/>
        /// grows to that of <paramref name="clause"/> (read from the same cue) when the clause holds all its quotations and its
        /// source is the same mention. A verb that names (<paramref name="naming"/>: "called the report “not correct” and
        /// traced the crash to …") gives its object and the name, no more: what follows the name is another predicate.
        /// </summary>
        private static void Widen(FoundAttribution quoted, FoundAttribution clause, bool naming)
        {
            if (!(quoted.SourceSpan is { } a && clause.SourceSpan is { } b && a.Overlaps(b))) return;
            foreach (var q in quoted.Quotations)
                if (!clause.Content.Contains(TextSpan.FromTo(q.Start, q.End))) return;
            var widened = quoted.Content.Union(clause.Content);
            if (naming)
            {
                // to the last quotation's closing mark
                int end = quoted.Content.End;
                foreach (var q in quoted.Quotations) end = System.Math.Max(end, q.Paragraph.Start + q.Span.End);
                widened = TextSpan.FromTo(widened.Start, System.Math.Min(end, widened.End));
            }
            quoted.Content = widened;
        }

        /// <summary>
        /// "She slammed candidates who think they can “outsource” the region", "The paper ran a piece that noted his plan was
        /// “a giveaway”": a relative pronoun with no comma before it opens a clause that only picks out its noun, and when that
        /// noun is no one in particular (an indefinite description, "a candidate", "another aide", or a bare plural,
        /// "candidates", "critics") the quoted words in the clause are not a known person's: most often they are the
        /// main clause's (its subject's scare quotes) or the writer's. The clause's content then gives its quotations to no
        /// one (other rules may still find their speaker). "Jo Bell, who said …" (a comma: an aside about a known person),
        /// "the mayor who said …" (definite) and "Sen. Ada Lund who said …" (a name) keep them.
        /// </summary>
        internal static bool IsNonspecificRestrictiveRelative(IReadOnlyList<Token> tk, Mention subject)
        {
            if (!subject.IsPronoun || subject.Owner is not { } noun || subject.Start < 1) return false;
            if (!tk[subject.Start].IsLowerWord || !tk[subject.Start].Has(WordClass.SubjectRelative) || !tk[subject.Start - 1].IsWord) return false;
            if (noun.Kind != MentionKind.Description || noun.Start >= tk.Count) return false;
            bool indefinite = tk[noun.Start].IsWord && tk[noun.Start].Has(WordTag.Indefinite);
            bool barePlural = noun.Plural && string.IsNullOrEmpty(noun.Determiner) && !tk[noun.Start].Has(WordTag.Determiner);
            return (indefinite || barePlural) && !NamesAnOutlet(tk, noun);
        }

        /// <summary>"a withering Washington Post editorial": a description that holds a newspaper's or an institute's name is that one's (<see cref="Lexicon.NameHeads"/>).</summary>
        private static bool NamesAnOutlet(IReadOnlyList<Token> tk, Mention noun)
        {
            for (int i = noun.Start + 1; i < noun.End && i < tk.Count; i++)
                if (MentionParser.IsOutletNameHead(tk, i)) return true;
            return false;
        }

        /// <summary>
        /// "Other Democrats want to ban what the Founding Fathers wrote “shall not be infringed”": a clause inside the content
        /// [c, e) with a subject of its own and a verb of saying or writing, before a quotation, reports that subject's words;
        /// the quotations from there on are not the outer subject's but that subject's (when the inner report, read first,
        /// did not take them already). That inner subject and its verb, or null. "Smith said the plan was “a disaster”" has no such clause.
        /// </summary>
        internal static (Mention Speaker, VerbCue Verb)? InnerReportBeforeQuotation(MentionParser mp, IReadOnlyList<Token> tk, int c, int e)
        {
            int quote = -1;
            for (int i = c; i < e && quote < 0; i++)
                if (tk[i].IsQuote) quote = i;
            for (int k = c + 1; k < quote; k++)
            {
                var verb = ReportedSpeech.FiniteVerbAt(tk, k, c, e);
                // a verb of saying, writing or naming ("wrote", "promised", "described as"), not one of documents or thought ("drivers show", "they believe")
                if (verb == null || verb.GroupStart <= c || !(verb.Entry.Has(VerbTag.Speech) || verb.Entry.Has(VerbTag.Naming))) continue;
                // a bare base form is as likely a noun ("the border post attack"); a plural present with its auxiliary stays ("they did say")
                if (verb.Entry.Kind == VerbForm.Base && !HasAuxiliary(tk, verb)) continue;
                if (InnerSpeaker(mp, tk, c, verb) is { } inner) return (inner, verb);
            }
            return null;
        }

        /// <summary>True when the inner verb's subject opens the content that starts at <paramref name="c"/>: one mention from there to its verb group ("said [the fire chief] had described …").</summary>
        private static bool OpensContent(MentionParser mp, IReadOnlyList<Token> tk, int c, VerbCue verb) =>
            mp.Parse(tk, c, verb.GroupStart, inverted: false) is { } m && m.Start == c && System.Math.Max(m.Next, m.End) == verb.GroupStart;

        /// <summary>
        /// "A spokeswoman said the mayor had called the delays a “nuisance” and that …": read right to left, the inner cue comes
        /// first; when its subject opens the content of an earlier verb of speech that has a subject of its own (the inner report is
        /// that verb's content), its content ends before the outer report's own second that-clause
        /// (<see cref="OuterThatClauseAfterInnerReport"/>), which the outer cue reads next. The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeOuterThatClause(MentionParser mp, IReadOnlyList<Token> tk, int s0, int s1, VerbCue cue, Mention subject, int c, int e)
        {
            for (int v = subject.Start - 1; v >= s0 && subject.Start - v <= ReportedSpeech.SubjectReach; v--)
            {
                var outer = ReportedSpeech.FiniteVerbAt(tk, v, s0, s1);
                if (outer == null || outer.End > subject.Start) continue;
                if (!outer.Entry.IsSpeech || ReportedSpeech.ContentStartAfter(tk, outer, s1) != subject.Start || ReportedSpeech.SubjectBefore(mp, tk, s0, outer.GroupStart) == null) return e;
                int at = OuterThatClauseAfterInnerReport(tk, cue, c, e);
                return at > c ? at : e;
            }
            return e;
        }

        /// <summary>
        /// "A spokeswoman said the mayor had called the delays a “nuisance” and that the council was “fully committed”": an inner
        /// report whose content (from <paramref name="ic"/>, after the inner verb) is no clause (an object, a phrase, a gerund: no
        /// "that", no subject pronoun, no verb of its own but in a subordinate clause) has no that-clause for a coordinated
        /// "and that" (or ", and that", "but that") to join; that second that-clause stands at the outer report's level and is the outer
        /// speaker's. The token where it starts (its comma or coordinator), or -1: also when the inner content is a clause ("said the
        /// mayor had promised that … and that …", "said the mayor told him the pier was safe and that …": the nesting is the inner
        /// report's, or no one can tell).
        /// </summary>
        internal static int OuterThatClauseAfterInnerReport(IReadOnlyList<Token> tk, VerbCue verb, int ic, int e)
        {
            if (ic < verb.End || ic >= e || tk[ic - 1].IsWord && tk[ic - 1].Has(WordGroup.Complementizer) || ReportedSpeech.OpensClause(tk, ic)) return -1;
            bool subordinate = false;
            for (int i = ic; i + 2 < e; i++)
            {
                var t = tk[i];
                if (t.Is(";") || t.Is(":") || ReportedSpeech.IsDash(t)) return -1;
                if (!t.IsLowerWord) continue;
                if (t.Has(WordClass.ClauseCoordinator) && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.Complementizer))
                {
                    int after = tk[i + 2].IsQuote ? i + 3 : i + 2;
                    if (after >= e || !ReportedSpeech.OpensClause(tk, after) || !ReportedSpeech.HasWords(tk, ic, i)) return -1;
                    return tk[i - 1].Is(",") ? i - 1 : i;
                }
                // a "that" of the inner content's own (a clause or a relative one may join): no telling whose the second is
                if (t.Has(WordGroup.Complementizer)) return -1;
                if (t.Has(WordTag.Subordinator)) subordinate = true;
                // a verb of the inner content's own, outside a subordinate clause: the content is a clause
                bool verbForm = t.Has(WordTag.Finite) || t.Has(WordGroup.IrregularPast) || t.CueVerb != null && !CueLexicon.IsIngForm(t) || CueLexicon.IsEdForm(t);
                if (verbForm && !subordinate || CueLexicon.IsSubjectPronoun(t.Lower) && !subordinate) return -1;
            }
            return -1;
        }

        /// <summary>
        /// "The mayor blamed the press for repeating Lund's claim that the pier is “unsafe”": a noun of saying owned by a name
        /// or a possessive pronoun, then "that" (<see cref="StatementNoun"/>'s pattern), inside the content [c, e) before its
        /// first quotation; what that clause quotes is the owner's, not the outer subject's. The owner, or null.
        /// </summary>
        internal static Mention? OwnedStatementBeforeQuotation(IReadOnlyList<Token> tk, int c, int e)
        {
            for (int i = c + 1; i + 1 < e; i++)
            {
                if (tk[i].IsQuote) return null;
                if (!tk[i].IsLowerWord || !tk[i].Has(WordTag.StatementNoun) || !(tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.Complementizer))) continue;
                if (StatementNoun.Owner(tk, i - 1, c) is { } owner && ReportedSpeech.HasQuote(tk, i + 2, e)) return owner;
            }
            return null;
        }

        /// <summary>
        /// "Reyes testified in June, and Sen. Ada Lund kept asking why the agency called it “routine”": the quotations of a new
        /// clause with a subject of its own after the cue (<see cref="Clauses.NewClauseAfter"/>) are not the cue's subject's words.
        /// The content [c, e) then covers no quotation from that clause on (and is Indirect when it holds none before it).
        /// </summary>
        private static FoundAttribution StopAtNewClause(AttributionContext ctx, AnalysedParagraph p, FoundAttribution found, int cueEnd, int c, int e)
        {
            var tk = p.Tokens;
            int nc = ctx.ClausesFor(p).NewClauseAfter(tk, cueEnd, e);
            if (nc < 0 || !ReportedSpeech.HasQuote(tk, nc, e)) return found;
            CoverQuotationsBefore(p, found, c, nc);
            return found;
        }

        /// <summary>
        /// "Lund said the plan works, but the board voted it down": a content with no quotation ends at the comma before a new
        /// clause with a subject of its own (<see cref="Clauses.NewClauseAfter"/>); that clause is the writer's, not the
        /// speaker's words; so is one whose subject reports by a verb of its own ("Lund said the pier is safe, and the
        /// council warned that …": the council's words, not Lund's). Only at the content's first comma (a comma before it may open a list or an aside the new
        /// "clause" belongs to). The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeNewClause(AttributionContext ctx, AnalysedParagraph p, int cueEnd, int c, int e)
        {
            var tk = p.Tokens;
            if (ReportedSpeech.HasQuote(tk, c, e)) return e;
            int nc = ctx.ClausesFor(p).NewClauseAfter(tk, cueEnd, e, reporting: true);
            if (nc <= c + 1 || !tk[nc - 1].Is(",")) return e;
            for (int i = c; i < nc - 1; i++)
                if (tk[i].Is(",")) return e;
            return nc - 1;
        }

        /// <summary>
        /// "We asked for twelve tankers and got two", "The mayor demanded an inquiry and won one": a content that is a plain
        /// object (no clause, no verb in it) ends before a clause coordinator and a past verb with its own object (a determiner,
        /// a number or a pronoun after it): that verb phrase is the subject's second one, what it did, not what it said. Only
        /// after a cue in the past, the tense the second verb shares, or in the present's -s form after an object pronoun, whose
        /// second verb is a form in -s after an adverb in -ly ("She asks him questions and repeatedly compliments his coat",
        /// the present of reviews and sports reports; an adverb in -ly may stand before a past one too). Not "asked for food and used clothing" (no object after
        /// the form in -ed: it describes the noun), nor "said the ferry sank and lost two boats" (a clause: the verb is its subject's),
        /// nor a content after an addressee (other than one object pronoun, "asks him questions") or "that" other than an infinitive ("told the paper that the shark swam up and grabbed
        /// him" is a clause; "asked the board to close the pier and boycotted …" is the request and a second act). The content's
        /// end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeCoordinatedVerb(IReadOnlyList<Token> tk, VerbCue cue, int c, int e)
        {
            // the present: only a plain object after an object pronoun ("asks him questions and …"; after the verb alone, "says the
            // keeper trains hard and …", the object may be a clause whose verb in -s no list knows)
            bool present = cue.Entry.Kind == VerbForm.ThirdPerson && AfterPronounAddressee(tk, cue, c);
            if (cue.Entry.Kind != VerbForm.Past && !present || c >= e || ReportedSpeech.HasQuote(tk, c, e) || ReportedSpeech.OpensClause(tk, c)) return e;
            if (c != cue.End && !(tk[c].IsLowerWord && tk[c].Has(WordGroup.InfinitiveMarker)) && !present) return e;
            for (int i = c + 1; i + 2 < e; i++)
            {
                var t = tk[i];
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.IsVerbForm || t.Has(WordGroup.IrregularPast) || t.Has(WordGroup.InfinitiveMarker) || t.Has(WordGroup.Complementizer))) return e;
                // (in the present, a later word in -s may be the verb of a clause: "tells him the club trains hard and …")
                if (present && t.IsLowerWord && Inflection.EndsInS(t.Lower) && !t.Has(WordClass.ClauseCoordinator)) return e;
                if (!t.IsLowerWord || !t.Has(WordClass.ClauseCoordinator)) continue;
                // "asks him questions and repeatedly compliments his coat": in the present, an adverb in -ly before a form in -s
                // tells the second verb from a noun ("questions and answers"); in the past, one may stand there too
                int v = i + 1;
                bool adverb = CueLexicon.IsLyAdverb(tk[v]) && v + 2 < e;
                if (adverb) v++;
                else if (present) return e;
                var verb = tk[v];
                bool tensed = present
                    ? verb.IsLowerWord && Inflection.EndsInS(verb.Lower)
                    : MentionParser.IsPastVerbNotInEd(tk, v, e) || CueLexicon.IsEdForm(verb);
                var obj = tk[v + 1];
                bool hasObject = obj.IsWord && (char.IsDigit(obj.Text[0]) || obj.IsLowerWord && (obj.Has(WordTag.Determiner | WordTag.ObjectPronoun | WordTag.Plural) || obj.Has(WordClass.Quantifier)));
                return tensed && hasObject && ReportedSpeech.HasWords(tk, c, i) ? i : e;
            }
            return e;
        }

        /// <summary>
        /// "Jo Bell noted that the board had expressed regret and had described the closure as temporary": a verb after a
        /// coordinator whose auxiliary ("had") is the one a that-clause between the subject and the coordinator holds after its
        /// own subject, with none before the subject's verb and no comma after the "that", is the that-clause's second verb (the
        /// board's), not the subject's: no attribution for the subject ("Jo Bell had noted that … and had described" keeps it).
        /// </summary>
        internal static bool ParallelsInnerAuxiliary(IReadOnlyList<Token> tk, VerbCue cue, Mention subject)
        {
            int g = cue.GroupStart;
            if (g >= cue.Verb || g - 1 <= subject.End || !tk[g].IsLowerWord || !tk[g - 1].IsLowerWord ||
                !tk[g - 1].Has(WordClass.ListCoordinator | WordClass.ClauseCoordinator)) return false;
            var aux = tk[g].Lower;
            int that = -1;
            bool parallel = false;
            for (int x = Math.Max(subject.End, subject.Next); x < g - 1; x++)
            {
                // (a comma after the that-clause may close it: "X, which has said that its posts did not fire, declined … and did
                // not comment" is X's)
                if (that >= 0 && tk[x].Is(",")) return false;
                if (!tk[x].IsLowerWord) continue;
                if (that < 0 && tk[x].Lower == aux) return false;
                if (that < 0 && tk[x].Has(WordGroup.Complementizer)) that = x;
                else if (that >= 0 && x > that + 1 && tk[x].Lower == aux) parallel = true;
            }
            return parallel;
        }

        /// <summary>"She asks him questions and …", "told them stories and …": the content right after one object pronoun, the addressee, and no "that".</summary>
        private static bool AfterPronounAddressee(IReadOnlyList<Token> tk, VerbCue cue, int c) =>
            c == cue.End + 1 && tk[cue.End].IsLowerWord && tk[cue.End].Has(WordTag.ObjectPronoun) && tk[c].IsWord && !tk[c].Has(WordGroup.Complementizer);

        /// <summary>
        /// "Farmers who criticized the levy said it would fail", "Jo Bell, a nurse who described herself as a skeptic, said she
        /// had doubts": the content of a cue inside a relative clause (its subject the relative pronoun) ends before the main
        /// verb whose subject is the noun the clause describes: that verb and what it reports are the antecedent's, not the
        /// relative clause's. The main verb is a cue verb in the content whose subject (<see cref="ReportedSpeech.SubjectBefore"/>)
        /// starts and ends before the relative pronoun (its clause and appositions set aside). The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeAntecedentVerb(MentionParser mp, IReadOnlyList<Token> tk, int s0, int s1, Mention subject, int c, int e)
        {
            int r = subject.Start;
            if (!subject.IsPronoun || r <= s0 || !tk[r].IsLowerWord || !tk[r].Has(WordClass.SubjectRelative) || !tk[r - 1].IsWord && !tk[r - 1].Is(",")) return e;
            for (int i = c + 1; i < e; i++)
            {
                if (!tk[i].IsLowerWord || ReportedSpeech.FiniteVerbAt(tk, i, s0, s1) is not { } main || main.GroupStart <= c) continue;
                // ("a politician who will say whatever comes to mind at the moment he says it": a verb after its own pronoun is that pronoun's)
                if (tk[main.GroupStart - 1].IsWord && CueLexicon.IsSubjectPronoun(tk[main.GroupStart - 1].Lower)) continue;
                // (the main verb's subject ends before the pronoun: "a politician who will say whatever he thinks" reads "he" inside)
                if (ReportedSpeech.SubjectBefore(mp, tk, s0, main.GroupStart) is not { } antecedent || antecedent.Mention.Start >= r || antecedent.Mention.End > r) continue;
                int end = main.GroupStart;
                while (end > c && tk[end - 1].Kind == TokenKind.Punct && !tk[end - 1].Is(")")) end--;
                return end > c ? end : e;
            }
            return e;
        }

        /// <summary>
        /// "The council (the mayor said the pier was unsafe) closed it", "Trump — even as he says the code is unfair — has
        /// proposed …": a cue inside an aside that a bracket or dash opened before it reports only to the aside's close; the
        /// words after it are the sentence's again. The content's end, or <paramref name="e"/> when the cue at
        /// <paramref name="g"/> stands in no aside (in the sentence [<paramref name="s0"/>, <paramref name="s1"/>)) or the aside does not
        /// close before <paramref name="e"/>.
        /// </summary>
        internal static int EndAtCloseOfAside(IReadOnlyList<Token> tk, int s0, int g, int c, int e, int s1)
        {
            int open = ReportedSpeech.AsideOpenBefore(tk, s0, g, s1);
            if (open < 0) return e;
            int close = ReportedSpeech.ClosingOf(tk, open, e);
            if (close <= c) return e;
            while (close > c && tk[close - 1].Kind == TokenKind.Punct && !tk[close - 1].Is(")")) close--;
            return close > c ? close : e;
        }

        /// <summary>
        /// "The Speaker called for order twice", "the mayor urged calm again": a content that is a plain noun phrase (no clause,
        /// no infinitive, no verb, mark, quotation or word of time) ends before the adverbs that close it ("twice", "again", "repeatedly":
        /// words that may stand before a cue); they say how often the subject spoke, not what was said. Not "said the
        /// plant would close again" (a clause: the adverb is its verb's). The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeTrailingAdverb(IReadOnlyList<Token> tk, int c, int e)
        {
            // (a pro-form keeps its adverbs: "know it too" is <see cref="ReportedSpeech.ProFormContentEnd"/>'s)
            if (c >= e || ReportedSpeech.OpensClause(tk, c) || ReportedSpeech.IsProForm(tk[c]) || tk[c].IsWord && tk[c].Has(WordGroup.InfinitiveMarker)) return e;
            int x = e;
            while (x > c && tk[x - 1].IsLowerWord && tk[x - 1].Has(WordTag.CueAdverb)) x--;
            if (x == e || x == c) return e;
            // a noun phrase: words only (no mark, no quotation), no verb after its first word (a verb form right after a
            // determiner is a noun: "a recount"), no word of time ("a few days later") and no form in -ing, which heads a
            // verb phrase of its own ("suggest watching them over and over again")
            for (int i = c; i < x; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.Has(WordTag.Finite | WordTag.Time | WordTag.Calendar) || CueLexicon.IsIngForm(t)) return e;
                if (i > c && (t.IsVerbForm && !tk[i - 1].Has(WordTag.Determiner) || t.Has(WordGroup.IrregularPast) || t.Has(WordGroup.Complementizer))) return e;
            }
            return x;
        }

        /// <summary>
        /// "Hua said she knew nothing of the outage, adding that the ministry was committed to …": a participle of saying after
        /// the content's first comma is a second report of the same subject (<see cref="Participial"/> reads it); a content
        /// that is a clause ("she knew …") or an infinitive ("declined to answer questions, citing …") ends at that comma. Not
        /// a plain object ("denied the report, saying …", "reiterated that approach, saying …": what was said is the
        /// participle's, and the whole stays one report), nor a content with a quotation (the quotations stay whose they
        /// were). The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeParticipleOfSaying(IReadOnlyList<Token> tk, int c, int e)
        {
            if (c >= e || ReportedSpeech.HasQuote(tk, c, e) || !(ReportedSpeech.OpensClause(tk, c) || tk[c].IsWord && tk[c].Has(WordGroup.InfinitiveMarker))) return e;
            for (int k = c + 1; k < e; k++)
            {
                if (!tk[k - 1].Is(",")) continue;
                if (!tk[k].IsLowerWord) return e;
                return ReportedSpeech.IsParticipleOfSayingAt(tk, k, e) && ReportedSpeech.HasWords(tk, c, k - 1) ? k - 1 : e;
            }
            return e;
        }

        /// <summary>
        /// "Reyes told the panel the data was lost, the paper reported Tuesday", "The vote signals “the end,” said Ada Lund,
        /// the party's leader": a report decided before whose source and cue stand after a comma inside the content, with its
        /// own content before them and nothing after them but a time, an apposition or a clause of its own after a comma, is
        /// the sentence's own attribution; this cue's content ends at that comma, not at the end of the sentence. Not an aside
        /// with its content after it ("…, which is an outcome, he said, “we expected”"). The content's end, or <paramref name="e"/>.
        /// </summary>
        internal static int EndBeforeTrailingReport(ReportIndex index, AnalysedParagraph p, int cueEnd, int e, int s1)
        {
            var tk = p.Tokens;
            if (e <= cueEnd) return e;
            var outer = index.LastWithCue(p, p.Start + tk[cueEnd].Start, p.Start + tk[e - 1].End);
            if (outer?.Source is not { } source || outer.SourceParagraph != p || outer.CueWords is not { } words) return e;
            int first = System.Math.Min(source.Start, words.Start), last = System.Math.Max(source.End, words.End);
            // after a comma, or a quotation that closes on one ("… “the end,” said Lund"): the quotation stays in the content
            if (first <= cueEnd || first >= e) return e;
            bool quoteComma = tk[first - 1].IsQuote && QuotationFacts.EndsWithComma(tk[first - 1].Text);
            if (!(tk[first - 1].Is(",") || quoteComma)) return e;
            int end = quoteComma ? first : first - 1;
            if (end <= cueEnd) return e;
            // its own content stands before it
            if (outer.Content.End > p.Start + tk[first].Start) return e;
            // and nothing but a time, a setting ("wrote in court papers", "said in a statement") or a comma follows it
            if (last < s1 && !tk[last].Is(",") && ReportedSpeech.HasWords(tk, last, s1) && !ReportedSpeech.IsOnlyTime(tk, last, s1) && !EndsInSetting(tk, words.Start, last, s1)) return e;
            return end;
        }

        /// <summary>
        /// True when the words from <paramref name="last"/> to the sentence's end open with a word of setting ("in court papers", "in
        /// a statement on Monday") and are only the setting of the verb at <paramref name="verb"/> (<see cref="ReportedSpeech.TailOfAttribution"/>);
        /// not "she insisted on a full survey first", whose phrase is what she insisted on.
        /// </summary>
        private static bool EndsInSetting(System.Collections.Generic.IReadOnlyList<Token> tk, int verb, int last, int s1) =>
            tk[last].IsLowerWord && tk[last].Has(WordGroup.Setting) &&
            ReportedSpeech.EntryAt(tk, verb, s1, out _) is { } entry && ReportedSpeech.TailOfAttribution(tk, entry, last, s1, out int after) && !ReportedSpeech.HasWords(tk, after, s1);

        /// <summary>
        /// The content starting at token <paramref name="c"/> covers no quotation from token <paramref name="limit"/> on (they are
        /// another's words: an inner report, an owned claim, a new clause); with none before it, the content is Indirect.
        /// </summary>
        private static void CoverQuotationsBefore(AnalysedParagraph p, FoundAttribution found, int c, int limit)
        {
            found.CoversQuotationsBefore = p.Start + p.Tokens[limit].Start;
            if (!ReportedSpeech.HasQuote(p.Tokens, c, limit)) found.Kind = AttributionKind.Indirect;
        }

        /// <summary>True when the verb's group holds an auxiliary before it ("did say", "will write").</summary>
        private static bool HasAuxiliary(IReadOnlyList<Token> tk, VerbCue verb)
        {
            for (int i = verb.GroupStart; i < verb.Verb; i++)
                if (tk[i].IsWord && tk[i].Has(WordTag.Auxiliary | WordTag.Finite)) return true;
            return false;
        }

        /// <summary>True when a quotation that starts in the tokens [a, e) is still nobody's.</summary>
        private static bool HasOpenQuotation(AttributionContext ctx, AnalysedParagraph p, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (p.Tokens[i].IsQuote && ReportedSpeech.QuotationAt(ctx.Document, p, i) is { } q && !ctx.IsAttributed(q)) return true;
            return false;
        }

        /// <summary>How many tokens back from an inner verb its subject may start when read as the mention that ends there ("the rule the founding fathers wrote").</summary>
        private const int InnerSubjectReach = 6;

        /// <summary>
        /// The subject of an inner verb of the content that starts at c, when it names a speaker of its own: a name, an
        /// organisation, or a description with a speaker, organisation or document word ("the founders", "the agency's report").
        /// The widest mention that ends right at the verb group (also in a clause with no relative pronoun: "the plan the
        /// council announced"), else the subject the clause grammar reads. Not a pronoun (it may stand for the outer subject itself: "he doesn't
        /// understand …") nor a share of a group (inside a poll's finding it is part of the finding: "22 percent say …"), and
        /// not a plain noun phrase that names no one ("the recent spate of closures demands …").
        /// </summary>
        private static Mention? InnerSpeaker(MentionParser mp, IReadOnlyList<Token> tk, int c, VerbCue verb)
        {
            int g = verb.GroupStart;
            // the widest mention that ends there ("the council", not "council")
            Mention? widest = null;
            for (int j = g - 1; j > c && g - j <= InnerSubjectReach; j--)
            {
                if (!tk[j].IsWord) break;
                // past a found mention, only its determiner or a capitalised word widens it, once ("the council", not "one the council")
                if (widest != null && (tk[widest.Start].Has(WordTag.Determiner) || tk[j].IsLowerWord && !tk[j].Has(WordTag.Determiner))) break;
                var m = mp.Parse(tk, j, g, false);
                if (m != null && m.End == g && NamesOwnSpeaker(tk, m) && ReportedSpeech.Agrees(tk, verb, m)) widest = m;
            }
            // "37 percent of Americans say": a noun after a preposition is the tail of the subject, not the subject
            if (widest != null && !(tk[widest.Start - 1].IsWord && tk[widest.Start - 1].Has(WordTag.Preposition))) return widest;
            var read = ReportedSpeech.SubjectBefore(mp, tk, c, g);
            return read != null && read.Mention.Start > c && !read.Generic && NamesOwnSpeaker(tk, read.Mention) && ReportedSpeech.Agrees(tk, verb, read.Mention)
                ? read.Mention : null;
        }

        private static bool NamesOwnSpeaker(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.IsPronoun || m.Kind == MentionKind.Description && !ReportedSpeech.NamesASpeaker(tk, m)) return false;
            for (int i = m.Start; i < m.End && i < tk.Count; i++)
                if (tk[i].IsWord && tk[i].Has(WordTag.Proportion)) return false;     // "22 percent", "most": a share of a group
            return true;
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
