using System;
using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>The one lexicon: the tagged word lists load, and the rules that read them (the -ly rule) hold.</summary>
    public class LexiconTests
    {
        [Fact]
        public void EveryListLoadsWithKnownTags()
        {
            Assert.True(Lexicon.ReportingVerbs.Count > 500);
            Assert.True(Lexicon.Is("meanwhile", WordTag.Intro));
            Assert.True(Lexicon.Is("Monday", WordTag.Calendar));
            Assert.True(Lexicon.Is("far left", WordTag.PicturePosition));
            Assert.NotEmpty(Lexicon.Titles);
            Assert.NotEmpty(Lexicon.CuePhrases);
            Assert.NotEmpty(Lexicon.Countries);
            Assert.True(Lexicon.IsKnownOrganisation("pentagon"));
            Assert.True(Lexicon.IsOrganisationWord("Ministry"));
            Assert.True(Lexicon.IsDocumentWord("statement"));
            Assert.False(Lexicon.IsOrganisationWord("statement"));
        }

        /// <summary>
        /// organisation-words.txt's tags are one flag set read by one question: a bare "the ministry" speaks for the side named
        /// before (institutional), "the investigation" holds findings, "Clinton's record" is about its possessor, "the
        /// editorial" is the press's; an organisation word has none of the document tags, and any case of the word is the word.
        /// </summary>
        [Theory]
        [InlineData("ministry", "Institutional", true)]
        [InlineData("Ministry", "Institutional", true)]
        [InlineData("ministry", "Findings, Press", false)]
        [InlineData("investigation", "Findings", true)]
        [InlineData("record", "Subject", true)]
        [InlineData("editorial", "Press", true)]
        [InlineData("editorial", "Findings", false)]
        [InlineData("statement", "Findings, Press", false)]
        [InlineData("prosecutor's office", "Document", false)]
        [InlineData("letter", "Missive", true)]
        [InlineData("investigation", "Missive", false)]
        [InlineData("senator", "Institutional", false)]   // a speaker noun, no organisation word
        public void AnOrganisationWordHasTheTagsItsLineGives(string word, string tags, bool has) =>
            Assert.Equal(has, Lexicon.IsOrganisationWord(word, (OrganisationWordTag)Enum.Parse(typeof(OrganisationWordTag), tags)));

        [Fact]
        public void TheOrganisationWordsOfATagAreThoseItsQuestionAnswers()
        {
            var institutional = Lexicon.OrganisationWords(OrganisationWordTag.Institutional).ToList();
            Assert.Contains("statement", institutional);
            Assert.DoesNotContain("editorial", institutional);
            Assert.All(institutional, w => Assert.True(Lexicon.IsOrganisationWord(w, OrganisationWordTag.Institutional)));
        }

        /// <summary>
        /// "press" of "press release" and "statement" of "statement by" start release marks of several words; "communique" is
        /// one of one word and "release" only ends one; the entries are lower case, and the word is taken as written.
        /// </summary>
        [Theory]
        [InlineData("press", true)]
        [InlineData("statement", true)]
        [InlineData("communique", false)]
        [InlineData("release", false)]
        [InlineData("Press", false)]
        public void APhraseStartIsTheFirstWordOfAnEntryOfSeveralWordsWithTheTag(string word, bool starts) =>
            Assert.Equal(starts, Lexicon.StartsPhrase(word, WordTag.ReleaseMark));

        [Theory]
        [InlineData("not")]
        [InlineData("never")]
        [InlineData("cannot")]
        [InlineData("didn't")]
        [InlineData("didn’t")]
        [InlineData("wouldn’t")]
        [InlineData("ain't")]
        [InlineData("mustn’t")]
        [InlineData("n't")]
        public void EveryNegatorCarriesTheNegationTag(string word)
        {
            // the one test of negation: the tag, not the spelling ("n't" written apart as well as joined)
            Assert.True(Lexicon.Is(word, WordTag.Negation));
        }

        [Theory]
        [InlineData("new")]
        [InlineData("similar")]
        [InlineData("coastal")]
        public void AnAdjectiveIsTagged(string word)
        {
            Assert.True(Lexicon.Is(word, WordTag.Adjective));
            Assert.False(Lexicon.Is(word, WordTag.Negation));
        }

        [Fact]
        public void AnUnknownTagIsAClearError()
        {
            var e = Assert.Throws<InvalidOperationException>(() => Lexicon.ParseTag<VerbTag>("speeches", "reporting-verbs.txt"));
            Assert.Contains("speeches", e.Message);
            Assert.Contains("reporting-verbs.txt", e.Message);
            Assert.Equal(WordTag.CueAdverb, Lexicon.ParseTag<WordTag>("cue-adverb", "words.txt"));
        }

        [Fact]
        public void ATagIsOneNamedMemberOnly()
        {
            Assert.True(Lexicon.TryParseTag<VerbTag>("thought", out var thought));
            Assert.Equal(VerbTag.Thought, thought);
            Assert.True(Lexicon.TryParseTag<VerbTag>("none", out var none));
            Assert.Equal(VerbTag.None, none);
            // Not a number, a list of names, a name written in another case, or a name of another enum.
            Assert.False(Lexicon.TryParseTag<VerbTag>("2", out _));
            Assert.False(Lexicon.TryParseTag<VerbTag>("speech,thought", out _));
            Assert.False(Lexicon.TryParseTag<VerbTag>("sPEECH", out _));
            Assert.False(Lexicon.TryParseTag<VerbTag>("cue-adverb", out _));
            Assert.False(Lexicon.TryParseTag<VerbTag>("-", out _));
        }

        [Fact]
        public void WordsTxtHasEachWordOnceAndOnlyKnownTags()
        {
            var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lexicon.Lines("words.txt"))
            {
                var (_, tags) = Lexicon.Split(line);
                var word = line.Substring(0, line.IndexOf('|')).Trim();
                Assert.True(seen.Add(word), $"'{word}' has two lines in words.txt");
                Assert.NotEmpty(tags);
                foreach (var t in tags)
                    Assert.True(Lexicon.TryParseTag<WordTag>(t, out _) || Lexicon.TryParseTag<WordClass>(t, out _) || Lexicon.TryParseTag<WordGroup>(t, out _) || Lexicon.TryParseTag<WordSense>(t, out _), $"unknown tag '{t}' on '{word}'");
            }
            Assert.Equal(seen.Count, Lexicon.GrammarWords.Count);
        }

        [Theory]
        [InlineData(nameof(WordClass.Coordinator), "and or but nor")]
        [InlineData(nameof(WordClass.ListCoordinator), "and or")]       // "Bell and Reyes", "polls or surveys"
        [InlineData(nameof(WordClass.ClauseCoordinator), "and but")]    // "… and said", "… but added"
        [InlineData(nameof(WordClass.Alternative), "or nor")]           // "did not fire, or …"
        [InlineData(nameof(WordClass.RelativePronoun), "that which who whom")]
        [InlineData(nameof(WordClass.SubjectRelative), "who which that")]
        [InlineData(nameof(WordClass.AsideRelative), "who which")]       // "Reyes, who says …,"
        [InlineData(nameof(WordClass.PersonAside), "who whose")]         // "Dora Poole, who grew up nearby,"
        [InlineData(nameof(WordClass.RestrictiveRelative), "who that")]  // "the groups that brought them in"
        [InlineData(nameof(WordClass.PersonRelative), "who whom")]       // "Rubio, whom he called “…”"
        [InlineData(nameof(WordClass.ThingRelative), "what which that")] // "what he called “…”"
        [InlineData(nameof(WordClass.SubjectPronoun), "he she it they i we you")]
        [InlineData(nameof(WordClass.PersonSubject), "he she they i we")]
        [InlineData(nameof(WordClass.PersonPronoun), "he she they")]
        [InlineData(nameof(WordClass.GenderedPronoun), "he she")]
        [InlineData(nameof(WordClass.GroupPronoun), "it they")]
        [InlineData(nameof(WordClass.FirstPersonPlural), "we us")]
        [InlineData(nameof(WordClass.CollectivePossessive), "our its their")]
        [InlineData(nameof(WordClass.Article), "a an the")]
        [InlineData(nameof(WordClass.IndefiniteArticle), "a an")]
        [InlineData(nameof(WordClass.Reflexive), "himself herself themselves itself")]
        [InlineData(nameof(WordClass.RoleAdverb), "now also then")]
        [InlineData(nameof(WordClass.AgeLead), "aged age")]
        [InlineData(nameof(WordClass.Be), "is are was were be been being")]
        [InlineData(nameof(WordClass.FiniteBe), "is are was were")]
        [InlineData(nameof(WordClass.NegatedBe), "isn't wasn't aren't weren't isn’t wasn’t aren’t weren’t")]
        [InlineData(nameof(WordClass.QuotedLead), "also later has had is was were been")]
        [InlineData(nameof(WordClass.QuoteForm), "quoted quotes quote quoting")]
        [InlineData(nameof(WordClass.QuotedAs), "saying telling writing")]
        [InlineData(nameof(WordClass.QuestionLead), "asked whether if")]
        [InlineData(nameof(WordClass.Comparative), "as such same")]
        [InlineData(nameof(WordClass.TitleConnective), "of the and for")]
        [InlineData(nameof(WordClass.CreditJoiner), "and & de van von al bin")]
        [InlineData(nameof(WordClass.Contrast), "but although though whereas however")]
        [InlineData(nameof(WordClass.FlatNegator), "no not")]
        [InlineData(nameof(WordClass.NewClause), "and that but because")]
        [InlineData(nameof(WordClass.Intensifier), "simply just totally completely absolutely")]
        [InlineData(nameof(WordClass.Impossible), "impossible unlikely improbable inconceivable")]
        [InlineData(nameof(WordClass.Plausible), "possible true likely")]
        [InlineData(nameof(WordClass.OwnWordsLead), "what which as")]
        [InlineData(nameof(WordClass.TargetPreposition), "to on against about with than into toward towards")]
        [InlineData(nameof(WordClass.PhraseDeterminer), "the a an his her its their our my your this these those no any every each some whose")]
        [InlineData(nameof(WordClass.Quantifier), "many most some several few both all other others more half two three four five six seven eight nine ten")]
        [InlineData(nameof(WordClass.SingularDemonstrative), "this that")]
        [InlineData(nameof(WordClass.PluralDemonstrative), "these those")]
        [InlineData(nameof(WordClass.PerfectAuxiliary), "has have had hasn't haven't hadn't hasn’t haven’t hadn’t")]
        [InlineData(nameof(WordClass.DayLead), "on last this")]
        [InlineData(nameof(WordClass.ThanLead), "more fewer less")]
        [InlineData(nameof(WordClass.TimeDeictic), "this that last next")]
        [InlineData(nameof(WordClass.Expletive), "it there")]
        [InlineData(nameof(WordClass.AdjunctPreposition), "into onto after before toward towards")]
        [InlineData(nameof(WordClass.ContentIntro), "this next last about like whether")]
        [InlineData(nameof(WordClass.NonAssertive), "what how why whether if unless whom whose")]
        [InlineData(nameof(WordClass.PluralAgreement), "they i we you")]
        [InlineData(nameof(WordClass.Findings), "polls surveys studies statistics results polling data")]
        [InlineData(nameof(WordClass.NameInfix), "of the")]
        [InlineData(nameof(WordClass.HeadlineAbbreviation), "mr mrs ms dr st u.s u.k u.n e.u gen sen rep gov no vs jr sr lt col capt sgt brig maj prof rev inc co corp ltd mt ft adm cmdr pres")]
        [InlineData(nameof(WordClass.AudienceLead), "to at on")]
        [InlineData(nameof(WordClass.PlaceOrTimeLead), "in on at")]
        [InlineData(nameof(WordClass.ParticipleLead), "by upon while after")]
        [InlineData(nameof(WordClass.AuthorPreposition), "from by of")]
        [InlineData(nameof(WordClass.InterviewPreposition), "to with")]
        [InlineData(nameof(WordClass.PlacePreposition), "in near")]
        public void EachClassHoldsExactlyTheWordsTheGrammarReliesOn(string name, string words)
        {
            var c = (WordClass)Enum.Parse(typeof(WordClass), name);
            // a class that gains or loses a word changes what every rule that reads it does
            var members = Lexicon.GrammarWords.Where(e => (e.Value.Classes & c) != 0).Select(e => e.Key).OrderBy(w => w, StringComparer.Ordinal);
            Assert.Equal(words.Split(' ').OrderBy(w => w, StringComparer.Ordinal), members);
            Assert.All(words.Split(' '), w => Assert.True(Lexicon.Is(w, c)));
            Assert.False(Lexicon.Is("harbour", c));
        }

        [Theory]
        [InlineData(nameof(WordGroup.DefiniteDeterminer), "the this that these those")] // "the spokesman", "those aides"
        [InlineData(nameof(WordGroup.GroupPossessive), "its their")]                     // "its spokesman", "their lawyer"
        [InlineData(nameof(WordGroup.PassiveComplement), "of by")]                        // "Ortiz Accused Of Lying", "Plan Slammed By Divers"
        [InlineData(nameof(WordGroup.Complementizer), "that")]                            // "said that …", "the claim that …"
        [InlineData(nameof(WordGroup.InfinitiveMarker), "to")]                            // "plans to say"
        [InlineData(nameof(WordGroup.ToPreposition), "to")]                               // "according to Bell"
        [InlineData(nameof(WordGroup.AccordingHead), "according")]
        [InlineData(nameof(WordGroup.OfComplement), "of")]                                // "claims of fraud", "one of them"
        [InlineData(nameof(WordGroup.Agent), "by")]                                       // "was quoted by Bell", "by saying"
        [InlineData(nameof(WordGroup.AsLink), "as")]                                      // "known as", "quoted as saying"
        [InlineData(nameof(WordGroup.Setting), "in")]                                     // "in an interview"
        [InlineData(nameof(WordGroup.RatioJoiner), "in out")]                             // "4 in 10", "nine out of 10"
        [InlineData(nameof(WordGroup.SourceFrom), "from")]                                // "a statement from Bell"
        [InlineData(nameof(WordGroup.Additive), "and")]
        [InlineData(nameof(WordGroup.Accompaniment), "with")]                             // "an interview with Bell"
        [InlineData(nameof(WordGroup.DefiniteArticle), "the")]
        [InlineData(nameof(WordGroup.GoOnParticle), "on")]                                // "went on to say"
        [InlineData(nameof(WordGroup.GoForm), "go goes went")]
        [InlineData(nameof(WordGroup.PhrasingForm), "put puts")]                          // "as she put it"
        [InlineData(nameof(WordGroup.ThingPronoun), "it")]
        [InlineData(nameof(WordGroup.SequenceAdverb), "then")]                            // "… then said"
        [InlineData(nameof(WordGroup.ComparisonThan), "than")]                            // "more than"
        [InlineData(nameof(WordGroup.ProContent), "so")]                                  // "said so"
        [InlineData(nameof(WordGroup.AsideParticiple), "speaking requesting")]            // "Bell, speaking to reporters, said", "An official, requesting anonymity, said"
        [InlineData(nameof(WordGroup.CrossReference), "see")]                             // "(see page 4)"
        [InlineData(nameof(WordGroup.IndefiniteHead), "one")]                             // "no one"
        [InlineData(nameof(WordGroup.SpeakingOccasion), "interview")]                     // "in an interview"
        [InlineData(nameof(WordGroup.Presentative), "here's here’s")]                     // "Here's Bell:"
        [InlineData(nameof(WordGroup.PerfectParticiple), "having")]                       // "having said"
        [InlineData(nameof(WordGroup.InstitutionPlural), "authorities police")]           // "authorities said", "police say"
        [InlineData(nameof(WordGroup.Topic), "about")]                                    // "asked about"
        [InlineData(nameof(WordGroup.MannerLead), "at")]                                  // "are at pains to say"
        [InlineData(nameof(WordGroup.InterviewLabel), "q a question answer")]           // "Q:", "A:", "Question:", "Answer:"
        [InlineData(nameof(WordGroup.PersonSubjectRelative), "who")]                      // "Bell, who said …"
        [InlineData(nameof(WordGroup.FreeRelative), "what")]                              // "what he called “…”"
        [InlineData(nameof(WordGroup.ContinueForm), "continued continues")]               // "continued to say"
        [InlineData(nameof(WordGroup.PresentDay), "today")]
        [InlineData(nameof(WordGroup.IdiomAdverb), "told")]                               // "all told"
        [InlineData(nameof(WordGroup.MasculinePronoun), "he himself")]               // "Clinton himself said"
        [InlineData(nameof(WordGroup.FemininePronoun), "she herself")]               // "Clinton herself said"
        [InlineData(nameof(WordGroup.BaseBe), "be")]                                      // "will be quoted"
        [InlineData(nameof(WordGroup.FirstPersonBe), "am")]
        [InlineData(nameof(WordGroup.Distributive), "each")]                              // "each official"
        [InlineData(nameof(WordGroup.QuestionLabel), "q question")]                       // "Q:", "Question:"
        [InlineData(nameof(WordGroup.ParticipleTimeLead), "last this earlier")]           // "released last year"
        [InlineData(nameof(WordGroup.OrganisationConnective), "of for on to and")]         // "Center for American Progress"
        public void EachGroupHoldsExactlyTheWordsTheGrammarReliesOn(string name, string words)
        {
            var g = (WordGroup)Enum.Parse(typeof(WordGroup), name);
            var members = Lexicon.GrammarWords.Where(e => (e.Value.Groups & g) != 0).Select(e => e.Key).OrderBy(w => w, StringComparer.Ordinal);
            Assert.Equal(words.Split(' ').OrderBy(w => w, StringComparer.Ordinal), members);
            Assert.All(words.Split(' '), w => Assert.True(Lexicon.Is(w, g)));
            Assert.All(words.Split(' '), w => Assert.True(Lexicon.IsAsWritten(w, g)));
            Assert.True(Lexicon.Is("The", WordGroup.DefiniteDeterminer));
            Assert.False(Lexicon.IsAsWritten("The", WordGroup.DefiniteDeterminer));
            Assert.False(Lexicon.Is("harbour", g));
        }

        [Fact]
        public void AWordGroupAndItsClassesAndTagsComeFromOneLine()
        {
            // "that" is a relative, a demonstrative and a definite determiner: one entry answers all three questions
            Assert.True(Lexicon.Is("that", WordClass.SubjectRelative));
            Assert.True(Lexicon.Is("that", WordTag.Determiner));
            Assert.True(Lexicon.Is("that", WordGroup.DefiniteDeterminer));
            Assert.False(Lexicon.Is("that", WordGroup.GroupPossessive));
            Assert.False(Lexicon.Is("our", WordGroup.GroupPossessive)); // the writer's side, not a group named before
        }

        [Fact]
        public void ARoleOfAWordComesFromItsLineInTheLexicon()
        {
            // "that" opens a reported clause; "this", another demonstrative of the same lines, does not
            Assert.True(Lexicon.Is("that", WordGroup.Complementizer));
            Assert.True(Lexicon.Is("That", WordGroup.Complementizer));
            Assert.False(Lexicon.Is("this", WordGroup.Complementizer));
            Assert.False(Lexicon.Is("which", WordGroup.Complementizer));
            // one word, two roles, two tags: "to" before a verb and before a noun phrase
            Assert.True(Lexicon.Is("to", WordGroup.InfinitiveMarker));
            Assert.True(Lexicon.Is("to", WordGroup.ToPreposition));
            Assert.False(Lexicon.Is("for", WordGroup.InfinitiveMarker | WordGroup.ToPreposition));
            // a form of "go" carries words on; a form of "say" does not
            Assert.True(Lexicon.Is("went", WordGroup.GoForm));
            Assert.False(Lexicon.Is("said", WordGroup.GoForm));
        }

        [Fact]
        public void TheTokensOfASentenceCarryTheirRoles()
        {
            var text = "I said that we went on to say it, and then i spoke.";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            Token Word(string w, int nth = 0) => tk.Where(t => t.Text == w).Skip(nth).First();
            Assert.True(Word("I").IsPronounI);
            Assert.False(Word("i").IsPronounI);   // a lower-case "i" is not trusted
            Assert.False(Word("we").IsPronounI);
            Assert.True(Word("that").Has(WordGroup.Complementizer));
            Assert.True(Word("went").Has(WordGroup.GoForm));
            Assert.True(Word("on").Has(WordGroup.GoOnParticle));
            Assert.True(Word("to").Has(WordGroup.InfinitiveMarker));
            Assert.False(Word("said").Has(WordGroup.GoForm | WordGroup.Complementizer));
            Assert.True(Word("it").Has(WordGroup.ThingPronoun));
            Assert.True(Word("and").Has(WordGroup.Additive));
            Assert.True(Word("then").Has(WordGroup.SequenceAdverb));
            Assert.False(Word("spoke").Has(WordGroup.SequenceAdverb));
        }

        [Fact]
        public void ThePronounsOfTheThirdPersonPluralAndTheEmphaticOwnAreOneTagEach()
        {
            foreach (var w in new[] { "they", "them", "their", "theirs", "themselves" })
                Assert.True(Lexicon.Is(w, WordSense.ThirdPlural), w);
            foreach (var w in new[] { "it", "its", "he", "we", "these" })
                Assert.False(Lexicon.Is(w, WordSense.ThirdPlural), w);
            Assert.True(Lexicon.Is("own", WordSense.OwnEmphasis));
            Assert.False(Lexicon.Is("owned", WordSense.OwnEmphasis));
        }

        [Fact]
        public void AWordAsWrittenKeepsItsCase()
        {
            Assert.True(Lexicon.Is("A", WordClass.Article));
            Assert.True(Lexicon.IsAsWritten("a", WordClass.Article));
            Assert.False(Lexicon.IsAsWritten("A", WordClass.Article));
        }

        [Fact]
        public void NoTagNameIsInTwoOfTheThreeEnums()
        {
            // a line of words.txt names its tags without saying which enum: a name must mean one flag
            var roles = Enum.GetNames(typeof(WordTag));
            var classes = Enum.GetNames(typeof(WordClass));
            Assert.DoesNotContain(classes, c => c != "None" && roles.Contains(c));
            Assert.DoesNotContain(Enum.GetNames(typeof(WordGroup)), g => g != "None" && (roles.Contains(g) || classes.Contains(g)));
        }

        [Fact]
        public void ReportingVerbsCarryTheirTagsOnEveryForm()
        {
            foreach (var form in new[] { "say", "says", "said", "saying" })
            {
                var v = Lexicon.Verb(form)!;
                Assert.Equal("say", v.Lemma);
                Assert.True(v.Has(VerbTag.Speech | VerbTag.Inverting | VerbTag.Claim));
                Assert.Equal(CueUse.Any, v.Use);
            }
            Assert.Equal(CueUse.Before, Lexicon.Verb("called")!.Use);
            Assert.Equal(CueUse.After, Lexicon.Verb("smiled")!.Use);
            Assert.True(Lexicon.Verb("denied")!.Has(VerbTag.Denial));
            Assert.True(Lexicon.Verb("admitted")!.Has(VerbTag.Concession));
            Assert.True(Lexicon.Verb("told")!.Has(VerbTag.Object));
            // a verb of reported speech only never cues a quotation
            Assert.Null(Lexicon.Verb("believed"));
            Assert.True(Lexicon.AnyVerb("believed")!.Has(VerbTag.Thought | VerbTag.Claim));
        }

        [Theory]
        [InlineData("call", "off", true)]      // "called off the strike"
        [InlineData("call", "back", true)]
        [InlineData("add", "to", true)]        // "added to the confusion"
        [InlineData("back", "down", true)]     // "backed down"
        [InlineData("add", "up", true)]        // "the costs add up to …"
        [InlineData("call", "for", false)]     // a phrasal cue of its own ("+ call for")
        [InlineData("add", "that", false)]
        [InlineData("say", "off", false)]
        public void AParticleMakesAnotherVerbOfTheLinesMarkedWithAMinus(string lemma, string word, bool other) =>
            Assert.Equal(other, Lexicon.IsOtherVerbWithParticle(lemma, word));

        [Fact]
        public void AMinusLineNamesAVerbOfItsOwnLineAndNoPhrasalCueOrVerbForm()
        {
            // the "-" lines are neither verbs nor phrasal cues
            Assert.Null(Lexicon.AnyVerb("-"));
            Assert.DoesNotContain(Lexicon.PhrasalCues("called"), v => v.Particle!.Length == 1 && v.Particle[0] == "off");
        }

        [Theory]
        [InlineData("reports", true)]
        [InlineData("polls", true)]
        [InlineData("statements", true)]
        [InlineData("report", false)]          // the singular is IsDocumentWord's
        [InlineData("ministrys", false)]       // an organisation word, no document
        [InlineData("posts", true)]
        [InlineData("Reports", false)]         // asked in lower case
        public void TheInSPluralOfADocumentWord(string word, bool plural) => Assert.Equal(plural, Lexicon.IsDocumentPlural(word));

        [Fact]
        public void AbbreviationsAndTheOnesThatMayEndASentence()
        {
            Assert.True(Lexicon.IsAbbreviation("Gen."));
            Assert.True(Lexicon.IsAbbreviation("Calif."));
            Assert.False(Lexicon.IsAbbreviation("ill."));
            Assert.True(Lexicon.IsFinalAbbreviation("Inc."));
            Assert.False(Lexicon.IsFinalAbbreviation("Gen."));
        }

        [Fact]
        public void SpeakerNounsWithTheirTags()
        {
            Assert.True(Lexicon.IsSpeakerNoun("spokesmen", out var singular, out var plural));
            Assert.Equal("spokesman", singular);
            Assert.True(plural);
            Assert.True(Lexicon.IsSpeakerNoun("official", SpeakerNounTag.Anonymous | SpeakerNounTag.Institutional));
            Assert.True(Lexicon.IsSpeakerNoun("mother", SpeakerNounTag.Kin));
            Assert.False(Lexicon.IsSpeakerNoun("architect", SpeakerNounTag.Anonymous));
            Assert.True(Lexicon.IsFormOfAddress("Mrs."));
            Assert.False(Lexicon.IsFormOfAddress("Gen."));
        }

        [Theory]
        [InlineData("reportedly", true)]
        [InlineData("Apparently", true)]
        [InlineData("flatly", true)]
        [InlineData("Emily", false)]
        [InlineData("Beverly", false)]
        [InlineData("Kelly", false)]
        [InlineData("Holly", false)]
        [InlineData("Shelly", false)]
        [InlineData("Italy", false)]
        [InlineData("family", false)]
        [InlineData("reply", false)]
        [InlineData("July", false)]
        [InlineData("matter-of-factly", true)]
        [InlineData("half-heartedly", true)]
        [InlineData("Smith-Kelly", false)]
        [InlineData("well--nearly", false)]
        public void OneRuleForAdverbsInLy(string word, bool adverb) => Assert.Equal(adverb, Lexicon.IsAdverb(word));

        [Theory]
        [InlineData("“The pier will hold,” said Emily Smith, who runs the ferry office.", "Emily Smith")]
        [InlineData("“The pier will hold,” said Beverly Jones.", "Beverly Jones")]
        [InlineData("“The pier will hold,” Shelly Marsh said.", "Shelly Marsh")]
        [InlineData("Kelly Brandt said: “The pier will hold.”", "Kelly Brandt")]
        public void GivenNamesInLyAreNamesNotAdverbs(string body, string speaker)
        {
            var q = Assert.Single(QuoteTestText.Quotes("Ferry office stays open", body, null));
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void ASentenceAdverbBeforeANameIsNotPartOfIt()
        {
            var qs = QuoteTestText.Quotes("Ferry office stays open", "Reportedly Tomas Reyes told the crews: “The pier will hold.”", null);
            Assert.Equal("Tomas Reyes", Assert.Single(qs).Speaker);
        }

        [Fact]
        public void TheAccountsStageReadsTheClaimVerbsOfTheOneList()
        {
            var lexicon = IncidentTools.Accounts.AccountLexicon.Default;
            Assert.Equal("believe", lexicon.ReportingVerb("believed"));
            Assert.Equal("deny", lexicon.ReportingVerb("denies"));
            Assert.Null(lexicon.ReportingVerb("smiled"));
            Assert.All(Lexicon.ReportingVerbs.Values.Where(v => v.Has(VerbTag.Claim)), v => Assert.NotNull(lexicon.ReportingVerb(v.Form)));
            Assert.Contains("ministry", lexicon.SpeakerNouns);
            Assert.Contains("officials", lexicon.SpeakerNouns);
        }

        /// <summary>
        /// pronoun-cases.txt: an object or possessive pronoun reads as its subject form ("according to him" as "he", "her
        /// spokesman" as "she"), each in its own case; "her" is both, "his" no object and "hers" neither.
        /// </summary>
        [Theory]
        [InlineData("him", "he", null)]
        [InlineData("her", "she", "she")]
        [InlineData("them", "they", null)]
        [InlineData("us", "we", null)]
        [InlineData("his", null, "he")]
        [InlineData("their", null, "they")]
        [InlineData("hers", null, null)]
        [InlineData("he", null, null)]
        public void PronounCasesGiveTheSubjectForm(string form, string? asObject, string? asPossessive)
        {
            Assert.Equal(asObject, Lexicon.SubjectOfObjectPronoun(form));
            Assert.Equal(asPossessive, Lexicon.SubjectOfPossessive(form));
        }

        /// <summary>The regular -s ending: one s is the plural or the present ("critics", "says"), a word in -ss keeps its s ("press").</summary>
        [Theory]
        [InlineData("critics", true, "critic")]
        [InlineData("parties", true, "party")]
        [InlineData("says", true, "say")]
        [InlineData("press", false, "press")]
        [InlineData("congress", false, "congress")]
        [InlineData("official", false, "official")]
        public void InflectionReadsTheRegularSEnding(string word, bool endsInS, string singular)
        {
            Assert.Equal(endsInS, Inflection.EndsInS(word));
            Assert.Equal(singular, Inflection.Singular(word));
        }
    }
}
