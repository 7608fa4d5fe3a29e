using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>A cue verb in a sentence: the verb (and its particle) and the auxiliaries and adverbs before it.</summary>
    internal sealed class VerbCue
    {
        public VerbCue(CueVerb entry, int verb, int end, int groupStart, bool refused = false, bool purpose = false)
        {
            Entry = entry;
            Verb = verb;
            End = end;
            GroupStart = groupStart;
            Refused = refused;
            Purpose = purpose;
        }

        public CueVerb Entry { get; }

        /// <summary>Token index of the verb.</summary>
        public int Verb { get; }

        /// <summary>Token index just past the verb and its particle ("called for").</summary>
        public int End { get; }

        /// <summary>Token index of the first auxiliary or adverb before the verb ("has also said"), or of the verb.</summary>
        public int GroupStart { get; }

        /// <summary>
        /// True when the verb is an infinitive governed by a verb of refusing ("declined to comment", "refused to say"): its
        /// subject says nothing by it, so no words before the group are what it reports.
        /// </summary>
        public bool Refused { get; }

        /// <summary>
        /// True when the verb is an infinitive of purpose after its subject's own verb ("took to the radio to accuse …"): an act
        /// the subject went to do, whose words do not run on past its clause ("After Lund went on the radio to accuse the board,
        /// some want …": "want" is no part of it).
        /// </summary>
        public bool Purpose { get; }
    }

    /// <summary>The subject of a cue verb: its mention, and the clause it opens.</summary>
    internal sealed class Subject
    {
        public Subject(Mention mention, int clauseStart, int openerIndex)
        {
            Mention = mention;
            ClauseStart = clauseStart;
            OpenerIndex = openerIndex;
        }

        public Mention Mention { get; private set; }

        /// <summary>A copy that shares nothing that can be changed with this subject (its mention is copied, see <see cref="Mention.Copy"/>).</summary>
        public Subject Copy()
        {
            var copy = (Subject)MemberwiseClone();
            copy.Mention = Mention.Copy();
            return copy;
        }

        /// <summary>The first token of the clause the subject stands in.</summary>
        public int ClauseStart { get; }

        /// <summary>The token that opened the clause ("when", "but", ";"), or -1 at the start of the sentence.</summary>
        public int OpenerIndex { get; }

        /// <summary>True when the subject stands inside an introductory phrase ("With leaders worried about …, …"): the clause ends at its comma.</summary>
        public bool InIntroduction { get; init; }

        /// <summary>True when the subject is a plain noun phrase the mention grammar does not read ("the recent spate of shootings").</summary>
        public bool Generic { get; init; }

        /// <summary>True when the subject is that of the first of two coordinated verb phrases ("Lund told the board … and said …"): no content stands before it.</summary>
        public bool Coordinated { get; init; }
    }

    /// <summary>
    /// The small grammar the reported-speech rules share: which words are cue verbs in use (not
    /// nouns, infinitives or passives), the subject before a verb (read with the one mention
    /// grammar, <see cref="MentionParser"/>), and the reported content after or before it.
    /// Every search is bounded, so a document is read in linear time.
    /// </summary>
    internal static partial class ReportedSpeech
    {
        /// <summary>How many tokens back a subject may start from its verb (appositions included).</summary>
        public const int SubjectReach = 30;

        /// <summary>How many tokens a relative clause without a pronoun may take between its speaker noun and the verb ("officers I have spoken to over the months believe").</summary>
        private const int ContactRelativeReach = 12;

        /// <summary>How many tokens a phrase of time between a relative pronoun and its cue may take ("who in 2012 said", "who last week told").</summary>
        private const int RelativeTimeReach = 4;

        /// <summary>How many tokens after a verb an addressee and time phrase may take before the content ("told reporters on Monday that").</summary>
        public const int ObjectReach = 8;

        /// <summary>How many tokens a reported content may hold: what one source says in one sentence.</summary>
        public const int MaxContent = 150;

        private static bool IsDeterminer(string lower) => Lexicon.Is(lower, WordClass.PhraseDeterminer);

        private static bool IsBe(string lower) => ReportingVerb.IsBe(lower);

        /// <summary>"who", "which" or "that": a relative pronoun that can be the subject of its clause.</summary>
        private static bool IsRelativePronoun(string lower) => Lexicon.Is(lower, WordClass.SubjectRelative);

        /// <summary>"This report", "That plan": a determiner before a noun does not start an introductory phrase ("This week, …" does).</summary>
        private static bool IsDeterminerBeforeNoun(Token t) => t.IsWord && t.Has(WordClass.SingularDemonstrative);

        /// <summary>A lower-case word that looks like a plural noun ("critics", "supporters"): ends in -s, and is no cue verb, grammar word or adverb.</summary>
        private static bool IsPluralNoun(Token t) => t.IsLowerWord && IsPluralWord(t);

        /// <summary><see cref="IsPluralNoun"/> whatever the word's case ("Aides" opening a sentence).</summary>
        private static bool IsPluralWord(Token t) =>
            t.IsWord && t.Lower.Length > 3 && Inflection.EndsInS(t.Lower) &&
            !Possessive.EndsIn(t.Lower) &&
            CueLexicon.Verb(t.Lower) == null && !t.Has(WordTag.Function | WordTag.Finite | WordTag.CueAdverb | WordTag.Opener);

        /// <summary>
        /// True for the headline: the title paragraph, or (in a file whose first line the reader kept as
        /// body text, "Poll: Clinton Leads."), a first paragraph of one short sentence in title case.
        /// </summary>
        public static bool IsHeadline(AnalysedDocument doc, AnalysedParagraph p)
        {
            if (p.Section == ParagraphSection.Title) return true;
            if (p.Index != 0 || p.Sentences.Count != 1) return false;
            int words = 0, capitalised = 0;
            foreach (var t in p.Tokens)
            {
                if (!t.IsWord) continue;
                words++;
                if (t.IsCapitalized || char.IsDigit(t.Text[0])) capitalised++;
            }
            return words >= 2 && words <= 25 && capitalised * 4 >= words * 3;
        }

        /// <summary>True for a word that ends in a possessive ('s, ’s).</summary>
        public static bool IsPossessive(Token t) =>
            t.IsWord && Possessive.EndsIn(t.Lower);

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
                var table = list.Cues ??= CueTable.Of(list);
                if (!table.MayBeCue(k)) return null;
                if (table.ReadingAt(k, s0, s1, out var known)) return known;
                var cue = ReadFiniteVerb(tk, k, s0, s1);
                table.Remember(k, s0, s1, cue);
                return cue;
            }
            return ReadFiniteVerb(tk, k, s0, s1);
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
                if (prev.Has(WordGroup.InfinitiveMarker) && Catenative(tk, k - 1, s0) is int c && c >= 0)
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
                if (IsDeterminer(prev.Lower) && !share || IsPossessive(prev) && !IsContractedSubject(prev) || prev.Has(WordGroup.InfinitiveMarker)) return null; // "he’s said" is no possessive
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
                        !AfterPersonSubject(tk, entry, k, s0)) return null;
                    break;
            }
            if (OtherVerbWithParticle(entry, tk, end, s1)) return null;
            return new VerbCue(entry, k, end, g);
        }

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
        private static int Catenative(IReadOnlyList<Token> tk, int t, int s0)
        {
            int v = t - 1;
            if (v >= s0 && tk[v].IsLowerWord && tk[v].Has(WordGroup.GoOnParticle) && v - 1 >= s0 && tk[v - 1].Has(WordGroup.GoForm)) return v - 1;
            if (v >= s0 && tk[v].IsLowerWord && tk[v].Has(WordTag.CatenativeAdjective))
            {
                // "were quick to say", "are at pains to stress", "were slightly more likely to say": the form of "be"
                // right before (past "at", or an adverb and a degree word) governs
                int b = v - 1;
                if (b >= s0 && tk[b].IsLowerWord && tk[b].Has(WordGroup.MannerLead)) b--;
                for (int n = 0; n < 2 && b >= s0 && tk[b].IsLowerWord && (tk[b].Has(WordTag.Degree) || CueLexicon.IsLyAdverb(tk[b])); n++) b--;
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
                return (list.Cues ??= CueTable.Of(list)).EntryAt(k, s1, out end);
            return EntryOf(tk, k, s1, out end);
        }

        /// <summary><see cref="EntryAt"/> worked out from the lexicon.</summary>
        internal static CueVerb? EntryOf(IReadOnlyList<Token> tk, int k, int s1, out int end)
        {
            end = k + 1;
            var t = tk[k];
            if (!t.IsWord || !t.IsLowerWord) return null;
            foreach (var phrase in CueLexicon.Phrases(t.Lower))
                if (CueLexicon.ParticleFollows(tk, k, s1, phrase.Particle!))
                {
                    end = k + 1 + phrase.Particle!.Length;
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

        /// <summary>
        /// The subject that ends where the verbal group starts. The clause is read back to the word
        /// or mark that opens it and cut at its commas: introductory phrases ("In a statement, …",
        /// "However, …") are passed over; the subject is the mention that starts the first other
        /// segment and reaches the verb (an apposition between them is the mention's own: "Jo Bell,
        /// a spokeswoman, said"); else a mention that ends the last segment right before the verb
        /// when what precedes it in the segment is an introductory phrase ("In the interview he said")
        /// or content ("The plan is dead, he said"). "who"/"which"/"that" right before the verb is
        /// the source, standing for its antecedent. Null when there is none.
        /// </summary>
        public static Subject? SubjectBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // several rules ask for the subject before the same verb: it is read once per parser and handed out as a
            // copy each time (a rule may change the mention it is given: the next one gets what the grammar read)
            var key = (tk, s0, g);
            var kept = mp.Subjects ??= new Dictionary<(IReadOnlyList<Token>, int, int), Subject?>();
            if (kept.TryGetValue(key, out var known)) return known?.Copy();
            var subject = SubjectBeforeOf(mp, tk, s0, g);
            kept[key] = subject?.Copy();
            return subject;
        }

        /// <summary>
        /// <see cref="SubjectBefore"/> read from the tokens: the subject next to the verb, or the one that opens the clause
        /// before asides between commas (<see cref="ApposedSubject"/>) when none is next to it or the one found stands in
        /// an aside ("Trump, speaking in Wilmington, N.C., warned"); a name closing the asides after a description stays
        /// ("A spokesman for the Guard, Col. Jo Marsh, said").
        /// </summary>
        private static Subject? SubjectBeforeOf(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "Democrats, Frank notes, applaud …": words ending in the verb of an aside are no subject
            if (g - 2 > s0 && tk[g - 1].Is(",") && FiniteVerbAt(tk, g - 2, s0, g) is { } aside && IsNamedAside(tk, aside.Entry, g - 2, g - 1, s0, g)) return null;
            var near = SubjectNextTo(mp, tk, s0, g);
            if (ApposedSubject(mp, tk, s0, g) is not { } apposed) return near;
            if (near == null) return apposed;
            if (near.Mention.Start <= apposed.Mention.Start) return near;
            // ("A rival charity, the Harbour Trust, said": an organisation's name is such a name)
            bool nameAfterDescription = (near.Mention.Kind == MentionKind.Name || near.Mention.Kind == MentionKind.Organisation) && apposed.Mention.Kind == MentionKind.Description &&
                                        tk[near.Mention.Start - 1].Is(",") && !HasComma(tk, apposed.Mention.Start, near.Mention.Start - 1);
            return nameAfterDescription ? near : apposed;
        }

        private static bool HasComma(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].Is(",")) return true;
            return false;
        }

        /// <summary>The subject read back from the verb (its clause cut at commas, an inserted relative or age passed over).</summary>
        private static Subject? SubjectNextTo(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "Jo Bell, 44, said", "the brothers, 22 and 19, say": an age between commas is the apposition of the subject before it
            if (AgeAppositionStart(tk, s0, g) is int ac && ac >= 0) return SubjectEndingAt(mp, tk, s0, ac);
            var subject = SubjectEndingAt(mp, tk, s0, g);
            if (subject != null && IsFigureOfANoun(tk, subject.Mention)) return null;
            // "Jo Bell, who served in Oslo, Rome and Paris, said": a words of the inserted clause are not the subject;
            // the noun phrase before ", who" is (and no subject when it is not one)
            if (g - 1 > s0 && tk[g - 1].Is(",") && InsertedRelativeStart(tk, s0, g) is int rc && rc >= 0 && (subject == null || subject.Mention.Start > rc))
                return SubjectEndingAt(mp, tk, s0, rc);
            if (subject == null) subject = BeforeContactRelative(mp, tk, s0, g);
            if (subject == null) subject = BeforeRestrictiveRelative(mp, tk, s0, g);
            if (subject != null || g - 1 <= s0 || !tk[g - 1].Is(",")) return subject;
            // "Jo Bell, who led the inquiry, said", "the agency, which oversees the program, said":
            // an inserted clause between the subject and its verb
            for (int c = g - 2, n = 0; c > s0 && n < SubjectReach; c--, n++)
            {
                var t = tk[c];
                if (t.IsQuote || IsClauseMark(t)) break;
                if (!t.Is(",")) continue;
                bool relative = false;
                for (int i = c + 1; i < g - 1 && !relative; i++) relative = tk[i].IsWord && IsRelativePronoun(tk[i].Lower);
                if (!relative) continue;
                // "An officer who was at the post that night, and who asked not to be named, said": the first relative
                // clause has no comma and picks out its noun, the second is joined to it
                var before = SubjectEndingAt(mp, tk, s0, c);
                if (before == null && IsJoinedRelative(tk, c, g) && BeforeRestrictiveRelative(mp, tk, s0, c) is { } picked)
                {
                    picked.Mention.Next = g;
                    return picked;
                }
                return before;
            }
            return null;
        }

        /// <summary>
        /// "…, a 59 percent decline, according to …", "a 40% rise": an indefinite article, then only a figure (a number or a
        /// sum, and at most its proportion word or percent sign) is no noun phrase of its own: the article's noun is the word after the
        /// figure (the verb form the caller found is that noun), so the words are no subject. "A 54 percent majority of
        /// voters say" ends on its noun, and "59 percent say" has no article. The definite article too before a figure with its
        /// percent sign or proportion word ("the 0.3% decline seen in March"), but not before a bare number, which counts people
        /// ("the 12 said they were innocent").
        /// </summary>
        private static bool IsFigureOfANoun(IReadOnlyList<Token> tk, Mention m)
        {
            int n = m.End - m.Start;
            if (n < 2 || n > 3 || !tk[m.Start].IsWord || !tk[m.Start].Has(WordClass.Article) || !IsAmount(tk[m.Start + 1])) return false;
            bool share = n == 3 && (tk[m.Start + 2].IsWord && tk[m.Start + 2].Has(WordTag.Proportion) || tk[m.Start + 2].Is("%"));
            return share || n == 2 && tk[m.Start].Has(WordClass.IndefiniteArticle);
        }

        /// <summary>
        /// For a verb at g after a comma, the comma that opens an age in apposition (", 44,", ", 22 and 19,": one or two
        /// numbers of at most three digits between commas, after a word), or -1.
        /// </summary>
        private static int AgeAppositionStart(IReadOnlyList<Token> tk, int s0, int g)
        {
            if (g - 3 <= s0 || !tk[g - 1].Is(",")) return -1;
            int c = g - 2;
            if (!IsAgeNumber(tk[c])) return -1;
            if (c - 2 > s0 && tk[c - 1].IsLowerWord && tk[c - 1].Has(WordClass.ListCoordinator) && IsAgeNumber(tk[c - 2])) c -= 2;
            return tk[c - 1].Is(",") && c - 2 >= s0 && tk[c - 2].IsWord && !IsAgeNumber(tk[c - 2]) ? c - 1 : -1;
        }

        /// <summary>A number of at most <see cref="RolePhrase.AgeDigits"/> digits standing alone ("44"): an age in apposition (a phrase of age is <see cref="RolePhrase.IsAge"/>).</summary>
        private static bool IsAgeNumber(Token t) => t.IsDigits && t.Text.Length <= RolePhrase.AgeDigits;

        /// <summary>The digits of a year ("2015").</summary>
        private const int YearDigits = 4;

        /// <summary>A year written in digits ("2015").</summary>
        private static bool IsYear(Token t) => t.IsDigits && t.Text.Length == YearDigits;

        /// <summary>
        /// For a verb at g after a comma, the comma that opens an inserted non-restrictive relative
        /// clause (", who …,", ", whose …,", ", which …,") or an adverbial clause opened by a subordinator or a relative adverb
        /// (", after the board voted,", ", when asked,", ", where it sits,"; one phrase with no comma inside) closed by that comma, or -1: no quotation,
        /// clause mark or other relative clause between.
        /// </summary>
        private static int InsertedRelativeStart(IReadOnlyList<Token> tk, int s0, int g)
        {
            for (int c = g - 2, n = 0; c > s0 && n < SubjectReach; c--, n++)
            {
                var t = tk[c];
                if (t.IsQuote || IsClauseMark(t) || t.Is(";") || t.Is(":")) return -1;
                if (!t.Is(",") || c + 1 >= g - 1) continue;
                var w = tk[c + 1];
                if (w.IsLowerWord && w.Has(WordClass.AsideRelative | WordClass.PersonAside)) return c;
                // "…, as one of them, The AP's Jo Bell, reported": an adverbial aside is one phrase, with no comma of its own
                if (w.IsLowerWord && w.Has(WordTag.Subordinator) && !HasComma(tk, c + 1, g - 1)) return c;
                // "Rawalpindi, where the army has its headquarters, dismissed …": a relative adverb's clause about the place, one
                // phrase as well (not a relative pronoun: those are asides above)
                if (w.IsLowerWord && w.Has(WordTag.Relative) && !w.Has(WordClass.RelativePronoun) && !HasComma(tk, c + 1, g - 1)) return c;
            }
            return -1;
        }

        /// <summary>
        /// "Senior officers I have spoken to over the months still believe …": a relative clause with no relative
        /// pronoun (a subject pronoun right after a speaker noun, then its own verb) between the subject and the
        /// verb; the described people are the subject, the clause their apposition.
        /// </summary>
        private static Subject? BeforeContactRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            for (int i = g - 2, n = 0; i > s0 && n < ContactRelativeReach; i--, n++)
            {
                var t = tk[i];
                if (!t.IsWord || t.IsQuote) return null;
                if (!(CueLexicon.IsSubjectPronoun(t.Lower) && (t.IsLowerWord || t.IsPronounI))) continue;
                var noun = tk[i - 1];
                if (!noun.IsLowerWord || !noun.IsSpeakerNoun(out _, out _)) return null;
                var sub = SubjectEndingAt(mp, tk, s0, i);
                if (sub == null || sub.Mention.Kind != MentionKind.Description || sub.Mention.IsPronoun) return null;
                sub.Mention.Apposition ??= MentionParser.Join(tk, i, g);
                sub.Mention.Next = g;
                return sub;
            }
            return null;
        }

        /// <summary>", and who …": at c a comma, then "and" and a relative of a person ("and who asked not to be named,").</summary>
        private static bool IsJoinedRelative(IReadOnlyList<Token> tk, int c, int g) =>
            c + 2 < g - 1 && tk[c + 1].IsLowerWord && tk[c + 1].Has(WordClass.ListCoordinator) && tk[c + 2].IsLowerWord && tk[c + 2].Has(WordClass.PersonRelative);

        /// <summary>
        /// "Officials who spoke on condition of anonymity said", "Executives who have worked with the firm say": a relative
        /// clause with no comma, with a verb of its own right after the pronoun, between the subject and the verb; the
        /// described people are the subject, the clause their post-modifier. A pronoun right before the verb group
        /// ("the officials who say") is that clause's own subject, not this.
        /// </summary>
        private static Subject? BeforeRestrictiveRelative(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            // "the groups that brought them in and say …": a verb coordinated inside the relative clause is the clause's own
            if (g - 1 <= s0 || tk[g - 1].IsWord && tk[g - 1].Has(WordClass.ListCoordinator | WordClass.ClauseCoordinator)) return null;
            for (int r = g - 2, n = 0; r > s0 && n < SubjectReach; r--, n++)
            {
                var t = tk[r];
                if (t.IsQuote || IsClauseMark(t) || t.Is(",")) return null;
                if (!t.IsLowerWord || !t.Has(WordClass.RestrictiveRelative)) continue;
                // the relative's own verb (or its auxiliary or adverb) right after the pronoun; the noun it describes right before it
                var verb = tk[r + 1];
                var noun = tk[r - 1];
                // (not the subject of an object relative: "the themes that marketers hope …"); a "that" which opens no relative
                // clause of a person ("who was at the pier that night said") is passed over for the "who" before it
                bool personRelative = t.Has(WordClass.PersonRelative);
                if (!verb.IsLowerWord || IsPluralNoun(verb) || verb.IsSpeakerNoun(out _, out _) ||
                    verb.Has(WordTag.Determiner | WordTag.Preposition | WordTag.Function) && !verb.Has(WordTag.Finite))
                {
                    if (personRelative) return null;
                    continue;
                }
                // (or a phrase of place after a speaker's noun: "A diplomat in Islamabad who asked not to be named said")
                bool nounBefore = noun.IsWord && (IsPluralNoun(noun) || noun.IsSpeakerNoun(out _, out _) || noun.Has(WordTag.Proportion | WordTag.Plural));
                if (!nounBefore && !(noun.IsWord && noun.IsCapitalized))
                {
                    if (personRelative) return null;
                    continue;
                }
                var sub = SubjectEndingAt(mp, tk, s0, r);
                if (sub == null || sub.Mention.IsPronoun || sub.Mention.Kind != MentionKind.Description) return null;
                if (!nounBefore && !(sub.Mention.PostModifier != null && tk[sub.Mention.End].IsLowerWord && tk[sub.Mention.End].Has(WordClass.PlacePreposition) &&
                                     Lexicon.IsSpeakerNoun(sub.Mention.Head, out _, out _))) return null;
                // a phrase the mention grammar does not read is short ("Some who …", "Many voters who …"), not a clause's object ("the fulfillment of … to the groups")
                if (sub.Generic && sub.Mention.End - sub.Mention.Start > 3) return null;
                // the noun phrase opens its clause: not a predicate ("they are the ones who …", "is a man who …") nor an aside after a dash
                if (sub.OpenerIndex >= 0 && !(tk[sub.OpenerIndex].IsWord && (tk[sub.OpenerIndex].Has(WordTag.Subordinator | WordTag.Intro) ||
                                                                             tk[sub.OpenerIndex].Has(WordClass.ClauseCoordinator)))) return null;
                if (sub.Mention.PostModifier == null) sub.Mention.PostModifier = MentionParser.Join(tk, r, g);
                else sub.Mention.Apposition ??= MentionParser.Join(tk, r, g);
                sub.Mention.Next = g;
                WithPhrase(tk, sub.Mention, g);
                return sub;
            }
            return null;
        }

        /// <summary>
        /// A described subject's source reads to the end of its phrase ("Officials in three states", "Executives who have
        /// worked with the firm"), up to e (a comma before it left out); the words to its head stay its <see cref="Mention.HeadText"/>.
        /// </summary>
        private static Mention WithPhrase(IReadOnlyList<Token> tk, Mention m, int e)
        {
            if (m.Kind != MentionKind.Description || m.Owner != null) return m;
            if (e > m.End && tk[e - 1].Is(",")) e--;
            if (e <= m.End) return m;
            m.HeadText ??= m.Text;
            m.CharEnd = tk[e - 1].End;
            m.Text = MentionParser.Join(tk, m.Start, e);
            return m;
        }

        /// <summary>
        /// The subject that ends right before the verb at <paramref name="g"/>. Two bodies or people joined by "and" are one
        /// subject ("the army and the ministry said", "the mayor and her aides said"); when the words before the "and" make no
        /// subject with it that reaches the verb ("He visited the ministry and the army said"), the second alone is the subject.
        /// </summary>
        private static Subject? SubjectEndingAt(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g)
        {
            var subject = SubjectEndingAt(mp, tk, s0, g, joinBodies: true, out bool joined);
            // (the joined words read as no subject, or as one that stops short of the verb: "The president and the first lady")
            if (joined && (subject == null || Math.Max(subject.Mention.Next, subject.Mention.End) < g)) return SubjectEndingAt(mp, tk, s0, g, joinBodies: false, out _);
            return subject;
        }

        private static Subject? SubjectEndingAt(MentionParser mp, IReadOnlyList<Token> tk, int s0, int g, bool joinBodies, out bool joinedBodies)
        {
            joinedBodies = false;
            // "14:20 GMT - Harbour spokesman Capt Odrin Kamal tells …": a live blog's stamp is no part of the subject, and the
            // colon of its clock time no clause mark
            s0 = Clauses.AfterTimeStamp(tk, s0, g);
            if (g <= s0) return null;
            int b = g - 1, words = 0, opener = -1;
            while (b >= s0)
            {
                var t = tk[b];
                // "Sen. Jo Bell (D-Ore.) said", "Jo Bell -- a former aide -- said": an aside in brackets or dashes
                if ((t.Is(")") || IsDash(t)) && b < g && MatchingOpen(tk, s0, b) is int open && open >= 0) { b = open - 1; continue; }
                if (t.IsQuote || IsClauseMark(t)) { opener = b; break; }
                if (IsOpener(tk, b, s0) && !DemonstrativeBeforeTime(tk, b, g) && !OpensApproximateTime(tk, b, s0))
                {
                    // "Clinton and Sanders said", "the army and the ministry said", "the mayor and her aides said": a coordination of
                    // names, groups, bodies or people is one subject
                    bool body = joinBodies && b - 1 >= s0 && tk[b - 1].IsLowerWord &&
                                (Lexicon.IsOrganisationWord(tk[b - 1].Text, OrganisationWordTag.Institutional) || tk[b - 1].IsSpeakerNoun(out _, out _));
                    if (t.Has(WordClass.ListCoordinator) && b - 1 >= s0 && (tk[b - 1].IsCapitalized || IsPluralNoun(tk[b - 1]) || body) && b + 1 < g &&
                        (tk[b + 1].IsCapitalized || IsDeterminer(tk[b + 1].Lower) || IsPluralNoun(tk[b + 1]) ||
                         body && tk[b + 1].IsLowerWord && Lexicon.IsOrganisationWord(tk[b + 1].Text, OrganisationWordTag.Institutional) ||
                         // "Federal and state officials say": a modifier shared by the plural that ends the subject
                         tk[b + 1].IsLowerWord && !tk[b + 1].Has(WordTag.Function | WordTag.Finite) && tk[g - 1].IsWord && (IsPluralNoun(tk[g - 1]) || tk[g - 1].IsSpeakerNoun(out _, out bool pl) && pl)))
                    {
                        joinedBodies |= body;
                        b--;
                        continue;
                    }
                    opener = b;
                    break;
                }
                if (t.IsLowerWord)
                {
                    if (t.Has(WordTag.Finite)) { opener = b; break; }
                    // another cue verb ("X said Y told …"); a noun of the same spelling ("a telephone call with …") is no boundary
                    if (b > s0 && FiniteVerbAt(tk, b, s0, g) != null) { opener = b; break; }
                }
                if (t.IsWord && ++words > SubjectReach) return null;
                b--;
            }
            int start = b + 1;
            if (start >= g)
            {
                // "Cruz thanked the crowd and said …": the subject of the first verb of the coordination
                if (opener > s0 && tk[opener].IsLowerWord && tk[opener].Has(WordClass.ClauseCoordinator))
                {
                    // "Lund told the board her crew was safe and said …": the subject of the cue verb that heads the first verb phrase
                    if (SubjectOfCoordinatedCue(mp, tk, s0, opener, g) is { } ofFirstCue) return ofFirstCue;
                    // the first verb's own clause when it is a subordinate one ("after she attacked … and blamed …")
                    int from = s0;
                    for (int x = opener - 1; x > s0 && opener - x <= SubjectReach; x--)
                    {
                        if (tk[x].IsQuote || IsClauseMark(tk[x])) break;
                        if (IsOpener(tk, x, s0) && !tk[x].Has(WordClass.ListCoordinator))
                        {
                            if (tk[x].Has(WordTag.Subordinator)) from = x + 1;
                            break;
                        }
                    }
                    // "A group of teachers called for a strike, and the parents' union denounced the cuts and said …": the second verb
                    // phrase is the new clause's, whose subject follows the comma and the coordinator (none when the grammar does not read it)
                    if (CoordinatedClauseStart(tk, from, opener) is int joined && joined > from) from = joined;
                    var lead = SentenceSubject(mp, tk, from, opener);
                    return lead == null ? null : new Subject(lead, from, opener);
                }
                return RelativeSubject(mp, tk, s0, opener, g);
            }

            // the comma segments of the clause before the verb
            var segments = new List<(int A, int E)>();
            for (int i = start, a = start; i <= g; i++)
            {
                // "…, president of Raymond James Financial Services, Inc., announced": a comma before a closing abbreviation
                // ("Inc.", "Ltd.", "Jr.") that its own comma or the verb ends is inside the name, no segment of its own
                if (i < g && tk[i].Is(",") && i + 1 < g && Lexicon.IsFinalAbbreviation(tk[i + 1].Text) && (i + 2 == g || tk[i + 2].Is(","))) continue;
                // "The timeline of the storm in Dayton, Ohio, shows": the state after a place's name and its comma is the
                // place's own tail, inside the phrase (no subject "Ohio")
                if (i < g && tk[i].Is(",") && PlaceTailAfter(tk, start, i, g) > i) continue;
                if (i == g || tk[i].Is(","))
                {
                    if (i > a) segments.Add((a, i));
                    a = i + 1;
                }
            }
            if (segments.Count == 0) return null;
            int first = 0;
            while (first < segments.Count - 1 && IntroSegment(tk, segments[first].A, segments[first].E)) first++;
            // the mention that starts the first segment (after a connective) and reaches the verb
            int f = segments[first].A;
            while (f < segments[first].E - 1 && tk[f].IsWord && tk[f].Has(WordTag.Intro)) f++;
            // "In January the military called …", "On Monday the ministry said …": a date phrase with no comma before the subject
            if (f + 2 < segments[first].E && tk[f].IsWord && tk[f].IsCapitalized && tk[f].Has(WordTag.IntroPhrase) &&
                tk[f + 1].IsCapitalized && tk[f + 1].Has(WordTag.Calendar) && tk[f + 2].IsWord && !tk[f + 2].Has(WordTag.Calendar) && !char.IsDigit(tk[f + 2].Text[0]))
                f += 2;
            bool introOnly = IntroSegment(tk, f, segments[first].E);
            // "McCall, who in 2012 said …", "the board, which on Monday ruled …": a phrase of time between the relative and its verb
            if (introOnly && segments.Count == 1 && opener >= 0 && opener == start - 1 && g - start <= RelativeTimeReach && tk[opener].IsLowerWord &&
                tk[opener].Has(WordClass.AsideRelative) && RelativeSubject(mp, tk, s0, opener, opener + 1) is { } relative)
            {
                relative.Mention.Next = g;
                return relative;
            }
            if (!introOnly)
            {
                if (f == g - 1 && IsContractedSubject(tk[f]) && ContractedSubject(tk, f, start, opener) is { } contracted) return contracted;
                var m = mp.Parse(tk, f, g, inverted: false);
                // "Our correspondent in Stenport, Jo Bell, says": the name after a description and its phrase speaks
                if (m != null && m.PostModifier != null && Clauses.NameAfterDescription(mp, tk, m, tk.Count, closing: false, out int named) is { } name && named == g)
                    return new Subject(name, start, opener);
                if (m != null && Reaches(tk, m, g)) return new Subject(WithPhrase(tk, m, m.PostModifier != null ? m.Next : m.End), start, opener);
                // "Anna Berg, in a call with the mayor, said": the first segment is the subject, the others asides; a participle's
                // phrase that runs on to the verb holds it ("The port authority, working with a diving firm called Deepwater, …")
                if (segments.Count - 1 > first && !(segments[segments.Count - 1].E == g && CueLexicon.IsIngForm(tk[segments[segments.Count - 1].A]) && IsVerbAt(tk, g)) &&
                    AllAsides(tk, segments, first + 1))
                {
                    var head = mp.Parse(tk, f, segments[first].E, inverted: true);
                    if (head == null || Math.Max(head.Next, head.End) < segments[first].E) head = GenericNounPhrase(tk, f, segments[first].E) ?? SubjectBeforeItsVerb(mp, tk, f, segments[first].E, segments[first].E);
                    if (head != null && Math.Max(head.Next, head.End) >= segments[first].E && !head.IsPronoun)
                    {
                        head.Apposition ??= MentionParser.Join(tk, segments[first + 1].A, segments[segments.Count - 1].E);
                        head.Next = g;
                        return new Subject(head, start, opener);
                    }
                }
                // "Mr. King and Mr. Schultz say": two mentions joined by "and" are one source
                if (m != null && m.Next + 1 < g && tk[m.Next].IsWord && tk[m.Next].Has(WordClass.ListCoordinator))
                {
                    var second = mp.Parse(tk, m.Next + 1, g, inverted: false);
                    if (second != null && Reaches(tk, second, g))
                    {
                        var both = MentionParser.Coordinated(tk, m, second);
                        if (second.Kind == MentionKind.Description && second.PostModifier != null) WithPhrase(tk, both, second.Next);
                        return new Subject(both, start, opener);
                    }
                }
            }
            // a mention that ends the clause: after an introductory phrase ("In the interview he said")
            // or after content ("The plan is dead, he said"); never inside a plain noun phrase ("the target it pledged")
            int last = segments.Count - 1;
            // "The committee chairman, Sen. Al Dunn, D-Maine, said": a party label after a name closes the name's segment
            if (!introOnly && last - 1 > first && MentionParser.IsPartyLabel(tk, segments[last].A, segments[last].E)) last--;
            var (la, le) = segments[last];
            if (introOnly || last > first)
            {
                for (int i = Math.Max(introOnly ? f + 1 : la, le - 12); i < le; i++)
                {
                    if (!tk[i].IsWord || IsIntroWord(tk[i])) continue;
                    // after content, the mention opens its segment ("The plan is dead, he said"), not a phrase's object (", in a call with X, said")
                    if (!introOnly && !OnlyConnectives(tk, la, i)) break;
                    if (i == g - 1 && IsContractedSubject(tk[i]) && ContractedSubject(tk, i, i, !introOnly && i > segments[0].E ? -1 : opener, introOnly) is { } contracted) return contracted;
                    var m = mp.Parse(tk, i, g, inverted: false);
                    if (m == null || !Reaches(tk, m, g)) continue;
                    // "In a message posted Friday, …": after a preposition, a thing is the object, not a speaker
                    if (introOnly && segments.Count == 1 && m.Kind == MentionKind.Description && !Lexicon.IsSpeakerNoun(m.Head, out _, out _)) return null;
                    // "A spokesman for the Guard, Col. Jo Marsh, said": the description before the name is its apposition
                    // (after the name's party label too: "…, Sen. Al Dunn, D-Maine, said" keeps both)
                    bool labelled = last < segments.Count - 1;
                    if (!introOnly && i == la && last - 1 >= first && (m.Apposition == null || labelled))
                    {
                        var (da, de) = segments[last - 1];
                        var d = mp.Parse(tk, da, de, inverted: true);
                        if (d != null && d.Kind == MentionKind.Description && (d.Next >= de || d.End >= de) && Lexicon.IsSpeakerNoun(d.Head, out _, out _))
                            m.Apposition = m.Apposition == null ? MentionParser.Join(tk, da, de) : m.Apposition + ", " + MentionParser.Join(tk, da, de);
                    }
                    // "If anything, experts say …": the opener's clause ended at its comma, before the subject
                    return new Subject(m, i, !introOnly && i > segments[0].E ? -1 : opener) { InIntroduction = introOnly };
                }
            }
            // "Chairman of the Joint Chiefs of Staff Gen. Jo Doe said": a capitalised title phrase, then the name
            if (!introOnly && segments.Count - 1 == first)
            {
                for (int i = f + 1; i < g && i - f <= 12; i++)
                {
                    var t = tk[i];
                    if (!(t.IsCapitalized || t.IsLowerWord && (t.Has(WordClass.NameInfix) || t.Has(WordGroup.Additive)))) break;
                    if (!t.IsCapitalized || !tk[i - 1].IsWord) continue;
                    var m = mp.Parse(tk, i, g, inverted: false);
                    if (m == null || m.Kind != MentionKind.Name || !Reaches(tk, m, g)) continue;
                    m.Apposition ??= MentionParser.Join(tk, f, i);
                    return new Subject(m, start, opener);
                }
            }
            // a noun phrase the mention grammar does not know ("many Democrats", "73 percent", "The clip")
            // (not after a preposition, "In a message posted Friday", nor after a relative pronoun, "who runs the firm")
            bool afterRelative = opener >= 0 && tk[opener].IsWord && tk[opener].Has(WordTag.Relative);
            // "the government shut down the routes, asked … and boycotted …": the first item of a list of verb phrases holds the
            // subject and its verb; the subject is the mention that opens it, never the item as one noun phrase
            // (only in a clause that opens the sentence or a subordinate clause: after a verb, "She urged the board to act, proposed
            // … and pushed …", the list is that verb's subject's; the mention is followed by its verb, not by "and" or a preposition)
            if (!introOnly && !afterRelative && InVerbList(tk, g))
            {
                bool clauseOpens = opener < 0 || !tk[opener].IsWord || tk[opener].Has(WordTag.Subordinator);
                var listSubject = clauseOpens ? SentenceSubject(mp, tk, segments.Count - 1 > first ? la : f, g - 1) : null;
                return listSubject != null && !tk[listSubject.Next].Has(WordTag.Preposition) && !tk[listSubject.Next].Has(WordClass.ListCoordinator)
                    ? new Subject(listSubject, start, opener) { Coordinated = true } : null;
            }
            var generic = introOnly || afterRelative ? null : GenericNounPhrase(tk, segments.Count - 1 > first ? la : f, g);
            if (generic != null) return new Subject(generic, start, generic.Start > segments[0].E ? -1 : opener) { Generic = true };
            // "He scrapped plans to …": the subject of the past form before the verb found, not the two words as one phrase
            if (!introOnly && !afterRelative && segments.Count - 1 == first && SubjectBeforeItsVerb(mp, tk, f, tk[g - 1].Is(",") ? g - 1 : g, g) is { } own)
                return new Subject(own, start, opener);
            // "I think", "we believe": the writer or an interviewee speaks
            if (tk[g - 1].IsWord && tk[g - 1].Has(WordTag.FirstPerson) && (g - 1 == la || introOnly))
            {
                var pm = new Mention { Kind = MentionKind.Pronoun, Start = g - 1, End = g, Next = g, Determiner = tk[g - 1].Lower, CharStart = tk[g - 1].Start, CharEnd = tk[g - 1].End, Text = tk[g - 1].Text };
                return new Subject(pm, start, opener);
            }
            return null;
        }

        /// <summary>
        /// A plain noun phrase right before the verb, of at most eight words, that the mention grammar
        /// does not read: a determiner, quantifier, number or capitalised word, then words and names,
        /// ending in a noun (no auxiliary, cue verb, clause opener, preposition at its end or quotation).
        /// Its head is its last word.
        /// </summary>
        private static Mention? GenericNounPhrase(IReadOnlyList<Token> tk, int a, int g)
        {
            while (a < g && tk[a].IsWord && tk[a].Has(WordTag.Intro)) a++;
            int e = g;
            if (e - 1 >= a && tk[e - 1].Is(",")) e--;
            // "The harbour master at a briefing on Monday said": the occasion's phrase before the verb is the verb's, no part of the subject
            for (int p = a + 1; p < e - 1; p++)
                if (MentionParser.OccasionPhraseEnd(tk, p, e) == e) { e = p; break; }
            // at most eight words; sixteen when a document, institution or speaker heads it early ("A 2014 study by a law professor at …")
            bool headedEarly = false;
            for (int i = a; i < e && i < a + 4; i++)
                if (tk[i].IsWord && (tk[i].IsDocumentWord || tk[i].IsOrganisationWord || tk[i].IsSpeakerNoun(out _, out _))) headedEarly = true;
            int maxWords = headedEarly ? 16 : 8;
            if (e <= a || e - a > maxWords + 4) return null;
            // "about 4 in 10", "nearly half", "more than a third": words that approximate a number or share
            int lead = ApproximatedStart(tk, a, e);
            int words = lead - a;
            for (int i = lead; i < e; i++)
            {
                var t = tk[i];
                if (t.IsQuote) return null;
                if (!t.IsWord)
                {
                    if (t.Is("-") || t.Is("&") || t.Is("'") || t.Is("’") || t.Is("%") || t.Is("/")) continue;
                    return null;
                }
                words++;
                // "Developers and supporters in Congress": a coordination inside the phrase
                if (t.IsLowerWord && t.Has(WordClass.ListCoordinator) && i > a && i + 1 < e) continue;
                // "a majority of her backers": "her" before a noun inside the phrase is a possessive
                bool possessive = t.Has(WordTag.ObjectPronoun) && t.Has(WordTag.Possessive) && i > lead && i + 1 < e && tk[i + 1].IsWord;
                // "most of them", "two of us": a share of a group the pronoun stands for
                bool partitive = i == e - 1 && i - 2 >= lead && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordGroup.OfComplement) && i - 2 == lead && IsShareWord(tk[lead]);
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordTag.Opener) || CueLexicon.IsSubjectPronoun(t.Lower) || IsContractedSubject(t) || t.Has(WordTag.ObjectPronoun) && !possessive && !partitive || i > a && FiniteVerbAt(tk, i, a, g) != null)) return null;
                if (t.IsLowerWord && CueLexicon.IsLyAdverb(t)) return null;
                // "Trump made demands", "his knee blew out": a past form not in -ed inside is a clause's verb
                if (i > a && MentionParser.IsPastVerbNotInEd(tk, i, e)) return null;
                // "the caller phoned 911": a past tense inside is a clause, not a noun phrase ("the injured man" keeps its adjective)
                if (i > a && CueLexicon.IsEdForm(t) && !IsDeterminer(tk[i - 1].Lower) &&
                    i + 1 < e && (tk[i + 1].IsWord && (char.IsDigit(tk[i + 1].Text[0]) || IsDeterminer(tk[i + 1].Lower)) || tk[i + 1].IsCapitalized)) return null;
            }
            if (words == 0 || words > maxWords) return null;
            if (OpensWithSubjectAndVerb(tk, lead, e)) return null;
            var first = tk[lead];
            var last = tk[e - 1];
            // "Some say", "Many said", "Half say": a share alone is the phrase
            bool share = e - 1 == lead && last.Has(WordTag.Proportion);
            // "42% say": a figure with its percent sign ends the phrase as "42 percent" does
            bool percent = last.Is("%") && e - 2 >= lead && IsAmount(tk[e - 2]);
            if (!percent && (!last.IsWord || !share && (last.Has(WordTag.IntroPhrase | WordTag.Preposition) || IsDeterminer(last.Lower)) || last.Has(WordGroup.OfComplement | WordGroup.ToPreposition))) return null;
            // "2015 showed that …", "But 2014 did feel like …": a year alone is no speaker; a number that ends a longer phrase heads
            // it ("four in 10 said", "Those over 60 say", "Article 33 affirms")
            if (e - a == 1 && IsYear(last)) return null;
            bool startsWell = first.IsCapitalized || char.IsDigit(first.Text[0]) || first.Has(WordClass.PhraseDeterminer | WordClass.Quantifier) || IsPluralNoun(first);
            if (!startsWell) return null;
            if (first.IsCapitalized && IsIntroWord(first)) return null;
            first = tk[a];
            var m = new Mention
            {
                Kind = MentionKind.Description, Start = a, End = e, Next = g, Head = last.Lower,
                Determiner = first.Has(WordClass.PhraseDeterminer | WordClass.Quantifier) ? first.Lower : "",
                CharStart = first.Start, CharEnd = last.End, Text = MentionParser.Join(tk, a, e),
            };
            // "Only 12 percent said", "About 30 percent say": the amount is the share's own word, so the speaker is "12 percent", not
            // "percent", and another share of the text ("30 percent") is another group, not the same one named again
            if (last.Has(WordTag.Proportion) && e - 2 >= lead && IsAmount(tk[e - 2])) m.AddModifier(tk[e - 2].Text);
            // "A spokesman reached by phone said", "a survey conducted this month found": the listed noun heads the phrase
            TakeListedHead(tk, m, lead);
            if (m.HeadText == null) TakePluralHead(tk, m, lead);
            if (m.HeadText == null) TakeHeadBeforeOfName(tk, m, lead);
            return m;
        }

        /// <summary>
        /// "the city of Nice", "the family of Jo Bell", "the town of Kirkwall": a noun the lexicon does not list, then "of" and a
        /// name, heads its phrase; the name only says which (its post-modifier), so the speaker is never the name nor someone
        /// described with it ("the city of Nice" is no "Nice native"). Not a share ("a third of Ohio") nor a count of a plural
        /// ("a number of Democrats").
        /// </summary>
        private static void TakeHeadBeforeOfName(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from; h + 2 < d.End; h++)
            {
                var t = tk[h];
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.Preposition) && !t.Has(WordGroup.OfComplement)) return;
                if (!t.IsLowerWord || IsShareWord(t) || t.Has(WordTag.Determiner) || !tk[h + 1].IsLowerWord || !tk[h + 1].Has(WordGroup.OfComplement)) continue;
                int n = h + 2;
                if (n + 1 < d.End && tk[n].IsLowerWord && Lexicon.IsAsWritten(tk[n].Text, WordGroup.DefiniteArticle)) n++;
                // (a plural after "of" is the people the noun counts: "a number of Democrats")
                if (!tk[n].IsCapitalized || IsPluralWord(tk[d.End - 1])) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h + 1);
                d.PostModifier = MentionParser.Join(tk, h + 1, d.End);
                return;
            }
        }

        /// <summary>
        /// "Families of those hurt by the storm", "Democrats in Congress", "Newspapers in Spain": in a phrase with no
        /// noun of the lexicon's lists before a describing phrase, a plural that one follows heads it (the first noun phrase's;
        /// not a share: "six in 10 voters", "most of them"); the words after it describe it (its post-modifier), so the speaker
        /// is that plural, not the phrase's last word ("storm", "Congress", "Spain"). The mention's <see cref="Mention.Head"/> stays the
        /// last word: whether such a phrase agrees with a verb in the present is <see cref="IsPluralBeforePostmodifier"/>'s
        /// judgement ("his hands in the air claim", "Messages of calm echo" are no speakers), not this display's.
        /// </summary>
        private static void TakePluralHead(IReadOnlyList<Token> tk, Mention d, int from)
        {
            for (int h = from; h + 1 < d.End - 1; h++)
            {
                var t = tk[h];
                // past the first noun phrase ("An investigation into the airstrikes in …", "Aides and advisers to …"): no plural of its own
                if (!t.IsWord || t.IsLowerWord && t.Has(WordTag.Preposition | WordTag.NpStop)) return;
                // (a list's "and" opens no phrase that describes the plural before it: "Companies and individuals")
                if (!IsPluralWord(t) || IsShareWord(t) || !OpensDescribingPhrase(tk[h + 1]) || tk[h + 1].Has(WordClass.ListCoordinator)) continue;
                // "Former envoys to Oslo Ingrid Halvorsen": a name that ends the phrase is the speaker's own, in apposition
                if (EndsInApposedName(tk, h + 1, d.End)) return;
                d.HeadText = MentionParser.Join(tk, d.Start, h + 1);
                d.PostModifier = MentionParser.Join(tk, h + 1, d.End);
                return;
            }
        }

        /// <summary>How many capitalised words a place's name (or its tail) may take: "San Bernardino", "New South Wales".</summary>
        private const int PlaceNameWords = 3;

        /// <summary>
        /// "in Dayton, Ohio, shows", "in San Bernardino, California, said": for the comma at c after a place's name that a
        /// preposition of place opens (one to three capitalised words), the index of the comma that closes its tail (one
        /// to three capitalised words, no cue) right before the verb at g or before a determiner; else -1.
        /// </summary>
        private static int PlaceTailAfter(IReadOnlyList<Token> tk, int a, int c, int g)
        {
            int p = c - 1;
            while (p >= a && c - p <= PlaceNameWords && tk[p].IsCapitalized) p--;
            if (p < a || p == c - 1 || !tk[p].IsLowerWord || !tk[p].Has(WordClass.PlacePreposition)) return -1;
            int k = c + 1;
            while (k < g && k - c <= PlaceNameWords && tk[k].IsCapitalized && tk[k].CueVerb == null) k++;
            // the tail's comma closes the phrase before the verb or before a subject that a determiner opens ("in Onawa, Iowa,
            // the candidate repeated"); not before an aside ("Speaking in Harlem, Clinton, without naming him, accused")
            if (k <= c + 1 || k >= g || !tk[k].Is(",")) return -1;
            return k + 1 == g || tk[k + 1].IsLowerWord && tk[k + 1].Has(WordTag.Determiner) ? k : -1;
        }

        /// <summary>The fewest capitalised words that end a phrase as a person's name ("Jo Bell").</summary>
        private const int NameWordsAtLeast = 2;

        /// <summary>A number at k ("four", "10"), as in a share ("one in four").</summary>
        private static bool BeforeNumber(IReadOnlyList<Token> tk, int k) =>
            k < tk.Count && tk[k].IsWord && (char.IsDigit(tk[k].Text[0]) || tk[k].Has(WordTag.Plural));

        /// <summary>
        /// The words of a description up to the phrase that describes it, when the parsed mention <paramref name="m"/> is
        /// followed by more words to <paramref name="limit"/>: "a spokesman" before "reached by phone"; "court documents"
        /// before "filed in March" (the words after the mention go on with the noun up to a participle); null when no
        /// describing phrase follows ("according to court documents": the last word is the head).
        /// </summary>
        private static string? HeadBeforeDescribingPhrase(IReadOnlyList<Token> tk, Mention m, int limit)
        {
            if (OpensDescribingPhrase(tk[m.End])) return m.Text;
            for (int k = m.End + 1; k < limit; k++)
            {
                if (!tk[k].IsLowerWord) return null;
                // "people close to the council": a preposition after other words may belong to them; a participle opens the phrase
                if (CueLexicon.IsEdForm(tk[k]) || CueLexicon.IsIngForm(tk[k])) return MentionParser.Join(tk, m.Start, k);
                if (tk[k].Has(WordTag.Preposition)) return null;
            }
            return null;
        }

        /// <summary>"documents", "filings", "records", "summaries": a plural of a document noun of the lexicon (singular by <see cref="Inflection.Singular"/>).</summary>
        private static bool IsDocumentPlural(Token t)
        {
            if (t.Lower.Length <= 3) return false;
            var singular = Inflection.Singular(t.Lower);
            return !ReferenceEquals(singular, t.Lower) && Lexicon.IsDocumentWord(singular);
        }

        /// <summary>
        /// "Former ambassador to Washington Maleeha Lodhi": the phrase after a person's noun ends in a name of two words
        /// after a capitalised word that is no title and no organisation's (the preposition's object, a place): the name is
        /// the person's own, in apposition. After a title ("a spokesman for Gov. Jo Bell") or right after the preposition
        /// ("a spokesman for Jo Bell") the name is the one they work for; "… Police Department" is no name.
        /// </summary>
        private static bool EndsInApposedName(IReadOnlyList<Token> tk, int phraseStart, int e)
        {
            int before = e - NameWordsAtLeast - 1;
            if (before <= phraseStart) return false;
            for (int k = before; k < e; k++)
                if (!tk[k].IsWord || !tk[k].IsCapitalized || tk[k].IsOrganisationWord) return false;
            return !Lexicon.IsTitleWord(tk[before].Text) && !Lexicon.IsTitleWord(tk[e - NameWordsAtLeast].Text);
        }

        /// <summary>A lower-case participle in -ed or -ing, a preposition or an adjective tagged postmodifier ("people familiar with the matter", "an aide close to the mayor"): the first word of a phrase that describes the noun before it.</summary>
        private static bool OpensDescribingPhrase(Token t) =>
            t.IsLowerWord && (CueLexicon.IsEdForm(t) || CueLexicon.IsIngForm(t) || t.Has(WordTag.Preposition) || t.Has(WordTag.Postmodifier));

        /// <summary>
        /// A description whose listed noun (searched from <paramref name="from"/>, see <see cref="ListedHeadBeforeItsPhrase"/>)
        /// has a phrase describing it after it takes that noun as its head and the words up to it as its head text: the words
        /// after it describe it ("phone" in "a spokesman reached by phone", "month" in "a survey conducted this month" are no speaker).
        /// </summary>
        private static void TakeListedHead(IReadOnlyList<Token> tk, Mention d, int from)
        {
            int head = ListedHeadBeforeItsPhrase(tk, from, d.End);
            if (head < 0) return;
            d.Head = tk[head].Lower;
            d.HeadText = MentionParser.Join(tk, d.Start, head + 1);
        }

        /// <summary>
        /// The first lower-case word of [a, e) that the lexicon lists as a speaker, organisation or document noun and that
        /// a phrase describing it follows (a participle in -ed or -ing, or a preposition), when it is not the last and no
        /// preposition (but "of", or one before a number) comes before it, and a document's phrase does not end in the name
        /// of its author; else -1.
        /// </summary>
        private static int ListedHeadBeforeItsPhrase(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int h = a; h + 1 < e - 1; h++)
            {
                var t = tk[h];
                // the head is in the phrase's first noun phrase ("a majority of voters", "one in four voters"): "a
                // declaration filed in federal court by …" is no court's
                if (t.IsLowerWord && t.Has(WordTag.Preposition) && !t.Has(WordGroup.OfComplement) && !BeforeNumber(tk, h + 1)) return -1;
                // "documents filed in March": a document's plural heads the phrase as its singular does
                bool person = t.IsLowerWord && t.IsSpeakerNoun(out _, out _);
                if (!person && !(t.IsLowerWord && (t.IsOrganisationWord || t.IsDocumentWord || IsDocumentPlural(t)))) continue;
                if (!OpensDescribingPhrase(tk[h + 1])) continue;
                // "a survey conducted by analyst Jo Bell": a person's name that ends a document's phrase is its author; after
                // a person ("a spokesman for Jo Bell", "an aide to Mr. Reyes") a name is the one they work for, not the speaker
                int c = e;
                while (c - 1 > h + 1 && tk[c - 1].IsCapitalized) c--;
                if (!person && e - c >= NameWordsAtLeast && Lexicon.IsGivenName(tk[c].Text)) return -1;
                if (person && EndsInApposedName(tk, h + 1, e)) return -1;
                return h;
            }
            return -1;
        }

        /// <summary>
        /// "He scrapped plans …", "She also proved adept at …", "Clinton paused, then …": a subject pronoun with words after
        /// it, or one capitalised name (no plural: "Democrats polled" is a noun phrase) and a past form in -ed, are a subject and
        /// its verb, no noun phrase of their own (issue #8: the verb must not end up in a source).
        /// </summary>
        private static bool OpensWithSubjectAndVerb(IReadOnlyList<Token> tk, int a, int e)
        {
            var t = tk[a];
            if (!t.IsWord || e - a < 2) return false;
            // "She and her aides argue": a pronoun in a coordination is part of the subject
            if (CueLexicon.IsSubjectPronoun(t.Lower) && !t.Has(WordTag.Determiner)) return !(tk[a + 1].IsWord && tk[a + 1].Has(WordClass.ListCoordinator));
            return e - a == 2 && t.IsCapitalized && !t.Lower.EndsWith("s", StringComparison.Ordinal) && !t.IsSpeakerNoun(out _, out _) &&
                   !t.Has(WordTag.Function | WordTag.Intro) && CueLexicon.IsEdForm(tk[a + 1]);
        }

        /// <summary>
        /// "Clinton paused, then revealed …", "He scrapped plans to …": a subject (a pronoun or a name of one word) and one past
        /// form in -ed, from a to e, before the verb the caller found: the subject alone, the clause it opens running on to that
        /// verb (its Next set to <paramref name="next"/>). Null for anything longer ("She also proved adept at …" reads no verb after its own).
        /// </summary>
        private static Mention? SubjectBeforeItsVerb(MentionParser mp, IReadOnlyList<Token> tk, int a, int e, int next)
        {
            if (e - a != 2 || !OpensWithSubjectAndVerb(tk, a, e) || !CueLexicon.IsEdForm(tk[a + 1])) return null;
            var m = mp.Parse(tk, a, e, inverted: false);
            if (m == null || m.End != a + 1 || !(m.IsPronoun || m.Kind == MentionKind.Name)) return null;
            m.Next = next;
            return m;
        }

        /// <summary>
        /// The first token after the words that approximate a number or share at a ("about", "nearly",
        /// "more than"), when such a number or share follows them ("4 in 10", "half", "a third"); else a.
        /// </summary>
        private static int ApproximatedStart(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = a;
            while (i < e && tk[i].IsWord)
            {
                var w = tk[i].Lower;
                if (CueLexicon.Is(w, WordTag.Approximate)) i++;
                else if (Lexicon.Is(w, WordClass.ThanLead) && i + 1 < e && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.ComparisonThan)) i += 2;
                else break;
            }
            if (i == a || i >= e || !tk[i].IsWord) return a;
            var t = tk[i];
            bool number = char.IsDigit(t.Text[0]) || t.Has(WordTag.Proportion) ||
                          t.Has(WordClass.IndefiniteArticle) && i + 1 < e && tk[i + 1].Has(WordTag.Proportion) ||
                          t.Has(WordClass.Quantifier);
            return number ? i : a;
        }

        /// <summary>True when the mention reaches the verb: nothing between them but an apposition the mention took, a comma, or an aside in brackets or dashes.</summary>
        /// <summary>True when every segment from index i on is an aside: it opens with a preposition, a participle or a relative pronoun ("in a call with …", "speaking on condition of anonymity", "who led the inquiry").</summary>
        private static bool AllAsides(IReadOnlyList<Token> tk, List<(int A, int E)> segments, int i)
        {
            for (; i < segments.Count; i++)
            {
                var t = tk[segments[i].A];
                if (!t.IsLowerWord) return false;
                // "in a call with …", "who led the inquiry", "speaking on condition …", "led by Gen. Jo Marsh"
                bool nextIsPreposition = segments[i].A + 1 < segments[i].E && tk[segments[i].A + 1].IsWord && CueLexicon.Is(tk[segments[i].A + 1].Lower, WordTag.IntroPhrase);
                bool participle = CueLexicon.IsIngForm(t) ||
                                  nextIsPreposition && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || tk[segments[i].A + 1].Has(WordGroup.Agent));
                bool aside = t.Has(WordTag.IntroPhrase | WordTag.Relative) || participle;
                if (!aside) return false;
            }
            return true;
        }

        /// <summary>True when the token at g is a lower-case form of a reporting verb (the verb a subject was asked for, not the start of a clause).</summary>
        private static bool IsVerbAt(IReadOnlyList<Token> tk, int g) => g < tk.Count && tk[g].IsLowerWord && tk[g].IsVerbForm;

        private static bool OnlyConnectives(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (!tk[i].IsWord || !tk[i].Has(WordTag.Intro)) return false;
            return true;
        }

        private static bool Reaches(IReadOnlyList<Token> tk, Mention m, int g)
        {
            int n = Math.Max(m.Next, m.End);
            // ", however,", ", in turn,": a connective between commas
            while (n < g - 1 && tk[n].Is(",") && tk[n + 1].IsWord && tk[n + 1].Has(WordTag.Intro))
            {
                int k = n + 1;
                while (k < g && tk[k].IsWord && tk[k].Has(WordTag.Intro)) k++;
                if (k < g && tk[k].Is(",")) n = k + 1; else break;
            }
            if (n == g || m.End == g || n == g - 1 && tk[g - 1].Is(",")) return true;
            if (n < g - 1 && (tk[g - 1].Is(")") || IsDash(tk[g - 1])) && MatchingOpen(tk, n, g - 1) == n) return true;
            if (n < g - 2 && tk[g - 1].Is(",") && (tk[g - 2].Is(")") || IsDash(tk[g - 2])) && MatchingOpen(tk, n, g - 2) == n) return true;
            return false;
        }

        internal static bool IsDash(Token t) => t.Kind == TokenKind.Punct && (t.Text == "--" || t.Text == "—" || t.Text == "–");

        /// <summary>For a closing bracket or dash at c, the index of its opening bracket or dash (within twenty tokens, not before s0), or -1.</summary>
        private static int MatchingOpen(IReadOnlyList<Token> tk, int s0, int c)
        {
            bool dash = IsDash(tk[c]);
            for (int i = c - 1; i >= s0 && c - i <= 20; i--)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";")) return -1;
                if (dash ? IsDash(t) : t.Is("(")) return i;
                if (!dash && t.Is(")")) return -1;
            }
            return -1;
        }

        /// <summary>"Around that time, …": "that" after an approximation that opens the sentence points at a time, it opens no clause.</summary>
        private static bool OpensApproximateTime(IReadOnlyList<Token> tk, int b, int s0) =>
            b - 1 >= s0 && tk[b].IsLowerWord && tk[b].Has(WordClass.TimeDeictic) && tk[b - 1].IsCapitalized && tk[b - 1].Has(WordTag.Approximate) &&
            (b - 1 == s0 || !tk[b - 2].IsWord);

        /// <summary>The most words of a phrase of approximate time before its comma ("Around that time", "About this point").</summary>
        private const int ApproximateTimeReach = 4;

        /// <summary>An introductory segment: it starts with a preposition, connective or time word, or a participle ("Asked about it").</summary>
        private static bool IntroSegment(IReadOnlyList<Token> tk, int a, int e)
        {
            if (a >= e || !tk[a].IsWord) return a < e && !tk[a].IsWord;
            var t = tk[a];
            if (IsIntroWord(t)) return true;
            // "A few days later, …", "Two weeks ago, …"
            if (IsTimePhrase(tk, a, e)) return true;
            // "This week, …", "Last night, …"
            if (t.Has(WordClass.TimeDeictic) && a + 1 < e && tk[a + 1].Has(WordTag.Time)) return true;
            // "Around that time, …", "About this point, …": an approximation of a time the text has named
            if (t.Has(WordTag.Approximate) && e - a <= ApproximateTimeReach && a + 1 < e && tk[a + 1].IsLowerWord && tk[a + 1].Has(WordClass.TimeDeictic)) return true;
            // "Separately, …", "Ultimately, …": a sentence adverb alone before its comma (not a given name: "Kelly, …")
            return e == a + 1 && t.IsCapitalized && t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal) && Lexicon.GenderOfFirstName(t.Text) == '\0';
        }

        /// <summary>True when a phrase of time runs from a to a comma before k ("a few days later, …").</summary>
        private static bool TimePhraseBeforeComma(IReadOnlyList<Token> tk, int a, int k) => TimePhraseComma(tk, a, k) >= 0;

        /// <summary>The index of the comma that closes a phrase of time starting at a, before k ("a few days later, …"); else -1.</summary>
        public static int TimePhraseComma(IReadOnlyList<Token> tk, int a, int k)
        {
            for (int c = a + 1; c < k && c - a <= TimePhraseReach; c++)
                if (tk[c].Is(",")) return IsTimePhrase(tk, a, c) ? c : -1;
            return -1;
        }

        /// <summary>The most words a phrase of time before its comma may take ("a few days later").</summary>
        private const int TimePhraseReach = 6;

        /// <summary>
        /// True when tokens [a, e) are a phrase of time that closes with a time-end word ("a few days later", "Two weeks
        /// ago", "Hours earlier"): only words, no verb, at most <see cref="TimePhraseReach"/> of them.
        /// </summary>
        public static bool IsTimePhrase(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a < 2 || e - a > TimePhraseReach || !tk[e - 1].IsLowerWord || !tk[e - 1].Has(WordTag.TimeEnd)) return false;
            for (int i = a; i < e - 1; i++)
                if (!tk[i].IsWord || tk[i].Has(WordTag.Finite) || tk[i].IsVerbForm) return false;
            return true;
        }

        /// <summary>
        /// "the agency treated fishermen who …", "Lund sharply rebuked critics who …": at i a past form in -ed (an adverb may
        /// stand before it) right after a name or a noun of persons or institutions is that subject's verb, so no antecedent
        /// starts there (issue #8); "recently elected officials" after no such word still may.
        /// </summary>
        private static bool PastFormAfterSubject(IReadOnlyList<Token> tk, int s0, int i)
        {
            int v = i;
            if (tk[v].IsLowerWord && CueLexicon.IsLyAdverb(tk[v]) && v + 1 < tk.Count) v++;
            if (!CueLexicon.IsEdForm(tk[v])) return false;
            int b = i - 1;
            if (b > s0 && CueLexicon.IsLyAdverb(tk[b]) && v == i) b--;
            if (b < s0 || !tk[b].IsWord) return false;
            var t = tk[b];
            return t.IsCapitalized && !t.Has(WordTag.Function | WordTag.Intro) || t.IsOrganisationWord || t.IsSpeakerNoun(out _, out _);
        }

        /// <summary>"Jo Bell, who said …", "a report that found …": the relative pronoun is the source and stands for the antecedent before it.</summary>
        internal static Subject? RelativeSubject(MentionParser mp, IReadOnlyList<Token> tk, int s0, int opener, int g)
        {
            if (opener < 0 || opener != g - 1 || !tk[opener].IsWord || !IsRelativePronoun(tk[opener].Lower)) return null;
            int e = opener;
            if (e - 1 >= s0 && tk[e - 1].Is(",")) e--;
            if (e <= s0 || !tk[e - 1].IsWord) return null;
            Mention? antecedent = null;
            for (int i = Math.Max(s0, e - 12); i < e && antecedent == null; i++)
            {
                if (!tk[i].IsWord || IsIntroWord(tk[i]) && tk[i].IsCapitalized) continue;
                if (PastFormAfterSubject(tk, s0, i)) continue;
                // "The team chose only people who …": a past form not in -ed is the clause's verb, never the antecedent's first word
                if (MentionParser.IsPastVerbNotInEd(tk, i, e)) continue;
                var m = mp.Parse(tk, i, e, inverted: true);
                if (m == null || m.End != e && m.Next != e) continue;
                if (m.IsPronoun) return null;
                // "an officer reached by telephone in Peshawar, who did not want …": a name that a preposition of place opens is
                // the place, never the person "who" stands for ("the attacks in Paris, which …" may still be the place's)
                if (m.Kind == MentionKind.Name && i > s0 && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordClass.PlacePreposition) &&
                    tk[opener].Has(WordClass.PersonRelative)) return null;
                antecedent = m;
            }
            // "…, compared with 23 percent who said …", "four in 10 who say …": a counted share of a group the mention grammar
            // does not read is the antecedent of a person's relative (the widest such share that ends at the pronoun)
            if (antecedent == null && tk[opener].Has(WordClass.PersonRelative))
                for (int i = Math.Max(s0, e - 12); i < e && antecedent == null; i++)
                    if (OpensShare(tk, i, e) && ShareSubject(tk, i, e) is { } share && IsShare(tk, share)) antecedent = share;
            if (antecedent == null) return null;
            var rel = tk[opener];
            var pronoun = new Mention { Kind = MentionKind.Pronoun, Start = opener, End = opener + 1, Next = g, Determiner = rel.Lower, CharStart = rel.Start, CharEnd = rel.End, Text = rel.Text, Owner = antecedent };
            return new Subject(pronoun, antecedent.Start, opener);
        }

        /// <summary>
        /// Where the content starts after a verb: past an addressee for "tell"-like verbs ("told
        /// reporters on Monday that …"), past a phrase of time or means and "that" ("said in a
        /// statement that …"). Returns the first content token.
        /// </summary>
        public static int ContentStartAfter(IReadOnlyList<Token> tk, VerbCue cue, int s1)
        {
            int c = cue.End;
            // "know to verify that …", "think to ask whether …": a verb that addresses no one takes no phrase with "to"; the
            // infinitive is what the subject does, and the clause after it is that verb's, not this one's
            if (c < s1 && tk[c].IsLowerWord && tk[c].Has(WordGroup.InfinitiveMarker) && !cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Infinitive) && cue.Entry.Particle == null) return c;
            // "that" within reach, before any mark: the content starts after it
            // ("says at a campaign stop in Toledo, Ohio, that …": a phrase of place may hold commas)
            // ("believes, for example, that …": an aside between commas right after the verb)
            bool placePhrase = c < s1 && tk[c].IsLowerWord && tk[c].Has(WordTag.IntroPhrase) && !tk[c].Has(WordTag.Subordinator) ||
                               c < s1 && tk[c].Is(",");
            for (int i = c; i < s1 && i - c <= (placePhrase ? 2 * ObjectReach : ObjectReach); i++)
            {
                var t = tk[i];
                if (!t.IsWord && !(placePhrase && t.Is(","))) break;
                if (!t.IsWord) continue;
                // "say most adults fall short of that target": "that" right after a preposition is a determiner, never a complementizer;
                // after "and" it opens a second that-clause ("said he was leaving and that he …"): the first starts at the verb
                if (t.Has(WordGroup.Complementizer) && i > c && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordTag.Preposition)) continue;
                if (t.Has(WordGroup.Complementizer))
                {
                    // "blamed the company that repaired it": after an object noun, "that" and a verb open its relative clause (an addressee is followed by the content: "told the council that …")
                    if (!cue.Entry.TakesAddressee && IsRelativeThatAfterNoun(tk, i, c, s1)) return c;
                    // "found the parking lot that the officer had pointed out": after an object noun phrase, "that" and a subject open
                    // a relative clause whose object is the noun
                    if (!cue.Entry.TakesAddressee && IsObjectRelativeThatAfterNoun(tk, i, c, s1)) return c;
                    int after = i + 1 < s1 && tk[i + 1].Is(",") ? i + 2 : i + 1;   // "said that, if elected, he …"
                    // "said that was not true": "that" before a finite verb is the clause's subject (a pro-form), not its complementizer
                    if (after == i + 1 && after < s1 && tk[after].IsLowerWord && tk[after].Has(WordTag.Finite) && !tk[after].Has(WordTag.Negation)) return i;
                    // "rejected that account, saying …": before a lone noun that ends the clause, "that" is its determiner
                    if (after == i + 1 && IsDeterminerOfLoneNoun(tk, i, s1)) return i;
                    // "rejected that version": a determiner, not a clause
                    return IsContent(tk, after, ContentEndAfter(tk, after, s1, false)) || !IsContent(tk, i, ContentEndAfter(tk, i, s1, false)) ? after : i;
                }
                // ("says, through its report, that …": the phrase of an aside after the verb's comma starts after the comma)
                if (i > c && EntryAt(tk, i, s1, out _) != null && !IsNounOfPhrase(tk, tk[c].Is(",") ? c + 1 : c, i)) break;
                if (t.Has(WordTag.Finite) || CueLexicon.IsSubjectPronoun(t.Lower)) break;
            }
            if (cue.Entry.TakesAddressee && c < s1 && tk[c].IsWord)
            {
                // "told him", "told CNN", "told The Associated Press", "told reporters"
                int o = c;
                if (tk[o].Has(WordTag.ObjectPronoun)) o++;
                else if (tk[o].IsCapitalized)
                {
                    while (o < s1 && o - c < 6 && (tk[o].IsCapitalized || tk[o].IsWord && tk[o].Has(WordClass.NameInfix) && o + 1 < s1 && tk[o + 1].IsCapitalized)) o++;
                }
                else if (tk[o].IsLowerWord && (IsDeterminer(tk[o].Lower) || !CueLexicon.IsSubjectPronoun(tk[o].Lower) && !tk[o].Has(WordTag.Finite)))
                {
                    // "told reporters", "told the council": a few words, up to a new noun phrase ("told reporters the shelling …")
                    int limit = Math.Min(s1, c + 5);
                    int x = o;
                    if (IsDeterminer(tk[x].Lower)) x++;
                    // ("promised not to raise taxes", "asked not to be named", "asked residents not to travel": a negation belongs to the content)
                    while (x < limit && tk[x].IsWord && !(x > o && IsDeterminer(tk[x].Lower)) && !CueLexicon.IsSubjectPronoun(tk[x].Lower) && !tk[x].Has(WordTag.Opener) && !tk[x].Has(WordTag.Finite) && !tk[x].Has(WordTag.IntroPhrase) && !tk[x].Has(WordTag.Negation)) x++;
                    // "promised answers within a month": a run with a preposition in it is a noun with a phrase of its own (what
                    // is promised), not someone the words are addressed to; "reminded voters of …", "asked him about …" keep theirs
                    bool holdsPreposition = false;
                    for (int y = o + 1; y < x && !holdsPreposition; y++)
                        holdsPreposition = tk[y].IsLowerWord && tk[y].Has(WordTag.Function) && !tk[y].Has(WordGroup.OfComplement) && !tk[y].Has(WordClass.ContentIntro);
                    if (x > o && !holdsPreposition) o = x;
                }
                c = SkipTimePhrase(tk, o, s1);
                if (c < s1 && tk[c].IsWord && tk[c].Has(WordGroup.Complementizer)) c++;
                return c;
            }
            int d = SkipTimePhrase(tk, c, s1);
            if (d < s1 && tk[d].IsWord && tk[d].Has(WordGroup.Complementizer)) return d + 1;
            // "said on Friday he met …", "said Tuesday the plan …": a phrase of time, then a clause without "that"
            return d > c && StartsClauseAfterTime(tk, d, s1) ? d : c;
        }

        /// <summary>
        /// "Officials rejected that account, saying …", "She disputed that figure.": "that" before one lower-case noun (no
        /// function word, pronoun, finite verb, adverb or word of time) that ends the sentence (only marks after it, no
        /// quotation: "said that torture “works”" is a clause), or stands before the comma of a
        /// participle of saying (<see cref="IsParticipleOfSayingAt"/>), is the noun's determiner; the noun phrase is the object,
        /// not a clause. Not "said that officials would …" (a verb follows the noun), nor "said that residents, many of them
        /// elderly, had left" (no participle of saying after the comma).
        /// </summary>
        internal static bool IsDeterminerOfLoneNoun(IReadOnlyList<Token> tk, int i, int s1)
        {
            int n = i + 1;
            if (n >= s1 || !tk[n].IsLowerWord || CueLexicon.IsLyAdverb(tk[n]) || CueLexicon.IsSubjectPronoun(tk[n].Lower) ||
                tk[n].Has(WordTag.Function | WordTag.Finite | WordTag.Determiner | WordTag.Pronoun | WordTag.Time | WordTag.Calendar | WordTag.CueAdverb | WordTag.Negation | WordTag.Auxiliary)) return false;
            bool end = true;
            for (int j = n + 1; j < s1 && end; j++) end = tk[j].Kind == TokenKind.Punct && !tk[j].IsQuote;
            return end || tk[n + 1].Is(",") && n + 2 < s1 && IsParticipleOfSayingAt(tk, n + 2, s1);
        }

        /// <summary>
        /// True when the word at <paramref name="k"/> is a participle of saying ("saying", "adding", "arguing"), a cue of its own,
        /// not the form of another verb with a particle.
        /// </summary>
        public static bool IsParticipleOfSayingAt(IReadOnlyList<Token> tk, int k, int e)
        {
            var entry = EntryAt(tk, k, e, out int end);
            return entry != null && entry.Kind == VerbForm.Gerund && entry.IsSpeech && !OtherVerbWithParticle(entry, tk, end, e);
        }

        /// <summary>True when the tokens [a, i) are capitalised words, the last in the possessive: "General Ada Vail's" before a noun.</summary>
        private static bool OwnerNameBefore(IReadOnlyList<Token> tk, int a, int i)
        {
            if (i <= a || !tk[i - 1].EndsInApostropheS) return false;
            for (int x = a; x < i; x++)
                if (!tk[x].IsWord || !tk[x].IsCapitalized) return false;
            return true;
        }

        /// <summary>
        /// "said in a blog post that …", "in a Facebook post on Monday that …": a cue verb that is a noun too ("post", "report"),
        /// after a preposition that opens the phrase at <paramref name="c"/> and a determiner (and other words), heads that phrase's
        /// noun; it is no new verb. "hoping to pick up delegates in states that …" has no determiner before "states".
        /// </summary>
        private static bool IsNounOfPhrase(IReadOnlyList<Token> tk, int c, int i)
        {
            if (i < c + 2 || !tk[c].IsLowerWord || !tk[c].Has(WordTag.IntroPhrase) || tk[c].Has(WordTag.Subordinator) || tk[c].Has(WordGroup.InfinitiveMarker)) return false;
            // ("through General Ada Vail's report": a name in the possessive stands where the determiner does)
            if (OwnerNameBefore(tk, c + 1, i)) return CueLexicon.IsNounForm(tk[i].Lower);
            if (!tk[c + 1].IsLowerWord || !IsDeterminer(tk[c + 1].Lower) || !tk[i - 1].IsWord) return false;
            for (int x = c + 2; x < i; x++)
                if (!tk[x].IsWord || tk[x].Has(WordTag.Function)) return false;
            return CueLexicon.IsNounForm(tk[i].Lower);
        }

        /// <summary>
        /// "found the parking lot that the officer had pointed out", "cannot determine the effects that a move will have": "that"
        /// after an object noun phrase right after the verb at <paramref name="c"/> (a determiner, then lower-case words with no
        /// verb, grammar word or word of time), and before a subject of its own (a determiner or a subject pronoun), opens the
        /// noun's relative clause, whose object is the noun; it is no content clause of the verb. Not after a noun that takes a
        /// that-clause as its content ("rejected the idea that the plan …", <see cref="Lexicon.IsClauseNoun"/>) nor after a noun of
        /// persons, bodies or documents, who may be told ("assured the families that they …").
        /// </summary>
        internal static bool IsObjectRelativeThatAfterNoun(IReadOnlyList<Token> tk, int i, int c, int s1)
        {
            if (i < c + 2 || i + 1 >= s1 || !tk[c].IsLowerWord || !IsDeterminer(tk[c].Lower)) return false;
            for (int x = c + 1; x < i; x++)
            {
                var t = tk[x];
                if (!t.IsLowerWord || t.IsVerbForm || t.Has(WordTag.Function | WordTag.Finite | WordTag.Determiner | WordTag.Pronoun | WordTag.Time | WordTag.Calendar)) return false;
            }
            var head = tk[i - 1];
            if (Lexicon.IsClauseNoun(head.Lower) || head.IsSpeakerNoun(out _, out _) || head.IsOrganisationWord || head.IsDocumentWord) return false;
            var n = tk[i + 1];
            return n.IsLowerWord && (IsDeterminer(n.Lower) || CueLexicon.IsSubjectPronoun(n.Lower));
        }

        /// <summary>
        /// "blamed the company that repaired the bridge", "praised the officers that were first on the scene": "that" after a
        /// noun of the object (a word after the verb at <paramref name="c"/>, not a phrase of time), followed by a verb (a
        /// finite auxiliary, an irregular past, a form in -ed), is the noun's relative pronoun, not the start of a content
        /// clause: the clause has no subject of its own. "told the council that the pier is unsafe" has one.
        /// </summary>
        internal static bool IsRelativeThatAfterNoun(IReadOnlyList<Token> tk, int i, int c, int s1)
        {
            if (i <= c || i + 1 >= s1 || !tk[i - 1].IsWord || tk[i - 1].Has(WordTag.Function | WordTag.Time | WordTag.Calendar)) return false;
            var v = tk[i + 1];
            return v.IsLowerWord && (v.Has(WordTag.Finite) || v.Has(WordGroup.IrregularPast) || v.Lower.EndsWith("ed", StringComparison.Ordinal));
        }

        /// <summary>True when the token at i opens a clause after a phrase of time: a subject pronoun, a determiner or a capitalized name followed by a word.</summary>
        private static bool StartsClauseAfterTime(IReadOnlyList<Token> tk, int i, int s1)
        {
            if (i + 1 >= s1 || !tk[i].IsWord || !tk[i + 1].IsWord) return false;
            var t = tk[i];
            if (t.Has(WordClass.SubjectPronoun | WordClass.Expletive)) return true;
            if (IsDeterminer(t.Lower) && t.IsLowerWord) return true;
            return t.IsCapitalized && !t.Has(WordTag.Time | WordTag.Calendar | WordTag.IntroPhrase);
        }

        /// <summary>"on Monday", "Thursday", "last week", "in an interview": returns the token after it (or i).</summary>
        private static int SkipTimePhrase(IReadOnlyList<Token> tk, int i, int s1)
        {
            int j = i;
            for (int guard = 0; guard < 3 && j < s1; guard++)
            {
                var t = tk[j];
                if (!t.IsWord) break;
                if (t.Has(WordTag.Time) && (t.IsCapitalized || j > i && tk[j - 1].Has(WordTag.Time))) { j++; continue; }
                if (t.Has(WordTag.TimeLead) && j + 1 < s1 && tk[j + 1].Has(WordTag.Time)) { j += 2; continue; }
                // "said in April": a month
                if (t.Has(WordGroup.Setting) && j + 1 < s1 && tk[j + 1].IsCapitalized && tk[j + 1].Has(WordTag.Calendar) && !tk[j + 1].Lower.EndsWith("day", StringComparison.Ordinal)) { j += 2; continue; }
                if (t.Has(WordGroup.Setting) && j + 2 < s1 && tk[j + 1].Has(WordClass.IndefiniteArticle) && (tk[j + 2].IsDocumentWord || tk[j + 2].Has(WordGroup.SpeakingOccasion)))
                {
                    j += 3;
                    continue;
                }
                break;
            }
            return j;
        }

        /// <summary>
        /// Where the content after a verb ends: the end of the sentence, before its final mark and
        /// before a trailing ", according to X"; at a semicolon; at the comma that closes a
        /// subordinate clause when the subject's clause was one ("When X said Y, …").
        /// </summary>
        public static int ContentEndAfter(IReadOnlyList<Token> tk, int c, int s1, bool subordinate)
        {
            // a reported content is at most MaxContent tokens long (a run-on "sentence" of thousands of tokens is not one)
            if (s1 - c > MaxContent) s1 = c + MaxContent;
            int e = s1;
            bool infinitive = c + 1 < s1 && tk[c].IsLowerWord && tk[c].Has(WordGroup.InfinitiveMarker);
            for (int i = c; i < s1; i++)
            {
                var t = tk[i];
                if (t.Is(";")) { e = i; break; }
                // a full stop the sentence splitter kept inside ("… the town. (“…”)"), a quotation in brackets after the clause
                if (t.Is(".") && i > c || t.Is("(") && i + 1 < s1 && tk[i + 1].IsQuote) { e = i; break; }
                // "(see “Genome Surgery”)": a cross-reference to another piece is the writer's, not the content
                if (t.Is("(") && i + 1 < s1 && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.CrossReference)) { e = i; break; }
                if (subordinate && t.Is(",") && i > c) { e = i; break; }
                if (t.Is(",") && i + 2 < s1 && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.AccordingHead) && tk[i + 2].Has(WordGroup.ToPreposition)) { e = i; break; }
                if (t.Is(",") && i > c && OpensClosingNounAside(tk, i + 1, s1)) { e = i; break; }
                // "X thanked the divers and said …": a second cue of the same subject
                if (t.IsLowerWord && t.Has(WordClass.ClauseCoordinator) && i > c && StartsCueGroup(tk, i + 1, s1)) { e = i; break; }
                // "urged residents to stay home and raised fees": a past form after "and" cannot go on an infinitive, whose verbs
                // are base forms; it is the subject's next verb ("to be tested and treated", "to get vaccinated and tested" go on)
                if (infinitive && t.IsLowerWord && t.Has(WordClass.ListCoordinator) && i + 1 < s1 && IsPastAfterInfinitive(tk, c, i)) { e = i; break; }
            }
            while (e > c && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            return e;
        }

        /// <summary>
        /// "…, a claim that the council disputes", "…, news that lifted the crew's spirits": a noun of saying or of a clause's
        /// content (<see cref="Lexicon.IsClauseNoun"/>, or its plural in -s), after "a", "an" or in -s alone ("claims", "news"), then "that" or "which", set off by the comma
        /// before <paramref name="j"/> and running to the end of the sentence <paramref name="s1"/> with no other comma: the
        /// writer's aside naming what was said, not part of it. Not an aside that closes before the sentence goes on ("said the
        /// plan, a notion that few share, would fail": its comma), nor a noun without a relative after it ("said it was a sign").
        /// </summary>
        private static bool OpensClosingNounAside(IReadOnlyList<Token> tk, int j, int s1)
        {
            bool article = j < s1 && tk[j].IsLowerWord && tk[j].Has(WordClass.IndefiniteArticle);
            if (article) j++;
            if (j + 2 >= s1 || !tk[j].IsLowerWord) return false;
            string noun = tk[j].Lower;
            bool plural = noun.Length > 3 && Inflection.EndsInS(noun);
            if (!Lexicon.IsClauseNoun(noun) && !(plural && Lexicon.IsClauseNoun(noun.Substring(0, noun.Length - 1)))) return false;
            // a bare noun only in -s ("claims that", "news that"): a bare singular may be a verb said again ("thought I couldn't, thought that …")
            if (!article && !plural) return false;
            var rel = tk[j + 1];
            if (!rel.IsLowerWord || !rel.Has(WordClass.ThingRelative)) return false;
            for (int i = j + 2; i < s1; i++)
                if (tk[i].Is(",") || tk[i].Is(";") || tk[i].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// True when the word after the coordinator at <paramref name="and"/> is a past form (irregular, or in -ed), the word
        /// before the coordinator is none ("vaccinated and tested" are participles in a row) and no auxiliary stands in the
        /// infinitive [c, and) before it ("to be tested and …", "to have paid and …"), nor a clause of its own (a subject pronoun,
        /// a subordinator, a relative: its past verbs may go on there).
        /// </summary>
        private static bool IsPastAfterInfinitive(IReadOnlyList<Token> tk, int c, int and)
        {
            var v = tk[and + 1];
            if (!IsPastVerbForm(v) || CueLexicon.IsEdForm(tk[and - 1])) return false;
            for (int j = c + 1; j < and; j++)
            {
                var t = tk[j];
                if (!t.IsLowerWord) continue;
                if (t.Has(WordTag.Auxiliary | WordTag.Finite) || t.Has(WordGroup.BaseBe) || t.Has(WordClass.PerfectAuxiliary)) return false;
                // "to wear … before they rounded them up and murdered them": a clause inside the infinitive has past verbs of its own
                if (CueLexicon.IsSubjectPronoun(t.Lower) || t.Has(WordTag.Subordinator | WordTag.Relative) || t.Has(WordGroup.Complementizer)) return false;
            }
            return true;
        }

        /// <summary>
        /// "Jo Bell said it again, and the council agreed", "said so too, but nobody listened": a content that is only a
        /// pro-form standing for what was said (the pronoun of a thing, a demonstrative, "so") and adverbs or words of time
        /// ends at the comma before a clause coordinator; what follows is a clause of its own, not the speaker's words.
        /// The content's end, or <paramref name="e"/> when [c, e) is no such content.
        /// </summary>
        public static int ProFormContentEnd(IReadOnlyList<Token> tk, int c, int e)
        {
            if (c >= e || !IsProForm(tk[c])) return e;
            for (int i = c + 1; i + 1 < e; i++)
            {
                var t = tk[i];
                if (t.Is(",")) return tk[i + 1].IsLowerWord && tk[i + 1].Has(WordClass.ClauseCoordinator) ? i : e;
                if (!t.IsLowerWord || !(t.Has(WordTag.CueAdverb) || CueLexicon.IsLyAdverb(t) || t.Has(WordTag.Time | WordTag.Calendar))) return e;
            }
            return e;
        }

        /// <summary>A lower-case pro-form that can stand for what was said: the pronoun of a thing, a demonstrative, "so".</summary>
        public static bool IsProForm(Token t) =>
            t.IsLowerWord && (t.Has(WordGroup.ThingPronoun) || t.Has(WordGroup.ProContent) || t.Has(WordClass.SingularDemonstrative | WordClass.PluralDemonstrative));

        /// <summary>True when the subject's clause is a subordinate one ("When X said …, …"): its content ends at the clause's comma.</summary>
        public static bool OpensSubordinate(IReadOnlyList<Token> tk, Subject subject)
        {
            if (subject.InIntroduction) return true;
            int o = subject.OpenerIndex;
            if (o < 0 || !tk[o].IsWord) return false;
            if (tk[o].Has(WordTag.Subordinator)) return true;
            // "Ever since she endorsed Reyes, Lund has …": the clause the adverb that opens the sentence leads to
            if (o > 0 && MentionParser.CueAdverbBeforeOpening(tk, o - 1, o + 1)) return true;
            // "The council, which has insisted the works are safe, will vote": the relative clause ends at its comma
            // (and "the changes, which officials said will take effect in May, …": the clause inside it ends there too)
            return o > 0 && tk[o - 1].Is(",") && (subject.Mention.Owner != null && subject.Mention.Start == o ||
                                                  subject.Mention.Start > o && tk[o].Has(WordClass.AsideRelative));
        }

        /// <summary>
        /// <see cref="IsContent(IReadOnlyList{Token}, int, int)"/>, or for a verb that judges its object one
        /// name or pronoun alone ("backed Clinton", "does not defend it").
        /// </summary>
        public static bool IsContent(IReadOnlyList<Token> tk, int a, int e, CueVerb entry)
        {
            // "said nothing about the plan": a verb of speech whose object says nothing was said (a verb of judging takes it
            // as a thing: "would not accept anything less than a bridge")
            if (entry.Has(VerbTag.Speech) && IsVoidObject(tk, a, e)) return false;
            // "…, but believe me, the first punch hurts", "trust us, it works": the writer's object pronoun set off by a comma right
            // after the verb makes an imperative to the reader, not a report ("endorsed her, citing …" still reports)
            if (e - a > 2 && tk[a].IsLowerWord && tk[a + 1].Is(",") && Lexicon.SubjectOfObjectPronoun(tk[a].Lower) is string subject && Lexicon.Is(subject, WordTag.FirstPerson)) return false;
            if (IsContent(tk, a, e)) return true;
            // "denied wrongdoing", "expressed concern", "announced layoffs": one plain noun is what an act of saying or a stance
            // tagged bare-noun reports ("said goodbye", "told reporters", "supported Sanders" are no such content)
            if (e == a + 1 && entry.Has(VerbTag.BareNoun) && IsBareNoun(tk[a])) return true;
            if (e != a + 1 || !entry.Has(VerbTag.Judgement)) return false;
            var t = tk[a];
            return t.IsCapitalized && !t.Has(WordTag.Time | WordTag.Calendar) || t.IsLowerWord && (t.Has(WordTag.ObjectPronoun) || t.Has(WordGroup.ThingPronoun));
        }

        /// <summary>
        /// A lower-case word that can be a plain noun standing alone as an object: no word of words.txt (no pronoun, determiner,
        /// adverb of the lexicon, phrase of time) but a noun of a tally ("claimed victory"), no adverb in -ly, no past form in
        /// -ed or past or -ing form of a verb of the lexicon ("condemned said", "denied saying"), and no noun of people, whose verb then
        /// has its everyday sense ("confirmed nominees"): "wrongdoing", "concern", "layoffs".
        /// </summary>
        private static bool IsBareNoun(Token t) =>
            t.IsLowerWord && (t.Known is not { } k || (k.Tags & ~WordTag.Tally) == WordTag.None && k.Classes == WordClass.None && k.Groups == WordGroup.None) &&
            !CueLexicon.IsLyAdverb(t) && !CueLexicon.IsEdForm(t) && !(Lexicon.AnyVerb(t.Lower) is { } verb && (verb.IsPast || verb.IsParticiple)) &&
            !t.IsSpeakerNoun(out _, out _);

        /// <summary>
        /// True when the tokens [a, e) can be reported content: two words or more, or a word and a
        /// quotation (content that is only quotations is a direct quote, the quote rules'); not a
        /// short phrase of place or means ("with CNN", "on Twitter").
        /// </summary>
        public static bool IsContent(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e <= a) return false;
            int words = 0;
            bool quote = false;
            for (int i = a; i < e; i++)
            {
                if (tk[i].IsWord) words++;
                else if (tk[i].IsQuote) quote = true;
            }
            if (words == 0 || words == 1 && !quote) return false;
            if (!quote && IsAnonymityRequest(tk, a, e)) return false;
            if (!quote && words <= 4 && tk[a].IsLowerWord && tk[a].Has(WordTag.IntroPhrase) && !tk[a].Has(WordGroup.ToPreposition | WordGroup.Topic)) return false;
            return true;
        }

        /// <summary>
        /// "(said) nothing about the plan", "(was not saying) anything — the club …", "(said) little, offering …", "(proposed)
        /// nothing that would …": an object that says nothing was said, with no finite verb of its own before a mark or a
        /// relative; "nothing would change" and "nothing in the report has changed" are clauses, and content.
        /// </summary>
        private static bool IsVoidObject(IReadOnlyList<Token> tk, int a, int e)
        {
            if (!tk[a].IsLowerWord || !tk[a].Has(WordClass.VoidObject)) return false;
            for (int i = a + 1; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord || t.IsLowerWord && t.Has(WordClass.RelativePronoun)) return true;
                if (t.IsLowerWord && t.Has(WordTag.Finite)) return false;
            }
            return true;
        }

        /// <summary>
        /// "(who asked) not to be named", "(declined) to be identified because …", "(asked) that he not be named": a passive
        /// infinitive of naming, or a that-clause whose verb is a bare "be" of naming after a pronoun or a possessed noun, is a
        /// source's wish to stay unnamed, not words it reports: a naming or characterising participle that ends the content or
        /// stands before a function word, a verb or a mark.
        /// </summary>
        private static bool IsAnonymityRequest(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = SubjunctiveBe(tk, a, e);
            if (i < 0)
            {
                i = a;
                if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Negation)) i++;
                if (i + 2 > e || !tk[i].IsLowerWord || !tk[i].Has(WordGroup.InfinitiveMarker) || !tk[i + 1].Has(WordClass.Be)) return false;
                i += 2;
            }
            if (i < e && CueLexicon.IsLyAdverb(tk[i])) i++;
            if (i >= e || !tk[i].IsLowerWord || !(tk[i].Has(WordTag.Naming) || tk[i].Has(WordTag.Characterising))) return false;
            if (++i >= e) return true;
            var next = tk[i];
            // "… to be named chair of the panel", "… to be identified as the donor": an office or an identity given, not anonymity
            return !next.IsWord || next.IsLowerWord && !next.Has(WordGroup.AsLink) && (next.Has(WordTag.Function) || next.IsVerbForm);
        }

        /// <summary>
        /// "(asked that) he not be …", "(asked) that his name be …": the index after the bare "be" of a that-clause whose subject is a
        /// personal pronoun or a possessed noun (the clause's "that" may stand first), or -1 when the tokens from a open no such clause.
        /// </summary>
        private static int SubjunctiveBe(IReadOnlyList<Token> tk, int a, int e)
        {
            int i = a;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordGroup.Complementizer)) i++;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Possessive))
            {
                int noun = ++i;
                while (i < e && i - noun < 2 && tk[i].IsLowerWord && !tk[i].Has(WordTag.Negation) && !tk[i].Has(WordGroup.BaseBe)) i++;
                if (i == noun) return -1;
            }
            else if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Pronoun) && !tk[i].Has(WordGroup.ThingPronoun)) i++;
            else return -1;
            if (i < e && tk[i].IsLowerWord && tk[i].Has(WordTag.Negation)) i++;
            return i < e && tk[i].IsLowerWord && tk[i].Has(WordGroup.BaseBe) ? i + 1 : -1;
        }

        /// <summary>The index of the first token at or after i that is not a live blog's time stamp or a leading connective ("But", "And", "However,"), at most limit.</summary>
        public static int SkipConnective(IReadOnlyList<Token> tk, int i, int limit)
        {
            // "16.06 The plane made a steep climb, according to radar data": a live blog's time stamp is no part of the content
            int j = Clauses.AfterTimeStamp(tk, i, limit);
            while (j < limit)
            {
                var t = tk[j];
                if (t.IsWord && t.Has(WordTag.Intro)) { j++; continue; }
                if (t.Kind == TokenKind.Punct && (t.Is(",") || t.Is("—") || t.Is("–") || t.Is("--"))) { j++; continue; }
                break;
            }
            return j;
        }

        /// <summary>True when the token at i can start the content of a verb that is also a noun: "that", a determiner, a pronoun, a name, a quotation, a number.</summary>
        private static bool StartsContent(IReadOnlyList<Token> tk, int i, int s1, bool infinitive = false)
        {
            if (i >= s1) return false;
            var t = tk[i];
            if (infinitive && t.IsWord && t.Has(WordGroup.InfinitiveMarker)) return true;   // "hopes to …", "plans to …"
            if (t.IsQuote) return true;
            if (!t.IsWord) return false;
            if (t.IsCapitalized || char.IsDigit(t.Text[0])) return true;
            return t.Has(WordGroup.Complementizer) || IsDeterminer(t.Lower) || t.Has(WordClass.SubjectPronoun | WordClass.Expletive) || t.Has(WordTag.ObjectPronoun);
        }

        /// <summary>
        /// True when the content after a verb starts as content does: not with a mark, a coordinator
        /// ("…, he said, and …") or a preposition of place, time or means ("said after the meeting",
        /// "reported from Kabul", "called into the show"); "to" only for a verb that takes an infinitive.
        /// </summary>
        public static bool StartsAsContent(IReadOnlyList<Token> tk, int c, int e, CueVerb entry)
        {
            if (c >= e) return false;
            var t = tk[c];
            if (t.IsQuote) return true;
            if (!t.IsWord) return false;
            var w = t.Lower;
            // "told just after the bodies arrived": an adverb before a phrase of time or place
            if (c + 1 < e && tk[c + 1].IsLowerWord && (CueLexicon.Is(w, WordTag.CueAdverb) || CueLexicon.IsLyAdverb(t)) && !CueLexicon.Is(w, WordTag.Finite))
                return StartsAsContent(tk, c + 1, e, entry);
            if (Lexicon.Is(w, WordClass.Coordinator)) return false;
            if (t.Has(WordGroup.InfinitiveMarker | WordGroup.ToPreposition)) return entry.Has(VerbTag.Infinitive) || entry.Particle != null;
            if (Lexicon.Is(w, WordClass.AdjunctPreposition)) return false;
            // "thinks about what kind of …", "knew about the plan": a verb of the mind that holds a proposition or knows a thing has
            // none with a topic (a verb of speech reports one: "spoke about how …"; "worried about the economy" is the worry's
            // object; "believe about 40 died" is an amount)
            if (t.IsLowerWord && t.Has(WordGroup.Topic) && !entry.IsSpeech && (entry.Has(VerbTag.Claim) || entry.Has(VerbTag.ObjectSense)) &&
                c + 1 < e && OpensTopic(tk[c + 1])) return false;
            // ("asked whether …": an indirect question is content)
            if (CueLexicon.Is(w, WordTag.IntroPhrase) && !CueLexicon.Is(w, WordTag.Subordinator) && !CueLexicon.Is(w, WordTag.Intro) && !Lexicon.Is(w, WordClass.ContentIntro)) return false;
            return true;
        }

        /// <summary>A word that opens the topic after "about", not an amount: a wh-word, an -ing form, a definite or possessive determiner.</summary>
        private static bool OpensTopic(Token t) =>
            t.IsLowerWord && (t.Has(WordTag.Opener) || t.Has(WordTag.Possessive) || t.Has(WordGroup.DefiniteDeterminer) || CueLexicon.IsIngForm(t));

        /// <summary>True when the clause of the subject is a free relative, a question or a condition ("what X said", "whether X believes", "if they did not confirm").</summary>
        public static bool OpensNonAssertion(IReadOnlyList<Token> tk, Subject subject)
        {
            if (subject.OpenerIndex < 0 || !tk[subject.OpenerIndex].IsWord) return false;
            var w = tk[subject.OpenerIndex].Lower;
            return Lexicon.Is(w, WordClass.NonAssertive);
        }

        /// <summary>
        /// True unless a bare base form has a singular subject ("The Pakistani claim …" is a noun phrase,
        /// not "The Pakistani" claiming): a base form with no auxiliary before it needs "I", "we", "you",
        /// "they", a plural or a coordination as its subject.
        /// </summary>
        public static bool Agrees(IReadOnlyList<Token> tk, VerbCue cue, Subject subject) => Agrees(tk, cue, subject.Mention);

        /// <summary><see cref="Agrees(IReadOnlyList{Token}, VerbCue, Subject)"/> for a subject read anywhere, also after its verb ("…, say officials").</summary>
        public static bool Agrees(IReadOnlyList<Token> tk, VerbCue cue, Mention m)
        {
            if (cue.Entry.Kind != VerbForm.Base) return true;
            // "she continued to say", "he appeared to suggest": an infinitive agrees through the verb that governs it
            if (cue.Verb - 1 > cue.GroupStart && tk[cue.Verb - 1].IsWord && tk[cue.Verb - 1].Has(WordGroup.InfinitiveMarker)) return true;
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
            if (e.Has(VerbTag.Naming) && e.Kind == VerbForm.Past && cue.GroupStart == cue.Verb &&
                !(m.IsPronoun || m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || NamesASpeaker(tk, m)))
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
            if (e.Has(VerbTag.Document) && !e.IsSpeech && !e.Has(VerbTag.Thought) && !thatClause && !NamesADocument(tk, m))
                return false;
            // "I've told them that directly", "The railway disputes that, saying …": "that" is the object, a pronoun, with no clause after it
            if (ThatAsObject(tk, cue.End, contentStart))
                return false;
            // "maintained (that) the plan was fair", not "maintains a wide lead", "accepted $200,000"; refusing
            // an object is a stance ("would not accept the explanation", "refused to accept the findings")
            if (e.Has(VerbTag.Clausal) && !thatClause && OpensObject(tk, contentStart) && !OpensClause(tk, contentStart) && !Refuses(tk, cue))
                return false;
            // "maintains tight control over the ports", "is feeling the pressure", "attacked the guard", "claimed the title", "the
            // blaze claimed two lives": an object that marks the verb's other sense (keeping, feeling, attacking with force,
            // winning or taking) reports nothing ("maintains the ports are safe", "claimed the title was rigged" do)
            if (!thatClause && NounPhraseEnd(tk, contentStart, n => Lexicon.IsSenseObject(e.Lemma, n)) > 0 && !OpensClause(tk, contentStart))
                return false;
            // "to see if the ferry can carry lorries", "we will see whether …": finding out, no view held
            if (e.Has(VerbTag.Inquiry) && contentStart < tk.Count && tk[contentStart].IsLowerWord && tk[contentStart].Has(WordClass.QuestionLead))
                return false;
            // "compared the mayor to a dictator" likens; "compared the blood samples before and after the treatment" measures
            if (e.Has(VerbTag.Likening) && !thatClause && !LikenedToAfter(tk, contentStart))
                return false;
            // "the exposition feels secondary", "this sequence feels authentic": a linking verb with a thing as its
            // subject (a singular description of no person, group, institution or document) says how the thing seems
            if (e.Has(VerbTag.Linking) && IsMindlessThing(tk, m))
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
            // "the inquiry holds that …", not "conventional wisdom holds that …", "an old dictum holds that …": a verb of holding a
            // view only with a subject that may hold one (a person, group, institution or document)
            if (!TakesItsClause(tk, e, contentStart) ||
                e.Has(VerbTag.ThatClause) && !(m.IsPronoun || m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || NamesASpeaker(tk, m) || NamesADocument(tk, m)))
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

        /// <summary>
        /// False for a verb that reports only a clause right after its "that" (tagged that-clause) when none stands at
        /// <paramref name="c"/>: "the inquiry holds that the crews were not warned" reports, "held that seat for years" (a
        /// determiner "that") does not. True for every other verb.
        /// </summary>
        public static bool TakesItsClause(IReadOnlyList<Token> tk, CueVerb entry, int c) =>
            !entry.Has(VerbTag.ThatClause) || c > 0 && c <= tk.Count && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer) && OpensClause(tk, c);

        /// <summary>
        /// True when the words at c are a plain noun phrase object, not a clause: no wh-word or subject pronoun opens them
        /// (after an adverb: "knew instantly what …"), no infinitive, no verb of a clause within reach (<see cref="OpensClause"/>),
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
            else if (tk[c].IsCapitalized && !tk[c].Has(WordTag.Function | WordTag.Determiner | WordTag.Pronoun | WordTag.Calendar | WordTag.Time))
                for (i = c; i < tk.Count && i - c < ObjectNameWords && tk[i].IsWord && tk[i].IsCapitalized && !IsPossessive(tk[i]); i++) { }
            // "called 911", "called police after the crash", "called police to report …": a noun one telephones
            // after which "to" opens a purpose, not what the object is likened to
            else if ((i = NounPhraseEnd(tk, c, Lexicon.IsCallObject)) > 0)
            {
                // "called her cellphone twice", "called police repeatedly": an adverb of how often is no name for the object
                while (i < tk.Count && tk[i].IsLowerWord && tk[i].Has(WordTag.CueAdverb)) i++;
                int k = SkipTimePhrase(tk, i, tk.Count);
                if (k < tk.Count && tk[k].IsLowerWord && tk[k].Has(WordGroup.ToPreposition)) return true;
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

        /// <summary>How many words an object read by its head noun runs to at most ("her new work cellphone", "the 2026 world title").</summary>
        private const int HeadedObjectWords = 4;

        /// <summary>
        /// The index after a noun phrase at <paramref name="c"/> of at most <see cref="HeadedObjectWords"/> lower-case words or
        /// numbers whose last word is a noun that <paramref name="isHead"/> accepts, or -1: a noun one telephones
        /// (<see cref="Lexicon.IsCallObject"/>: "911", "police", "her cellphone", "the hotline"), a noun that marks a verb's
        /// other sense (<see cref="Lexicon.IsSenseObject"/>: "the title" after "claim", "tight control" after "maintain").
        /// </summary>
        private static int NounPhraseEnd(IReadOnlyList<Token> tk, int c, Func<string, bool> isHead)
        {
            for (int i = c; i < tk.Count && i - c < HeadedObjectWords; i++)
            {
                var t = tk[i];
                if (!t.IsWord || !(t.IsLowerWord || char.IsDigit(t.Text[0]))) return -1;
                if (isHead(t.Lower)) return i + 1;
            }
            return -1;
        }

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
        public static bool OpensClause(IReadOnlyList<Token> tk, int c)
        {
            if (c >= tk.Count) return false;
            if (tk[c].IsWord && CueLexicon.IsSubjectPronoun(tk[c].Lower) && !tk[c].Has(WordGroup.ThingPronoun)) return true;
            for (int i = c; i < tk.Count && i - c <= ClauseVerbReach; i++)
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
            {
                if (!tk[i].IsWord) continue;
                var w = tk[i].Lower;
                if (Lexicon.IsSpeakerNoun(w, out _, out _) || Lexicon.IsOrganisationWord(w) || Lexicon.IsDocumentWord(w)) return true;
            }
            return false;
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

        /// <summary>
        /// True when the subject opens the that-clause of a verb of saying ("The paper adds that the military still maintains …"): what
        /// the clause's own verb reports is a report inside the outer one only for a denial ("noted that the army had rejected the
        /// report") or a stance over a clause ("maintains its soldiers did not fire", "claimed that …"; see <see cref="ReportsInsideSaid"/>).
        /// </summary>
        public static bool OpensSaidThatClause(IReadOnlyList<Token> tk, Subject subject)
        {
            int o = subject.OpenerIndex;
            return o >= 0 && tk[o].IsWord && tk[o].Has(WordGroup.Complementizer) && subject.Mention.Start != o && AfterVerbOfSaying(tk, o);
        }

        /// <summary>
        /// For a subject that <see cref="OpensSaidThatClause"/>, true when its own verb reports a stance of its own: a denial, or a
        /// stance whose content is a clause (a verb tagged clausal, or content after "that"). Not a plain verb of saying or telling
        /// ("acknowledged that the coalition had not told its officers": an event the outer speaker reports), a judgement ("noted that
        /// he supported the decision": an act), a stance over a noun phrase ("wrote that he had claimed a loss"), nor a denial in the
        /// progressive ("said that he was not contradicting his stance": what he is doing, not what he denies).
        /// </summary>
        public static bool ReportsInsideSaid(IReadOnlyList<Token> tk, CueVerb cue, int cueEnd, int c) =>
            cue.Kind != VerbForm.Gerund && cue.Has(VerbTag.Denial) ||
            cue.Has(VerbTag.Stance) && (cue.Has(VerbTag.Clausal) || c > cueEnd && tk[c - 1].IsWord && tk[c - 1].Has(WordGroup.Complementizer));

        /// <summary>True when the word right before token o is a verb of saying or writing in a form that is no noun's ("noted", "added", "says").</summary>
        private static bool AfterVerbOfSaying(IReadOnlyList<Token> tk, int o)
        {
            if (o < 1 || !tk[o - 1].IsLowerWord) return false;
            var verb = EntryAt(tk, o - 1, tk.Count, out int end);
            return verb != null && end == o && verb.Has(VerbTag.Speech) && !verb.Has(VerbTag.Manner) && (!verb.Has(VerbTag.Noun) || verb.Kind == VerbForm.Past);
        }

        /// <summary>
        /// True for a belief or wish of a pronoun inside what a speech verb reports ("He said he hoped
        /// …", "said that she plans …"): the report is the attribution; the inner verb is part of it.
        /// </summary>
        public static bool IsNestedThought(IReadOnlyList<Token> tk, Subject subject, CueVerb entry)
        {
            if (entry.IsSpeech || !subject.Mention.IsPronoun && subject.Mention.Kind != MentionKind.Pronoun) return false;
            int o = subject.OpenerIndex;
            if (o < 0 || !tk[o].IsWord) return false;
            if (tk[o].Has(WordGroup.Complementizer) && o > 0) o--;
            var outer = EntryAt(tk, o, tk.Count, out _);
            return outer != null && outer.IsSpeech;
        }

        /// <summary>
        /// True for a pronoun subject that opens, with no "that", the content of a speech verb right before it
        /// ("Grassley said he would welcome Cruz", "voters said they support the ban", "told reporters he backs …"):
        /// the clause is what the outer verb reports, not a report of its own.
        /// </summary>
        public static bool OpensReportedClause(IReadOnlyList<Token> tk, Subject subject)
        {
            var m = subject.Mention;
            if (!m.IsPronoun || m.Owner != null || m.Start < 1) return false;
            int v = m.Start - 1;
            // "told reporters he …", "told him she …": over the addressee of a verb that takes one
            bool addressee = false;
            if (tk[v].IsLowerWord && (tk[v].Has(WordTag.ObjectPronoun) || tk[v].IsSpeakerNoun(out _, out bool plural) && plural) && v >= 1)
            {
                v--;
                addressee = true;
            }
            if (!tk[v].IsLowerWord) return false;
            var outer = EntryAt(tk, v, tk.Count, out int end);
            return outer != null && end == (addressee ? v + 2 : m.Start) && outer.IsSpeech && (!addressee || outer.TakesAddressee);
        }

        /// <summary>True when the subject follows a quotation with nothing but marks between ("“…,” he said after the meeting"): a quote's attribution.</summary>
        public static bool FollowsQuotation(IReadOnlyList<Token> tk, Subject subject, int s0)
        {
            for (int i = subject.Mention.Start - 1; i >= s0; i--)
            {
                if (tk[i].IsQuote)
                {
                    // the quotation opens the sentence: it is what the attribution attributes
                    for (int j = i - 1; j >= s0; j--)
                        if (tk[j].IsWord) return false;
                    return true;
                }
                if (tk[i].IsWord) return false;
            }
            return false;
        }

        /// <summary>The source of the nearest cue verb before token k in the sentence ("…,” the mayor said, adding …"): its subject, or the mention after it when inverted.</summary>
        public static Mention? NearestSpeakerBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int s1, int k)
        {
            for (int v = k - 1; v >= s0 && k - v <= SubjectReach; v--)
            {
                var cue = FiniteVerbAt(tk, v, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech) continue;
                var subject = SubjectBefore(mp, tk, s0, cue.GroupStart);
                if (subject != null) return subject.Mention;
                if (cue.GroupStart > s0 && tk[cue.GroupStart - 1].Is(",") || cue.GroupStart > s0 && tk[cue.GroupStart - 1].IsQuote)
                {
                    var m = mp.Parse(tk, cue.End, k, inverted: true);
                    if (m != null) return m;
                }
                return null;
            }
            return null;
        }

        /// <summary>
        /// The end of an attribution that closes its content: after the verb (or the inverted subject)
        /// only an addressee, a day, a setting ("in a statement", "at a rally", "on Twitter") and then
        /// the end of the sentence or a comma. <paramref name="after"/> is the first token past it.
        /// </summary>
        public static bool TailOfAttribution(IReadOnlyList<Token> tk, CueVerb entry, int from, int s1, out int after)
        {
            int j = from;
            // "…, his mother refused to teach him": a verb that takes an infinitive has it as its object, no tail
            if (entry.Has(VerbTag.Infinitive) && j + 1 < s1 && tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker) && tk[j + 1].IsLowerWord && !IsDeterminer(tk[j + 1].Lower))
            {
                after = j;
                return false;
            }
            if (entry.TakesAddressee && j < s1 && tk[j].IsWord)
            {
                if (tk[j].Has(WordTag.ObjectPronoun)) j++;
                else if (tk[j].IsCapitalized)
                    while (j < s1 && j - from < 6 && (tk[j].IsCapitalized || tk[j].IsWord && tk[j].Has(WordClass.NameInfix) && j + 1 < s1 && tk[j + 1].IsCapitalized)) j++;
                else
                {
                    int x = j;
                    if (IsDeterminer(tk[x].Lower)) x++;
                    while (x < s1 && x - j < 4 && tk[x].IsLowerWord && !tk[x].Has(WordTag.Opener) && !tk[x].Has(WordTag.IntroPhrase) && !tk[x].Has(WordTag.Finite) && !CueLexicon.IsSubjectPronoun(tk[x].Lower)) x++;
                    j = x;
                }
                // "urged the nation to pray": after its addressee a verb that takes an infinitive has its content, not a tail
                if (j > from && entry.Has(VerbTag.Infinitive) && j + 1 < s1 && tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker) && tk[j + 1].IsLowerWord && !IsDeterminer(tk[j + 1].Lower))
                {
                    after = j;
                    return false;
                }
            }
            // phrases of time, place and means: at most three, each a preposition and a few words
            for (int guard = 0; guard < 3 && j < s1; guard++)
            {
                int t = SkipTimePhrase(tk, j, s1);
                if (t > j) { j = t; continue; }
                if (tk[j].IsLowerWord && tk[j].Has(WordTag.IntroPhrase) && !tk[j].Has(WordGroup.Complementizer) && !tk[j].Has(WordTag.Opener) || tk[j].IsLowerWord && tk[j].Has(WordGroup.InfinitiveMarker))
                {
                    // "(he should have insisted) on getting all of them out", "(who have insisted) on acting now": a preposition before an
                    // -ing form opens what the verb is about, no setting of it, unless it opens settings ("said in posing the question")
                    if (j + 1 < s1 && CueLexicon.IsIngForm(tk[j + 1]) && !tk[j].Has(WordGroup.Setting)) break;
                    int x = j + 1, n = 0;
                    while (x < s1 && n < 7 && tk[x].IsWord && !(tk[x].IsLowerWord && (tk[x].Has(WordTag.Finite) || tk[x].Has(WordTag.Opener) || CueLexicon.IsSubjectPronoun(tk[x].Lower)))) { x++; n++; }
                    if (n == 0) break;
                    j = x;
                    continue;
                }
                break;
            }
            after = j;
            if (j >= s1) return true;
            if (tk[j].Is(",")) return true;
            for (int i = j; i < s1; i++)
                if (tk[i].IsWord || tk[i].IsQuote) return false;
            return true;
        }

        /// <summary>
        /// "Tomas Reyes, asked about the vote, said, …", "A spokesman, asked about the vote, said": a participle right after
        /// the subject's comma that opens an aside closed by a comma, with the cue right after it
        /// (<see cref="MentionParser.ParticipleAsideBeforeCue"/>), is no verb of the subject's: the cue after the aside is.
        /// Only right after the subject's own comma (after an apposition, "Jo Bell, the mayor, repeated …" is the verb).
        /// </summary>
        public static bool OpensParticipleAside(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, Subject subject, int s1) =>
            cue.GroupStart == cue.Verb && subject.Mention.End == cue.Verb - 1 && subject.Mention.Apposition == null && tk[cue.Verb - 1].Is(",") &&
            mp.ParticipleAsideBeforeCue(tk, cue.Verb, s1) > cue.Verb;

        /// <summary>
        /// "The biggest reason teams lose, writes Daniel Moore, is …": a verb that inverts, after a comma and right before
        /// a name that closes the aside (a comma or the sentence's end after it), has its subject after it; the words
        /// before the comma are what is reported, not who reports it.
        /// </summary>
        public static bool IsInvertedAside(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, int s0, int s1)
        {
            if (cue.GroupStart != cue.Verb || cue.Verb - 1 < s0 || !tk[cue.Verb - 1].Is(",")) return false;
            if (!cue.Entry.Has(VerbTag.Inverting) || cue.Entry.TakesAddressee || cue.End >= s1) return false;
            var m = InvertedSubject(mp, tk, cue, s1, out _);
            if (m == null) return false;
            if (IsNameAfterDescription(tk, cue, m)) return m.End >= s1 || tk[m.End].Is(",") || tk[m.End].Is(".");
            if (m.Start != cue.End) return false;
            if ((m.Kind == MentionKind.Name || IsCoordinatedName(tk, m)) && tk[cue.End].IsCapitalized)
            {
                int after = m.End;
                return after >= s1 || tk[after].Is(",") || tk[after].Is(".");
            }
            // "…, says political scientist Jo Bell in Oslo.": a name after a role written in lower case, closing the sentence
            if (m.Kind == MentionKind.Name && m.Title != null && m.Owner == null)
                return TailOfAttribution(tk, cue.Entry, m.End, s1, out int end) && (end >= s1 || !tk[end].Is(","));
            return IsInvertedDescription(tk, cue, m, s1);
        }

        /// <summary>
        /// "…, said a longtime party member.", "…, said one source in the room.", "…, said an aide, who …": after an
        /// inverting verb, a description led by a determiner whose head names a speaker, closing the sentence (with at
        /// most a phrase of place or time) or followed by a relative clause about it.
        /// </summary>
        private static bool IsInvertedDescription(IReadOnlyList<Token> tk, VerbCue cue, Mention m, int s1)
        {
            if (m.Kind != MentionKind.Description || m.Owner != null || !tk[m.Start].IsLowerWord || !tk[m.Start].Has(WordTag.Determiner)) return false;
            if (!Lexicon.IsSpeakerNoun(m.Head, out _, out _)) return false;
            if (!TailOfAttribution(tk, cue.Entry, m.End, s1, out int after)) return false;
            if (after >= s1 || !tk[after].Is(",")) return true;
            return after + 1 < s1 && tk[after + 1].IsLowerWord && IsRelativePronoun(tk[after + 1].Lower) && !tk[after + 1].Has(WordGroup.Complementizer);
        }

        /// <summary>"…, said the minister, who …": the mention after an inverted verb, reaching the end of its clause.</summary>
        public static Mention? InvertedSubject(MentionParser mp, IReadOnlyList<Token> tk, VerbCue cue, int s1, out int next)
        {
            next = cue.End;
            var m = mp.Parse(tk, cue.End, s1, inverted: true);
            if (m == null) return null;
            // "…, reported it to the police": the pronoun of a thing after a verb is its object; a subject after its verb is a
            // person's ("…, said he")
            if (m.IsPronoun && tk[m.Start].IsLowerWord && tk[m.Start].Has(WordGroup.ThingPronoun)) return null;
            if (CoordinatedAfterName(mp, tk, m, s1) is { } both) m = both;
            // "…, said the minister, Jo Bell.": the name after the description is the one who spoke
            else if (m.Start == cue.End && Clauses.NameAfterDescription(mp, tk, m, s1, closing: true, out _) is { } named) m = named;
            next = m.Next;
            return m;
        }

        /// <summary>True for the source that <see cref="InvertedSubject"/> read as the name after a description: "said the minister, Jo Bell".</summary>
        private static bool IsNameAfterDescription(IReadOnlyList<Token> tk, VerbCue cue, Mention m) =>
            m.Kind is MentionKind.Name or MentionKind.Organisation && m.Start > cue.End && tk[cue.End].IsLowerWord && tk[m.Start - 1].Is(",") && m.Apposition != null;

        /// <summary>
        /// "…, said Jo Doyle and others.", "…, said Lena Ortiz and two other skippers.": a name with no apposition, "and" or
        /// "or", then a second name or a noun phrase of people (a speaker noun or a quantifier at its head) that closes the
        /// sentence or its clause: one source, both of them. Null for any other shape.
        /// </summary>
        private static Mention? CoordinatedAfterName(MentionParser mp, IReadOnlyList<Token> tk, Mention m, int s1)
        {
            if (m.Kind != MentionKind.Name || m.Apposition != null || m.Next != m.End) return null;
            int n = m.End;
            if (n + 1 >= s1 || !tk[n].IsLowerWord || !tk[n].Has(WordClass.ListCoordinator)) return null;
            int e = n + 1;
            while (e < s1 && tk[e].IsWord) e++;
            if (e == n + 1 || e < s1 && !ClosesClause(tk, e, s1)) return null;
            var second = mp.Parse(tk, n + 1, e, inverted: true);
            if (second == null || second.IsPronoun || second.Owner != null || Math.Max(second.Next, second.End) != e) second = GenericNounPhrase(tk, n + 1, e);
            if (second == null || second.End != e) return null;
            bool people = second.Kind == MentionKind.Name || Lexicon.IsSpeakerNoun(second.Head, out _, out _) || Lexicon.Is(second.Head, WordClass.Quantifier);
            return people ? MentionParser.Coordinated(tk, m, second) : null;
        }

        /// <summary>True for a source that <see cref="CoordinatedAfterName"/> made: a name first, then "and" or "or" inside the mention.</summary>
        private static bool IsCoordinatedName(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Description || !tk[m.Start].IsCapitalized) return false;
            for (int i = m.Start + 1; i < m.End - 1; i++)
                if (tk[i].IsLowerWord && tk[i].Has(WordClass.ListCoordinator)) return true;
            return false;
        }

        /// <summary>True when the tokens [a, e) hold an auxiliary, a clause opener or a cue verb: a clause, not a modifier.</summary>
        private static bool HasClauseWord(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
            {
                var t = tk[i];
                if (!t.IsWord) { if (t.IsQuote) return true; continue; }
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || t.Has(WordTag.Opener) && !t.Has(WordGroup.Additive) || EntryAt(tk, i, e, out _) != null)) return true;
            }
            return false;
        }

        /// <summary>"him", "her", "them" at i as a source ("according to him", "quoted her as saying"): the pronoun, resolved as its subject form is; else null.</summary>
        public static Mention? ObjectPronoun(IReadOnlyList<Token> tk, int i) =>
            tk[i].IsWord && Lexicon.SubjectOfObjectPronoun(tk[i].Lower) is string subjectForm
                ? new Mention { Kind = MentionKind.Pronoun, Start = i, End = i + 1, Next = i + 1, Determiner = subjectForm, CharStart = tk[i].Start, CharEnd = tk[i].End, Text = tk[i].Text }
                : null;

        /// <summary>The source after "according to": a mention, else the noun phrase up to the next comma (at most twelve words).</summary>
        public static Mention? MentionAfter(MentionParser mp, IReadOnlyList<Token> tk, int i, int s1, out int next)
        {
            next = i;
            // "according to him": the pronoun, resolved as "he" is
            if (i < s1 && ObjectPronoun(tk, i) is { } pronoun)
            {
                next = i + 1;
                return pronoun;
            }
            int limit = i;
            while (limit < s1 && !tk[limit].Is(",") && !tk[limit].Is(";") && !tk[limit].IsQuote && !(tk[limit].Kind == TokenKind.Punct && (tk[limit].Is(".") || tk[limit].Is("—")))) limit++;
            var m = mp.Parse(tk, i, limit, inverted: true);
            if (m != null && !m.IsPronoun || m != null && m.Next >= limit)
            {
                // "people close to the council": the words up to the comma still describe the source
                if (m.End < limit && limit - m.Start <= 12 && !m.IsPronoun && m.Owner == null && !HasClauseWord(tk, m.End, limit))
                {
                    m.PostModifier ??= MentionParser.Join(tk, m.End, limit);
                    // "said a spokesman reached by phone": the words to the head stay the head's ("spokesman", not "phone")
                    if (m.Kind == MentionKind.Description) m.HeadText ??= HeadBeforeDescribingPhrase(tk, m, limit);
                    m.Text = MentionParser.Join(tk, m.Start, limit);
                    m.CharEnd = tk[limit - 1].End;
                }
                next = m.Next < limit ? limit : m.Next;
                return m;
            }
            if (limit == i || limit - i > 12 || !tk[i].IsWord) return null;
            var d = new Mention { Kind = MentionKind.Description, Start = i, End = limit, Next = limit, Head = tk[limit - 1].Lower, CharStart = tk[i].Start, CharEnd = tk[limit - 1].End, Text = MentionParser.Join(tk, i, limit) };
            // "according to a CNN/ORC survey conducted this month": the survey, not "month"
            TakeListedHead(tk, d, i);
            // "according to astronomers at the University of Padova": the plural the phrase describes, not "Padova"
            if (d.HeadText == null) TakePluralHead(tk, d, i);
            next = limit;
            return d;
        }

        /// <summary>
        /// "Throughout the 2000s, …", "Arriving upon the scene, …", "Facing mounting criticism, …": one capitalised word right
        /// before a determiner, or one in -ing right before a grammar word ("upon", "to"; not "and") or a lower-case word that is
        /// no verb, opens a phrase (a preposition, a participle), not the subject of the sentence; a subject's next word is its
        /// verb ("Bell said", "Manning told"). The one test of it, for the sentence's subject (<see cref="SentenceSubject"/>)
        /// and for a subject that a participle joined to another may take (Clauses).
        /// </summary>
        internal static bool OpensPhrase(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Name || m.End - m.Start != 1) return false;
            var next = tk[m.Next];
            return IsDeterminer(next.Lower) || CueLexicon.EndsInIng(tk[m.Start].Lower) &&
                (next.Has(WordTag.Function) && !next.Has(WordClass.ListCoordinator) || next.IsLowerWord && !next.IsVerbForm);
        }

        /// <summary>
        /// The subject that opens the sentence (after an introductory phrase and a connective): the
        /// mention at its start followed by a verb in lower case before token k.
        /// </summary>
        public static Mention? SentenceSubject(MentionParser mp, IReadOnlyList<Token> tk, int s0, int k)
        {
            int a = SkipConnective(tk, s0, k);
            if (a < k && tk[a].IsWord && (tk[a].Has(WordTag.IntroPhrase) || TimePhraseBeforeComma(tk, a, k)))
            {
                int c = a;
                while (c < k && !tk[c].Is(",")) c++;
                if (c >= k) return null;
                a = SkipConnective(tk, c + 1, k);
            }
            if (a >= k) return null;
            var m = mp.Parse(tk, a, k, inverted: false);
            if (m == null || m.Next >= k || !tk[m.Next].IsLowerWord) return null;
            return OpensPhrase(tk, m) ? null : m;
        }

        /// <summary>
        /// True when token k stands inside what another source reports: the content of an attribution
        /// already decided, or the complement of an earlier speech verb of the sentence that has a
        /// subject ("X said [the campaign planned …]").
        /// </summary>
        public static bool InsideReport(MentionParser mp, ReportIndex index, AnalysedParagraph p, int s0, int s1, int k)
        {
            var tk = p.Tokens;
            if (index.Covers(p, k)) return true;
            for (int v = k - 1; v >= s0 && k - v <= SubjectReach; v--)
            {
                var cue = FiniteVerbAt(tk, v, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech || cue.Purpose) continue;
                if (cue.End > k) continue;
                if (SubjectBefore(mp, tk, s0, cue.GroupStart) == null) continue;
                return ContentStartAfter(tk, cue, s1) <= k;
            }
            return false;
        }

        /// <summary>The source of the last attribution whose cue stands in the sentence before token k (one with a source of its own).</summary>
        public static Mention? EarlierSource(ReportIndex index, AnalysedParagraph p, int s0, int k) =>
            index.LastWithCue(p, p.Start + p.Tokens[s0].Start, p.Start + p.Tokens[k].Start)?.Source;

        /// <summary>True when a verbal group with a cue verb starts at i ("said", "also told", "has denied").</summary>
        internal static bool StartsCueGroup(IReadOnlyList<Token> tk, int i, int s1)
        {
            int j = i;
            while (j < s1 && j - i < 4 && tk[j].IsLowerWord && (tk[j].Has(WordTag.Finite | WordTag.CueAdverb | WordTag.Negation) || CueLexicon.IsLyAdverb(tk[j]))) j++;
            var e = j < s1 ? EntryAt(tk, j, s1, out _) : null;
            return e != null && e.Kind != VerbForm.Gerund && e.Kind != VerbForm.Base;
        }

        /// <summary>True when the tokens [a, e) hold at least one word outside quotation marks.</summary>
        public static bool HasWords(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsWord) return true;
            return false;
        }

        /// <summary>True when the tokens [a, e) hold a quotation.</summary>
        public static bool HasQuote(IReadOnlyList<Token> tk, int a, int e) => FirstQuote(tk, a, e) >= 0;

        /// <summary>The index of the first quotation among the tokens [a, e), or -1 when there is none.</summary>
        public static int FirstQuote(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsQuote) return i;
            return -1;
        }

        /// <summary>
        /// An attribution of the content tokens [a, e) of a paragraph: Indirect, or Mixed with the
        /// quotations inside it (which take its source as their speaker).
        /// </summary>
        public static FoundAttribution Make(string rule, AnalysedParagraph p, int a, int e, int cueStart, int cueEnd, Mention source)
        {
            var tk = p.Tokens;
            // "(Yes, we know, guacamole is extra.)": the bracket that opens a sentence in brackets is not its words
            if (a + 1 < e && tk[a].Is("(") && !ClosesBracket(tk, a + 1, e)) a++;
            int start = p.Start + tk[a].Start, end = p.Start + tk[e - 1].End;
            var found = new FoundAttribution(rule, p, HasQuote(tk, a, e) ? AttributionKind.Mixed : AttributionKind.Indirect, TextSpan.FromTo(start, end))
            {
                Cue = TextSpan.FromTo(p.Start + tk[cueStart].Start, p.Start + tk[cueEnd - 1].End),
                CueWords = new CueMatch(MentionParser.Join(tk, cueStart, cueEnd), cueStart, cueEnd, null),
                Source = source,
                SourceParagraph = p,
                SourceTokens = tk,
            };
            return found;
        }

        /// <summary>True when a closing bracket stands among tokens [a, e).</summary>
        private static bool ClosesBracket(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].Is(")")) return true;
            return false;
        }

        /// <summary>True when another attribution already uses the cue that starts at token k of the paragraph.</summary>
        public static bool IsCueUsed(AttributionContext ctx, AnalysedParagraph p, int k) => ctx.AttributionWithCue(p.Start + p.Tokens[k].Start) != null;

        /// <summary>The quotation of the document that is token k of the paragraph (binary search over the document's quotations).</summary>
        public static QuotationRef? QuotationAt(AnalysedDocument doc, AnalysedParagraph p, int k)
        {
            var list = doc.Quotations;
            int lo = 0, hi = list.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                var q = list[mid];
                int c = q.Paragraph.Index != p.Index ? q.Paragraph.Index.CompareTo(p.Index) : q.Token.CompareTo(k);
                if (c == 0) return q;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return null;
        }
    }

    /// <summary>
    /// The attributions decided before a rule runs, indexed by paragraph: which tokens their contents
    /// cover, and their cues in order. Built once per rule run, in time linear in what they cover.
    /// </summary>
    internal sealed class ReportIndex
    {
        // by the paragraph's index in the document (arrays of the paragraphs' number, not tables: the index is made twice a document)
        private readonly List<FoundAttribution>?[] _byCue;
        private readonly bool[]?[] _covered;

        public ReportIndex(AttributionContext ctx)
        {
            int paragraphs = ctx.Document.Paragraphs.Count;
            _byCue = new List<FoundAttribution>?[paragraphs];
            _covered = new bool[]?[paragraphs];
            foreach (var f in ctx.Found)
            {
                var p = f.Paragraph;
                var covered = _covered[p.Index] ??= new bool[p.Tokens.Count];
                // a labelled turn ("NADIA HAQ: …", "A: …") is the speaker's own voice, not a report that takes in the
                // beliefs and judgements of those its sentences name ("Senior officers still believe …")
                bool turn = f.IsTurn;
                int a = p.TokenAt(f.Content.Start - p.Start), e = p.TokenAt(f.Content.End - p.Start);
                for (int i = a; i < e && i < covered.Length && !turn; i++)
                {
                    int at = p.Start + p.Tokens[i].Start;
                    if (f.Cue is { } c && c.Start <= at && at < c.End) continue;
                    covered[i] = true;
                }
                if (f.Cue != null && f.Source != null && f.SourceParagraph == p)
                {
                    (_byCue[p.Index] ??= new List<FoundAttribution>()).Add(f);
                }
            }
            foreach (var list in _byCue) list?.Sort((x, y) => x.Cue!.Value.Start.CompareTo(y.Cue!.Value.Start));
        }

        /// <summary>True when token k of the paragraph lies inside the content of an attribution (not its own cue).</summary>
        public bool Covers(AnalysedParagraph p, int k) => _covered[p.Index] is { } c && k < c.Length && c[k];

        /// <summary>The attribution (with a source of its own in the paragraph) whose cue starts last in [from, to) (file offsets), or null.</summary>
        public FoundAttribution? LastWithCue(AnalysedParagraph p, int from, int to)
        {
            var list = _byCue[p.Index];
            if (list == null) return null;
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (list[mid].Cue!.Value.Start < to) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && list[lo - 1].Cue!.Value.Start >= from ? list[lo - 1] : null;
        }
    }
}
