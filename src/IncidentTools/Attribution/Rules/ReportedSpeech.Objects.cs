using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Agreement of a verb with its subject, and the objects of a cue verb: plain objects, objects with a relative
    /// or a complement of their own, tallies and amounts, things that report nothing.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// True unless a bare base form has a singular subject ("The Pakistani claim …" is a noun phrase,
        /// not "The Pakistani" claiming): a base form with no auxiliary before it needs "I", "we", "you",
        /// "they", a plural or a coordination as its subject.
        /// </summary>
        public static bool Agrees(IReadOnlyList<Token> tk, VerbCue cue, Subject subject) => Agrees(tk, cue, subject.Mention);

        /// <summary><see cref="Agrees(IReadOnlyList{Token}, VerbCue, Subject)"/> for a subject read anywhere, also after its verb ("…, say officials").</summary>
        public static bool Agrees(IReadOnlyList<Token> tk, VerbCue cue, Mention m)
        {
            if (cue.Entry.Kind != VerbForm.Base || cue.Entry.Verb.PastAsBase) return true;
            // "she continued to say", "he appeared to suggest": an infinitive agrees through the verb that governs it
            // ("went on to openly ridicule": over one adverb in -ly)
            if (SplitInfinitiveMarker(tk, cue.Verb, cue.GroupStart + 1) >= 0) return true;
            for (int i = cue.GroupStart; i < cue.Verb; i++)
                if (tk[i].IsWord && tk[i].Has(WordTag.Finite)) return true;
            if (m.Owner != null && m.IsPronoun) return true;    // "who say": the antecedent decides
            if (m.IsPronoun) return Lexicon.Is(m.Determiner, WordClass.PluralAgreement);
            // "I think": the first person read as a phrase of one capitalised word
            if (m.End - m.Start == 1 && CueLexicon.IsPronounI(m.Text)) return true;
            if (m.Plural) return true;
            // "Police say" (a collective organisation), not "The Pakistani claim …" (a demonym before a noun), nor "in a Facebook
            // post that …" (one of a kind: the article makes the name a noun's modifier)
            if (m.Kind == MentionKind.Organisation && !Lexicon.Is(m.Determiner, WordClass.IndefiniteArticle) && CountryTable.FindDemonym((m.Name ?? m.Text).Replace("The ", "").Replace("the ", "")) == null) return true;
            var last = tk[Math.Max(m.Start, m.End - 1)];
            var head = m.Head.Length > 0 ? m.Head : last.Lower;
            // "a third say", "4 in 10 say", "one in five say", "a majority of … say": a share of a group
            if (CueLexicon.Is(head, WordTag.Proportion) || last.Is("%") || EndsInRatio(tk, m)) return true;
            // "the data show", "survey data suggest": a noun of findings (words.txt findings) that takes a plural verb as it is
            if (last.IsLowerWord && last.Has(WordClass.Findings)) return true;
            return IsPluralNoun(last) || head.EndsWith("s", StringComparison.Ordinal) || last.IsSpeakerNoun(out _, out bool plural) && plural ||
                   m.Text.IndexOf(" and ", StringComparison.Ordinal) >= 0 || Lexicon.Is(m.Determiner, WordClass.Quantifier | WordClass.PluralDemonstrative) ||
                   IsPluralBeforePostmodifier(tk, m);
        }

        /// <summary>
        /// "Aides to the governor say", "Polls in Ohio show", "advocates within the party cite": a phrase after the head noun
        /// (a preposition or a word that starts a postmodifier) does not decide the number of its noun phrase; the word right
        /// before the first such phrase does. True when that word is the plural of a noun that heads a speaker's
        /// description (a person, a group, an institution, a document; at the start of the sentence too, "Aides to …").
        /// "his hands in the air" is no speaker, and a phrase with "of" is left to the mention grammar.
        /// </summary>
        private static bool IsPluralBeforePostmodifier(IReadOnlyList<Token> tk, Mention m)
        {
            for (int i = m.Start + 1; i < m.End; i++)
            {
                var t = tk[i];
                if (!t.IsLowerWord || !t.Has(WordTag.Postmodifier | WordTag.Preposition)) continue;
                // "members of the board": the mention grammar reads the head before "of" itself; a plural it left before "of" is
                // a noun of what is said or felt ("Messages of calm echo …", "claims of fraud"), no speaker
                if (t.Has(WordGroup.OfComplement)) return false;
                var h = tk[i - 1];
                // the head of a speaker, a group, an institution or a document ("his hands in the air" is none)
                if (!h.IsWord || !(MentionParser.IsHeadNoun(h, out _, out _, out _) || Lexicon.IsDocumentPlural(h.Lower))) return false;
                return h.IsSpeakerNoun(out _, out bool plural) && plural || h.Has(WordGroup.InstitutionPlural) ||
                       (h.IsLowerWord || i - 1 == m.Start) && IsPluralWord(h);
            }
            return false;
        }

        /// <summary>"4 in 10 say", "one in five say", "two in three say": a phrase that ends in a ratio (<see cref="IsRatioAt"/>).</summary>
        private static bool EndsInRatio(IReadOnlyList<Token> tk, Mention m) => m.End - 2 > m.Start && IsRatioAt(tk, m.End - 2, m.Start, m.End);

        /// <summary>
        /// "(know) someone who used to …", "(knew) the officer who shot him": a noun phrase whose relative pronoun comes before any
        /// finite verb is an object with its own relative clause; the verb after the pronoun is the relative's, no clause's of the object.
        /// </summary>
        private static bool HeadsRelative(IReadOnlyList<Token> tk, int c)
        {
            for (int i = c + 1; i < tk.Count && i - c <= ClauseVerbReach; i++)
            {
                var t = tk[i];
                if (!t.IsLowerWord || t.Has(WordTag.Finite) || t.Has(WordGroup.Complementizer)) return false;
                if (t.Has(WordClass.SubjectRelative)) return true;
            }
            return false;
        }

        /// <summary>
        /// True when the content opens with the expletive "there" (words.txt expletive, not the thing pronoun "it") and a finite
        /// "be" right after it: "the investigating officer found there was no intent to …" reports a finding as a that-clause does;
        /// "found there the bodies of …" does not, nor "shows it has …", whose "it" is a thing named before.
        /// </summary>
        private static bool OpensExpletiveClause(IReadOnlyList<Token> tk, int c) =>
            c + 1 < tk.Count && tk[c].IsLowerWord && tk[c].Has(WordClass.Expletive) && !tk[c].Has(WordGroup.ThingPronoun) && tk[c + 1].IsLowerWord && tk[c + 1].Has(WordClass.FiniteBe);

        /// <summary>
        /// True when the first "that" after the cue (before or at the content's start) is a pronoun, the verb's object, not the opening of a clause: only
        /// adverbs in -ly or a phrase of time follow it before the sentence ends ("told them that directly", "said that on
        /// Monday."), or a comma and a participle or a coordinator ("disputes that, saying …", "said that, and left"); not "said
        /// that, if elected, he would …".
        /// </summary>
        private static bool ThatAsObject(IReadOnlyList<Token> tk, int from, int contentStart)
        {
            for (int j = from; j <= contentStart && j < tk.Count; j++)
                if (tk[j].IsLowerWord && tk[j].Has(WordGroup.Complementizer)) return IsDemonstrativeThat(tk, j + 1);
            return false;
        }

        /// <summary>True when the words from c on, after a "that", hold no clause (see <see cref="ThatAsObject"/>).</summary>
        private static bool IsDemonstrativeThat(IReadOnlyList<Token> tk, int c)
        {
            int i = c;
            while (i < tk.Count && tk[i].IsLowerWord && CueLexicon.IsLyAdverb(tk[i])) i++;
            i = SkipTimePhrase(tk, i, tk.Count);
            if (i >= tk.Count || tk[i].Is(".") || tk[i].Is(";")) return true;
            if (!tk[i].Is(",") || i + 1 >= tk.Count || !tk[i + 1].IsLowerWord) return false;
            var next = tk[i + 1];
            return CueLexicon.IsIngForm(next) || next.Has(WordClass.Coordinator);
        }

        /// <summary>
        /// True when the verb's class suits its subject and content: a verb of naming in the past after a
        /// plain noun is a participle ("a trend called …"); a verb of finding or showing that is no speech
        /// verb reports a person only with a that-clause ("she found the building surrounded" is no report).
        /// </summary>
        public static bool Suits(IReadOnlyList<Token> tk, VerbCue cue, Subject subject, int contentStart)
        {
            var m = subject.Mention;
            var e = cue.Entry;
            // ("One of them called it …": one member of a group the object pronoun stands for is a source as "he" is)
            if (e.Has(VerbTag.Naming) && e.Kind == VerbForm.Past && cue.GroupStart == cue.Verb &&
                !(m.IsPronoun || m.OfGroupPronoun || m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || NamesASpeaker(tk, m)))
                return false;
            // "the most elaborate process", "the least favoured candidates": a phrase that ends in a degree word after an article
            // grades the adjective or participle after it; it is no subject, and the word after it no verb
            if (cue.GroupStart == m.End && m.End - m.Start >= 2 && tk[m.End - 1].IsLowerWord && tk[m.End - 1].Has(WordTag.Degree) &&
                tk[m.End - 2].IsWord && tk[m.End - 2].Has(WordGroup.DefiniteArticle))
                return false;
            // "at an event in Dover, Ohio, a retired nurse explained …", "stood at his pulpit in Burlington, Iowa, and, citing …": a
            // name set off after "Town," inside a phrase that a preposition opens is the town's state or country, no subject
            if (IsPlaceAfterTown(tk, m)) return false;
            // "The new contract, announced Friday, would last four years", "his plan, denounced as cruel, has wide support": a past form
            // set off by commas right after a noun phrase, with a finite verb after its closing comma, is a passive participle that
            // describes the phrase, no report by it ("Ada Lund, the mayor, said Friday that …" reports: a clause follows the verb)
            if (e.Kind == VerbForm.Past && cue.GroupStart == cue.Verb && cue.Verb == m.End + 1 && m.End > m.Start && tk[m.End].Is(",") &&
                ApposedParticipleCloses(tk, cue.End))
                return false;
            // "(Harbour fans, hope you saw our editorial)", "Readers, remember that …": a noun phrase that opens its sentence or a
            // parenthesis, set off by a comma alone before a verb in its base form, is called on, and the verb is an imperative to
            // it, no report of its ("Lund, 54, said" has more between; "about two-thirds, 67 percent, say" opens nothing)
            if (e.Kind == VerbForm.Base && cue.GroupStart == cue.Verb && cue.Verb == m.End + 1 && tk[m.End].Is(",") && OpensSentence(tk, m.Start))
                return false;
            // "a rock claimed to be a ‘bone’", "a ledger said to have vanished": after a singular noun phrase with an article
            // that names no person, group, institution or document, a past form with no auxiliary before "to be" or "to
            // have" is a passive participle that describes the thing, no report of it ("both vowed to be tougher" reports)
            if (e.Kind == VerbForm.Past && cue.GroupStart == cue.Verb && MentionParser.IsRaisedParticiple(tk, cue.Verb, tk.Count) && IsArticledThing(tk, m))
                return false;
            // "the bill, sometimes called a “megabill”": a naming verb with no object before its quotation names the thing before it
            if (e.Has(VerbTag.Naming) && !e.IsSpeech && e.Particle == null && NamesAQuotation(tk, cue.End)) return false;
            // "called Ada Lund on Monday", "call me and let me know": a verb of naming whose object has nothing after it that
            // names it telephoned or summoned someone, and reports nothing
            if (e.Has(VerbTag.Naming) && !e.IsSpeech && e.Particle == null && ObjectWithoutComplement(tk, contentStart)) return false;
            // "the report found …", "a poll shows …"; a person or a group finds or shows a report only with a that-clause
            bool thatClause = contentStart > cue.End && tk[contentStart - 1].IsWord && tk[contentStart - 1].Has(WordGroup.Complementizer);
            if (e.Has(VerbTag.Document) && !e.IsSpeech && !e.Has(VerbTag.Thought) && !thatClause && !NamesADocument(tk, m) && !OpensExpletiveClause(tk, contentStart))
                return false;
            // "I've told them that directly", "The railway disputes that, saying …": "that" is the object, a pronoun, with no clause after it
            if (ThatAsObject(tk, cue.End, contentStart))
                return false;
            // "maintained (that) the plan was fair", not "maintains a wide lead", "accepted $200,000"; refusing
            // an object is a stance ("would not accept the explanation", "refused to accept the findings")
            if (e.Has(VerbTag.Clausal) && !thatClause && OpensObject(tk, contentStart) && !OpensClause(tk, contentStart) && !Refuses(tk, cue))
                return false;
            if (PressesToNoAct(tk, e, cue.End, contentStart))
                return false;
            // "added a new title to her resume: “…”", "adds a fresh voice to the record" put something somewhere ("added a caveat: “…”" reports)
            if (e.Has(VerbTag.Adding) && !thatClause && OpensObject(tk, contentStart) && !OpensClause(tk, contentStart) && ToAfterObject(tk, contentStart))
                return false;
            // "maintains tight control over the ports", "is feeling the pressure", "attacked the guard", "claimed the title", "the
            // blaze claimed two lives": an object that marks the verb's other sense (keeping, feeling, attacking with force,
            // winning or taking) reports nothing ("maintains the ports are safe", "claimed the title was rigged" do)
            // (a verb of denial still reports with "as" after its object, what the thing is dismissed as: "dismissed the
            // charges against him as a smear"; "prosecutors dismissed the charges" drop them, and report nothing)
            if (!thatClause && SenseObjectEnd(tk, contentStart, e.Lemma) is int senseEnd && senseEnd > 0 && !OpensClause(tk, contentStart) &&
                !(e.Has(VerbTag.Denial) && CastAsAfter(tk, senseEnd - 1)))
                return false;
            // "to see if the ferry can carry lorries", "we will see whether …": finding out, no view held
            if (e.Has(VerbTag.Inquiry) && contentStart < tk.Count && tk[contentStart].IsLowerWord && tk[contentStart].Has(WordClass.QuestionLead))
                return false;
            // "compared the mayor to a dictator" likens; "compared the blood samples before and after the treatment" measures
            if (e.Has(VerbTag.Likening) && !thatClause && !LikenedToAfter(tk, contentStart))
                return false;
            // "attributed the remark to Ada Lund", "attribute that to the State Department": a verb of causes with a name after its
            // "to" says who said or did the thing, no cause its subject holds ("attributed the delays to the strike" still reports)
            if (e.Has(VerbTag.Likening) && Lexicon.Is(tk[cue.Verb].Lower, WordSense.CauseVerb) && NameAfterTo(tk, contentStart))
                return false;
            // "cast the mayor as a bully" says what the object is; "cast a ballot for Lund", "cast their votes" vote
            if (e.Has(VerbTag.Casting) && !CastAsAfter(tk, contentStart))
                return false;
            // "the exposition feels secondary", "this sequence feels authentic": a linking verb with a thing as its
            // subject (a singular description of no person, group, institution or document) says how the thing seems
            if (e.Has(VerbTag.Linking) && IsMindlessThing(tk, m))
                return false;
            // "The incident threatens to worsen relations", "the storm threatened to close the port": a verb that reports only of one
            // who can act says, with a thing as its subject (as for a linking verb), what the thing may bring about ("the union
            // threatened to strike", "several threatened to walk out", "right-wing parties threaten to …" report)
            if (e.Has(VerbTag.Agentive) && IsMindlessThing(tk, m))
                return false;
            // "Mr. Trump's tone often seemed to encourage …", "the mayor's silence threatens to …": a thing someone has, as the
            // subject of such a verb, is no one who presses or threatens ("the mayor's office urged …", "her spokesman urged …" are)
            if (e.Has(VerbTag.Agentive) && IsOwnedThing(tk, m))
                return false;
            // "because it would encourage buyers to wait", "it threatens to derail the talks": "it" alone before such a verb is
            // most often the thing or the state of affairs just named; only a that-clause makes it a body that holds a view
            if (e.Has(VerbTag.Agentive) && !thatClause && IsThingPronoun(tk, m))
                return false;
            // "It feels good to vent", "because it felt so universal": "it" with a linking verb says how a thing or a state of
            // affairs seems, not what a group holds (that one takes a that-clause: "the board said it feels that …")
            if (e.Has(VerbTag.Linking) && !thatClause && IsThingPronoun(tk, m))
                return false;
            // "posted a loss", "posted a new 52-week low on Monday": a verb that records a figure reports nothing
            if (e.Has(VerbTag.Tally) && !thatClause && OpensTally(tk, contentStart) && !OpensClause(tk, contentStart))
                return false;
            // "knows the city", "has known him for years", "wrote a book": with a plain noun phrase as its object
            // the verb reports nothing ("knew the plan was dead", "knows how …", "sees the vote as a test" do; so does "the data show …")
            if (e.Has(VerbTag.ObjectSense) && !thatClause && !(e.Has(VerbTag.Document) && NamesADocument(tk, m)) && TakesPlainObject(tk, contentStart))
                return false;
            // "It is certain that …", "it was clear that …": the empty "it" before the copula of a cue of stance holds no view
            if (e.Lemma == Lexicon.CopulaLemma && m.IsPronoun && m.End - m.Start == 1 && tk[m.Start].IsWord && tk[m.Start].Has(WordGroup.ThingPronoun))
                return false;
            // "the inquiry holds that …", not "conventional wisdom holds that …", "an old dictum holds that …": a verb of holding a
            // view only with a subject that may hold one (a person, group, institution or document)
            // (a noun of one's telling of events, words.txt own-reading, holds what it tells: "the American account holds that …",
            // "the army's version holds that …")
            if (!TakesItsClause(tk, e, contentStart) ||
                e.Has(VerbTag.ThatClause) && !(m.IsPronoun || m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || NamesASpeaker(tk, m) || NamesADocument(tk, m) ||
                                              IsTelling(m)))
                return false;
            return true;
        }

        /// <summary>
        /// True when "to" (what the object is likened to) or a quotation stands after <paramref name="c"/> in its clause: before the
        /// sentence ends and before a comma with a coordinator after it ("compared the plan to a tax", "compared Lund, the mayor,
        /// to a coach", "compares it “to a bank heist”"; not "compared the samples, and found …", "compares the figures with …").
        /// </summary>
        private static bool LikenedToAfter(IReadOnlyList<Token> tk, int c)
        {
            for (int i = c; i < tk.Count && i - c <= MaxContent; i++)
            {
                var t = tk[i];
                if (t.IsQuote) return true;
                if (t.Is(".") || t.Is("?") || t.Is("!") || t.Is(";")) return false;
                if (t.Is(",") && i + 1 < tk.Count && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordClass.Coordinator)) return false;
                if (t.IsLowerWord && t.Has(WordGroup.ToPreposition)) return true;
            }
            return false;
        }

        /// <summary>How many words the noun phrase object of a verb of adding may take before its "to" ("a new and more honest title to").</summary>
        private const int AddedObjectReach = 6;

        /// <summary>
        /// True when a lower-case "to" follows the noun phrase that opens at <paramref name="c"/> within <see cref="AddedObjectReach"/>
        /// words, with no quotation, punctuation or verb of another clause before it ("a new title to her resume"; not "a caveat: “…”").
        /// </summary>
        private static bool ToAfterObject(IReadOnlyList<Token> tk, int c)
        {
            for (int i = c + 1; i < tk.Count && i - c <= AddedObjectReach; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.IsLowerWord && (t.Has(WordTag.Finite | WordTag.ClauseBreak) || t.Has(WordGroup.Complementizer))) return false;
                if (t.IsLowerWord && t.Has(WordGroup.ToPreposition)) return true;
            }
            return false;
        }

        /// <summary>True when a lower-case "to" stands in [<paramref name="c"/>, <paramref name="e"/>) ("compared the levy to theft").</summary>
        internal static bool HasToPreposition(IReadOnlyList<Token> tk, int c, int e)
        {
            for (int i = c; i < e && i < tk.Count; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordGroup.ToPreposition)) return true;
            return false;
        }

        /// <summary>
        /// True when the first "to" after <paramref name="c"/> in its clause (as <see cref="LikenedToAfter"/> finds it) opens a
        /// name: a capitalised word right after it, or after its determiner ("to Ada Lund", "to the Harbour Board").
        /// </summary>
        private static bool NameAfterTo(IReadOnlyList<Token> tk, int c)
        {
            for (int i = c; i + 1 < tk.Count && i - c <= MaxContent; i++)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(".") || t.Is("?") || t.Is("!") || t.Is(";")) return false;
                if (!t.IsLowerWord || !t.Has(WordGroup.ToPreposition)) continue;
                int n = i + 1;
                if (tk[n].IsLowerWord && IsDeterminer(tk[n].Lower) && n + 1 < tk.Count) n++;
                return tk[n].IsWord && tk[n].IsCapitalized;
            }
            return false;
        }

        /// <summary>
        /// True when "as" (what the object is cast as) stands after <paramref name="c"/> in its clause, after at least one word of
        /// the object: before the sentence ends and before a comma with a coordinator after it ("cast the plan as a giveaway",
        /// "cast herself as a reformer", "cast Lund, the mayor, as a bully"; not "cast a ballot for Lund", "cast their votes, and
        /// …", "cast as a villain" with no object).
        /// </summary>
        private static bool CastAsAfter(IReadOnlyList<Token> tk, int c)
        {
            for (int i = c + 1; i < tk.Count && i - c <= MaxContent; i++)
            {
                var t = tk[i];
                if (t.Is(".") || t.Is("?") || t.Is("!") || t.Is(";")) return false;
                if (t.Is(",") && i + 1 < tk.Count && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordClass.Coordinator)) return false;
                if (t.IsLowerWord && t.Has(WordGroup.ObjectComplement)) return true;
            }
            return false;
        }

        /// <summary>
        /// False for a verb that reports only a clause right after its "that" (tagged that-clause) when none stands at
        /// <paramref name="c"/>: "the inquiry holds that the crews were not warned" reports, "held that seat for years" (a
        /// determiner "that") does not. An article or a possessive right after the "that" opens the clause's subject, so the
        /// "that" cannot be a determiner and the clause's verb may be any ("holds that the posts never fired a shot"). True for
        /// every other verb.
        /// </summary>
        public static bool TakesItsClause(IReadOnlyList<Token> tk, CueVerb entry, int c) =>
            !entry.Has(VerbTag.ThatClause) || c > 0 && c < tk.Count && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer) &&
            (OpensClause(tk, c, ThatClauseVerbReach) || OpensSubjectPhrase(tk[c]));

        /// <summary>True for a lower-case article or possessive ("the", "a", "its", "their"), which no determiner "that" stands before.</summary>
        private static bool OpensSubjectPhrase(Token t) =>
            t.IsLowerWord && (t.Has(WordClass.Article) || t.Has(WordTag.Possessive) && t.Has(WordTag.Determiner));

        /// <summary>
        /// How many words after the "that" of a that-clause verb its clause's own verb may stand: a subject may be long there
        /// ("holds that U.S. and Afghan troops on a night operation near the border were shot at"), where a determiner "that"
        /// heads a short object ("held that seat for years").
        /// </summary>
        private const int ThatClauseVerbReach = 14;

        /// <summary>
        /// True when the words at c are a plain noun phrase object, not a clause: no wh-word or subject pronoun opens them
        /// (after an adverb: "knew instantly what …"), no infinitive, no verb of a clause within reach (<see cref="OpensClause(IReadOnlyList{Token}, int)"/>),
        /// no "this" or "it" alone standing for what is known ("understood this because …"), no "as" that says what the object
        /// is held to be, no document whose words a participle tells ("a letter to the board urging …"); and no quotation or
        /// that-clause later in the sentence ("wrote the paper, The Courier, that …", "wrote of the mayor: “…”"). A topic after
        /// "about" is such an object too ("knew about the case"), unless a clause opens after it ("wrote about how …").
        /// </summary>
        public static bool TakesPlainObject(IReadOnlyList<Token> tk, int c)
        {
            while (c < tk.Count && tk[c].IsLowerWord && (tk[c].Has(WordTag.CueAdverb) || CueLexicon.IsLyAdverb(tk[c]))) c++;
            if (c < tk.Count && tk[c].IsLowerWord && tk[c].Has(WordGroup.Topic)) c++;
            if (c >= tk.Count || !tk[c].IsWord) return false;
            var first = tk[c];
            // "knows how to dance", "knew what to do": a wh-word before an infinitive is a skill or a plan known, no clause reported
            if (first.IsLowerWord && first.Has(WordTag.Opener) && c + 1 < tk.Count && tk[c + 1].IsLowerWord && tk[c + 1].Has(WordGroup.InfinitiveMarker)) return true;
            if (first.Has(WordTag.Opener) || first.Has(WordGroup.InfinitiveMarker) || CueLexicon.IsSubjectPronoun(first.Lower) && !first.Has(WordClass.Expletive)) return false;
            if (HeadsRelative(tk, c)) return true;
            if (OpensClause(tk, c)) return false;
            // "knew it too", "understood this because …": a pronoun that stands for a proposition, not a noun phrase's determiner
            if (first.Has(WordClass.Expletive) || first.Has(WordClass.SingularDemonstrative) &&
                (c + 1 >= tk.Count || !tk[c + 1].IsWord || tk[c + 1].Has(WordTag.Function | WordTag.Opener | WordTag.Time))) return false;
            bool document = false, phrase = true;
            for (int i = c; i < tk.Count && i - c <= MaxContent; i++)
            {
                var t = tk[i];
                if (t.IsQuote) return false;
                if (t.Is(".") || t.Is("?") || t.Is("!") || t.Is(";")) break;
                if (t.Is(",") && i + 1 < tk.Count && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.Complementizer)) return false;
                // the object's own phrase ends at its first mark ("wrote up a profile — as the envoys had taught him")
                phrase &= t.IsWord;
                if (i - c > ClauseVerbReach || !phrase) continue;
                if (t.Has(WordGroup.ObjectComplement)) return false;
                if (document && CueLexicon.IsIngForm(t)) return false;
                document |= t.IsDocumentWord;
            }
            return true;
        }

        /// <summary>True when the quotation right after the verb that ends at <paramref name="end"/> (or after an article) is what the verb names.</summary>
        private static bool NamesAQuotation(IReadOnlyList<Token> tk, int end)
        {
            int q = end < tk.Count && tk[end].IsQuote ? end : end + 1 < tk.Count && tk[end + 1].IsQuote ? end + 1 : -1;
            return q >= 0 && NamingVerb.NoObjectBetween(tk, end - 1, q);
        }

        /// <summary>
        /// True when the verbal group is negated ("would not accept") or governed before "to" by a verb that reports
        /// ("refused to accept", "declined to accept"); not by one that only carries it on ("continues to maintain a lead").
        /// </summary>
        private static bool Refuses(IReadOnlyList<Token> tk, VerbCue cue)
        {
            for (int i = cue.GroupStart; i < cue.Verb; i++)
                if (tk[i].IsWord && (tk[i].Has(WordTag.Negation) || tk[i].Has(WordGroup.InfinitiveMarker) && i - 1 >= 0 && CueLexicon.Verb(tk[i - 1].Lower) is { } governing && governing.Has(VerbTag.Reported))) return true;
            return false;
        }

        /// <summary>
        /// "encouraged a dialogue", "…, encouraging the rumours about the wreck": a verb that reports only a clause and takes the
        /// person pressed as its object (encourage, reassure) reports words only with an infinitive, a that-clause or a
        /// clause of its own at the content's start <paramref name="c"/> ("encouraged voters to stay home", "persuaded the board
        /// that …"); anything else is a thing it fostered, no words said.
        /// </summary>
        internal static bool PressesToNoAct(IReadOnlyList<Token> tk, CueVerb e, int cueEnd, int c)
        {
            if (!e.Has(VerbTag.Clausal) || !e.TakesAddressee) return false;
            if (c >= tk.Count) return true;
            if (tk[c].IsWord && tk[c].Has(WordGroup.InfinitiveMarker)) return false;
            if (c > cueEnd && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer)) return false;
            return !OpensClause(tk, c);
        }

        /// <summary>
        /// True when the words at c open a noun phrase that is an object, not the subject of a clause: an indefinite
        /// or possessive determiner, an approximation or an amount ("a wide lead", "his seat", "about $200,000", "$2 million").
        /// </summary>
        private static bool OpensObject(IReadOnlyList<Token> tk, int c)
        {
            while (c < tk.Count && tk[c].IsQuote) c++;
            if (c >= tk.Count) return false;
            var t = tk[c];
            if (IsAmount(t)) return true;
            return t.IsLowerWord && t.Has(WordTag.Indefinite | WordTag.Possessive | WordTag.Approximate);
        }

        /// <summary>How many capitalised words a name read as a verb's object may have ("Sen. Ada Maria Lund").</summary>
        private const int ObjectNameWords = 4;

        /// <summary>
        /// True when the content at <paramref name="c"/> of a verb of naming is an object alone: a name or an object pronoun
        /// (not "her", which may own the noun after it), then, past a time, the sentence's end, a coordinator, a preposition or
        /// subordinator other than "to" and "as" (which may open the verb's own complement, "likened Lund to a coach", "portrayed
        /// him as a bully"), or a comma before a coordinator or "which" ("called Ada Lund on Monday", "called Reyes.", "call me and let
        /// me know", "called Jo Bell after the vote", "a group called Pier Watch, which …"); so is a noun one telephones
        /// ("called 911 after the crash", "called police", "called the hotline to report …"). A naming has a second phrase after its
        /// object, what the object is called ("called Lund a liar", "called him “reckless”", "called Reyes, the mayor, a liar").
        /// </summary>
        private static bool ObjectWithoutComplement(IReadOnlyList<Token> tk, int c)
        {
            if (c >= tk.Count || !tk[c].IsWord) return false;
            int i;
            if (tk[c].IsLowerWord && tk[c].Has(WordTag.ObjectPronoun) && !tk[c].Has(WordTag.Possessive))
                i = c + 1;
            // not a day or a time before the verb's particle ("called Friday for a vote")
            else if (tk[c].IsCapitalized && !tk[c].Has(WordTag.Function | WordTag.Determiner | WordTag.Pronoun | WordTag.Calendar | WordTag.Time) ||
                     // "a book called The Price of Quiet that …": a title's capitalised article opens the name (not at the sentence's start)
                     IsTitleArticle(tk, c))
                for (i = c; i < tk.Count && i - c < ObjectNameWords && tk[i].IsWord && tk[i].IsCapitalized && !IsPossessive(tk[i]); i++) { }
            // "called 911", "called police after the crash", "called police to report …": a noun one telephones
            // after which "to" opens a purpose, not what the object is likened to
            else if ((i = NounPhraseEnd(tk, c, Lexicon.IsCallObject)) > 0)
            {
                // "called her cellphone twice", "called police repeatedly": an adverb of how often is no name for the object
                while (i < tk.Count && tk[i].IsLowerWord && tk[i].Has(WordTag.CueAdverb)) i++;
                int k = SkipTimePhrase(tk, i, tk.Count);
                if (k < tk.Count && tk[k].IsLowerWord && tk[k].Has(WordGroup.ToPreposition)) return true;
                // "When a station calls her cell, the manager …": no name for a telephoned thing comes after a comma
                if (k < tk.Count && tk[k].Is(",")) return true;
            }
            else
                return false;
            if (i < tk.Count && tk[i].IsWord && tk[i].IsCapitalized) return false;   // a longer name, or a possessive one: not read here
            i = SkipTimePhrase(tk, i, tk.Count);
            if (i >= tk.Count || tk[i].Is(".") || tk[i].Is(";")) return true;
            var t = tk[i];
            // "to" and "as" may open the verb's own complement ("likened the tax to theft", "portrayed Lund as a bully")
            if (t.IsLowerWord) return t.Has(WordClass.Coordinator) || t.Has(WordTag.Preposition | WordTag.Subordinator) && !t.Has(WordGroup.ToPreposition | WordGroup.ObjectComplement);
            return t.Is(",") && i + 1 < tk.Count && tk[i + 1].IsLowerWord && (tk[i + 1].Has(WordClass.Coordinator) || tk[i + 1].Has(WordClass.ThingRelative));
        }

        /// <summary>
        /// True when the mention is a U.S. state or a country (us-lawmakers.txt, the country table) set off by commas after "Town,"
        /// whose capitalised words go back to a lower-case preposition within <see cref="TownNameWords"/> words ("in St.
        /// Clairsville, Ohio,", "at Burlington, Iowa,"): the second part of a place's name. Not a subject after a phrase of place
        /// ("in Toledo, Clinton says …": no state, no comma after it) nor after a time word at the start ("Friday, Texas, leading …").
        /// </summary>
        internal static bool IsPlaceAfterTown(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.End != m.Start + 1 || m.Start < 3 || m.End >= tk.Count || !tk[m.End].Is(",") || !tk[m.Start - 1].Is(",")) return false;
            var place = tk[m.Start];
            if (!place.IsCapitalized || !(Lexicon.IsUsStateAsWritten(place.Text) || CountryTable.Find(place.Text) != null)) return false;
            for (int i = m.Start - 2; i >= 0 && m.Start - 2 - i < TownNameWords; i--)
            {
                var t = tk[i];
                if (t.IsCapitalized) continue;
                return i < m.Start - 2 && t.IsLowerWord && t.Has(WordTag.Preposition);
            }
            return false;
        }

        /// <summary>The most capitalised words of a town's name before its comma ("St. Clairsville", "San Luis Obispo").</summary>
        private const int TownNameWords = 4;

        /// <summary>
        /// True when the words from i on (after a past form) reach, within <see cref="ApposedParticipleReach"/> tokens and with no
        /// finite verb, opener of a clause or quotation mark among them, a comma followed by a finite verb, or by a coordinator and
        /// a finite verb: the comma closes a participle's aside ("…, announced Friday, would last", "…, called delegates, and is").
        /// </summary>
        private static bool ApposedParticipleCloses(IReadOnlyList<Token> tk, int i)
        {
            for (int j = i; j < tk.Count && j - i <= ApposedParticipleReach; j++)
            {
                var t = tk[j];
                if (t.Is(","))
                {
                    int k = j + 1;
                    if (k < tk.Count && tk[k].IsLowerWord && tk[k].Has(WordClass.Coordinator)) k++;
                    return k < tk.Count && tk[k].IsLowerWord && tk[k].Has(WordTag.Finite);
                }
                if (!t.IsWord) return false;
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordGroup.Complementizer))) return false;
            }
            return false;
        }

        /// <summary>The most tokens a participle's aside may take before its closing comma ("denounced as impossible and inhumane": 5).</summary>
        private const int ApposedParticipleReach = 8;

        /// <summary>A capitalised "The" inside a sentence (after a word) with a capitalised word after it: the start of a title or a name ("called The Long Road").</summary>
        private static bool IsTitleArticle(IReadOnlyList<Token> tk, int c) =>
            c > 0 && tk[c - 1].IsWord && tk[c].IsCapitalized && tk[c].Has(WordGroup.DefiniteArticle) && c + 1 < tk.Count && tk[c + 1].IsWord && tk[c + 1].IsCapitalized;

        /// <summary>How many words an object read by its head noun runs to at most ("her new work cellphone", "the 2026 world title").</summary>
        private const int HeadedObjectWords = 4;

        /// <summary>
        /// <see cref="NounPhraseEnd"/> of a phrase headed by a sense object of the verb's lemma (<see cref="Lexicon.IsSenseObject"/>);
        /// its own method, so the lambda over the lemma is made only when asked (in <see cref="Suits"/> it made a closure at every call).
        /// </summary>
        /// <remarks>
        /// The thing's own name may stand before its head among the words ("attacked the Tarbela checkpoint", "gunmen attacked the
        /// Hill and Ridge outposts"): capitalised words with no possessive, joined by a list's "and", up to
        /// <see cref="SenseObjectNameWords"/> of them, not counted among the phrase's words; a name is whose place it is, and names no
        /// one spoken of ("attacked Lund's posts", a person's possessive, still reports).
        /// </remarks>
        private static int SenseObjectEnd(IReadOnlyList<Token> tk, int c, string lemma) => NounPhraseEnd(tk, c, n => Lexicon.IsSenseObject(lemma, n), SenseObjectNameWords);

        /// <summary>
        /// How many words the proper name of an attacked thing may take before its head noun in a sense object ("the Hill and Ridge
        /// outposts": three words with the "and").
        /// </summary>
        private const int SenseObjectNameWords = 4;

        /// <summary>
        /// The index after a noun phrase at <paramref name="c"/> of at most <see cref="HeadedObjectWords"/> lower-case words or
        /// numbers whose last word is a noun that <paramref name="isHead"/> accepts, or -1: a noun one telephones
        /// (<see cref="Lexicon.IsCallObject"/>: "911", "police", "her cellphone", "the hotline"), a noun that marks a verb's
        /// other sense (<see cref="Lexicon.IsSenseObject"/>: "the title" after "claim", "tight control" after "maintain"). A
        /// country's name or people's adjective may stand before the head among them ("attacked two Pakistani army posts",
        /// "attacked an Afghan police checkpoint"): it says whose the thing is, and names no one spoken of.
        /// </summary>
        private static int NounPhraseEnd(IReadOnlyList<Token> tk, int c, Func<string, bool> isHead, int nameWords = 0)
        {
            int named = 0;
            for (int i = c; i < tk.Count && i - c - named < HeadedObjectWords; i++)
            {
                var t = tk[i];
                if (!t.IsWord) return -1;
                if (!(t.IsLowerWord || char.IsDigit(t.Text[0])))
                {
                    if (IsCountryModifier(t)) continue;
                    // (a thing's own name before its head, when asked: "the Hill and Ridge outposts"; never its first word, nor a possessive)
                    if (named < nameWords && i > c && t.IsCapitalized && !Possessive.EndsIn(t.Text) && !t.Has(WordGroup.DefiniteArticle))
                    {
                        named++;
                        continue;
                    }
                    return -1;
                }
                // (a list's "and" between two words of such a name: "Hill and Ridge")
                if (named > 0 && named < nameWords && t.Has(WordClass.ListCoordinator) && i > c && tk[i - 1].IsCapitalized &&
                    i + 1 < tk.Count && tk[i + 1].IsWord && tk[i + 1].IsCapitalized)
                {
                    named++;
                    continue;
                }
                if (isHead(t.Lower)) return i + 1;
            }
            return -1;
        }

        /// <summary>A capitalised country's name or people's adjective with no possessive ("Pakistani", "Afghan", "Pakistan").</summary>
        private static bool IsCountryModifier(Token t) => !Possessive.EndsIn(t.Text) && CountryTable.Find(t.Text) != null;

        /// <summary>
        /// True when the noun phrase at c is a tally ("a new 52-week — and all-time — low", "its biggest loss", "about 80
        /// jobs", "$4 million"): an amount, or a word
        /// tagged tally before the phrase ends (a comma or stop, a quotation, a preposition, a relative, a reporting verb:
        /// "a message blaming the loss …" is a message).
        /// </summary>
        private static bool OpensTally(IReadOnlyList<Token> tk, int c)
        {
            // "added about 80 jobs", "charge 2 percent of assets": an amount is a figure too
            if (c < tk.Count && (IsAmount(tk[c]) || tk[c].IsLowerWord && tk[c].Has(WordTag.Approximate) && c + 1 < tk.Count && IsAmount(tk[c + 1]))) return true;
            for (int i = c; i < tk.Count && i - c <= 2 * ClauseVerbReach; i++)
            {
                var t = tk[i];
                if (!t.IsWord)
                {
                    if (t.IsQuote || t.Is(",") || t.Is(".") || t.Is(";") || t.Is(":") || t.Is("(")) return false;
                    continue;
                }
                if (t.Has(WordTag.Tally)) return true;
                if (t.Has(WordClass.ListCoordinator)) continue;    // "a new 52-week — and all-time — low"
                if (i > c && (t.Has(WordTag.Preposition | WordTag.Relative | WordTag.ClauseBreak | WordTag.Finite) || t.CueVerb != null)) return false;
            }
            return false;
        }

        /// <summary>A number or a sum of money ("80", "$2 million", "£40").</summary>
        internal static bool IsAmount(Token t) => t.Text.Length > 0 && (char.IsDigit(t.Text[0]) || t.Text[0] == '$' || t.Text[0] == '€' || t.Text[0] == '£');

        /// <summary>How many words after a clausal verb its clause's own verb may stand ("accepted the two sides' final offer was fair").</summary>
        private const int ClauseVerbReach = 8;

        /// <summary>
        /// True when the words at c open a clause, not a noun phrase object: a subject pronoun, or a finite
        /// auxiliary ("was", "had", "would") within a few words, before any mark.
        /// </summary>
        public static bool OpensClause(IReadOnlyList<Token> tk, int c) => OpensClause(tk, c, ClauseVerbReach);

        /// <summary>As <see cref="OpensClause(IReadOnlyList{Token}, int)"/>, with the clause's verb within <paramref name="reach"/> words.</summary>
        private static bool OpensClause(IReadOnlyList<Token> tk, int c, int reach)
        {
            if (c >= tk.Count) return false;
            if (tk[c].IsWord && CueLexicon.IsSubjectPronoun(tk[c].Lower) && !tk[c].Has(WordGroup.ThingPronoun)) return true;
            for (int i = c; i < tk.Count && i - c <= reach; i++)
            {
                var t = tk[i];
                if (!t.IsWord) { if (t.IsQuote) continue; return false; }
                if (i > c && t.IsLowerWord && t.Has(WordTag.Finite)) return true;
            }
            return false;
        }

        /// <summary>True for a mention of a document or an institution: a document or organisation word, an organisation's name, "it", or "which"/"that" standing for one.</summary>
        public static bool NamesADocument(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.IsPronoun) return m.Owner != null ? NamesADocument(tk, m.Owner) : Lexicon.IsAsWritten(m.Determiner, WordGroup.ThingPronoun);
            if (m.Kind == MentionKind.Organisation || m.IsDocument || m.IsOrganisationHead) return true;
            for (int i = m.Start; i < m.End && i < tk.Count; i++)
                if (tk[i].IsWord && (tk[i].IsDocumentWord || tk[i].IsOrganisationWord || Lexicon.IsDocumentPlural(tk[i].Lower) || tk[i].Has(WordClass.Findings))) return true;
            return false;
        }

        /// <summary>
        /// True for a singular description that names no one: not a pronoun, a name or an organisation, no plural,
        /// and no speaker noun, organisation word or document word among its words ("the exposition", "its only
        /// lapse into fantasy"), where "the senator", "my mother", "the campaign", "many voters" name someone.
        /// </summary>
        private static bool IsMindlessThing(IReadOnlyList<Token> tk, Mention m)
        {
            if (!IsSingularDescriptionOfNoOne(tk, m) || m.End - m.Start < 2) return false;    // "I", "everyone": a person
            for (int i = m.Start; i < m.End && i < tk.Count; i++)
            {
                var t = tk[i];
                if (!t.IsWord) continue;
                // a capitalised word other than an opening determiner ("Trump's inner circle", "Obama the realist"), a
                // plural ("families like mine") or a share ("Seventy-two percent"): people
                if (!t.IsLowerWord && (i > m.Start || !t.Has(WordTag.Determiner | WordTag.Possessive | WordTag.Indefinite))) return false;
                if (IsPluralNoun(t) || t.Has(WordTag.Proportion)) return false;
            }
            var last = tk[Math.Max(m.Start, m.End - 1)];
            if (last.Has(WordGroup.IndefiniteHead) || last.Lower.EndsWith("body", StringComparison.Ordinal)) return false;    // "no one", "somebody"
            return !m.Head.EndsWith("s", StringComparison.Ordinal) && !Lexicon.Is(m.Determiner, WordClass.Quantifier);
        }

        /// <summary>
        /// "Mr. Trump's tone", "the mayor's long silence": a singular description whose words after its last possessive in "'s"
        /// are lower case and name no speaker, organisation or document, nor findings ("the mayor's office", "Lund's spokesman",
        /// "the board's report", "Lund's aides" name someone or a document; "his tone" is left as it was).
        /// </summary>
        internal static bool IsOwnedThing(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Description || m.IsPronoun || m.Plural || m.IsDocument || m.IsOrganisationHead || m.Name != null) return false;
            int owned = -1;
            for (int i = m.Start; i + 1 < m.End && i < tk.Count; i++)
                if (IsPossessive(tk[i])) owned = i + 1;
            if (owned < 0) return false;
            for (int i = owned; i < m.End && i < tk.Count; i++)
            {
                var t = tk[i];
                if (!t.IsLowerWord || IsPluralNoun(t) || t.Has(WordClass.Findings) || Lexicon.IsSpeakerNoun(t.Lower, out _, out _) ||
                    Lexicon.IsOrganisationWord(t.Lower) || Lexicon.IsDocumentWord(t.Lower)) return false;
            }
            return !m.Head.EndsWith("s", StringComparison.Ordinal);
        }

        /// <summary>"the American account", "the army's version": a description whose head is a noun of one's telling of events (words.txt own-reading).</summary>
        private static bool IsTelling(Mention m) =>
            m.Kind == MentionKind.Description && !m.IsPronoun && Lexicon.Is(m.Head, WordSense.OwnReading);

        /// <summary>
        /// A singular description opened by an article that names no one: no pronoun, name, owner, plural, and no speaker
        /// noun, organisation word or document word ("a weathered Martian rock", "the debate"; not "a spokesman", "the report").
        /// </summary>
        private static bool IsArticledThing(IReadOnlyList<Token> tk, Mention m) =>
            Lexicon.Is(m.Determiner, WordClass.Article) && IsSingularDescriptionOfNoOne(tk, m);

        /// <summary>
        /// A singular description with no pronoun, name, title, owner, document or organisation head, and no speaker noun,
        /// organisation word or document word among its words: what <see cref="IsMindlessThing"/> and
        /// <see cref="IsArticledThing"/> both ask first.
        /// </summary>
        private static bool IsSingularDescriptionOfNoOne(IReadOnlyList<Token> tk, Mention m) =>
            m.Kind == MentionKind.Description && !m.IsPronoun && m.Owner == null && !m.Plural && !m.IsDocument && !m.IsOrganisationHead &&
            m.Name == null && m.Title == null && !NamesASpeaker(tk, m);

        /// <summary>True when the mention is the pronoun of a thing alone ("it").</summary>
        private static bool IsThingPronoun(IReadOnlyList<Token> tk, Mention m) =>
            m.IsPronoun && m.Owner == null && m.End - m.Start == 1 && m.Start < tk.Count && tk[m.Start].IsWord && tk[m.Start].Has(WordGroup.ThingPronoun);

        /// <summary>True when a word of the mention is a speaker noun, an organisation word or a document word ("Officials at …", "the agency", "a report").</summary>
        public static bool NamesASpeaker(IReadOnlyList<Token> tk, Mention m)
        {
            for (int i = m.Start; i < m.End && i < tk.Count; i++)
                if (NamesASpeaker(tk[i])) return true;
            return false;
        }

        /// <summary>True when the word is a speaker noun, an organisation word or a document word ("officials", "agency", "report").</summary>
        public static bool NamesASpeaker(Token t)
        {
            if (!t.IsWord) return false;
            var w = t.Lower;
            return Lexicon.IsSpeakerNoun(w, out _, out _) || Lexicon.IsOrganisationWord(w) || Lexicon.IsDocumentWord(w);
        }

        /// <summary>
        /// "the ferry that the town wanted": a relative clause whose subject is not the relative pronoun has its object gapped; what follows the verb is not its content.
        /// Not a "that" right after a verb of saying, which opens the verb's content ("The office noted that the army had rejected the
        /// report": the army's rejection is a report of its own inside the office's); a verb that is a noun too only in a form no noun
        /// takes ("noted", not "the notes that …").
        /// </summary>
        public static bool IsObjectRelative(IReadOnlyList<Token> tk, Subject subject)
        {
            int o = subject.OpenerIndex;
            return o >= 0 && tk[o].IsWord && IsRelativePronoun(tk[o].Lower) && subject.Mention.Start != o && !OpensSaidThatClause(tk, subject);
        }
    }
}
