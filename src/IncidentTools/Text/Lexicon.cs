using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentTools.Text
{
    /// <summary>Where a reporting verb may stand relative to the quotation it attributes.</summary>
    internal enum CueUse { Any, Before, After }

    /// <summary>What a reporting verb does (the tags of <c>reporting-verbs.txt</c>).</summary>
    [Flags]
    internal enum VerbTag : long
    {
        None = 0,
        Speech = 1 << 0,
        Thought = 1 << 1,
        Stance = 1 << 2,
        Denial = 1 << 3,
        Concession = 1 << 4,
        Judgement = 1 << 5,
        Naming = 1 << 6,
        Object = 1 << 7,
        Manner = 1 << 8,
        Document = 1 << 9,
        Inverting = 1 << 10,
        Before = 1 << 11,
        After = 1 << 12,
        Claim = 1 << 13,
        Reported = 1 << 14,
        Intent = 1 << 15,
        Noun = 1 << 16,
        Infinitive = 1 << 17,
        Phrasal = 1 << 18,
        Clausal = 1 << 19,
        Linking = 1 << 20,
        Tally = 1 << 21,
        /// <summary>With a plain noun phrase as its object another verb, one that reports nothing ("knows the city", "wrote a book"): a cue only before a clause.</summary>
        ObjectSense = 1 << 22,
        /// <summary>A cry raised aloud (chant, shout, yell, scream): the words after it are said however much they read like a title (“Dump Trump”).</summary>
        Outcry = 1 << 23,
        /// <summary>A verb of answering (respond, reply, answer, counter): "with …" or "by …" after it names the means of the answer, not a speaker.</summary>
        Rejoinder = 1 << 24,
        /// <summary>A verb of refusing (refuse, decline): a verb of judging in the infinitive after it is a judgement not made ("refused to blame the referee").</summary>
        Refusal = 1 << 25,
        /// <summary>A cue only before "that" and a clause with a verb of its own ("the court held that the ban was lawful"), never with an object ("held talks", "held that seat for years").</summary>
        ThatClause = 1 << 26,
        /// <summary>A verb of likening (compare, liken): a cue only with "to" after its object ("compared the levy to theft"), not "compared the samples".</summary>
        Likening = 1 << 27,
        /// <summary>A verb that with "if" or "whether" after it finds something out and holds no view ("waited to see if the cable held"): no cue then.</summary>
        Inquiry = 1 << 28,
        /// <summary>An act of saying or a stance whose object may be one plain noun alone ("denied wrongdoing", "expressed concern"): that one word is its content.</summary>
        BareNoun = 1 << 29,
        /// <summary>A verb of casting (cast): a cue only with "as" after its object ("cast the plan as a giveaway"), not "cast a ballot".</summary>
        Casting = 1 << 30,
        /// <summary>
        /// A cue after a quotation only as the last word of its clause ("“My friends,” Ortiz began."): with an object or a phrase
        /// after it it is another verb, one that reports nothing ("“Lindsey,” the woman who started the story").
        /// </summary>
        Closing = 1L << 31,
        /// <summary>
        /// A cue only with a person, a group, an institution or a document as its subject, never a thing or an event: "The
        /// incident threatens to worsen relations", "the storm threatened to close the port" report nothing ("the union
        /// threatened to strike" does).
        /// </summary>
        Agentive = 1L << 32,
        /// <summary>
        /// A cue only with a noun phrase as its object, one that opens with a determiner, a possessive or a capitalised name: "the
        /// Pentagon has stood by the report", "stands behind its findings"; not "stood by as protesters …", "standing by to help".
        /// </summary>
        NounObject = 1L << 33,
        /// <summary>
        /// A verb of adding (add): with a noun phrase as its object and "to" right after it, it puts the object somewhere and reports
        /// nothing ("added a new title to her resume", "adds a fresh voice to the record"); "added that …", "added a caveat: …" report.
        /// </summary>
        Adding = 1L << 34,
    }

    /// <summary>The roles a grammar word plays (the tags of <c>words.txt</c>). Unsigned, so that all 64 bits can be tags.</summary>
    [Flags]
    internal enum WordTag : ulong
    {
        None = 0,
        Pronoun = 1L << 0,
        Determiner = 1L << 1,
        Indefinite = 1L << 2,
        Member = 1L << 3,
        Auxiliary = 1L << 4,
        CueAdverb = 1L << 5,
        Intro = 1L << 6,
        IntroPhrase = 1L << 7,
        ClauseStart = 1L << 8,
        ClauseBreak = 1L << 9,
        NpStop = 1L << 10,
        Postmodifier = 1L << 11,
        Function = 1L << 12,
        NotName = 1L << 13,
        NotNameStart = 1L << 14,
        NameParticle = 1L << 15,
        Calendar = 1L << 16,
        Naming = 1L << 17,
        Work = 1L << 18,
        AsNaming = 1L << 19,
        Hearsay = 1L << 20,
        TitleMinor = 1L << 21,
        Elision = 1L << 22,
        NotAdverb = 1L << 23,
        PicturePosition = 1L << 24,
        Dangling = 1L << 25,
        RoleCut = 1L << 26,
        Relative = 1L << 27,
        Preposition = 1L << 28,
        Finite = 1L << 29,
        Negation = 1L << 30,
        Opener = 1L << 31,
        Subordinator = 1L << 32,
        Time = 1L << 33,
        ObjectPronoun = 1L << 34,
        Rubric = 1L << 35,
        Catenative = 1L << 36,
        ReleaseMark = 1L << 37,
        InterviewNoun = 1L << 38,
        InterviewVerb = 1L << 39,
        Purpose = 1L << 40,
        NameSuffix = 1L << 41,
        CatenativeAdjective = 1L << 42,
        Characterising = 1L << 43,
        StatementNoun = 1L << 44,
        WriterPlace = 1L << 45,
        Outsider = 1L << 46,
        Possessive = 1L << 47,
        Proportion = 1L << 48,
        Approximate = 1L << 49,
        Survey = 1L << 50,
        Plural = 1L << 51,
        Connective = 1L << 52,
        Degree = 1L << 53,
        /// <summary>A work noun of words someone says ("the words “…”", "the term “…”"), not of a work they made ("the film “…”").</summary>
        Wording = 1L << 54,
        /// <summary>A lower-case word written before a title as part of the office ("state Sen. Jo Bell", "state Del.").</summary>
        TitleModifier = 1L << 55,
        Adjective = 1L << 56,
        Female = 1L << 57,
        Male = 1L << 58,
        /// <summary>Closes a phrase of time that may open a sentence before its comma ("A few days later, …", "Two weeks ago, …").</summary>
        TimeEnd = 1L << 59,
        /// <summary>Stands before a day or a time word in a phrase of time ("on Monday", "last week", "early Friday").</summary>
        TimeLead = 1L << 60,
        /// <summary>A subject pronoun of the first person ("I", "we"): the writer, or the one whose turn or answer it is, speaks.</summary>
        FirstPerson = 1L << 61,
        /// <summary>A figure or result that a company, a market or a candidate posts ("a loss", "a new low", "a victory"): no words of anyone.</summary>
        Tally = 1L << 62,
        /// <summary>
        /// A subordinator of a condition ("if", "unless"): a clause it opens is part of what is said ("If Reyes loses, he
        /// said, “…”"), so its subject is not the one a following "he" stands for.
        /// </summary>
        Conditional = 1UL << 63,
    }

    /// <summary>
    /// The closed classes of words a construction tests as one class (the other tags of <c>words.txt</c>, beside
    /// <see cref="WordTag"/>, which has no bit left): coordinators, relative pronouns, wh-words, articles, forms
    /// of "be". Kept in the same entry of the lexicon as the word's <see cref="WordTag"/>, so a look-up costs
    /// the same; a tag name is unique across the two enums.
    /// </summary>
    [Flags]
    internal enum WordClass : ulong
    {
        None = 0,
        /// <summary>A coordinating conjunction: "and", "or", "but", "nor".</summary>
        Coordinator = 1UL << 0,
        /// <summary>Joins the items of a list or of a compound phrase ("Bell and Reyes", "polls or surveys"): "and", "or".</summary>
        ListCoordinator = 1UL << 1,
        /// <summary>Joins a second verb phrase or clause to the first ("… and said", "… but added"): "and", "but".</summary>
        ClauseCoordinator = 1UL << 2,
        /// <summary>Joins an alternative that a negation before it still covers ("did not fire, or …"): "or", "nor".</summary>
        Alternative = 1UL << 3,
        /// <summary>A relative that stands for a noun inside its clause: "that", "which", "who", "whom" (not "whose", "when", "where").</summary>
        RelativePronoun = 1UL << 4,
        /// <summary>A relative pronoun that can be the subject of its clause: "who", "which", "that".</summary>
        SubjectRelative = 1UL << 5,
        /// <summary>Opens a relative clause set off by commas ("Reyes, who says …,", "the board, which ruled …"): "who", "which".</summary>
        AsideRelative = 1UL << 6,
        /// <summary>Opens an aside about a person set off by commas ("Dora Poole, who grew up nearby,", "Lund, whose book …"): "who", "whose".</summary>
        PersonAside = 1UL << 7,
        /// <summary>Opens a relative clause that picks out its noun ("the groups that brought them in"): "who", "that".</summary>
        RestrictiveRelative = 1UL << 8,
        /// <summary>A relative of a person ("Rubio, whom he called “…”"): "who", "whom".</summary>
        PersonRelative = 1UL << 9,
        /// <summary>A relative of a thing that is the object of the verb after it ("what he called “…”", "which she dubbed"): "what", "which", "that".</summary>
        ThingRelative = 1UL << 10,
        /// <summary>A pronoun that can be the subject of a verb: "he", "she", "it", "they", "I", "we", "you".</summary>
        SubjectPronoun = 1UL << 11,
        /// <summary>A subject pronoun that stands for people who may speak: "he", "she", "they", "I", "we" (not "it", "you").</summary>
        PersonSubject = 1UL << 12,
        /// <summary>A third-person subject pronoun that may stand for a person: "he", "she", "they".</summary>
        PersonPronoun = 1UL << 13,
        /// <summary>A pronoun that tells its person's gender: "he", "she".</summary>
        GenderedPronoun = 1UL << 14,
        /// <summary>A pronoun that may stand for an organisation or a group: "it", "they".</summary>
        GroupPronoun = 1UL << 15,
        /// <summary>"we", "us": the writer's or the speaker's own side.</summary>
        FirstPersonPlural = 1UL << 16,
        /// <summary>A possessive that may own a group ("our troops", "its soldiers", "their forces"): "our", "its", "their".</summary>
        CollectivePossessive = 1UL << 17,
        /// <summary>"a", "an", "the".</summary>
        Article = 1UL << 18,
        /// <summary>"a", "an".</summary>
        IndefiniteArticle = 1UL << 19,
        /// <summary>A reflexive pronoun before a role in an apposition ("herself a former secretary").</summary>
        Reflexive = 1UL << 20,
        /// <summary>An adverb before a role in an apposition ("now a senator", "also a member").</summary>
        RoleAdverb = 1UL << 21,
        /// <summary>Stands before an age ("aged 29", "age 61").</summary>
        AgeLead = 1UL << 22,
        /// <summary>A form of "be" that makes the passive before a past participle: "is", "are", "was", "were", "be", "been", "being".</summary>
        Be = 1UL << 23,
        /// <summary>A finite form of "be" of the third person: "is", "are", "was", "were".</summary>
        FiniteBe = 1UL << 24,
        /// <summary>A form of "be" with "n't": "isn't", "wasn't", "aren't", "weren't" (either apostrophe).</summary>
        NegatedBe = 1UL << 25,
        /// <summary>May stand between a subject and "quoted" ("has also been quoted", "was later quoted").</summary>
        QuotedLead = 1UL << 26,
        /// <summary>A form of "quote" that opens "… quoted X as saying": "quoted", "quotes", "quote".</summary>
        QuoteForm = 1UL << 27,
        /// <summary>The participle after "quoted … as": "saying", "telling".</summary>
        QuotedAs = 1UL << 28,
        /// <summary>Puts the sentence as a question, whose quotation is the asker's ("Asked whether …"): "asked", "whether", "if".</summary>
        QuestionLead = 1UL << 29,
        /// <summary>Makes a following "as" a comparison ("such as", "the same … as", "as … as"): "as", "such", "same".</summary>
        Comparative = 1UL << 30,
        /// <summary>A lower-case word inside a title before a name ("Chief of Staff", "Minister for Defence"): "of", "the", "and", "for".</summary>
        TitleConnective = 1UL << 31,
        /// <summary>A lower-case word inside a line of credited names ("Bell and Reyes", "Jo de Vries", "Ali bin Said").</summary>
        CreditJoiner = 1UL << 32,
        /// <summary>Opens a clause of contrast, which a negation before it does not reach: "but", "although", "though", "whereas", "however".</summary>
        Contrast = 1UL << 33,
        /// <summary>Negates the claim noun after it outright ("no evidence that …"): "no", "not".</summary>
        FlatNegator = 1UL << 34,
        /// <summary>After a cue, starts another clause before any falsity word: "and", "that", "but", "because".</summary>
        NewClause = 1UL << 35,
        /// <summary>Grades the falsity word after "is" ("is simply impossible"): "simply", "just", "totally", "completely", "absolutely".</summary>
        Intensifier = 1UL << 36,
        /// <summary>After "is", calls the claim impossible: "impossible", "unlikely", "improbable", "inconceivable".</summary>
        Impossible = 1UL << 37,
        /// <summary>After "is not", calls the claim false: "possible", "true", "likely".</summary>
        Plausible = 1UL << 38,
        /// <summary>Opens a clause in which "he" or "she" names a thing in the person's own words ("what he called", "as he put it"): "what", "which", "as".</summary>
        OwnWordsLead = 1UL << 39,
        /// <summary>Before a party named as the target or the other side, not the speaker ("attacks on Pakistan", "talks with the U.S.").</summary>
        TargetPreposition = 1UL << 40,
        /// <summary>Opens a plain noun phrase before a verb: "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "no", "any", "every", "each", "some", "whose".</summary>
        PhraseDeterminer = 1UL << 41,
        /// <summary>A quantity or number that opens a noun phrase of many: "many", "most", "some", "several", "few", "both", "all", "other", "others", "more", "half", "two" … "ten".</summary>
        Quantifier = 1UL << 42,
        /// <summary>"this", "that" before a noun ("This report", "That plan").</summary>
        SingularDemonstrative = 1UL << 43,
        /// <summary>"these", "those": the noun phrase they open is plural.</summary>
        PluralDemonstrative = 1UL << 44,
        /// <summary>A form of "have" that makes the perfect: "has", "have", "had".</summary>
        PerfectAuxiliary = 1UL << 45,
        /// <summary>Stands before a day's name in a phrase of time ("on Monday", "last Friday"): "on", "last", "this".</summary>
        DayLead = 1UL << 46,
        /// <summary>Stands before "than" in a quantity: "more", "fewer", "less".</summary>
        ThanLead = 1UL << 47,
        /// <summary>Points to a time before a time word ("this week", "last year"): "this", "that", "last", "next".</summary>
        TimeDeictic = 1UL << 48,
        /// <summary>A subject that stands for no one: "it", "there".</summary>
        Expletive = 1UL << 49,
        /// <summary>After a cue, opens a phrase of direction or time, not what was said ("called into the show"): "into", "onto", "after", "before", "toward", "towards".</summary>
        AdjunctPreposition = 1UL << 50,
        /// <summary>Opens an introductory phrase elsewhere but may open the content right after a cue ("said this week", "asked whether"): "this", "next", "last", "about", "like", "whether".</summary>
        ContentIntro = 1UL << 51,
        /// <summary>Opens a clause that asserts nothing, a free relative, a question or a condition ("what X said", "whether X believes", "if …").</summary>
        NonAssertive = 1UL << 52,
        /// <summary>A subject pronoun that takes the verb without -s: "they", "I", "we", "you".</summary>
        PluralAgreement = 1UL << 53,
        /// <summary>A plural noun of findings that may speak: "polls", "surveys", "studies".</summary>
        Findings = 1UL << 54,
        /// <summary>A lower-case word inside a capitalised name ("Department of Defense", "Ministry of the Interior"): "of", "the".</summary>
        NameInfix = 1UL << 55,
        /// <summary>A short form whose full stop ends no sentence, so a headline may hold it ("Mr.", "U.S.", "Gen."): written without the stop, matched in any case.</summary>
        HeadlineAbbreviation = 1UL << 56,
        /// <summary>After a name in a headline's label, opens its audience or occasion ("Ortiz to ferry crews:"): "to", "at", "on".</summary>
        AudienceLead = 1UL << 57,
        /// <summary>After a name before a colon, opens a short phrase of time or place ("Jo Bell in 1992:"): "in", "on", "at".</summary>
        PlaceOrTimeLead = 1UL << 58,
        /// <summary>Stands before a participle cue ("by saying", "upon saying"): "by", "upon", "while", "after".</summary>
        ParticipleLead = 1UL << 59,
        /// <summary>After a document, names its author ("a statement from …"): "from", "by", "of".</summary>
        AuthorPreposition = 1UL << 60,
        /// <summary>After a verb of interview, before the one interviewed ("spoke to …", "talked with …"): "to", "with".</summary>
        InterviewPreposition = 1UL << 61,
        /// <summary>Opens the closing place of a role ("in West Chester", "near Lahore"): "in", "near".</summary>
        PlacePreposition = 1UL << 62,
        /// <summary>
        /// A pronoun that, as the object of a verb of saying, says nothing was said ("said nothing about the plan",
        /// "was not saying anything", "said little"): "nothing", "anything", "little". As the subject of a clause
        /// it is content ("said nothing would change").
        /// </summary>
        VoidObject = 1UL << 63,
    }

    /// <summary>
    /// More closed classes of words (the third set of tags of <c>words.txt</c>, beside <see cref="WordTag"/> and
    /// <see cref="WordClass"/>, which have no bit left). Kept in the same entry of the lexicon, so a look-up costs the
    /// same; a tag name is unique across the three enums.
    /// </summary>
    [Flags]
    internal enum WordGroup : ulong
    {
        None = 0,
        /// <summary>Makes a noun phrase point at one thing the text has named ("the spokesman", "this official", "those aides"): "the", "this", "that", "these", "those".</summary>
        DefiniteDeterminer = 1UL << 0,
        /// <summary>The possessive of a group or a thing ("its spokesman", "their lawyer"), the possessives of "it" and "they".</summary>
        GroupPossessive = 1UL << 1,
        /// <summary>After a past form, opens the passive's agent or charge ("Ortiz Accused Of Lying", "Plan Slammed By Divers"): "of", "by".</summary>
        PassiveComplement = 1UL << 2,
        /// <summary>After a verb's object, opens what the subject holds the object to be ("sees the plan as a threat"): "as".</summary>
        ObjectComplement = 1UL << 3,
        /// <summary>A thing with words written on it that are its own, not a document someone issues ("the sign read “…”", "a banner reading “…”").</summary>
        Inscription = 1UL << 4,
        /// <summary>A noun of calling for, promising or vowing whose complement after "for", "of" or "to" says what its owner asked or promised ("his call for “…”", "her pledge to “…”").</summary>
        CallNoun = 1UL << 5,
        /// <summary>After a <see cref="CallNoun"/>, opens what is called for or promised ("call for", "promise of", "pledge to"): "for", "of", "to".</summary>
        CallComplement = 1UL << 6,
        /// <summary>A verb form of publishing a piece ("published", "released", "wrote"): the title it gives the piece is its subject's words ("released a memo titled “…”").</summary>
        Publishing = 1UL << 7,
        /// <summary>Opens a content clause after a verb or a noun of saying ("said that …", "the claim that …", "insisted that …"): "that".</summary>
        Complementizer = 1UL << 8,
        /// <summary>Marks the infinitive before a verb's base form ("plans to say", "went on to accuse", "refused to comment"): "to".</summary>
        InfinitiveMarker = 1UL << 9,
        /// <summary>"to" as a preposition before a noun phrase, not a verb ("according to Bell", "close to the talks"): "to".</summary>
        ToPreposition = 1UL << 10,
        /// <summary>The head of "according to", which names the source of what a sentence says: "according".</summary>
        AccordingHead = 1UL << 11,
        /// <summary>Joins a noun to its complement or to the whole it is part of ("claims of fraud", "one of them", "a third of voters"): "of".</summary>
        OfComplement = 1UL << 12,
        /// <summary>Opens the doer or the means: the agent of a passive ("was quoted by Bell") or the means of an act ("by saying", "responded by"): "by".</summary>
        Agent = 1UL << 13,
        /// <summary>Links a name, a role or a quoted act to the verb before it ("known as", "quoted as saying", "as the paper noted"): "as".</summary>
        AsLink = 1UL << 14,
        /// <summary>Opens the time, place or occasion of a statement ("in March", "in an interview"): "in".</summary>
        Setting = 1UL << 15,
        /// <summary>Joins the two numbers of a ratio ("4 in 10", "one in five"): "in"; "out" with the "of" after it ("nine out of 10").</summary>
        RatioJoiner = 1UL << 16,
        /// <summary>Opens where words come from ("a statement from Bell", "heard from aides", "From the chairman:"): "from".</summary>
        SourceFrom = 1UL << 17,
        /// <summary>Adds one item or one verb phrase to another ("Bell and Reyes", "…, and said"): "and".</summary>
        Additive = 1UL << 18,
        /// <summary>Joins a companion, a partner or a means ("an interview with Bell", "responded with a statement", ", with …"): "with".</summary>
        Accompaniment = 1UL << 19,
        /// <summary>The definite article: "the" (not the demonstratives, which <see cref="DefiniteDeterminer"/> also holds).</summary>
        DefiniteArticle = 1UL << 20,
        /// <summary>After a form of "go", makes it "go on", which continues a speaker's words ("went on to say"): "on".</summary>
        GoOnParticle = 1UL << 21,
        /// <summary>A form of "go" that with "on to" continues a speaker's words ("went on to say", "goes on to argue"): "go", "goes", "went".</summary>
        GoForm = 1UL << 22,
        /// <summary>A form of "put" that with "it" says how one phrased a thing ("as she put it", "as he puts it"): "put", "puts".</summary>
        PhrasingForm = 1UL << 23,
        /// <summary>The pronoun of a thing ("put it", "called it"): "it".</summary>
        ThingPronoun = 1UL << 24,
        /// <summary>An adverb of sequence that may stand right before a cue ("… then said"), not only open a sentence: "then".</summary>
        SequenceAdverb = 1UL << 25,
        /// <summary>Closes a comparison of quantity after a <see cref="WordClass.ThanLead"/> ("more than", "fewer than"): "than".</summary>
        ComparisonThan = 1UL << 26,
        /// <summary>Stands for the content of a verb of saying or thinking ("said so", "thinks so"): "so".</summary>
        ProContent = 1UL << 27,
        /// <summary>A participle of speech that opens an aside after a name ("Bell, speaking to reporters, said …"): "speaking".</summary>
        AsideParticiple = 1UL << 28,
        /// <summary>After an opening bracket, points the reader elsewhere ("(see page 4)"): "see".</summary>
        CrossReference = 1UL << 29,
        /// <summary>Heads a pronoun of nobody in particular ("no one", "every one"): "one".</summary>
        IndefiniteHead = 1UL << 30,
        /// <summary>A noun of an occasion at which one speaks, after "in a" ("in an interview"): "interview".</summary>
        SpeakingOccasion = 1UL << 31,
        /// <summary>Presents what follows a colon as someone's words ("Here's Bell: “…”"): "here's", "here’s".</summary>
        Presentative = 1UL << 32,
        /// <summary>The participle of the perfect ("having said", "having denied"): "having".</summary>
        PerfectParticiple = 1UL << 33,
        /// <summary>A plural noun of the institutions of a place, which takes a plural verb ("authorities said"): "authorities".</summary>
        InstitutionPlural = 1UL << 34,
        /// <summary>Opens the topic of what is said ("told reporters about …", "asked about"): "about".</summary>
        Topic = 1UL << 35,
        /// <summary>Opens a phrase of manner after a form of "be" that governs an infinitive ("are at pains to say"): "at".</summary>
        MannerLead = 1UL << 36,
        /// <summary>The label of a question or an answer that opens a paragraph of an interview ("Q:", "A:"), written with its capital: "q", "a".</summary>
        InterviewLabel = 1UL << 37,
        /// <summary>A relative that stands for a person as the subject of its clause ("Bell, who said …", "those who say"): "who".</summary>
        PersonSubjectRelative = 1UL << 38,
        /// <summary>A relative that holds its own antecedent, a free relative ("what he called “…”"): "what".</summary>
        FreeRelative = 1UL << 39,
        /// <summary>A form of "continue" that with "to" carries a speaker's words on to the verb after it ("continued to say"): "continued", "continues".</summary>
        ContinueForm = 1UL << 40,
        /// <summary>The day of writing, which names no weekday though it ends in "-day" like one: "today".</summary>
        PresentDay = 1UL << 41,
        /// <summary>A cue adverb only inside an idiom ("all told"); elsewhere the form of a verb ("told reporters"): "told".</summary>
        IdiomAdverb = 1UL << 42,
        /// <summary>The pronoun of a man: "he", "himself".</summary>
        MasculinePronoun = 1UL << 43,
        /// <summary>The pronoun of a woman: "she", "herself".</summary>
        FemininePronoun = 1UL << 44,
        /// <summary>The base form of "be", after a modal or "to" ("will be quoted", "to be named"): "be".</summary>
        BaseBe = 1UL << 45,
        /// <summary>The form of "be" of the first person singular ("I am called …"): "am".</summary>
        FirstPersonBe = 1UL << 46,
        /// <summary>A determiner that picks out members one by one and takes a singular noun ("each official"): "each".</summary>
        Distributive = 1UL << 47,
        /// <summary>The label of an interviewer's question ("Q:"), as against the answer's ("A:"): "q".</summary>
        QuestionLabel = 1UL << 48,
        /// <summary>Opens a phrase of time right after a participle ("a report released last year", "issued earlier"): "last", "this", "earlier".</summary>
        ParticipleTimeLead = 1UL << 49,
        /// <summary>After the noun of a cry raised aloud ("chants", "shouts"), opens the words cried ("chants of “Ted! Ted!”"): "of".</summary>
        CryComplement = 1UL << 50,
        /// <summary>A subject pronoun written with its auxiliary as one word ("he’s", "I’ve", "we’re"): the pronoun's mention, the auxiliary the first of the verb group after it.</summary>
        ContractedSubject = 1UL << 51,
        /// <summary>A <see cref="ContractedSubject"/> whose auxiliary is a form of "be" ("we’re", "I’m", "it’s"): a past form after it is a passive ("we’re told that …").</summary>
        ContractedBe = 1UL << 52,
        /// <summary>
        /// A finite verb of meeting people, no verb of speech ("met", "greeted", "visited", "joins"): after a person's noun it
        /// is the main clause's verb, not part of the noun phrase ("The senator met voters saying …" has the subject "The senator").
        /// </summary>
        Encounter = 1UL << 53,
        /// <summary>
        /// A finite verb of putting forward a phrase as one's own that is no verb of speech ("coined", "championed",
        /// "pushed"): a fragment quoted in its verb phrase is its subject's words ("She coined a new phrase, “…”").
        /// </summary>
        Advocacy = 1UL << 54,
        /// <summary>
        /// A past form of a common verb not spelt in -ed and of no verb of speech ("made", "took", "blew", "dealt"): after a
        /// word of a noun phrase it is the clause's verb, never a word of the phrase ("Trump made demands that …").
        /// </summary>
        IrregularPast = 1UL << 55,
        /// <summary>
        /// A noun of an occasion at which one speaks ("rally", "briefing", "interview"): its phrase between a complete subject
        /// and the verb belongs to the verb group ("Bell during a rally said …"), no speaker of it.
        /// </summary>
        Occasion = 1UL << 57,
        /// <summary>
        /// The past participle of a verb of perceiving or recording ("heard", "seen", "shown", "filmed"): after a form of "be",
        /// a participle of speech after it reports the subject's own words ("a reporter can be heard asking", "is shown lecturing:").
        /// </summary>
        Perception = 1UL << 56,
        /// <summary>
        /// A participle that works as a conjunction or preposition ("considering", "assuming", "supposing"): after a comma it
        /// opens a condition or a ground the writer gives ("…, assuming no change in output"), not what the subject thinks.
        /// </summary>
        ConjunctiveParticiple = 1UL << 59,
        /// <summary>
        /// A plural noun of a great number ("hundreds", "dozens", "thousands"): before "of" it counts the people named after it
        /// with no determiner of their own ("Hundreds of demonstrators chanted “…”"), who are the phrase's head.
        /// </summary>
        Multitude = 1UL << 58,
        /// <summary>
        /// A participle of leading a body ("chaired", "headed", "led") before "by": "the committee, chaired by Senator Jo Bell",
        /// the person named after it leads the body named before it, and speaks for that body's side.
        /// </summary>
        Leadership = 1UL << 62,
        /// <summary>
        /// An adjective that says a description names again the one the text named before ("the same official"): the earlier
        /// one is looked for without it, as it is no word of that one's own description.
        /// </summary>
        SameReferent = 1UL << 60,
        /// <summary>
        /// A lower-case word inside an organisation's name after its organisation word, between capitalised words ("Center for
        /// American Progress", "Council on Foreign Relations", "Committee to Protect Journalists", "Department of Health and
        /// Human Services").
        /// </summary>
        OrganisationConnective = 1UL << 61,
        /// <summary>
        /// An ordinal that opens a sentence before a comma as the number of a point in a list ("First, …", "Second, the
        /// review …", "Thirdly, …"): no subject, as "Meanwhile," is none.
        /// </summary>
        Ordinal = 1UL << 63,
    }

    /// <summary>
    /// A grammar word's tags in <c>words.txt</c>: its roles and its classes, found by one look-up. A class, not a
    /// struct, for the reason <see cref="SpeakerNounEntry"/> gives (the dictionary of the words is filled at the
    /// word lists' load in a fresh process, and a dictionary of string to a struct of the module's was compiled then).
    /// </summary>
    internal sealed class WordEntry
    {
        /// <summary>The entry of a word that has no line in words.txt: no tag, class or group.</summary>
        public static readonly WordEntry None = new WordEntry(WordTag.None, WordClass.None, WordGroup.None, WordSense.None);

        public WordEntry(WordTag tags, WordClass classes, WordGroup groups, WordSense senses)
        {
            Tags = tags;
            Classes = classes;
            Groups = groups;
            Senses = senses;
        }

        public WordTag Tags { get; }
        public WordClass Classes { get; }
        public WordGroup Groups { get; }
        public WordSense Senses { get; }
    }

    /// <summary>
    /// What a modifier says of the one a description or a role names (the fourth set of tags of <c>words.txt</c>, beside
    /// <see cref="WordTag"/>, <see cref="WordClass"/> and <see cref="WordGroup"/>, which have no bit left).
    /// </summary>
    [Flags]
    internal enum WordSense : ulong
    {
        None = 0,
        /// <summary>
        /// Before a role, says that its holder no longer holds it ("a former Pentagon official", "retired Commodore Ali
        /// Shah", "the onetime envoy"): one who left an office speaks for no side by it.
        /// </summary>
        PastOffice = 1,
        /// <summary>
        /// Names nobody ("nobody", "none", "neither", "no"): as a subject, or as the determiner of one, it makes no speaker and
        /// no claim ("Nobody disagreed", "no one said", "None of them said", "Neither side said").
        /// </summary>
        NilSubject = 2,
        /// <summary>
        /// Opens a sentence that presents what comes after its colon ("The following is the statement of …:", "Here is …:"):
        /// a missive of a named issuer named in it is that issuer's words (<see cref="Attribution.Clauses.PresentedStatement"/>).
        /// </summary>
        Presenting = 4,
        /// <summary>
        /// Names the people of a region or a bloc of several states, not of one ("European", "Western", "Arab"): an envoy so
        /// described ("a Western diplomat") is a foreign observer, of no one state (<see cref="Attribution.MentionFacts.EnvoyOfABloc(string?)"/>).
        /// </summary>
        Bloc = 8,
        /// <summary>
        /// A noun of not doing ("failure", "refusal", "reluctance"): an infinitive right after it is what was not done ("its
        /// failure to speak out on …", "his refusal to comment on …"), no words of anyone, nor the purpose of a verb before it.
        /// </summary>
        NotDoing = 16,
        /// <summary>
        /// A phrase of one moment or some moments of a longer speech or event ("at one point", "at times", "at another
        /// point"): between a comma and a participle of saying it says when, and the participle still reports for the clause
        /// before ("…, at one point calling the mayor “a liar”").
        /// </summary>
        Moment = 32,
        /// <summary>
        /// An adverb of another time than its clause's ("now", "later", "then"): a participle of saying after it and a comma is
        /// an act of a later time, as often of someone named closer as of the clause's subject ("…, Bell and Reyes, now saying …").
        /// </summary>
        OtherTime = 64,
        /// <summary>
        /// A determiner of no one thing in particular ("any"): "any report that says …" names no report that exists, so it is no
        /// source of what its relative clause says (<see cref="Attribution.Rules.ReportedSpeech.IsHypotheticalAntecedent"/>).
        /// </summary>
        FreeChoice = 128,
        /// <summary>
        /// A noun that opens a programme's list of its guests before a colon ("Guests:", "Panel:", "Participants:"): each name
        /// in the list, set off by a semicolon or a new line, is followed by a comma and the person's role
        /// (<see cref="Attribution.SpeakerResolution"/> reads it for the transcript's labels).
        /// </summary>
        GuestList = 256,
        /// <summary>
        /// A verb of teaching or research in a relative clause after a name ("teaches", "lectures", "researches"): "Ada Lund,
        /// who teaches economics at a university in Lahore" says where she works, as "a lecturer at a university" does, so
        /// one who teaches at a body of research speaks for no state (<see cref="Attribution.MentionFacts.TeachesAtResearchBody"/>).
        /// </summary>
        Scholarship = 512,
        /// <summary>
        /// A noun of one side of a border after a country's adjective ("side": "On the Afghan side of the border, a police
        /// commander said …"): a phrase so opening a sentence places its scene in that country, not the dateline's.
        /// </summary>
        Frontier = 1024,
        /// <summary>
        /// The noun of "in the words of X" ("words"): between "in the" and "of" it names whose words stand beside the phrase, as
        /// "according to X" does ("…, in the words of one aide, “…”", "“…,” in the words of the mayor").
        /// </summary>
        WordsOf = 2048,
        /// <summary>
        /// A noun of one's telling of events ("reading", "version", "account"): after "In" and an owner it opens the
        /// owner's account of the rest of the sentence, as a noun of thought does ("In the army's reading, the posts …": <see cref="Attribution.Rules.InOwnView"/>).
        /// </summary>
        OwnReading = 4096,
        /// <summary>
        /// A noun of what an inquiry may find, that "no" before it denies ("no evidence of …", "no intent to …", "no deliberate
        /// effort to …"): as the object of a verb of finding after a coordinator it is the finding of the first verb's subject
        /// ("… concluded that …, and found no intent to …": <see cref="Attribution.Rules.CoordinatedFinding"/>).
        /// </summary>
        FindingObject = 8192,
        /// <summary>
        /// A form of a verb that names a cause after "to" ("attributed the delays to the strike"): with a name after its "to"
        /// ("attributed the remark to Ada Lund", "to the Harbour Board") it says who said or did a thing, and reports no view of
        /// its subject's (<see cref="Attribution.Rules.ReportedSpeech"/>, the likening verbs).
        /// </summary>
        CauseVerb = 16384,
        /// <summary>
        /// The half of the day after a clock time ("a.m.", "p.m.", "am", "pm"): with it the time is still a live blog's stamp
        /// ("9:41 a.m. --", "1:05pm", "6:01 p.m." alone over the entry: <see cref="Text.Tokenizer.OpensTimeStamp"/>).
        /// </summary>
        Meridiem = 32768,
        /// <summary>
        /// A verb, or a verb and its preposition, of meeting the press ("briefed", "spoke to", "talked with"): with a noun
        /// tagged <see cref="PressAudience"/> after it, its subject has the floor ("A US official briefed reporters on the plane.
        /// He said …": <see cref="Attribution.Clauses.MetThePress"/>).
        /// </summary>
        PressMeeting = 65536,
        /// <summary>The press as an audience ("reporters", "journalists", "the press", "the media"), after a verb of <see cref="PressMeeting"/>.</summary>
        PressAudience = 131072,
        /// <summary>
        /// Says that a side is not the one of who speaks of it ("other", "opposing"): before a noun of a side (<see cref="Frontier"/>,
        /// "side") it names the other party, never the speaker's own ("… and the other side tells us afterwards that it was
        /// regrettable": <see cref="Attribution.MentionFacts.OtherSide"/>).
        /// </summary>
        Opposing = 262144,
        /// <summary>
        /// A pronoun of the third person plural, in any case ("they", "them", "their", "theirs", "themselves"): what a plural
        /// noun of findings may be named by again in a side's words ("The army says they are wrong":
        /// <see cref="Accounts.FindingsPronoun"/>).
        /// </summary>
        ThirdPlural = 524288,
        /// <summary>
        /// Makes a possessive before it the owner's own ("its own account", "their own version"): the telling is the
        /// possessive's owner's, not a thing's written between (<see cref="Attribution.Rules.ReportedSpeech"/>, OwnedTelling).
        /// </summary>
        OwnEmphasis = 1048576,
        /// <summary>
        /// One of an outlet's own people or the outlet itself ("editor", "correspondent", "reporter", "newspaper"): after a
        /// determiner of <see cref="OwnOutlet"/> ("our Islamabad editor", "this newspaper") it is the outlet that asked, so
        /// "He spoke to our editor" over an interview names him as the one interviewed (<see cref="Attribution.Rules.InterviewAnswer"/>).
        /// </summary>
        Newsroom = 2097152,
        /// <summary>A determiner that makes the press noun after it the outlet's own ("our", "this": "our correspondent", "this newspaper").</summary>
        OwnOutlet = 4194304,
        /// <summary>
        /// A noun and its preposition whose object is the country a relation or a journey is with or to ("relations with",
        /// "talks with", "visit to"): the country so named is the topic, not the country of the office-holder the sentence
        /// introduces ("Foreign Secretary Jo Bell … relations with the United States"; <see cref="Attribution.SpeakerResolution"/>).
        /// </summary>
        RelationWith = 8388608,
        /// <summary>
        /// A preposition that may take a participle of saying as the end of its clause subject's verb phrase ("of", "in", "for":
        /// "made a point of saying", "erred in saying", "is known for saying"): the quotation the participle reports is the
        /// subject's (<see cref="Attribution.Rules.GerundOfSaying"/>).
        /// </summary>
        GerundLead = 16777216,
        /// <summary>
        /// A finite verb of leading a body ("chairs", "heads", "leads"): after a person's name, or after its comma and "who", the
        /// body named right after it is the one the person leads, whose side the person speaks for ("Senator Jo Bell chairs the
        /// Northland Committee on Ports": <see cref="Attribution.SpeakerResolution"/>).
        /// </summary>
        Chairing = 33554432,
        /// <summary>
        /// A preposition that names, in a relative clause after a role, the body its subject works for, whatever the clause's verb
        /// ("for": "who has studied the border for a research institute", "who has written for a think tank"); not "at", after
        /// which a body may be where the subject studied ("who studied at a university"; <see cref="Attribution.MentionFacts"/>).
        /// </summary>
        EmployerFor = 67108864,
        /// <summary>
        /// A quantifier that may float from its plural subject to stand before the verb, after the subject or its auxiliary
        /// ("Bell and Reyes have both argued", "the mayors all said", "they will both decide"): part of the verb group there,
        /// never the subject: "all", "both".
        /// </summary>
        FloatingQuantifier = 134217728,
        /// <summary>
        /// A subordinator of reason ("because"): right after a verb of saying or knowing it opens why, not what ("I knew because my
        /// sister had told me"), so it opens no content (<see cref="Attribution.Rules.ReportedSpeech"/>.StartsAsContent).
        /// </summary>
        Reason = 268435456,
        /// <summary>
        /// A preposition that, opening a clause with a person and a comma after it, says whose view the clause is ("To her, the
        /// film is “…”", "… because to Lund, “…”"), as "In her view, …" does (<see cref="Attribution.Rules.ToPersonView"/>): "to".
        /// </summary>
        ViewTo = 536870912,
        /// <summary>
        /// A noun of the line a side takes ("stand", "stance"): owned, as the subject of "is" or "was" whose complement is a
        /// that-clause, it reports the clause as the owner's account, as a noun of saying does ("Pakistan's stand is that …",
        /// "The American stance is that …": <see cref="Attribution.Rules.OwnedStatement"/>); nowhere else a noun of saying.
        /// </summary>
        SideStand = 1073741824,
        /// <summary>
        /// A predicate of taking a stand, whole after its subject and closing the sentence ("went further", "was blunter", "took
        /// a harder line"): it reports no words, yet gives its subject the floor, so the "he" or "she" of the quotation after it
        /// stands for that subject as after its own words ("A spokesman for the embassy went further. “…,” he said.":
        /// <see cref="Attribution.Clauses.TookAStand"/>).
        /// </summary>
        StandTaken = 2147483648,
        /// <summary>
        /// A preposition of a place beside or around a building or a body ("outside", "near", "across from"): a side's seat
        /// named after it ("a lawyer, speaking to reporters outside the Pentagon") is where one stood, not the side one speaks
        /// for (<see cref="Attribution.PartyResolver.BesideAPlace"/>).
        /// </summary>
        BesidePlace = 1UL << 32,
        /// <summary>
        /// A noun that stands for a country named before ("country", "nation"): "the country's embassy" right after "Pakistan
        /// tells the story another way." is Pakistan's (<see cref="Attribution.SpeakerResolver.CountryOfCountryNoun"/>).
        /// </summary>
        CountryNoun = 1UL << 33,
        /// <summary>
        /// A verb of study ("studies") in a relative clause after a name: with a topic of two words or more between it and a body
        /// of research ("Ada Lund, who studies South Asian security at a university in Lund") it says where a scholar works, as a
        /// verb of <see cref="Scholarship"/> does; with one word ("who studies law at a university") the subject may be a
        /// student (<see cref="Attribution.MentionFacts.TeachesAtResearchBody"/>).
        /// </summary>
        Study = 1UL << 34,
        /// <summary>
        /// An adverb of a place named before ("there"): right after a speaker noun it places the speaker in the place the text
        /// named last ("In Pakistan, … The military there insists …", "officials in Rawalpindi … officers there are adamant"),
        /// whose country the speaker is of (<see cref="Attribution.SpeakerResolver.LocalBody"/>); no side when no place is named.
        /// </summary>
        NamedPlace = 1UL << 35,
        /// <summary>
        /// A verb that links an owned account to its that-clause as "is" does ("remains", "remained"; "been" after "has" or "had"):
        /// "Washington's view remains that …", "the army's position has been that …" (<see cref="Attribution.Rules.OwnedStatement"/>).
        /// </summary>
        AccountCopula = 1UL << 36,
        /// <summary>
        /// A wh-word that may open a free relative standing alone as an explainer's caption ("How long the army says the strike
        /// went on.", "What the ministry says happened"): "how", "what", "why". The subject inside it is the one the writer
        /// puts in view, whom a later "it" stands for (<see cref="Attribution.Clauses.FreeRelativeSubject"/>).
        /// </summary>
        WhLead = 1UL << 37,
        /// <summary>
        /// A preposition of concession ("despite"): right after a verb of saying, its phrase closed by a comma and a clause of
        /// its own after it opens what was said ("said despite the rain, the parade would go on"), as "although" does.
        /// </summary>
        Concessive = 1UL << 38,
        /// <summary>
        /// A preposition that ties a description's holder to a body ("for", "of", "at", "from": "a spokesman for the hospital", "an
        /// official of the council"): a post-modifier it opens names whom the holder speaks for.
        /// </summary>
        Affiliation = 1UL << 39,
        /// <summary>
        /// The words after a description and its comma that give the name the person gave ("who gave his name as", "identified
        /// only as", "who gave only her first name"): the name after them is the one who speaks, as in "one man, Ali Reza,"
        /// (<see cref="Attribution.Clauses.NameAfterDescription(Attribution.MentionParser, System.Collections.Generic.IReadOnlyList{Token}, Attribution.Mention, int, bool, out int)"/>).
        /// </summary>
        NameGiven = 1UL << 40,
        /// <summary>
        /// A word that names where a person or a family came from, right after a country's demonym: joined to it by a hyphen
        /// ("Pakistani-born") or after it in an "of" phrase ("of Pakistani descent"): the country is the person's origin, not a
        /// side the person speaks for (<see cref="Accounts.ClaimReader"/>'s sides).
        /// </summary>
        Origin = 1UL << 41,
        /// <summary>
        /// A word that opens a list of what a noun phrase before it holds, after a comma ("…, including the wrong information on
        /// the posts' locations"): it goes on that phrase and never opens the predicate of a clause the comma closed.
        /// </summary>
        ListInclusion = 1UL << 42,
        /// <summary>
        /// The head of a body's name that a title of rank or office may open, written with a capital ("the General Staff", "the
        /// General Command", "the Supreme Council"): after a title it is the body whole, never a person's name the title goes with
        /// (<see cref="Attribution.MentionParser"/>); in lower case no body of itself ("staff said").
        /// </summary>
        TitledBody = 1UL << 43,
        /// <summary>
        /// A verb of an act done at a place, not of a post held there ("addressed", "spoke", "attended"): in a relative clause
        /// inside a description ("a cleric who addressed one of the rallies in Islamabad") the place after it is where the act
        /// was, not a side the person speaks for (<see cref="ClaimFinder"/>), as "who serves in Islamabad" would say.
        /// </summary>
        PlaceAct = 1UL << 44,
    }

    /// <summary>The set phrases that frame a letter (the tags of <c>letter-phrases.txt</c>).</summary>
    internal enum LetterPhrase
    {
        None,
        /// <summary>Opens a letter before its addressee ("Dear Mr. Secretary:", "To the Editor:").</summary>
        Salutation,
        /// <summary>A complimentary close, alone on its line before the signers ("Sincerely,", "Yours faithfully,").</summary>
        Close,
    }

    /// <summary>What a word of an interview's introduction says (the tags of <c>interview-words.txt</c>).</summary>
    [Flags]
    internal enum InterviewWordTag
    {
        None = 0,
        /// <summary>A word of interviewing or meeting ("interviewed", "spoke", "met"): "in" and a place after it is where the talk was held.</summary>
        Held = 1,
        /// <summary>Says the talk went over a distance ("from", "telephone", "video"): the asker was not where the guest was.</summary>
        Remote = 2,
    }

    /// <summary>What a speaker noun says of the person (the tags of <c>speaker-nouns.txt</c>).</summary>
    [Flags]

    internal enum SpeakerNounTag
    {
        None = 0,
        Anonymous = 1,
        Kin = 2,
        Institutional = 4,
        /// <summary>Written with a capital, as a party's members are ("a New Hampshire Democrat").</summary>
        Capitalised = 8,
        /// <summary>Speaks for an institution of the place the text reports from when no country is written ("officials said" in a story filed from Islamabad).</summary>
        Local = 16,
        /// <summary>Names a body of people as one ("the crowd", "the audience"): "they" or "it" stands for it, never "he" or "she".</summary>
        Collective = 32,
        /// <summary>Speaks as an expert of no side ("a defence analyst", "a researcher at …"): never for a party the role's place or employer names.</summary>
        Expert = 64,
        /// <summary>Someone whose part is to ask ("a questioner", "the moderator"): a "he" or "she" after their words is more often the one who answers.</summary>
        Asker = 128,
        /// <summary>A private person, no agent of a state ("a Pakistani graduate student", "an Afghan shopkeeper"): the nationality of the role says where they are from, not whom they speak for.</summary>
        Private = 256,
        /// <summary>The voice of a body by office ("a spokesman"): with no body written, the body of a side that spoke in the same paragraph is its.</summary>
        Spokesperson = 512,
        /// <summary>One posted abroad for a country ("an ambassador", "the envoy"): a place after it ("in Washington", "to Pakistan") is the posting, not the side.</summary>
        Envoy = 1024,
        /// <summary>A member of a state's cabinet ("minister"): one titled so with no country, in a text with no dateline, serves the one country whose cabinet the text names.</summary>
        Cabinet = 2048,
        /// <summary>Names a person by nothing but being one ("a man", "a woman", "people"): brought in by "a", a number or no article, with no words after it, it says nothing of whom they speak for.</summary>
        Plain = 4096,
        /// <summary>One of a body's people ("a committee member", "a member of the panel"): with the body written as its bare word, the body the text named before with that word says the side.</summary>
        Member = 8192,
        /// <summary>The title of a state's or government's office-holder ("president", "minister", "secretary"): a bare "the president" inside an institution's report is that institution's own holder.</summary>
        Office = 16384,
        /// <summary>The other party of an exchange with the one just named ("the host", "the anchor"): never an epithet for the person the sentence before names.</summary>
        Counterpart = 32768,
        /// <summary>One who makes a body's findings ("the investigators"): bare, speaks for the findings the text named before, never for the side quoted last.</summary>
        Findings = 65536,
        /// <summary>
        /// One who pleads for clients ("a lawyer", "a barrister"): named by a field of law and no client ("a constitutional lawyer",
        /// law-fields.txt), a commentator on the law, as an expert is; a client's ("the senator's lawyer") speaks for no one.
        /// </summary>
        Counsel = 131072,
        /// <summary>
        /// One of a political party's rank and file ("a party worker", "a PML-N activist"): the party's name in the role says whom
        /// they follow, not a state they speak for (a party's politicians, "PML-N leader X", are their country's).
        /// </summary>
        Follower = 262144,
        /// <summary>
        /// The one who faces another in an exchange ("counterpart"): a country's possessive before it names the one
        /// faced ("Pakistan's counterpart"), never the side the person speaks for.
        /// </summary>
        Opposite = 524288,
        /// <summary>
        /// A trade that is no office, though a state may employ one ("engineer"): one who retired from it or left it ("a retired
        /// engineer") left no office, so the past-office word gives no side, as a retired enlisted rank's does.
        /// </summary>
        Trade = 1048576,
        /// <summary>
        /// Presides over a legislature or a council ("the Speaker"), a common noun too ("a guest speaker"): no head noun of a token by
        /// itself (<see cref="Token.IsSpeakerNoun(out string, out bool)"/> says no), read as one only where the mention grammar finds
        /// the office written (<see cref="Attribution.MentionParser"/>: "the Speaker of the House", "House speaker Jo Bell"); a
        /// description so headed is a person's as any speaker noun's is.
        /// </summary>
        BodyOffice = 2097152,
    }

    /// <summary>What an organisation or document word says of its speaker (the tags of <c>organisation-words.txt</c>).</summary>
    [Flags]
    internal enum OrganisationWordTag
    {
        None = 0,
        /// <summary>A document, not an organisation ("statement", "report").</summary>
        Document = 1,
        /// <summary>A bare "the ministry" or "the statement" speaks for the side the text named before.</summary>
        Institutional = 2,
        /// <summary>A document of findings ("investigation", "report", "study"): what investigators found speaks for whoever made it, not for the side the text quoted last.</summary>
        Findings = 4,
        /// <summary>A document a possessive before it is about, not by ("Clinton's record", "the senator's voting record": what the senator did, not what the senator wrote).</summary>
        Subject = 8,
        /// <summary>A newspaper or a piece of one ("the paper", "the editorial", "the column"): it speaks for its outlet and writers, never for the side the text named before.</summary>
        Press = 16,
        /// <summary>A document by which its issuer speaks in its own words ("statement", "letter", "message"): what follows the sentence that issues it is the issuer's.</summary>
        Missive = 32,
        /// <summary>A diplomatic mission ("embassy", "consulate"): a place written right after it ("Embassy Islamabad", "the embassy in Nairobi") is where it sits, not whose it is.</summary>
        Mission = 64,
        /// <summary>The body of a state's ministers ("cabinet"): the country written with it says whose ministers the text's ministers of no country are.</summary>
        Cabinet = 128,
        /// <summary>A body of research or teaching ("university", "think tank"): one who works at it speaks for no state, whatever place its name holds.</summary>
        Research = 256,
        /// <summary>A state's ministry ("department", "ministry"): a portfolio's word of ministries.txt beside it says which ("Defense Department", "the Ministry of Defence").</summary>
        Ministry = 512,
        /// <summary>A state's own armed service ("army", "navy"): a bare one takes no side from a force of another kind named before (<see cref="JointForce"/>).</summary>
        NationalForce = 1024,
        /// <summary>An armed body that is no state's own service ("force", "coalition", "alliance"): named with no country of its side, it gives none to a bare <see cref="NationalForce"/> after it.</summary>
        JointForce = 2048,
        /// <summary>A state's house of elected members ("senate", "assembly"): "Senate of Northland" over a record's labelled turns says whose house it is (<c>LegislatureRecordSide</c>).</summary>
        Legislature = 4096,
        /// <summary>A document a house of elected members adopts ("resolution", "motion"): with no side of its own, it is the side of the house the text named adopting it (<c>SideOfLegislatureBefore</c>).</summary>
        Enacted = 8192,
    }

    /// <summary>One reporting verb form ("told"), its lemma ("tell") and its tags.</summary>
    internal sealed class ReportingVerb
    {
        public ReportingVerb(string form, string lemma, VerbTag tags, string[]? particle = null)
        {
            Form = form;
            Lemma = lemma;
            Tags = tags;
            Particle = particle;
        }

        public string Form { get; }
        public string Lemma { get; }
        public VerbTag Tags { get; }

        /// <summary>A base form that is spelled as the verb's past too ("cast"; the line lists it again after the -s form): a past with any subject.</summary>
        public bool PastAsBase { get; init; }

        /// <summary>For a phrasal cue ("called for", "pointed out"), the lower-case words after the verb; null otherwise.</summary>
        public string[]? Particle { get; }

        public bool Has(VerbTag tag) => (Tags & tag) != 0;

        /// <summary>True when the verb may cue a quotation at all (before or after it).</summary>
        public bool CuesQuotes => (Tags & (VerbTag.Before | VerbTag.After)) != 0;

        /// <summary>Where the verb may stand relative to a quotation.</summary>
        public CueUse Use => Has(VerbTag.Before) && Has(VerbTag.After) ? CueUse.Any : Has(VerbTag.Before) ? CueUse.Before : CueUse.After;

        /// <summary>A verb by which someone states, holds, concedes or denies something (say, insist, admit, deny), not a manner or a judgement.</summary>
        public bool States => Has(VerbTag.Speech | VerbTag.Stance | VerbTag.Concession | VerbTag.Denial) && !Has(VerbTag.Manner);

        /// <summary>
        /// A verb that only says or tells (say, tell, confirm, explain), holding no stance, concession, denial, judgement or thought of its
        /// own: negated, it reports that nothing was said ("did not say that …"), where a negated "accept" or "agree" rejects.
        /// </summary>
        public bool OnlySays => Has(VerbTag.Speech) && !Has(VerbTag.Stance | VerbTag.Concession | VerbTag.Denial | VerbTag.Thought | VerbTag.Judgement);

        /// <summary>Takes an addressee before its content ("told reporters that …"); a verb that judges its object keeps it in the content ("accused X of …").</summary>
        public bool TakesAddressee => Has(VerbTag.Object) && !Has(VerbTag.Judgement);

        public bool IsParticiple => Form.EndsWith("ing", StringComparison.Ordinal);

        /// <summary>The past tense or past participle ("said", "told", "warned"): neither the base, the form in -s nor the one in -ing.</summary>
        public bool IsPast => Form != Lemma && !IsParticiple && !IsThirdPerson;

        /// <summary>The form in -s ("says", "denies").</summary>
        public bool IsThirdPerson => Form == Lemma + "s" || Form == Lemma + "es" ||
                                     Lemma.EndsWith("y", StringComparison.Ordinal) && Form == Lemma.Substring(0, Lemma.Length - 1) + "ies";

        /// <summary>A form of "be" ("is", "was", "been", "wasn't"): before a past participle it makes the passive ("was told", "is said to").</summary>
        public static bool IsBe(string lower) => Lexicon.Is(lower, WordClass.Be | WordClass.NegatedBe);

        public override string ToString() => Form;
    }

    /// <summary>A country: its name, demonyms, other names and capital (used as a metonym only alone).</summary>
    internal sealed class Country
    {
        public Country(string name, bool matchName)
        {
            Name = name;
            MatchName = matchName;
        }

        public string Name { get; }
        public bool MatchName { get; }
        public List<string> Demonyms { get; } = new List<string>();
        public List<string> OtherNames { get; } = new List<string>();
        public List<string> Capitals { get; } = new List<string>();

        /// <summary>
        /// The country's political parties that a description names its politicians by ("PML-N leader", "a senator of the
        /// JUI-F"): a member speaks for the country, as a nationality word says. Not names of the country: only a scan of a
        /// description reads them (<see cref="CountryTable.Scan"/>), never a lookup of a name (<see cref="CountryTable.Find"/>).
        /// </summary>
        public List<string> PoliticalParties { get; } = new List<string>();

        /// <summary>Every form that names the country (name, demonyms, other names).</summary>
        public IEnumerable<string> Forms()
        {
            if (MatchName) yield return Name;
            foreach (var d in Demonyms) yield return d;
            foreach (var o in OtherNames) yield return o;
        }
    }

    /// <summary>A title written before a name ("Brig. Gen.", "Prime Minister"), as words, with the gender it implies.</summary>
    internal sealed class Title
    {
        public Title(string[] words, char gender, bool formOfAddress, string? noun = null, bool honorific = false, bool office = false, bool abroad = false, bool withPortfolio = false, bool legislator = false, bool rank = false)
        {
            Rank = rank;
            Legislator = legislator;
            WithPortfolio = withPortfolio;
            Office = office;
            Abroad = abroad;
            Words = words;
            Gender = gender;
            FormOfAddress = formOfAddress;
            Noun = noun;
            Honorific = honorific;
        }

        /// <summary>An honorific that is part of the name as written ("Syed", "Chaudhry"), not a title.</summary>
        public bool Honorific { get; }

        /// <summary>A title made of a title and a portfolio after it ("Minister for Law"; titles.txt 'portfolio-for'): its words are no title words by themselves.</summary>
        public bool WithPortfolio { get; }

        /// <summary>A public office of a state ("Defence Minister", "Senator", "Brig. Gen."): the holder speaks for a country.</summary>
        public bool Office { get; }

        /// <summary>An office whose holder speaks in other countries ("Ambassador", "Secretary of State"; titles.txt 'abroad'): the dateline does not say whose office it is.</summary>
        public bool Abroad { get; }

        /// <summary>A member of a legislature ("Senator", "Congressman"; titles.txt 'legislator'): one sits at home, in the place a sentence opens with.</summary>
        public bool Legislator { get; }

        /// <summary>A rank of an armed force ("Sgt.", "Lieutenant Colonel"; titles.txt 'rank'): a grade any army has, no post of a state's government.</summary>
        public bool Rank { get; }

        public string[] Words { get; }

        /// <summary>'m', 'f' or '\0'.</summary>
        public char Gender { get; }

        /// <summary>Only a form of address (Mr, Lady, Father): no role.</summary>
        public bool FormOfAddress { get; }

        /// <summary>The speaker noun the title stands for ("general" for "Brig. Gen."); null when its last word is one or it has none.</summary>
        public string? Noun { get; }

        /// <summary>The speaker noun a later description may use for the person ("the general"), or null.</summary>
        public string? SpeakerNoun
        {
            get
            {
                if (Noun != null) return Noun;
                // the head of the title: its last word, or the word before its first lower-case word ("Leader of the
                // Opposition", "Secretary of State": the leader, the secretary)
                int head = Words.Length - 1;
                for (int i = 1; i < Words.Length; i++)
                    if (Words[i].Length > 0 && char.IsLower(Words[i][0])) { head = i - 1; break; }
                var last = Casing.Lower(Words[head]);
                return Lexicon.IsSpeakerNoun(last, out var singular, out var plural) && !plural ? singular : null;
            }
        }
    }

    /// <summary>
    /// The one lexicon: every word list of the engine, read once from the tagged embedded resources
    /// (<c>IncidentTools.Resources.*.txt</c>): reporting verbs, grammar words, titles, speaker nouns,
    /// organisation words and names, abbreviations, given names, cue phrases and countries.
    /// Immutable once loaded; safe to share between threads.
    /// </summary>
    internal static class Lexicon
    {
        /// <summary>The lines of reporting-verbs.txt, read once for the three tables made of them (<see cref="_verbs"/>, <see cref="_phrasal"/>, <see cref="_otherVerbs"/>).</summary>
        private static readonly TracedLazy<string[]> _verbLines = new TracedLazy<string[]>(() => Lines("reporting-verbs.txt").ToArray());
        private static readonly TracedLazy<Dictionary<string, ReportingVerb>> _verbs = new TracedLazy<Dictionary<string, ReportingVerb>>(LoadVerbs);
        private static readonly TracedLazy<Dictionary<string, List<ReportingVerb>>> _phrasal = new TracedLazy<Dictionary<string, List<ReportingVerb>>>(() => LoadPhrasal(copula: false));

        /// <summary>
        /// The phrasal cues of the copula ("+ be adamant"), apart from <see cref="_phrasal"/>: cues of the attribution stage only
        /// (<see cref="AttributionPhrasalCues"/>); the claims stage's look-ups of reporting verbs (<see cref="PhrasalCues"/>, its words that open
        /// another's report) keep to the verbs of reporting-verbs.txt, which "is" and "was" are not.
        /// </summary>
        private static readonly TracedLazy<Dictionary<string, List<ReportingVerb>>> _copulaPhrasal = new TracedLazy<Dictionary<string, List<ReportingVerb>>>(() => LoadPhrasal(copula: true));
        private static readonly TracedLazy<Dictionary<string, HashSet<string>>> _otherVerbs = new TracedLazy<Dictionary<string, HashSet<string>>>(LoadOtherVerbs);
        private static readonly TracedLazy<Dictionary<string, WordEntry>> _words = new TracedLazy<Dictionary<string, WordEntry>>(LoadWords);
        private static readonly TracedLazy<List<string[]>> _cuePhrases = new TracedLazy<List<string[]>>(() =>
            Lines("cue-phrases.txt").Select(l => l.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToList());
        private static readonly TracedLazy<TitleLists> _titleLists = new TracedLazy<TitleLists>(LoadTitles);
        /// <summary>The tag of titles.txt for a mark written in brackets after a title ("Lt Gen (retd)"), never a title alone.</summary>
        private const string BracketedTitleTag = "bracketed";
        /// <summary>The tag of titles.txt for an office whose holder speaks abroad ("Ambassador"): the dateline does not say whose.</summary>
        private const string AbroadTitleTag = "abroad";
        /// <summary>The tag of titles.txt for a member of a legislature ("Senator"): a place opening the sentence says whose.</summary>
        private const string LegislatorTitleTag = "legislator";
        /// <summary>The tag of titles.txt for a rank of an armed force ("Sgt.", "Capt."): any army's grade, no post of one state.</summary>
        private const string RankTitleTag = "rank";
        /// <summary>The tag of titles.txt for an honorific written after a name ("Kayani sahib"), never a title before one.</summary>
        private const string AfterNameTitleTag = "after-name";
        /// <summary>The tag of titles.txt for a title that is a given name too ("Dean Hollis"), kept in the set <see cref="IsGivenNameTitle"/> reads.</summary>
        private const string GivenNameTitleTag = "given-name";
        private static readonly TracedLazy<Dictionary<string, List<Title>>> _titlesByFirstWord = new TracedLazy<Dictionary<string, List<Title>>>(() =>
            _titleLists.Value.Titles.Concat(_titleLists.Value.Honorifics).GroupBy(t => t.Words[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToList(), StringComparer.Ordinal));
        private static readonly TracedLazy<Dictionary<string, Title[]>> _titlesOnlyByFirstWord = new TracedLazy<Dictionary<string, Title[]>>(() =>
            _titleLists.Value.Titles.GroupBy(t => t.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _titleWords = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_titleLists.Value.Titles.Where(t => !t.WithPortfolio).SelectMany(t => t.Words), StringComparer.Ordinal));
        private static readonly TracedLazy<Dictionary<string, SpeakerNounEntry>> _speakerNouns =
            new TracedLazy<Dictionary<string, SpeakerNounEntry>>(LoadSpeakerNouns);
        private static readonly TracedLazy<Dictionary<string, OrganisationWordEntry>> _orgWords =
            new TracedLazy<Dictionary<string, OrganisationWordEntry>>(LoadOrgWords);
        /// <summary>How many letters a document word has at least for its form in -s to count as its plural (not "ads" of "ad").</summary>
        private const int DocumentPluralStem = 3;
        private static readonly TracedLazy<HashSet<string>> _documentPlurals = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_orgWords.Value.Where(e => e.Value.Document && e.Key.Length >= DocumentPluralStem && e.Key == Casing.Lower(e.Key)).Select(e => e.Key + "s"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _nameHeads = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("accounts-name-heads.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _groupNouns = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("accounts-group-nouns.txt"), StringComparer.OrdinalIgnoreCase));
        private static readonly TracedLazy<HashSet<string>> _clauseNouns = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("clause-nouns.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _lawFields = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("law-fields.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _partyAllianceWords = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("party-alliance-words.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _callObjects = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("call-objects.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _wordingVerbs = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("wording-verbs.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<Dictionary<string, string>> _expressedFeelings =
            new TracedLazy<Dictionary<string, string>>(LoadExpressedFeelings);
        private static readonly TracedLazy<Dictionary<string, Dictionary<string, string>>> _aimedNouns =
            new TracedLazy<Dictionary<string, Dictionary<string, string>>>(LoadAimedNouns);
        /// <summary>Every preposition of aimed-nouns.txt, once each (<see cref="IsAimedPreposition"/>).</summary>
        private static readonly TracedLazy<string[]> _aimedPrepositions = new TracedLazy<string[]>(() =>
            _aimedNouns.Value.Values.SelectMany(after => after.Keys).Distinct(StringComparer.Ordinal).ToArray());
        private static readonly TracedLazy<HashSet<string>> _documentParts = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("document-parts.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _documentMakers = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("document-makers.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _givenOccasions = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("given-occasions.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _frontierPlaces = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("frontier-places.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _presidedBodies = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("presided-bodies.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<Dictionary<string, InterviewWordTag>> _interviewWords = new TracedLazy<Dictionary<string, InterviewWordTag>>(() =>
            TaggedWords<InterviewWordTag>("interview-words.txt"));
        private static readonly TracedLazy<HashSet<string>> _enlistedRanks = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("enlisted-ranks.txt"), StringComparer.Ordinal));
        /// <summary>The subject form of an object or possessive pronoun, by its case (pronoun-cases.txt).</summary>
        private static readonly TracedLazy<PronounCases> _pronounCases = new TracedLazy<PronounCases>(LoadPronounCases);
        private static readonly TracedLazy<Dictionary<string, HashSet<string>>> _senseObjects = new TracedLazy<Dictionary<string, HashSet<string>>>(LoadSenseObjects);
        private static readonly TracedLazy<HashSet<string>> _soundbiteCues = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("soundbite-cues.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _causativeVerbs = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("causative-verbs.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _pollStandings = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("poll-standings.txt"), StringComparer.Ordinal));
        private static readonly TracedLazy<Dictionary<string, LetterPhrase>> _letterPhrases = new TracedLazy<Dictionary<string, LetterPhrase>>(() =>
        {
            var map = new Dictionary<string, LetterPhrase>(StringComparer.Ordinal);
            foreach (var line in Lines("letter-phrases.txt"))
            {
                var (words, tags) = Split(line);
                if (words.Length == 0 || tags.Length != 1) throw new InvalidOperationException("A line of letter-phrases.txt needs one phrase and one tag: " + line);
                map[string.Join(" ", words)] = ParseTag<LetterPhrase>(tags[0], "letter-phrases.txt");
            }
            return map;
        });
        private static readonly TracedLazy<int> _letterPhraseWords = new TracedLazy<int>(() =>
            _letterPhrases.Value.Keys.Max(k => k.Split(' ').Length));
        /// <summary>Every beginning of a phrase of letter-phrases.txt, the whole phrase too ("d", "de", "dea", "dear").</summary>
        private static readonly TracedLazy<HashSet<string>> _letterPhraseStarts = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(_letterPhrases.Value.Keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k.Substring(0, n))), StringComparer.Ordinal));
        private static readonly TracedLazy<HashSet<string>> _organisations = new TracedLazy<HashSet<string>>(() =>
            new HashSet<string>(Lines("organisations.txt"), StringComparer.OrdinalIgnoreCase));
        private static readonly TracedLazy<AbbreviationSets> _abbreviations = new TracedLazy<AbbreviationSets>(LoadAbbreviations);
        /// <summary>The abbreviations looked up by a place in a text, the one answer to "is it an abbreviation" (the tokenizer asks at every word before a full stop; read-only once made).</summary>
        private static readonly TracedLazy<WordSet> _abbreviationSpans = new TracedLazy<WordSet>(() =>
        {
            var all = _abbreviations.Value.All;
            var set = new WordSet(all.Count);
            foreach (var w in all) set.Add(w, 0, w.Length, out _);
            return set;
        });
        private static readonly TracedLazy<List<Country>> _countries = new TracedLazy<List<Country>>(LoadCountries);
        private static readonly TracedLazy<Dictionary<string, char>> _firstNames = new TracedLazy<Dictionary<string, char>>(LoadFirstNames);

        private static readonly TracedLazy<WordTable> _known = new TracedLazy<WordTable>(() =>
        {
            var table = new WordTable(_words.Value.Keys.Concat(_verbs.Value.Keys).Concat(_speakerNouns.Value.Keys).Concat(_orgWords.Value.Keys)
                .Select(w => new KnownWord(w, _words.Value.TryGetValue(w, out var e) ? e : WordEntry.None, _verbs.Value.TryGetValue(w, out var v) ? v : null,
                    // (a noun of an office over a body, "speaker", is no speaker noun of a token by itself: SpeakerNounTag.BodyOffice)
                    _speakerNouns.Value.TryGetValue(w, out var n) && (n.Tags & SpeakerNounTag.BodyOffice) == 0 ? n : null,
                    _orgWords.Value.TryGetValue(w, out var o) ? o : null)));
            System.Threading.Volatile.Write(ref _knownBuilt, table);
            return table;
        });
        private static WordTable? _knownBuilt;

        /// <summary>
        /// The words the lexicon looks up (grammar words, reporting verb forms, speaker nouns, organisation
        /// words), as one table: a token or a lower-cased word that is one of them is that string, not a new one.
        /// </summary>
        internal static WordTable KnownWords => _known.Value;

        /// <summary>The known word equal to the word in lower case, once the table is built (the lists it is built from lower words too); else null.</summary>
        internal static string? KnownLower(string word) => System.Threading.Volatile.Read(ref _knownBuilt)?.FindLower(word)?.Word;

        // ------------------------------------------------------------------ reporting verbs

        /// <summary>Every reporting verb form, by its lower-case form.</summary>
        public static IReadOnlyDictionary<string, ReportingVerb> ReportingVerbs => _verbs.Value;

        /// <summary>Any reporting verb form (a cue of a quotation or of reported speech only), matched in lower case.</summary>
        public static ReportingVerb? AnyVerb(string word) =>
            _verbs.Value.TryGetValue(Casing.Lower(word), out var v) ? v : null;

        /// <summary>A reporting verb that may cue a quotation (tagged before or after), matched in lower case; null otherwise.</summary>
        public static ReportingVerb? Verb(string word) =>
            _verbs.Value.TryGetValue(Casing.Lower(word), out var v) && v.CuesQuotes ? v : null;

        /// <summary>True when the word is a form of a reporting verb with any of the tags.</summary>
        public static bool IsVerb(string word, VerbTag tags) =>
            _verbs.Value.TryGetValue(Casing.Lower(word), out var v) && (v.Tags & tags) != 0;

        /// <summary>
        /// Head words of names of newspapers, broadcasters, institutes and the like, with their capital ("Post" in "the Washington
        /// Post", "Express" in "the Daily Express"): accounts-name-heads.txt.
        /// </summary>
        public static IReadOnlyCollection<string> NameHeads => _nameHeads.Value;

        /// <summary>
        /// The words that may name a side's men or means after its name or a possessive (accounts-group-nouns.txt: "troops",
        /// "forces", "side", "posts"): "Pakistani troops", "our side".
        /// </summary>
        public static IReadOnlyCollection<string> GroupNouns => _groupNouns.Value;

        /// <summary>True when the word (any case) is one of the <see cref="GroupNouns"/>.</summary>
        public static bool IsGroupNoun(string word) => _groupNouns.Value.Contains(word);

        // The tables loaded together from one list are held in small classes, not value tuples: a Lazy of a value tuple is a
        // generic instantiation over a value type of another assembly, which ReadyToRun cannot precompile (JIT-compiled at
        // first use, on whichever thread first asks; issue #10). A Lazy of a class shares the precompiled code of the runtime.

        /// <summary>The tables of titles.txt: the titles and honorifics (longest first), the bracketed marks, the honorifics written after a name.</summary>
        private sealed class TitleLists
        {
            public TitleLists(List<Title> titles, List<Title> honorifics, HashSet<string> bracketedMarks, HashSet<string> afterName, HashSet<string> givenNames)
            {
                Titles = titles;
                Honorifics = honorifics;
                BracketedMarks = bracketedMarks;
                AfterName = afterName;
                GivenNames = givenNames;
            }

            public List<Title> Titles { get; }
            public List<Title> Honorifics { get; }
            public HashSet<string> BracketedMarks { get; }
            public HashSet<string> AfterName { get; }

            /// <summary>The lines tagged given-name, their words joined ("Dean"): <see cref="IsGivenNameTitle"/>.</summary>
            public HashSet<string> GivenNames { get; }
        }

        /// <summary>The subject form of each object pronoun and of each possessive (pronoun-cases.txt).</summary>
        private sealed class PronounCases
        {
            public PronounCases(Dictionary<string, string> objectCase, Dictionary<string, string> possessive)
            {
                Object = objectCase;
                Possessive = possessive;
            }

            public Dictionary<string, string> Object { get; }
            public Dictionary<string, string> Possessive { get; }
        }

        /// <summary>The sets of abbreviations.txt: every abbreviation, those tagged final (they may end a sentence too), those tagged numeral.</summary>
        private sealed class AbbreviationSets
        {
            public AbbreviationSets(HashSet<string> all, HashSet<string> final, HashSet<string> numeral)
            {
                All = all;
                Final = final;
                Numeral = numeral;
            }

            public HashSet<string> All { get; }
            public HashSet<string> Final { get; }
            public HashSet<string> Numeral { get; }
        }

        /// <summary>True when the word, as written, is one of the <see cref="NameHeads"/>.</summary>
        public static bool IsNameHead(string word) => _nameHeads.Value.Contains(word);

        /// <summary>True for a field of law, in lower case, written before a lawyer's noun ("constitutional", "human rights"; law-fields.txt).</summary>
        public static bool IsLawField(string lower) => _lawFields.Value.Contains(lower);

        /// <summary>True for a modifier of party politics, in lower case, before an alliance's common noun ("ruling", "opposition"; party-alliance-words.txt).</summary>
        public static bool IsPartyAllianceWord(string lower) => _partyAllianceWords.Value.Contains(lower);

        /// <summary>
        /// True for a lower-case noun that takes a that-clause as its content ("the fact that …", "the possibility that …"):
        /// clause-nouns.txt, or a statement noun of words.txt ("the claim that …").
        /// </summary>
        public static bool IsClauseNoun(string lower) => _clauseNouns.Value.Contains(lower) || Is(lower, WordTag.StatementNoun);

        /// <summary>
        /// True for a lower-case noun that, as the object of "call" with nothing after it that names it, is
        /// telephoned ("called 911", "called police", "called her cellphone"): call-objects.txt.
        /// </summary>
        public static bool IsCallObject(string lower) => _callObjects.Value.Contains(lower);

        /// <summary>
        /// True for a lower-case finite or -ing form of a verb by which a subject uses or coins a phrase as its own words
        /// ("used", "coined", "adopting"): wording-verbs.txt.
        /// </summary>
        public static bool IsWordingVerb(string lower) => _wordingVerbs.Value.Contains(lower);

        /// <summary>
        /// True for a lower-case finite or -ing form of a verb of expressing a feeling ("offered", "expressed", "conveying"):
        /// expressed-feelings.txt, tag verb.
        /// </summary>
        public static bool IsExpressingVerb(string lower) => _expressedFeelings.Value.TryGetValue(lower, out var tag) && tag == ExpressingVerbTag;

        /// <summary>
        /// True for a lower-case noun of a feeling or statement that one expresses ("regret", "condolences", "concern"):
        /// expressed-feelings.txt, tag feeling.
        /// </summary>
        public static bool IsExpressedFeeling(string lower) => _expressedFeelings.Value.TryGetValue(lower, out var tag) && tag == ExpressedFeelingTag;

        private const string ExpressingVerbTag = "verb";
        private const string ExpressedFeelingTag = "feeling";

        /// <summary>expressed-feelings.txt: each line one lower-case word, "|", then its tag (verb or feeling).</summary>
        private static Dictionary<string, string> LoadExpressedFeelings()
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in Lines("expressed-feelings.txt"))
            {
                int bar = line.IndexOf('|');
                var word = bar > 0 ? line.Substring(0, bar).Trim() : "";
                var tag = bar > 0 ? line.Substring(bar + 1).Trim() : "";
                if (word.Length == 0 || tag != ExpressingVerbTag && tag != ExpressedFeelingTag)
                    throw new InvalidOperationException("A line of expressed-feelings.txt needs one word, '|' and its tag (verb or feeling): " + line);
                map[word] = tag;
            }
            return map;
        }

        /// <summary>
        /// True for a lower-case noun of a part of a document or of what it says ("summary", "findings", "conclusion"), which
        /// "its" gives to the document or body "it" stands for: document-parts.txt.
        /// </summary>
        public static bool IsDocumentPart(string lower) => _documentParts.Value.Contains(lower);

        /// <summary>
        /// True for the lower-case participle (or two-word phrase) that, right before "by", says the one named after it made,
        /// ordered or led a document ("conducted", "carried out", "led"): document-makers.txt.
        /// </summary>
        public static bool IsDocumentMaker(string lower) => _documentMakers.Value.Contains(lower);

        /// <summary>
        /// True for the lower-case noun of an occasion one gives to tell what one holds ("briefing", "presentation"):
        /// given-occasions.txt.
        /// </summary>
        public static bool IsGivenOccasion(string lower) => _givenOccasions.Value.Contains(lower);

        /// <summary>True for a noun of a place at a state's frontier where its own officials serve ("border", "crossing"): frontier-places.txt.</summary>
        public static bool IsFrontierPlace(string lower) => _frontierPlaces.Value.Contains(lower);

        /// <summary>
        /// True for the house word of a legislature or a council (any case) whose presiding officer a noun of speaker-nouns.txt tagged
        /// 'body-office' names ("House", "Assembly": "House speaker Jo Bell", "the Speaker of the House"): presided-bodies.txt.
        /// </summary>
        public static bool IsPresidedBody(string word) => _presidedBodies.Value.Contains(Casing.Lower(word));

        /// <summary>
        /// The words of interview-words.txt with the tag ("interviewed", "spoke" of <see cref="InterviewWordTag.Held"/>; "telephone",
        /// "video" of <see cref="InterviewWordTag.Remote"/>), in the order of the list.
        /// </summary>
        public static IReadOnlyList<string> InterviewWords(InterviewWordTag tag) =>
            _interviewWords.Value.Where(e => (e.Value & tag) != 0).Select(e => e.Key).ToArray();

        /// <summary>A list of words, one a line, each with "|" and its tags of <typeparamref name="T"/>.</summary>
        private static Dictionary<string, T> TaggedWords<T>(string resource) where T : struct, Enum
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var line in Lines(resource))
            {
                int bar = line.IndexOf('|');
                if (bar <= 0) throw new InvalidOperationException($"A line of {resource} without tags: {line}");
                var word = line.Substring(0, bar).Trim();
                ulong tags = 0;
                foreach (var t in line.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    tags |= Convert.ToUInt64(ParseTag<T>(t, resource));
                if (map.ContainsKey(word)) throw new InvalidOperationException($"The word '{word}' has two lines in {resource}.");
                map[word] = (T)Enum.ToObject(typeof(T), tags);
            }
            return map;
        }

        /// <summary>True for a rank below an armed force's officers, in lower case ("havildar", "staff sergeant"; enlisted-ranks.txt).</summary>
        public static bool IsEnlistedRank(string lower) => _enlistedRanks.Value.Contains(lower);

        /// <summary>"he" for "him", "they" for "them", "we" for "us": the subject form of an object pronoun (pronoun-cases.txt), else null.</summary>
        public static string? SubjectOfObjectPronoun(string lower) => _pronounCases.Value.Object.TryGetValue(lower, out var s) ? s : null;

        /// <summary>"he" for "his", "she" for "her", "they" for "their": the subject form of a possessive pronoun (pronoun-cases.txt), else null.</summary>
        public static string? SubjectOfPossessive(string lower) => _pronounCases.Value.Possessive.TryGetValue(lower, out var s) ? s : null;

        private static PronounCases LoadPronounCases()
        {
            var objects = new Dictionary<string, string>(StringComparer.Ordinal);
            var possessives = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in Lines("pronoun-cases.txt"))
            {
                var (words, tags) = Split(line);
                var table = tags.Length == 2 && tags[1] == "object" ? objects : tags.Length == 2 && tags[1] == "possessive" ? possessives : null;
                if (words.Length != 1 || table == null) throw new InvalidOperationException("A line of pronoun-cases.txt needs one form, its subject form and its case (object or possessive): " + line);
                table[words[0]] = tags[0];
            }
            return new PronounCases(objects, possessives);
        }

        /// <summary>
        /// True for a lower-case noun that, as the head of the plain object of the reporting verb <paramref name="lemma"/>, marks
        /// the verb's other sense, in which it reports nothing ("maintains tight control", "is feeling the pressure", "attacked the
        /// guard", "claimed the title"): sense-objects.txt.
        /// </summary>
        public static bool IsSenseObject(string lemma, string lower) => _senseObjects.Value.TryGetValue(lemma, out var nouns) && nouns.Contains(lower);

        /// <summary>
        /// sense-objects.txt: each line a verb's base form, "|", then its nouns; kept by the verb, its nouns a set (a look-up
        /// makes no string: issue #10).
        /// </summary>
        private static Dictionary<string, HashSet<string>> LoadSenseObjects()
        {
            var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var line in Lines("sense-objects.txt"))
            {
                int bar = line.IndexOf('|');
                if (bar <= 0) throw new InvalidOperationException("sense-objects.txt: no verb before '|' in: " + line);
                var verb = line.Substring(0, bar).Trim();
                if (!map.TryGetValue(verb, out var nouns)) map[verb] = nouns = new HashSet<string>(StringComparer.Ordinal);
                foreach (var noun in line.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    nouns.Add(noun);
            }
            return map;
        }

        /// <summary>
        /// The first form of the line of a lower-case noun of saying aimed at a target that the lower-case <paramref name="preposition"/>
        /// after it opens ("attack" for "attacks on", "criticism" for "criticism of"), else null: aimed-nouns.txt. The first form is
        /// also the verb whose sense objects (<see cref="IsSenseObject"/>) mark a target of force, not of words ("attack on the guard").
        /// </summary>
        public static string? AimedNounBase(string noun, string preposition) =>
            _aimedNouns.Value.TryGetValue(noun, out var after) && after.TryGetValue(preposition, out var b) ? b : null;

        /// <summary>
        /// True when the lower-case word is a preposition of some line of aimed-nouns.txt ("on", "of"): a pair of words whose second
        /// is none has no <see cref="AimedNounBase"/>. The list is a few short words compared in place, so a rule that asks it
        /// first looks the noun up only before such a word, not at every pair of lower-case words (issue #10).
        /// </summary>
        public static bool IsAimedPreposition(string word)
        {
            foreach (var p in _aimedPrepositions.Value)
                if (string.Equals(p, word, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>
        /// aimed-nouns.txt: each line a noun's forms, "|", then the prepositions that open its target; kept by the noun, then by
        /// the preposition, to the first form (a look-up makes no string: the rule asks it of every pair of lower-case words; issue #10).
        /// </summary>
        private static Dictionary<string, Dictionary<string, string>> LoadAimedNouns()
        {
            var map = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var line in Lines("aimed-nouns.txt"))
            {
                var (nouns, prepositions) = Split(line);
                if (nouns.Length == 0 || prepositions.Length == 0) throw new InvalidOperationException("A line of aimed-nouns.txt needs a noun's forms, '|' and its prepositions: " + line);
                foreach (var noun in nouns)
                {
                    if (!map.TryGetValue(noun, out var after)) map[noun] = after = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var preposition in prepositions)
                        after[preposition] = nouns[0];
                }
            }
            return map;
        }

        /// <summary>
        /// True for a lower-case word that opens a line of a broadcast or video script naming whose recorded words come next
        /// ("SOT: …", "SOUNDBITE (English) …"): soundbite-cues.txt.
        /// </summary>
        public static bool IsSoundbiteCue(string lower) => _soundbiteCues.Value.Contains(lower);

        /// <summary>
        /// True for a lower-case past or -ing form of a verb that, with an object and an infinitive, says something made the
        /// object do it ("prompted the mayor to say", "leading aides to counter"): causative-verbs.txt.
        /// </summary>
        public static bool IsCausativeVerb(string lower) => _causativeVerbs.Value.Contains(lower);

        /// <summary>
        /// True for a lower-case word of a standing in a race that a poll measures ("leads", "ahead", "percent", "third"):
        /// poll-standings.txt. A clause of the writer's own with such a word, closed by "in" and a poll, is the poll's finding.
        /// </summary>
        public static bool IsPollStanding(string lower) => _pollStandings.Value.Contains(lower);

        /// <summary>
        /// What a set phrase of a letter's frame is (letter-phrases.txt): the salutation that opens a letter ("dear", "to the
        /// editor") or the complimentary close before its signers ("sincerely", "yours faithfully"); the phrase in lower case,
        /// its words joined by one space.
        /// </summary>
        public static LetterPhrase LetterPhraseOf(string lowerPhrase) =>
            _letterPhrases.Value.TryGetValue(lowerPhrase, out var tag) ? tag : LetterPhrase.None;

        /// <summary>The most words of a phrase of letter-phrases.txt.</summary>
        public static int LetterPhraseWords => _letterPhraseWords.Value;

        /// <summary>
        /// True when some phrase of letter-phrases.txt begins with these lower-case letters ("dear", "to", "yo"): a phrase that
        /// starts with a word of a text can be there only when this holds for the word (asked of a paragraph's first word, it
        /// spares the rule the strings of the phrases it would try: issue #10).
        /// </summary>
        public static bool MayStartLetterPhrase(string lower) => _letterPhraseStarts.Value.Contains(lower);

        /// <summary>Multi-word cues ("according to", "in a statement"), as lower-case word arrays.</summary>
        public static IReadOnlyList<string[]> CuePhrases => _cuePhrases.Value;

        /// <summary>The phrasal cues ("called for", "pointed out") whose verb is this lower-case form, longest particle first.</summary>
        public static IReadOnlyList<ReportingVerb> PhrasalCues(string form) =>
            _phrasal.Value.TryGetValue(form, out var list) ? list : (IReadOnlyList<ReportingVerb>)Array.Empty<ReportingVerb>();

        /// <summary>The cue phrases of the attribution stage whose first word is this lower-case form: <see cref="PhrasalCues"/>, or the copula's ("is adamant").</summary>
        public static IReadOnlyList<ReportingVerb> AttributionPhrasalCues(string form) =>
            _phrasal.Value.TryGetValue(form, out var list) || _copulaPhrasal.Value.TryGetValue(form, out list) ? list : (IReadOnlyList<ReportingVerb>)Array.Empty<ReportingVerb>();

        /// <summary>
        /// True when the reporting verb of this lemma, with this lower-case word right after it, is another verb, one that
        /// reports nothing ("called off", "added to the confusion", "backed down"; the "-" lines of reporting-verbs.txt).
        /// </summary>
        public static bool IsOtherVerbWithParticle(string lemma, string word) => _otherVerbs.Value.TryGetValue(lemma, out var words) && words.Contains(word);

        // ------------------------------------------------------------------ grammar words

        /// <summary>True when the word (any case) carries any of the tags in <c>words.txt</c>.</summary>
        public static bool Is(string word, WordTag tags) =>
            _words.Value.TryGetValue(word, out var t) && (t.Tags & tags) != 0 ||
            Casing.Lower(word) is var lower && !ReferenceEquals(lower, word) && _words.Value.TryGetValue(lower, out t) && (t.Tags & tags) != 0;

        /// <summary>
        /// True when the word, exactly as written, is the first word of an entry of several words in <c>words.txt</c> that
        /// carries any of the tags ("press" of "press release"): a caller that tries phrases of words.txt at every token
        /// joins the words after it only then.
        /// </summary>
        public static bool StartsPhrase(string word, WordTag tags) =>
            _phraseStarts.Value.TryGetValue(word, out var t) && (t & tags) != 0;

        /// <summary>The first words of the entries of several words in <c>words.txt</c>, with the tags of those entries joined.</summary>
        private static readonly TracedLazy<Dictionary<string, WordTag>> _phraseStarts = new TracedLazy<Dictionary<string, WordTag>>(() =>
        {
            var starts = new Dictionary<string, WordTag>(StringComparer.Ordinal);
            foreach (var entry in _words.Value)
            {
                int space = entry.Key.IndexOf(' ');
                if (space <= 0) continue;
                var first = entry.Key.Substring(0, space);
                starts[first] = (starts.TryGetValue(first, out var tags) ? tags : WordTag.None) | entry.Value.Tags;
            }
            return starts;
        });

        /// <summary>
        /// <see cref="Is(string, WordTag)"/> of two words joined by one blank ("gone after"), for a caller that asks it of every
        /// pair of words in a row: the two are joined only when the first may open an entry of several words
        /// (<see cref="MayOpenPhrase"/>), else no entry can be the pair and the answer is false without a new string (issue #10).
        /// </summary>
        public static bool IsPair(string first, string second, WordTag tags) => MayOpenPhrase(first) && Is(first + " " + second, tags);

        /// <summary><see cref="Is(string, WordSense)"/> of two words joined by one blank, joined only when the first may open an entry (<see cref="IsPair(string, string, WordTag)"/>).</summary>
        public static bool IsPair(string first, string second, WordSense senses) => MayOpenPhrase(first) && Is(first + " " + second, senses);

        /// <summary><see cref="Is(string, WordGroup)"/> of two words joined by one blank, joined only when the first may open an entry (<see cref="IsPair(string, string, WordTag)"/>).</summary>
        public static bool IsPair(string first, string second, WordGroup groups) => MayOpenPhrase(first) && Is(first + " " + second, groups);

        /// <summary>A word of the phrases of several words of one sense, by the words that may follow it (a tree of words, for a walk over tokens).</summary>
        internal sealed class PhraseNode
        {
            /// <summary>The words that may come next, lower case; null at the last word of every phrase through this one.</summary>
            public Dictionary<string, PhraseNode>? Next;
            /// <summary>True when a phrase ends at this word.</summary>
            public bool Ends;
        }

        /// <summary>The phrases of several words of words.txt 'name-given' ("who gave his name as", "identified only as"), as a tree of words.</summary>
        private static readonly TracedLazy<PhraseNode> _nameGivenPhrases = new TracedLazy<PhraseNode>(() => PhraseTree(WordSense.NameGiven));

        /// <summary>The entries of words.txt of several words with any of <paramref name="senses"/>, as a tree of their words.</summary>
        private static PhraseNode PhraseTree(WordSense senses)
        {
            var root = new PhraseNode();
            foreach (var entry in _words.Value)
            {
                if ((entry.Value.Senses & senses) == 0 || entry.Key.IndexOf(' ') < 0) continue;
                var node = root;
                foreach (var word in Casing.Lower(entry.Key).Split(' '))
                {
                    node.Next ??= new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
                    if (!node.Next.TryGetValue(word, out var next)) node.Next[word] = next = new PhraseNode();
                    node = next;
                }
                node.Ends = true;
            }
            return root;
        }

        /// <summary>
        /// The token after the longest phrase of words.txt 'name-given' of two to <paramref name="maxWords"/> words that the
        /// lower-case words at <paramref name="from"/> spell, each after a blank (what <see cref="Is(string, WordSense)"/> of the
        /// words joined as written finds), read in place: no joined string for each length (issue #10); -1 when none.
        /// </summary>
        internal static int NameGivenPhraseEnd(IReadOnlyList<Token> tk, int from, int maxWords)
        {
            var node = _nameGivenPhrases.Value;
            int found = -1;
            for (int k = from; k < from + maxWords && k < tk.Count; k++)
            {
                var t = tk[k];
                if (!t.IsLowerWord || k > from && t.Start <= tk[k - 1].End || node.Next == null || !node.Next.TryGetValue(t.Lower, out node)) break;
                if (node.Ends && k > from) found = k + 1;
            }
            return found;
        }

        /// <summary>
        /// False only when no entry of words.txt can be the word, a blank and more: the word has no blank, is not empty, and
        /// neither it nor its lower case (which opens the lower case of the joined words, the second look-up of <c>Is</c>) is
        /// the first word of an entry of several words.
        /// </summary>
        internal static bool MayOpenPhrase(string word)
        {
            if (word.Length == 0 || word.IndexOf(' ') >= 0) return true;
            var starts = _phraseStarts.Value;
            if (starts.ContainsKey(word)) return true;
            var lower = Casing.Lower(word);
            return !ReferenceEquals(lower, word) && starts.ContainsKey(lower);
        }

        /// <summary>True when the word (any case) belongs to any of the classes in <c>words.txt</c>.</summary>
        public static bool Is(string word, WordClass classes) =>
            _words.Value.TryGetValue(word, out var t) && (t.Classes & classes) != 0 ||
            Casing.Lower(word) is var lower && !ReferenceEquals(lower, word) && _words.Value.TryGetValue(lower, out t) && (t.Classes & classes) != 0;

        /// <summary>True when the word (any case) has any of the senses in <c>words.txt</c>.</summary>
        public static bool Is(string word, WordSense senses) =>
            _words.Value.TryGetValue(word, out var t) && (t.Senses & senses) != 0 ||
            Casing.Lower(word) is var lower && !ReferenceEquals(lower, word) && _words.Value.TryGetValue(lower, out t) && (t.Senses & senses) != 0;

        /// <summary>True when the word (any case) belongs to any of the groups in <c>words.txt</c>.</summary>
        public static bool Is(string word, WordGroup groups) =>
            _words.Value.TryGetValue(word, out var t) && (t.Groups & groups) != 0 ||
            Casing.Lower(word) is var lower && !ReferenceEquals(lower, word) && _words.Value.TryGetValue(lower, out t) && (t.Groups & groups) != 0;

        /// <summary>
        /// True when the word, exactly as written, belongs to any of the classes: no other case is tried ("A" is not
        /// "a"), for words of a text that keeps its case.
        /// </summary>
        public static bool IsAsWritten(string word, WordClass classes) =>
            _words.Value.TryGetValue(word, out var t) && (t.Classes & classes) != 0;

        /// <summary>True when the word, exactly as written, belongs to any of the groups (no other case is tried).</summary>
        public static bool IsAsWritten(string word, WordGroup groups) =>
            _words.Value.TryGetValue(word, out var t) && (t.Groups & groups) != 0;

        /// <summary>True when the word (any case) is an entry of <c>words.txt</c>, whatever its tags.</summary>
        public static bool IsKnownWord(string word) =>
            _words.Value.ContainsKey(word) || Casing.Lower(word) is var lower && !ReferenceEquals(lower, word) && _words.Value.ContainsKey(lower);

        /// <summary>Every word of <c>words.txt</c> with its tags and classes (for the tests of the list).</summary>
        internal static IReadOnlyDictionary<string, WordEntry> GrammarWords => _words.Value;

        /// <summary>
        /// The one rule for adverbs in -ly ("reportedly", "Apparently"): a word of five letters or more
        /// ending in -ly that is not a given name (Emily, Beverly, Kelly), a country (Italy), a reporting
        /// verb (reply) or a listed noun or adjective (family, rally, holy).
        /// </summary>
        public static bool IsAdverb(string word)
        {
            if (word.Length <= 4 || !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) return false;
            if (char.IsUpper(word[0]) && (_firstNames.Value.ContainsKey(word) || CountryTable.Find(word) != null)) return false;
            if (Is(word, WordTag.NotAdverb) || AnyVerb(word) != null) return false;
            // "matter-of-factly", "half-heartedly": a lower-case adverb may join words with hyphens
            bool lower = char.IsLower(word[0]);
            for (int i = 0; i < word.Length; i++)
                if (!char.IsLetter(word[i]) && !(lower && word[i] == '-' && i > 0 && word[i - 1] != '-')) return false;
            return true;
        }

        // ------------------------------------------------------------------ names and titles

        /// <summary>Titles written before names, longest first (not the honorifics).</summary>
        public static IReadOnlyList<Title> Titles => _titleLists.Value.Titles;

        /// <summary>Honorifics that are part of a name as written ("Syed", "Chaudhry"), longest first.</summary>
        public static IReadOnlyList<Title> Honorifics => _titleLists.Value.Honorifics;

        /// <summary>The titles and honorifics whose first word is this one (as written), longest first.</summary>
        public static IReadOnlyList<Title> TitlesStartingWith(string word) =>
            _titlesByFirstWord.Value.TryGetValue(word, out var list) ? list : (IReadOnlyList<Title>)Array.Empty<Title>();

        /// <summary>The titles (no honorifics) whose first word is this one (as written), in the order of <see cref="Titles"/>.</summary>
        public static IReadOnlyList<Title> TitlesOnlyStartingWith(string word) =>
            _titlesOnlyByFirstWord.Value.TryGetValue(word, out var list) ? list : Array.Empty<Title>();

        /// <summary>True for a mark written in brackets right after a title, part of it ("retd" in "Lt Gen (retd) Kamal Haider").</summary>
        public static bool IsBracketedTitleMark(string word) => _titleLists.Value.BracketedMarks.Contains(word);

        /// <summary>True for an honorific written right after a name, part of how it is written ("sahib" in "Kayani sahib said").</summary>
        public static bool IsHonorificAfterName(string word) => _titleLists.Value.AfterName.Contains(word);

        /// <summary>True for a one-word title that is a given name too ("Dean": "Dean Hollis", "Dean Smith of the law school").</summary>
        public static bool IsGivenNameTitle(string word) => _titleLists.Value.GivenNames.Contains(word);

        /// <summary>True for a word of any title ("Gen.", "Minister", "Prime").</summary>
        public static bool IsTitleWord(string word) => _titleWords.Value.Contains(word);

        /// <summary>True for a title that is only a form of address ("Mr", "Lady", "Sister").</summary>
        public static bool IsFormOfAddress(string title)
        {
            var t = title.Trim();
            foreach (var x in _titleLists.Value.Titles)
                if (x.FormOfAddress && x.Words.Length == 1 && x.Words[0] == t) return true;
            return false;
        }

        /// <summary>The gender a given name usually indicates ('m', 'f'), or '\0' when unknown or either.</summary>
        public static char GenderOfFirstName(string name) =>
            _firstNames.Value.TryGetValue(name, out var g) && g != '?' ? g : '\0';

        /// <summary>True for a given name of the list, as written ("Emily").</summary>
        public static bool IsGivenName(string name) => _firstNames.Value.ContainsKey(name);

        /// <summary>True for an organisation known by its name ("Pentagon", "Reuters"), any case.</summary>
        public static bool IsKnownOrganisation(string name) => _organisations.Value.Contains(name);

        // ------------------------------------------------------------------ nouns

        /// <summary>
        /// True for a noun of people or of a body that speaks (a speaker noun, "official", "aides"; or an institutional
        /// organisation word, "army", "ministry"): a conjunct of a joint source ("the army and the embassy said").
        /// </summary>
        public static bool IsPersonOrBodyWord(string word) =>
            IsSpeakerNoun(word, out _, out _) || IsOrganisationWord(word, OrganisationWordTag.Institutional);

        /// <summary>True for a noun that heads a description of a person ("official", "spokesmen").</summary>
        public static bool IsSpeakerNoun(string word, out string singular, out bool plural)
        {
            if (_speakerNouns.Value.TryGetValue(Casing.Lower(word), out var e))
            {
                singular = e.Singular;
                plural = e.Plural;
                return true;
            }
            singular = word;
            plural = false;
            return false;
        }

        /// <summary>True for a speaker noun with any of the tags.</summary>
        public static bool IsSpeakerNoun(string word, SpeakerNounTag tags) =>
            _speakerNouns.Value.TryGetValue(Casing.Lower(word), out var e) && (e.Tags & tags) != 0;

        /// <summary>Every form of the speaker nouns (lower case).</summary>
        public static IEnumerable<string> SpeakerNounForms(SpeakerNounTag tags) =>
            _speakerNouns.Value.Where(e => (e.Value.Tags & tags) != 0).Select(e => e.Key);

        /// <summary>True for a word that heads an organisation's name or description ("department", "Ministry").</summary>
        public static bool IsOrganisationWord(string word) =>
            _orgWords.Value.TryGetValue(Casing.Lower(word), out var e) && !e.Document;

        /// <summary><see cref="IsOrganisationWord(string)"/> of the lower-case characters lower[0..length) (a word less its plural "s"), cutting out no string: every organisation word is a known word.</summary>
        public static bool IsOrganisationWord(string lower, int length) =>
            KnownWords.Find(lower, 0, length) is { OrganisationWord: { Document: false } };

        /// <summary>True for a document that speaks for its author ("statement", "report").</summary>
        public static bool IsDocumentWord(string word) =>
            _orgWords.Value.TryGetValue(Casing.Lower(word), out var e) && e.Document;

        /// <summary>
        /// True for the plural in -s of a document word, the word in lower case ("reports", "records", "polls"; a
        /// word of at least three letters before its "s"). One look-up; no string is made.
        /// </summary>
        public static bool IsDocumentPlural(string lower) => _documentPlurals.Value.Contains(lower);

        /// <summary>
        /// True for an organisation or document word with any of the tags (<see cref="OrganisationWordTag"/>:
        /// "the ministry" institutional, "the investigation" findings, "Clinton's record" subject, "the editorial" press).
        /// </summary>
        public static bool IsOrganisationWord(string word, OrganisationWordTag tags) =>
            _orgWords.Value.TryGetValue(Casing.Lower(word), out var e) && (e.Tags & tags) != 0;

        /// <summary>Every organisation and document word with any of the tags (lower case).</summary>
        public static IEnumerable<string> OrganisationWords(OrganisationWordTag tags) =>
            _orgWords.Value.Where(e => (e.Value.Tags & tags) != 0).Select(e => e.Key);

        // ------------------------------------------------------------------ abbreviations

        /// <summary>True for an abbreviation written with its full stop ("Gen.", "Calif.", "etc."), case as written.</summary>
        public static bool IsAbbreviation(string word) => IsAbbreviation(word, 0, word.Length);

        /// <summary><see cref="IsAbbreviation(string)"/> of the text's characters text[start..start+length), its full stop among them, cutting out no string.</summary>
        public static bool IsAbbreviation(string text, int start, int length) => _abbreviationSpans.Value.Contains(text, start, length);

        /// <summary>
        /// True for text[start..start+length), its full stop among them, that is an abbreviation only before a number ("No. 10");
        /// before a word its full stop ends the sentence ("No. The army …"). Cuts out no string.
        /// </summary>
        public static bool IsNumeralAbbreviation(string text, int start, int length)
        {
            foreach (var w in _abbreviations.Value.Numeral)
                if (w.Length == length && string.CompareOrdinal(w, 0, text, start, length) == 0) return true;
            return false;
        }

        /// <summary>True for an abbreviation that may also end a sentence ("Inc.", "Jr.", "etc.").</summary>
        public static bool IsFinalAbbreviation(string word) => _abbreviations.Value.Final.Contains(word);

        /// <summary>Every abbreviation, as written.</summary>
        public static IEnumerable<string> Abbreviations => _abbreviations.Value.All;

        // ------------------------------------------------------------------ countries

        public static IReadOnlyList<Country> Countries => _countries.Value;

        // ------------------------------------------------------------------ loading

        /// <summary>The lines of an embedded resource, trimmed, without blank lines and # comments.</summary>
        internal static IEnumerable<string> Lines(string resource)
        {
            if (StartupTrace.Enabled) StartupTrace.Mark("word list " + resource);
            var asm = typeof(Lexicon).Assembly;
            using var stream = asm.GetManifestResourceStream("IncidentTools.Resources." + resource)
                ?? throw new InvalidOperationException("Missing embedded resource " + resource);
            using var reader = new StreamReader(stream);
            var result = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                line = line.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                result.Add(line);
            }
            return result;
        }

        /// <summary>A line split at its "|": the words before it and the tags after it.</summary>
        internal static (string[] Words, string[] Tags) Split(string line)
        {
            int bar = line.IndexOf('|');
            var head = bar < 0 ? line : line.Substring(0, bar);
            var tail = bar < 0 ? "" : line.Substring(bar + 1);
            return (head.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries),
                    tail.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
        }

        /// <summary>The flag of a tag written in a list ("cue-adverb" is CueAdverb); a clear error for an unknown tag.</summary>
        internal static T ParseTag<T>(string tag, string resource) where T : struct
        {
            if (TryParseTag<T>(tag, out var value)) return value;
            throw new InvalidOperationException($"Unknown tag '{tag}' in resource {resource}.");
        }

        /// <summary>The flag of a tag written in a list, if <typeparamref name="T"/> names it (a single flag, not a number).</summary>
        internal static bool TryParseTag<T>(string tag, out T value) where T : struct
        {
            if (TagNames<T>.ByName.TryGetValue(PascalName(tag).Trim(), out var boxed))
            {
                value = (T)boxed;
                return true;
            }
            value = default;
            return false;
        }

        /// <summary>
        /// A tag as its enum member is named: each part between hyphens with a capital ("cue-adverb" is "CueAdverb"). One string
        /// made in a loop, not the parts, their capitalised copies and a query over them: the word lists' loading (on the
        /// warm-up's thread, beside the first command) converts every tag of every line, up to four times (issue #10).
        /// </summary>
        internal static string PascalName(string tag)
        {
            var chars = new char[tag.Length];
            int n = 0;
            bool partStart = true;
            foreach (char ch in tag)
            {
                if (ch == '-')
                {
                    partStart = true;
                    continue;
                }
                chars[n++] = partStart ? char.ToUpperInvariant(ch) : ch;
                partStart = false;
            }
            return new string(chars, 0, n);
        }

        /// <summary>
        /// The named members of one tag enum by their exact names, each boxed, made once per enum: what
        /// Enum.TryParse with Enum.IsDefined accepted (a defined single name; no number, no list). Not
        /// Enum.TryParse&lt;T&gt; itself: the framework's generic code over the module's own enums has no
        /// ReadyToRun code, so in a fresh process it ran unoptimised at every tag of the word lists (about
        /// 25 ms of the first command's wait for reporting-verbs.txt); a dictionary of boxed values
        /// (string to object) is code the framework has compiled already.
        /// </summary>
        private static class TagNames<T> where T : struct
        {
            internal static readonly Dictionary<string, object> ByName = Make();

            private static Dictionary<string, object> Make()
            {
                var map = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var name in Enum.GetNames(typeof(T))) map[name] = Enum.Parse(typeof(T), name);
                return map;
            }
        }

        private static Dictionary<string, ReportingVerb> LoadVerbs()
        {
            var map = new Dictionary<string, ReportingVerb>(StringComparer.Ordinal);
            foreach (var line in _verbLines.Value)
            {
                var (forms, tagNames) = Split(line);
                if (forms.Length == 0 || forms[0] == "+" || forms[0] == "-") continue;
                var tags = VerbTag.None;
                foreach (var t in tagNames) tags |= ParseTag<VerbTag>(t, "reporting-verbs.txt");
                // "cast casts cast casting": a base form written again as the past is the past too ("Lund cast the plan as …")
                bool pastAsBase = forms.Skip(1).Contains(forms[0]);
                foreach (var f in forms)
                    if (!map.ContainsKey(f)) map[f] = new ReportingVerb(f, forms[0], tags) { PastAsBase = pastAsBase && f == forms[0] };
            }
            return map;
        }

        /// <summary>The "+ verb words | tags" lines of reporting-verbs.txt: each form of the verb with the words after it.</summary>
        private static Dictionary<string, List<ReportingVerb>> LoadPhrasal(bool copula)
        {
            var formsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var v in _verbs.Value.Values)
            {
                if (!formsOf.TryGetValue(v.Lemma, out var list)) formsOf[v.Lemma] = list = new List<string>();
                list.Add(v.Form);
            }
            var map = new Dictionary<string, List<ReportingVerb>>(StringComparer.Ordinal);
            foreach (var line in _verbLines.Value)
            {
                var (words, tagNames) = Split(line);
                if (words.Length < 3 || words[0] != "+" || (words[1] == CopulaLemma) != copula) continue;
                // "+ be adamant": the copula has no line of its own (it reports nothing alone); its forms are the words of words.txt
                // of the class be, and first-person-be ("is", "are", "was", "were", "been", "am")
                if (!formsOf.TryGetValue(words[1], out var forms) && !(words[1] == CopulaLemma && (forms = CopulaForms()) != null))
                    throw new InvalidOperationException($"The phrasal cue '{line}' in reporting-verbs.txt names a verb without a line of its own.");
                var tags = VerbTag.None;
                foreach (var t in tagNames) tags |= ParseTag<VerbTag>(t, "reporting-verbs.txt");
                var particle = words.Skip(2).ToArray();
                foreach (var f in forms)
                {
                    if (!map.TryGetValue(f, out var list)) map[f] = list = new List<ReportingVerb>();
                    // ("put the blame on": the base written again as the past is the past of the phrasal cue too; not of one that
                    // inverts, "put it", whose past opens the quotation of the next sentence: "X put it more bluntly. “…”")
                    list.Add(new ReportingVerb(f, words[1], tags, particle) { PastAsBase = (tags & VerbTag.Inverting) == 0 && _verbs.Value.TryGetValue(f, out var single) && single.PastAsBase });
                }
            }
            // longest particle first; particles of one length in the order of the file's lines
            foreach (var list in map.Values) StableSort.Sort(list, (a, b) => b.Particle!.Length.CompareTo(a.Particle!.Length));
            return map;
        }

        /// <summary>The lemma of the copula, the one verb a phrasal cue may name without a line of its own ("+ be adamant").</summary>
        public const string CopulaLemma = "be";

        /// <summary>
        /// The forms of the copula that state a view held: the lower-case one-word entries of words.txt of the class be or
        /// first-person-be, less the base form (after a modal or "to" a view supposed, "could be convinced that …") and the
        /// form in -ing ("being adamant" is behaviour, no view).
        /// </summary>
        private static List<string> CopulaForms()
        {
            var forms = new List<string>();
            foreach (var entry in _words.Value)
                if (((entry.Value.Classes & WordClass.Be) != 0 && (entry.Value.Groups & WordGroup.BaseBe) == 0 || (entry.Value.Groups & WordGroup.FirstPersonBe) != 0) &&
                    entry.Key.All(char.IsLower) && !entry.Key.EndsWith("ing", StringComparison.Ordinal))
                    forms.Add(entry.Key);
            return forms;
        }

        /// <summary>Every word that is the verb of a phrasal cue ("called" of "called for", "is" of "is adamant"), lower case.</summary>
        public static IEnumerable<string> PhrasalVerbForms => _phrasal.Value.Keys.Concat(_copulaPhrasal.Value.Keys);

        /// <summary>
        /// The "- verb word" lines of reporting-verbs.txt: by a verb's lemma, the words after it that make another verb of it.
        /// Sets of strings by string, not a set of pairs: the framework's code for these is compiled ahead of time, while
        /// a set of tuples was JIT-compiled at the word lists' load in each fresh process (issue #10).
        /// </summary>
        private static Dictionary<string, HashSet<string>> LoadOtherVerbs()
        {
            var set = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var line in _verbLines.Value)
            {
                var (words, _) = Split(line);
                if (words.Length == 0 || words[0] != "-") continue;
                if (words.Length != 3 || !_verbs.Value.TryGetValue(words[1], out var v) || v.Lemma != words[1])
                    throw new InvalidOperationException($"The line '{line}' in reporting-verbs.txt must name a verb with a line of its own, then one word.");
                if (!set.TryGetValue(words[1], out var after)) set[words[1]] = after = new HashSet<string>(StringComparer.Ordinal);
                after.Add(words[2]);
            }
            return set;
        }

        private static Dictionary<string, WordEntry> LoadWords()
        {
            var map = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
            foreach (var line in Lines("words.txt"))
            {
                int bar = line.IndexOf('|');
                if (bar <= 0) throw new InvalidOperationException("A line of words.txt without tags: " + line);
                var word = line.Substring(0, bar).Trim();
                var tags = WordTag.None;
                var classes = WordClass.None;
                var groups = WordGroup.None;
                var senses = WordSense.None;
                foreach (var t in line.Substring(bar + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (TryParseTag<WordClass>(t, out var c)) classes |= c;
                    else if (TryParseTag<WordGroup>(t, out var g)) groups |= g;
                    else if (TryParseTag<WordSense>(t, out var m)) senses |= m;
                    else tags |= ParseTag<WordTag>(t, "words.txt");
                }
                if (map.ContainsKey(word)) throw new InvalidOperationException($"The word '{word}' has two lines in words.txt: give it one line with all its tags.");
                map[word] = new WordEntry(tags, classes, groups, senses);
            }
            return map;
        }

        private static TitleLists LoadTitles()
        {
            var titles = new List<Title>();
            var honorifics = new List<Title>();
            var bracketed = new HashSet<string>(StringComparer.Ordinal);
            var afterName = new HashSet<string>(StringComparer.Ordinal);
            var givenNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines("titles.txt"))
            {
                var (words, tags) = Split(line);
                if (tags.Contains(GivenNameTitleTag)) givenNames.Add(string.Join(" ", words));
                // a mark written in brackets after a title ("retd"), never a title alone
                if (tags.Contains(BracketedTitleTag))
                {
                    bracketed.Add(string.Join(" ", words));
                    continue;
                }
                // an honorific written after a name ("sahib"), never a title before one
                if (tags.Contains(AfterNameTitleTag))
                {
                    afterName.Add(string.Join(" ", words));
                    continue;
                }
                char g = tags.Contains("male") ? 'm' : tags.Contains("female") ? 'f' : '\0';
                string? noun = null;
                foreach (var t in tags)
                {
                    if (t.StartsWith("noun:", StringComparison.Ordinal) && t.Length > 5) noun = t.Substring(5);
                    else if (t != "male" && t != "female" && t != "address" && t != "honorific" && t != "office" && t != AbroadTitleTag && t != LegislatorTitleTag && t != RankTitleTag && t != GivenNameTitleTag &&
                             t != PortfolioForTag && t != PortfolioOfTag)
                        throw new InvalidOperationException($"Unknown tag '{t}' in resource titles.txt.");
                }
                var title = new Title(words, g, tags.Contains("address") || tags.Contains("honorific"), noun, tags.Contains("honorific"), tags.Contains("office"), tags.Contains(AbroadTitleTag), legislator: tags.Contains(LegislatorTitleTag), rank: tags.Contains(RankTitleTag));
                if (tags.Contains("honorific")) honorifics.Add(title);
                else titles.Add(title);
                // "Minister for Law and Parliamentary Affairs", "Minister of State for Foreign Affairs": the title with a portfolio
                // after it is an office's title (its head's gender and speaker noun)
                if (tags.Contains(PortfolioForTag)) titles.AddRange(WithPortfolios(title, PortfolioFor));
                if (tags.Contains(PortfolioOfTag)) titles.AddRange(WithPortfolios(title, PortfolioOf));
            }
            List<Title> Longest(List<Title> l) => l.OrderByDescending(t => t.Words.Length).ToList();
            return new TitleLists(Longest(titles), Longest(honorifics), bracketed, afterName, givenNames);
        }

        /// <summary>
        /// Whether an office of office-countries.txt exists in the country (countries.txt's name): "political agent" in Pakistan
        /// only, "Leader of the Opposition" in all but the United States; for the office as written in any case, or a title that
        /// opens with it and goes on ("Leader of the Opposition in the Senate"); null for an office the list does not name (it
        /// may exist anywhere).
        /// </summary>
        public static bool? OfficeExistsIn(string? office, string country)
        {
            if (string.IsNullOrWhiteSpace(office)) return null;
            var o = office!.Trim();
            foreach (var entry in _officeCountries.Value)
                if (o.Equals(entry.Office, StringComparison.OrdinalIgnoreCase) ||
                    o.Length > entry.Office.Length && o[entry.Office.Length] == ' ' && o.StartsWith(entry.Office, StringComparison.OrdinalIgnoreCase))
                    return entry.AllBut != entry.Countries.Contains(country, StringComparer.Ordinal);
            return null;
        }

        /// <summary>
        /// The countries where an office of office-countries.txt alone exists, when the list names them ("Havildar": Pakistan,
        /// India, Nepal), for the office as written in any case; null for an office the list does not name or names by the
        /// countries it does not exist in ("all but:").
        /// </summary>
        public static IReadOnlyList<string>? OfficeOnlyIn(string? office)
        {
            if (string.IsNullOrWhiteSpace(office)) return null;
            var o = office!.Trim();
            foreach (var entry in _officeCountries.Value)
                if (o.Equals(entry.Office, StringComparison.OrdinalIgnoreCase)) return entry.AllBut ? null : entry.Countries;
            return null;
        }

        /// <summary>The countries of every office of office-countries.txt, listed or excepted (for the list's own test).</summary>
        internal static IEnumerable<string> OfficeListCountries() => _officeCountries.Value.SelectMany(e => e.Countries);

        /// <summary>The words in office-countries.txt that open a list of the countries where the office does not exist.</summary>
        private const string AllButMark = "all but:";

        private static readonly TracedLazy<(string Office, bool AllBut, string[] Countries)[]> _officeCountries =
            new TracedLazy<(string Office, bool AllBut, string[] Countries)[]>(LoadOfficeCountries);

        private static (string Office, bool AllBut, string[] Countries)[] LoadOfficeCountries()
        {
            var list = new List<(string Office, bool AllBut, string[] Countries)>();
            foreach (var line in Lines("office-countries.txt"))
            {
                int bar = line.IndexOf('|');
                if (bar <= 0) throw new InvalidOperationException($"An office without countries in resource office-countries.txt: '{line}'.");
                var rest = line.Substring(bar + 1).Trim();
                bool allBut = rest.StartsWith(AllButMark, StringComparison.Ordinal);
                if (allBut) rest = rest.Substring(AllButMark.Length);
                var countries = rest.Split(';').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
                list.Add((line.Substring(0, bar).Trim(), allBut, countries));
            }
            return list.ToArray();
        }

        /// <summary>
        /// The country whose executive a word of executive-words.txt names right before an official's noun ("administration" before
        /// "official": the United States, as countries.txt names it); null when the word names none before that noun.
        /// </summary>
        public static string? ExecutiveCountry(string lowerWord, string lowerNoun) =>
            _executiveWords.Value.Words.TryGetValue(lowerWord, out var entry) && entry.Nouns.Contains(lowerNoun) ? entry.Country : null;

        /// <summary>True when the word is a rank of executive-words.txt ("senior", "top"), which may stand before an executive's word.</summary>
        public static bool IsExecutiveRank(string lowerWord) => _executiveWords.Value.Ranks.Contains(lowerWord);

        /// <summary>
        /// True when the capitalised word is the surname of a holder of the executive that executive-words.txt lists for the
        /// executive's word ("Obama" before "administration"): "a senior Obama administration official" is of that executive.
        /// </summary>
        public static bool IsExecutiveHolder(string lowerExecutiveWord, string surname) =>
            _executiveWords.Value.Holders.TryGetValue(lowerExecutiveWord, out var names) && names.Contains(surname);

        /// <summary>The line prefix of executive-words.txt for a rank.</summary>
        private const string RankPrefix = "rank:";

        /// <summary>The line prefix of executive-words.txt for the holders of an executive.</summary>
        private const string HolderPrefix = "holder:";

        private sealed class ExecutiveWords
        {
            public readonly Dictionary<string, (string Country, HashSet<string> Nouns)> Words = new Dictionary<string, (string, HashSet<string>)>(StringComparer.Ordinal);
            public readonly HashSet<string> Ranks = new HashSet<string>(StringComparer.Ordinal);
            public readonly Dictionary<string, HashSet<string>> Holders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        }

        private static readonly TracedLazy<ExecutiveWords> _executiveWords = new TracedLazy<ExecutiveWords>(LoadExecutiveWords);

        private static ExecutiveWords LoadExecutiveWords()
        {
            var result = new ExecutiveWords();
            foreach (var line in Lines("executive-words.txt"))
            {
                if (line.StartsWith(RankPrefix, StringComparison.Ordinal)) { result.Ranks.Add(line.Substring(RankPrefix.Length).Trim()); continue; }
                if (line.StartsWith(HolderPrefix, StringComparison.Ordinal))
                {
                    var holder = line.Substring(HolderPrefix.Length).Split('|');
                    if (holder.Length != 2) throw new InvalidOperationException($"A holder line without an executive word and names in resource executive-words.txt: '{line}'.");
                    result.Holders[holder[0].Trim()] = new HashSet<string>(holder[1].Split(';').Select(n => n.Trim()).Where(n => n.Length > 0), StringComparer.Ordinal);
                    continue;
                }
                var parts = line.Split('|');
                if (parts.Length != 3) throw new InvalidOperationException($"An executive word without a country and nouns in resource executive-words.txt: '{line}'.");
                var nouns = new HashSet<string>(parts[2].Split(';').Select(n => n.Trim()).Where(n => n.Length > 0), StringComparer.Ordinal);
                result.Words[parts[0].Trim()] = (parts[1].Trim(), nouns);
            }
            return result;
        }

        /// <summary>The portfolios of portfolios.txt as written ("Foreign Affairs", "Interior"): a ministry's name takes one after "of".</summary>
        public static IReadOnlyList<string> Portfolios => _portfolios.Value;

        private static readonly TracedLazy<string[]> _portfolios = new TracedLazy<string[]>(() => Lines("portfolios.txt").ToArray());

        /// <summary>The tag of titles.txt for a title that takes "for" and a portfolio of portfolios.txt ("Minister for Law").</summary>
        private const string PortfolioForTag = "portfolio-for";
        /// <summary>The tag of titles.txt for a title that takes "of" and a portfolio of portfolios.txt ("Minister of Information").</summary>
        private const string PortfolioOfTag = "portfolio-of";
        private const string PortfolioFor = "for";
        private const string PortfolioOf = "of";

        /// <summary>
        /// The titles a title makes with each portfolio of portfolios.txt after the connective ("Minister" → "Minister for Law",
        /// …): offices, of the head's gender; their speaker noun is the head's ("the minister").
        /// </summary>
        private static IEnumerable<Title> WithPortfolios(Title head, string connective)
        {
            foreach (var line in _portfolios.Value)
            {
                var portfolio = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (portfolio.Length == 0) continue;
                var words = new string[head.Words.Length + 1 + portfolio.Length];
                head.Words.CopyTo(words, 0);
                words[head.Words.Length] = connective;
                portfolio.CopyTo(words, head.Words.Length + 1);
                yield return new Title(words, head.Gender, false, head.Noun, false, office: true, abroad: false, withPortfolio: true);
            }
        }

        private static Dictionary<string, SpeakerNounEntry> LoadSpeakerNouns()
        {
            var map = new Dictionary<string, SpeakerNounEntry>(StringComparer.Ordinal);
            foreach (var line in Lines("speaker-nouns.txt"))
            {
                var (w, tagNames) = Split(line);
                if (w.Length == 0) continue;
                var tags = SpeakerNounTag.None;
                foreach (var t in tagNames) tags |= ParseTag<SpeakerNounTag>(t, "speaker-nouns.txt");
                if (!map.ContainsKey(w[0])) map[w[0]] = new SpeakerNounEntry(w[0], false, tags);
                for (int i = 1; i < w.Length; i++)
                    if (!map.ContainsKey(w[i])) map[w[i]] = new SpeakerNounEntry(w[0], true, tags);
            }
            return map;
        }

        private static Dictionary<string, OrganisationWordEntry> LoadOrgWords()
        {
            var map = new Dictionary<string, OrganisationWordEntry>(StringComparer.Ordinal);
            foreach (var line in Lines("organisation-words.txt"))
            {
                var (w, tagNames) = Split(line);
                if (w.Length == 0) continue;
                var tags = OrganisationWordTag.None;
                foreach (var t in tagNames) tags |= ParseTag<OrganisationWordTag>(t, "organisation-words.txt");
                map[string.Join(" ", w)] = new OrganisationWordEntry(tags);
            }
            return map;
        }

        /// <summary>A ministry of ministries.txt: its portfolio's words (spellings) and the names a text gives it without them.</summary>
        internal sealed class Ministry
        {
            public Ministry(string[] words, string[] names)
            {
                Words = words;
                Names = names;
            }

            /// <summary>The portfolio's words, lower case ("defense", "defence").</summary>
            public string[] Words { get; }

            /// <summary>The names of the ministry without the portfolio's word, lower case ("pentagon").</summary>
            public string[] Names { get; }
        }

        private static readonly TracedLazy<Dictionary<string, Ministry>> _ministries = new TracedLazy<Dictionary<string, Ministry>>(LoadMinistries);

        private static Dictionary<string, Ministry> LoadMinistries()
        {
            var map = new Dictionary<string, Ministry>(StringComparer.Ordinal);
            foreach (var line in Lines("ministries.txt"))
            {
                var (w, names) = Split(line);
                if (w.Length == 0) continue;
                var ministry = new Ministry(w, names.Select(n => n.ToLowerInvariant()).ToArray());
                foreach (var word in w) map[word] = ministry;
            }
            return map;
        }

        /// <summary>
        /// The ministry (ministries.txt) whose portfolio's word this is, the word in lower case ("defense", "defence"); null for
        /// any other word.
        /// </summary>
        public static Ministry? MinistryOf(string lower) => _ministries.Value.TryGetValue(lower, out var m) ? m : null;

        private static readonly TracedLazy<UsLawmakerWords> _usLawmakers = new TracedLazy<UsLawmakerWords>(LoadUsLawmakers);

        /// <summary>The words of us-lawmakers.txt: the parties' and the states' (a class, not a value tuple, so that its Lazy is precompiled).</summary>
        private sealed class UsLawmakerWords
        {
            public UsLawmakerWords(HashSet<string> parties, HashSet<string> states, HashSet<string> adjectives, HashSet<string> members)
            {
                Parties = parties;
                States = states;
                Adjectives = adjectives;
                Members = members;
            }

            public HashSet<string> Parties { get; }
            public HashSet<string> States { get; }
            public HashSet<string> Adjectives { get; }
            public HashSet<string> Members { get; }
        }

        /// <summary>
        /// True for a U.S. party's word as written before a lawmaker's noun ("Republican", "Democratic" in "a Democratic aide";
        /// us-lawmakers.txt 'adjective', case-sensitive).
        /// </summary>
        public static bool IsUsPartyAdjective(string word) => _usLawmakers.Value.Adjectives.Contains(word);

        /// <summary>
        /// True for a noun or title of a member of a legislature or of its staff that a U.S. party's word may stand before
        /// ("senator", "aide", "Sen."; us-lawmakers.txt 'member', case-sensitive).
        /// </summary>
        public static bool IsLawmakerNoun(string word) => _usLawmakers.Value.Members.Contains(word);

        /// <summary>True for a U.S. party's word as a lawmaker's label writes it ("Republican", "D"; us-lawmakers.txt, case-sensitive).</summary>
        public static bool IsUsParty(string word) => _usLawmakers.Value.Parties.Contains(word);

        /// <summary><see cref="IsUsParty(string)"/> of the word text[start..start+length), read in place (no string is made).</summary>
        public static bool IsUsParty(string text, int start, int length) => _usPartySpans.Value.Contains(text, start, length);

        /// <summary>The parties' words of us-lawmakers.txt, looked up by a place in a text (read-only once made).</summary>
        private static readonly TracedLazy<WordSet> _usPartySpans = new TracedLazy<WordSet>(() =>
        {
            var parties = _usLawmakers.Value.Parties;
            var set = new WordSet(parties.Count);
            foreach (var w in parties) set.Add(w, 0, w.Length, out _);
            return set;
        });

        /// <summary>True for a U.S. state's name as written ("Ohio", "New York"; us-lawmakers.txt, case-sensitive).</summary>
        public static bool IsUsState(string name) => _usLawmakers.Value.States.Contains(name);

        /// <summary>
        /// "Va.", "N.Y.", "Ohio": a U.S. state as a paper writes it after a place, in full or abbreviated, with the abbreviation's
        /// full stop or without it (<see cref="IsUsState"/> of the word, or of the word less its full stop).
        /// </summary>
        public static bool IsUsStateAsWritten(string word) =>
            IsUsState(word) || word.EndsWith(".", StringComparison.Ordinal) && IsUsState(word.Substring(0, word.Length - 1));

        private static UsLawmakerWords LoadUsLawmakers()
        {
            var parties = new HashSet<string>(StringComparer.Ordinal);
            var states = new HashSet<string>(StringComparer.Ordinal);
            var adjectives = new HashSet<string>(StringComparer.Ordinal);
            var members = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines("us-lawmakers.txt"))
            {
                var (words, tags) = Split(line);
                if (words.Length == 0 || tags.Length != 1) throw new InvalidOperationException($"The line '{line}' in us-lawmakers.txt must name a party, a state, a party's adjective or a member's noun and one tag.");
                var name = string.Join(" ", words);
                if (tags[0] == "party") parties.Add(name);
                else if (tags[0] == "state") states.Add(name);
                else if (tags[0] == "adjective") adjectives.Add(name);
                else if (tags[0] == "member") members.Add(name);
                else throw new InvalidOperationException($"Unknown tag '{tags[0]}' in resource us-lawmakers.txt.");
            }
            return new UsLawmakerWords(parties, states, adjectives, members);
        }

        private static AbbreviationSets LoadAbbreviations()
        {
            var all = new HashSet<string>(StringComparer.Ordinal);
            var final = new HashSet<string>(StringComparer.Ordinal);
            var numeral = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines("abbreviations.txt"))
            {
                var (words, tags) = Split(line);
                foreach (var t in tags)
                    if (t != "final" && t != "numeral") throw new InvalidOperationException($"Unknown tag '{t}' in resource abbreviations.txt.");
                foreach (var w in words)
                {
                    all.Add(w);
                    if (Array.IndexOf(tags, "final") >= 0) final.Add(w);
                    if (Array.IndexOf(tags, "numeral") >= 0) numeral.Add(w);
                }
            }
            return new AbbreviationSets(all, final, numeral);
        }

        private static Dictionary<string, char> LoadFirstNames()
        {
            var map = new Dictionary<string, char>(StringComparer.Ordinal);
            foreach (var line in Lines("first-names.txt"))
            {
                var w = line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (w.Length < 2) continue;
                // "u": a name given to men and women alike, which tells no gender
                char gender = w[0] == "u" ? '?' : w[0][0];
                for (int i = 1; i < w.Length; i++)
                {
                    // a name listed for both genders tells nothing
                    if (map.TryGetValue(w[i], out var g) && g != gender) map[w[i]] = '?';
                    else map[w[i]] = gender;
                }
            }
            return map;
        }

        private static List<Country> LoadCountries()
        {
            var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
            var order = new List<Country>();
            foreach (var line in Lines("countries.txt"))
            {
                var parts = line.Split('|').Select(p => p.Trim()).ToArray();
                var name = parts[0];
                bool match = !name.StartsWith("!", StringComparison.Ordinal);
                name = name.TrimStart('!');
                if (!byName.TryGetValue(name, out var c))
                {
                    c = new Country(name, match);
                    byName[name] = c;
                    order.Add(c);
                }
                void Add(List<string> target, int index)
                {
                    if (parts.Length <= index) return;
                    foreach (var f in parts[index].Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
                        if (!target.Contains(f)) target.Add(f);
                }
                Add(c.Demonyms, 1);
                Add(c.OtherNames, 2);
                Add(c.Capitals, 3);
                Add(c.PoliticalParties, 4);
            }
            return order;
        }
    }
}
