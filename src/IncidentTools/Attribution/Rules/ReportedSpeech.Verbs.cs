using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The cue verb in use: a finite verb of the lexicon (not a noun, an infinitive or a passive), the catenative
    /// and purpose verbs before it, its negation and the group of auxiliaries and adverbs (and a phrase of time) it opens with.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>
        /// The cue verb at token k used as a finite verb of its clause, or null: not a noun ("the
        /// report", "Trump's claims", "claims of"), not an infinitive ("to say"), not a passive
        /// ("was told"), not a participle without an auxiliary ("…, saying" is the participial rule's).
        /// </summary>
        public static VerbCue? FiniteVerbAt(IReadOnlyList<Token> tk, int k, int s0, int s1)
        {
            // a paragraph's cue words keep their last reading: the rules that scan every word of a sentence (ContentThenCue,
            // AsCue, CueThenContent, the claims) ask the same of each; a word that is no cue is none at any bounds
            if (tk is TokenList list && s1 <= list.Count)
            {
                var table = CuesOf(list);
                if (!table.MayBeCue(k)) return null;
                if (table.ReadingAt(k, s0, s1, out var known)) return known;
                var cue = ReadFiniteVerb(tk, k, s0, s1);
                table.Remember(k, s0, s1, cue);
                return cue;
            }
            return ReadFiniteVerb(tk, k, s0, s1);
        }

        /// <summary>
        /// "Officials I've spoken to say that …", "people we talked to believe …": a "to" that ends a relative clause with no
        /// pronoun (a subject pronoun, with "have" or written with it, then a past form of a reporting verb) is that verb's
        /// preposition, not an infinitive's marker: the verb after it is the sentence's own.
        /// </summary>
        private static bool StrandedTo(IReadOnlyList<Token> tk, int to, int s0)
        {
            int v = to - 1;
            if (v - 1 < s0 || !tk[v].IsLowerWord || CueLexicon.Verb(tk[v].Lower) is not { Kind: VerbForm.Past }) return false;
            var before = tk[v - 1];
            if (before.IsWord && before.Has(WordGroup.ContractedSubject) && !before.Has(WordGroup.ContractedBe)) return true;
            if (before.IsLowerWord && before.Has(WordClass.PerfectAuxiliary))
            {
                if (v - 2 < s0) return false;
                before = tk[v - 2];
            }
            return CueLexicon.IsSubjectPronounNotIt(before);
        }

        /// <summary><see cref="FiniteVerbAt"/> worked out from the tokens.</summary>
        private static VerbCue? ReadFiniteVerb(IReadOnlyList<Token> tk, int k, int s0, int s1)
        {
            var entry = EntryAt(tk, k, s1, out int end);
            if (entry == null) return null;
            int g = GroupStart(tk, k, s0);
            if (k - 1 >= s0 && tk[k - 1].IsWord)
            {
                var prev = tk[k - 1];
                // "went on to openly ridicule …", "continued to publicly say …": an adverb in -ly between "to" and the verb
                int to = SplitInfinitiveMarker(tk, k, s0);
                // "is understood to have told …", "are learnt to have told …": the perfect infinitive, "to have" and the past form, after
                // a participle of hearsay (catenative-adjective in words.txt) governs as the plain infinitive does (not after any verb:
                // "coal use appears to have declined" is no one's words)
                bool perfectInfinitive = false;
                if (to < 0 && entry.Kind == VerbForm.Past && PerfectInfinitiveMarker(tk, k, s0) is int perfect && perfect >= 0 &&
                    HearsayBeforeAgent(tk, perfect, s0) is int hearsay && hearsay >= s0 && tk[hearsay].IsLowerWord && tk[hearsay].Has(WordTag.CatenativeAdjective))
                {
                    to = perfect;
                    perfectInfinitive = true;
                }
                if (to >= 0 && Catenative(tk, to, s0, perfectInfinitive) is int c && c >= 0)
                {
                    // "have continued to say", "refused to accept", "seemed to suggest": the group starts before the governing verb;
                    // a phrasal cue that takes in this verb ("went on to say") is the reading
                    if (EntryAt(tk, c, s1, out int phraseEnd) != null && phraseEnd > k) return null;
                    // "refused to blame the referee", "declined to criticise the board": a judgement its subject would not make is none
                    // reported; the verb of refusing reports the refusal
                    bool refused = CueLexicon.Verb(tk[c].Lower) is { } governing && governing.Has(VerbTag.Refusal);
                    if (refused && entry.Has(VerbTag.Judgement)) return null;
                    // "tend to think of the council as …", "voted to call off the strike": a particle that makes another verb of it
                    // does so after "to" as well
                    if (OtherVerbWithParticle(entry, tk, end, s1)) return null;
                    return new VerbCue(entry, k, end, GroupStart(tk, c, s0), refused);
                }
                // "began criticizing the plan", "kept insisting …": a cue in -ing right after a catenative verb that governs it
                // reports with it, as after "to"; the group starts before the governing verb ("has kept insisting", "never began")
                if (entry.Kind == VerbForm.Gerund && IngCatenative(tk, k, s0) is int ic && ic >= 0)
                {
                    if (OtherVerbWithParticle(entry, tk, end, s1)) return null;
                    return new VerbCue(entry, k, end, GroupStart(tk, ic, s0));
                }
                // "took to the radio to accuse …", "used the hearing to demand …": an infinitive of purpose after the subject's own verb
                // (tagged purpose) reports with it; the group starts at that verb ("was used to …", "is used to saying" have none)
                if (prev.Has(WordGroup.InfinitiveMarker) && entry.Kind == VerbForm.Base && PurposeVerb(tk, k - 1, s0) is int pv && pv >= 0)
                {
                    if (OtherVerbWithParticle(entry, tk, end, s1)) return null;
                    return new VerbCue(entry, k, end, GroupStart(tk, pv, s0), purpose: true);
                }
                // "Some say …", "but many say …": a share alone opening its clause is the subject ("have some say" is a noun)
                bool share = prev.Has(WordTag.Proportion) && (k - 1 == s0 || !tk[k - 2].IsWord || tk[k - 2].Has(WordTag.Intro));
                if (IsDeterminer(prev.Lower) && !share || IsPossessive(prev) && !IsContractedSubject(prev) || prev.Has(WordGroup.InfinitiveMarker) && !StrandedTo(tk, k - 1, s0)) return null; // "he’s said" is no possessive
                // "the new plans to", "similar comments", "Southern states that": after an adjective the form is its noun
                if (prev.Has(WordTag.Adjective)) return null;
                // "amid reports that", "director of state campaigns", "in alleged fraud": right after a preposition a cue word is no verb
                if (CueLexicon.AfterPreposition(tk, k)) return null;
            }
            if (AdjectiveInLyBefore(tk, g, k, s0)) return null;
            // "Having said that, …", "But having announced he would stay, the mayor …": a perfect participle opening the sentence
            // opens a phrase with no subject of its own; the verb after it is no finite cue ("The mayor, having said …" has one)
            if (g - 1 >= s0 && tk[g - 1].IsWord && tk[g - 1].Has(WordGroup.PerfectParticiple) && OpensSentence(tk, g - 1)) return null;
            // the word before the auxiliaries and adverbs
            bool beBefore = HasBeIn(tk, g, k);
            // "we’re told", "he’s saying", "she’s shown": the auxiliary written with the subject pronoun
            bool contracted = ContractedAuxiliaryBefore(tk, g, s0, out bool contractedBe);
            switch (entry.Kind)
            {
                case VerbForm.Past:
                    if (beBefore || contractedBe) return null;                          // "was told", "has been criticized", "we’re told"
                    // "384 pledged delegates": between a number and a plural noun the form is an adjective
                    if (g == k && k - 1 >= s0 && tk[k - 1].IsWord && char.IsDigit(tk[k - 1].Text[0]) && end < s1 && IsPluralNoun(tk[end])) return null;
                    if (entry.ParticipleOnly && !HaveBefore(tk, g, k) && !contracted) return null; // "the traffic shown", not "has shown", "he’s shown"
                    // "a doctor accused of manslaughter", "a minister blamed by the report": a verb that judges a person takes that person
                    // as its object before "of" or "by"; with no object between, the form is a passive participle describing a noun
                    if (g == k && entry.Has(VerbTag.Judgement) && entry.Has(VerbTag.Object) && entry.Particle == null &&
                        end < s1 && tk[end].IsWord && tk[end].Has(WordGroup.PassiveComplement)) return null;
                    break;
                case VerbForm.Gerund:
                    if (!beBefore && !contracted) return null;                          // "is saying", "he’s saying" only
                    break;
                case VerbForm.Base:
                case VerbForm.ThirdPerson:
                    if (end < s1 && tk[end].IsWord && tk[end].Has(WordGroup.OfComplement) && entry.Particle == null) return null; // "claims of", "reports of"
                    // a verb in -s follows no auxiliary ("have plans to", "there were reports") and has no plural subject ("the 15 states that", "several claims")
                    if (entry.Kind == VerbForm.ThirdPerson && (HasFinite(tk, g, k) || g == k && PluralPhraseBefore(tk, k, s0))) return null;
                    if (entry.Kind == VerbForm.Base && beBefore) return null;
                    // "the McKinley plan, is", "Republican support was": a noun unless its content follows
                    // ("…, records show." closes its clause: a verb of documents only, after its content; "a swing state," is a noun)
                    if (entry.Has(VerbTag.Noun) && entry.Particle == null && g == k && !StartsContent(tk, end, s1, entry.Has(VerbTag.Infinitive)) &&
                        !(entry.Has(VerbTag.Document) && !entry.IsSpeech && ClosesClause(tk, end, s1)) && !IsNamedAside(tk, entry, k, end, s0, s1) &&
                        !AfterPersonSubject(tk, entry, k, s0) && !AfterFindingsSubject(tk, entry, k, end, s0, s1) && !PastBeforeReflexive(tk, entry, end, s1)) return null;
                    break;
            }
            if (OtherVerbWithParticle(entry, tk, end, s1)) return null;
            return new VerbCue(entry, k, end, g);
        }

        /// <summary>
        /// For a verb at k, the index of the "to" of its infinitive: right before it, or before one adverb in -ly between ("to
        /// openly ridicule", "to publicly say"); -1 when no "to" stands there.
        /// </summary>
        /// <summary>At most this many words of the agent between a participle of hearsay and its "to" ("was reported by foreign news agencies to have said").</summary>
        private const int HearsayAgentWords = 4;

        /// <summary>
        /// For "to" at t, the index of a participle of hearsay (catenative-adjective in words.txt) before the agent that stands between
        /// them ("was reported by foreign agencies to have said …": the subject's words, the agencies only carried them); else t - 1.
        /// </summary>
        private static int HearsayBeforeAgent(IReadOnlyList<Token> tk, int t, int s0)
        {
            for (int b = t - 2; b - 1 >= s0 && t - 1 - b <= HearsayAgentWords; b--)
            {
                if (!tk[b + 1].IsWord) break;
                if (tk[b].IsLowerWord && tk[b].Has(WordGroup.Agent))
                    return tk[b - 1].IsLowerWord && tk[b - 1].Has(WordTag.CatenativeAdjective) ? b - 1 : t - 1;
            }
            return t - 1;
        }

        /// <summary>
        /// For a past form at k, the index of the "to" of "to have" right before it (the perfect infinitive: "is understood to have
        /// told"), or -1.
        /// </summary>
        private static int PerfectInfinitiveMarker(IReadOnlyList<Token> tk, int k, int s0) =>
            k - 2 >= s0 && tk[k - 1].IsLowerWord && tk[k - 1].Has(WordClass.PerfectAuxiliary) && tk[k - 1].Has(WordTag.Finite) && !tk[k - 1].Has(WordTag.Negation) &&
            tk[k - 2].IsLowerWord && tk[k - 2].Has(WordGroup.InfinitiveMarker) ? k - 2 : -1;

        private static int SplitInfinitiveMarker(IReadOnlyList<Token> tk, int k, int s0)
        {
            if (k - 1 >= s0 && tk[k - 1].IsWord && tk[k - 1].Has(WordGroup.InfinitiveMarker)) return k - 1;
            return k - 2 >= s0 && tk[k - 1].IsLowerWord && CueLexicon.IsLyAdverb(tk[k - 1]) && !tk[k - 1].Has(WordTag.Finite) &&
                   tk[k - 2].IsLowerWord && tk[k - 2].Has(WordGroup.InfinitiveMarker) ? k - 2 : -1;
        }

        /// <summary>
        /// "Ortiz cast herself as a reformer": a base form that is spelled as the past too (<see cref="ReportingVerb.PastAsBase"/>)
        /// before a reflexive pronoun is the verb, not a noun ("the cast members" has none).
        /// </summary>
        private static bool PastBeforeReflexive(IReadOnlyList<Token> tk, CueVerb entry, int end, int s1) =>
            entry.Kind == VerbForm.Base && entry.Verb.PastAsBase && end < s1 && tk[end].IsLowerWord && tk[end].Has(WordClass.Reflexive);

        /// <summary>
        /// "He demands new safeguards for the crews", "they demand answers": right after a subject pronoun of a person that agrees with it
        /// ("he", "she" before the form in -s; "they", "we", "I" before the base), a form that is a noun too is the verb.
        /// "his demands", "the claims" have no such pronoun before them. Only in a main clause: after a relative or a
        /// subordinator ("Lund, who he claims has misled the council", "because he backs higher fees") the relative is often the verb's
        /// object and the pronoun often stands for someone named in the main clause, not for the last speaker.
        /// </summary>
        private static bool AfterPersonSubject(IReadOnlyList<Token> tk, CueVerb entry, int k, int s0)
        {
            if (k - 1 < s0 || !tk[k - 1].IsWord || !tk[k - 1].Has(WordClass.PersonSubject)) return false;
            if (k - 2 >= s0 && tk[k - 2].IsWord && tk[k - 2].Has(WordTag.Relative | WordTag.Subordinator)) return false;
            bool plural = tk[k - 1].Has(WordClass.PluralAgreement);
            return entry.Kind == (plural ? VerbForm.Base : VerbForm.ThirdPerson);
        }

        /// <summary>
        /// "The inquiry blames poor maintenance for …", "the poll finds higher support among …": right after the head of a
        /// document of findings (organisation-words.txt <c>findings</c>: "report", "inquiry", "poll") that a determiner, a
        /// possessive or a capitalised modifier opens, a form in -s that is a noun too is the verb, before a lower-case word
        /// that opens its object ("report blames" makes no compound noun); so it is after the phrase of the document's maker
        /// that follows such a head ("A review by The Herald shows most …", <see cref="FindingsHeadBeforeMaker"/>). Not before a
        /// finite word or an auxiliary ("the report claims were false").
        /// </summary>
        private static bool AfterFindingsSubject(IReadOnlyList<Token> tk, CueVerb entry, int k, int end, int s0, int s1)
        {
            if (AfterFindingsPlural(tk, entry, k, end, s0, s1)) return true;
            if (entry.Kind != VerbForm.ThirdPerson || k - 2 < s0 || end >= s1) return false;
            // "A review by The Herald shows most …", "a poll of likely voters finds …": the head before its maker's phrase
            int h = Lexicon.IsOrganisationWord(tk[k - 1].Text, OrganisationWordTag.Findings) ? k - 1 : FindingsHeadBeforeMaker(tk, k, s0);
            if (h - 1 < s0) return false;
            var head = tk[h];
            if (!head.IsLowerWord || !Lexicon.IsOrganisationWord(head.Text, OrganisationWordTag.Findings)) return false;
            var before = tk[h - 1];
            if (!(before.IsWord && (IsDeterminer(before.Lower) || IsPossessive(before) || before.IsCapitalized))) return false;
            return tk[end].IsLowerWord && !tk[end].Has(WordTag.Finite | WordTag.Auxiliary);
        }

        /// <summary>The most words of a maker's phrase between a document of findings and its verb ("by The Herald", "of his dealings in Peru").</summary>
        private const int MakerPhraseReach = 8;

        /// <summary>
        /// For a verb at k, the index of the word right before the nearest preposition of a document's author (words.txt
        /// author-preposition: "by", "of", "from") in the plain words before it, when that phrase runs on to the verb
        /// ("A review by The Herald shows", "a poll of likely voters finds", "the survey of his dealings in Peru shows"): no
        /// mark, finite word, auxiliary or clause opener between; else -1.
        /// </summary>
        private static int FindingsHeadBeforeMaker(IReadOnlyList<Token> tk, int k, int s0)
        {
            for (int j = k - 1; j - 1 >= s0 && k - j <= MakerPhraseReach; j--)
            {
                var t = tk[j];
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.Finite | WordTag.Auxiliary | WordTag.Opener)) return -1;
                if (j < k - 1 && t.IsLowerWord && t.Has(WordClass.AuthorPreposition)) return j - 1;
            }
            return -1;
        }

        /// <summary>
        /// "Polls show voters souring on the plan", "recent surveys show turnout falling", "court records show payments
        /// continued": right after a plural of findings (words.txt <c>findings</c>: "polls", "studies"; or the plural of a
        /// document of findings in organisation-words.txt: "records", "reviews") a base form that is a noun too is the verb,
        /// before a lower-case word that opens its object: a plural of findings makes no compound noun with it; so is the
        /// form in -s after a mass noun of findings ("exit polling shows he won …", words.txt findings). Not before a
        /// finite word or an auxiliary, nor after a preposition ("voters at the polls show little enthusiasm": the polls
        /// are a place there, not the subject).
        /// </summary>
        private static bool AfterFindingsPlural(IReadOnlyList<Token> tk, CueVerb entry, int k, int end, int s0, int s1)
        {
            if (k - 1 < s0 || end >= s1) return false;
            var head = tk[k - 1];
            if (!head.IsWord) return false;
            // "exit polling shows …": a mass noun of findings (words.txt findings, no plural) takes the form in -s
            bool mass = entry.Kind == VerbForm.ThirdPerson && head.Has(WordClass.Findings) && !Inflection.EndsInS(head.Lower);
            if (!mass && !(entry.Kind == VerbForm.Base && IsFindingsPlural(head))) return false;
            // "voters at the polls show …", "in polls show …": the plural is a preposition's object
            for (int b = k - 2; b >= s0 && b >= k - 3; b--)
            {
                if (!tk[b].IsWord) break;
                if (tk[b].IsLowerWord && tk[b].Has(WordTag.Preposition)) return false;
            }
            return tk[end].IsLowerWord && !tk[end].Has(WordTag.Finite | WordTag.Auxiliary);
        }

        /// <summary>
        /// "polls", "polling", "records", "a poll", "the survey": a noun of findings (<see cref="IsFindingsPlural"/>) or a singular
        /// document of findings (organisation-words.txt <c>findings</c>), in lower case.
        /// </summary>
        internal static bool IsFindingsHead(Token t) =>
            t.IsLowerWord && (IsFindingsPlural(t) || Lexicon.IsOrganisationWord(t.Lower, OrganisationWordTag.Findings));

        /// <summary>"polls", "studies" (words.txt <c>findings</c>), "records", "reviews": a plural noun of findings, or the plural of a document of findings.</summary>
        private static bool IsFindingsPlural(Token t)
        {
            if (t.Has(WordClass.Findings)) return true;
            if (!Lexicon.IsDocumentPlural(t.Lower)) return false;
            return Lexicon.IsOrganisationWord(t.Lower.Substring(0, t.Lower.Length - 1), OrganisationWordTag.Findings);
        }

        /// <summary>
        /// True when only commas, brackets and connectives stand between token i and the start of its sentence ("(Having …",
        /// "Yet, having …"; not "The mayor, having …"): read back to a full stop or the paragraph's start, whatever bounds a
        /// caller reads within.
        /// </summary>
        private static bool OpensSentence(IReadOnlyList<Token> tk, int i)
        {
            for (int j = i - 1; j >= 0; j--)
            {
                var t = tk[j];
                if (t.IsWord)
                {
                    if (!t.Has(WordTag.Intro)) return false;
                }
                else if (t.Is(".") || t.Is("?") || t.Is("!")) return true;
            }
            return true;
        }

        /// <summary>
        /// "the agency's weekly report shows", "the previously announced absence", "Britain's emotionally charged uprising": words in
        /// -ly alone between an article or a possessive and the cue word [g, k) are its adjectives, and the form is its noun
        /// (not "Some openly wondered", "Christie's been making the case", "who wrote to her on Thursday say").
        /// </summary>
        private static bool AdjectiveInLyBefore(IReadOnlyList<Token> tk, int g, int k, int s0)
        {
            if (g == k || g - 1 < s0 || !tk[g - 1].IsWord) return false;
            for (int i = g; i < k; i++)
                if (!CueLexicon.IsLyAdverb(tk[i]) || tk[i].Has(WordTag.Finite)) return false;
            var before = tk[g - 1];
            return before.Has(WordClass.Article) || IsPossessive(before) && !IsContractedSubject(before);
        }

        /// <summary>The most words of a name that stands as the subject of an aside between commas ("Democrats, Jo Bell notes, …").</summary>
        private const int AsideNameReach = 4;

        /// <summary>
        /// "Democrats, Frank notes, applaud …": a verb of speech in -s or the past, right after a capitalised name that
        /// follows a comma, and itself followed by a comma, is the verb of an aside, not a noun ("the Clinton notes").
        /// </summary>
        private static bool IsNamedAside(IReadOnlyList<Token> tk, CueVerb entry, int k, int end, int s0, int s1)
        {
            if (!entry.IsSpeech || entry.Kind == VerbForm.Base || end >= s1 || !tk[end].Is(",")) return false;
            int i = k - 1;
            while (i > s0 && k - i <= AsideNameReach && tk[i].IsWord && tk[i].IsCapitalized) i--;
            return i < k - 1 && i > s0 && tk[i].Is(",");
        }

        /// <summary>
        /// True when the word after the cue verb makes another verb of it, one that reports nothing:
        /// "called off", "added to the confusion", "adding to her lead", "backed down".
        /// </summary>
        public static bool OtherVerbWithParticle(CueVerb entry, IReadOnlyList<Token> tk, int end, int s1) => OtherVerbWithParticle(entry.Verb, tk, end, s1);

        /// <summary><see cref="OtherVerbWithParticle(CueVerb, IReadOnlyList{Token}, int, int)"/> for a verb as the quotation rules read it.</summary>
        public static bool OtherVerbWithParticle(ReportingVerb verb, IReadOnlyList<Token> tk, int end, int s1) =>
            verb.Particle == null && end < s1 && tk[end].IsWord && Lexicon.IsOtherVerbWithParticle(verb.Lemma, tk[end].Lower);

        /// <summary>True when the token at i, inside the span read, ends the clause: a full stop, comma or semicolon (the span's own end may be a caller's limit, not the clause's).</summary>
        private static bool ClosesClause(IReadOnlyList<Token> tk, int i, int s1) =>
            i < s1 && (tk[i].Is(".") || tk[i].Is(",") || tk[i].Is(";"));

        /// <summary>
        /// For a cue in -ing at index k, the index of the catenative verb right before it that governs it and reports with it
        /// ("began criticizing", "kept insisting", "has continued saying"), or -1: not after "be" ("was started"), not a verb of
        /// refusing, not a noun ("a fresh start", "its keep"), not an infinitive of another verb ("plans to start criticizing"), not
        /// after a noun of an occasion ("as the meeting began vowing …": it began) nor in a question ("Will she keep saying …?").
        /// </summary>
        private static int IngCatenative(IReadOnlyList<Token> tk, int k, int s0)
        {
            int v = k - 1;
            if (v < s0 || !tk[v].IsLowerWord || !tk[v].Has(WordTag.Catenative)) return -1;
            if (CueLexicon.Verb(tk[v].Lower) is { } governing && governing.Has(VerbTag.Refusal)) return -1;
            // "Will the senator continue calling himself …?": a question asserts nothing
            if (EndsInQuestion(tk, k)) return -1;
            // "as the meeting began vowing to …" (a comma left out): an occasion begins; the words are someone else's
            if (v - 1 >= s0 && tk[v - 1].IsWord && (IsDeterminer(tk[v - 1].Lower) || IsPossessive(tk[v - 1]) || tk[v - 1].Has(WordTag.Adjective) ||
                tk[v - 1].Has(WordGroup.Occasion) ||
                tk[v - 1].Has(WordGroup.InfinitiveMarker) && Catenative(tk, v - 1, s0) < 0)) return -1;
            return HasBeIn(tk, GroupStart(tk, v, s0), v) ? -1 : v;
        }

        /// <summary>True when the sentence of token k ends in a question mark, with no quotation between ("Will she keep saying …?").</summary>
        private static bool EndsInQuestion(IReadOnlyList<Token> tk, int k)
        {
            for (int i = k + 1; i < tk.Count; i++)
            {
                if (tk[i].IsQuote || tk[i].Is(".") || tk[i].Is("!")) return false;
                if (tk[i].Is("?")) return true;
            }
            return false;
        }

        /// <summary>For "to" at index t, the index of the verb that governs it and reports with the infinitive ("continued to say", "refused to accept", "went on to say", "were quick to say"), or -1.</summary>
        private static int Catenative(IReadOnlyList<Token> tk, int t, int s0, bool hearsay = false)
        {
            int v = HearsayBeforeAgent(tk, t, s0);
            if (v >= s0 && tk[v].IsLowerWord && tk[v].Has(WordGroup.GoOnParticle) && v - 1 >= s0 && tk[v - 1].Has(WordGroup.GoForm)) return v - 1;
            if (v >= s0 && tk[v].IsLowerWord && tk[v].Has(WordTag.CatenativeAdjective))
            {
                // "were quick to say", "are at pains to stress", "were slightly more likely to say": the form of "be" right before
                // (past "at", or an adverb and a degree word) governs; before a participle of hearsay and its perfect infinitive, also
                // past an adverb that may stand before a cue ("is also understood to have told"), not a verb's form
                int b = v - 1;
                if (b >= s0 && tk[b].IsLowerWord && tk[b].Has(WordGroup.MannerLead)) b--;
                for (int n = 0; n < 2 && b >= s0 && tk[b].IsLowerWord && (tk[b].Has(WordTag.Degree) || CueLexicon.IsLyAdverb(tk[b]) ||
                                                                          hearsay && tk[b].Has(WordTag.CueAdverb) && !tk[b].Has(WordTag.Finite) && !IsBe(tk[b].Lower)); n++) b--;
                return b >= s0 && tk[b].IsLowerWord && IsBe(tk[b].Lower) ? b : -1;
            }
            return v >= s0 && tk[v].IsLowerWord && tk[v].Has(WordTag.Catenative) ? v : -1;
        }

        /// <summary>
        /// For "to" at index t, the index of the subject's own verb of purpose that governs it ("Lund took the stage to acknowledge …",
        /// "used his speech to call for …", "appeared on the radio to defend …"), or -1: a finite form tagged purpose, with no form
        /// of "be" or "to" right before it ("was used to …", "plans to use …"), at least one word and at most <see cref="Clauses.PurposeReach"/>
        /// before t (not "used to say"), every word between one that <see cref="Clauses.MayStandInPurpose"/>, and no other infinitive, form of
        /// "be" or reporting verb in -ed between ("used his sway to get Lund to say", "came after being asked to defend …": the "to" of a place,
        /// "took to the radio", is none). Not a noun ("Lund's use of a slur to describe …": after a determiner, a possessive or an
        /// adjective), not after "it" ("It takes a lawyer to see …") nor in a relative clause with no comma before it, which only picks
        /// out its noun ("supporters who came to Hull to protest the vote say …").
        /// </summary>
        private static int PurposeVerb(IReadOnlyList<Token> tk, int t, int s0)
        {
            for (int v = t - 1; v >= s0 && t - v <= Clauses.PurposeReach; v--)
            {
                var w = tk[v];
                if (w.IsLowerWord && w.Has(WordTag.Purpose))
                {
                    if (v == t - 1) return -1;
                    if (v - 1 >= s0 && tk[v - 1].IsWord)
                    {
                        var before = tk[v - 1];
                        if (IsBe(before.Lower) || before.Has(WordGroup.InfinitiveMarker) || IsDeterminer(before.Lower) || IsPossessive(before) || before.Has(WordTag.Adjective)) return -1;
                    }
                    int g = GroupStart(tk, v, s0);
                    if (HasBeIn(tk, g, v)) return -1;
                    if (g - 1 >= s0 && tk[g - 1].IsWord && (tk[g - 1].Has(WordClass.Expletive) ||
                        tk[g - 1].IsLowerWord && tk[g - 1].Has(WordClass.RelativePronoun) && !(g - 2 >= s0 && tk[g - 2].Is(",")))) return -1;
                    return v;
                }
                if (!Clauses.MayStandInPurpose(w) || w.IsWord && (IsBe(w.Lower) || w.CueVerb != null && CueLexicon.IsEdForm(w))) return -1;
                if (w.IsLowerWord && w.Has(WordGroup.InfinitiveMarker) && v + 1 < t && tk[v + 1].IsLowerWord && !tk[v + 1].Has(WordTag.Determiner)) return -1;
            }
            return -1;
        }

        /// <summary>True when a form of "be" stands in [g, v).</summary>
        private static bool HasBeIn(IReadOnlyList<Token> tk, int g, int v)
        {
            for (int i = g; i < v; i++)
                if (tk[i].IsWord && IsBe(tk[i].Lower)) return true;
            return false;
        }

        /// <summary>How many modifier words may stand between a number or quantifier and the noun it counts ("several Southern states", "15 swing states").</summary>
        private const int ModifierReach = 3;

        private static bool HasFinite(IReadOnlyList<Token> tk, int g, int k)
        {
            for (int i = g; i < k; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordTag.Finite)) return true;
            return false;
        }

        /// <summary>
        /// True when the words right before token k open a plural noun phrase that k ends: a number or a
        /// quantifier ("15", "several", "the first four", "dozens"), then at most a few modifiers ("several
        /// Southern", "15 swing"). Such a phrase cannot be the subject of a verb in -s, so k is its plural
        /// noun ("the 15 states that voted", "several claims that"). The walk stops at any other noun in
        /// -s (the head of an earlier phrase: "in two weeks Trump states"), a grammar word or punctuation;
        /// a number after a capitalised word is part of a name ("Article 5 states").
        /// </summary>
        private static bool PluralPhraseBefore(IReadOnlyList<Token> tk, int k, int s0)
        {
            bool named = false;
            for (int j = k - 1; j >= s0 && j >= k - 1 - ModifierReach; j--)
            {
                var t = tk[j];
                if (t.IsWord && char.IsDigit(t.Text[0]))
                    return !named && IsCount(t.Text) && !(j - 1 >= s0 && tk[j - 1].IsCapitalized);
                if (!t.IsWord) return false;
                if (t.Has(WordTag.Plural)) return t.IsLowerWord || j == s0 || !tk[j - 1].IsWord;
                if (IsPossessive(t) || t.Lower.EndsWith("s", StringComparison.Ordinal) ||
                    t.Has(WordTag.Function | WordTag.Finite | WordTag.Opener | WordTag.Determiner | WordTag.Negation | WordTag.CueAdverb) ||
                    CueLexicon.IsLyAdverb(t) || CueLexicon.Verb(t.Lower) != null) return false;
                if (t.IsCapitalized) named = true;
            }
            return false;
        }

        /// <summary>
        /// True for a number that counts ("15", "1,200"): digits and group commas only, not "1", not a year
        /// ("2011 email"), an ordinal ("2nd") or a compound modifier ("90-second", "50-state").
        /// </summary>
        private static bool IsCount(string text)
        {
            int digits = 0;
            foreach (char c in text)
            {
                if (char.IsDigit(c)) digits++;
                else if (c != ',') return false;
            }
            bool year = digits == 4 && text.IndexOf(',') < 0 && (text[0] == '1' || text[0] == '2');
            return text != "1" && !year;
        }

        private static bool HaveBefore(IReadOnlyList<Token> tk, int g, int k)
        {
            for (int i = g; i < k; i++)
                if (tk[i].IsWord && tk[i].Has(WordClass.PerfectAuxiliary)) return true;
            return false;
        }

        /// <summary>The cue verb (or phrasal cue) whose verb is token k, lower case only; null for a word that is no cue.</summary>
        public static CueVerb? EntryAt(IReadOnlyList<Token> tk, int k, int s1, out int end)
        {
            // the tokens of a paragraph keep their cue verbs, worked out once (the same answer, by CueTable)
            if (tk is TokenList list && s1 <= list.Count)
                return CuesOf(list).EntryAt(k, s1, out end);
            return EntryOf(tk, k, s1, out end);
        }

        /// <summary>The paragraph's (or quotation's) cue table, made on first use and kept with its tokens.</summary>
        public static CueTable CuesOf(TokenList tk) => tk.Cues ??= CueTable.Of(tk);

        /// <summary>
        /// Every cue word of the body's sentences, in order, with its paragraph and sentence (a title paragraph is passed over):
        /// from the sentence's token <paramref name="lead"/> on (a cue that needs that many tokens before it), walking from one
        /// cue word to the next (<see cref="CueTable.NextCue"/>), so that a rule which reads only cue words reads no entry at any
        /// other token. The one loop of those rules.
        /// </summary>
        internal static IEnumerable<(AnalysedParagraph P, int S0, int S1, int K)> BodyCueWords(AttributionContext ctx, int lead)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var cues = CuesOf(p.Tokens);
                foreach (var (s0, s1) in p.Sentences)
                    for (int k = cues.NextCue(s0 + lead, s1); k < s1; k = cues.NextCue(k + 1, s1))
                        yield return (p, s0, s1, k);
            }
        }

        /// <summary><see cref="EntryAt"/> worked out from the lexicon.</summary>
        internal static CueVerb? EntryOf(IReadOnlyList<Token> tk, int k, int s1, out int end)
        {
            end = k + 1;
            var t = tk[k];
            if (!t.IsWord || !t.IsLowerWord) return null;
            foreach (var phrase in CueLexicon.Phrases(t.Lower))
                if (CueLexicon.ParticleEnd(tk, k, s1, phrase.Particle!) is var pe && pe > 0)
                {
                    end = pe;
                    return phrase;
                }
            var v = CueLexicon.Verb(t.Lower);
            if (v == null || v.Has(VerbTag.Phrasal)) return null;
            return v;
        }

        /// <summary>
        /// True when the verb of saying at k is negated or refused: "did not say", "has never claimed", "hasn't said",
        /// "declined to say", "refused to confirm": its subject is reported as not saying what follows. A negation of a
        /// negation cancels ("did not refuse to say"); "not only said" and "not just said" negate nothing.
        /// </summary>
        public static bool IsNegatedCue(IReadOnlyList<Token> tk, int k)
        {
            if (k < 0 || k >= tk.Count || !tk[k].IsWord) return false;
            int g = GroupStart(tk, k, 0);
            bool negated = NegatedGroup(tk, g, k);
            if (g == k && IngCatenative(tk, k, 0) is int ic && ic >= 0)
            {
                // "never began criticizing", "did not keep insisting": the governing verb's group is the cue's
                if (NegatedGroup(tk, GroupStart(tk, ic, 0), ic)) negated = !negated;
            }
            else if (g - 1 >= 0 && tk[g - 1].IsLowerWord && tk[g - 1].Has(WordGroup.InfinitiveMarker) && Catenative(tk, g - 1, 0) is int c && c >= 0)
            {
                if (CueLexicon.Verb(tk[c].Lower) is { } governing && governing.Has(VerbTag.Refusal)) negated = !negated;
                if (NegatedGroup(tk, GroupStart(tk, c, 0), c)) negated = !negated;
            }
            return negated;
        }

        /// <summary>True when an odd number of negations stand in the verbal group [g, k), not counting one before "only" or "just".</summary>
        private static bool NegatedGroup(IReadOnlyList<Token> tk, int g, int k)
        {
            bool negated = false;
            for (int i = g; i < k; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordTag.Negation) && !(i + 1 < k && tk[i + 1].IsLowerWord && (tk[i + 1].Has(WordTag.Approximate) || tk[i + 1].Has(WordClass.Intensifier))))
                    negated = !negated;
            return negated;
        }

        /// <summary>Back from the verb over auxiliaries, negation, adverbs and a day ("has also said", "on Monday denied").</summary>
        public static int GroupStart(IReadOnlyList<Token> tk, int k, int s0)
        {
            int g = k;
            while (g - 1 >= s0)
            {
                var w = tk[g - 1];
                if (!w.IsWord) break;
                if (TimeBeforeGroup(tk, g, s0) is int t && t < g)
                {
                    // "When Holt a month later announced", "Jo Bell this past week said": the phrase of time is the verb group's, no subject
                    g = t;
                    continue;
                }
                if (w.IsLowerWord && (w.Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || CueLexicon.IsLyAdverb(w)))
                {
                    g--;
                    continue;
                }
                // "Bell and Reyes have both argued", "the mayors all said": a quantifier floated from the subject
                if (IsFloatingQuantifier(tk, g - 1, s0))
                {
                    g--;
                    continue;
                }
                if (w.IsCapitalized && w.Has(WordTag.Time) && w.Has(WordTag.Calendar) && w.Lower.EndsWith("day", StringComparison.Ordinal) && !w.Has(WordGroup.PresentDay))
                {
                    // "Trump on Monday said", "the ministry Thursday denied"
                    g--;
                    if (g - 1 >= s0 && tk[g - 1].IsLowerWord && tk[g - 1].Has(WordClass.DayLead)) g--;
                    continue;
                }
                if (g - 2 >= s0 && MentionParser.IsTimeLeadPhrase(tk, g - 2, g) && !TimeOfAModifier(tk, g - 3, s0))
                {
                    // "Trump last week said", "the ministry earlier this month denied": a time word after its lead
                    g -= 2;
                    continue;
                }
                break;
            }
            return g;
        }

        /// <summary>
        /// True when the word at q is a quantifier floated from its plural subject to the verb (words.txt floating-quantifier:
        /// "all", "both"): in lower case, after a finite auxiliary ("have both argued", "will both decide") or after the
        /// subject's last word, a capitalised word that is no function word, a subject pronoun or a plural noun ("Bell and Reyes
        /// both argued", "they all said", "the mayors all said"). Not after a preposition or a determiner ("in both", "of all"),
        /// where it heads a noun phrase of its own, nor at the sentence's start ("Both said …": the subject).
        /// </summary>
        private static bool IsFloatingQuantifier(IReadOnlyList<Token> tk, int q, int s0)
        {
            if (q - 1 < s0 || !tk[q].IsLowerWord || !Lexicon.Is(tk[q].Lower, WordSense.FloatingQuantifier)) return false;
            var b = tk[q - 1];
            if (!b.IsWord) return false;
            if (b.IsLowerWord) return b.Has(WordTag.Finite) && !b.Has(WordTag.Preposition) || CueLexicon.IsSubjectPronoun(b.Lower) || IsPluralNoun(b) && !b.Has(WordTag.Function);
            return CueLexicon.IsSubjectPronoun(b.Lower) || b.IsCapitalized && !b.Has(WordTag.Function | WordTag.IntroPhrase | WordTag.Intro | WordTag.Determiner | WordTag.Preposition);
        }

        /// <summary>
        /// The start of a phrase of time that ends right before g and stands between a subject and its verb, or g: a determiner
        /// or quantifier, a time word and its time-end word ("a month later", "a few days earlier", "two weeks later"), or a
        /// deictic, one modifier and a time word ("this past week", "this coming weekend"); not the time of a word before it
        /// (<see cref="TimeOfAModifier"/>: "a poll released a week later").
        /// </summary>
        private static int TimeBeforeGroup(IReadOnlyList<Token> tk, int g, int s0)
        {
            int a = g;
            var w = tk[g - 1];
            if (w.IsLowerWord && w.Has(WordTag.TimeEnd) && g - 3 >= s0 && tk[g - 2].IsLowerWord && tk[g - 2].Has(WordTag.Time))
            {
                // "a month later", "two weeks later", "a few days earlier": the determiner opens the phrase (after "a" for "a few")
                int d = g - 3;
                if (d - 1 >= s0 && tk[d].IsLowerWord && tk[d].Has(WordClass.Quantifier) && tk[d - 1].IsLowerWord && tk[d - 1].Has(WordClass.IndefiniteArticle)) d--;
                if (tk[d].IsLowerWord && tk[d].Has(WordTag.Determiner) && IsTimePhrase(tk, d, g)) a = d;
            }
            else if (w.IsLowerWord && w.Has(WordTag.Time) && g - 3 >= s0 && tk[g - 3].IsLowerWord && tk[g - 3].Has(WordClass.TimeDeictic) &&
                     tk[g - 2].IsLowerWord && !tk[g - 2].Has(WordTag.Finite | WordTag.Function | WordTag.Time) && !tk[g - 2].IsVerbForm && tk[g - 2].CueVerb == null)
                a = g - 3;
            return a < g && !TimeOfAModifier(tk, a - 1, s0) ? a : g;
        }

        /// <summary>
        /// True when the lower-case word at b, before a time phrase, is no noun of a speaker, a document or an
        /// institution, nor an auxiliary: the time is that word's own ("a poll released last week", "a poll out this
        /// week", "surveys late last week"), not the verb group's.
        /// </summary>
        private static bool TimeOfAModifier(IReadOnlyList<Token> tk, int b, int s0)
        {
            // "a report issued earlier this year": an adverb before the time phrase is the time's too
            while (b > s0 && tk[b].IsLowerWord && tk[b].Has(WordTag.CueAdverb) && !tk[b].Has(WordTag.Finite)) b--;
            if (b < s0 || !tk[b].IsLowerWord) return false;
            var t = tk[b];
            return !(t.Has(WordTag.Finite | WordTag.Auxiliary) || t.IsSpeakerNoun(out _, out _) || t.IsDocumentWord || t.IsOrganisationWord);
        }

        private static bool IsClauseMark(Token t) =>
            t.Kind == TokenKind.Punct && (t.Text == ";" || t.Text == ":" || t.Text == "(" || t.Text == ")" || t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "[" || t.Text == "]" || t.Text == "\"" || t.Text == "“" || t.Text == "”");

        /// <summary>True for a word that opens a clause; capitalised too at the start of the sentence ("As he said, …").</summary>
        private static bool IsOpener(IReadOnlyList<Token> tk, int b, int s0) =>
            tk[b].IsWord && tk[b].Has(WordTag.Opener) && (tk[b].IsLowerWord || b == s0 || !tk[b - 1].IsWord) ||
            // "Ever since Ada Lund announced …": the word after the adverb that opens the sentence opens the clause
            b - 1 == s0 && MentionParser.CueAdverbBeforeOpening(tk, s0, b + 1);

        /// <summary>True for a word that starts an introductory phrase or is a connective ("In", "However", "Last").</summary>
        private static bool IsIntroWord(Token t) =>
            t.IsWord && (t.Has(WordTag.Intro | WordTag.IntroPhrase | WordTag.Time) && !IsDeterminerBeforeNoun(t));
    }
}
