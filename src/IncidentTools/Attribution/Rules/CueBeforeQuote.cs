using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The nearest clause before the quotation whose subject and reporting verb both stand before it:
    /// "X said that “…”", "X called the findings “strange”", "Jo Bell told reporters: “…”". Run twice:
    /// first only for a verb of speech right before the quotation (at most three tokens between), which
    /// wins over an attribution at the end of the sentence; then at any distance (a verb that takes the
    /// quotation as its object only within eight tokens). A nearer "according to X" or "learned from X"
    /// leaves the quotation to those rules, and so does a nearer "with X calling it “…”".
    /// </summary>
    internal sealed class CueBeforeQuote : QuotationRule
    {
        private readonly bool _close;

        public CueBeforeQuote(bool close) => _close = close;

        /// <summary>CueRightBeforeQuote for the close pass, CueBeforeQuote for the other.</summary>
        public override string Name => _close ? "CueRightBeforeQuote" : nameof(CueBeforeQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var clauses = context.ClausesFor(q.Paragraph);
            int start = SentenceOf(q).Start;
            // "Most engineers agree (Tom Reyes, who drew it, once said, “…”)": a parenthesis inside the sentence still open at the quotation,
            // with a verb of saying of its own, holds the quotation's clause: its subject and cue are read from the bracket on, as a
            // sentence's (a sentence that opens with its bracket is read as it was: "(Lund's aide denied she had “attacked” him, and said …")
            int paren = Clauses.OwnParenthesisStart(TokensOf(q), start, q.Token);
            if (paren > start) start = paren + 1;
            var clause = clauses.SubjectCueBefore(TokensOf(q), q.Token, start, _close ? 3 : -1);
            if (clause == null || clause.Mention.Start < start) return null;
            // "Mr. Reyes, who said last week that the levy would stay, issued a statement saying, “…”": the relative's aside closed before
            // the quotation, whose clause is the antecedent's (its verb's rule reads it); the relative's cue keeps its own content
            if (RelativeClosedBefore(TokensOf(q), clause.Mention, q.Token)) return null;
            // "AP reported that it learned from a Pentagon official that “…”": a nearer source wins (AccordingToQuote, HeardFrom)
            var nearer = clauses.AccordingToBefore(TokensOf(q), q.Token, start) ?? clauses.HeardFrom(TokensOf(q), q.Token, start);
            if (nearer != null && nearer.Cue.Start > clause.Cue.Start) return null;
            // "Republicans who agree … were irritated, with Sen. Ada Lund calling it a “…”": a nearer "with" + noun phrase + participle of
            // saying is the quotation's own attribution (WithParticiple)
            var with = clauses.WithParticipleBefore(TokensOf(q), q.Token, start);
            if (with != null && with.Cue.Start > clause.Cue.Start) return null;
            // "Reyes testified in June, and Sen. Ada Lund kept asking why …“routine”": a new clause with its own subject stands between
            if (clauses.NewClauseBetween(TokensOf(q), clause.Cue.End, q.Token)) return null;
            // "The council wrote to Lund, who replied that the plan was “…”": a relative clause of a person after the cue, whose verb of
            // speech reports the clause the quotation stands in, names its own speaker (the reported-speech rules read it)
            if (RelativeReportBetween(TokensOf(q), clause.Cue.End, q.Token, start)) return null;
            // "Critics mocked Tom Reyes's claim that the levee was “sound”": the quoted words are the owner's (StatementNoun)
            if (clause.Cue.Verb != null && StatementNoun.JudgesOwnedStatement(TokensOf(q), clause.Cue.Verb, clause.Cue.End, q.Token, start)) return null;
            // "The mayor said she was hurt by Reyes's claim that the books were “badly kept”": a noun of saying owned by a name or a
            // description, then "that", between the cue and the quotation; the quoted words are the owner's, not the cue subject's
            // (a possessive pronoun, "she stood by her claim that …", may be the subject's own)
            if (InOwnedStatementClause(TokensOf(q), clause.Cue.End, q.Token)) return null;
            // "The authority said … and that the guards had responded “with every pump they had”": a manner phrase the outer speaker quotes
            if (OuterSpeakerOfMannerPhrase(clauses, q, clause, start) is { } outer) return _close ? null : From(context, q, outer);
            // "Lund argued that the board had asked for a review and that what it got was “…”": the quotation ends a second "that"
            // clause of the outer cue, not the clause of the nearer verb
            if (OuterSpeakerOfSecondThatClause(clauses, q, clause, start) is { } reporter) return _close ? null : From(context, q, reporter);
            // "A spokesman said … He repeated that Washington had expressed its “deepest regrets”": a fragment in the object of the
            // verb of a "that" clause that a subject and a verb of speech before it report is the reporter's, who quotes it
            if (OuterSpeakerOfReportedFragment(context, clauses, q, clause, start) is { } quoter) return _close ? null : From(context, q, quoter);
            if (_close && !(q.Token - clause.Cue.End <= 3 && (clause.Cue.Verb == null || clause.Cue.Verb.States || clause.Cue.Verb.Has(VerbTag.Naming)))) return null;
            // "Lund said the plan would cost jobs, and called it “a giveaway”": the quotation is the object of the verb coordinated
            // after the clause the first cue reports, which keeps that cue for its own content (CueThenContent)
            if (!_close) clause = clauses.CoordinatedCueAfter(TokensOf(q), clause, q.Token) ?? clause;
            return From(context, q, clause);
        }

        /// <summary>
        /// True when the clause's subject <paramref name="subject"/> is a relative pronoun whose aside after its antecedent closes before
        /// the quotation at <paramref name="quote"/>, the antecedent's own verb after it (<see cref="Clauses.AfterClosedRelative"/>).
        /// </summary>
        internal static bool RelativeClosedBefore(System.Collections.Generic.IReadOnlyList<Token> tk, Mention subject, int quote) =>
            subject.IsPronoun && subject.Owner != null && Clauses.AfterClosedRelative(tk, subject.Start, quote) >= 0;

        /// <summary>
        /// True when a relative pronoun of a person ("who") between the cue's end <paramref name="cueEnd"/> and the quotation at
        /// <paramref name="quote"/> opens a clause whose finite verb of speech reports a clause that runs on to the quotation ("wrote to
        /// Lund, who replied that the plan was “…”", "praised the workers who said the pier was “…”"): the quoted words are the
        /// relative's antecedent's, not the cue subject's. Not a relative closed before the quotation by a comma or a dash, nor one whose
        /// verb only judges or thinks ("who think the plan is “…”"), nor one whose verb has a phrase and no clause before the quotation.
        /// </summary>
        private static bool RelativeReportBetween(System.Collections.Generic.IReadOnlyList<Token> tk, int cueEnd, int quote, int start)
        {
            for (int i = cueEnd; i + 1 < quote; i++)
            {
                if (!tk[i].IsLowerWord || !tk[i].Has(WordClass.PersonRelative) || !tk[i].Has(WordClass.SubjectRelative)) continue;
                var verb = ReportedSpeech.FiniteVerbAt(tk, i + 1, start, quote);
                if (verb == null || verb.GroupStart != i + 1 || !verb.Entry.Verb.States) continue;
                // the verb's content is a clause ("replied that the plan was", "said the plan was"), not a phrase ("complains about a
                // microphone “…”"), and no second "that" opens a clause of the outer verb before the quotation ("told a woman who
                // suggested that some may stay home that “…”")
                int c = ReportedSpeech.ContentStartAfter(tk, verb, quote);
                bool afterThat = c > verb.End && tk[c - 1].IsLowerWord && tk[c - 1].Has(WordGroup.Complementizer);
                // (without "that", a subject opens it: "said the plan was", not "wondered if “…”"; a verb of thought, "who wonder why …",
                // relates what its subject wonders, no words)
                if (c >= quote) return false;
                bool subjectOpens = tk[c].IsWord && !tk[c].Has(WordTag.Preposition) &&
                                    (tk[c].IsCapitalized || tk[c].Has(WordTag.Determiner) || CueLexicon.IsSubjectPronoun(tk[c].Lower));
                if (verb.Entry.Has(VerbTag.Thought) || !afterThat && !(subjectOpens && ReportedSpeech.OpensClause(tk, c))) return false;
                for (int j = verb.End; j < quote; j++)
                    if (tk[j].Is(",") || tk[j].Is(";") || tk[j].Is(":") || tk[j].IsDash || tk[j].IsQuote ||
                        j >= c && tk[j].IsLowerWord && tk[j].Has(WordGroup.Complementizer)) return false;
                return true;
            }
            return false;
        }

        /// <summary>
        /// True when the quotation at <paramref name="quote"/> stands inside the "that" clause of a noun of saying owned by a name or a
        /// description (<see cref="CueThenContent.OwnedStatementBeforeQuotation"/>) after the cue's end <paramref name="cueEnd"/>: at most
        /// one finite verb, the clause's own, between "that" and the quotation. Not "said that Reyes's claim that the pier is unsafe is
        /// “simply not true”": the second verb is the outer clause's again, and so are its quoted words.
        /// </summary>
        private static bool InOwnedStatementClause(System.Collections.Generic.IReadOnlyList<Token> tk, int cueEnd, int quote)
        {
            if (CueThenContent.OwnedStatementBeforeQuotation(tk, cueEnd - 1, quote + 1) is not { IsPronoun: false } owner) return false;
            int that = owner.End;
            while (that < quote && !(tk[that].IsLowerWord && tk[that].Has(WordGroup.Complementizer))) that++;
            int finite = 0;
            for (int i = that + 1; i < quote; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordTag.Finite)) finite++;
            return that < quote && finite <= 1;
        }

        /// <summary>
        /// "Lund argued that the board had asked for a review and that what it got was “a memo”": the nearer clause <paramref name="clause"/>
        /// is itself the "that" clause of a subject and a verb of speech before it, and a coordinated "that" ("and that", "but that")
        /// stands between its cue and the quotation: the quotation is in the outer verb's second clause, no words of the nearer
        /// subject. That outer clause, else null.
        /// </summary>
        private static Clause? OuterSpeakerOfSecondThatClause(Clauses clauses, QuotationRef q, Clause clause, int start)
        {
            var tk = TokensOf(q);
            int that = tk[clause.Mention.Start].IsLowerWord && tk[clause.Mention.Start].Has(WordGroup.Complementizer) ? clause.Mention.Start : clause.Mention.Start - 1;
            if (that <= start || !tk[that].IsLowerWord || !tk[that].Has(WordGroup.Complementizer)) return null;
            bool second = false;
            for (int i = clause.Cue.End; i + 1 < q.Token && !second; i++)
                second = tk[i].IsLowerWord && tk[i].Has(WordClass.ClauseCoordinator) && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.Complementizer);
            if (!second) return null;
            var outer = clauses.SubjectCueBefore(tk, that, start);
            return outer?.Cue.Verb != null && outer.Cue.Verb.States && outer.Cue.End <= that ? outer : null;
        }

        /// <summary>
        /// "He repeated that Washington had expressed its “deepest regrets”", "She claimed that the judge had characterized as “truthful”
        /// all her answers": the nearer clause <paramref name="clause"/> is the "that" clause of a subject and a verb of speech before it,
        /// and the quotation, a fragment, stands in the object of the nearer verb (no mark, no "that", no finite verb between): the
        /// words are those the outer speaker reports, as annotators of news read them. That outer clause, else null. Not when the nearer
        /// subject is a pronoun (which may be the outer speaker), nor for words in the first person ("… told them “we will stay”"),
        /// nor when the outer verb is one of thought or only follows a quotation, nor for words cried aloud, nor for a statement with a
        /// finite verb of its own ("had told her “the pier will not last”").
        /// </summary>
        private static Clause? OuterSpeakerOfReportedFragment(AttributionContext context, Clauses clauses, QuotationRef q, Clause clause, int start)
        {
            var tk = TokensOf(q);
            if (context.Facts(q).Kind != QuoteKind.Partial || clause.Mention.IsPronoun || clause.Cue.End > q.Token) return null;
            // "… that Swanson surfaced, yelled “shark attack!”": words cried aloud (a verb of crying out or of manner, a quotation closed
            // by its own "!" or "?") are the nearer subject's utterance
            if (clause.Cue.Verb is { } near && near.Has(VerbTag.Outcry | VerbTag.Manner)) return null;
            var said = q.Text.TrimEnd();
            if (said.EndsWith("!", System.StringComparison.Ordinal) || said.EndsWith("?", System.StringComparison.Ordinal)) return null;
            int that = tk[clause.Mention.Start].IsLowerWord && tk[clause.Mention.Start].Has(WordGroup.Complementizer) ? clause.Mention.Start : clause.Mention.Start - 1;
            if (that <= start || !tk[that].IsLowerWord || !tk[that].Has(WordGroup.Complementizer)) return null;
            for (int i = clause.Cue.End; i < q.Token; i++)
                if (!tk[i].IsWord || tk[i].IsLowerWord && (tk[i].Has(WordGroup.Complementizer) || tk[i].Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Subordinator | WordTag.Relative)))
                    return null;
            var inner = q.Paragraph.InnerTokens(q.Paragraph.QuotationIndexOf(tk[q.Token]));
            // ("… that the harbour master had told her “the pier will not last”": a statement with a finite verb of its own is what the
            // nearer subject said, the fragment a phrase, "its “deepest regrets”")
            foreach (var w in inner)
                if (InFirstOrSecondPerson(w) || w.IsLowerWord && w.Has(WordTag.Finite)) return null;
            var outer = clauses.SubjectCueBefore(tk, that, start);
            if (outer?.Cue.Verb is not { } verb || !verb.States || verb.Has(VerbTag.Thought) || verb.Use == CueUse.After || outer.Cue.End > that) return null;
            return outer.Mention.Start < clause.Mention.Start ? outer : null;
        }

        /// <summary>
        /// A word of the speaker's own voice: "I", "we", "me", "us" (pronoun-cases.txt), or a possessive with no third person's subject
        /// form that owns no group's thing ("our", "my", "your"; words.txt 'possessive' without 'group-possessive').
        /// </summary>
        private static bool InFirstOrSecondPerson(Token w) =>
            w.IsWord && (w.Has(WordTag.FirstPerson) || w.Has(WordClass.FirstPersonPlural) ||
                         Lexicon.SubjectOfObjectPronoun(w.Lower) is { } subject && Lexicon.Is(subject, WordTag.FirstPerson) ||
                         w.IsLowerWord && w.Has(WordTag.Possessive) && Lexicon.SubjectOfPossessive(w.Lower) == null && !Lexicon.IsAsWritten(w.Lower, WordGroup.GroupPossessive));

        /// <summary>
        /// "The authority said the pier was damaged and that the guards had responded “with every pump they had”": a quotation that
        /// opens with a preposition in lower case right after the verb of a "that" clause is a phrase of manner, no words that clause's
        /// subject spoke; when a subject and a verb of speech before the "that" report the clause, the quotation is theirs. That outer
        /// clause, else null (a quotation with a word in the first person stays the clause subject's).
        /// </summary>
        private static Clause? OuterSpeakerOfMannerPhrase(Clauses clauses, QuotationRef q, Clause clause, int start)
        {
            var tk = TokensOf(q);
            // (the subject may be read with the "that" before it: "… and that the guards had responded")
            int that = tk[clause.Mention.Start].IsLowerWord && tk[clause.Mention.Start].Has(WordGroup.Complementizer) ? clause.Mention.Start : clause.Mention.Start - 1;
            if (clause.Cue.End != q.Token || that <= start || !tk[that].IsLowerWord || !tk[that].Has(WordGroup.Complementizer)) return null;
            var inner = q.Paragraph.InnerTokens(q.Paragraph.QuotationIndexOf(tk[q.Token]));
            int i = 0;
            while (i < inner.Count && !inner[i].IsWord) i++;
            if (i >= inner.Count || !inner[i].IsLowerWord || !inner[i].Has(WordTag.Preposition) || inner[i].Has(WordGroup.InfinitiveMarker) ||
                inner[i].Has(WordTag.Opener | WordTag.Relative | WordTag.ClauseStart))
                return null;
            // "… that Reyes had responded “in the end we did all we could”": words in the first person are the clause subject's own
            for (int k = i + 1; k < inner.Count; k++)
                if (inner[k].IsWord && (inner[k].Has(WordTag.FirstPerson) || inner[k].Has(WordClass.FirstPersonPlural))) return null;
            var outer = clauses.SubjectCueBefore(tk, that, start);
            return outer?.Cue.Verb != null && outer.Cue.Verb.States && outer.Cue.End <= that ? outer : null;
        }
    }
}
