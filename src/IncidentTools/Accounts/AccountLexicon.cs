using System;
using System.Collections.Generic;
using System.Linq;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// The word lists of the accounts stage, read once from the embedded resources
    /// <c>accounts-*.txt</c> (negators, group nouns, stop words, words of speakers of no party,
    /// name heads) and, from the one lexicon (<see cref="Text.Lexicon"/>), the reporting verbs tagged claim,
    /// the institutional speaker and organisation words and the abbreviations.
    /// </summary>
    internal sealed class AccountLexicon
    {
        private static readonly TracedLazy<AccountLexicon> _default = new TracedLazy<AccountLexicon>(Load);

        public static AccountLexicon Default => _default.Value;

        private AccountLexicon(
            Dictionary<string, string> verbForms,
            IReadOnlyList<string[]> negators,
            IReadOnlyList<string[]> notNegators,
            HashSet<string> claimNouns,
            HashSet<string> thatClaimNouns,
            HashSet<string> accountNouns,
            IReadOnlyList<string[]> falsity,
            IReadOnlyList<string[]> scorn,
            HashSet<string> rejecting,
            HashSet<string> accepting,
            IReadOnlyList<string> negativePrefixes,
            HashSet<string> speakerNouns,
            HashSet<string> groupNouns,
            HashSet<string> abbreviations,
            HashSet<string> stopWords,
            HashSet<string> unaffiliatedWords,
            HashSet<string> nameHeads)
        {
            UnaffiliatedWords = unaffiliatedWords;
            NameHeads = nameHeads;
            Stance = Text.Lexicon.Lines("accounts-stance.txt").Select(StanceLine).ToLookup(x => x.Tag, x => x.Word);
            ScopeEnds = Set(Stance["scope-end"]);
            RelativeScopeEnds = Set(Stance["relative-scope"]);
            OtherAttackers = Set(Stance["other-attacker"]);
            OpenWords = Set(Stance["open"]);
            SpeculatingVerbs = Set(Stance["speculating"]);
            DecliningVerbs = Set(Stance["declining"]);
            AuthorityReasons = Set(Stance["authority"]);
            AuthorityEchoes = Set(Stance["authority-echo"]);
            NounNegators = Set(Stance["noun-negator"]);
            PresentBe = Set(Stance["present-be"]);
            Demonstratives = Set(Stance["demonstrative"]);
            VersionFirst = Set(Stance["version-first"]);
            VersionNext = Set(Stance["version-next"]);
            NamingNouns = Set(Stance["naming-noun"]);
            AskedWords = Set(Stance["asked"]);
            PurposeWords = Set(Stance["purpose"]);
            ConsequentWords = Set(Stance["consequent"]);
            SupposingModals = Set(Stance["supposing"]);
            AskingVerbs = Set(Stance["asking"]);
            RhetoricalWords = Set(Stance["rhetorical"]);
            DoubtingPhrases = new PhraseList(Stance["doubting"].Select(Words));
            DeniedDoubtingPhrases = new PhraseList(Stance["denied-doubting"].Select(Words));
            ReticentPhrases = new PhraseList(Stance["reticent"].Select(Words));
            WithholdingPhrases = new PhraseList(Stance["withholding"].Select(Words));
            JudgingVerbs = Set(Stance["judging"]);
            EchoNegators = Stance["echo"].Select(Words).ToList();
            AddresseePossessives = Set(Stance["addressee"]);
            TopicWords = Set(Stance["topic"]);
            Modals = Set(Stance["modal"]);
            PassiveWords = Set(Stance["passive"]);
            Participles = Set(Stance["participle"]);
            TargetPrepositions = Set(Stance["target"]);
            StrandedWords = Set(Stance["stranded"]);
            AgentPrepositions = Set(Stance["agent"]);
            PlacePrepositions = Set(Stance["place"]);
            Terrain = Set(Stance["terrain"]);
            PlaceNaming = Set(Stance["place-naming"]);
            PlaceJoiners = Set(Stance["place-joiner"]);
            WhereNouns = Set(Stance["where-noun"]);
            WhereBreaks = Set(Stance["where-break"]);
            AimVerbs = Set(Stance["aim-verb"]);
            HarmVerbs = Set(Stance["harm-verb"]);
            TellingVerbs = Set(Stance["telling-verb"]);
            NestedTelling = Set(Stance["nested-telling"]);
            ListenerEnds = Set(Stance["listener-end"]);
            FormalManner = Set(Stance["formal-manner"]);
            TruthObjects = Set(Stance["truth-object"]);
            NilObjects = new PhraseList(Stance["nil-object"].Select(Words));
            NegativeSubjects = new PhraseList(Stance["negative-subject"].Select(Words));
            Warnings = Stance["warning"].Select(Words).ToList();
            FutureModals = Set(Stance["future"]);
            Affirmations = Set(Stance["affirm"]);
            Denials = Set(Stance["deny"]);
            AffirmingEnds = Stance["answer-affirm"].ToList();
            DenyingEnds = Stance["answer-deny"].ToList();
            RefusedAffirmations = Set(Stance["refused-affirm"]);
            Changing = Set(Stance["changing"]);
            Excusing = Set(Stance["excusing"]);
            Factive = Set(Stance["factive"]);
            DoubtingVerbs = Set(Stance["doubting-verb"]);
            HeldNouns = Set(Stance["held"]);
            ExcessWords = Set(Stance["excess"]);
            ExcessVerbs = Set(Stance["excess-verb"]);
            StanceNouns = Set(Stance["stance-noun"]);
            StanceVerbs = Set(Stance["stance-verb"]);
            PassingVerbs = Set(Stance["passing-verb"]);
            FindingsNouns = Set(Stance["findings-noun"]);
            AuthoredFindings = Set(Stance["authored-findings"]);
            InclusionWords = Set(Stance["inclusion"]);
            VerbForms = verbForms;
            Negators = new PhraseList(negators);
            NotNegators = new PhraseList(notNegators);
            ClaimNouns = claimNouns;
            ThatClaimNouns = thatClaimNouns;
            AccountNouns = accountNouns;
            Falsity = new PhraseList(falsity);
            Scorn = new PhraseList(scorn);
            Rejecting = rejecting;
            Accepting = accepting;
            NegativePrefixes = negativePrefixes;
            SpeakerNouns = speakerNouns;
            GroupNouns = groupNouns;
            Abbreviations = abbreviations;
            StopWords = stopWords;
            // (every word that may open another's report: a conjunction of time, a claim noun, a form of a reporting verb or of a
            // phrasal cue's verb, all of which are forms of reporting-verbs.txt)
            var opening = new HashSet<string>(ScopeEnds, StringComparer.OrdinalIgnoreCase);
            opening.UnionWith(claimNouns);
            opening.UnionWith(StanceNouns);
            foreach (var sv in StanceVerbs) opening.Add(sv.Split(' ')[0]);
            opening.UnionWith(PassingVerbs);
            foreach (var v in Text.Lexicon.ReportingVerbs)
            {
                opening.Add(v.Key);
                opening.Add(v.Value.Form);
            }
            ReportOpeningWords = opening;
        }

        /// <summary>
        /// The words at which <see cref="ClaimReader"/> may find another side's report beginning: <see cref="ScopeEnds"/>, <see cref="ClaimNouns"/>, <see cref="StanceNouns"/>
        /// and every form of reporting-verbs.txt (the verbs of <see cref="ReportingVerb"/>, of the cue lexicon and of its phrasal cues).
        /// A word outside it is none of these, so it is passed over with one look-up instead of one for each list.
        /// </summary>
        public HashSet<string> ReportOpeningWords { get; }

        private ILookup<string, string> Stance { get; }

        /// <summary>Wh-words that open a question after a verb of asking ("asked why …"): asked.</summary>
        public HashSet<string> AskedWords { get; }

        /// <summary>Words right before "that" that open a clause of purpose ("so that", "in order that"): purpose.</summary>
        public HashSet<string> PurposeWords { get; }

        /// <summary>Words after a comma that open the consequence of a sentence that opens with a condition ("If …, then …"): consequent.</summary>
        public HashSet<string> ConsequentWords { get; }

        /// <summary>Modals of what would follow, after an -ing cue that is its clause's subject ("accepting the report would mean …"): supposing.</summary>
        public HashSet<string> SupposingModals { get; }

        /// <summary>Forms of the verbs of asking before such a wh-word: asking.</summary>
        public HashSet<string> AskingVerbs { get; }

        /// <summary>The wh-words of a reported question that doubts what an act could be called ("questioned how it could be called an accident"): rhetorical.</summary>
        public HashSet<string> RhetoricalWords { get; }

        /// <summary>
        /// Phrases of difficulty in seeing or understanding ("hard to see", "difficult to imagine") that, right before a rhetorical
        /// wh-word, open a question that doubts what the act could be called, as a verb of asking does: doubting.
        /// </summary>
        public PhraseList DoubtingPhrases { get; }

        /// <summary>
        /// Negated verbs of seeing or understanding ("does not see", "cannot understand") that, right before a rhetorical wh-word,
        /// open the same doubting question as <see cref="DoubtingPhrases"/>; their negator is the doubt's: denied-doubting.
        /// </summary>
        public PhraseList DeniedDoubtingPhrases { get; }

        /// <summary>
        /// Perfects of a verb of naming under a negator ("has not called", "have not formally described"): a cue after one in its
        /// clause is left open (<see cref="Negation.IsOpen"/>), a name not yet given: reticent.
        /// </summary>
        public PhraseList ReticentPhrases { get; }

        /// <summary>
        /// Phrases that hold back a judgement as not yet due ("too early to say", "premature to conclude"): a cue after one in its
        /// clause is left open (<see cref="Negation.IsOpen"/>): withholding.
        /// </summary>
        public PhraseList WithholdingPhrases { get; }

        /// <summary>
        /// Forms of a verb of finding that, with "it", an adjective and "to" after it ("found it hard to believe that …"), give
        /// their subject's own view, not a report of what was found (<see cref="Negation.IsJudgingFrame"/>): judging.
        /// </summary>
        public HashSet<string> JudgingVerbs { get; }

        /// <summary>
        /// Negators repeated for emphasis as an aside between two commas ("no intention, none, to target"), each as its words:
        /// a cue's words read on across one (<see cref="PositionCues"/>): echo.
        /// </summary>
        public IReadOnlyList<string[]> EchoNegators { get; }

        /// <summary>
        /// Possessives of the one spoken to ("your"): in a question's turn of a transcript, what one owns is of the one asked, the
        /// side of the turns that answer ("QUESTION: your own officials say …"): addressee.
        /// </summary>
        public HashSet<string> AddresseePossessives { get; }

        /// <summary>Prepositions of what is asked about, after a verb of asking and before a claim noun ("asked about the claim that …"): topic.</summary>
        public HashSet<string> TopicWords { get; }

        /// <summary>Subordinating conjunctions a negator before them does not reach across ("had not fired before they came under attack").</summary>
        public HashSet<string> ScopeEnds { get; }

        /// <summary>
        /// Relatives that open a clause with a subject of its own ("whose"): a negator before one does not reach a cue in its
        /// clause ("in no mood to fund a military whose spies were deliberately helping …" denies the mood, not the help).
        /// </summary>
        public HashSet<string> RelativeScopeEnds { get; }

        /// <summary>Armed groups of no state a side may say it answered ("militants"): other-attacker.</summary>
        public HashSet<string> OtherAttackers { get; }

        /// <summary>Words after which a cue is asked or supposed, not asserted ("whether", "if").</summary>
        public HashSet<string> OpenWords { get; }

        /// <summary>Forms of a verb of speculating: refused ("not going to speculate about intent"), a cue after it is left open.</summary>
        public HashSet<string> SpeculatingVerbs { get; }

        /// <summary>Forms of a verb of declining, which refuses a verb of speculating after its "to" ("declined to speculate").</summary>
        public HashSet<string> DecliningVerbs { get; }

        /// <summary>
        /// Conjunctions of reason that, after a refused clause, give another's word as the only ground ("will not accept that it was
        /// an accident because Washington says so"; authority in accounts-stance.txt): <see cref="Negation.IsRefusedOnAuthority"/>.
        /// </summary>
        public HashSet<string> AuthorityReasons { get; }

        /// <summary>Words after the verb of saying of such a reason that point back at the refused clause ("says so", "say it was").</summary>
        public HashSet<string> AuthorityEchoes { get; }

        /// <summary>Negators that are nouns before their "of" ("absence", "lack"): they deny a cue in their own phrase only.</summary>
        public HashSet<string> NounNegators { get; }

        /// <summary>Present forms of "be" ("is", "'s") of a demonstrative's clause whose whole predicate is a cue.</summary>
        public HashSet<string> PresentBe { get; }

        /// <summary>Demonstrative pronouns ("that", "this") that open a clause "That is deliberate".</summary>
        public HashSet<string> Demonstratives { get; }

        /// <summary>Words that open a sentence listing a thing's tellings in turn ("First it was …"; accounts-stance.txt version-first).</summary>
        public HashSet<string> VersionFirst { get; }

        /// <summary>Words that go on with a later telling in such a sentence ("then it was …"; accounts-stance.txt version-next).</summary>
        public HashSet<string> VersionNext { get; }

        /// <summary>Nouns that name a word itself ("word", "term") before a cue: "the word accident does not come to mind".</summary>
        public HashSet<string> NamingNouns { get; }

        /// <summary>Modals of obligation or ability: "they must tell us" reports nothing they said.</summary>
        public HashSet<string> Modals { get; }

        /// <summary>Forms of "be" and "get" that make a participle after them passive.</summary>
        public HashSet<string> PassiveWords { get; }

        /// <summary>Participles that do not end in -ed ("shot").</summary>
        public HashSet<string> Participles { get; }

        /// <summary>Prepositions of the target after a participle ("fired on", "shot at").</summary>
        public HashSet<string> TargetPrepositions { get; }

        /// <summary>Words right after a target preposition that leave it with no object ("fired on first", "fired on from"): stranded.</summary>
        public HashSet<string> StrandedWords { get; }

        /// <summary>Prepositions of the doer after a cue ("by").</summary>
        public HashSet<string> AgentPrepositions { get; }

        /// <summary>Prepositions of where a side's men stand, between a placeholder subject and its cue ("soldiers at the posts").</summary>
        public HashSet<string> PlacePrepositions { get; }

        /// <summary>Nouns of the ground a side's men hold, which may end a place phrase after a place preposition ("the soldiers on the ridge"): terrain.</summary>
        public HashSet<string> Terrain { get; }

        /// <summary>
        /// The words of an aside that names the place after a place phrase, set off by commas ("at the two posts, known as Alder
        /// and Birch,"): place-naming.
        /// </summary>
        public HashSet<string> PlaceNaming { get; }

        /// <summary>The words that join two names in a place-naming aside ("known as Alder and Birch"): place-joiner.</summary>
        public HashSet<string> PlaceJoiners { get; }

        /// <summary>
        /// Nouns of where something is, as a cue's word ("locations", "coordinates"): an "of" after them counts only before a
        /// side's men or posts ("the locations of its posts", not "of these hideouts"): where-noun.
        /// </summary>
        public HashSet<string> WhereNouns { get; }

        /// <summary>Words that end the "of" complement of a where-noun before its group noun ("of the hideouts near the posts"): where-break.</summary>
        public HashSet<string> WhereBreaks { get; }

        /// <summary>Forms of a verb of aim, as a cue's word ("intended"): a "to" and a verb after them count only with a harm-verb: aim-verb.</summary>
        public HashSet<string> AimVerbs { get; }

        /// <summary>The verbs of harm an aim-verb's "to" may take ("intended to kill"): harm-verb.</summary>
        public HashSet<string> HarmVerbs { get; }

        /// <summary>Forms of a verb of telling, as a negated cue's word ("not told"): a formal-manner word after it takes the cue back: telling-verb.</summary>
        public HashSet<string> TellingVerbs { get; }

        /// <summary>Forms of a verb of telling with its listener right after it ("told them", "assured the Americans"): nested-telling.</summary>
        public HashSet<string> NestedTelling { get; }

        /// <summary>Words that end a listener named after such a verb and open what was told ("that", "there", "no"): listener-end.</summary>
        public HashSet<string> ListenerEnds { get; }

        /// <summary>Words of the formal channel ("officially", "formally") that, after a negated telling-verb, say no formal word came: formal-manner.</summary>
        public HashSet<string> FormalManner { get; }

        /// <summary>Nouns of the truth that, as the object of a negated telling-verb ("not told the truth"), make it a complaint of honesty, not of the information shared: truth-object.</summary>
        public HashSet<string> TruthObjects { get; }

        /// <summary>Pronouns of nobody or nothing that, as the target after a cue's preposition, deny the act ("fired on nobody"): nil-object, each as its words.</summary>
        public PhraseList NilObjects { get; }

        /// <summary>
        /// Pronouns of nobody that open a clause as its subject ("Nobody at the base, in the air or on the ground set out to …"):
        /// negative-subject, each as its words.
        /// </summary>
        public PhraseList NegativeSubjects { get; }

        /// <summary>
        /// The negator of a warning about acts to come, each as its words ("no such"): right before a cue that a modal of the
        /// future follows ("no such act of aggression will go unanswered"), it denies nothing: warning.
        /// </summary>
        public IReadOnlyList<string[]> Warnings { get; }

        /// <summary>Modals of the future ("will", "shall"), after the cue of such a warning: future.</summary>
        public HashSet<string> FutureModals { get; }

        /// <summary>Whole short answers that say yes to the question asked before them ("Apparently so.").</summary>
        public HashSet<string> Affirmations { get; }

        /// <summary>Whole short answers that say no ("Certainly not.").</summary>
        public HashSet<string> Denials { get; }

        /// <summary>
        /// Ends of a short answer whose "that" or "it" points back to the question before it and takes it as said ("… could
        /// not rule that out", "… that was true"): answer-affirm.
        /// </summary>
        public IReadOnlyList<string> AffirmingEnds { get; }

        /// <summary>Ends of such an answer that deny the asked clause ("… that was not the case"): answer-deny.</summary>
        public IReadOnlyList<string> DenyingEnds { get; }

        /// <summary>Whole infinitive contents of a verb of refusing that take the question as said ("declined to rule it out"): refused-affirm.</summary>
        public HashSet<string> RefusedAffirmations { get; }

        /// <summary>
        /// Forms of verbs of changing or undoing ("revised", "alter", "overturned"): under a negator they leave their object
        /// standing, so a cue in the object is not denied ("nothing … revised the findings of the inquiry, which concluded …"): changing.
        /// </summary>
        public HashSet<string> Changing { get; }

        /// <summary>
        /// Forms of verbs and nouns of excusing ("excuse", "justify", "justification"): under a negator they leave what they would
        /// excuse standing, as a verb of changing does ("had no excuse for the errors"): excusing.
        /// </summary>
        public HashSet<string> Excusing { get; }

        /// <summary>
        /// Forms of verbs of forgetting or overlooking ("forgotten", "overlooked"): under a negator they deny the forgetting only,
        /// so a cue in the that-clause right after one is not denied ("has not forgotten that the posts were attacked without
        /// provocation"): factive.
        /// </summary>
        public HashSet<string> Factive { get; }

        /// <summary>
        /// The forms of a verb of doubting, whose that-clause they lean against: right before the "that" of a cue's clause they deny
        /// the cue as a negator does, so "had never doubted that the shelling was an accident" affirms it: doubting-verb.
        /// </summary>
        public HashSet<string> DoubtingVerbs { get; }

        /// <summary>
        /// Nouns of what a side holds ("position", "view", "belief"): a that-clause right after one is the object of a verb of
        /// changing before it ("has not changed its position that …" leaves the clause standing): held.
        /// </summary>
        public HashSet<string> HeldNouns { get; }

        /// <summary>Degree words whose infinitive denies a cue after it ("too precise to be an accident"): excess.</summary>
        public HashSet<string> ExcessWords { get; }

        /// <summary>Verbs of being or naming that open such an infinitive ("to be", "to be called", "to call it"): excess-verb.</summary>
        public HashSet<string> ExcessVerbs { get; }

        private static readonly string[] StanceTags = { "scope-end", "relative-scope", "open", "modal", "passive", "participle", "target", "agent", "place", "terrain", "place-naming", "place-joiner", "affirm", "deny", "answer-affirm", "answer-deny", "refused-affirm", "nil-object", "negative-subject", "asked", "asking", "rhetorical", "doubting", "echo", "addressee", "purpose", "consequent", "supposing", "topic", "warning", "future", "changing", "excusing", "factive", "held", "excess", "excess-verb", "where-noun", "where-break", "aim-verb", "harm-verb", "telling-verb", "nested-telling", "listener-end", "formal-manner", "truth-object", "stance-noun", "stance-verb", "findings-noun", "authored-findings", "speculating", "declining", "authority", "authority-echo", "noun-negator", "withholding", "judging", "present-be", "demonstrative", "naming-noun", "version-first", "version-next", "passing-verb", "denied-doubting", "reticent", "doubting-verb", "inclusion", "other-attacker", "stranded" };

        private static (string Word, string Tag) StanceLine(string line)
        {
            int bar = line.IndexOf('|');
            var tag = bar < 0 ? "" : line.Substring(bar + 1).Trim();
            if (bar < 0 || Array.IndexOf(StanceTags, tag) < 0)
                throw new InvalidOperationException("accounts-stance.txt: the line '" + line + "' has no known tag (" + string.Join(", ", StanceTags) + ").");
            return (line.Substring(0, bar).Trim().ToLowerInvariant(), tag);
        }

        /// <summary>Head words of names that hold a party's name and are not the party ("Post" in "Washington Post"), with their capital.</summary>
        public HashSet<string> NameHeads { get; }

        /// <summary>Every form of every reporting verb, mapped to its base form (lower case).</summary>
        public Dictionary<string, string> VerbForms { get; }

        /// <summary>Negators, each as its words (lower case; "n't" is a word of its own).</summary>
        public PhraseList Negators { get; }

        /// <summary>Phrases that begin with a negator and do not negate ("not only", "no doubt").</summary>
        public PhraseList NotNegators { get; }

        /// <summary>Nouns of a stance taken on a thing or a claim ("rejection", "denial"): after another's possessive, the owner's stance (stance-noun).</summary>
        public HashSet<string> StanceNouns { get; }

        /// <summary>Verbs of holding to a thing that are no reporting verbs, with their particle ("stands by", "upheld"): stance-verb.</summary>
        public HashSet<string> StanceVerbs { get; }

        /// <summary>Forms of a verb of passing word on ("conveyed", "relayed"), no reporting verb, that report their subject's word to another (passing-verb).</summary>
        public HashSet<string> PassingVerbs { get; }

        /// <summary>Nouns of what a document of findings holds ("account", "version", "conclusion"), read after "that" or "this" (FindingsPronoun): findings-noun.</summary>
        public HashSet<string> FindingsNouns { get; }

        /// <summary>Documents of findings whose "of" names their maker before a titled person ("the report of Colonel Ames"): authored-findings.</summary>
        public HashSet<string> AuthoredFindings { get; }

        /// <summary>Words after a claim noun's comma that bring in one of its claims before "that" ("its conclusions, including that …"): inclusion.</summary>
        public HashSet<string> InclusionWords { get; }

        /// <summary>Nouns of a reported claim ("the claim that …", "suggestions that …").</summary>
        public HashSet<string> ClaimNouns { get; }

        /// <summary>Nouns of a reported claim only before "that" ("disputed the finding that …"); before "of" they name whose it is ("the findings of the inquiry").</summary>
        public HashSet<string> ThatClaimNouns { get; }

        /// <summary>
        /// Nouns of a side's version of the act ("their account of an accident was hard to accept"): a claim noun for a falsity
        /// word after it or a rejecting verb before it, but not another's claim that ends the speaker's words, since a side
        /// so often repeats its own ("repeated the army's account that …").
        /// </summary>
        public HashSet<string> AccountNouns { get; }

        /// <summary>Prefixes that negate an adjective ("in" of "incorrect"): a cue word with one also matches "not" and the rest ("not correct").</summary>
        public IReadOnlyList<string> NegativePrefixes { get; }

        /// <summary>Words after a reported claim that call it false ("… was false", "… is not true"), each as its words.</summary>
        public PhraseList Falsity { get; }

        /// <summary>
        /// Scornful verdicts on a reported claim, read only right after its clause's verb "be" ("the conclusion that … was an
        /// insult to the martyrs", "… is a complete fabrication"): said of a claim, they reject it; said of an act, they do not
        /// ("the attack was an insult to the nation").
        /// </summary>
        public PhraseList Scorn { get; }

        /// <summary>Verbs that reject a reported claim before its noun ("rejected suggestions that …").</summary>
        public HashSet<string> Rejecting { get; }

        /// <summary>Verbs of accepting: under a negator they refuse their object ("will not accept any one-sided report").</summary>
        public HashSet<string> Accepting { get; }

        public HashSet<string> SpeakerNouns { get; }

        public HashSet<string> GroupNouns { get; }

        public HashSet<string> Abbreviations { get; }

        public HashSet<string> StopWords { get; }

        /// <summary>Words that make a subject a speaker of no party ("analysts", "local officials").</summary>
        public HashSet<string> UnaffiliatedWords { get; }

        /// <summary>The base form of a reporting verb, or null when the word is none.</summary>
        public string? ReportingVerb(string word) =>
            VerbForms.TryGetValue(word.ToLowerInvariant(), out var lemma) ? lemma : null;

        private static AccountLexicon Load()
        {
            // the reporting verbs that report a claim (tag "claim" of the one list)
            var verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var v in Text.Lexicon.ReportingVerbs.Values)
                if (v.Has(Text.VerbTag.Claim) && !verbs.ContainsKey(v.Form)) verbs[v.Form] = v.Lemma;
            var negators = new List<string[]>();
            var notNegators = new List<string[]>();
            var claimNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var thatClaimNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var accountNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var falsity = new List<string[]>();
            var scorn = new List<string[]>();
            var rejecting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var accepting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var prefixes = new List<string>();
            foreach (var line in Lines("accounts-negations.txt"))
            {
                if (line.StartsWith("!", StringComparison.Ordinal)) notNegators.Add(Words(line.Substring(1)));
                else if (line.StartsWith("claim-noun:", StringComparison.Ordinal)) claimNouns.Add(line.Substring(11).Trim().ToLowerInvariant());
                else if (line.StartsWith("that-claim-noun:", StringComparison.Ordinal)) thatClaimNouns.Add(line.Substring(16).Trim().ToLowerInvariant());
                else if (line.StartsWith("account-noun:", StringComparison.Ordinal)) accountNouns.Add(line.Substring(13).Trim().ToLowerInvariant());
                else if (line.StartsWith("falsity:", StringComparison.Ordinal)) falsity.Add(Words(line.Substring(8)));
                else if (line.StartsWith("scorn:", StringComparison.Ordinal)) scorn.Add(Words(line.Substring(6)));
                else if (line.StartsWith("rejecting:", StringComparison.Ordinal)) rejecting.Add(line.Substring(10).Trim().ToLowerInvariant());
                else if (line.StartsWith("accepting:", StringComparison.Ordinal)) accepting.Add(line.Substring(10).Trim().ToLowerInvariant());
                else if (line.StartsWith("negative-prefix:", StringComparison.Ordinal)) prefixes.Add(line.Substring(16).Trim().ToLowerInvariant());
                else negators.Add(Words(line));
            }
            return new AccountLexicon(
                verbs,
                negators,
                notNegators,
                claimNouns,
                thatClaimNouns,
                accountNouns,
                falsity,
                scorn,
                rejecting,
                accepting,
                prefixes,
                InstitutionalSpeakerWords(),
                Set(Text.Lexicon.GroupNouns),
                Set(Text.Lexicon.Abbreviations.Select(a => a.TrimEnd('.'))),
                Set(Lines("accounts-stopwords.txt").SelectMany(l => l.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))),
                Set(Lines("accounts-unaffiliated-words.txt")),
                new HashSet<string>(Text.Lexicon.NameHeads, StringComparer.Ordinal));
        }

        /// <summary>
        /// Speaker nouns and organisation or document words tagged institutional, with their plurals:
        /// "the official said", "the ministry said", "the statement insisted".
        /// </summary>
        private static HashSet<string> InstitutionalSpeakerWords()
        {
            var set = new HashSet<string>(Text.Lexicon.SpeakerNounForms(Text.SpeakerNounTag.Institutional), StringComparer.OrdinalIgnoreCase);
            foreach (var w in Text.Lexicon.OrganisationWords(Text.OrganisationWordTag.Institutional))
            {
                set.Add(w);
                set.Add(w.EndsWith("y", StringComparison.Ordinal) && w.Length > 2 && "aeiou".IndexOf(w[w.Length - 2]) < 0 ? w.Substring(0, w.Length - 1) + "ies" : w.EndsWith("s", StringComparison.Ordinal) ? w : w + "s");
            }
            return set;
        }

        internal static string[] Words(string phrase) =>
            phrase.ToLowerInvariant().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);

        private static HashSet<string> Set(IEnumerable<string> items) =>
            new HashSet<string>(items.Select(i => i.Trim().ToLowerInvariant()), StringComparer.OrdinalIgnoreCase);

        // One loader for every embedded word list: blank lines and # comments skipped.
        private static IEnumerable<string> Lines(string resource) => Text.Lexicon.Lines(resource);
    }
}
