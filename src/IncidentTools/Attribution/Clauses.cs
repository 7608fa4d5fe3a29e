using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>Where a reporting clause stands relative to what it attributes.</summary>
    internal enum CuePlace
    {
        /// <summary>Right after the quote: “…,” he said / said the minister.</summary>
        After,
        /// <summary>Before the quote in its sentence: X said that “…” / X said: “…” / According to X, … “…”.</summary>
        Before,
        /// <summary>At the end of the sentence: … “…” …, X said.</summary>
        SentenceEnd,
    }

    /// <summary>A reporting clause found in the tokens: the mention of the source and the cue.</summary>
    internal sealed class Clause
    {
        public Clause(Mention mention, CueMatch cue, CuePlace place)
        {
            Mention = mention;
            Cue = cue;
            Place = place;
        }

        public Mention Mention { get; }
        public CueMatch Cue { get; }
        public CuePlace Place { get; }
    }

    /// <summary>
    /// The clause grammar of news attribution over one paragraph's tokens: the reporting clauses
    /// around a quotation ("“…,” he said", "X said that “…”", "…, X said.", "Said X: “…”",
    /// "according to X"), sentence subjects and introductions. Every search looks at a bounded
    /// number of tokens. The rules of the attribution stage call these; they hold no state of their own.
    /// </summary>
    internal sealed class Clauses
    {
        private readonly MentionParser _parser;

        /// <summary>"…, saying “…”": the -ing form of a verb of speech, stance, concession, denial or naming.</summary>
        private static bool IsParticipleCue(string lower)
        {
            var v = Lexicon.Verb(lower);
            return v != null && v.IsParticiple && v.Has(VerbTag.Speech | VerbTag.Stance | VerbTag.Concession | VerbTag.Denial | VerbTag.Naming) && !v.Has(VerbTag.Manner);
        }

        /// <summary>A participle of a verb of judging ("blasting", "backing", "supporting"), no manner of speaking.</summary>
        private static bool IsJudgingParticiple(string lower) =>
            Lexicon.Verb(lower) is { } v && v.IsParticiple && v.Has(VerbTag.Judgement) && !v.Has(VerbTag.Manner);

        /// <summary>
        /// A participle of a verb of reported speech, stance, denial or judgement that introduces no quotation ("rejecting",
        /// "backing", "endorsing"), no manner of speaking.
        /// </summary>
        private static bool IsReportedParticiple(string lower) =>
            CueLexicon.Verb(lower) is { } v && v.Kind == VerbForm.Gerund && v.IsSpeech && v.Has(VerbTag.Reported);

        public Clauses(MentionParser parser) => _parser = parser;

        public MentionParser Mentions => _parser;

        /// <summary>The attribution right after the quote: “…,” he said / “…,” said X / “…,” according to X.</summary>
        public Clause? FindAfter(IReadOnlyList<Token> tk, int q, int end)
        {
            int j = q + 1;
            bool punct = false;
            while (j < end && tk[j].Kind == TokenKind.Punct && (tk[j].Is(",") || tk[j].Text.StartsWith("-", StringComparison.Ordinal) || tk[j].Is("—") || tk[j].Is("–")))
            {
                punct = true;
                j++;
            }
            if (j >= end) return null;
            bool open = punct || QuotationFacts.EndsOpen(tk[q].Text) || tk[j].IsLowerWord;
            if (!open) return null;
            // "passed on “inaccurate and unprofessional” reports that helped …": a quoted phrase closed with no comma, then a word
            // that may be a verb of speech and a "that": the word is the noun the phrase describes, and the "that" opens its
            // relative clause (neither an inverted verb and its subject, "reports that official", nor a verb that reports a
            // clause: a quotation is not what a "that" clause reports)
            if (!punct && !QuotationFacts.EndsOpen(tk[q].Text) && j + 1 < end && tk[j + 1].IsLowerWord && tk[j + 1].Has(WordGroup.Complementizer)) return null;
            return TryClause(tk, j, end, CuePlace.After);
        }

        /// <summary>
        /// "“… a battle of niches” Grubbs said.": a name or a pronoun right after the quotation, no comma between, and its
        /// reporting verb right after it (the subject's own words only: not "“…” director Jo Bell said", a description).
        /// </summary>
        public Clause? FindAfterWithoutComma(IReadOnlyList<Token> tk, int q, int end)
        {
            int j = q + 1;
            if (j >= end || !tk[j].IsCapitalized) return null;
            var subject = _parser.Parse(tk, j, end, inverted: false);
            if (subject == null || subject.Start != j || !(subject.Kind == MentionKind.Name || subject.IsPronoun) || subject.Title != null) return null;
            var c = _parser.ParseCue(tk, subject.Next, end, allowAdverbs: false);
            if (c == null || c.Start != subject.Next || c.Verb == null || c.Verb.Use == CueUse.Before) return null;
            return new Clause(subject, c, CuePlace.After);
        }

        /// <summary>
        /// "“… the emails that are missing.” Trump said.": a sentence of its own, right after a quotation that
        /// closed its sentence, that holds nothing but a source and its cue (and a time: "said Friday") is the
        /// quotation's attribution, written with a full stop where a comma belongs.
        /// </summary>
        public Clause? FindAloneAfter(IReadOnlyList<Token> tk, int q, int start, int end)
        {
            if (start != q + 1 || end - start > 10 || end < 2 || !tk[end - 1].Is(".")) return null;
            var c = TryClause(tk, start, end, CuePlace.After);
            if (c == null) return null;
            for (int k = Math.Max(c.Cue.End, c.Mention.Next); k < end - 1; k++)
                if (!(tk[k].IsWord && (tk[k].Has(WordTag.Calendar) || tk[k].Has(WordTag.Time)))) return null;
            return c;
        }

        /// <summary>
        /// False for a cue tagged closing (<see cref="VerbTag.Closing"/>: "began", "started") with a word or a quotation after it
        /// before the clause's end: "“…,” Ortiz began." and "began, …" attribute, "the woman who started the story" does not.
        /// </summary>
        private static bool EndsItsClause(IReadOnlyList<Token> tk, CueMatch cue, int end) =>
            cue.Verb == null || !cue.Verb.Has(VerbTag.Closing) || cue.End >= end || !tk[cue.End].IsWord && !tk[cue.End].IsQuote;

        private Clause? TryClause(IReadOnlyList<Token> tk, int j, int end, CuePlace source)
        {
            // according to X
            var acc = _parser.ParseAccordingTo(tk, j, end, out var accCue);
            if (acc != null && accCue != null && !acc.IsPronoun) return new Clause(acc, accCue, source);

            // said X / says the minister: a finite verb that inverts ("telling reporters", "adding that" do not)
            var cue = _parser.ParseCue(tk, j, end, allowAdverbs: false);
            if (cue != null && cue.Verb != null && cue.Verb.Use != CueUse.Before && cue.Verb.Has(VerbTag.Inverting) && !cue.Verb.IsParticiple)
            {
                var m = _parser.Parse(tk, cue.End, end, inverted: true);
                // "“Prices rose,” said the minister, Jo Bell.": the name after the description is the one who spoke
                if (m != null && NameAfterDescription(_parser, tk, m, end, closing: true, out _) is { } named) m = named;
                if (m != null && (!m.IsPronoun || m.Next >= end || tk[m.Next].Is(".") || tk[m.Next].Is(",")))
                    return new Clause(m, cue, source);
            }

            // he said / the official said / Mark Toner, a deputy State Department spokesman, told reporters
            var subject = _parser.Parse(tk, j, end, inverted: false);
            if (subject != null)
            {
                var relayed = QuotedAsSaying(tk, subject.Next, end, subject);
                if (relayed != null) return relayed;
                var c = _parser.ParseCue(tk, subject.Next, end, allowAdverbs: true);
                if (c != null && c.Verb != null && c.Verb.Use != CueUse.Before && EndsItsClause(tk, c, end)) return new Clause(subject, c, source);
                if (NameAfterDescription(tk, subject, end, out int afterName) is { } named)
                {
                    c = _parser.ParseCue(tk, afterName, end, allowAdverbs: true);
                    if (c != null && c.Start == afterName && c.Verb != null && c.Verb.Use != CueUse.Before && EndsItsClause(tk, c, end)) return new Clause(named, c, source);
                }
            }
            return null;
        }

        /// <summary>
        /// "his spokesman, Josh Earnest, told reporters", "the port's chief executive, Amir Khan, said": a singular description, a comma, and a
        /// name (of a person or an organisation) closed by a comma: the name is the one who speaks, the description its
        /// apposition. The name's mention (and in <paramref name="after"/> the token after its closing comma), or null.
        /// </summary>
        internal Mention? NameAfterDescription(IReadOnlyList<Token> tk, Mention description, int end, out int after) =>
            NameAfterDescription(_parser, tk, description, end, closing: false, out after);

        /// <summary>
        /// As <see cref="NameAfterDescription(IReadOnlyList{Token}, Mention, int, out int)"/>; with <paramref name="closing"/> the
        /// name may also close the clause, as after an inverted verb ("…, said the minister, Jo Bell." or "…, Jo Bell, who …"),
        /// but not open a list ("the minister, Jo Bell, and …").
        /// </summary>
        internal static Mention? NameAfterDescription(MentionParser parser, IReadOnlyList<Token> tk, Mention description, int end, bool closing, out int after)
        {
            after = -1;
            // a description, or an organisation's common noun ("the ministry, Foreign Affairs Canada,"), not a name
            bool described = description.Kind == MentionKind.Description || description.Kind == MentionKind.Organisation && tk[description.Start].IsLowerWord;
            if (!described || description.Plural) return null;
            int n = description.End + 1;
            // "a spokesman for the port, Amir Khan,", "our correspondent in Stenport, Jo Bell,": a phrase after the head, then the name
            bool phrase = description.Next != description.End;
            if (phrase && !PhraseBeforeName(tk, description, end, out n)) return null;
            // "one man, who gave his name as Ali Reza,", "a woman, identified only as Sara,": the name the person gave (words.txt
            // 'name-given', its comma after it if any), only a person's name
            int given = n < end && tk[n - 1].Is(",") ? NameGivenEnd(tk, n, end) : -1;
            if (given > 0) n = given;
            if (n >= end || !tk[n - 1].Is(",") && given < 0 || !tk[n].IsCapitalized) return null;
            var name = parser.Parse(tk, n, end, inverted: false);
            if (name == null || name.Start != n || !(name.Kind == MentionKind.Name || name.Kind == MentionKind.Organisation) || name.Next != name.End) return null;
            if (given > 0 && name.Kind != MentionKind.Name) return null;
            // after a phrase, only a person's name: "a spokesman for the airline, EgyptAir," names the airline; and after a phrase
            // that ends on a place, a name with a title or a given name ("a woman in Worcester, Massachusetts," goes on with the place)
            if (phrase && (name.Kind != MentionKind.Name || tk[n - 2].IsCapitalized && name.Title == null && !Lexicon.IsGivenName(tk[n].Text))) return null;
            if (closing && ClosesWithName(tk, name.Next, end)) { after = name.Next; }
            else if (name.Next + 1 >= end || !tk[name.Next].Is(",")) return null;
            else after = name.Next + 1;
            // the description is the name's role, as in "Josh Earnest, his spokesman,"
            if (name.Apposition == null) name.Apposition = RolePhrase.AsApposition(description);
            return name;
        }

        /// <summary>How many words the longest phrase of words.txt 'name-given' holds ("who asked to be identified only by his first name").</summary>
        private const int NameGivenWords = 10;

        /// <summary>
        /// The token after the words at <paramref name="n"/> that give a person's name (words.txt 'name-given': "who gave his name
        /// as", "identified only as"; the longest), past a comma right after them ("who gave only his first name, Ali"); -1 when none stand there.
        /// </summary>
        private static int NameGivenEnd(IReadOnlyList<Token> tk, int n, int end)
        {
            if (!tk[n].IsLowerWord) return -1;
            // (the phrases' words looked up one by one in place, not the words joined for each length)
            int g = Lexicon.NameGivenPhraseEnd(tk, n, Math.Min(NameGivenWords, end - n - 1));
            if (g < 0) return -1;
            return g < end && tk[g].Is(",") ? g + 1 : g;
        }

        /// <summary>
        /// For a description with a phrase after its head and no apposition ("a spokesman for the port"), true when the phrase
        /// closes with a comma (the token after it in <paramref name="n"/>) and does not end in a noun of a person ("a spokesman for
        /// the mayor, Jo Bell," may name the mayor), of an organisation or a title.
        /// </summary>
        private static bool PhraseBeforeName(IReadOnlyList<Token> tk, Mention description, int end, out int n)
        {
            n = description.Next;
            if (description.PostModifier == null || description.Apposition != null) return false;
            if (n < end && tk[n].Is(",")) n++;
            if (n - 2 <= description.End || n >= end || !tk[n - 1].Is(",")) return false;
            // (nor in an organisation's noun: "a spokesman for the airline, EgyptAir," names the airline)
            var last = tk[n - 2];
            return last.IsWord && !last.IsSpeakerNoun(out _, out _) && !last.IsOrganisationWord && MentionParser.MatchTitle(tk, n - 2, n - 1, out _) == 0;
        }

        /// <summary>True when the name ending before <paramref name="k"/> closes its clause: the sentence ends, or a comma follows that opens no list.</summary>
        private static bool ClosesWithName(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k >= end || tk[k].Is(".") || tk[k].Is(";")) return true;
            return tk[k].Is(",") && k + 1 < end && !(tk[k + 1].IsLowerWord && tk[k + 1].Has(WordClass.ListCoordinator));
        }

        /// <summary>
        /// "… quoted the minister as saying": the cue at k is a form of "quote", and the speaker is its object,
        /// followed by "as saying" (or "as telling"). Null otherwise.
        /// </summary>
        public Clause? QuotedAsSaying(IReadOnlyList<Token> tk, int k, int end, Mention? subject = null)
        {
            // "… quoted the minister as saying", "Braynard is quoted as saying"
            while (k < end && k < tk.Count && tk[k].IsWord && tk[k].Has(WordClass.QuotedLead)) k++;
            if (k >= end || !tk[k].IsWord || !tk[k].Has(WordClass.QuoteForm)) return null;
            // the passive, "X is quoted as saying": the subject is the speaker
            if (subject != null && k + 2 < end && tk[k].Has(WordClass.QuoteForm) && tk[k].Has(WordTag.Hearsay) && tk[k + 1].IsWord && tk[k + 1].Has(WordGroup.AsLink) && tk[k + 2].IsWord && tk[k + 2].Has(WordClass.QuotedAs))
                return new Clause(subject, new CueMatch(MentionParser.Join(tk, k, k + 3), k, k + 3, Lexicon.Verb("said")), CuePlace.After);
            var m = _parser.Parse(tk, k + 1, end, inverted: false);
            if (m == null || m.IsPronoun && Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun)) return null;
            int a = m.Next;
            if (a + 1 < end && tk[a].IsWord && tk[a].Has(WordGroup.AsLink) && tk[a + 1].IsWord && tk[a + 1].Has(WordClass.QuotedAs))
                return new Clause(m, new CueMatch(tk[k].Text + " … as " + tk[a + 1].Text, k, a + 2, Lexicon.Verb("said")), CuePlace.After);
            return null;
        }

        /// <summary>The attribution at the end of the quote's sentence: … “…” in the area, Clark said.</summary>
        public Clause? FindAtSentenceEnd(IReadOnlyList<Token> tk, int q, int end)
        {
            for (int k = end - 1; k > q && end - k <= 17; k--)
            {
                // a nickname inside the speaker's name ("Joanna “Jo” Lund") is no other quotation
                if (tk[k].IsQuote && !MentionParser.IsNickname(tk, k)) return null;
                if (!tk[k].Is(",")) continue;
                if (end - k > 16) return null;
                var a = TryClause(tk, k + 1, end, CuePlace.SentenceEnd);
                if (a != null && !RelativeAboutWhatWentBefore(tk, k + 1, end))
                {
                    // the clause must close the sentence: only a short adverbial may follow the cue
                    if (end - Math.Max(a.Cue.End, a.Mention.Next) <= 8) return a;
                }
            }
            return null;
        }

        /// <summary>How many words may stand between the comma and the relative word of <see cref="RelativeAboutWhatWentBefore"/> ("remarks", "a claim", "an account the").</summary>
        private const int NounBeforeRelativeWords = 3;

        /// <summary>
        /// "…, remarks that Pakistani officials said had not helped", "…, a claim which the ministry said was false": a noun of no
        /// speaker right after the comma (within <see cref="NounBeforeRelativeWords"/> words) and a relative word of things
        /// ("that", "which": words.txt 'thing-relative') after it make the clause a relative one about what went
        /// before: its subject speaks of the remarks, and is not the quotation's source.
        /// </summary>
        private static bool RelativeAboutWhatWentBefore(IReadOnlyList<Token> tk, int from, int end)
        {
            for (int j = from + 1; j < end && j < tk.Count && j - from <= NounBeforeRelativeWords; j++)
            {
                if (!tk[j - 1].IsLowerWord) return false;
                if (tk[j].IsLowerWord && tk[j].Has(WordClass.ThingRelative) && !tk[j - 1].IsSpeakerNoun(out _, out _) &&
                    !tk[j - 1].Has(WordClass.ThingRelative) && !Lexicon.Is(tk[j - 1].Lower, WordClass.Article))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// “You squeezed employees” to drive up the price, she said, referencing …: the first reporting clause
        /// between commas after the quotation, before any other quotation, at most twenty tokens on. The
        /// clause ends at a comma, a full stop or the sentence's end, after a short phrase of place or time if one follows
        /// its cue ("The mayor's “blunders” are shameful, Lund said Tuesday in Dover, noting …": <see cref="PlaceOrTimePhraseEnd"/>).
        /// </summary>
        public Clause? FindMedial(IReadOnlyList<Token> tk, int q, int end)
        {
            for (int k = q + 1; k < end && k - q <= 20; k++)
            {
                if (tk[k].IsQuote && !MentionParser.IsNickname(tk, k) || tk[k].Is(";") || tk[k].Is(":")) return null;
                if (!tk[k].Is(",")) continue;
                var a = TryClause(tk, k + 1, end, CuePlace.SentenceEnd);
                if (a == null) continue;
                int after = Math.Max(a.Cue.End, a.Mention.Next);
                while (after < end && after - Math.Max(a.Cue.End, a.Mention.Next) < 3 && tk[after].IsWord && (tk[after].Has(WordTag.Calendar | WordTag.CueAdverb) || Lexicon.IsAdverb(tk[after].Text))) after++;
                if (after < end && tk[after].IsWord && tk[after].Has(WordClass.PlaceOrTimeLead)) after = PlaceOrTimePhraseEnd(tk, after, end);
                if (after >= end || tk[after].Is(",") || tk[after].Is(".")) return a;
            }
            return null;
        }

        /// <summary>How many tokens a phrase of place or time after a medial cue may hold ("at a town hall in Dover on Monday": 7).</summary>
        private const int PlaceOrTimePhraseReach = 8;

        /// <summary>
        /// "… Lund said at a town hall on Monday, “…”": the end of the phrase of place or time that the word at
        /// <paramref name="p"/> opens (<c>place-or-time-lead</c>), the comma or full stop after at most
        /// <see cref="PlaceOrTimePhraseReach"/> tokens; <paramref name="p"/> itself when the words run on into a clause (a
        /// quotation, a clause mark, a finite verb, "that" or a relative pronoun: "said in a letter that the pier …").
        /// </summary>
        private static int PlaceOrTimePhraseEnd(IReadOnlyList<Token> tk, int p, int end)
        {
            for (int j = p + 1; j < end && j - p <= PlaceOrTimePhraseReach; j++)
            {
                var t = tk[j];
                if (t.Is(",") || t.Is(".")) return j > p + 1 ? j : p;
                if (t.IsQuote || t.Is(";") || t.Is(":") || t.Is("(") || t.IsDash) return p;
                if (t.IsLowerWord && (t.Has(WordClass.RelativePronoun) || t.Has(WordGroup.Complementizer) || t.Has(WordTag.Finite) || t.CueVerb is { IsParticiple: false })) return p;
            }
            return end - p - 1 <= PlaceOrTimePhraseReach && end > p + 1 ? end : p;
        }

        /// <summary>
        /// "footage of Jo Bell saying, “…”": a person's name right before a participle of speech that introduces
        /// the quotation (only an adverbial phrase and a comma or colon between).
        /// </summary>
        public Clause? NameThenParticiple(IReadOnlyList<Token> tk, int q, int start)
        {
            if (NameAsideColon(tk, q, start) is { } aside) return aside;
            for (int p = q - 1; p > start && q - p <= 8; p--)
            {
                var t = tk[p];
                if (t.IsQuote) return null;
                var v = t.IsLowerWord ? t.CueVerb : null;
                if (v == null) continue;
                if (!v.IsParticiple || !v.States) return null;
                for (int x = p + 1; x < q; x++)
                    if (tk[x].IsWord && tk[x].IsVerbForm) return null;
                // ("… reminds me of Jo Bell saying that “…”": a "that" may stand between the participle and the quotation)
                if (!(q == p + 1 || tk[q - 1].Is(",") || tk[q - 1].Is(":") || q == p + 2 && tk[p + 1].IsLowerWord && tk[p + 1].Has(WordGroup.Complementizer))) return null;
                if (!tk[p - 1].IsCapitalized) return null;
                int x0 = p - 1;
                while (x0 - 1 >= start && p - x0 < 4 && (tk[x0 - 1].IsCapitalized || MentionParser.IsNameParticle(tk[x0 - 1].Text))) x0--;
                for (; x0 < p; x0++)
                {
                    var m = _parser.Parse(tk, x0, p, inverted: false);
                    if (m != null && m.Kind == MentionKind.Name && m.Next == p)
                        return new Clause(m, new CueMatch(t.Text, p, p + 1, v), CuePlace.Before);
                }
                return null;
            }
            return null;
        }

        /// <summary>How many tokens may stand from the participle of an aside to the quotation after its colon ("speaking on the BBC's evening programme:").</summary>
        private const int AsideColonReach = 9;

        /// <summary>
        /// "Jo Bell, speaking on our channel: “…”": a sentence that opens with a person's name, then its comma and a participle of
        /// speech that opens an aside (words.txt 'aside-participle', a verb's form) with its phrase (no verb, comma or quotation)
        /// up to the colon right before the quotation: the name introduces it, as "Jo Bell said:" does. Null when not so.
        /// </summary>
        private Clause? NameAsideColon(IReadOnlyList<Token> tk, int q, int start)
        {
            if (q - 1 <= start || !tk[q - 1].Is(":")) return null;
            for (int p = q - 2; p > start + 1 && q - p <= AsideColonReach; p--)
            {
                var t = tk[p];
                if (t.IsLowerWord && t.Has(WordGroup.AsideParticiple))
                {
                    if (!tk[p - 1].Is(",") || Lexicon.AnyVerb(t.Lower) is not { } verb) return null;
                    var m = _parser.Parse(tk, start, p - 1, inverted: false);
                    if (m == null || m.Start != start || m.Kind != MentionKind.Name || m.Next < p - 1) return null;
                    return new Clause(m, new CueMatch(t.Text, p, p + 1, verb), CuePlace.Before);
                }
                if (t.IsQuote || t.Is(",") || t.Is(";") || t.Is(":") || t.IsWord && t.IsVerbForm) return null;
            }
            return null;
        }

        /// <summary>
        /// How many tokens an introductory phrase before the comma may hold ("With leaders increasingly worried about a lack
        /// of passion for Clinton among young black voters, Obama is …": 17).
        /// </summary>
        private const int MaxIntroPhrase = 24;

        /// <summary>How many words a body's name may hold before the possessive of <see cref="AccountOwner"/> ("The Pakistani army's").</summary>
        private const int AccountOwnerWords = 4;

        /// <summary>
        /// "The army's version begins with …", "the Pentagon's account differs": the possessor (a body, read as the owner of a
        /// document is, <see cref="MentionParser.PossessiveAuthor"/>) of the noun of a side's telling (words.txt statement-noun,
        /// no document: a document owned so is its author's subject already) that opens the sentence as its subject, the
        /// verb or an "of" after it; null when the sentence does not open so.
        /// </summary>
        public static Mention? AccountOwner(IReadOnlyList<Token> tk, int start, int end)
        {
            int s = SkipIntro(tk, start, end);
            int p = s;
            while (p < end && p - s < AccountOwnerWords && !tk[p].EndsInApostropheS) p++;
            if (p >= end || p - s >= AccountOwnerWords || p + 2 >= end || !tk[p].EndsInApostropheS) return null;
            // (the possessive ends the sentence's opening noun phrase: "What is the government's answer?" opens with a question,
            // whose "is" ends any phrase before it)
            for (int x = s; x < p; x++)
                if (tk[x].IsWord && tk[x].Has(WordTag.NpStop | WordTag.Auxiliary)) return null;
            var noun = tk[p + 1];
            if (!noun.IsLowerWord || noun.IsDocumentWord || !noun.Has(WordTag.StatementNoun) || !tk[p + 2].IsLowerWord) return null;
            bool the = tk[s].IsWord && tk[s].Has(WordGroup.DefiniteArticle);
            // (a body: "the army's", "the Pentagon's"; not a person's, "Mrs. Clinton's position", whom "it" never stands for)
            var body = Possessive.Strip(tk[p].Text);
            if (!Lexicon.IsOrganisationWord(body) && !Lexicon.IsKnownOrganisation(Possessive.Strip(MentionParser.Join(tk, the ? s + 1 : s, p + 1)))) return null;
            var d = new Mention { Kind = MentionKind.Description, Head = noun.Lower, Start = s, End = p + 2, CharStart = tk[s].Start, CharEnd = noun.End, Determiner = the ? tk[s].Lower : "" };
            for (int x = the ? s + 1 : s; x <= p; x++) d.AddModifier(tk[x].Text);
            d.Text = MentionParser.Join(tk, s, p + 2);
            return d.Modifiers.Count == 0 ? null : MentionParser.PossessiveAuthor(d);
        }

        /// <summary>Skips "And", "Meanwhile,", "In a statement," and the like at a clause start.</summary>
        public static int SkipIntro(IReadOnlyList<Token> tk, int s, int limit)
        {
            s = AfterColonDateline(tk, AfterTimeStamp(tk, s, limit), limit);
            for (int guard = 0; guard < 3 && s < limit; guard++)
            {
                var t = tk[s];
                // "Second, the review describes …": the number of a point in a list, before its comma
                if (t.IsWord && t.Has(WordGroup.Ordinal) && s + 2 < limit && tk[s + 1].Is(","))
                {
                    s += 2;
                    continue;
                }
                if (IsTimeOpening(tk, s, limit))
                {
                    // "Hours later, she issued …"
                    s += 3;
                    continue;
                }
                if (t.IsWord && Lexicon.IsAdverb(t.Text) && s + 1 < limit && (tk[s + 1].IsCapitalized || tk[s + 1].Is(",") ||
                                                                              tk[s + 1].IsLowerWord && tk[s + 1].Has(WordTag.Subordinator)) ||
                    MentionParser.CueAdverbBeforeOpening(tk, s, limit))
                {
                    // "Reportedly, Reyes told …", "Apparently Reyes said …", "Shortly after the vote, …", "Ever since the vote, …": a sentence adverb
                    s++;
                    if (s < limit && tk[s].Is(",")) s++;
                    continue;
                }
                if (t.IsWord && t.Has(WordTag.Intro) && !(s + 1 < limit && tk[s + 1].IsWord && tk[s + 1].CueVerb != null && t.Has(WordGroup.SequenceAdverb)))
                {
                    s++;
                    if (s < limit && tk[s].Is(",")) s++;
                    continue;
                }
                // "A few days later, Kell said …": a phrase of time before its comma
                if (t.IsWord && !t.Has(WordTag.IntroPhrase) && Rules.ReportedSpeech.TimePhraseComma(tk, s, limit) is int c && c >= 0)
                {
                    s = c + 1;
                    continue;
                }
                // "In January the army issued …", "On Monday the ministry said …": a date phrase with no comma after it
                if (CalendarOpeningEnd(tk, s, limit) is int after)
                {
                    s = after;
                    continue;
                }
                // "…, and since 2008 she has told …", "In 2016 Reyes said …": a year after its preposition, with no comma after it
                if (YearOpeningEnd(tk, s, limit) is int afterYear)
                {
                    s = afterYear;
                    continue;
                }
                // "A few days ago he blasted …", "Two weeks later Lund told …": a phrase of time with no comma after it
                if (TimeOpeningEnd(tk, s, limit) is int afterTime)
                {
                    s = afterTime;
                    continue;
                }
                if (t.IsWord && t.Has(WordTag.IntroPhrase))
                {
                    int k = s + 1;
                    // (a quotation inside the phrase ends it only with the writer's comma inside its marks: "From his “…” in Iowa to …")
                    while (k < limit && k - s < MaxIntroPhrase && !tk[k].Is(",") && !(tk[k].IsQuote && (QuotationFacts.EndsWithComma(tk[k].Text) || !PhraseWithoutClause(tk, s + 1, k)))) k++;
                    if (k < limit && tk[k].Is(","))
                    {
                        s = AfterPlaceRelative(tk, AfterStateOfTown(tk, k, limit), limit);
                        continue;
                    }
                    // "From his speech to his call for a “deportation force,” Will described …": a phrase that closes on a
                    // quotation with the writer's comma inside the marks ends there too, before the capitalised subject
                    if (k + 1 < limit && tk[k].IsQuote && QuotationFacts.EndsWithComma(tk[k].Text) && tk[k + 1].IsCapitalized && PhraseWithoutClause(tk, s + 1, k))
                    {
                        s = k + 1;
                        continue;
                    }
                }
                break;
            }
            return s;
        }

        /// <summary>
        /// "In the bazaar in Quetta, where the news was discussed, Gul Nawaz …", "At the hearing, which ran for hours, the senator
        /// …": after an opening phrase's comma, a relative clause on its last noun (a relative word that is no determiner: not
        /// the "that" of "In March, that plan …"), set off by its own comma within <see cref="MaxIntroPhrase"/> tokens, with no
        /// quotation in it, before a capitalised word: the token after that comma (the sentence's subject); else <paramref name="s"/>.
        /// </summary>
        private static int AfterPlaceRelative(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s >= limit || !tk[s].IsLowerWord || !tk[s].Has(WordTag.Relative) || tk[s].Has(WordTag.Determiner)) return s;
            for (int k = s + 1; k < limit && k - s < MaxIntroPhrase; k++)
            {
                if (tk[k].IsQuote) return s;
                if (tk[k].Is(",")) return k + 1 < limit && tk[k + 1].IsCapitalized ? k + 1 : s;
            }
            return s;
        }

        /// <summary>
        /// After the comma at <paramref name="comma"/> that closes an opening phrase on a town ("At a rally in Salem, …"): the token
        /// after the state or country that names the town's place, set off by its own comma ("Oregon, ", "N.H., ", "New
        /// Mexico, ", "France, "), which is part of the phrase, not the sentence's subject ("At a rally in Salem, Oregon, the
        /// candidate said …"); the token after the comma when no such place follows, or the phrase ends on no capitalised word
        /// ("In a statement, France, Germany and Italy said …" is a list of subjects).
        /// </summary>
        private static int AfterStateOfTown(IReadOnlyList<Token> tk, int comma, int limit)
        {
            int s = comma + 1;
            if (comma == 0 || !tk[comma - 1].IsCapitalized) return s;
            for (int n = 1; n <= PlaceOfTownWords && s + n < limit; n++)
            {
                if (!tk[s + n - 1].IsCapitalized) break;
                if (!tk[s + n].Is(",")) continue;
                var place = MentionParser.Join(tk, s, s + n);
                return s + n + 1 < limit && (Lexicon.IsUsState(place) || CountryTable.Find(place) != null) ? s + n + 1 : s;
            }
            return s;
        }

        /// <summary>
        /// "since 2008 she has told …", "In 2016 Reyes said …", "after 2010 the board said …": at <paramref name="s"/> a word that opens
        /// a phrase (words.txt <c>intro-phrase</c>: "since", "in", "after") and a year, written with no comma before the subject: a
        /// subject pronoun, a capitalised word that is no date word, or a determiner. Where a clause opens at the year itself (after
        /// "since", which opens clauses too: "since | 2008 she has told"), the year alone before a subject pronoun. The index of the
        /// subject, else null.
        /// </summary>
        public static int? YearOpeningEnd(IReadOnlyList<Token> tk, int s, int limit)
        {
            int y = s < limit && tk[s].IsWord && tk[s].Has(WordTag.IntroPhrase) ? s + 1 : s;
            if (y + 1 >= limit || !Rules.ReportedSpeech.IsYear(tk[y]) || !tk[y + 1].IsWord) return null;
            var next = tk[y + 1];
            if (CueLexicon.IsSubjectPronounNotIt(next)) return y + 1;
            if (y == s) return null;
            return next.IsCapitalized && !next.Has(WordTag.Calendar) || next.IsLowerWord && next.Has(WordTag.Determiner) ? y + 1 : null;
        }

        /// <summary>
        /// "A few days ago he blasted …", "Two weeks later Lund told …", "Hours earlier the board said …", "A week ago in an interview
        /// he said …": at <paramref name="s"/> a phrase of time that closes on an amount of time (a word tagged time: "days",
        /// "weeks") and a time-end word ("ago", "later", "earlier"; <see cref="Rules.ReportedSpeech.IsTimePhrase"/>: words only, no
        /// verb), that no preposition opens, written with no comma before what follows: a
        /// subject pronoun, a capitalised word that is no date word, a determiner, or a preposition that opens another phrase
        /// (words.txt <c>intro-phrase</c>). The index of the token after the phrase, else null. Not "A week later is too late"
        /// (a verb follows: the phrase is the subject).
        /// </summary>
        public static int? TimeOpeningEnd(IReadOnlyList<Token> tk, int s, int limit)
        {
            // (a phrase of its own, not the end of one that a preposition opens: "In a Fox interview later that day, …")
            if (s >= limit || !tk[s].IsWord || tk[s].Has(WordTag.IntroPhrase)) return null;
            for (int e = s + 2; e < limit && e - s <= TimePhraseWithoutCommaWords; e++)
            {
                if (!tk[e - 1].IsLowerWord || !tk[e - 1].Has(WordTag.TimeEnd)) continue;
                // an amount of time right before the time-end word: "days ago", "two weeks later"
                if (!tk[e - 2].IsWord || !tk[e - 2].Has(WordTag.Time)) return null;
                if (!Rules.ReportedSpeech.IsTimePhrase(tk, s, e) || !tk[e].IsWord) return null;
                var next = tk[e];
                if (CueLexicon.IsSubjectPronounNotIt(next)) return e;
                if (next.IsCapitalized) return next.Has(WordTag.Calendar) ? null : e;
                return next.IsLowerWord && (next.Has(WordTag.Determiner) || next.Has(WordTag.IntroPhrase) && !next.Has(WordTag.TimeEnd)) ? e : null;
            }
            return null;
        }

        /// <summary>How many words a phrase of time written without its comma may hold ("a few more days later": 5).</summary>
        private const int TimePhraseWithoutCommaWords = 5;

        /// <summary>How many words the state or country after a town may hold ("New Mexico": 2; "Democratic Republic of Congo" is no town's place here).</summary>
        private const int PlaceOfTownWords = 2;

        /// <summary>How many words a date may hold after its preposition ("in late December 2011": 3).</summary>
        private const int CalendarOpeningWords = 3;

        /// <summary>
        /// "In January the army issued …", "On Monday the ministry said …", "In December 2011 Pakistan closed …": a phrase of a
        /// preposition of setting or a time-lead word ("on", "last") and a date (a month or day name, with a day, a year or a time-lead word), written with no
        /// comma before the subject: the index of the subject after it (a determiner or a capitalised word), else null.
        /// </summary>
        public static int? CalendarOpeningEnd(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s + 2 >= limit || !tk[s].IsWord || !(tk[s].Has(WordGroup.Setting) && tk[s].Has(WordTag.IntroPhrase) || tk[s].Has(WordTag.TimeLead))) return null;
            int k = s + 1;
            bool calendar = false;
            while (k < limit && k - s <= CalendarOpeningWords && (tk[k].IsWord && (tk[k].Has(WordTag.Calendar) || tk[k].IsLowerWord && tk[k].Has(WordTag.TimeLead)) || tk[k].IsDigits))
            {
                calendar |= tk[k].IsWord && tk[k].Has(WordTag.Calendar);
                k++;
            }
            if (!calendar || k >= limit || !tk[k].IsWord) return null;
            return tk[k].IsCapitalized && !tk[k].Has(WordTag.Calendar) || tk[k].IsLowerWord && tk[k].Has(WordTag.Determiner) ? k : null;
        }

        /// <summary>
        /// True when [a, e) holds no clause of its own: no finite auxiliary, no past form of a reporting verb and no subject
        /// pronoun ("his speech in Iowa to his call for a federal", not "he said the plan was").
        /// </summary>
        private static bool PhraseWithoutClause(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsLowerWord) continue;
                if (t.Has(WordTag.Finite) || t.Has(WordClass.PersonSubject) || t.CueVerb is { } v && v.IsPast) return false;
            }
            return true;
        }

        /// <summary>
        /// After a live blog's time stamp that opens a sentence, "13.08 Tony Fernandes has been speaking …", "9:41 a.m. -- Brig.
        /// Gen. Clark is on the line": the first token of the entry; <paramref name="s"/> when there is no time stamp. The stamp
        /// is the blog's, neither a subject nor part of what anyone said.
        /// </summary>
        public static int AfterTimeStamp(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s + 1 < limit && tk[s].IsWord && char.IsDigit(tk[s].Text[0]) && tk[s].Text.All(ch => char.IsDigit(ch) || ch == '.' || ch == ':') &&
                tk[s].Text.Length >= 4 && tk[s + 1].IsCapitalized)
                s++;
            // "9:41 a.m. -- Brig. Gen. Clark is on the line", "2:40 p.m. -- Some context: Officers have said …"
            int k = AfterClockStamp(tk, s, limit);
            // "Dec. 22, 2011 -- The ministry publishes …": a timeline's dated entry
            return k == s ? AfterDateStamp(tk, s, limit) : k;
        }

        /// <summary>How many words in capitals a dateline's place may hold ("DERA GHAZI KHAN").</summary>
        private const int DatelinePlaceWords = 3;

        /// <summary>How many words the bracket after a dateline's place may hold ("(Monday)", "(Our Correspondent)").</summary>
        private const int DatelineBracketWords = 3;

        /// <summary>
        /// "RAWALPINDI: The army said …", "LAHORE (Monday): …", "PESHAWAR, Pakistan: …", "WASHINGTON, Dec 22: …", "MAZAR-I-SHARIF: …",
        /// "Dera Ismail Khan, April 17: …" (a place in ordinary case only with its date): after a
        /// dateline left in the text at the paragraph's first token, a place in capitals that is a known capital, city or country
        /// (cities.txt, the country table), an optional country and an optional date after commas and an optional short bracket,
        /// then a colon and a capitalised word: the first
        /// token after the colon. Like a time stamp it is the writer's, no subject; a speaker's label ("TRUMP: …") names no place.
        /// <paramref name="s"/> when there is none.
        /// </summary>
        public static int AfterColonDateline(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s != 0) return s;
            int k = s;
            // ("MAZAR-I-SHARIF": a hyphenated name in capitals is one word of the place)
            while (k < limit && k - s < DatelinePlaceWords && tk[k].IsWord && tk[k].Text.Length > 1 && IsCapitalsOrHyphens(tk[k].Text)) k++;
            // "Dera Ismail Khan, April 17: …": a place in ordinary case, read only with its date after it (below)
            bool ordinaryCase = false;
            if (k == s)
            {
                while (k < limit && k - s < DatelinePlaceWords && tk[k].IsWord && tk[k].IsCapitalized) k++;
                ordinaryCase = true;
            }
            if (k == s || k >= limit) return s;
            // (the date a place in ordinary case needs is asked before the place is looked up: most paragraphs open with
            // capitalised words, and this is asked of each paragraph's opening by every rule that skips an intro)
            if (ordinaryCase && !(k + 1 < limit && tk[k].Is(",") && DatelineDateEnd(tk, k + 1, limit) > k + 1)) return s;
            var written = MentionParser.Join(tk, s, k);
            if (DatelineCountry.PlaceCountry(written) == null &&
                CountryTable.Find(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(written.ToLowerInvariant())) == null) return s;
            // ", Pakistan": the country after the place
            if (!ordinaryCase && k + 1 < limit && tk[k].Is(",") && tk[k + 1].IsCapitalized && CountryTable.Find(tk[k + 1].Text) != null) k += 2;
            // ", Dec 22", ", December 22, 2011": the date after the place (a month and a day or a year in digits)
            if (k + 1 < limit && tk[k].Is(",") && DatelineDateEnd(tk, k + 1, limit) is var dated && dated > k + 1) k = dated;
            else if (ordinaryCase) return s;
            // "(Monday)": a short bracket
            if (k < limit && tk[k].Is("("))
            {
                int c = k + 1;
                while (c < limit && c - k <= DatelineBracketWords && tk[c].IsWord) c++;
                if (c >= limit || c == k + 1 || !tk[c].Is(")")) return s;
                k = c + 1;
            }
            return k + 1 < limit && tk[k].Is(":") && (tk[k + 1].IsCapitalized || tk[k + 1].IsQuote) ? k + 1 : s;
        }

        /// <summary>True when every character of the word is a capital letter or a hyphen ("MAZAR-I-SHARIF").</summary>
        private static bool IsCapitalsOrHyphens(string word)
        {
            foreach (var ch in word)
                if (!char.IsUpper(ch) && ch != '-') return false;
            return true;
        }

        /// <summary>
        /// The token after a dateline's date that starts at <paramref name="s"/> ("Dec 22", "Dec. 22, 2011", "22 December"): at
        /// most <see cref="DateStampTokens"/> tokens of a month's name or abbreviation in capitals (the date's, with or without its
        /// full stop: <see cref="Corpus.DateStamp.IsMonthWord"/>), digits and inner commas, holding a month and digits, not ending
        /// on a comma; <paramref name="s"/> when there is none.
        /// </summary>
        private static int DatelineDateEnd(IReadOnlyList<Token> tk, int s, int limit)
        {
            int k = s;
            bool month = false, digits = false;
            while (k < limit && k - s < DateStampTokens && (tk[k].IsWord && Corpus.DateStamp.IsMonthWord(tk[k].Text) || tk[k].IsDigits || tk[k].Is(",") && k > s))
            {
                if (tk[k].IsDigits) digits = true;
                else if (tk[k].IsWord) month = true;
                k++;
            }
            if (k > s && tk[k - 1].Is(",")) k--;
            return month && digits ? k : s;
        }

        /// <summary>The mark after a live blog's clock time or a timeline's date, before the entry: a dash ("--", "—", "–", "-") or a colon.</summary>
        private static bool IsStampMark(Token t) => t.Is("--") || t.Is("—") || t.Is("–") || t.Is("-") || t.Is(":");

        /// <summary>
        /// True when the paragraph opens with a timeline entry's date (<see cref="AfterDateStamp"/>) or a live blog entry's
        /// clock time (<see cref="AfterClockStamp"/>, "09:30 GMT - The ministry says …"): an entry of its own.
        /// </summary>
        public static bool OpensDatedEntry(AnalysedParagraph p) =>
            p.Tokens.Count > 0 && (AfterDateStamp(p.Tokens, 0, p.Tokens.Count) > 0 || AfterClockStamp(p.Tokens, 0, p.Tokens.Count) > 0);

        /// <summary>How many tokens a phrase after the subject's head may take before a verb of meeting the press ("travelling with the foreign minister").</summary>
        private const int PressMeetingReach = 10;

        /// <summary>
        /// "A US official travelling with Clinton briefed reporters on the plane.", "The negotiator spoke to journalists outside
        /// the hall.", "Reyes has since told the press …": after the sentence's subject <paramref name="subject"/>, a verb of
        /// meeting the press (words.txt 'press-meeting', an auxiliary or an adverb before it) with the press as its audience
        /// ('press-audience', a determiner before it), the subject's words reaching the verb (right before it, or through a phrase
        /// after its head that the mention grammar reads up to it). The subject has the floor: a "he" or "she" that opens the
        /// next sentence stands for it as after its own words, though the sentence reports no words of it.
        /// </summary>
        public bool MetThePress(IReadOnlyList<Token> tk, Mention subject, int end)
        {
            int k = subject.Next;
            for (int v = k; v < end && v - k <= PressMeetingReach; v++)
            {
                if (!tk[v].IsLowerWord || !PressMeetingAt(tk, v, end)) continue;
                int w = k;
                while (w < v && tk[w].IsLowerWord && tk[w].Has(WordTag.Auxiliary | WordTag.CueAdverb)) w++;
                if (w == v || ParticiplePhrase(tk, k, v)) return true;
                var whole = _parser.Parse(tk, subject.Start, v, inverted: false);
                return whole != null && whole.Start == subject.Start && whole.Next == v;
            }
            return false;
        }

        /// <summary>How many words a predicate of taking a stand may hold ("took a harder line": 4).</summary>
        private const int StandTakenWords = 4;

        /// <summary>
        /// "A spokesman for the embassy went further.", "The minister was blunter.", "Reyes took a harder line.": right after the
        /// sentence's subject <paramref name="subject"/>, a predicate of taking a stand (words.txt 'stand-taken', two to
        /// <see cref="StandTakenWords"/> words in lower case) with nothing after it but the sentence's closing marks. The
        /// subject has the floor: the "he" or "she" of the quotation after it stands for it as after its own words, though the
        /// sentence reports no words of it.
        /// </summary>
        public static bool TookAStand(IReadOnlyList<Token> tk, Mention subject, int end) => StandTakenAfter(tk, subject.Next, end) >= 0;

        /// <summary>
        /// Where the predicate of taking a stand that <see cref="TookAStand"/> reads starts, after a subject whose mention ends
        /// before <paramref name="next"/> (the first token of a phrase of the subject's that opens with a preposition, or the
        /// predicate itself); -1 when there is none.
        /// </summary>
        private static int StandTakenAfter(IReadOnlyList<Token> tk, int next, int end)
        {
            // (the subject's words may go on past the mention in a phrase that opens with a preposition, "A spokesman for the
            // embassy in Paris", up to the predicate: words only, no finite verb, auxiliary or relative among them)
            for (int k = next; k < end && k - next <= PressMeetingReach; k++)
            {
                if (k > next && !(tk[next].IsLowerWord && tk[next].Has(WordTag.Preposition))) return -1;
                if (!tk[k].IsWord || tk[k].Has(WordTag.Relative)) return -1;
                // (the words are joined only when the first may open an entry of several words: most subjects' next word cannot)
                for (int n = 2; n <= StandTakenWords && k + n <= end && Lexicon.MayOpenPhrase(tk[k].Lower); n++)
                {
                    bool words = true;
                    for (int i = k; i < k + n && words; i++) words = tk[i].IsLowerWord;
                    if (!words) break;
                    if (!Lexicon.Is(MentionParser.Join(tk, k, k + n).ToLowerInvariant(), WordSense.StandTaken)) continue;
                    for (int i = k + n; i < end; i++)
                        if (tk[i].IsWord) return -1;
                    return k;
                }
                if (tk[k].Has(WordTag.Finite | WordTag.Auxiliary)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// "travelling with Clinton" between a subject's head and its verb (tokens <paramref name="k"/> to <paramref name="v"/>):
        /// a participle in -ing and words after it, with no mark, no finite verb or auxiliary and no relative among them.
        /// </summary>
        private static bool ParticiplePhrase(IReadOnlyList<Token> tk, int k, int v)
        {
            if (k >= v || !tk[k].IsLowerWord || !CueLexicon.EndsInIng(tk[k].Lower)) return false;
            for (int i = k + 1; i < v; i++)
                if (!tk[i].IsWord || tk[i].Has(WordTag.Finite | WordTag.Auxiliary | WordTag.Relative)) return false;
            return true;
        }

        /// <summary>A verb of meeting the press at <paramref name="v"/> ('press-meeting', one word or two) and the press after it ('press-audience', a determiner before it).</summary>
        private static bool PressMeetingAt(IReadOnlyList<Token> tk, int v, int end)
        {
            int k = v;
            if (k + 1 < end && tk[k + 1].IsLowerWord && Lexicon.IsPair(tk[k].Lower, tk[k + 1].Lower, WordSense.PressMeeting)) k += 2;
            else if (Lexicon.Is(tk[k].Lower, WordSense.PressMeeting)) k++;
            else return false;
            if (k < end && tk[k].IsLowerWord && tk[k].Has(WordTag.Determiner)) k++;
            return k < end && tk[k].IsLowerWord && Lexicon.Is(tk[k].Lower, WordSense.PressAudience);
        }

        /// <summary>How many tokens a timeline entry's date may hold before its dash ("Dec. 22 , 2011": 4; "22 December 2011": 3).</summary>
        private const int DateStampTokens = 4;

        /// <summary>
        /// After the date that opens a timeline's entry, "Nov. 26, 2011 -- The army closes …", "22 December 2011 – The
        /// ministry says …", "March 3: The board votes …": the first token of the entry; <paramref name="s"/> when there is
        /// none. The date is a month (a calendar word) with a day or a year in digits, written before a dash or a colon and
        /// a capitalised word or a quotation mark; like a live blog's clock time, it is the writer's, no subject.
        /// </summary>
        public static int AfterDateStamp(IReadOnlyList<Token> tk, int s, int limit)
        {
            int k = s;
            bool month = false, digits = false;
            while (k < limit && k - s < DateStampTokens && (tk[k].IsWord && tk[k].Has(WordTag.Calendar) && !tk[k].Has(WordTag.Time) || tk[k].IsDigits || tk[k].Is(",") && k > s))
            {
                if (tk[k].IsDigits) digits = true;
                else if (tk[k].IsWord) month = true;
                k++;
            }
            if (!month || !digits || k + 1 >= limit || tk[k - 1].Is(",")) return s;
            if (!IsStampMark(tk[k])) return s;
            k++;
            return tk[k].IsCapitalized || tk[k].IsQuote ? k : s;
        }

        /// <summary>"Hours later,", "Moments earlier,": a time word, a time adverb ("later", "earlier") and a comma at s.</summary>
        public static bool IsTimeOpening(IReadOnlyList<Token> tk, int s, int limit) =>
            s + 2 < limit && tk[s].IsWord && tk[s].Has(WordTag.Time) && tk[s + 1].IsLowerWord &&
            tk[s + 1].Has(WordTag.Intro) && tk[s + 1].Has(WordTag.CueAdverb) && tk[s + 2].Is(",");

        /// <summary>
        /// After a live blog's clock time that opens a sentence ("9:41 a.m. --", "14:05 —"): the first
        /// token of the entry, past a short label before a colon ("Some context:", "Worth noting:") when a
        /// capitalised word follows it. <paramref name="s"/> when there is no clock time.
        /// </summary>
        public static int AfterClockStamp(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s + Tokenizer.ClockTimeTokens >= limit || !Tokenizer.IsClockTimeAt(tk, s)) return s;
            int k = s + Tokenizer.ClockTimeTokens;
            // ("a.m.", and "pm" as a word of its own: the half of the day)
            if (k < limit && tk[k].IsWord && (tk[k].Has(WordTag.Time) || tk[k].IsLowerWord && Lexicon.Is(tk[k].Lower, WordSense.Meridiem))) k++;
            // "09:30 GMT -", "14:05 EST —": the time zone, a short word in capitals, before the mark
            if (k + 1 < limit && Tokenizer.IsTimeZone(tk[k]) && IsStampMark(tk[k + 1])) k++;
            // "2:02 p.m. A U.S. defense official said …": a time with its half of the day needs no mark before the entry
            if (k < limit && !IsStampMark(tk[k]) && MeridiemStamp(tk, s, k)) return k;
            if (k >= limit || !IsStampMark(tk[k])) return s;
            k++;
            int colon = k;
            while (colon < limit && colon - k < 3 && tk[colon].IsWord) colon++;
            if (colon > k && colon + 1 < limit && tk[colon].Is(":") && tk[colon + 1].IsCapitalized) return colon + 1;
            return k < limit && (tk[k].IsCapitalized || tk[k].IsQuote) ? k : s;
        }

        /// <summary>
        /// True when the clock time at <paramref name="s"/> ends with its half of the day ("9:41 a.m.", "11:00 pm") right before
        /// <paramref name="k"/>, and a capitalised word or a quotation mark opens the entry there: a live blog's stamp written
        /// with no mark after it ("2:02 p.m. A U.S. defense official said …").
        /// </summary>
        private static bool MeridiemStamp(IReadOnlyList<Token> tk, int s, int k) =>
            k == s + Tokenizer.ClockTimeTokens + 1 && tk[k - 1].IsLowerWord && Lexicon.Is(tk[k - 1].Lower, WordSense.Meridiem) &&
            (tk[k].IsCapitalized || tk[k].IsQuote);

        /// <summary>
        /// True when the colon at <paramref name="k"/> is the one of a clock time written close up ("2:02", "11:05"): no mark
        /// that opens a clause.
        /// </summary>
        public static bool IsClockColon(IReadOnlyList<Token> tk, int k) =>
            k > 0 && k + 1 < tk.Count && Tokenizer.IsClockTimeAt(tk, k - 1) && tk[k - 1].End == tk[k].Start && tk[k].End == tk[k + 1].Start;

        /// <summary>
        /// The attribution before the quote in its sentence, all patterns together (for a colon
        /// introduction): "Said X:", the nearest of "X said" and "according to X" / "learned from X",
        /// then "This week Ed told …", then "X blasted the plan, saying".
        /// </summary>
        public Clause? FindBefore(IReadOnlyList<Token> tk, int q, int start)
        {
            var inverted = InvertedIntroduction(tk, q, start);
            if (inverted != null) return inverted;
            var subject = SubjectCueBefore(tk, q, start);
            var other = Nearest(AccordingToBefore(tk, q, start), HeardFrom(tk, q, start));
            var best = subject == null ? other : other == null || subject.Cue.Start > other.Cue.Start ? subject : other;
            return best ?? NameBeforeCue(tk, q, start) ?? ParticipleBefore(tk, q, start);
        }

        private static Clause? Nearest(Clause? a, Clause? b) => a == null ? b : b == null ? a : a.Cue.Start >= b.Cue.Start ? a : b;

        /// <summary>The first token a reporting clause before quote q may start at: its sentence start, at most 60 tokens back.</summary>
        private static int Window(int q, int start) => Math.Max(start, q - 60);

        /// <summary>"According to X, … “…”": the nearest "according to" before the quote in its sentence.</summary>
        public Clause? AccordingToBefore(IReadOnlyList<Token> tk, int q, int start)
        {
            Clause? best = null;
            for (int k = Window(q, start); k < q - 2; k++)
            {
                var acc = _parser.ParseAccordingTo(tk, k, q, out var accCue);
                if (acc != null && accCue != null && !acc.IsPronoun) best = new Clause(acc, accCue, CuePlace.Before);
            }
            return best;
        }

        /// <summary>
        /// "According to the paper, he said the crews had not left their posts …, and that the town would not accept “…”": an
        /// "according to X" that opens the sentence (<paramref name="according"/>, found before the quotation at <paramref name="q"/>)
        /// and, right after its comma, a subject and a finite verb of speech: a press digest's channel and the inner reporting clause,
        /// whose subject is the one who spoke. That clause, when no new clause with a subject of its own stands between its verb and
        /// the quotation; else null.
        /// </summary>
        public Clause? ReportingClauseAfterAccordingTo(IReadOnlyList<Token> tk, Clause according, int q, int start)
        {
            if (according.Cue.Start != start) return null;
            int s = according.Mention.Next;
            if (s < q && tk[s].Is(",")) s++;
            if (s >= q || !tk[s - 1].Is(",")) return null;
            var m = _parser.Parse(tk, s, q, inverted: false);
            if (m == null || m.Start != s || m.Next >= q) return null;
            var cue = _parser.ParseCue(tk, m.Next, q, allowAdverbs: true);
            if (cue?.Verb == null || cue.Start != m.Next || !cue.Verb.States || cue.Verb.IsParticiple || cue.Verb.Use == CueUse.After || cue.End >= q) return null;
            for (int k = cue.End; k < q; k++)
                if (tk[k].IsQuote || tk[k].Is(";") || tk[k].Is(":")) return null;
            return NewClauseBetween(tk, cue.End, q) ? null : new Clause(m, cue, CuePlace.Before);
        }

        /// <summary>"… learned from a Pentagon representative that “…”": the nearest hearsay verb with "from X".</summary>
        public Clause? HeardFrom(IReadOnlyList<Token> tk, int q, int start)
        {
            Clause? best = null;
            for (int k = Window(q, start); k < q - 2; k++)
            {
                if (!tk[k].IsWord || !tk[k].Has(WordTag.Hearsay)) continue;
                int f = k + 1;
                while (f < q && f - k < 3 && tk[f].IsWord && Lexicon.IsAdverb(tk[f].Text)) f++;
                if (f < q && tk[f].IsWord && tk[f].Has(WordGroup.SourceFrom))
                {
                    var m = _parser.Parse(tk, f + 1, q, inverted: false);
                    if (m != null && !m.IsPronoun)
                        best = new Clause(m, new CueMatch(MentionParser.Join(tk, k, f + 1), k, f + 1, Lexicon.Verb("said")), CuePlace.Before);
                }
            }
            return best;
        }

        /// <summary>
        /// "The tally prompted the Harbour Almanac, which tracks river towns, to state, “…”", "…, leading aides like Jo Bell to
        /// counter that “…”": the object of a verb of causing (<see cref="Lexicon.IsCausativeVerb"/>) right before an
        /// infinitive of saying says the quotation, when the quotation follows the infinitive closely
        /// (<see cref="IntroducingVerbReach"/>) or stands in its that-clause (<see cref="ObjectVerbReach"/>). The nearest such
        /// object in the quotation's sentence; none when a sentence mark or another quotation stands between.
        /// </summary>
        public Clause? CausedSpeech(IReadOnlyList<Token> tk, int q, int start)
        {
            Clause? best = null;
            for (int k = Window(q, start); k < q - 3; k++)
            {
                if (!tk[k].IsLowerWord || !Lexicon.IsCausativeVerb(tk[k].Lower)) continue;
                var m = _parser.Parse(tk, k + 1, q, inverted: false);
                if (m == null || m.IsPronoun) continue;
                // "prompted the almanac, which tracks river towns, to state": past an aside of the object
                int to = PastAside(tk, m.Next, q);
                if (to + 1 >= q || !tk[to].IsWord || !tk[to].Has(WordGroup.InfinitiveMarker) || !tk[to + 1].IsLowerWord) continue;
                var verb = tk[to + 1].CueVerb;
                if (verb == null || verb.Form != verb.Lemma || !(verb.States || verb.Has(VerbTag.Naming))) continue;
                int end = to + 2;
                bool thatClause = end < q && tk[end].IsWord && tk[end].Has(WordGroup.Complementizer);
                if (q - end > (thatClause ? ObjectVerbReach : IntroducingVerbReach)) continue;
                bool open = true;
                for (int j = end; j < q && open; j++) open = !tk[j].IsQuote && !tk[j].Is(".") && !tk[j].Is(";") && !tk[j].Is("?") && !tk[j].Is("!");
                if (open) best = new Clause(m, new CueMatch(MentionParser.Join(tk, to, end), to, end, verb), CuePlace.Before);
            }
            return best;
        }

        /// <summary>
        /// "X said that “…”", "X called the findings “strange”", "X, the minister, told reporters: “…”": the
        /// nearest clause before the quote whose subject and reporting verb both stand before it. Clause
        /// starts are the sentence start and
        /// the starts of clauses inside it; clauses after a comma ("…, it said, adding that “…”") only when
        /// no other clause attributes the quote.
        /// </summary>
        public Clause? SubjectCueBefore(IReadOnlyList<Token> tk, int q, int start) => SubjectCueBefore(tk, q, start, -1);

        /// <summary>
        /// As <see cref="SubjectCueBefore(IReadOnlyList{Token}, int, int)"/>; with <paramref name="maxGap"/> at 0 or more, only a
        /// clause whose cue ends at most that many tokens before the quotation ("Asked if …, Ryan said, “…”").
        /// </summary>
        public Clause? SubjectCueBefore(IReadOnlyList<Token> tk, int q, int start, int maxGap)
        {
            start = Window(q, start);
            // the main clause after an opening phrase or subordinate clause (the sentence start when there is none)
            int intro = SkipIntro(tk, start, q);
            int main = intro == start ? OpeningClauseEnd(tk, start, q) : intro;
            // the clause starts and the order they are tried in, made once for both passes
            // (the grammar's scratch lists, taken while in use: a call inside this one makes its own)
            var scratch = _clauseStarts ?? new ClauseStarts();
            _clauseStarts = null;
            try
            {
                return SubjectCueBeforeFrom(tk, q, start, maxGap, intro, main, scratch.Starts, scratch.Order, scratch.Tried);
            }
            finally
            {
                scratch.Starts.Clear();
                scratch.Order.Clear();
                scratch.Tried.Clear();
                _clauseStarts = scratch;
            }
        }

        /// <summary>
        /// The lists <see cref="SubjectCueBefore(IReadOnlyList{Token}, int, int, int)"/> fills for each quotation, kept by the grammar
        /// between calls (one document run, one thread): each call made three lists (1.8% of the bytes the quotes stage allocated).
        /// </summary>
        private sealed class ClauseStarts
        {
            public readonly List<int> Starts = new List<int>();
            public readonly List<int> Order = new List<int>();
            public readonly List<int> Tried = new List<int>();
        }

        private ClauseStarts? _clauseStarts;

        private Clause? SubjectCueBeforeFrom(IReadOnlyList<Token> tk, int q, int start, int maxGap, int intro, int main, List<int> starts, List<int> order, List<int> tried)
        {
            // the clause starts the first pass tried: each came to nothing there, and would again in the second (what a
            // start decides depends on its position, not on the other starts), so the second pass tries only the new ones
            for (int pass = 0; pass < 2; pass++)
            {
                starts.Clear();
                starts.Add(start);
                // a clause starter at the sentence start opens the clause too ("Though she called …", "As X puts it, …")
                for (int k = start; k < q; k++)
                {
                    // (the colon of a clock time, "2:02 p.m.", opens no clause)
                    if (tk[k].Is(";") || tk[k].Is(":") && !IsClockColon(tk, k) || tk[k].Is("—") || tk[k].Is("―") || tk[k].Is("–") || tk[k].Is("--")) starts.Add(k + 1);
                    // "to which she said, “…”": a relative pronoun starts a clause with its own subject too
                    else if (tk[k].IsWord && tk[k].Has(WordTag.ClauseStart | WordTag.Relative))
                    {
                        starts.Add(k + 1);
                        // "at which point the crowd chanted “…”": a preposition, the relative pronoun and its noun open the clause
                        if (RelativeNounBefore(tk, k, q)) starts.Add(k + 2);
                    }
                    // a spaced hyphen typed for a dash ("drew Kell's ire - he called her “weak”"), like a comma, only when no
                    // other clause attributes the quote: it also joins words ("Mexican American - even a Sikh man")
                    else if (pass == 1 && (tk[k].Is(",") || tk[k].Is("-"))) starts.Add(k + 1);
                }
                // "After Scalia said that …“less advanced schools,” Trump said: “…”": the main clause after an opening clause that
                // ends in a quotation starts a clause too
                if (intro == start && main != start && !starts.Contains(main))
                {
                    starts.Add(main);
                    starts.Sort();
                }
                ClauseOrder(tk, starts, q, main, order);
                foreach (int si in order)
                {
                    if (pass == 0) tried.Add(starts[si]);
                    else if (tried.Contains(starts[si])) continue;
                    int s = SkipIntro(tk, starts[si], q);
                    if (s >= q) continue;
                    // "a spokesman who wrote, “…”", "a statement that said, “…”": a clause that opens on its verb after a relative pronoun
                    // has the pronoun for its subject, standing for the noun phrase before it
                    var m = _parser.Parse(tk, s, q, inverted: false) ?? RelativePronounSubject(tk, start, starts[si], s, q) ?? ShareSubject(tk, s, q);
                    // "Trump’s comments had …": a possessive is no subject
                    if (m == null || m.Kind != MentionKind.Pronoun && m.End == m.Next && IsPossessive(tk, m.End - 1)) continue;
                    // "A reader in Norfolk, Va., who signs himself …, writes": a state set off by commas after "in Town," is the
                    // second part of a place's name, never the one who speaks
                    if (Rules.ReportedSpeech.IsPlaceAfterTown(tk, m)) continue;
                    if (RoleAfterAs(tk, starts[si], m)) continue;
                    var relayed = QuotedAsSaying(tk, m.Next, q, m);
                    if (relayed != null) return new Clause(relayed.Mention, relayed.Cue, CuePlace.Before);
                    var cue = _parser.ParseCue(tk, m.Next, q, allowAdverbs: true);
                    // "she laughed and said, “…”": a verb that only follows quotations, then the cue of this one
                    CueMatch? joined = null;
                    if (cue?.Verb != null && cue.Verb.Use == CueUse.After) cue = (joined = CoordinatedCue(tk, m.Next, q)) ?? cue;
                    if (cue == null) cue = (joined = CoordinatedCue(tk, m.Next, q)) ?? PurposeCue(tk, m.Next, q);
                    if (cue == null || cue.Verb == null || cue.Verb.Use == CueUse.After && !IntroducesRightAfter(tk, cue, q) || cue.End > q) continue;
                    // "any report written without Pakistan would be “one-sided”": a past participle that is no simple past ("written",
                    // "spoken") right after a noun phrase, with no "has" or "had", modifies that noun; it is no finite verb of a clause
                    // (a "has" or "had" read into the phrase before it, a comma missing after an apposition, still makes it a verb:
                    // "Jo Bell, a former aide to the mayor has written a book")
                    if (cue.Start == m.Next && cue.End == cue.Start + 1 && CueLexicon.Verb(tk[cue.Start].Lower) is { ParticipleOnly: true } &&
                        !(cue.Start > 0 && tk[cue.Start - 1].IsWord && tk[cue.Start - 1].Has(WordClass.PerfectAuxiliary))) continue;
                    // "a dredging executive who has pleaded guilty, “…”": a particle that makes another verb, one that reports nothing
                    if (Rules.ReportedSpeech.OtherVerbWithParticle(cue.Verb, tk, cue.End, q)) continue;
                    if (q - cue.End > CueReach || maxGap >= 0 && q - cue.End > maxGap) continue;
                    // "said that her campaign would continue “to break barriers”": a verb that governs an infinitive right before a
                    // quotation that opens with "to" is that infinitive's verb ("continue to break"), no cue of the quotation
                    if (InfinitiveOfCatenative(tk, cue, q)) continue;
                    // "Reyes told the chair, Ada Lund, in a telephone call: “…”": a bare form after one named person is no verb of hers
                    if (BareNounFormAfterOnePerson(tk, m, cue)) continue;
                    // "honoured the nurses and porters who stayed at their posts, saying, “…”": a participle after a second conjunct of people
                    if (ParticipleAfterConjunctOfPeople(tk, starts[si], m, cue)) continue;
                    // "told the house that the Salala attack “was no error”": a name after an article modifies the bare noun form after it
                    if (NounAfterNameWithArticle(tk, m, cue)) continue;
                    // "X praised the plan …": a verb that takes the quotation as its object stands close to it
                    // (a phrase or a "that" clause, "expressed hope that …", reports speech and may run longer)
                    if (cue.Verb.Use == CueUse.Before && q - cue.End > ObjectVerbReach && cue.End - cue.Start == 1 && !(tk[cue.End].IsWord && tk[cue.End].Has(WordGroup.Complementizer))) continue;
                    // "Reyes said, “…” — at which point the crowd chanted “Open it!”": a nearer cry with a subject of its own
                    if (cue.End < BeforeIntroducingMark(tk, q, -1) && CriedByOwnSubject(tk, q)) continue;
                    // "the plan, which the board estimates would cost $40 million, would risk “…”": the relative clause closed before the quotation
                    if (RelativeClosedBefore(tk, starts[si], cue.End, q) || RelativeClosedAtColon(tk, starts[si], cue, q)) continue;
                    if (AnotherSpeakerBetween(tk, cue.End, q, out int pronoun))
                    {
                        // that pronoun is the speaker of the verb before the quotation ("…, he laughed and said, “…”")
                        var own = _parser.Parse(tk, pronoun, q, inverted: false);
                        int v = BeforeIntroducingMark(tk, q, -1);
                        if (own != null && own.IsPronoun) return new Clause(own, new CueMatch(tk[v].Text, v, v + 1, tk[v].CueVerb), CuePlace.Before);
                        continue;
                    }
                    // "I hope the town says, “…”", "he expected that voters will say “no”": words only hoped for or foreseen
                    if (HopedSpeech(tk, start, m.Start, cue, q, out var hoper))
                    {
                        if (hoper != null) return new Clause(hoper, cue, CuePlace.Before);
                        continue;
                    }
                    // "…, said Michael Kofman, an expert on Russia, would read this as “…”": the description after the comma is the
                    // apposition of the name an inverted cue before it names; that name said it, with that cue
                    if (InvertedNameBefore(tk, s, start, m) is { } said) return said;
                    // "Clinton, a top aide said, “will not …”": the description that the verb follows is the speaker
                    if (AsideSpeakerBeforeContinuation(tk, m, cue, q) is { } aside) m = aside;
                    var reporting = joined != null && cue == joined ? ReportingSubjectBefore(tk, starts, si, cue, q) : null;
                    return RelativeSource(tk, new Clause(reporting ?? CoordinatedSubject(tk, starts, si, s, m) ?? OuterSubject(tk, starts, si, q, cue) ?? m, cue, CuePlace.Before), q);
                }
            }
            return null;
        }

        /// <summary>
        /// "The mayor honoured the nurses and porters who stayed at their posts, saying, “…”": a clause start right after a
        /// coordinator that joins two nouns of people (the first a speaker noun in lower case right before it), whose mention is
        /// closed by a comma with a participle cue right after it: the second conjunct is part of the object of the verb before,
        /// and the participle hangs on that verb's subject, not on the people it names (the participle rules read it).
        /// </summary>
        internal static bool ParticipleAfterConjunctOfPeople(IReadOnlyList<Token> tk, int clauseStart, Mention m, CueMatch cue)
        {
            int and = clauseStart - 1;
            if (and < 1 || m.Start != clauseStart || !tk[and].IsLowerWord || !tk[and].Has(WordClass.ListCoordinator)) return false;
            if (!tk[and - 1].IsLowerWord || !tk[and - 1].IsSpeakerNoun(out _, out _)) return false;
            return cue.Verb is { IsParticiple: true } && cue.Start == m.Next && cue.Start > 0 && tk[cue.Start - 1].Is(",");
        }

        /// <summary>
        /// "Clinton, a top aide said, “will not run again”": a name, its comma and an indefinite description that the verb follows
        /// with no comma closing it, then the verb's comma and a quotation that goes on with the sentence (its first letter in lower
        /// case): the description is the one who speaks, its clause an aside inside the sentence about the name. The description,
        /// else null (a quotation that opens in capitals, "Jo Bell, a spokeswoman said, “We …”", stays the name's).
        /// </summary>
        private Mention? AsideSpeakerBeforeContinuation(IReadOnlyList<Token> tk, Mention m, CueMatch cue, int q)
        {
            if (m.Kind != MentionKind.Name || m.End + 1 >= m.Next || !tk[m.End].Is(",") || tk[m.Next - 1].Is(",")) return null;
            if (cue.Start != m.Next || cue.End + 1 != q || !tk[cue.End].Is(",") || QuotationFacts.StartsUpper(tk[q].Text)) return null;
            if (!tk[m.End + 1].IsLowerWord || !tk[m.End + 1].Has(WordClass.IndefiniteArticle)) return null;
            var aside = _parser.Parse(tk, m.End + 1, cue.Start, inverted: false);
            return aside != null && aside.Kind == MentionKind.Description && aside.Next == cue.Start ? aside : null;
        }

        /// <summary>
        /// "a fisherman who shouted, “…”", "an ad that says, “…”", "Ada Lund, who said: “…”": for a clause start <paramref name="s"/>
        /// right after a relative pronoun that can be a subject (after a comma only "who" or "which"), with a reporting verb right at
        /// <paramref name="s"/> that introduces the quotation at <paramref name="q"/> after its comma or colon: the pronoun as the subject,
        /// standing for the noun phrase before it (as for reported speech, <see cref="Rules.ReportedSpeech.RelativeSubject"/>), when
        /// that phrase has no phrase after its head (whose own noun the pronoun might stand for); else null.
        /// </summary>
        private Mention? RelativePronounSubject(IReadOnlyList<Token> tk, int start, int clauseStart, int s, int q)
        {
            int opener = s - 1;
            if (s != clauseStart || opener < 1 || !tk[opener].IsLowerWord || !tk[opener].Has(WordClass.SubjectRelative)) return null;
            // "Ada Lund, who said: “…”", "the board's report, which notes, “…”": after a comma the relative adds to a noun phrase
            // already named, and only "who" or "which" open such a clause; a "that" after a comma follows an apposition ("a
            // message from her aide, Jo Bell, that read: “…”") and may stand for the noun before it as well as for the name
            if (tk[opener - 1].Is(",") && !tk[opener].Has(WordClass.AsideRelative)) return null;
            var cue = _parser.ParseCue(tk, s, q, allowAdverbs: true);
            // the quotation is the verb's own words, introduced right after it by a comma or colon: a relative clause that runs on
            // ("an architect who said he was stiffed …, saying, “…”", "a woman who suggested that … “…”") may hold words of the main
            // clause's subject, and a fragment that is the verb's object ("an ad that urges “a fresh start”") is no one's
            if (cue?.Verb == null || cue.Start != s || cue.End != q - 1 || BeforeIntroducingMark(tk, q, cue.End - 1) != cue.End - 1) return null;
            var relative = Rules.ReportedSpeech.RelativeSubject(_parser, tk, start, opener, s)?.Mention;
            // "a man in a shirt that read “…”": after a phrase that ends on a noun of its own the relative may stand for that noun
            return relative?.Owner?.PostModifier == null ? relative : null;
        }

        /// <summary>
        /// "Most voters said “…”", "Asked about the tariffs, 21 percent said “…”": a counted share of a group, or a group a word of
        /// share heads, that the mention grammar does not read, as the subject of the first cue after it (read as reported speech
        /// reads such a subject, <see cref="Rules.ReportedSpeech.ShareSubject"/>); null when the clause at <paramref name="s"/>
        /// opens with no share or has no such subject.
        /// </summary>
        private Mention? ShareSubject(IReadOnlyList<Token> tk, int s, int q)
        {
            if (!Rules.ReportedSpeech.OpensShare(tk, s, q)) return null;
            for (int g = s + 1; g < q && g - s <= ShareSubjectReach; g++)
                if (_parser.ParseCue(tk, g, q, allowAdverbs: true) != null) return Rules.ReportedSpeech.ShareSubject(tk, s, g);
            return null;
        }

        /// <summary>
        /// How many tokens a share subject may run before its cue: the plain noun phrase reported speech reads has at most eight
        /// words after up to four that approximate its number ("more than a third of the voters in the poll").
        /// </summary>
        private const int ShareSubjectReach = 12;

        /// <summary>
        /// True when the cue after one named person is a bare form that is a noun too, right after the name and its phrase ("Ada Lund, in a
        /// telephone call: “…”", "Lund, on a conference call, …"): a single person takes "calls" or "called", so the word is the
        /// noun of the phrase before it, not her verb. A group ("Officials at the agency report") or a verb before it ("Lund will
        /// call", "Lund continued to question"), or a name joined to another ("Bell and Lund call"), keeps the verb (issue #8).
        /// </summary>
        private static bool BareNounFormAfterOnePerson(IReadOnlyList<Token> tk, Mention m, CueMatch cue)
        {
            if (m.Kind != MentionKind.Name || m.Plural) return false;
            // ("Obama and Clinton call them …": the second of two joined names, whose plural subject the verb agrees with)
            if (m.Start > 0 && tk[m.Start - 1].IsLowerWord && tk[m.Start - 1].Has(WordClass.ListCoordinator)) return false;
            // ("Politicos call this …", "Americans pay …": one capitalised word in -s may name a group)
            if (m.End - m.Start == 1 && Inflection.EndsInS(tk[m.Start].Lower)) return false;
            // the form right after the mention and its phrase (not after "continued to" or "will")
            // and only after a phrase of the name's own ("Lund, in a telephone call"): a word right after the name may be a noun it
            // modifies ("NATO attack"), which another rule reads
            if (m.Next <= m.End || m.Next >= cue.End || m.Next >= tk.Count || !tk[m.Next].IsLowerWord) return false;
            return CueLexicon.Verb(tk[m.Next].Lower) is { Kind: VerbForm.Base } && CueLexicon.IsNounForm(tk[m.Next].Lower);
        }

        /// <summary>
        /// True when the cue is a bare form that is a noun too ("attack", "claim", "report") right after a name of one word that an
        /// article opens ("the Salala attack “was no error”", "a Kandahar raid"): a person's name takes no article, so the name is a
        /// word of the noun phrase the form heads (a place or an event's name), not a subject of that verb. A name the lexicon knows
        /// for an organisation is no <see cref="MentionKind.Name"/> ("the Taliban claim …" keeps the verb), nor is a plural
        /// ("the Democrats claim").
        /// </summary>
        internal static bool NounAfterNameWithArticle(IReadOnlyList<Token> tk, Mention m, CueMatch cue)
        {
            if (m.Kind == MentionKind.Pronoun || m.Plural || m.Next != m.End || cue.Start != m.End || m.End >= tk.Count || !tk[m.End].IsLowerWord) return false;
            // the name's one word, then the form: an article right before the word (inside the mention or just before it); a word
            // the grammar may read as an organisation's name after "the" only when the lexicon knows no body by it and it is no
            // acronym ("the Taliban claim", "the NRA claim" are bodies speaking)
            int word = m.End - 1;
            if (word < 1 || !tk[word].IsWord || !tk[word].IsCapitalized || Inflection.EndsInS(tk[word].Lower)) return false;
            if (m.Kind == MentionKind.Organisation && (Lexicon.IsKnownOrganisation(tk[word].Text) || !HasLowerLetter(tk[word].Text))) return false;
            var article = tk[word - 1];
            if (word - 1 < m.Start - 1 || !article.IsWord || !Lexicon.Is(article.Lower, WordClass.Article)) return false;
            return CueLexicon.Verb(tk[m.End].Lower) is { Kind: VerbForm.Base } && CueLexicon.IsNounForm(tk[m.End].Lower);
        }

        private static bool HasLowerLetter(string w)
        {
            foreach (var c in w) if (char.IsLower(c)) return true;
            return false;
        }

        /// <summary>
        /// The cue ends right before the quotation at <paramref name="q"/> on a verb that governs an infinitive (tagged catenative:
        /// "continue", "refused") and the quoted words open with the infinitive marker: "would continue “to break barriers”".
        /// </summary>
        private static bool InfinitiveOfCatenative(IReadOnlyList<Token> tk, CueMatch cue, int q)
        {
            if (cue.End != q || !tk[q - 1].IsLowerWord || !tk[q - 1].Has(WordTag.Catenative)) return false;
            var text = tk[q].Text;
            int a = 0;
            while (a < text.Length && !char.IsLetter(text[a])) a++;
            int b = a;
            while (b < text.Length && char.IsLetter(text[b])) b++;
            return b > a && Lexicon.Is(text.Substring(a, b - a).ToLowerInvariant(), WordGroup.InfinitiveMarker);
        }

        /// <summary>
        /// "at which point the crowd chanted “…”", "by which time the mayor had told reporters …": the relative pronoun at
        /// <paramref name="k"/> after a preposition, then one word in lower case that is its noun (no determiner, pronoun, auxiliary or
        /// function word): the clause, with its own subject, starts after that noun, when it holds no quotation before <paramref name="q"/>.
        /// </summary>
        private static bool RelativeNounBefore(IReadOnlyList<Token> tk, int k, int q)
        {
            if (k < 1 || k + 2 >= q || !tk[k].Has(WordClass.RelativePronoun) || !tk[k - 1].IsLowerWord || !tk[k - 1].Has(WordTag.Preposition)) return false;
            var noun = tk[k + 1];
            if (!noun.IsLowerWord || noun.Has(WordTag.Determiner | WordTag.Function | WordTag.Finite | WordTag.Auxiliary | WordTag.Pronoun)) return false;
            // "… - at which point the crowd chanted “Open it!” - “and …”": the clause's cry is the quotation after it, not a later one
            for (int x = k + 2; x < q; x++)
                if (tk[x].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// "… had this to say about the film, the release of which it blames on the president: “…”": when a relative pronoun after
        /// the clause start <paramref name="s"/> is followed by a subject of its own that reaches the cue, the relative phrase is
        /// the verb's object (the pronoun may stand right before <paramref name="s"/>); a cue that is no verb of speech then has no quotation for its object, and a colon
        /// after more words of the clause, right before the quotation at <paramref name="q"/>, closes it: the quotation is the main
        /// clause's. "…, to which she replied: “…”" (speech) and "which critics call “…”" (no colon) keep theirs.
        /// </summary>
        private bool RelativeClosedAtColon(IReadOnlyList<Token> tk, int s, CueMatch cue, int q)
        {
            if (cue.Verb == null || cue.Verb.Has(VerbTag.Speech) || q < 1 || !tk[q - 1].Is(":") || cue.End >= q - 1) return false;
            for (int r = cue.Start - 2; r >= Math.Max(0, s - 1); r--)
            {
                if (!tk[r].IsLowerWord || !tk[r].Has(WordClass.RelativePronoun)) continue;
                var subject = _parser.Parse(tk, r + 1, q, inverted: false);
                return subject != null && subject.Start == r + 1 && subject.Next == cue.Start;
            }
            return false;
        }

        /// <summary>
        /// "The plan, which the board estimates would cost $40 million a year, would risk “…”", "In a video that Judge Reyes called
        /// “distasteful,” Costa expressed a wish to “…”": for a clause that a relative pronoun opens (its start <paramref name="s"/>
        /// right after it), true when the first comma after its cue (ending at <paramref name="cueEnd"/>), or a quotation closing with
        /// one, ends the relative clause before the quotation at <paramref name="q"/>: the sentence goes on past it with the outer
        /// clause's verb ("…, would risk") or a subject of its own and its verb ("…,” Costa expressed"). The quotation is then no
        /// content of the relative clause's cue.
        /// </summary>
        private bool RelativeClosedBefore(IReadOnlyList<Token> tk, int s, int cueEnd, int q)
        {
            if (s < 1 || !tk[s - 1].IsLowerWord || !tk[s - 1].Has(WordClass.RelativePronoun)) return false;
            for (int k = cueEnd; k < q - 1; k++)
            {
                bool mark = tk[k].Is(",") || tk[k].IsQuote && QuotationFacts.EndsWithComma(tk[k].Text);
                if (!mark) continue;
                int v = k + 1;
                if (tk[v].IsCapitalized || tk[v].IsLowerWord && tk[v].Has(WordClass.PersonSubject))
                {
                    var subject = _parser.Parse(tk, v, q, inverted: false);
                    if (subject == null || subject.Start != v || subject.Next >= q || IsPossessive(tk, subject.End - 1)) return false;
                    v = subject.Next;
                }
                return FiniteVerb(tk[v]);
            }
            return false;
        }

        /// <summary>
        /// "at which point the crowd chanted “Open it!”", "a man yelled: “…”": the quotation at <paramref name="q"/> comes right after
        /// a finite verb of crying out (chant, shout, yell), past one comma or colon, with a word before the verb that is no
        /// coordinator, function word, auxiliary, negation, adverb or verb ("you can't yell “fire”" is no cry of its own): the cry has a subject of its own, not the "and" of a source's second verb ("said “…” and
        /// shouted “…”"). Its words are not those of a speaker whose cue stands earlier.
        /// </summary>
        internal static bool CriedByOwnSubject(IReadOnlyList<Token> tk, int q)
        {
            int v = BeforeIntroducingMark(tk, q, -1);
            if (v < 1 || !tk[v].IsLowerWord || tk[v].CueVerb is not { } verb || !verb.Has(VerbTag.Outcry) || verb.IsParticiple) return false;
            var before = tk[v - 1];
            return before.IsWord && !before.Has(WordClass.Coordinator) && !before.Has(WordTag.Function | WordTag.Auxiliary | WordTag.Finite | WordTag.Negation | WordTag.CueAdverb) && before.CueVerb == null && !Lexicon.IsAdverb(before.Text);
        }

        /// <summary>A finite verb or an auxiliary, not an -ing form of speech ("…, would risk", "…, expressed"; not "…, saying").</summary>
        private static bool FiniteVerb(Token t) =>
            t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.Auxiliary) || t.IsVerbForm && !IsParticipleCue(t.Lower));

        /// <summary>How many tokens a name may have between an inverted cue and the comma of its apposition ("said Brig. Gen. Stephen A. Clark,").</summary>
        private const int InvertedNameReach = 8;

        /// <summary>How many tokens a cue before a quotation may stand from it ("Bell told reporters on Monday at the hall that …").</summary>
        private const int CueReach = 30;

        /// <summary>How many tokens from the quotation a one-word verb that takes it as its object may stand ("praised the plan as “…”"), with no "that".</summary>
        private const int ObjectVerbReach = 8;

        /// <summary>
        /// For a description <paramref name="m"/> that starts a clause right after a comma at <paramref name="s"/> - 1: when
        /// the words before that comma are a name right after a verb that may stand before its subject ("said Michael Kofman,
        /// an expert on Russia, …"), the description is the name's apposition: the clause of the name and that verb; else null.
        /// </summary>
        private Clause? InvertedNameBefore(IReadOnlyList<Token> tk, int s, int start, Mention m)
        {
            int comma = s - 1;
            if (m.Kind != MentionKind.Description || comma - 2 < start || !tk[comma].Is(",")) return null;
            for (int j = comma - 1; j > start && comma - j <= InvertedNameReach; j--)
            {
                if (!tk[j].IsCapitalized && !tk[j].Is(".")) return null;
                var v = tk[j - 1];
                if (!v.IsLowerWord || v.CueVerb is not { } verb || !verb.Has(VerbTag.Inverting)) continue;
                var name = _parser.Parse(tk, j, comma, inverted: true);
                if (name == null || name.Kind != MentionKind.Name || name.Start != j || name.End != comma) return null;
                return new Clause(name, new CueMatch(v.Text, j - 1, j, verb), CuePlace.Before);
            }
            return null;
        }

        /// <summary>
        /// The order in which <see cref="SubjectCueBefore(IReadOnlyList{Token}, int, int, int)"/> tries its clause starts: the
        /// nearest to the quotation first, except that the clauses inside a subordinate clause or phrase that opens the
        /// sentence ("When Reyes announced the plan in June, he called it “…”") come after the main clause it leads to:
        /// the main clause's subject is the one the cue of the quotation belongs to. <paramref name="main"/> is where the main
        /// clause starts after the opening (<c>starts[0]</c> when nothing opens the sentence). Written into <paramref name="order"/>
        /// (cleared first), a list the caller keeps for its passes: no iterator object per quotation.
        /// </summary>
        private static void ClauseOrder(IReadOnlyList<Token> tk, List<int> starts, int q, int main, List<int> order)
        {
            order.Clear();
            int sub = FirstSubordinator(tk, starts[0], main);
            // "As Tom Ridge, a former secretary, put it: “…”": a subordinator whose clause has no verb before the comma
            // the intro ends at has not ended there (the comma opens an apposition): the usual order
            if (!ClauseEndsBefore(tk, sub, main)) main = starts[0];
            for (int si = starts.Count - 1; si > 0; si--)
                if (starts[si] >= main) order.Add(si);
            order.Add(0);
            // "While Sullivan proclaims the piece “terrific,” Clinton fixates on the “pivot” line": a cue inside the opening
            // clause reaches no further than that clause; only with no main clause before the quotation ("When asked, Reyes
            // told reporters: “…”" aside) is the opening clause's subject its speaker, and after "as", whose clause reports
            // the main one ("As the paper noted, the candidate “has earned …”")
            if (main < q && main > starts[0] && !(sub >= 0 && tk[sub].Has(WordGroup.AsLink))) return;
            for (int si = starts.Count - 1; si > 0; si--)
                if (starts[si] < main) order.Add(si);
        }

        /// <summary>
        /// "While Reyes proclaims the plan “terrific,” Lund fixates on …": after a subordinator that opens the sentence at
        /// <paramref name="s"/>, the token after the comma that ends its clause, a quotation that closes with the comma
        /// included (which the intro phrase of <see cref="SkipIntro"/> does not cross); <paramref name="s"/> when there is none
        /// before <paramref name="q"/>.
        /// </summary>
        private static int OpeningClauseEnd(IReadOnlyList<Token> tk, int s, int q)
        {
            if (s >= q || !tk[s].IsWord || !tk[s].Has(WordTag.Subordinator)) return s;
            for (int k = s + 1; k < q && k - s < MaxIntroPhrase; k++)
            {
                if (tk[k].Is(",") || tk[k].IsQuote && QuotationFacts.EndsWithComma(tk[k].Text))
                    return k + 1 < q && tk[k + 1].IsWord ? k + 1 : s;
                if (tk[k].Is(".") || tk[k].Is(";") || tk[k].Is(":")) return s;
            }
            return s;
        }

        /// <summary>
        /// "While Reyes praises the survey as “careful,” Lund dwells on the “harbour” chapter": where the main clause starts after a
        /// subordinate clause with a verb of its own (<see cref="ClauseEndsBefore"/>) that opens the sentence at <paramref name="s"/>
        /// and closes at a comma before <paramref name="q"/> (<see cref="OpeningClauseEnd"/>); <paramref name="s"/> when nothing
        /// such opens it ("As Tom Reyes, a former harbour master, put it: …" is a subordinator and a subject alone).
        /// </summary>
        internal static int MainAfterOpeningClause(IReadOnlyList<Token> tk, int s, int q)
        {
            int main = OpeningClauseEnd(tk, s, q);
            return main > s && ClauseEndsBefore(tk, s, main) ? main : s;
        }

        /// <summary>The index of the first subordinator in [a, e) ("When", "While", "As"); -1 when there is none.</summary>
        private static int FirstSubordinator(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int k = a; k < e; k++)
                if (tk[k].IsWord && tk[k].Has(WordTag.Subordinator)) return k;
            return -1;
        }

        /// <summary>
        /// True when the opening before <paramref name="main"/> is a phrase ("In an interview with …,"; no subordinator:
        /// <paramref name="sub"/> -1) or a subordinate clause with a verb after its subordinator at <paramref name="sub"/>
        /// ("When Reyes was asked …,", "While Lund affirmed …,"); false for a subordinator and a subject alone ("As Tom
        /// Ridge,").
        /// </summary>
        private static bool ClauseEndsBefore(IReadOnlyList<Token> tk, int sub, int main)
        {
            if (sub < 0) return true;
            for (int k = sub + 1; k < main; k++)
            {
                var t = tk[k];
                if (t.IsLowerWord && (t.IsVerbForm || t.Has(WordTag.Finite | WordTag.Auxiliary)) || CueLexicon.IsEdForm(t))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// "Jo Bell, who has called the pier “a disgrace,” …", "Reyes, who estimates that …": when the cue is the verb of a
        /// relative clause after the subject's comma, the relative pronoun is the source mention, standing for the name
        /// before it (its <see cref="Mention.Owner"/>), as for reported speech ("Jo Bell, who said …"). When the relative
        /// clause closes before the quotation, at a comma or a quotation followed by the main clause's reporting verb
        /// ("Reyes, who says the port needs work, tweeted that “…”"), that verb is the cue and the name its source. Any
        /// other clause is returned as it is.
        /// </summary>
        public Clause RelativeSource(IReadOnlyList<Token> tk, Clause clause, int q)
        {
            var m = clause.Mention;
            int r = m.End + 1;
            if (m.IsPronoun || r >= clause.Cue.Start || m.Next <= r || !tk[m.End].Is(",") || !tk[r].IsLowerWord || !tk[r].Has(WordClass.AsideRelative)) return clause;
            for (int k = r + 1; k < clause.Cue.Start; k++)
                if (!tk[k].IsWord) return clause;
            for (int k = clause.Cue.End; k < q; k++)
            {
                if (!tk[k].Is(",") && !tk[k].IsQuote) continue;
                int v = k + 1;
                if (tk[k].IsQuote && v < q && tk[v].Is(",")) v++;
                var main = v < q && tk[v].IsLowerWord ? _parser.ParseCue(tk, v, q, allowAdverbs: true) : null;
                if (main?.Verb != null && main.Verb.Use != CueUse.After) return new Clause(m, main, clause.Place);
            }
            var antecedent = m.Copy();
            antecedent.Apposition = null;
            antecedent.Next = m.End;
            var pronoun = Mention.Pronoun(tk, r, tk[r].Lower, next: m.Next, owner: antecedent);
            return new Clause(pronoun, clause.Cue, clause.Place);
        }

        /// <summary>
        /// "Tom Reyes and Ada Lund said, “…”", "The former harbour master and current mayor said": a clause start right
        /// after "and" (or "or") is the second of two coordinated subjects when the words from the clause start before it
        /// are a mention of a speaker that ends right at the "and"; the source is both. Not after a comma ("The pier
        /// reopened, and Lund said"), nor when the words before are no mention that reaches the "and" ("Trump won and …"),
        /// nor inside an apposition (a comma, a bracket or a quotation in the first conjunct).
        /// </summary>
        private Mention? CoordinatedSubject(IReadOnlyList<Token> tk, List<int> starts, int si, int s, Mention second)
        {
            int and = starts[si] - 1;
            if (si == 0 || s != starts[si] || and < 1 || !tk[and].IsLowerWord || !tk[and].Has(WordClass.ListCoordinator)) return null;
            if (second.IsPronoun || second.IsDocument || !tk[and - 1].IsWord) return null;
            int a = SkipIntro(tk, starts[si - 1], and);
            if (a >= and) return null;
            // "Zafar Baig, another independent and a supporter of …, said": an apposition's coordination is one person's (OuterSubject)
            for (int x = a; x < and; x++)
                if (tk[x].Is(",") || tk[x].IsQuote || tk[x].Is("(")) return null;
            var first = _parser.Parse(tk, a, and, inverted: true);
            if (first == null || first.IsPronoun || first.IsDocument || first.Start != a || Math.Max(first.Next, first.End) != and) return null;
            // (a description of people or of a body: "the army and the embassy said")
            if (first.Kind == MentionKind.Description && !Lexicon.IsPersonOrBodyWord(first.Head) && !first.IsOrganisationHead) return null;
            return MentionParser.Coordinated(tk, first, second);
        }

        /// <summary>
        /// The token before the quotation at <paramref name="q"/>, past the one comma or colon that introduces it ("said, “…”",
        /// "read: “…”") when that mark stands after <paramref name="from"/>: where a verb that introduces the quotation stands.
        /// </summary>
        internal static int BeforeIntroducingMark(IReadOnlyList<Token> tk, int q, int from)
        {
            int v = q - 1;
            if (v > from && (tk[v].Is(":") || tk[v].Is(","))) v--;
            return v;
        }

        /// <summary>
        /// "Sanders shot back, “…”", "she sighed, “…”": a verb of speech or manner that otherwise only follows its quotation
        /// ("“…,” she shot back") introduces the quotation right after it and the comma or colon it ends on; not one further on,
        /// where it may report a deed ("fired back at the gunmen, who shouted “…”").
        /// </summary>
        private static bool IntroducesRightAfter(IReadOnlyList<Token> tk, CueMatch cue, int q) =>
            cue.End == q - 1 && BeforeIntroducingMark(tk, q, cue.End - 1) == cue.End - 1;

        /// <summary>
        /// "When her mother mentioned the pier, I laughed and said, “…”": a reporting verb right before the quotation,
        /// after the cue that ends at <paramref name="from"/>, with a subject pronoun of its own after a comma between
        /// them, introduces the quotation; the earlier clause's subject is not its speaker.
        /// </summary>
        private static bool AnotherSpeakerBetween(IReadOnlyList<Token> tk, int from, int q, out int pronoun)
        {
            pronoun = -1;
            int v = BeforeIntroducingMark(tk, q, from);
            if (v <= from || !tk[v].IsLowerWord) return false;
            var verb = tk[v].CueVerb;
            if (verb == null || verb.Use == CueUse.After || verb.IsParticiple) return false;
            for (int k = from; k < v; k++)
            {
                var t = tk[k];
                // the pronoun opens the main clause after a comma ("…, I laughed and said"), not a reported clause ("said that she …");
                // or a sentence of its own after a quotation the writer's sentence ends with ("I asked, ‘…?’ They said, ‘…’")
                if (!t.IsWord || k == from) continue;
                bool afterComma = tk[k - 1].Is(","), afterQuotation = tk[k - 1].IsQuote;
                if (!afterComma && !afterQuotation) continue;
                // in the case its place asks for: lower case after a comma, a capital after the quotation
                if (t.IsPronounI || (afterComma ? t.IsLowerWord : t.IsCapitalized) && t.Has(WordClass.PersonSubject))
                {
                    pronoun = k;
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// "“…,” Lund said, and her husband cut in.", "“…,” Reyes said as his wife interrupted.": the sentence between
        /// <paramref name="from"/> and its end <paramref name="end"/> closes on a clause joined by a comma and a coordinator, or by a
        /// subordinator, whose own subject (no possessive) and verb of speech end it, the verb with nothing after it: the talk turns
        /// to that other speaker, whose clause this is (a quotation after it is that speaker's words); else null. A verb with an
        /// object or a clause after it ("…, after Bell stated an interest", "as news outlets declared him the victor") tells what
        /// the other did, not who speaks next.
        /// </summary>
        public Clause? TurnOfAnotherSpeaker(IReadOnlyList<Token> tk, int from, int end)
        {
            int last = end - 1;
            while (last > from && tk[last].Kind == TokenKind.Punct) last--;
            for (int k = from + 1; k < last; k++)
            {
                if (!tk[k].IsLowerWord) continue;
                bool joined = tk[k].Has(WordClass.ClauseCoordinator) && tk[k - 1].Is(",") || tk[k].Has(WordTag.Subordinator);
                if (!joined) continue;
                var m = _parser.Parse(tk, k + 1, end, inverted: false);
                if (m == null || m.Start != k + 1 || m.Next > last || IsPossessive(tk, m.End - 1)) continue;
                var cue = _parser.ParseCue(tk, m.Next, end, allowAdverbs: true);
                if (cue?.Verb != null && cue.Start == m.Next && cue.End == last + 1 && cue.Verb.Has(VerbTag.Speech)) return new Clause(m, cue, CuePlace.Before);
            }
            return null;
        }

        /// <summary>How many words of time ("in 2027") and a "that" may stand between a verb of hope or expectation and the subject of its clause.</summary>
        private const int HopedClauseReach = 3;

        /// <summary>
        /// "I hope in 2027 the town says, “…”", "Reyes said he expected that voters will say “no”": a clause whose subject
        /// (starting at <paramref name="subject"/>) follows a verb of thought or intent (hope, expect, want; past a "that" and a
        /// few words of time) and whose cue is not in the past speaks only in that verb's subject's mind: true, with
        /// <paramref name="hoper"/> that subject when it is a pronoun right before the verb ("I hope", "he expected"), else null
        /// (the words are nobody's said words). A past cue ("thinks Lund said “…”") reports speech that was made.
        /// </summary>
        private bool HopedSpeech(IReadOnlyList<Token> tk, int start, int subject, CueMatch cue, int q, out Mention? hoper)
        {
            hoper = null;
            if (cue.Verb == null || cue.Verb.IsPast || cue.Verb.IsParticiple) return false;
            int v = subject - 1;
            while (v > start && subject - v <= HopedClauseReach && !(tk[v].IsLowerWord && Lexicon.AnyVerb(tk[v].Lower) != null) &&
                   (tk[v].IsWord && (tk[v].Has(WordGroup.Complementizer) || tk[v].Has(WordTag.Time | WordTag.Preposition)) || IsNumber(tk[v])))
                v--;
            // (a verb of thought cues no quotation, so the token's cue verb is null: the lexicon's verb of any use)
            if (v < start || !tk[v].IsLowerWord || Lexicon.AnyVerb(tk[v].Lower) is not { } verb || verb.IsParticiple || !verb.Has(VerbTag.Thought | VerbTag.Intent)) return false;
            int p = v - 1;
            while (p > start && tk[p].IsLowerWord && (tk[p].Has(WordTag.CueAdverb | WordTag.Auxiliary) || Lexicon.IsAdverb(tk[p].Text))) p--;
            if (p >= start && (tk[p].IsPronounI || tk[p].IsLowerWord && CueLexicon.IsSubjectPronoun(tk[p].Lower)))
            {
                var m = _parser.Parse(tk, p, q, inverted: false);
                if (m != null && m.IsPronoun && m.Start == p) hoper = m;
            }
            return true;
        }

        /// <summary>A word of digits ("2027").</summary>
        private static bool IsNumber(Token t) => t.IsWord && t.Text.Length > 0 && char.IsDigit(t.Text[0]);

        /// <summary>
        /// "The mayor noted that he taught sailing for years, and added: “…”": for a clause start <paramref name="si"/> right after
        /// the complementizer of an earlier verb of speech, whose clause's verb phrase the reporting verb before the quotation is
        /// coordinated with, that verb's subject: the second verb goes with the first verb of speech, not with the reported clause
        /// (as reported speech reads "Merrill says Machado promised … and said …"). Null when no such verb opens the clause, or
        /// when the second verb <paramref name="joined"/> is a cry or one of a list of the clause's verb phrases.
        /// </summary>
        private Mention? ReportingSubjectBefore(IReadOnlyList<Token> tk, List<int> starts, int si, CueMatch joined, int q)
        {
            int c = starts[si] - 1;
            if (si == 0 || c < 1 || !tk[c].IsLowerWord || !tk[c].Has(WordGroup.Complementizer)) return null;
            // only a second verb phrase after a comma and "and" or "but", with no other comma in the clause: a list of the
            // clause's own deeds ("said that the skipper turned back, shouted “…” and cut the engines", "…, cut the engines, and
            // shouted “…”") is the clause subject's, and so is a cry ("…, and yelled “…”")
            int and = joined.Start - 1;
            if (and - 1 <= starts[si] || !tk[and].IsLowerWord || !tk[and].Has(WordClass.ClauseCoordinator) || !tk[and - 1].Is(",")) return null;
            if (joined.Verb == null || joined.Verb.Has(VerbTag.Outcry)) return null;
            for (int k = starts[si]; k < and - 1; k++)
                if (tk[k].Is(",")) return null;
            // the outermost subject of that verb, past an aside between commas ("The mayor, Ada Lund, noted that")
            for (int p = starts[0]; p < c - 1; p++)
            {
                if (!tk[p].IsWord) continue;
                var m = _parser.Parse(tk, p, q, inverted: false);
                int v = m == null ? c : PastAside(tk, m.Next, q);
                if (v >= c) continue;
                var said = _parser.ParseCue(tk, v, q, allowAdverbs: true);
                if (said?.Verb != null && said.End == c && said.Verb.States) return m;
            }
            return null;
        }

        /// <summary>
        /// "Zafar Baig, another independent but a supporter of the coalition, said …": a clause start inside
        /// the apposition of an earlier subject is no subject of its own. The outermost earlier subject whose
        /// parse runs past clause start <paramref name="si"/> to the same cue, or null.
        /// </summary>
        private Mention? OuterSubject(IReadOnlyList<Token> tk, List<int> starts, int si, int q, CueMatch cue)
        {
            for (int sj = 0; sj < si; sj++)
            {
                int s = SkipIntro(tk, starts[sj], q);
                if (s >= starts[si]) continue;
                var m = _parser.Parse(tk, s, q, inverted: false);
                if (m == null || m.Next <= starts[si]) continue;
                var c = _parser.ParseCue(tk, m.Next, q, allowAdverbs: true);
                if (c != null && c.Start == cue.Start) return m;
            }
            return null;
        }

        /// <summary>"This week Ed told the magazine “…”": the name written right before the first speech verb of the sentence.</summary>
        public Clause? NameBeforeCue(IReadOnlyList<Token> tk, int q, int start)
        {
            start = Window(q, start);
            // from the sentence start, not after its introduction: "At the bottom it reads, “…”" has its subject inside what reads as one
            var named = FirstNameBeforeCue(tk, start, q) ?? FirstNameBeforeCue(tk, SkipIntro(tk, start, q), q);
            return named != null && q - named.Cue.End <= CueReach && !NewClauseBetween(tk, named.Cue.End, q) ? named : null;
        }

        /// <summary>How many words a subordinate clause written without its comma may hold after its pronoun ("returned", "got back home").</summary>
        private const int UncommaedSubordinateWords = 4;

        /// <summary>
        /// "When she returned she began by saying, “…”", "After they landed they left, saying …": a subordinator and a subject
        /// pronoun open a short clause of lower-case words that the writer closed with no comma, and a subject pronoun of the
        /// main clause follows: the index of that pronoun, where the main clause starts; <paramref name="s"/> itself when the
        /// sentence does not open so (a "that" or a verb of saying inside may open what the clause reports: "When she said he
        /// would …").
        /// </summary>
        internal static int AfterUncommaedSubordinate(IReadOnlyList<Token> tk, int s, int limit)
        {
            if (s + 3 >= limit || !tk[s].IsWord || !tk[s].Has(WordTag.Subordinator) || !CueLexicon.IsSubjectPronounNotIt(tk[s + 1])) return s;
            for (int k = s + 2; k < limit && k - (s + 2) <= UncommaedSubordinateWords; k++)
            {
                var t = tk[k];
                if (CueLexicon.IsSubjectPronounNotIt(t)) return k > s + 2 && k + 1 < limit && tk[k + 1].IsLowerWord ? k : s;
                if (!t.IsLowerWord || t.Has(WordGroup.Complementizer) || t.CueVerb is { } v && v.States) return s;
            }
            return s;
        }

        /// <summary>"X blasted the plan, saying “…”", "released a statement saying “…”": a participle cue takes the sentence's subject.</summary>
        public Clause? ParticipleBefore(IReadOnlyList<Token> tk, int q, int start)
        {
            // (the opening clause without its comma first: the introduction's reading would run to the participle's comma)
            int w = Window(q, start), s = AfterUncommaedSubordinate(tk, w, q);
            if (s == w) s = SkipIntro(tk, w, q);
            if (s >= q) return null;
            // "Outside the hall, about 200 workers gathered, chanting “…”": a word of approximation before the amount that opens the subject
            s += ApproximationBeforeAmount(tk, s, q);
            var subject = _parser.Parse(tk, s, q, inverted: false);
            bool inner = false;
            if (subject == null || subject.Next >= q || !tk[subject.Next].IsLowerWord) { subject = InnerClauseSubject(tk, Window(q, start), q); inner = subject != null; }
            else subject = SubjectAfterOpeningPhrase(tk, subject, q) ?? subject;
            // with no subject, only a participle after an earlier quotation's attribution has one
            int from = subject?.Next ?? s;
            for (int k = q - 1; k > from; k--)
            {
                // "…, saying “…”", "released a statement saying “…”", "by saying, “…”", "upon saying “…”"
                if (tk[k].IsWord && IsParticipleCue(tk[k].Lower) && (tk[k - 1].Is(",") || JoinedToParticiple(tk, k - 1) && PlainSubject(tk, subject) || tk[k - 1].IsQuote && QuotationFacts.EndsWithComma(tk[k - 1].Text) ||
                                                                       tk[k - 1].IsWord && tk[k - 1].Has(WordClass.ParticipleLead) ||
                                                                       AfterDocument(tk, k, from) || AfterAddressee(tk, k, from) || DocumentBeforeAddressee(tk, k, from) >= 0 ||
                                                                       AfterCommaAndAdverbs(tk, k, from)))
                {
                    var said = AttributionBeforeParticiple(tk, k, from)?.Mention;
                    // not a cry ("Lund said as the crowd gathered outside, chanting “…”": the crowd's)
                    if (said == null && inner && tk[k].CueVerb is { } part && !part.Has(VerbTag.Outcry)) said = AttributionAroundClause(tk, subject!, Window(q, start))?.Mention;
                    // "Lund spoke near the pier, where fifty workers had gathered, chanting “…”": the participle may be the inner clause's
                    if (said == null && OtherSubjectClauseBefore(tk, from, k)) return null;
                    said ??= subject;
                    return said == null ? null : new Clause(said, new CueMatch(tk[k].Text, k, k + 1, tk[k].CueVerb), CuePlace.Before);
                }
            }
            return null;
        }

        /// <summary>How many words may stand between "to" and a document before it ("a text message to donors saying").</summary>
        private const int DocumentBeforeToReach = 3;

        /// <summary>
        /// "emailed supporters saying: “…”", "sent a text message to his donors saying: “…”": a participle of speech right
        /// after the people the subject addresses, the object of a verb of speech that takes a person as its object or the
        /// persons a document is sent to, goes on with the subject's words (the addressees are no speakers of it).
        /// </summary>
        private static bool AfterAddressee(IReadOnlyList<Token> tk, int k, int from)
        {
            int a = k - 1;
            if (a <= from || !tk[a].IsLowerWord || !tk[a].IsSpeakerNoun(out _, out bool plural) || !plural) return false;
            int b = a - 1;
            // "his supporters", "the reporters"
            if (b > from && tk[b].IsLowerWord && tk[b].Has(WordTag.Determiner)) b--;
            if (b < from || !tk[b].IsLowerWord) return false;
            if (tk[b].CueVerb is { } v && v.Has(VerbTag.Speech) && v.Has(VerbTag.Object)) return true;
            if (!tk[b].Has(WordGroup.ToPreposition)) return false;
            for (int d = b - 1; d > from && b - d <= DocumentBeforeToReach; d--)
                if (tk[d].IsWord && tk[d].IsDocumentWord) return true;
            return false;
        }

        /// <summary>How many words the one a document is sent to may hold after "to" ("to Prime Minister Ada Lund of Dover").</summary>
        private const int AddresseeReach = 6;

        /// <summary>
        /// "sent a letter to the prime minister describing …", "wrote a letter to Mayor Tom Bell calling …": a document (singular
        /// or plural), then "to" and the one it is sent to (a person, a body or a name: determiners, modifiers and names, ending
        /// in a speaker noun, a word of an organisation or a capitalised word) right before the participle at k, which goes on
        /// with the sender's words as it does right after the document ("sent a letter describing …"). Returns the document's
        /// index, or -1.
        /// </summary>
        internal static int DocumentBeforeAddressee(IReadOnlyList<Token> tk, int k, int from)
        {
            int a = k - 1;
            if (a <= from || !tk[a].IsWord || !(tk[a].IsCapitalized || tk[a].IsLowerWord && (tk[a].IsSpeakerNoun(out _, out _) || tk[a].IsOrganisationWord))) return -1;
            for (int i = a - 1; i > from && a - i <= AddresseeReach; i--)
            {
                var t = tk[i];
                if (!t.IsWord) return -1;
                if (t.IsLowerWord && t.Has(WordGroup.ToPreposition))
                {
                    var doc = tk[i - 1];
                    return i - 1 >= from && i < a && doc.IsLowerWord && (doc.IsDocumentWord || Lexicon.IsDocumentPlural(doc.Lower)) ? i - 1 : -1;
                }
                // (no clause or phrase of its own inside: "a letter to the board that said", "a note to Bell in which")
                if (t.IsLowerWord && !t.Has(WordTag.Determiner | WordTag.Possessive) && (t.Has(WordTag.Function) || t.IsVerbForm)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// ", holding signs and chanting": a coordinator at c that joins the participle after it to a participle that opens the
        /// phrase after the comma before it.
        /// </summary>
        internal static bool JoinedToParticiple(IReadOnlyList<Token> tk, int c)
        {
            if (c < 1 || !tk[c].IsLowerWord || !tk[c].Has(WordClass.ClauseCoordinator)) return false;
            int k = c - 1;
            while (k > 0 && !tk[k].Is(",") && !tk[k].IsQuote && !tk[k].Is(".")) k--;
            return k > 0 && tk[k].Is(",") && k + 1 < c && CueLexicon.IsIngForm(tk[k + 1]);
        }

        /// <summary>
        /// A subject that a participle joined to another may take: a mention followed by its verb, not a sentence's opening
        /// participle or preposition read as a name ("Facing mounting criticism, …", "Outside the arena, …").
        /// </summary>
        private static bool PlainSubject(IReadOnlyList<Token> tk, Mention? subject) =>
            subject != null && !Rules.ReportedSpeech.OpensPhrase(tk, subject);

        /// <summary>
        /// "Continuing to explain his view, Reyes rejected the plan, saying …": a capitalised word at the clause start followed
        /// by a preposition, with a comma later and a subject and its verb after it, is the opening phrase ("Continuing to
        /// …,"), not the subject; the subject is the mention after that comma. Null when the words do not run so
        /// ("Reyes on Friday blamed …, saying" has no such comma before its verb).
        /// </summary>
        private Mention? SubjectAfterOpeningPhrase(IReadOnlyList<Token> tk, Mention subject, int q)
        {
            if (subject.End - subject.Start != 1 || !tk[subject.Next].Has(WordTag.Preposition)) return null;
            for (int k = subject.Next + 1; k < q - 1 && k - subject.Next < MaxIntroPhrase; k++)
            {
                if (tk[k].IsQuote || tk[k].IsLowerWord && tk[k].Has(WordTag.Finite)) return null;
                if (!tk[k].Is(",")) continue;
                var m = _parser.Parse(tk, k + 1, q, inverted: false);
                return m != null && m.Start == k + 1 && m.Next < q && tk[m.Next].IsLowerWord && !tk[m.Next].Has(WordTag.Preposition) ? m : null;
            }
            return null;
        }

        /// <summary>How many tokens the attribution after an earlier quotation may take before the comma of a participle ("said Scott Hawkins of Cheyenne,").</summary>
        private const int PostposedReach = 10;

        /// <summary>
        /// "“The board will fold,” Lund said, adding that the port “is finished.”", "“…,” said Reyes, noting that …": a
        /// participle right after the attribution that closes an earlier quotation of the sentence (its comma between) hangs
        /// on that attribution, whose source is the participle's subject, not the subject the quoted clause opens with. Only
        /// words of time may follow the attribution ("Lund said Tuesday, adding"); null when no such attribution stands there.
        /// </summary>
        private Clause? AttributionBeforeParticiple(IReadOnlyList<Token> tk, int k, int from)
        {
            int comma = k - 1;
            if (!tk[comma].Is(",")) return null;
            for (int p = comma - 1; p >= from && comma - p <= PostposedReach; p--)
            {
                if (!tk[p].IsQuote) continue;
                var c = FindAfter(tk, p, comma);
                if (c == null) return null;
                for (int i = Math.Max(c.Mention.Next, c.Cue.End); i < comma; i++)
                    if (!(tk[i].IsWord && tk[i].Has(WordTag.Time | WordTag.Calendar))) return null;
                return c;
            }
            return null;
        }

        /// <summary>
        /// "“We need him back,” Lund said at the dinner after the senator won his primary, remarking that …": the subject at
        /// <paramref name="inner"/> opens a clause of time before or after the attribution's event (a subordinator that also opens
        /// a phrase of time, <c>adjunct-preposition</c>: "after", "before") that stands inside the attribution closing an earlier
        /// quotation of the sentence: a participle after that clause hangs on the attribution, whose source is its subject, not on
        /// the clause. Not a clause of the same moment ("Clinton asks as a guard walks in, saying he's “…”": the guard's), nor a
        /// cry (the caller leaves "…, chanting" to the clause's subject). That attribution, or null.
        /// </summary>
        private Clause? AttributionAroundClause(IReadOnlyList<Token> tk, Mention inner, int from)
        {
            int sub = inner.Start - 1;
            if (sub <= from || !tk[sub].IsLowerWord || !tk[sub].Has(WordTag.Subordinator) || !tk[sub].Has(WordClass.AdjunctPreposition) || tk[sub].Has(WordTag.Relative | WordTag.Conditional)) return null;
            for (int p = sub - 1; p >= from; p--)
            {
                if (!tk[p].IsQuote) continue;
                var c = FindAfter(tk, p, sub);
                return c != null && Math.Max(c.Cue.End, c.Mention.Next) <= sub ? c : null;
            }
            return null;
        }

        /// <summary>
        /// When the sentence does not open with its subject ("Here in Columbia, Reyes stepped up …", "Speaking in Salem, New
        /// Hampshire, Lund went after Bell, …", "… at the pier, when protesters interrupted her, …"): the subject of the
        /// nearest clause before the quotation that opens after a comma or a subordinator, a speaker followed by its verb
        /// (a word in lower case). Never a relative pronoun ("…, who runs the ferry, …": that clause is about another).
        /// </summary>
        private Mention? InnerClauseSubject(IReadOnlyList<Token> tk, int from, int q)
        {
            for (int k = q - 2; k > from; k--)
            {
                var before = tk[k - 1];
                if (!(before.Is(",") || before.IsLowerWord && before.Has(WordTag.Subordinator))) continue;
                if (tk[k].IsWord && tk[k].Has(WordTag.Relative)) continue;
                var m = _parser.Parse(tk, k, q, inverted: false);
                if (m != null && m.Next < q && tk[m.Next].IsLowerWord) return m;
            }
            return null;
        }

        /// <summary>How many adverbs may stand between the comma (or "after", "by") and the participle it opens ("…, also repeatedly calling").</summary>
        private const int ParticipleAdverbReach = 2;

        /// <summary>
        /// "…, also calling on voters to reject “…”", "…, even after repeatedly dismissing them as “…”", "…, at one point calling
        /// the mayor “a liar”": one or two adverbs that may stand before a cue (tagged cue-adverb: "also", "repeatedly", "again";
        /// no finite auxiliary or verb, which would make the participle part of a finite verb: "…, was calling") or phrases of a
        /// moment (tagged moment: "at one point", "at times") between the participle at k and the comma or the lead word
        /// ("after", "by", "while") that opens its phrase. The participle then reports for the subject as it does right after the comma.
        /// </summary>
        private static bool AfterCommaAndAdverbs(IReadOnlyList<Token> tk, int k, int from) =>
            OpeningBeforeAdverbs(tk, k, from) is var j && j >= 0 && (tk[j].Is(",") || tk[j].IsLowerWord && tk[j].Has(WordClass.ParticipleLead));

        /// <summary>The most words of a phrase of a moment before a participle ("at another point").</summary>
        private const int MomentReach = 3;

        /// <summary>
        /// For a participle at k after one or two adverbs or phrases of a moment (<see cref="AfterCommaAndAdverbs"/>), the index of
        /// the token before them, or -1 when none stands right before k.
        /// </summary>
        internal static int OpeningBeforeAdverbs(IReadOnlyList<Token> tk, int k, int from)
        {
            int j = k - 1;
            for (int n = 0; n < ParticipleAdverbReach && j > from; n++)
            {
                if (tk[j].IsLowerWord && tk[j].Has(WordTag.CueAdverb) && !tk[j].Has(WordTag.Finite) && !tk[j].Has(WordClass.Be) && tk[j].CueVerb == null && !tk[j].IsVerbForm)
                {
                    j--;
                    continue;
                }
                int len = MomentReach;
                while (len >= 2 && !(j - len + 1 > from && tk[j - len + 1].IsLowerWord && Lexicon.Is(MentionParser.Join(tk, j - len + 1, j + 1).ToLowerInvariant(), WordSense.Moment))) len--;
                if (len < 2) break;
                j -= len;
            }
            return j == k - 1 || j <= from ? -1 : j;
        }

        /// <summary>How many tokens the phrase of a participle after "with" may run before the quotation it holds.</summary>
        private const int WithParticipleReach = 25;

        /// <summary>
        /// The word after a subject reads as its verb: a word in lower case that is no preposition, determiner, subordinator,
        /// coordinator or relative pronoun ("Lund said", "the board had"; not "Lund and", "the board of").
        /// </summary>
        /// <summary>A pronoun of people who may speak written with its auxiliary as one word ("we’re", "she’s", "I’ve"; not "it’s", "you’re").</summary>
        private static bool IsContractedPersonSubject(Token t) =>
            t.IsWord && t.Has(WordGroup.ContractedSubject) && Lexicon.Is(MentionParser.StripContraction(t.Lower), WordClass.PersonSubject);

        internal static bool VerbAfterSubject(Token v) =>
            v.IsLowerWord && !v.Has(WordTag.Preposition | WordTag.Determiner | WordTag.Subordinator) && !v.Has(WordClass.Coordinator | WordClass.RelativePronoun);

        /// <summary>The most adverbs between the comma that closes a relative aside and the verb of its antecedent ("…,” plainly wanted").</summary>
        private const int ClosedRelativeAdverbs = 2;

        /// <summary>
        /// "Lund, who has called the plan “a fraud,” plainly wanted the crowd to “walk away”", "Mr. Reyes, who said last week that the
        /// levy would stay, issued a statement saying …": the relative pronoun at <paramref name="r"/>, set off by a comma after the noun
        /// phrase it stands for, opens an aside that its first comma (or a comma typed inside the marks of its last quotation) closes,
        /// and the antecedent's own verb follows, after at most two adverbs (<see cref="VerbAfterSubject"/>, not in -ing): the clause
        /// after it is the antecedent's, no longer the pronoun's. The index of that verb (before <paramref name="limit"/>), or -1. Not
        /// an aside whose first comma leads to no verb ("who said the plan, if passed, would fail", "who said, “…,” added"), nor one
        /// with a semicolon, a colon, a dash, a bracket or the end of a statement before its comma.
        /// </summary>
        internal static int AfterClosedRelative(IReadOnlyList<Token> tk, int r, int limit)
        {
            if (r < 1 || r >= limit || !tk[r].IsLowerWord || !tk[r].Has(WordClass.SubjectRelative) || !tk[r - 1].Is(",")) return -1;
            for (int e = r + 1; e < limit; e++)
            {
                var t = tk[e];
                if (t.Is(";") || t.Is(":") || t.Is(".") || t.Is("(") || t.IsDash) return -1;
                bool comma = t.Is(",") || t.IsQuote && Tokenizer.FinalMark(t.Text) == ',';
                if (!comma)
                {
                    if (t.IsQuote && Tokenizer.EndsStatement(t.Text)) return -1;
                    continue;
                }
                int v = e + 1;
                for (int n = 0; n < ClosedRelativeAdverbs && v < limit && (CueLexicon.IsLyAdverb(tk[v]) || tk[v].IsLowerWord && tk[v].Has(WordTag.CueAdverb) && tk[v].CueVerb == null && !tk[v].Has(WordTag.Finite)); n++) v++;
                return v < limit && VerbAfterSubject(tk[v]) && !CueLexicon.IsIngForm(tk[v]) ? v : -1;
            }
            return -1;
        }

        /// <summary>1 when the token at <paramref name="i"/> is a word of approximation ("about", "nearly", "roughly") right before an amount ("about 50 workers"), else 0.</summary>
        private static int ApproximationBeforeAmount(IReadOnlyList<Token> tk, int i, int v) =>
            i + 1 < v && tk[i].IsLowerWord && tk[i].Has(WordTag.Approximate) && Rules.ReportedSpeech.IsAmount(tk[i + 1]) ? 1 : 0;

        /// <summary>
        /// "Reyes asked as a waiter walked past her table, saying he was “…”", "Lund spoke near the pier, where fifty workers had
        /// gathered, chanting “…”", "Lund spoke to Okafor on the pier, who replied: “…”": between <paramref name="from"/> and the verb
        /// of speech at <paramref name="v"/>, a subordinator, or a relative after a comma, a dash or a coordinator, opens a clause
        /// with a subject of its own that is no pronoun (a name or a description and its verb, or a subject relative right before
        /// its verb), a verb that is no form of "be", and that clause runs on to <paramref name="v"/> (no comma, dash or bracket
        /// inside it but the comma right before <paramref name="v"/>). The verb at <paramref name="v"/> may be that subject's as
        /// well as the one before <paramref name="from"/>: neither is sure. Not a restrictive relative ("an architect who said …,
        /// saying", "policies that help …, saying"), an aside closed before the verb ("Kirk, who faces a tough race, rescinded …,
        /// saying", "(where Oz practices)"), a clause of state ("after her statement was shown to be false, stating", "Blatter,
        /// who is under investigation, saying"), a pronoun ("as she left the hall, adding …": most often the subject before) or a
        /// condition ("if the board refused": part of what is said).
        /// </summary>
        public bool OtherSubjectClauseBefore(IReadOnlyList<Token> tk, int from, int v)
        {
            for (int k = Math.Max(from, 1); k < v; k++)
            {
                var t = tk[k];
                if (!t.IsLowerWord || t.Has(WordTag.Conditional)) continue;
                bool relative = t.Has(WordClass.SubjectRelative) || t.Has(WordTag.Relative) && !t.Has(WordTag.Subordinator);
                if (relative && !(tk[k - 1].Is(",") || tk[k - 1].IsDash || tk[k - 1].IsLowerWord && tk[k - 1].Has(WordClass.ClauseCoordinator))) continue;
                if (!relative && !t.Has(WordTag.Subordinator)) continue;
                if (!RunsTo(tk, k, v))
                {
                    // "while her main rival, Tom Reyes, has risen in the polls by saying": a name set off by commas after the
                    // clause's subject, then its verb, the clause running on from there
                    if (!relative && NameApposedToSubject(tk, k + 1, v) is int verb && RunsTo(tk, verb - 1, v) && ActiveVerb(tk[verb])) return true;
                    continue;
                }
                // "…, who replied": the relative is the subject of the verb right after it
                if (t.Has(WordClass.SubjectRelative))
                {
                    if (ActiveVerb(tk[k + 1])) return true;
                    continue;
                }
                // "where about 50 workers had gathered": a word of approximation before an amount opens the subject
                int ms = k + 1 + ApproximationBeforeAmount(tk, k + 1, v);
                var m = _parser.Parse(tk, ms, v, inverted: false);
                if (m == null) { if (PlainClauseAt(tk, ms, v)) return true; continue; }
                if (m.Start != ms || m.Next >= v || m.IsPronoun || IsPossessive(tk, m.End - 1)) continue;
                if (ActiveVerb(tk[m.Next])) return true;
            }
            return false;
        }

        /// <summary>
        /// "her main rival, Tom Reyes, has …": at <paramref name="a"/> a subject that is no pronoun, then a name between commas; the
        /// index of the word after the second comma, or null.
        /// </summary>
        private int? NameApposedToSubject(IReadOnlyList<Token> tk, int a, int v)
        {
            var m = _parser.Parse(tk, a, v, inverted: false);
            if (m == null || m.Start != a || m.IsPronoun || m.Next >= v || !tk[m.Next].Is(",")) return null;
            var name = _parser.Parse(tk, m.Next + 1, v, inverted: false);
            if (name == null || name.Kind != MentionKind.Name || name.Start != m.Next + 1 || name.Next + 1 >= v || !tk[name.Next].Is(",")) return null;
            return name.Next + 1;
        }

        /// <summary>The words a place opening a sentence may have ("In Washington", "In Rawalpindi", "In New Delhi").</summary>
        private const int OpeningPlaceWords = 3;

        /// <summary>
        /// "In Washington, …", "In New Delhi, …": at <paramref name="s"/> a place preposition, then one to
        /// <see cref="OpeningPlaceWords"/> capitalised words, then a comma before <paramref name="e"/>; the comma's index, else -1.
        /// </summary>
        internal static int OpeningPlaceComma(IReadOnlyList<Token> tk, int s, int e)
        {
            if (s + 2 >= e || !tk[s].IsWord || !tk[s].Has(WordClass.PlacePreposition)) return -1;
            int comma = s + 1;
            while (comma < e && comma - s - 1 <= OpeningPlaceWords && tk[comma].IsWord && tk[comma].IsCapitalized) comma++;
            int words = comma - s - 1;
            return words < 1 || words > OpeningPlaceWords || comma >= e || !tk[comma].Is(",") ? -1 : comma;
        }

        /// <summary>
        /// "At the Pakistani Embassy, …", "At the Pentagon, …", "In Washington, …": at <paramref name="s"/> a place
        /// preposition (or, before "the", a word that opens a place or a time: "at"), an optional "the", then one to <see cref="OpeningPlaceWords"/> capitalised words, then a comma before
        /// <paramref name="e"/>; the index of the first capitalised word and of the comma, else (-1, -1). The place may be an
        /// institution's building as well as a city or a country.
        /// </summary>
        internal static (int Words, int Comma) OpeningPlacePhrase(IReadOnlyList<Token> tk, int s, int e)
        {
            int comma = OpeningPlaceComma(tk, s, e);
            if (comma >= 0) return (s + 1, comma);
            // ("At the Pentagon,": "at", which opens a place or a time, as the place preposition "in" does)
            if (s + 3 >= e || !tk[s].IsWord || !tk[s].Has(WordClass.PlacePreposition | WordClass.PlaceOrTimeLead) || !tk[s + 1].IsWord || !tk[s + 1].IsLowerWord ||
                !tk[s + 1].Has(WordGroup.DefiniteArticle)) return (-1, -1);
            comma = s + 2;
            while (comma < e && comma - s - 2 <= OpeningPlaceWords && tk[comma].IsWord && tk[comma].IsCapitalized) comma++;
            int words = comma - s - 2;
            return words < 1 || words > OpeningPlaceWords || comma >= e || !tk[comma].Is(",") ? (-1, -1) : (s + 2, comma);
        }

        /// <summary>The word after a subject reads as its verb (<see cref="VerbAfterSubject"/>) and is no form of "be" ("was shown", "is under").</summary>
        private static bool ActiveVerb(Token t) => VerbAfterSubject(t) && !t.Has(WordClass.Be);

        /// <summary>
        /// The clause opened at <paramref name="k"/> runs on to the verb at <paramref name="v"/>: no comma, semicolon, dash or
        /// bracket between them but a comma right before <paramref name="v"/> ("as a waiter walked past, saying").
        /// </summary>
        private static bool RunsTo(IReadOnlyList<Token> tk, int k, int v)
        {
            for (int i = k + 1; i < v; i++)
                if (tk[i].Is(",") && i < v - 1 || tk[i].Is(";") || tk[i].IsDash || tk[i].Is(")")) return false;
            return true;
        }

        /// <summary>How many words in lower case a plain noun phrase and its verb may run before a function word (<see cref="PlainClauseAt"/>).</summary>
        private const int PlainClauseWords = 4;

        /// <summary>
        /// "a waiter walked past", "a maintenance guy walks in", "about 50 protesters had gathered": at <paramref name="i"/> a
        /// determiner or a number (an "about" before it), then words in lower case that the mention grammar does not read as a
        /// speaker: a noun phrase and its verb, either an auxiliary after a word at least ("protesters had") or two words at least
        /// before a preposition or a determiner ("waiter walked past her table"). Not a phrase with nothing after it ("as the first
        /// step,"), nor one before a clause ("as a public admission that …").
        /// </summary>
        private static bool PlainClauseAt(IReadOnlyList<Token> tk, int i, int end)
        {
            int k = i;
            if (k + 1 < end && tk[k].IsLowerWord && tk[k].Has(WordTag.Preposition) && tk[k + 1].IsDigits) k++;
            if (k >= end || !(tk[k].IsDigits || tk[k].IsLowerWord && tk[k].Has(WordTag.Determiner))) return false;
            int words = 0;
            for (k++; k < end && words <= PlainClauseWords; k++)
            {
                var t = tk[k];
                if (!t.IsLowerWord) return false;
                if (t.Has(WordTag.Finite | WordTag.Auxiliary)) return words > 0 && !t.Has(WordClass.Be);
                if (t.Has(WordTag.Preposition | WordTag.Determiner)) return words >= 2;
                if (t.Has(WordTag.Function) || t.Has(WordClass.Coordinator | WordClass.RelativePronoun)) return false;
                words++;
            }
            return false;
        }

        /// <summary>
        /// The verb of speech that introduces the quotation at <paramref name="q"/> after <paramref name="from"/>: a finite one at
        /// most <see cref="IntroducingVerbReach"/> tokens before the comma or colon right before it ("who replied at once: “…”"),
        /// else the nearest participle of speech after a comma ("…, saying he was “…”"); -1 when there is none. A verb inside
        /// what a participle says ("…, saying anybody who complains about it “…”") introduces nothing.
        /// </summary>
        public static int IntroducingSpeechVerb(IReadOnlyList<Token> tk, int from, int q)
        {
            int mark = q - 1;
            if (mark > from && (tk[mark].Is(":") || tk[mark].Is(",")))
                for (int k = mark - 1; k > from && mark - k <= IntroducingVerbReach && !tk[k].IsQuote; k--)
                    if (tk[k].IsLowerWord && tk[k].CueVerb is { } verb && verb.Has(VerbTag.Speech) && !verb.IsParticiple) return k;
            for (int k = q - 1; k > from; k--)
            {
                if (tk[k].IsQuote) return -1;
                if (tk[k].IsLowerWord && tk[k - 1].Is(",") && IsParticipleCue(tk[k].Lower) && tk[k].CueVerb is { } verb && verb.Has(VerbTag.Speech)) return k;
            }
            return -1;
        }

        /// <summary>
        /// "Lund noted her years as senator representing the state, saying “…”": right after "as", a bare singular noun with no
        /// determiner (lower case) is the role the words before it give someone, no subject of a clause of its own ("as the
        /// senator said", "as officials put it" are).
        /// </summary>
        private static bool RoleAfterAs(IReadOnlyList<Token> tk, int s, Mention m)
        {
            if (s < 1 || m.Start != s || m.Kind != MentionKind.Description || !tk[s - 1].IsLowerWord || !tk[s - 1].Has(WordGroup.ObjectComplement)) return false;
            var w = tk[s];
            return w.IsLowerWord && !w.Has(WordTag.Determiner | WordTag.Pronoun) && !m.Plural;
        }

        /// <summary>How many tokens a finite verb of speech may stand before the comma or colon that introduces its quotation ("replied at once:").</summary>
        private const int IntroducingVerbReach = 3;

        /// <summary>
        /// "Reyes testified in June, and Sen. Ada Lund kept asking her why the agency called it “routine”", "he mocked his rivals
        /// - as Lund has said - and he can “guarantee” …": a clause coordinator after a comma or a dash, then a subject of its own
        /// (a name or a subject pronoun) and its verb, between the cue that ends at <paramref name="from"/> and the quotation
        /// at <paramref name="q"/>, opens a new clause; the quotation is in that clause, not the content of the earlier cue.
        /// Not a list of names ("Reyes, and Lund said"): the word after the subject is a verb or an auxiliary, not a function word;
        /// nor a clause with a reporting verb of its own ("…, but she knows that “…”"), which the rules that read it attribute.
        /// </summary>
        public bool NewClauseBetween(IReadOnlyList<Token> tk, int from, int q) => NewClauseAfter(tk, from, q) >= 0;

        /// <summary>
        /// "Sen. Ada Lund said the plan would cost jobs, and called it “a giveaway”", "Reyes acknowledged that the sums were
        /// ''confusing'' and called the deal ''a mistake''": a reporting verb after "and" or "but", in the form of the clause's
        /// cue (both past, or both in -s), between that cue and the quotation at <paramref name="q"/>, heads a second verb
        /// phrase of the same subject: the quotation is its object, and the first cue reports the clause before the
        /// coordinator. The clause with that verb for its cue (the same subject), or null: when the first cue has no words
        /// of its own before the coordinator, when a clause mark, a relative or subordinate clause, or a new clause with a
        /// subject of its own (<see cref="NewClauseBetween"/>) stands between, or the second verb is of another form ("says he
        /// would sit down and tell him “…”": a verb of the reported clause).
        /// </summary>
        public Clause? CoordinatedCueAfter(IReadOnlyList<Token> tk, Clause clause, int q)
        {
            if (clause.Cue.Verb is not { } first || first.IsParticiple) return null;
            var form = new CueVerb(first).Kind;
            if (form != VerbForm.Past && form != VerbForm.ThirdPerson) return null;
            CueMatch? found = null;
            for (int v = clause.Cue.End + 2; v < q; v++)
            {
                var t = tk[v - 1];
                if (t.Is(";") || t.Is(":") || t.Is("(") || t.IsDash) return null;
                if (t.IsLowerWord && (t.Has(WordClass.RelativePronoun) || t.Has(WordTag.Subordinator) && !t.Has(WordGroup.Complementizer))) return null;
                if (!t.IsLowerWord || !t.Has(WordClass.ClauseCoordinator) || !tk[v].IsLowerWord) continue;
                if (tk[v].CueVerb is not { } second || second.IsParticiple || second.Use == CueUse.After || new CueVerb(second).Kind != form) continue;
                if (!Rules.ReportedSpeech.HasWords(tk, clause.Cue.End, v - 1) || NewClauseBetween(tk, clause.Cue.End, v)) continue;
                found = new CueMatch(tk[v].Text, v, v + 1, second);
            }
            return found == null ? null : new Clause(clause.Mention, found, clause.Place);
        }

        /// <summary>
        /// "Most engineers agree (Tom Reyes, who drew it, once said, “…”)": the quotation at <paramref name="q"/> stands in a
        /// parenthesis opened after <paramref name="from"/> and not closed before it, which holds a verb of saying of its own:
        /// the parenthesis has its own subject and cue, so the clause outside it does not speak the quotation.
        /// </summary>
        public static bool InOwnParenthesis(IReadOnlyList<Token> tk, int from, int q) => OwnParenthesisStart(tk, from, q) >= 0;

        /// <summary>The index of the bracket that opens the parenthesis <see cref="InOwnParenthesis"/> finds, or -1.</summary>
        public static int OwnParenthesisStart(IReadOnlyList<Token> tk, int from, int q)
        {
            int depth = 0;
            for (int k = q - 1; k >= from; k--)
            {
                if (tk[k].Is(")")) depth++;
                else if (tk[k].Is("("))
                {
                    if (depth > 0) { depth--; continue; }
                    for (int w = k + 1; w < q; w++)
                        if (tk[w].IsLowerWord && tk[w].CueVerb is { } v && v.States && !v.IsParticiple) return k;
                    return -1;
                }
            }
            return -1;
        }

        /// <summary>
        /// ", and I quote, “…”": at the coordinator <paramref name="k"/>, "I", a form of "quote" that is no hearsay (words.txt
        /// quote-form: not "quoted") and the comma or colon right before the quotation at <paramref name="q"/>.
        /// </summary>
        private static bool IsVerbatimAside(IReadOnlyList<Token> tk, int k, int q)
        {
            if (k + 4 == q && tk[k + 1].IsPronounI && tk[k + 2].IsLowerWord && tk[k + 2].Has(WordClass.QuoteForm) && !tk[k + 2].Has(WordTag.Hearsay) &&
                (tk[k + 3].Is(",") || tk[k + 3].Is(":"))) return true;
            // ", and I'm quoting him, “…”", ", and I'm quoting again: “…”": "I" with its auxiliary in one word, the progressive of
            // "quote", at most <see cref="VerbatimAsideTail"/> lower-case word after it (its object or an adverb), then the comma or colon
            if (k + 3 >= q || !IsContractedPersonSubject(tk[k + 1]) || !MentionParser.StripContraction(tk[k + 1].Lower).Equals("i", System.StringComparison.Ordinal)) return false;
            var v = tk[k + 2];
            if (!v.IsLowerWord || !v.Has(WordClass.QuoteForm) || v.Has(WordTag.Hearsay) || !(tk[q - 1].Is(",") || tk[q - 1].Is(":"))) return false;
            if (q - 1 - (k + 3) > VerbatimAsideTail) return false;
            for (int i = k + 3; i < q - 1; i++)
                if (!tk[i].IsLowerWord) return false;
            return true;
        }

        /// <summary>How many words may follow "I'm quoting" in the writer's verbatim aside (", and I'm quoting him, “…”").</summary>
        private const int VerbatimAsideTail = 1;

        /// <summary>
        /// The coordinator that opens the first such new clause (<see cref="NewClauseBetween"/>) after <paramref name="from"/> and
        /// before <paramref name="q"/>, or -1. With <paramref name="reporting"/>, a clause whose subject (a description too) reports
        /// by a finite verb of its own ("…, and the council warned that …") is one too: the end of a content with no quotation in it.
        /// </summary>
        public int NewClauseAfter(IReadOnlyList<Token> tk, int from, int q, bool reporting = false)
        {
            for (int k = from + 1; k < q - 1; k++)
            {
                // "said that the server was open, and he had access to “…”": a second clause of what the cue reports
                if (tk[k].IsLowerWord && tk[k].Has(WordClass.RelativePronoun)) return -1;
                if (!tk[k].IsLowerWord || !tk[k].Has(WordClass.ClauseCoordinator) || !(tk[k - 1].Is(",") || tk[k - 1].IsDash)) continue;
                // "said the crews had stayed, and that Norway would not accept “…”": a second that-clause of the same report
                if (tk[k + 1].IsLowerWord && tk[k + 1].Has(WordGroup.Complementizer)) continue;
                // "Reyes said, and I quote, “…”": the writer's aside that the words come as said, no clause of a subject of its own
                if (IsVerbatimAside(tk, k, q)) continue;
                // "said the pier was safe, and we’re ready to open it": a person's pronoun written with its auxiliary is a subject
                // and its verb in one word, a clause of its own ("and she’s said that …" reports by a verb of its own: left to its rules)
                if (IsContractedPersonSubject(tk[k + 1]))
                {
                    if (reporting || !(k + 2 < q && tk[k + 2].IsLowerWord && tk[k + 2].IsVerbForm)) return k;
                    continue;
                }
                var m = _parser.Parse(tk, k + 1, q, inverted: false);
                if (m == null || m.Start != k + 1 || m.Next >= q || IsPossessive(tk, m.End - 1)) continue;
                // a description reports too ("…, and the harbour board warned that …"), where a verb of saying follows it
                // (not "…, and that the board agreed": a second that-clause of the same report)
                bool speaking = reporting && !tk[k + 1].Has(WordGroup.Complementizer) && Rules.ReportedSpeech.StartsCueGroup(tk, m.Next, q);
                if (!(m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || m.IsPronoun && tk[m.Start].Has(WordClass.PersonSubject) ||
                      speaking && m.Kind == MentionKind.Description)) continue;
                var v = tk[m.Next];
                if (!VerbAfterSubject(v)) continue;
                // "Ortiz says she hopes to win, but she knows that “…”": a clause that reports by a verb of its own is left to the rules that read it
                // (a form of "go" reports only with "on" after it, "went on to say": "…, and Bell went quiet" is a clause of its own)
                if (v.IsVerbForm && !speaking && !(v.Has(WordGroup.GoForm) && !(m.Next + 1 < q && tk[m.Next + 1].IsLowerWord && tk[m.Next + 1].Has(WordGroup.GoOnParticle)))) continue;
                return k;
            }
            return -1;
        }

        /// <summary>
        /// "…, with the union calling the plan “a disgrace”", "with Ada Lund reportedly shouting: “…”": in the absolute
        /// construction "with" + noun phrase + participle of saying, the noun phrase is the source of a quotation in the
        /// participle's phrase (the nearest such "with" before the quotation, in its sentence). Not when a name and a finite
        /// reporting verb of its own stand between the participle and the quotation ("with Lund saying Reyes called it “…”"),
        /// nor across a semicolon or a dash; the noun phrase and the participle with no punctuation between them ("a meeting with
        /// reporters, saying …" is the clause subject's).
        /// </summary>
        public Clause? WithParticipleBefore(IReadOnlyList<Token> tk, int q, int start)
        {
            int from = Window(q, start);
            for (int w = q - 2; w >= from; w--)
            {
                var t = tk[w];
                if (t.Is(";") || t.IsDash) return null;
                // the one word that opens the absolute construction
                if (!t.IsWord || !t.Has(WordGroup.Accompaniment)) continue;
                if (WithSubjectParticiple(tk, w, q) is not { } with || q - with.Participle > WithParticipleReach) continue;
                var (m, k) = with;
                for (int i = k + 1; i < q; i++)
                    if (tk[i].IsLowerWord && tk[i].CueVerb is ReportingVerb v && !v.IsParticiple && tk[i - 1].IsCapitalized)
                        return null;
                return new Clause(m, new CueMatch(tk[k].Text, k, k + 1, tk[k].CueVerb), CuePlace.Before);
            }
            return null;
        }

        /// <summary>
        /// The absolute construction opened by "with" at <paramref name="w"/> ("with Mayor Lund calling it …", "with three in
        /// 10 saying …", "with marchers and spectators chanting …"): its noun phrase (no pronoun; two joined by "and" are one) and the token of its participle of saying, at most two adverbs after the
        /// phrase and all of it before <paramref name="limit"/>; null when the words after "with" are no such phrase. With
        /// <paramref name="reported"/>, the participle may be any of a verb of reported speech or stance too, one that introduces no
        /// quotation ("with the ministry rejecting the findings", "with the union backing the strike").
        /// </summary>
        public (Mention Subject, int Participle)? WithSubjectParticiple(IReadOnlyList<Token> tk, int w, int limit, bool reported = false)
        {
            // (a counted share the mention grammar does not read: "with three in 10 saying", "with 30 percent of voters saying")
            var m = _parser.Parse(tk, w + 1, limit, inverted: false) ?? ShareSubject(tk, w + 1, limit);
            if (m == null || m.IsPronoun || m.Next >= limit) return null;
            // "with marchers and spectators chanting …": two phrases joined by "and" or "or", one source
            if (tk[m.Next].IsLowerWord && tk[m.Next].Has(WordClass.ListCoordinator) &&
                _parser.Parse(tk, m.Next + 1, limit, inverted: false) is { } second && !second.IsPronoun && second.Start == m.Next + 1 && second.Next < limit)
                m = MentionParser.Coordinated(tk, m, second);
            int k = m.Next;
            while (k < limit && k - m.Next < 2 && tk[k].IsLowerWord && Lexicon.IsAdverb(tk[k].Text)) k++;
            // "with Ada Lund taking to Twitter to call it “…”": a participle of purpose (words.txt purpose), then its infinitive of saying or naming
            if (k < limit && IsPurposeParticiple(tk[k]) && PurposeCue(tk, k, limit, participle: true) is { Verb: { } said } purpose &&
                (said.States || said.Has(VerbTag.Naming)))
            {
                for (int i = w + 1; i < k; i++)
                    if (!tk[i].IsWord) return null;
                return (m, purpose.Start);
            }
            // "with 140 captains blasting the levy", "with the union backing the plan": a verb of judging too
            if (k >= limit || !tk[k].IsLowerWord || !(IsParticipleCue(tk[k].Lower) || IsJudgingParticiple(tk[k].Lower) || reported && IsReportedParticiple(tk[k].Lower))) return null;
            // "a meeting with reporters at the United Nations, saying …": a participle after a comma hangs on the clause, not on "with"
            for (int i = w + 1; i < k; i++)
                if (!tk[i].IsWord) return null;
            return (m, k);
        }

        /// <summary>
        /// "taking", "using", "seizing": the -ing form of a verb of purpose (words.txt purpose, which tags the finite forms: "took to
        /// the radio to say"), its base read back from the ending ("tak" + "e", "return").
        /// </summary>
        private static bool IsPurposeParticiple(Token t)
        {
            if (!CueLexicon.IsIngForm(t)) return false;
            string stem = t.Lower.Substring(0, t.Lower.Length - 3);
            return CueLexicon.Is(stem, WordTag.Purpose) || CueLexicon.Is(stem + "e", WordTag.Purpose);
        }

        /// <summary>
        /// "released a statement saying …", "issued a statement Tuesday saying …": the participle at k reports a document right
        /// before it (words of time may stand between), so it says what the document's issuer says.
        /// </summary>
        internal static bool AfterDocument(IReadOnlyList<Token> tk, int k, int from) =>
            k - 1 >= from && tk[k - 1].IsWord && tk[k - 1].IsDocumentWord || DocumentThenTime(tk, k, from);

        /// <summary>How many words of time may stand between a document and its participle ("a statement Tuesday saying").</summary>
        private const int DocumentTimeReach = 3;

        /// <summary>
        /// "issued a statement Tuesday saying", "a series of posts early Monday calling": words of time (a day, a word that
        /// leads one: "early", "late", "on") between a document (singular or plural) and the participle at k that reports it; none of them
        /// before <paramref name="from"/>.
        /// </summary>
        private static bool DocumentThenTime(IReadOnlyList<Token> tk, int k, int from)
        {
            bool time = false;
            for (int i = k - 1; i >= from && k - i <= DocumentTimeReach + 1; i--)
            {
                var t = tk[i];
                if (!t.IsWord) return false;
                var w = t.Lower;
                if (time && (Lexicon.IsDocumentWord(w) || Lexicon.IsDocumentPlural(w))) return true;
                if (!Lexicon.Is(w, WordTag.Time | WordTag.Calendar | WordTag.TimeLead)) return false;
                time = true;
            }
            return false;
        }

        /// <summary>
        /// "Lund took to the radio to accuse the council of being “fooled”", "used the hearing to demand that …":
        /// a reporting verb in the infinitive of purpose after the subject's own verb (tagged purpose: not one that
        /// hands the infinitive to an object, as "urged voters to …" does) reports the subject's words. At most
        /// eight words between, none that starts a clause or names another speaker by a pronoun.
        /// </summary>
        private static CueMatch? PurposeCue(IReadOnlyList<Token> tk, int from, int q, bool participle = false)
        {
            if (from >= q || !tk[from].IsLowerWord) return null;
            if (!participle && !tk[from].Has(WordTag.Purpose)) return null;
            for (int v = from + 2; v < q && v - from <= PurposeReach + 1; v++)
            {
                var t = tk[v - 1];
                if (!MayStandInPurpose(t)) return null;
                if (!(t.IsWord && t.Has(WordGroup.InfinitiveMarker)) || !tk[v].IsLowerWord) continue;
                var verb = tk[v].CueVerb;
                if (verb == null) continue;  // "to the radio"
                if (verb.Form != verb.Lemma || verb.Use == CueUse.After || q - v > 8) return null;
                return new CueMatch(tk[v].Text, v, v + 1, verb);
            }
            return null;
        }

        /// <summary>The most words between a verb of purpose and the "to" of the infinitive it governs ("took to the steps of City Hall to …").</summary>
        internal const int PurposeReach = 8;

        /// <summary>
        /// True when the token may stand between a verb of purpose and the infinitive it governs ("took to the radio to …",
        /// "used the hearing to …"): no quotation or mark, no word that starts a clause, no pronoun that may name another subject,
        /// no noun of not doing, whose own infinitive that is ("came under fire for its failure to speak out on …").
        /// </summary>
        internal static bool MayStandInPurpose(Token t) =>
            !(t.IsQuote || t.Is(",") || t.Is(";") || t.Is(":") || t.Is("—") || t.Is("--")) &&
            !(t.IsWord && (t.Has(WordTag.ClauseBreak) || MentionParser.IsPronoun(t.Lower) || t.Has(WordTag.ObjectPronoun) || Lexicon.Is(t.Lower, WordSense.NotDoing)));

        /// <summary>
        /// "Walsh added that Swanson surfaced after several seconds, yelled “shark attack!”": a reporting verb
        /// right before the quote, joined by a comma or "and" to the verb phrase of the clause's subject, makes
        /// that subject the speaker. Nothing between may start another clause or name another subject.
        /// </summary>
        private static CueMatch? CoordinatedCue(IReadOnlyList<Token> tk, int from, int q)
        {
            int v = BeforeIntroducingMark(tk, q, from);
            if (v - from < 2 || v - from > 16 || !tk[v].IsLowerWord || !tk[from].IsLowerWord || tk[from].CueVerb is { } first && first.Use != CueUse.After) return null;
            var verb = tk[v].CueVerb;
            if (verb == null || verb.Use == CueUse.After || verb.IsParticiple) return null;
            if (!(tk[v - 1].Is(",") || tk[v - 1].IsWord && tk[v - 1].Has(WordGroup.Additive))) return null;
            for (int k = from; k < v - 1; k++)
            {
                var t = tk[k];
                if (t.IsQuote || t.Is(";") || t.Is(":") || t.Is("—") || t.Is("--")) return null;
                if (t.IsWord && (t.Has(WordTag.ClauseBreak) || MentionParser.IsPronoun(t.Lower))) return null;
            }
            return new CueMatch(tk[v].Text, v, v + 1, verb);
        }

        /// <summary>
        /// "Said Smith: “…”", "Concluded the researchers, “…”": a sentence that opens with a capitalised reporting
        /// verb and goes on with its subject, which ends at the colon or comma before the quotation.
        /// </summary>
        public Clause? InvertedIntroduction(IReadOnlyList<Token> tk, int q, int start)
        {
            int w = Window(q, start);
            int s = SkipIntro(tk, w, q);
            // "But, said Solovey, “…”": after a connective and its comma the verb opens the clause in lower case
            bool afterConnective = s == w + 2 && tk[w].IsCapitalized && tk[w].Has(WordTag.Intro) && tk[w + 1].Is(",");
            if (s + 2 > q || !(tk[s].IsCapitalized || afterConnective && tk[s].IsLowerWord)) return null;
            var verb = tk[s].CueVerb;
            if (verb == null || verb.IsParticiple || verb.Use == CueUse.Before || tk[s].Lower == verb.Lemma) return null; // "Say what you will", "Note:": imperatives
            var m = _parser.Parse(tk, s + 1, q, inverted: true);
            if (m == null || m.IsPronoun) return null;
            // the subject (and a short phrase: "in its annual report") runs up to the quotation's colon or comma,
            // or, for a paragraph ending "Said Smith:", to the colon itself
            if (!(tk[q - 1].Is(":") || tk[q - 1].Is(",") || tk[q].Is(":"))) return null;
            int last = tk[q].Is(":") ? q : q - 1;
            // "Said Mary Lane, the mayor, “…”": an apposition read with the comma that closes it before the quotation
            int next = m.Next == q && tk[q - 1].Is(",") ? q - 1 : m.Next;
            // "Said Dora Poole, who grew up nearby, “…”": a relative clause of the subject, set off by commas
            if (next < last && tk[next].Is(",") && next + 1 < last && tk[next + 1].IsLowerWord && tk[next + 1].Has(WordClass.PersonAside) &&
                tk[last].Is(",") && last - next <= MaxRelativeAside && !HasBreak(tk, next + 1, last))
                return new Clause(m, new CueMatch(tk[s].Text, s, s + 1, verb), CuePlace.Before);
            if (next > last || last - next > 5) return null;
            for (int k = next; k < last; k++)
                if (!tk[k].IsWord || tk[k].CueVerb != null && !tk[k].IsDocumentWord) return null;
            return new Clause(m, new CueMatch(tk[s].Text, s, s + 1, verb), CuePlace.Before);
        }

        /// <summary>How many tokens a relative clause may take between an inverted subject and its quotation ("Said X, who …, “…”").</summary>
        private const int MaxRelativeAside = 16;

        /// <summary>True when a quotation, a semicolon, a colon or a dash stands in [a, e): no single aside.</summary>
        private static bool HasBreak(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsQuote || tk[i].Is(";") || tk[i].Is(":") || tk[i].IsDash) return true;
            return false;
        }

        /// <summary>
        /// "This week Ed told the magazine …", "But in a note to his letter Mrs Thatcher said: …": when the
        /// sentence does not open with its subject, the name (or he/she) written right before the first
        /// speech verb of the clause. Looks at a bounded number of tokens.
        /// </summary>
        /// <summary>"Trump’s", "the mayor's", "the Smiths’": a possessive word (or a plural and its apostrophe) at k.</summary>
        private static bool IsPossessive(IReadOnlyList<Token> tk, int k)
        {
            if (k < 0) return false;
            var t = tk[k];
            if (t.IsWord) return t.EndsInApostropheS;
            return (t.Is("’") || t.Is("'")) && k > 0 && tk[k - 1].IsWord && tk[k - 1].Text.EndsWith("s", StringComparison.Ordinal);
        }

        private Clause? FirstNameBeforeCue(IReadOnlyList<Token> tk, int start, int limit)
        {
            for (int k = start + 1; k < limit && k - start < 24; k++)
            {
                var t = tk[k];
                if (t.IsQuote) return null;
                if (!t.IsLowerWord) continue;
                var v = t.CueVerb;
                if (v == null || v.Use == CueUse.After || v.IsParticiple || !v.States && !v.Has(VerbTag.Document)) continue;
                int x = k - 1;
                // "Trump’s comments", "the mayor's remarks": after a possessive the verb's spelling is a noun
                if (IsPossessive(tk, x)) continue;
                // "she still says", "he has often said": cue adverbs between the subject and the verb
                while (x > start && tk[x].IsLowerWord && (tk[x].Has(WordTag.CueAdverb | WordTag.Auxiliary) || Lexicon.IsAdverb(tk[x].Text))) x--;
                if (tk[x].IsWord && tk[x].Has(WordTag.Pronoun))
                {
                    // "In a note to staff on Friday he said: …", "At the bottom it reads, “…”"
                }
                else
                {
                    // "a handwritten note to …": a verb's spelling after a lower-case word is a noun here
                    if (!tk[x].IsCapitalized) continue;
                    while (x - 1 >= start && k - x < 6 && (tk[x - 1].IsCapitalized || tk[x - 1].IsWord && MentionParser.IsNameParticle(tk[x - 1].Text))) x--;
                }
                if (x == start) return null; // the ordinary parse saw this start already
                if (tk[x - 1].IsWord && (tk[x - 1].Has(WordClass.RestrictiveRelative | WordClass.PersonRelative))) return null;
                // "Voters backing Reyes said, “…”", "A group supporting Lund announced …": a name right after a participle that follows
                // a noun is that participle's object; the subject is the noun phrase the participle describes, not the name
                if (ObjectOfParticiple(tk, start, x)) return null;
                // "32% of Republican claims": after a preposition or a determiner the verb's spelling is a noun
                if (tk[x - 1].IsWord && !tk[x - 1].Has(WordGroup.Additive) && tk[x - 1].Has(WordTag.Determiner | WordTag.NpStop) && !tk[x - 1].Has(WordTag.ClauseStart)) continue;
                var m = _parser.Parse(tk, x, limit, inverted: false);
                if (m == null) return null;
                var cue = _parser.ParseCue(tk, m.Next, limit, allowAdverbs: true);
                if (cue == null || cue.Start != k) return null;
                if (HopedSpeech(tk, start, m.Start, cue, limit, out var hoper)) return hoper == null ? null : new Clause(hoper, cue, CuePlace.Before);
                return new Clause(m, cue, CuePlace.Before);
            }
            return null;
        }

        /// <summary>
        /// The name starting at <paramref name="x"/> stands right after a verb's -ing form (no word of time, "Tuesday morning", nor a
        /// function word, "during") that follows a word of a noun phrase ("Voters backing Reyes", "White America embracing Lund"):
        /// the name is the participle's object.
        /// </summary>
        private static bool ObjectOfParticiple(IReadOnlyList<Token> tk, int start, int x)
        {
            if (x - 2 < start || !CueLexicon.IsIngForm(tk[x - 1]) || tk[x - 1].Has(WordTag.Time | WordTag.Function | WordTag.IntroPhrase)) return false;
            var before = tk[x - 2];
            return before.IsWord && !before.Has(WordTag.Function | WordTag.Determiner | WordTag.Auxiliary | WordTag.Finite | WordTag.Pronoun) && before.CueVerb == null;
        }

        /// <summary>
        /// "How long the Pakistani army says the strike went on.", "What the ministry says happened": the subject of a free
        /// relative that opens the sentence (words.txt wh-lead, and one lower-case word after it, "how long"), right before its
        /// reporting verb in the present or the past; so too the subject of a question's heading after its auxiliary ("What does
        /// the US say?", "How did Pakistan respond to the report?"); null when the sentence does not open so. Such a caption or
        /// heading has no subject of its own (<see cref="Subject"/>), yet puts this one in view for a later "It says …".
        /// </summary>
        public Mention? FreeRelativeSubject(IReadOnlyList<Token> tk, int start, int end)
        {
            int s = SkipIntro(tk, start, end);
            if (s + 2 >= end || !tk[s].IsWord || !Lexicon.Is(tk[s].Lower, WordSense.WhLead)) return null;
            int k = s + 1;
            // ("how long", "how many", "what does": one lower-case word before the subject's determiner or name)
            if (tk[k].IsLowerWord && !tk[k].Has(WordTag.Determiner) && k + 1 < end && (tk[k + 1].IsCapitalized || tk[k + 1].IsWord && tk[k + 1].Has(WordTag.Determiner))) k++;
            var m = _parser.Parse(tk, k, end, inverted: false);
            if (m == null || m.Start != k || m.IsPronoun || m.Next >= end) return null;
            return tk[m.Next].IsLowerWord && tk[m.Next].CueVerb is { } v && v.Has(VerbTag.Reported) && !v.IsParticiple ? m : null;
        }

        /// <summary>
        /// The subject of a sentence (after its intro), for salience; null when it does not start with a mention. An aside between
        /// commas or between dashes may stand between the subject and its verb ("Coach Tom Reyes — the man behind Harbour United's
        /// cup run — gave …").
        /// </summary>
        public Mention? Subject(IReadOnlyList<Token> tk, int start, int end)
        {
            int s = SkipIntro(tk, start, end);
            if (s >= end) return null;
            var m = _parser.Parse(tk, s, end, inverted: false);
            if (m == null) m = FirstNameBeforeCue(tk, s, end)?.Mention;
            if (m == null || m.Next >= end) return null;
            // "Lars Berg’s new film opens …": the possessor is not the subject
            if (m.Kind == MentionKind.Name && m.Next == m.End && tk[m.End - 1].EndsInApostropheS)
                return null;
            // "The commander of the harbour police issued …": a description's "of" phrase is one noun phrase with its head (the
            // office), read up to a verb of publishing after it, as MentionParser reads it up to a cue
            if (m.Kind == MentionKind.Description && !m.IsDocument && OfPhraseBeforePublishing(tk, m.Next, end) is var v && v > m.Next)
            {
                m.PostModifier ??= MentionParser.Join(tk, m.Next, v);
                m.Next = v;
            }
            // "A spokesman for the Turkish Embassy in Rome went further.": the phrase after the head, up to a predicate of taking a
            // stand that closes the sentence (TookAStand), is the description's own, as it is before a verb of saying: the
            // spokesman is the embassy's, of its country, not of the place the story is filed from
            else if (m.Kind == MentionKind.Description && !m.IsDocument && m.PostModifier == null && m.Apposition == null &&
                     StandTakenAfter(tk, m.Next, end) is var stand && stand > m.Next)
            {
                m.PostModifier = MentionParser.Join(tk, m.Next, stand);
                m.Next = stand;
            }
            // "The commander of the harbour police, Gen. Jo Reyes, today issued …": the parser read the "of" phrase to the comma
            // of the name apposed after it; the verb of publishing follows that aside
            else if (m.Kind == MentionKind.Description && !m.IsDocument && m.Next - 1 >= m.End && m.Next < end && tk[m.Next - 1].Is(",") &&
                     tk[m.Next].IsCapitalized && PastAside(tk, m.Next - 1, end) is var past && past > m.Next && PublishingVerbAfter(tk, past, end))
                m.Next--;
            // "The harbour spokesman in Dover, Ian Dale, said in a short statement: …": the parser read the place after the head to
            // the comma of the name apposed after it, and a verb of speech follows the name: the name is the subject
            else if (m.Next - 1 >= m.End && tk[m.Next - 1].Is(",") && NameAfterDescription(tk, m, end, out int afterName) is { } named &&
                     SpeechVerbAt(tk, afterName, end))
            {
                named.Next = afterName;
                m = named;
            }
            int n = m.Next;
            // "South Carolina, he said, was …": an aside that is a reporting clause; its pronoun speaks, the subject does not
            if (tk[n].Is(",") && n + 1 < end && CueLexicon.IsSubjectPronounNotIt(tk[n + 1])) return null;
            n = PastAside(tk, n, end);
            // "Paul Varga—the director behind Dark Harbor—has …": an aside between dashes after the subject; the verb follows it
            if (n == m.Next && n < end && Rules.ReportedSpeech.IsDash(tk[n]) && Rules.ReportedSpeech.ClosingOf(tk, n, end) is int close && close > n + 1) n = close + 1;
            return n < end && tk[n].IsLowerWord ? m : null;
        }

        /// <summary>
        /// "The statement says nothing of the harbour, but a senior officer speaking to Dana was blunt.": the subject of the
        /// sentence's last main clause of contrast, opened by a comma and a clause coordinator of contrast ("but"), when it is a
        /// description that opens with its determiner right after the coordinator, read as <see cref="Subject"/> reads a
        /// sentence's (a noun phrase before a lower-case verb); null when the sentence has no such
        /// clause, or a quotation mark stands before it (the clause may be inside what is quoted).
        /// </summary>
        public Mention? ContrastClauseSubject(IReadOnlyList<Token> tk, int start, int end)
        {
            Mention? found = null;
            for (int k = start + 1; k + 2 < end; k++)
            {
                if (tk[k].IsQuote) return null;
                if (!tk[k].Is(",") || !tk[k + 1].IsLowerWord || !tk[k + 1].Has(WordClass.ClauseCoordinator) || !tk[k + 1].Has(WordClass.Contrast)) continue;
                // (a person described right after the coordinator, article first: "…, but views Mr. Trump as …" has no subject
                // of its own, and a name there is read as the sentence's own subjects are)
                if (tk[k + 2].IsLowerWord && tk[k + 2].Has(WordTag.Determiner) && Subject(tk, k + 2, end) is { Kind: MentionKind.Description } m && m.Start == k + 2)
                    found = m;
            }
            return found;
        }

        /// <summary>
        /// "The deputy harbour master from Dover, Ivo Chandor of the pilots' union, spoke to the crowd.": the person's name (two
        /// words at least) set off by commas after a singular described subject that opens the sentence, an "of" phrase after the
        /// name allowed, before the sentence's verb, whatever that verb (the sentence need report nothing); null when the sentence
        /// does not open so, or the name opens a list ("The harbour master, Ivo Chandor, and the mayor …").
        /// </summary>
        public Mention? NameSetOffAfterSubject(IReadOnlyList<Token> tk, int start, int end)
        {
            int s = SkipIntro(tk, start, end);
            if (s >= end) return null;
            // (the name stands right after the sentence's first comma: a sentence with none so, most of them, is not parsed)
            int comma = s + 1;
            while (comma < end && !tk[comma].Is(",")) comma++;
            if (comma + 1 >= end || !tk[comma + 1].IsCapitalized) return null;
            var described = _parser.Parse(tk, s, end, inverted: false);
            if (described == null || described.Kind != MentionKind.Description || described.Plural || described.IsDocument) return null;
            // (the parser stops at the comma before the name, or after it when a phrase follows the head: "… from Dover, Ivo …")
            int n = described.Next < end && tk[described.Next].Is(",") ? described.Next + 1 : described.Next;
            if (n <= s || n >= end || !tk[n - 1].Is(",") || !tk[n].IsCapitalized) return null;
            var name = _parser.Parse(tk, n, end, inverted: false);
            if (name == null || name.Kind != MentionKind.Name || name.Start != n || name.End - name.Start < 2) return null;
            // (the parser reads an "of" phrase after the name up to its closing comma and stops after it; it reads the verb
            // phrase after the name's own comma as an apposition: "Ivo Chandor, walked along the quay")
            int c = name.End + 1 < end && tk[name.End].Is(",") && !tk[name.End + 1].Has(WordTag.Determiner) ? name.End + 1
                  : name.Next < end && tk[name.Next].Is(",") ? name.Next + 1 : name.Next;
            if (c >= end || c - 1 < name.End || !tk[c - 1].Is(",") || !tk[c].IsLowerWord || tk[c].Has(WordClass.ListCoordinator)) return null;
            return name;
        }

        /// <summary>
        /// "of the harbour police issued", "of the harbour police, Gen. Jo Reyes, today issued": the token that ends an "of" phrase
        /// starting at <paramref name="k"/> (the verb, the first of its auxiliaries, or the comma of an aside before it) when a verb
        /// of publishing (tagged publishing in words.txt, not in -ing) follows it, past an aside between commas, auxiliaries
        /// and adverbs, and the words of the phrase are those of a noun phrase (no quotation, relative pronoun or
        /// finite verb); -1 otherwise.
        /// </summary>
        private static int OfPhraseBeforePublishing(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 2 >= end || !tk[k].IsLowerWord || !tk[k].Has(WordGroup.OfComplement) || !tk[k + 1].IsWord) return -1;
            for (int e = k + 2; e < end && e - k < MaxOfPhrase; e++)
            {
                var t = tk[e];
                if (t.Is(",") || t.IsLowerWord && (t.Has(WordGroup.Publishing) || t.Has(WordTag.Auxiliary)))
                    return PublishingVerbAfter(tk, PastAside(tk, e, end), end) ? e : -1;
                if (!t.IsWord || t.IsLowerWord && (t.Has(WordTag.Relative | WordTag.Finite) || t.Has(WordClass.AsideRelative) || t.CueVerb != null)) return -1;
            }
            return -1;
        }

        /// <summary>True when a verb of publishing (not in -ing) stands at <paramref name="j"/>, past auxiliaries and adverbs ("has today issued").</summary>
        private static bool PublishingVerbAfter(IReadOnlyList<Token> tk, int j, int end) => PublishingVerbAt(tk, j, end) >= 0;

        /// <summary>A finite verb of speech (a cue verb that states, not in -ing) at <paramref name="j"/>: "said", "told".</summary>
        private static bool SpeechVerbAt(IReadOnlyList<Token> tk, int j, int end) =>
            j < end && tk[j].IsLowerWord && tk[j].CueVerb is { States: true, IsParticiple: false };

        /// <summary>
        /// The token of the verb of publishing (tagged publishing in words.txt, not in -ing) at <paramref name="j"/> or past the
        /// auxiliaries and adverbs there ("has today issued"), or -1: the verb of "X issued a statement" for the subject's
        /// "of" phrase here and for <see cref="Rules.IssuedMissive.Issuer"/>.
        /// </summary>
        internal static int PublishingVerbAt(IReadOnlyList<Token> tk, int j, int end)
        {
            while (j < end && tk[j].IsLowerWord && tk[j].Has(WordTag.Auxiliary | WordTag.CueAdverb)) j++;
            return j < end && tk[j].IsLowerWord && tk[j].Has(WordGroup.Publishing) && !CueLexicon.IsIngOfVerb(tk[j]) ? j : -1;
        }

        /// <summary>The most tokens of an "of" phrase after a description's head read up to a verb of publishing ("of the harbour police").</summary>
        private const int MaxOfPhrase = 10;

        /// <summary>How many tokens an aside between commas after a subject may span, the commas included.</summary>
        private const int MaxAside = 16;

        /// <summary>
        /// "Matie, then in his late 20s, trundled up …", "The port, in a notice, put it plainly:": the token after an
        /// aside between commas that starts at <paramref name="n"/> (the subject's end), where the verb is; n itself
        /// when no such aside stands there (no comma, or none that closes it within a few words, before a quotation
        /// mark or a full stop).
        /// </summary>
        public static int PastAside(IReadOnlyList<Token> tk, int n, int end)
        {
            if (n >= end || !tk[n].Is(",")) return n;
            int c = n + 1;
            while (c < end && c - n < MaxAside && !tk[c].Is(",") && !tk[c].IsQuote && !tk[c].Is(".")) c++;
            return c < end && tk[c].Is(",") && c > n + 1 ? c + 1 : n;
        }

        /// <summary>How many words a phrase of place may hold between "there" and the verb "be" ("there at the back of the hall was …").</summary>
        private const int ExistentialPlaceWords = 6;

        /// <summary>
        /// "Yet there at the back was Tom Reyes, the ferry pilot.": a sentence that puts a named person in the scene with
        /// the expletive "there" and a finite "be" has that person for its subject, for salience (the "he" after it is
        /// theirs). Only a name, followed by the end of the sentence or a comma; null when the sentence is not so.
        /// </summary>
        public Mention? ExistentialSubject(IReadOnlyList<Token> tk, int start, int end)
        {
            int s = SkipIntro(tk, start, end);
            if (s >= end || !tk[s].IsWord || !tk[s].Has(WordClass.Expletive)) return null;
            int k = s + 1;
            while (k < end && k - s <= ExistentialPlaceWords && tk[k].IsLowerWord && !tk[k].Has(WordClass.FiniteBe)) k++;
            if (k >= end || !tk[k].IsLowerWord || !tk[k].Has(WordClass.FiniteBe)) return null;
            var m = _parser.Parse(tk, k + 1, end, inverted: false);
            if (m == null || m.Kind != MentionKind.Name || m.Start != k + 1) return null;
            return m.End >= end || tk[m.End].Is(",") || tk[m.End].Is(".") ? m : null;
        }

        /// <summary>A sentence that ends by introducing a quotation in the next paragraph: "He said:".</summary>
        public Clause? ColonIntroduction(IReadOnlyList<Token> tk, int start, int end)
        {
            if (end - start < 2 || !tk[end - 1].Is(":")) return null;
            var a = FindBefore(tk, end - 1, start);
            if (a != null && IsHeadingOfPlural(tk, a, start)) return null;
            // "He said:", "Mark Toner told reporters on Friday:"; "Wrote the council in its report:" (the subject runs to the colon)
            return a != null && (end - 1 - a.Cue.End <= 6 || a.Cue.Start < a.Mention.Start && end - 1 - a.Mention.Next <= 5 || IsAsFrame(tk, a, start, end - 1)) ? a : null;
        }

        /// <summary>
        /// "Key points from Jo Bell's talk:", "Top quotes from the briefing:": a heading of a list, one capitalised word that
        /// opens the sentence and a plural noun that is spelt as a verb's -s form too, then "from", "of" or "by" (words.txt
        /// <c>author-preposition</c>): the noun is no verb and the word before it no speaker. Lost with it: a one-word surname
        /// opening such a sentence ("Bell quotes from the letter:", "Reyes writes from Kabul:"); neither form was found on
        /// PolNeAR train or dev, the devset or the own sets (stop 80), where the heading was.
        /// </summary>
        private static bool IsHeadingOfPlural(IReadOnlyList<Token> tk, Clause a, int start)
        {
            var m = a.Mention;
            if (m.Kind != MentionKind.Name || m.Start != start || m.End != start + 1 || a.Cue.Start != m.End || a.Cue.End >= tk.Count) return false;
            var cue = tk[a.Cue.Start];
            return a.Cue.End == a.Cue.Start + 1 && cue.IsLowerWord && cue.Lower.EndsWith("s", StringComparison.Ordinal) &&
                   tk[a.Cue.End].IsLowerWord && tk[a.Cue.End].Has(WordClass.AuthorPreposition);
        }

        /// <summary>How many tokens may follow the verb of an "As X reported …:" frame before its colon.</summary>
        private const int AsFrameTail = 16;

        /// <summary>
        /// "As the Courier reported after the board dropped the survey:": the whole sentence is a frame of "as" (words.txt
        /// <c>as-link</c>) that opens it, its subject and a verb that reports a statement (tagged <c>claim</c>), with only a
        /// phrase of time or occasion after the verb: no comma (no main clause of its own), no quotation and no verb of speech of
        /// another subject ("As the mayor explained after Reyes said:"). The statement the colon introduces is what the frame reports.
        /// </summary>
        private static bool IsAsFrame(IReadOnlyList<Token> tk, Clause a, int start, int colon)
        {
            if (a.Mention.Start != start + 1 || a.Cue.Start < a.Mention.Start || !tk[start].IsWord || !tk[start].Has(WordGroup.AsLink)) return false;
            if (a.Cue.Verb is not { } verb || !verb.States || !verb.Has(VerbTag.Claim) || verb.IsParticiple || colon - a.Cue.End > AsFrameTail) return false;
            for (int k = a.Cue.End; k < colon; k++)
                if (tk[k].IsQuote || tk[k].Is(",") || tk[k].Is(";") || tk[k].IsLowerWord && tk[k].CueVerb is { States: true }) return false;
            return true;
        }

        /// <summary>How many tokens may stand between the words that present a statement and its missive ("the key passage from the defence minister's").</summary>
        private const int PresentedMissiveReach = 12;

        /// <summary>The end of the words that present what follows (words.txt 'presenting', two or three words) at <paramref name="s"/>; -1 when none stand there.</summary>
        private static int PresentingEnd(IReadOnlyList<Token> tk, int s, int colon)
        {
            for (int n = 3; n >= 2; n--)
            {
                if (s + n > colon) continue;
                bool words = true;
                for (int k = s; k < s + n && words; k++) words = tk[k].IsWord;
                if (words && Lexicon.Is(MentionParser.Join(tk, s, s + n).ToLowerInvariant(), WordSense.Presenting)) return s + n;
            }
            return -1;
        }

        /// <summary>
        /// "The following is the statement of Gen. Jo Reyes:", "Here is the key passage from the harbour board's statement:",
        /// "Following is a letter by Ada Lund:": a sentence that ends in a colon, opens with words that present what comes next
        /// (words.txt 'presenting') and names a missive (organisation-words.txt 'missive') with its issuer, as the author after
        /// "of", "by" or "from" or as the owner before it, introduces the issuer's words. The clause's mention is the author
        /// (a name, an organisation or a description that may speak), or the possessed missive itself, which names its author;
        /// its cue is the missive. Null when the sentence is not so.
        /// </summary>
        public Clause? PresentedStatement(IReadOnlyList<Token> tk, int start, int end)
        {
            if (end - start < 4 || !tk[end - 1].Is(":")) return null;
            int colon = end - 1;
            // (at the sentence's start, or after an introduction: "Following is …" opens no introductory phrase here)
            int p = PresentingEnd(tk, start, colon);
            if (p < 0) p = PresentingEnd(tk, SkipIntro(tk, start, colon), colon);
            if (p < 0) return null;
            for (int n = p; n < colon && n - p <= PresentedMissiveReach; n++)
            {
                if (tk[n].IsQuote || !tk[n].IsWord && !tk[n].Is(",")) return null;
                if (!tk[n].IsLowerWord || !Lexicon.IsOrganisationWord(tk[n].Text, OrganisationWordTag.Missive)) continue;
                var cue = new CueMatch(tk[n].Text, n, n + 1, null);
                // "the statement of Gen. Jo Reyes:": the author after the missive, to the colon
                if (n + 2 < colon && tk[n + 1].IsLowerWord && tk[n + 1].Has(WordClass.AuthorPreposition))
                {
                    var author = _parser.Parse(tk, n + 2, colon, inverted: true);
                    // (the author's phrase may go on with an aside or a phrase of its own, "by Ada Lund, sent to the crews on Monday:")
                    if (author != null && author.Start == n + 2 && author.Kind != MentionKind.Pronoun &&
                        (author.Next >= colon || tk[author.Next].Is(",") || tk[author.Next].IsLowerWord && tk[author.Next].Has(WordTag.Preposition)))
                        // ("the statement of its chairman, Ada Lund:": the name set off after the description is the author)
                        return new Clause(NameAfterDescription(_parser, tk, author, colon, closing: true, out _) ?? author, cue, CuePlace.Before);
                    return null;
                }
                // "Reyes's statement", "the harbour board's statement": the possessed missive, whose owner is its author (at the
                // start of the words presented or after a preposition, "the key passage from …")
                for (int c = p; c < n; c++)
                {
                    if (c > p && !(tk[c - 1].IsLowerWord && tk[c - 1].Has(WordClass.AuthorPreposition))) continue;
                    var owned = _parser.Parse(tk, c, colon, inverted: true);
                    if (owned != null && owned.Start == c && owned.IsDocument && owned.Owner != null && owned.Owner.Kind != MentionKind.Pronoun && owned.Next > n)
                        return new Clause(owned, cue, CuePlace.Before);
                }
                return null;
            }
            return null;
        }
    }
}
