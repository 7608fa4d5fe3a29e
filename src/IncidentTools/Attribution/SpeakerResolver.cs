using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    internal enum EntityKind { Person, Organisation, Individual, Group, Document }

    /// <summary>A full name written in the document: where (paragraph, token) and the gender its title gives.</summary>
    internal sealed class FullName
    {
        public FullName(string name, char gender, int paragraph, int start, bool subjectPlace)
        {
            SubjectPlace = subjectPlace;
            Name = name;
            Gender = gender;
            Paragraph = paragraph;
            Start = start;
        }

        public string Name { get; }
        public char Gender { get; }

        /// <summary>The gender the title gives, else the one the given name tells ('\0' when neither does).</summary>
        public char GenderTold
        {
            get
            {
                if (Gender != '\0') return Gender;
                int space = Name.IndexOf(' ');
                return Lexicon.GenderOfFirstName(space < 0 ? Name : Name.Substring(0, space));
            }
        }

        public int Paragraph { get; }
        /// <summary>Paragraph-relative offset of the name's first character.</summary>
        public int Start { get; }
        public bool SubjectPlace { get; }

        /// <summary>The singular speaker noun written as a title before the name ("architect"), if any.</summary>
        public string? RoleNoun { get; init; }

        /// <summary>The singular speaker noun that ends the description the name is set off after ("spokesman" in "the army's chief spokesman, Maj Gen Ali Shah"), if any.</summary>
        public string? ApposedRoleNoun { get; init; }

        /// <summary>The lower-case words before <see cref="RoleNoun"/> in a definite role set off before the name ("The political agent, Amjad Khan,": "political"), if any.</summary>
        public string? RoleWords { get; init; }

        /// <summary>True when <see cref="RoleNoun"/> is the noun of a definite role set off before the name ("The district agent, Ruth Amari,").</summary>
        public bool Definite { get; init; }

        /// <summary>The titles written before the name ("Army Brig. Gen."), if any.</summary>
        public string? Title { get; init; }

        /// <summary>True when the sentence that names the person with a title names a country other than the dateline's.</summary>
        public bool AbroadSentence { get; init; }

        /// <summary>
        /// The country of the place that opens the sentence that names the person with a title ("In Washington, Senator Jo Bell
        /// said": Washington's), when that sentence names no other country; else null.
        /// </summary>
        public Country? SceneCountry { get; init; }

        /// <summary>The words of the body the person leads, when the name follows "chaired by", "headed by" after that body's name.</summary>
        public string? LedBody { get; init; }

        /// <summary>The organisation set off by commas right after the name ("Curtis W. Vail, U.S. Army, …"), if any.</summary>
        public string? Employer { get; init; }

        /// <summary>The role written after the name in a programme's list of guests ("Guests: Jo Bell, Minister for Information; …"), if any.</summary>
        public string? ListedRole { get; init; }

        /// <summary>
        /// The office a country's possessive gives the name, set off before it where the name is introduced ("With me is Chile's
        /// ambassador in Lima, Rodrigo Soto."), if any: read for a later mention of the name alone (a transcript's label "SOTO:",
        /// "Soto wrote …").
        /// </summary>
        public string? IntroducedRole { get; init; }

        /// <summary>
        /// Whether the name is set off or placed as one introduced: a comma, a dash or a bracket after it, or an "of" phrase
        /// ("Henry Dale, president of the guild", "Ann Lutz — who …", "Tom Hale of Dover"), not a name passed in the run of a
        /// sentence ("the raid that killed Tom Hale in May").
        /// </summary>
        public bool SetOff { get; init; }
    }

    /// <summary>Someone (or something) that speaks in a document: a named person, an organisation, an unnamed source.</summary>
    internal sealed class Entity
    {
        public EntityKind Kind { get; set; }

        /// <summary>What the quote's Speaker shows: a full name, an organisation, the fullest description.</summary>
        public string Display { get; set; } = "";

        public string? Title { get; set; }

        /// <summary>The speaker noun the person's title stands for ("general" for "Brig. Gen."), for "the general".</summary>
        public string? TitleNoun { get; set; }

        /// <summary>True when the person is one of the manifest's people (the display is the manifest's spelling).</summary>
        public bool FromManifest { get; set; }

        public string? Role { get; set; }
        public char Gender { get; set; }
        public string? Party { get; set; }

        /// <summary>True when the party is only the place the text reports from (no country or name in the words).</summary>
        public bool PartyFromPlace { get; set; }

        /// <summary>Lower-case singular head noun of a description ("official").</summary>
        public string Head { get; set; } = "";
        public bool Plural { get; set; }
        /// <summary>
        /// The words of the entity's name or description (any case), to add to; made at the first word added or asked for through
        /// it: most entities (people by name) never get one, so readers ask <see cref="WordCount"/> and <see cref="HasWord"/>,
        /// which make no set.
        /// </summary>
        public HashSet<string> Words => _words ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        private HashSet<string>? _words;

        /// <summary>How many <see cref="Words"/> the entity has (no set made for none).</summary>
        public int WordCount => _words?.Count ?? 0;

        /// <summary>True when the word is among <see cref="Words"/> (any case; no set made for none).</summary>
        public bool HasWord(string word) => _words != null && _words.Contains(word);

        /// <summary>
        /// True when every one of the words is among <see cref="Words"/> (true for none), or, with
        /// <paramref name="orInDisplay"/>, written somewhere in <see cref="Display"/> (any case). A loop, not
        /// <c>words.All(Words.Contains)</c>: it is asked of every entity of the look-up window, and a delegate made per
        /// entity was a good part of what resolving a description allocated.
        /// </summary>
        public bool HasWords(IReadOnlyList<string> words, bool orInDisplay = false)
        {
            for (int i = 0; i < words.Count; i++)
                if (!HasWord(words[i]) && !(orInDisplay && Display.IndexOf(words[i], StringComparison.OrdinalIgnoreCase) >= 0)) return false;
            return true;
        }

        public Entity? Owner { get; set; }

        /// <summary>True for the first person ("I", "we"): never in the entities a later mention is resolved against.</summary>
        public bool IsFirstPerson { get; set; }

        /// <summary>True for the writer's own first person ("I", "we" outside anyone's turn or answer): the text's voice, of no side.</summary>
        public bool IsWriter { get; set; }

        /// <summary>True for a body the writer's or the speaker's own "our" names ("our side", "our people"): of the side not written.</summary>
        public bool WritersOwn { get; set; }

        /// <summary>True once "he" or "she" has been resolved to the entity.</summary>
        public bool ByPronoun { get; set; }

        /// <summary>True once the entity has been the speaker of a quotation.</summary>
        public bool Spoke { get; set; }

        /// <summary>
        /// True once a surname written alone ("Grayson said") has been read as this person, named in full before: the short
        /// name the document uses for it, which it keeps when another person of that surname comes in later.
        /// </summary>
        public bool ShortNamed { get; set; }

        /// <summary>
        /// The last paragraph whose mention named the person in full or by "he" or "she" (a surname alone does not count): where a
        /// bare surname shared with a short-named person keeps to this one (<see cref="SpeakerResolver"/>).
        /// </summary>
        public int InFocusParagraph { get; set; } = -1;

        /// <summary>
        /// True when the entity's latest attribution put forward a statement (its cue tagged claim: "said", "told"), not a
        /// question ("asked").
        /// </summary>
        public bool LastStated { get; set; }

        /// <summary>
        /// True for one person the text brings in with an indefinite determiner ("a spokesman", "one senior officer",
        /// "another resident"): someone new, not an epithet of a person named before; not one whose part is to ask ("one
        /// questioner claimed …": the "he" after it answers).
        /// </summary>
        public bool Introduced { get; set; }

        /// <summary>Salience: the last place (sentence counter) the entity was mentioned as subject or speaker.</summary>
        public int LastSeen { get; set; } = -1;
        public int LastParagraph { get; set; } = -1;

        /// <summary>The sentence (counter) the entity was last mentioned in as subject or speaker.</summary>
        public int LastSentence { get; set; } = -1;

        public bool IsIndividual => Kind == EntityKind.Person || Kind == EntityKind.Individual;

        /// <summary>Title and role as written, for matching a later description ("the spokesman") against them.</summary>
        public string? RawRoleText
        {
            get
            {
                // read for every person looked through at a description: made again only when the title or role changed
                if (_rawRoleMade && ReferenceEquals(_rawTitle, Title) && ReferenceEquals(_rawRole, Role)) return _rawRoleText;
                var parts = new List<string>();
                if (!string.IsNullOrEmpty(Title)) parts.Add(Title!);
                if (!string.IsNullOrEmpty(Role)) parts.Add(Role!);
                _rawTitle = Title;
                _rawRole = Role;
                _rawRoleMade = true;
                return _rawRoleText = parts.Count == 0 ? null : string.Join(", ", parts);
            }
        }

        private string? _rawTitle, _rawRole, _rawRoleText;
        private bool _rawRoleMade;

        /// <summary><see cref="PartyResolver.NameKey"/> of the display, made again only when the display changed.</summary>
        public string NameKey
        {
            get
            {
                if (!ReferenceEquals(_keyOf, Display)) { _key = PartyResolver.NameKey(Display); _keyOf = Display; }
                return _key!;
            }
        }

        /// <summary><see cref="PartyResolver.LastWord"/> of the display, made again only when the display changed.</summary>
        public string LastWord
        {
            get
            {
                if (!ReferenceEquals(_lastWordOf, Display)) { _lastWord = PartyResolver.LastWord(Display); _lastWordOf = Display; }
                return _lastWord!;
            }
        }

        private string? _keyOf, _key, _lastWordOf, _lastWord;

        /// <summary>The party <see cref="SpeakerResolver"/> worked out for the person from the display, title and role it was worked out from (the resolver's own).</summary>
        internal string? PersonParty { get; set; }
        /// <summary>The display, title and role <see cref="PersonParty"/> was worked out from; a null display until it is.</summary>
        internal (string? Display, string? Title, string? Role) PersonPartyOf { get; set; }

        /// <summary>The role a quote shows: title and role made readable (see <see cref="RolePhrase"/>).</summary>
        public string? RoleText
        {
            get
            {
                // read for every quote and attribution of the speaker: made again only when the title or role changed
                if (_roleTextMade && ReferenceEquals(_roleTextTitle, Title) && ReferenceEquals(_roleTextRole, Role)) return _roleText;
                _roleTextTitle = Title;
                _roleTextRole = Role;
                _roleTextMade = true;
                return _roleText = RolePhrase.Display(Title, Role);
            }
        }

        private string? _roleTextTitle, _roleTextRole, _roleText;
        private bool _roleTextMade;

        public override string ToString() => Display;
    }

    /// <summary>
    /// Resolves mentions to entities within one document: surnames to the full name introduced
    /// before, "he"/"she" to the nearest compatible individual, "the official" to the fullest
    /// earlier description with that head, "the department" and "it" to the organisation named before.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        private readonly List<Entity> _all = new List<Entity>();

        /// <summary>How many paragraphs back a bare "the report" finds the findings spoken of under another word ("an investigation").</summary>
        private const int FindingsReach = 3;

        /// <summary>How many of the most recently added or mentioned entities a lookup considers (keeps it linear).</summary>
        private const int Window = 300;

        /// <summary>How many full names one given name keeps ("Jo Bell", "Jo Reyes"): enough to tell a few people apart, few enough to read through.</summary>
        private const int FullNamesPerGivenName = 8;

        /// <summary>How many paragraphs back from a "he" or "she" the nearest full name written before it may stand (<see cref="NearestWrittenName"/>).</summary>
        private const int WrittenNameReach = 2;

        /// <summary>How many full names of one paragraph <see cref="NearestWrittenName"/> reads, nearest first (keeps it linear).</summary>
        private const int WrittenNamesRead = 40;

        /// <summary>The most capitalised words a person's name may have ("Syed Ali Raza Shah", with a title before it).</summary>
        private const int PersonNameWords = 5;

        /// <summary>The shortest and the longest acronym of a role or title that may stand for its holder ("the DGMO").</summary>
        private const int AcronymMinLetters = 2, AcronymMaxLetters = 6;

        /// <summary>How many characters of title words may stand between a description and a full name set off after it ("the ecologist, Dr. Norman Ratcliffe,").</summary>
        private const int AppositiveNameGap = 60;

        /// <summary>How many characters may follow a full name before the comma that closes its apposition (a possessive "'s", a full stop).</summary>
        private const int AppositiveNameTail = 3;

        /// <summary>How many paragraphs back the side named last may be, for a bare institutional word ("The military said") to speak for it.</summary>
        private const int SideReach = 2;

        /// <summary>How many paragraphs back a "he" or "she" may reach for a person last seen.</summary>
        private const int PersonPronounReach = 6;

        /// <summary>How many paragraphs back a person known to be of the pronoun's gender beats a more recent one of unknown gender.</summary>
        private const int KnownGenderReach = 3;


        /// <summary>How many paragraphs back a "they" may reach for a group or an organisation last seen.</summary>
        private const int GroupPronounReach = 2;

        /// <summary>The most words a possessive owner's name may have to be read as a person's ("Jo Bell's aide"), not an institution's.</summary>
        private const int PersonOwnerWords = 3;

        /// <summary>The most words of a post-modifier kept in a description's display ("an official at the embassy"); a longer one is a clause.</summary>
        private const int ShortPostModifierWords = 6;

        /// <summary>How many paragraphs back a group of the same head ("two intelligence officials") lends its side to one of its members ("a second official").</summary>
        private const int GroupMemberReach = 4;

        /// <summary>How many paragraphs back an epithet ("the actress", "the host") may find the person it stands for.</summary>
        private const int EpithetReach = 4;

        /// <summary>How many names written before an epithet are read for another person it may mean (keeps it linear).</summary>
        private const int EpithetNamesRead = 200;

        /// <summary>
        /// The entity of the lookup window that matches and was mentioned last (the earliest of equals): what
        /// Where, OrderByDescending(LastSeen) and FirstOrDefault over <see cref="_entities"/> give, without their allocations.
        /// The values the test reads are passed in as its state: a static lambda over them makes no closure or delegate at each
        /// call (nor, for a lambda over a parameter, at each entry to its method).
        /// </summary>
        private Entity? MostRecent<TState>(TState state, Func<Entity, TState, bool> match)
        {
            Entity? best = null;
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var x = _all[i];
                if (match(x, state) && (best == null || x.LastSeen > best.LastSeen)) best = x;
            }
            return best;
        }

        /// <summary>The first person of the lookup window with that name key (what FirstOrDefault over <see cref="_entities"/> gives).</summary>
        private Entity? PersonWithKey(string key)
        {
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
                if (_all[i].Kind == EntityKind.Person && _all[i].NameKey == key) return _all[i];
            return null;
        }

        /// <summary>The first organisation of the lookup window displayed as that name, in any case (what FirstOrDefault over <see cref="_entities"/> gives).</summary>
        private Entity? OrganisationNamed(string name)
        {
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
                if (_all[i].Kind == EntityKind.Organisation && _all[i].Display.Equals(name, StringComparison.OrdinalIgnoreCase)) return _all[i];
            return null;
        }

        /// <summary>The entities a lookup considers: the most recent ones.</summary>
        private IEnumerable<Entity> _entities
        {
            get
            {
                for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++) yield return _all[i];
            }
        }
        private readonly Dictionary<string, FullName> _fullNames;

        /// <summary>The first full name written with a title, by name key.</summary>
        private readonly Dictionary<string, FullName> _titledNames = new Dictionary<string, FullName>(StringComparer.Ordinal);

        /// <summary>The country of the story's dateline, for the holders of an office written without a country.</summary>
        private readonly Country? _home;
        private readonly PartyResolver _parties;

        /// <summary>
        /// The head word, in lower case, of the district or agency the dateline's bracket names ("agency" of "GHALANAI (Mohmand
        /// Agency), November 26:", <see cref="DatelineCountry.Region"/>), or "" when it names none; read once, when a description
        /// asks.
        /// </summary>
        private string RegionNoun => _regionNoun ??= _document != null && DatelineCountry.Region(_document) is { } region ? Casing.Lower(PartyResolver.LastWord(region)) : "";
        private string? _regionNoun;

        /// <summary>
        /// True in a paragraph that opens with a timeline's date, "Dec. 22, 2011 -- The ministry publishes …"
        /// (<see cref="Clauses.AfterDateStamp"/>): a bare institution there ("the army") takes no side named in an earlier entry.
        /// </summary>
        public bool DatedEntry { get; set; }

        /// <summary>
        /// The paragraph that opened the live blog's time-stamped entry the resolver reads now (<see cref="AnalysedParagraph.EntryStart"/>);
        /// -1 outside any entry.
        /// </summary>
        public int EntryStart { get; set; } = -1;

        /// <summary>In a transcript turn of a correspondent who reports from a named place, that place's party; else null.</summary>
        public string? TurnParty { get; set; }

        /// <summary>
        /// In a text with turns and no dateline, the party of the place its introduction says the interview was held at
        /// (<see cref="ReporterPlace.InterviewParty"/>): "the army here" in a question is of that place; else null.
        /// </summary>
        public string? InterviewParty { get; set; }

        /// <summary>Under a section heading that names a side ("PAKISTAN", "NATO" in a roundup of reactions), that side; else null.</summary>
        public string? SectionParty { get; set; }

        /// <summary>
        /// The country of the place that last opened a sentence of the paragraph up to this one and sets its scene ("In
        /// Islamabad, the reaction was cool. The military said …"); else null.
        /// </summary>
        public Country? Scene { get; set; }

        /// <summary>
        /// The party of the place the text reports from here: the correspondent's place in a transcript turn, else the place that
        /// opened a sentence of the paragraph ("In Islamabad, …" in a story filed from Tampa), else the dateline's country.
        /// </summary>
        private string? HomeParty => TurnParty ?? ((Scene ?? _home) is { } place ? _parties.MapCountry(place) : null);

        /// <summary>
        /// "senior officers said", "officials here say": a description of people who speak for an institution, with no
        /// country, organisation or name in it (no capitalised modifier, no apposition, no complement but "here"),
        /// speaks for the place the text reports from.
        /// </summary>
        private bool LocalDescription(Mention m, AnalysedParagraph? ap = null)
        {
            // ("Military sources in Quetta": people of an institution, not local by their noun, placed by the city the description
            // names; not an envoy, whom the city names the posting of: "Diplomats in Bonn")
            if (!(Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Local) ||
                  Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Institutional) && !Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Envoy) && PostCity(m.PostModifier) != null) ||
                m.Apposition != null && !AsideOfSpeaking(m.Apposition) && !AsideOfRank(m.Apposition) || m.Owner != null) return false;
            // "its spokesman", "their officers": the owner named before says whose
            if (Lexicon.Is(m.Determiner, WordTag.Possessive)) return false;
            // ("a senior officer who attended the meeting": a relative clause that names no one and nowhere says no more of a side than
            // the noun alone)
            if (m.PostModifier != null && !IsWriterPlace(m.PostModifier) && !AtOwnInstitution(m.PostModifier) && PostCity(m.PostModifier) == null &&
                !PlainRelative(m.PostModifier) && !(!m.Plural && (AtFrontierPlace(m.PostModifier) || InDatelineRegion(m.PostModifier)))) return false;
            // a capital opening the sentence says nothing ("Senior officers said"); "foreign", "Western" say they are not local
            bool opensSentence = ap != null && m.Determiner.Length == 0 && OpensSentence(ap, m.CharStart);
            for (int i = 0; i < m.Modifiers.Count; i++)
            {
                var mod = m.Modifiers[i];
                if (mod.Length == 0 || char.IsUpper(mod[0]) && !(i == 0 && opensSentence)) return false;
                if (Lexicon.Is(mod.ToLowerInvariant(), WordTag.Outsider)) return false;
                // "alliance officials", "a coalition spokesman": people of a joint force, not of the place the story is filed from
                if (Joint(mod.ToLowerInvariant())) return false;
            }
            return true;
        }

        /// <summary>
        /// "who attended the meeting", "who asked not to be named": a relative clause (its first word a relative pronoun) with no
        /// capitalised word (no name, place or body of anyone's) and no quotation in it.
        /// </summary>
        private static bool PlainRelative(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 2 || !Lexicon.Is(w[0], WordTag.Relative) || !Lexicon.Is(w[0], WordClass.PersonRelative)) return false;
            foreach (var x in w)
                if (x.Length == 0 || !char.IsLower(x[0])) return false;
            return true;
        }

        /// <summary>
        /// "a senior administration official", "Administration officials": the side of the country whose executive the last modifier
        /// names before the official's noun (executive-words.txt), when every other modifier is a rank, none is capitalised but a
        /// sentence's first word, nothing is written after the noun but an aside of speaking, no owner or possessive says whose,
        /// and the text names that country ("a district administration official", "a Karzai administration official", "an
        /// administration official in Peshawar", or the same words in a text that never names the country, are not).
        /// </summary>
        private string? ExecutiveSide(Mention m, string? post, AnalysedParagraph? ap)
        {
            if (m.Modifiers.Count == 0 || post != null || m.Owner != null || m.Apposition != null && !AsideOfSpeaking(m.Apposition) ||
                Lexicon.Is(m.Determiner, WordTag.Possessive)) return null;
            bool opensSentence = ap != null && m.Determiner.Length == 0 && OpensSentence(ap, m.CharStart);
            return ExecutiveOfWords(m.Modifiers, m.Head, opensSentence);
        }

        /// <summary>
        /// <see cref="ExecutiveSide"/> read on the modifiers and the noun alone: every modifier a rank, none capitalised but the first
        /// when <paramref name="firstMayBeCapital"/> (a sentence's first word), the last the executive's word; a holder's surname
        /// right before that word ("a senior Obama administration official": executive-words.txt 'holder') names the country
        /// itself, in any text; without one the text must name the country.
        /// </summary>
        private string? ExecutiveOfWords(IReadOnlyList<string> modifiers, string head, bool firstMayBeCapital)
        {
            int last = modifiers.Count - 1;
            if (last < 0) return null;
            var executive = modifiers[last].ToLowerInvariant();
            if (Lexicon.ExecutiveCountry(executive, head.ToLowerInvariant()) is not { } name) return null;
            bool byHolder = false;
            for (int i = 0; i <= last; i++)
            {
                var mod = modifiers[i];
                if (mod.Length == 0) return null;
                if (i == last - 1 && char.IsUpper(mod[0]) && Lexicon.IsExecutiveHolder(executive, mod)) { byHolder = true; continue; }
                if (char.IsUpper(mod[0]) && !(i == 0 && firstMayBeCapital)) return null;
                if (i < last && !Lexicon.IsExecutiveRank(mod.ToLowerInvariant())) return null;
            }
            return CountryTable.Find(name) is { } country && (byHolder || TextNames(country)) ? _parties.MapCountry(country) : null;
        }

        /// <summary>
        /// True when a word of the document, or two words together, name the country (a name, a demonym or another name, or a
        /// capital or seat of government: "U.S.", "American", "United States", "Washington", "Pentagon"); with
        /// <paramref name="formsOnly"/>, when one capitalised word is a form of the country's own (a name or its people:
        /// "Pakistan", "Pakistani"), its capital not counted (<see cref="RankOfOneNamedArmy"/>). Read once a document, country
        /// and reading.
        /// </summary>
        /// <remarks>
        /// Not <see cref="CountryTable.NamedIn"/>, which tab completion reads on a file's raw text: that one also counts a
        /// political party ("PML-N") and forms of three words or more as naming the country, and splits words its own way,
        /// not the tokenizer's; here only a capitalised token, or two, of the analysed document, with the resolver's own
        /// possessive rule, say so. One for both would move which executive officials get a side.
        /// </remarks>
        private bool TextNames(Country country, bool formsOnly = false)
        {
            if (_document == null) return false;
            var known = formsOnly ? _textFormNames : _textNames;
            if (known != null && known.TryGetValue(country, out var named)) return named;
            named = false;
            foreach (var p in _document.Paragraphs)
            {
                var tk = p.Tokens;
                for (int k = 0; k < tk.Count && !named; k++)
                {
                    if (!tk[k].IsWord || !tk[k].IsCapitalized) continue;
                    if (formsOnly ? CountryTable.Find(tk[k].Text) == country :
                        CountryTable.FindCountryOrCapital(PartyResolver.StripPossessive(tk[k].Text)) == country ||
                        k + 1 < tk.Count && tk[k + 1].IsWord && CountryTable.FindCountryOrCapital(tk[k].Text + " " + PartyResolver.StripPossessive(tk[k + 1].Text)) == country) named = true;
                }
                if (named) break;
            }
            if (formsOnly) (_textFormNames ??= new Dictionary<Country, bool>())[country] = named;
            else (_textNames ??= new Dictionary<Country, bool>())[country] = named;
            return named;
        }

        /// <summary>Whether the document names each country asked about (<see cref="TextNames"/>), made at the first question.</summary>
        private Dictionary<Country, bool>? _textNames;

        /// <summary>Whether a word of the document is a form of each country asked about (<see cref="TextNames"/> with formsOnly), made at the first question.</summary>
        private Dictionary<Country, bool>? _textFormNames;

        /// <summary>
        /// "speaking to our correspondent on condition of anonymity": an aside opened by a participle of speech (words.txt
        /// 'aside-participle') tells how the one described spoke, not who he is, so the description stays a local one
        /// ("An army officer in Quetta, speaking on condition of anonymity, said": the city's country).
        /// </summary>
        private static bool AsideOfSpeaking(string apposition)
        {
            int space = apposition.IndexOf(' ');
            return Lexicon.Is((space < 0 ? apposition : apposition.Substring(0, space)).ToLowerInvariant(), WordGroup.AsideParticiple);
        }

        /// <summary>
        /// "The garrison commander, a colonel who led the parade, said": an aside that gives the person's rank or post once more
        /// ("a" or "an", lower-case words ending in a speaker noun tagged 'local', then at most a relative clause in lower case)
        /// tells what the one described is, not whose, so the description stays a local one (an aside that names a body or a
        /// country, "a colonel of the Northern army", does not).
        /// </summary>
        private static bool AsideOfRank(string apposition)
        {
            var w = apposition.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 2 || !Lexicon.IsAsWritten(w[0], WordClass.IndefiniteArticle)) return false;
            foreach (var x in w)
                if (!char.IsLower(x[0]) || !char.IsLetter(x[x.Length - 1])) return false;
            int i = 1;
            while (i < w.Length && !Lexicon.Is(w[i], WordTag.Relative) && !Lexicon.Is(w[i], WordTag.Preposition)) i++;
            if (i < w.Length && !Lexicon.Is(w[i], WordClass.PersonRelative)) return false;
            return i >= 2 && Lexicon.IsSpeakerNoun(w[i - 1], SpeakerNounTag.Local);
        }

        /// <summary>How many words a frontier place after a speaker noun may have, its preposition and article among them ("at the border crossing").</summary>
        private const int FrontierPlaceWords = 4;

        /// <summary>
        /// "a senior customs official at the border", "an officer at the checkpoint": a short phrase after the head that puts the
        /// person at a place of the state's frontier ("at", "on" or "in", "the", lower-case words, the last a noun of
        /// frontier-places.txt, none an organisation's word) says where the person serves, not whose: the description of one person
        /// stays a local one (not of many: "commanders at the border" in a side's account are that side's, wherever the story is
        /// filed; nor "an official at the port", whom no frontier places).
        /// </summary>
        private static bool AtFrontierPlace(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 3 || w.Length > FrontierPlaceWords || !Lexicon.IsAsWritten(w[0], WordClass.PlaceOrTimeLead) || !Lexicon.IsAsWritten(w[1], WordGroup.DefiniteArticle)) return false;
            for (int i = 2; i < w.Length; i++)
                if (!char.IsLower(w[i][0]) || !char.IsLetter(w[i][w[i].Length - 1]) || Lexicon.IsOrganisationWord(w[i]) || Lexicon.Is(w[i], WordTag.Function)) return false;
            return Lexicon.IsFrontierPlace(w[w.Length - 1]);
        }

        /// <summary>
        /// "the brigade commander in the agency" in a story filed from "GHALANAI (Mohmand Agency), November 26:": "in the" and the head
        /// word of the district or agency that the dateline's bracket names (<see cref="RegionNoun"/>) is that place, where the
        /// story is filed from, not a body the person works for: the description of one person stays a local one. Not in a story
        /// whose dateline names no such bracket ("an officer in the agency" may be of an intelligence agency).
        /// </summary>
        private bool InDatelineRegion(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return w.Length == 3 && Lexicon.IsAsWritten(w[0], WordClass.PlaceOrTimeLead) && Lexicon.IsAsWritten(w[1], WordGroup.DefiniteArticle) &&
                   RegionNoun.Length > 0 && w[2].Equals(RegionNoun, StringComparison.Ordinal);
        }

        /// <summary>True when the word at a paragraph offset opens a sentence (see <see cref="TokenOpensSentence"/>).</summary>
        private static bool OpensSentence(AnalysedParagraph ap, int at)
        {
            int k = ap.TokenAt(at);
            return k < ap.Tokens.Count && TokenOpensSentence(ap, k);
        }

        /// <summary>True when token k opens one of the text layer's sentences or follows a colon ("… said: Senior officers …").</summary>
        private static bool TokenOpensSentence(AnalysedParagraph ap, int k) =>
            ap.Sentences[ap.SentenceOf(k)].Start == k || k > 0 && ap.Tokens[k - 1].Is(":");

        /// <summary>
        /// True when the pronoun at <paramref name="at"/> opens its sentence ("He said …"), is the source of the "according to"
        /// that opens it ("According to him, …"), or is the subject of the cue right after the double-quoted quotation that
        /// opens it and leaves it open ("“…,” he said"), or owns the frame of a view or a telling that opens it ("In his telling, …"):
        /// not a pronoun later in a sentence of the writer's.
        /// </summary>
        private static bool PronounOpensSentence(AnalysedParagraph ap, int at)
        {
            int k = ap.TokenAt(at);
            if (k >= ap.Tokens.Count) return false;
            if (TokenOpensSentence(ap, k)) return true;
            if (k >= 2 && ap.Tokens[k - 2].IsWord && ap.Tokens[k - 2].Has(WordGroup.AccordingHead) && ap.Tokens[k - 1].Has(WordGroup.ToPreposition) &&
                TokenOpensSentence(ap, k - 2)) return true;
            // "In his telling, …", "In her view, …", "By his account, …": the owner of the frame that opens the sentence (InOwnView)
            if (k >= 1 && k + 1 < ap.Tokens.Count && ap.Tokens[k - 1].IsWord && ap.Tokens[k - 1].Has(WordTag.Preposition) && TokenOpensSentence(ap, k - 1) &&
                Rules.InOwnView.IsNounOfView(ap.Tokens[k + 1])) return true;
            if (k == 0 || !ap.Tokens[k - 1].IsQuote) return false;
            var span = ap.Quotations[ap.QuotationIndexOf(ap.Tokens[k - 1])];
            return !span.Single && span.Closed && QuotationFacts.EndsOpen(ap.Tokens[k - 1].Text) && TokenOpensSentence(ap, k - 1);
        }

        /// <summary>
        /// "a senior officer at the army's headquarters", "an official of the ministry": a phrase after the head that places
        /// the person in a bare institution ("the" and an institutional organisation word, in the possessive or not, no
        /// country or name before it) says no more of a side than "officials" alone: the institution of the place the text
        /// reports from. Not a diplomatic mission ("an official at the embassy": another country's, in its host's capital), nor
        /// a phrase with a capitalised word other than a place of that country ("… headquarters in Peshawar" only in a story
        /// filed from Pakistan: the place checks the institution is the home one, it gives no side of its own).
        /// </summary>
        private bool AtOwnInstitution(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 3 || !Lexicon.IsAsWritten(w[1], WordGroup.DefiniteArticle) || !Lexicon.Is(w[0], WordTag.Preposition)) return false;
            var head = PartyResolver.StripPossessive(w[2]);
            if (head.Length == 0 || !char.IsLower(head[0]) ||
                !Lexicon.IsOrganisationWord(head, OrganisationWordTag.Institutional) || Lexicon.IsOrganisationWord(head, OrganisationWordTag.Mission)) return false;
            for (int i = 3; i < w.Length; i++)
                if (char.IsUpper(w[i][0]) && (_home == null || CountryTable.FindPlace(w[i].TrimEnd(',', '.')) != _home)) return false;
            return true;
        }

        /// <summary>
        /// The side of the institution whose place opens the mention's sentence right before it ("At the Pakistani Embassy, a
        /// spokesman said", "At the Pentagon, officials said": <see cref="Clauses.OpeningPlacePhrase"/>), when its capitalised
        /// words are an organisation of the manifest or end in an organisation word ("At the Northern Embassy"; not a city or a
        /// country, which sets the scene: "In Washington, …"); else null.
        /// </summary>
        private string? OpeningInstitutionSide(AnalysedParagraph ap, Mention m)
        {
            int k = ap.TokenAt(m.CharStart);
            return k < ap.Tokens.Count && ap.Tokens[k].Start == m.CharStart ? OpeningInstitutionSide(ap, k) : null;
        }

        /// <summary><see cref="OpeningInstitutionSide(AnalysedParagraph, Mention)"/> for the words that start at token <paramref name="k"/>.</summary>
        private string? OpeningInstitutionSide(AnalysedParagraph ap, int k)
        {
            var tk = ap.Tokens;
            if (k < 3 || k >= tk.Count) return null;
            var (words, comma) = Clauses.OpeningPlacePhrase(tk, ap.Sentences[ap.SentenceOf(k)].Start, k);
            if (comma != k - 1) return null;
            var place = MentionParser.Join(tk, words, comma);
            return _parties.IsManifestOrganisation(place) || Lexicon.IsOrganisationWord(PartyResolver.LastWord(place)) ? _parties.FromText(place) : null;
        }

        /// <summary>
        /// "in Quetta", "near Peshawar", "at Torkham": a phrase of place that is a preposition of place (or "at", which places one
        /// at a city as "in" does; words.txt 'place-or-time-lead') and a city of one country (cities.txt) and nothing else, with
        /// that country; null otherwise. A local description so placed ("a security official in Quetta", "a customs official at
        /// Chaman") speaks for the city's country, as "officials in Islamabad" do for the capital's.
        /// </summary>
        private static Country? PostCity(string? post)
        {
            if (post == null) return null;
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 2 || !(Lexicon.IsAsWritten(w[0], WordClass.PlacePreposition) || Lexicon.IsAsWritten(w[0], WordClass.PlaceOrTimeLead))) return null;
            return CountryTable.FindCity(string.Join(" ", w, 1, w.Length - 1).TrimEnd(',', '.'));
        }

        /// <summary>
        /// "of the foreign ministry in Berlin": the country of the capital or city (cities.txt) that a preposition of place puts at
        /// the end of a description's phrase (up to a comma after it: "in Berlin, Ilse Marten"), or null.
        /// </summary>
        internal static Country? ClosingPlace(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = w.Length - 2; i >= 0; i--)
            {
                if (!Lexicon.IsAsWritten(w[i], WordClass.PlacePreposition)) continue;
                var place = string.Join(" ", w, i + 1, w.Length - i - 1).TrimEnd(',', '.');
                // ("in Beijing, Zhu Bangzao": a phrase read on to the comma of a name apposed after it; the place ends at its comma)
                int comma = place.IndexOf(',');
                if (comma > 0) place = place.Substring(0, comma);
                return place.Length > 0 && char.IsUpper(place[0]) ? CountryTable.FindPlace(place) : null;
            }
            return null;
        }

        /// <summary>The party of the country whose city closes a named person's role (<see cref="ClosingPlace"/>), or null.</summary>
        private string? ClosingPlaceParty(string? role) =>
            !string.IsNullOrEmpty(role) && ClosingPlace(role!) is { } closing ? _parties.MapCountry(closing) : null;

        private static bool IsWriterPlace(string? post) => post != null && Lexicon.Is(post.Trim().ToLowerInvariant(), WordTag.WriterPlace);

        /// <summary>
        /// "The army here says …", "the government here": a state's body (organisation-words.txt 'institutional', not a foreign
        /// 'mission': "the embassy here" is another country's) with the writer's place after it (words.txt 'writer-place') is the body
        /// of the place the text reports from (<see cref="HomeParty"/>), or of no side known when the text gives no such place; not
        /// of the side named before, which in an interview is often the guest's, of the other side ("Nobody in my government …").
        /// </summary>
        /// <remarks>
        /// "The military there insists …" (words.txt 'named-place', <see cref="IsNamedPlace"/>) is such a body too, of the place the
        /// text named last before it (<see cref="SideOfPlaceNamedBefore"/>), not the place it reports from: no side when it names none.
        /// </remarks>
        internal static bool LocalBody(Mention m) =>
            (IsWriterPlace(m.PostModifier) || IsNamedPlace(m.PostModifier)) && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Institutional) &&
            !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Mission);

        /// <summary>"the military there", "officers there": a speaker noun's adverb of the place named before (words.txt 'named-place').</summary>
        internal static bool IsNamedPlace(string? post) => post != null && Lexicon.Is(post.Trim().ToLowerInvariant(), WordSense.NamedPlace);

        /// <summary>How many capitalised words a place named after its preposition may take ("in New Delhi", "in Dera Ismail Khan").</summary>
        private const int NamedPlaceWords = 3;

        /// <summary>
        /// "In Pakistan, the refusal was read as an insult. The military there insists …", "speaking to officials in Rawalpindi. He
        /// reports that officers there are adamant …": the side of the country of the place that "there" stands for, the last one a
        /// preposition of place names (countries.txt, a country, a capital or a city of one country) before the mention in its
        /// sentence or the one before it, else the place that set the paragraph's scene (<see cref="Scene"/>); null when the text
        /// names no such place there (never the place the text reports from, nor the side named before).
        /// </summary>
        private string? SideOfPlaceNamedBefore(AnalysedParagraph? ap, int charStart)
        {
            if (ap == null) return Scene is { } scene ? _parties.MapCountry(scene) : null;
            var tk = ap.Tokens;
            int at = ap.TokenAt(charStart);
            if (at > tk.Count) at = tk.Count;
            int si = ap.SentenceOf(System.Math.Min(at, tk.Count - 1));
            int from = ap.Sentences[si > 0 ? si - 1 : si].Start;
            for (int k = at - 1; k > from; k--)
            {
                if (!tk[k].IsCapitalized || !tk[k - 1].IsWord || !tk[k - 1].Has(WordClass.PlacePreposition)) continue;
                for (int n = System.Math.Min(NamedPlaceWords, at - k); n >= 1; n--)
                {
                    if (!tk[k + n - 1].IsCapitalized) continue;
                    var place = MentionParser.Join(tk, k, k + n);
                    if ((CountryTable.Find(place) ?? CountryTable.FindPlace(place)) is { } country) return _parties.MapCountry(country);
                }
            }
            return Scene is { } opened ? _parties.MapCountry(opened) : null;
        }

        /// <summary>Full names written after a role noun ("architect Marwan Al-Sayed"), by that noun, in order.</summary>
        private readonly Dictionary<string, List<FullName>> _namesByRole = new Dictionary<string, List<FullName>>(StringComparer.Ordinal);

        /// <summary>
        /// "the architect says" → the last person written as "architect X" (or "the architect, X,") before this paragraph or in
        /// it before the description at <paramref name="offset"/> (a definite description refers back, never to a person its
        /// paragraph names only after it: "The general told the paper … the inquiry run by Brig. Gen. Jo Reyes"); "the political
        /// agent said" (<paramref name="text"/>, the description's words) → one written as "The political agent, X," whose role
        /// holds every word before the head (<paramref name="definite"/>: the role was set off so, and the description's own
        /// modifiers then do not keep it from being that person).
        /// </summary>
        private Entity? NameWrittenWithRole(string head, int paragraph, int offset, string text, IReadOnlyList<string> own, out bool definite)
        {
            definite = false;
            if (!_namesByRole.TryGetValue(head, out var list)) return null;
            // "the Foreign Minister" after "Pakistani Foreign Minister Hina Rabbani Khar" (or "Foreign Minister Khar"): a
            // description whose own words are all words of the title written before a name is that title's holder, the nearest
            // one written before it (taken as a role set off is below); a title without them ("Interior Minister Ali Shah") is
            // another office's holder
            if (own.Count > 0)
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    if (!WrittenBefore(list[i], paragraph, offset)) continue;
                    if (list[i].Definite || list[i].Title == null || !AllWordsOfTitle(own, list[i].Title!)) continue;
                    if (SurnameOfOthers(list[i], head)) return null;
                    definite = true;
                    return ResolveName(new Mention { Kind = MentionKind.Name, Name = list[i].Name, Text = list[i].Name, Title = head });
                }
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (!WrittenBefore(list[i], paragraph, offset)) continue;
                if (SurnameOfOthers(list[i], head)) return null;
                // a role set off before the name: every word of the description before its head is one of the role's ("the port
                // agent" is not "the district agent, Ruth Amari"); a title before the name: no words of the description's own
                definite = list[i].Definite;
                if (definite)
                {
                    var written = (list[i].RoleWords ?? "").Split(' ');
                    var words = text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                    for (int w = 0; w < words.Length - 1; w++)
                        if (!Lexicon.Is(words[w].ToLowerInvariant(), WordClass.Article) && !HasWord(written, words[w].ToLowerInvariant())) return null;
                }
                return ResolveName(new Mention { Kind = MentionKind.Name, Name = list[i].Name, Text = list[i].Name, Title = head });
            }
            return null;
        }

        /// <summary>True when the full name stands before <paramref name="offset"/> of <paramref name="paragraph"/> (a paragraph before, or earlier in it).</summary>
        private static bool WrittenBefore(FullName f, int paragraph, int offset) =>
            f.Paragraph < paragraph || f.Paragraph == paragraph && f.Start < offset;

        /// <summary>
        /// True when the nearest full name written with the role noun <paramref name="head"/> before the description at
        /// <paramref name="offset"/> of <paramref name="paragraph"/> stands in a paragraph after <paramref name="afterParagraph"/>.
        /// </summary>
        private bool NameWithRoleAfter(string head, int paragraph, int offset, int afterParagraph)
        {
            if (!_namesByRole.TryGetValue(head, out var list)) return false;
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (!WrittenBefore(list[i], paragraph, offset)) continue;
                return list[i].Paragraph > afterParagraph;
            }
            return false;
        }

        /// <summary>
        /// True when the name is a surname alone written after a title ("President Obama") and the document names another person
        /// of that surname, in full without that title's noun ("Michelle Obama"): the title's holder is then not plain.
        /// </summary>
        private bool SurnameOfOthers(FullName written, string head)
        {
            if (written.Name.IndexOf(' ') >= 0) return false;
            foreach (var list in _namesByParagraph.Values)
                foreach (var f in list)
                    if (f.RoleNoun != head && f.Name.IndexOf(' ') > 0 && PartyResolver.LastWord(f.Name).Equals(written.Name, StringComparison.Ordinal)) return true;
            foreach (var x in _all)
                if (x.Kind == EntityKind.Person && x.TitleNoun != head && x.Display.IndexOf(' ') > 0 && x.LastWord.Equals(written.Name, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>True when every word (case aside) is one of the title's words ("Foreign" of "Pakistani Foreign Minister").</summary>
        private static bool AllWordsOfTitle(IReadOnlyList<string> words, string title)
        {
            var written = title.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words)
                if (!written.Any(t => t.Equals(w, StringComparison.OrdinalIgnoreCase))) return false;
            return true;
        }

        /// <summary>The body each person leads, by the person's key, as written before "chaired by" and the name.</summary>
        private readonly Dictionary<string, string> _ledBodies = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Full names written in each paragraph, in order, for pronouns whose antecedent was never a subject.</summary>
        private readonly Dictionary<int, List<FullName>> _namesByParagraph;

        /// <summary>Full names written in the document, by their given name (after any honorific).</summary>
        private readonly Dictionary<string, List<string>> _fullNamesByGiven;

        /// <summary>The document resolved (for the missions it names with their country); null in a resolver made without one.</summary>
        private readonly AnalysedDocument? _document;

        public SpeakerResolver(PartyResolver parties, List<FullName> fullNames, Country? home = null, AnalysedDocument? document = null, List<FullName>? titledSurnames = null)
        {
            _parties = parties;
            _document = document;
            _home = home;
            // the tables of every full name sized once for all of them (no table grown and copied name by name)
            _fullNames = new Dictionary<string, FullName>(fullNames.Count, StringComparer.Ordinal);
            _namesByParagraph = new Dictionary<int, List<FullName>>(fullNames.Count);
            _fullNamesByGiven = new Dictionary<string, List<string>>(fullNames.Count, StringComparer.Ordinal);
            foreach (var f in fullNames)
            {
                var last = PartyResolver.LastWord(f.Name);
                if (!_fullNames.ContainsKey(last)) _fullNames[last] = f;
                if (f.LedBody != null || f.Title != null)
                {
                    var key = _parties.KeyOf(f.Name);
                    if (f.LedBody != null && !_ledBodies.ContainsKey(key)) _ledBodies[key] = f.LedBody;
                    if (f.Title != null && !_titledNames.ContainsKey(key)) _titledNames[key] = f;
                }
                // the first word without the honorifics (what Split(' ')[0] gives), without splitting the rest
                var given = PersonName.GivenWord(f.Name);
                if (!_fullNamesByGiven.TryGetValue(given, out var sameGiven)) _fullNamesByGiven[given] = sameGiven = new List<string>();
                if (sameGiven.Count < FullNamesPerGivenName && !sameGiven.Contains(f.Name)) sameGiven.Add(f.Name);
                if (!_namesByParagraph.TryGetValue(f.Paragraph, out var list)) _namesByParagraph[f.Paragraph] = list = new List<FullName>();
                list.Add(f);
                if (f.RoleNoun != null)
                {
                    if (!_namesByRole.TryGetValue(f.RoleNoun, out var byRole)) _namesByRole[f.RoleNoun] = byRole = new List<FullName>();
                    byRole.Add(f);
                }
                if (f.ApposedRoleNoun != null && f.ApposedRoleNoun != f.RoleNoun)
                {
                    if (!_namesByRole.TryGetValue(f.ApposedRoleNoun, out var byRole)) _namesByRole[f.ApposedRoleNoun] = byRole = new List<FullName>();
                    byRole.Add(f);
                }
            }
            // "The chief guest, Ali Khan, a ruling party MNA from the district, said … The MNA said": the noun that heads a role set
            // off with its article right after the name (its head phrase's last word, a speaker noun of one person) is one "the
            // MNA" points back to, as a title before the name is (in the order written among the names of that noun)
            foreach (var f in fullNames)
            {
                if (RoleSetOffAfterName(f) is not { } after) continue;
                var last = after[after.Length - 1];
                // (only an office of some countries written by its initials, office-countries.txt: "a former New Jersey governor"
                // set off after a name is not "the governor" who holds the office now, and other nouns keep their readings)
                if (Lexicon.OfficeOnlyIn(last) == null || after.Any(w => Lexicon.Is(w.ToLowerInvariant(), WordSense.PastOffice))) continue;
                if (!Lexicon.IsSpeakerNoun(last.ToLowerInvariant(), out var singular, out bool plural) || plural || singular == f.RoleNoun || singular == f.ApposedRoleNoun) continue;
                AddByRoleInWrittenOrder(singular, f);
            }
            // "Foreign Minister Khar": a surname after an office's title, for "the Foreign Minister" only (no full name of the document),
            // in the order written among the full names of the same title
            if (titledSurnames != null)
                foreach (var f in titledSurnames) AddByRoleInWrittenOrder(f.RoleNoun!, f);
        }

        /// <summary>
        /// Adds <paramref name="f"/> to the names written with the role noun <paramref name="role"/> (<see cref="_namesByRole"/>), in
        /// the order written among them (a name read after the first pass over the full names: a titled surname, a role set off
        /// after the name).
        /// </summary>
        private void AddByRoleInWrittenOrder(string role, FullName f)
        {
            if (!_namesByRole.TryGetValue(role, out var byRole)) _namesByRole[role] = byRole = new List<FullName>();
            int at = byRole.Count;
            while (at > 0 && (byRole[at - 1].Paragraph > f.Paragraph || byRole[at - 1].Paragraph == f.Paragraph && byRole[at - 1].Start > f.Start)) at--;
            byRole.Insert(at, f);
        }

        /// <summary>
        /// "Norman Ratcliffe, an ecologist from Cambridge, United Kingdom, told the magazine … “…,” he said.":
        /// the nearest full name written before the pronoun (in its paragraph or the two before), of a
        /// compatible gender, when no person was ever read as a subject.
        /// </summary>
        private Entity? NearestWrittenName(char gender, int paragraph, int offset)
        {
            for (int pi = paragraph; pi >= 0 && pi >= paragraph - WrittenNameReach; pi--)
            {
                if (!_namesByParagraph.TryGetValue(pi, out var list)) continue;
                int looked = 0;
                for (int i = list.Count - 1; i >= 0 && looked < WrittenNamesRead; i--)
                {
                    var f = list[i];
                    if (pi == paragraph && f.Start >= offset) continue;
                    looked++;
                    if (!f.SubjectPlace) continue;
                    var g = f.GenderTold;
                    if (g != '\0' && g != gender) continue;
                    var e = ResolveName(new Mention { Kind = MentionKind.Name, Name = f.Name, Text = f.Name });
                    // a person a pronoun of the other gender already stood for ("The arrests, she said, …") is no "he"
                    if (e.Gender != '\0' && e.Gender != gender) continue;
                    if (e.Gender == '\0') e.Gender = gender;
                    return e;
                }
            }
            return OnlyWrittenName(gender, paragraph, offset);
        }

        /// <summary>
        /// "Last month, when I asked Tomas Reyes if he would run again, he looked …", "The statement conflicted with what
        /// Ada Lund told the council. Asked whether …, she said …": when no name stands in a subject's place, the one person
        /// whose full name the pronoun's paragraph writes before it in any place (an object, a relative clause, an owner),
        /// when no other name there may be of that gender (a given name or title of the other gender rules a name out).
        /// Only the pronoun's own paragraph: a name in the paragraph before may stand behind someone this one names by a
        /// single word ("Joyce told the paper he …").
        /// Null when there is none or more than one.
        /// </summary>
        private Entity? OnlyWrittenName(char gender, int paragraph, int offset)
        {
            var only = OnlyNameWrittenBefore(gender, paragraph, offset, genderTold: false);
            if (only == null) return null;
            var e = ResolveName(new Mention { Kind = MentionKind.Name, Name = only.Name, Text = only.Name });
            if (e.Kind != EntityKind.Person || e.Gender != '\0' && e.Gender != gender) return null;
            if (e.Gender == '\0') e.Gender = gender;
            return e;
        }

        /// <summary>
        /// The one person whose full name the paragraph writes before <paramref name="offset"/> with the gender
        /// <paramref name="gender"/> told by a given name or a title (no other name there of that gender or of none told);
        /// null otherwise.
        /// </summary>
        private Entity? NameOfToldGender(char gender, int paragraph, int offset)
        {
            var only = OnlyNameWrittenBefore(gender, paragraph, offset, genderTold: true);
            if (only == null) return null;
            // the title the document wrote with the name where it first wrote it in full ("President Bill Clinton" before
            // "Bill Clinton's"), as a surname alone would take it
            var title = only.Title;
            if (title == null && _fullNames.TryGetValue(PartyResolver.LastWord(only.Name), out var first) && _parties.KeyOf(first.Name) == _parties.KeyOf(only.Name)) title = first.Title;
            var e = ResolveName(new Mention { Kind = MentionKind.Name, Name = only.Name, Text = only.Name, Title = title });
            return e.Kind == EntityKind.Person && (e.Gender == '\0' || e.Gender == gender) ? e : null;
        }

        /// <summary>How many paragraphs back from a title's description ("the president") the names of the title's holders are read for the one named nearest before it.</summary>
        private const int TitleHolderReach = 6;

        /// <summary>Where each title's description ("the president") was read as a holder of the title, by its head noun, in document order: the holder it named there.</summary>
        private readonly Dictionary<string, List<(int Paragraph, int Start, Entity Holder)>> _titleDescriptions = new Dictionary<string, List<(int, int, Entity)>>(StringComparer.Ordinal);

        /// <summary>The last word of a person's name that is no suffix ("Harris" of "Harry B. Harris Jr.").</summary>
        private static string Surname(string name)
        {
            var words = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = words.Length - 1; i > 0; i--)
            {
                var w = words[i].TrimEnd(',');
                if (!Lexicon.Is(w.ToLowerInvariant(), WordTag.NameSuffix)) return w;
            }
            return words.Length > 0 ? words[0].TrimEnd(',') : name;
        }

        /// <summary>Records that the description <paramref name="m"/> named <paramref name="holder"/> (for <see cref="HolderNamedNearest"/>), and returns it.</summary>
        private Entity TitleDescribed(Mention m, int paragraph, Entity holder)
        {
            if (!_titleDescriptions.TryGetValue(m.Head, out var list)) _titleDescriptions[m.Head] = list = new List<(int, int, Entity)>();
            list.Add((paragraph, m.CharStart, holder));
            return holder;
        }

        /// <summary>
        /// "President Tom Reyes telephoned President Ada Lund on Sunday. … Ms Lund had conveyed the anger of her people. The president
        /// told Mr Reyes …": when two or more people hold the title a definite description names (the people of the lookup
        /// window <paramref name="holds"/> takes, <paramref name="person"/> the one read last as a subject or speaker, and the full
        /// names of two words or more written before the description after that title's noun, "President Ada Lund", whose
        /// title holds the description's own words), the one whose name (its last word, alone or possessive) the text writes nearest before the
        /// description (its own sentence before it, then the sentences before, back <see cref="TitleHolderReach"/> paragraphs;
        /// a description of the title read before as one holder names that one where it stands); null when there is one holder only, when none is written in reach, or when the nearest sentence that writes one writes
        /// another too ("President Reyes met President Lund. The president said …": the subject read last, as before).
        /// </summary>
        private Entity? HolderNamedNearest<TState>(Entity person, TState state, Func<Entity, TState, bool> holds, Mention m, IReadOnlyList<string> own, int paragraph, string? hearer)
        {
            if (_document == null || paragraph < 0 || paragraph >= _document.Paragraphs.Count) return null;
            // the holders by the last word of their names: an entity read before, or a full name written with the title
            var holders = new List<(string Last, Entity? Read, FullName? Written)> { (Surname(person.Display), person, null) };
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var x = _all[i];
                if (x != person && holds(x, state) && !holders.Exists(h => h.Last == Surname(x.Display))) holders.Add((Surname(x.Display), x, null));
            }
            if (_namesByRole.TryGetValue(m.Head, out var list))
                foreach (var f in list)
                {
                    if (f.Paragraph > paragraph || f.Paragraph == paragraph && f.Start >= m.CharStart) continue;
                    if (f.Definite || own.Count > 0 && (f.Title == null || !AllWordsOfTitle(own, f.Title))) continue;
                    // (a given name and a surname: a single capitalised word after a title may be a place's or a body's, "General
                    // Headquarters"; a person only so written counts once read as a speaker or subject, above)
                    if (f.Name.IndexOf(' ') < 0) continue;
                    var last = Surname(f.Name);
                    if (!holders.Exists(h => h.Last == last)) holders.Add((last, null, f));
                }
            if (holders.Count < 2) return null;
            // "As the president told President Reyes, “…”": the holder the description's own verb of telling addresses is not
            // the one who speaks; of two holders, the other one is
            int told = hearer == null ? -1 : holders.FindIndex(x => x.Last == hearer);
            if (told >= 0 && holders.Count == 2)
            {
                var (_, otherRead, otherWritten) = holders[1 - told];
                return otherRead ?? ResolveName(new Mention { Kind = MentionKind.Name, Name = otherWritten!.Name, Text = otherWritten.Name, Title = m.Head });
            }
            _titleDescriptions.TryGetValue(m.Head, out var described);
            // "President Lund conveyed … He told the president that …": a sentence read on the way back in which "he" or "she" tells
            // the title's description; the holder named before it is the one who told, the description the other
            bool toldOther = false;
            for (int pi = paragraph; pi >= 0 && pi >= paragraph - TitleHolderReach; pi--)
            {
                var ap = _document.Paragraphs[pi];
                var tk = ap.Tokens;
                int end = pi == paragraph ? ap.TokenAt(m.CharStart) : tk.Count;
                if (end == 0) continue;
                for (int si = ap.SentenceOf(end - 1); si >= 0; si--)
                {
                    int named = -1;
                    var (s0, s1) = ap.Sentences[si];
                    // a description of the title read before as one holder names that holder where it stands ("The president told
                    // Mr Reyes …. Ortiz said the president had reminded …": the one the first "president" was, and Reyes, both named there)
                    if (described != null)
                    {
                        int from = tk[s0].Start, to = end < tk.Count ? tk[end].Start : int.MaxValue;
                        foreach (var (dp, ds, dh) in described)
                        {
                            if (dp != pi || ds < from || ds >= to) continue;
                            int h = holders.FindIndex(x => x.Last == Surname(dh.Display));
                            if (h < 0) continue;
                            if (named >= 0 && named != h) return null;
                            named = h;
                        }
                    }
                    for (int k = s0; k < Math.Min(s1, end); k++)
                    {
                        if (!tk[k].IsCapitalized) continue;
                        for (int h = 0; h < holders.Count; h++)
                        {
                            var last = holders[h].Last;
                            if (!(tk[k].Text.Equals(last, StringComparison.Ordinal) || tk[k].Text.StartsWith(last, StringComparison.Ordinal) && tk[k].EndsInApostropheS)) continue;
                            if (named >= 0 && named != h) return null;
                            named = h;
                        }
                    }
                    if (named < 0)
                    {
                        toldOther = toldOther || PronounTellsDescription(tk, s0, Math.Min(s1, end), m.Head);
                        continue;
                    }
                    if (toldOther && holders.Count == 2) named = 1 - named;
                    var (_, read, written) = holders[named];
                    return read ?? ResolveName(new Mention { Kind = MentionKind.Name, Name = written!.Name, Text = written.Name, Title = m.Head });
                }
            }
            return null;
        }

        /// <summary>
        /// True when the sentence's tokens from <paramref name="from"/> to <paramref name="to"/> hold "he" or "she", a verb of telling
        /// (a reporting verb tagged object) and the definite description of the title <paramref name="head"/> as the one told, with
        /// no name after it ("He told the president that …", not "He told the President Reyes …").
        /// </summary>
        private static bool PronounTellsDescription(IReadOnlyList<Token> tk, int from, int to, string head)
        {
            for (int k = from + 1; k + 2 < to; k++)
                if (tk[k].IsLowerWord && tk[k].CueVerb is { TakesAddressee: true } && tk[k - 1].IsWord && tk[k - 1].Has(WordClass.GenderedPronoun) &&
                    tk[k + 1].IsWord && tk[k + 1].Has(WordGroup.DefiniteArticle) && tk[k + 2].IsWord && string.Equals(tk[k + 2].Lower, head, StringComparison.Ordinal) &&
                    !(k + 3 < to && tk[k + 3].IsCapitalized))
                    return true;
            return false;
        }

        /// <summary>
        /// "As the president told President Reyes, “…”", "The president assured Prime Minister Lund …": the last word of the
        /// name, with its title before it, that a verb of telling right after the description <paramref name="m"/> takes as the one
        /// told (a reporting verb tagged object); null when no such verb and name follow it.
        /// </summary>
        private static string? HearerAfter(Mention m, AnalysedParagraph ap)
        {
            var tk = ap.Tokens;
            int k = ap.TokenAt(m.CharStart) + (m.Next - m.Start);
            if (k <= 0 || k + 2 >= tk.Count || !tk[k].IsLowerWord || tk[k].CueVerb is not { } verb || !verb.TakesAddressee) return null;
            int e = k + 1;
            while (e < tk.Count && tk[e].IsWord && tk[e].IsCapitalized) e++;
            // (a title and a name at least: "President Reyes", "Prime Minister Ada Lund")
            return e - (k + 1) >= 2 ? tk[e - 1].Text : null;
        }

        /// <summary>
        /// Whether the paragraph writes the last word of the person's name anywhere ("Cole's shop faces the quay"): the chain may
        /// still be about that person; true for one described, not named, whose words cannot be looked for.
        /// </summary>
        private bool WritesNameOf(int paragraph, Entity e)
        {
            if (e.Kind != EntityKind.Person) return true;
            if (_document == null || paragraph < 0 || paragraph >= _document.Paragraphs.Count) return true;
            string last = NameLastWord(e.Display);
            foreach (var t in _document.Paragraphs[paragraph].Tokens)
                if (t.Text.Equals(last, StringComparison.Ordinal) || t.Text.StartsWith(last, StringComparison.Ordinal) && t.EndsInApostropheS) return true;
            return false;
        }

        /// <summary>
        /// <see cref="NameOfToldGender"/> when the document writes that name for the first time in this paragraph: a newcomer
        /// the paragraph brings in (in any place: "heard from the victim's daughter, Susan Hale"); null otherwise.
        /// </summary>
        private Entity? NewcomerOfToldGender(char gender, int paragraph, int offset, AnalysedParagraph ap)
        {
            var only = OnlyNameWrittenBefore(gender, paragraph, offset, genderTold: true);
            if (only == null || !_fullNames.TryGetValue(PartyResolver.LastWord(only.Name), out var first) || first.Paragraph != paragraph) return null;
            // a sentence before the pronoun's: in its own sentence the name may be in a clause that is part of what is said
            // ("If Mayor Ben Ortiz loses the vote, he said, …") or the antecedent of a relative ("behind Chris Christie, whom he describes …")
            if (ap.SentenceAt(only.Start) == ap.SentenceAt(offset)) return null;
            // nor a name inside what another said in an earlier sentence ("The MNA said Pakistan would not accept the inquiry led by
            // Gen. Jo Bell. “…,” he told the audience.": Bell is part of the MNA's words, not one the paragraph brings in to speak)
            // (of a "he" or "she" that is itself the source, "he told the audience"; a possessive, "His report found …", may still
            // stand for one the words named: "… the inquiry led by Gen. Jo Bell. His report found …")
            if (PronounSource && InWordsSaid(paragraph, only.Start)) return null;
            return NameOfToldGender(gender, paragraph, offset);
        }

        /// <summary>
        /// Where a speaker's words stand after the cue that a source written before it opens, to the end of the sentence
        /// ("The MNA said [Pakistan would not accept the inquiry led by Gen. Jo Bell.]"): paragraph index and offsets in that
        /// paragraph, recorded by <see cref="SpeakerResolution"/> as each sentence's speakers are read.
        /// </summary>
        private readonly List<(int Paragraph, int Start, int End)> _wordsSaid = new List<(int Paragraph, int Start, int End)>();

        /// <summary>True while the source being resolved is a "he" or "she" of its own ("he told the audience"), not a possessive.</summary>
        public bool PronounSource { get; set; }

        /// <summary>Records the words of a speaker after its cue (offsets in the paragraph), see <see cref="InWordsSaid"/>.</summary>
        public void WordsSaid(int paragraph, int start, int end) => _wordsSaid.Add((paragraph, start, end));

        /// <summary>True when the offset of the paragraph lies in words a speaker said after its cue (<see cref="WordsSaid"/>).</summary>
        private bool InWordsSaid(int paragraph, int at)
        {
            foreach (var (p, start, end) in _wordsSaid)
                if (p == paragraph && start <= at && at < end) return true;
            return false;
        }

        /// <summary>
        /// The one person (by name key) whose full name the paragraph writes before <paramref name="offset"/> and who may be of
        /// the gender: no given name or title of the other gender, and, with <paramref name="genderTold"/>, one of this gender
        /// told (a name of no gender told then makes the pronoun one that cannot be told). Null when there is none or more than one.
        /// </summary>
        private FullName? OnlyNameWrittenBefore(char gender, int paragraph, int offset, bool genderTold)
        {
            FullName? only = null;
            if (!_namesByParagraph.TryGetValue(paragraph, out var list)) return null;
            foreach (var f in list)
            {
                if (f.Start >= offset) continue;
                var g = f.GenderTold;
                if (g != '\0' && g != gender) continue;
                if (genderTold && g == '\0') return null;
                // another person who may be of the gender: the pronoun cannot be told
                if (only != null && _parties.KeyOf(only.Name) != _parties.KeyOf(f.Name)) return null;
                only = f;
            }
            return only;
        }

        public IReadOnlyList<Entity> Entities => _all;

        /// <summary>True while resolving the mentions of the first sentence of a paragraph.</summary>
        public bool OpensParagraph { get; set; }

        private int _tick;

        /// <summary>The entity most recently mentioned as subject or speaker.</summary>
        public Entity? LastTouched { get; private set; }

        /// <summary>Those who have spoken a turn of a transcript or an answer of an interview, and the name keys of the people among them.</summary>
        private readonly HashSet<Entity> _turnTakerEntities = new HashSet<Entity>();
        private readonly HashSet<string> _turnTakers = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// Records that the entity spoke a turn of a transcript or an answer of an interview: the others in the conversation
        /// call it "you", and it calls itself "I", so no "he" or "she" in a turn stands for it (by its name: the label
        /// "REYES" and the "Tom Reyes" the text introduced are one person).
        /// </summary>
        public void TookTurn(Entity e)
        {
            if (e.IsFirstPerson) return;
            _turnTakerEntities.Add(e);
            if (e.Kind == EntityKind.Person) _turnTakers.Add(e.NameKey);
        }

        private bool TakesTurns(Entity e) =>
            _turnTakerEntities.Count > 0 && (_turnTakerEntities.Contains(e) || e.Kind == EntityKind.Person && _turnTakers.Contains(e.NameKey));

        private Entity? _namedSubject;
        private int _namedSubjectSentence = -1;
        private bool _namedSubjectPlain, _namedSubjectReported;

        /// <summary>
        /// Records the entity the sentence's subject names by name (null when it names none the resolver knows); plain when
        /// the subject is no source of an attribution of the sentence ("Reyes blamed the weather.", not "“…,” Reyes said.");
        /// reported when it is the source of reported speech without quotation marks ("Reyes said the pier was unsafe.").
        /// </summary>
        public void NamedSubject(Entity? e, int sentence, bool plain, bool reported = false)
        {
            _namedSubject = e;
            _namedSubjectSentence = sentence;
            _namedSubjectPlain = plain;
            _namedSubjectReported = reported;
        }

        /// <summary>Marks the entity as the most recently mentioned (as subject or speaker).</summary>
        public void Touch(Entity e, int sentence, int paragraph)
        {
            // the writer is no one the text goes on about: "he" or "they" never stands for "I" or "we"
            if (e.IsFirstPerson) return;
            // (nor, in a turn, for one of the speakers taking turns: the person just talked about stays the last one read)
            if (!(InTurn && TakesTurns(e))) LastTouched = e;
            e.LastSeen = ++_tick;
            e.LastSentence = sentence;
            // keep a mentioned entity inside the lookup window
            if (_all.Count > Window && _all.IndexOf(e, _all.Count - Window) < 0)
            {
                _all.Remove(e);
                _all.Add(e);
            }
            if (paragraph > e.LastParagraph) e.LastParagraph = paragraph;
        }

        // Entities are looked through at every mention (a window of hundreds): the words of their names are
        // taken apart once per document, not at every look.
        private readonly Dictionary<string, string> _lastWords = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _givenWords = new Dictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary><see cref="PartyResolver.LastWord"/> of a name, computed once per document.</summary>
        private string NameLastWord(string name)
        {
            if (!_lastWords.TryGetValue(name, out var last)) _lastWords[name] = last = PartyResolver.LastWord(name);
            return last;
        }

        /// <summary>True when another person the document names has the person's surname ("Ada Trump" and "Don Trump"): a bare surname may be either.</summary>
        public bool SharesSurname(Entity person)
        {
            string last = NameLastWord(person.Display);
            foreach (var e in _all)
                if (e != person && e.Kind == EntityKind.Person && NameLastWord(e.Display) == last) return true;
            return false;
        }

        /// <summary>The words of a name without its honorifics (split on single blanks), computed once per document; not to be changed.</summary>
        private string[] GivenWordsOf(string name)
        {
            if (!_givenWords.TryGetValue(name, out var words)) _givenWords[name] = words = PersonName.WithoutHonorifics(name).Split(' ');
            return words;
        }

        private readonly Dictionary<string, IReadOnlyList<string>> _roleWords = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        /// <summary><see cref="CountryTable.Words"/> of a role as written, computed once per document; not to be changed.</summary>
        private IReadOnlyList<string> RoleWordsOf(string role)
        {
            // the words of its head phrase, before its first preposition ("Secretary of State": "Secretary"): what the holder is,
            // not the body or place the role names after it, so that "the state" is not the secretary of state
            if (!_roleWords.TryGetValue(role, out var words)) _roleWords[role] = words = CountryTable.Words(HeadPhrase(role));
            return words;
        }

        /// <summary>True when the word is one of the words (any case): a loop, for the look-up window's every person (no delegate made per person).</summary>
        private static bool HasWord(IReadOnlyList<string> words, string word)
        {
            for (int i = 0; i < words.Count; i++)
                if (words[i].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>True when every one of the words is written in the text (any case; true for none): a loop, as <see cref="HasWord"/>.</summary>
        private static bool AllWrittenIn(IReadOnlyList<string> words, string text)
        {
            for (int i = 0; i < words.Count; i++)
                if (text.IndexOf(words[i], StringComparison.OrdinalIgnoreCase) < 0) return false;
            return true;
        }

        private Entity Add(Entity e)
        {
            _all.Add(e);
            return e;
        }

        /// <summary>
        /// The surname of the person the reported clause before a pronoun's cue names as its subject ("Also, Reyes is no friend of
        /// the harbour, he said."), while that pronoun is resolved: the pronoun is someone else, the person just read before
        /// it, never that subject (null otherwise).
        /// </summary>
        public string? NotTheSpeaker { get; set; }

        /// <summary>
        /// True while the source of an attribution whose cue is a verb of answering ("replied", "responded") is resolved: after
        /// one person's reported speech, "“…,” he replied." is the other side of the exchange, the one the chain holds.
        /// </summary>
        public bool AnswerCue { get; set; }

        private bool IsNotTheSpeaker(Entity e) =>
            NotTheSpeaker != null && e.Kind == EntityKind.Person && NameLastWord(e.Display).Equals(NotTheSpeaker, StringComparison.Ordinal);

        /// <summary>
        /// Whether someone other than <see cref="NotTheSpeaker"/>, whom a pronoun of gender g may stand for, has spoken in the
        /// pronoun's paragraph or the one before: "Al Berg said he will not vote for Reyes. Also, Reyes is no friend, he said." is
        /// Berg. Without such a speaker the reported clause may be its own speaker's words about himself, written in the third
        /// person ("Ivo Chandor has filed the bill and will push for it, he said." after a paragraph of others), and the
        /// pronoun is resolved as any other.
        /// </summary>
        private bool AnotherSpokeJustBefore(char g, int paragraph)
        {
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var e = _all[i];
                if (e.Spoke && e.LastSeen >= 0 && paragraph - e.LastParagraph <= 1 && !IsNotTheSpeaker(e) && IsPronounCandidate(e, g, paragraph) && !(InTurn && TakesTurns(e)))
                    return true;
            }
            return false;
        }

        /// <summary>The entity a mention names, or null when it cannot be told (an unresolved pronoun).</summary>
        public Entity? Resolve(Mention m, AnalysedParagraph ap, int sentence)
        {
            int paragraph = ap.Index;
            _paragraph = paragraph;
            _sentence = sentence;
            switch (m.Kind)
            {
                case MentionKind.Pronoun:
                    // "who", "which", "that": the antecedent the reported-speech grammar found
                    if (m.Owner != null)
                    {
                        var antecedent = Resolve(m.Owner, ap, sentence);
                        // "a doctor from Englewood, New Jersey, who said …": a "who" stands for a person, never for the state or
                        // country the grammar read right before it; no speaker rather than the place
                        if (antecedent != null && antecedent.Kind == EntityKind.Organisation && Lexicon.Is(m.Determiner, WordClass.PersonRelative) && IsPlaceName(antecedent.Display))
                            return null;
                        return antecedent;
                    }
                    var referent = ResolvePronoun(m.Determiner, sentence, paragraph, m.CharStart, ap) ??
                           (Lexicon.Is(m.Determiner, WordClass.GenderedPronoun) ? NearestWrittenName(Lexicon.IsAsWritten(m.Determiner, WordGroup.MasculinePronoun) ? 'm' : 'f', paragraph, m.CharStart) : null);
                    if (referent != null && referent.Kind == EntityKind.Person) referent.InFocusParagraph = paragraph;
                    return referent;
                case MentionKind.Name: return ResolveName(m);
                case MentionKind.Organisation:
                    // "Cuban said" after "Mark Cuban": a country's word that the document wrote as a person's surname
                    if (m.Determiner.Length == 0 && m.Name != null && m.Name.IndexOf(' ') < 0 && _fullNames.ContainsKey(m.Name)) return ResolveName(m);
                    return HolderOfAcronym(m.Name ?? m.Text) ?? ResolveOrganisation(m.Name ?? m.Text);
                default:
                    var described = AppositiveName(m, ap, paragraph) ?? ResolveDescription(m, ap, sentence, paragraph);
                    // "A:" that nothing before it names: a label of one letter is no one's name (the interview rule gives it the
                    // interviewee the introduction names)
                    if (described != null && Rules.SpeakerLabel.IsLetterLabel(m) && described.Display.Length == 1) return null;
                    // "But our side reads it differently", "our people called": a body the writer's (or the speaker's) "our" owns
                    if (described != null && m.Kind == MentionKind.Description && IsWritersPossessive(m.Determiner)) described.WritersOwn = true;
                    // "the senator said" read as Bernie Sanders: a description that names a person puts that person in focus, as
                    // the full name or a pronoun does (another of the surname then keeps the bare surname from the short-named one)
                    if (described != null && described.Kind == EntityKind.Person) described.InFocusParagraph = paragraph;
                    return described;
            }
        }

        /// <summary>A U.S. state's or a country's name as written ("New Jersey", "Ohio", "France"); not its people's ("Americans").</summary>
        private static bool IsPlaceName(string name) =>
            Lexicon.IsUsState(name) || CountryTable.Find(name) is { } c && (c.Name == name || c.OtherNames.Contains(name));

        /// <summary>The organisation or document read last, as a subject or a speaker, when that was in the given sentence or the one before.</summary>
        public Entity? ThingReadLately(int sentence) =>
            MostRecent(sentence, static (e, s) => (e.Kind == EntityKind.Organisation || e.Kind == EntityKind.Document) && e.LastSeen >= 0 && s - e.LastSentence <= 1);

        /// <summary>
        /// "its": the possessive of a group or a thing (words.txt 'group-possessive') that has no subject form of people
        /// (pronoun-cases.txt gives "their" its "they"), the possessive of what "it" stands for.
        /// </summary>
        internal static bool IsThingPossessive(string word) =>
            Lexicon.Is(word, WordGroup.GroupPossessive) && Lexicon.SubjectOfPossessive(word.ToLowerInvariant()) == null;

        /// <summary>"its summary", "its own findings": a part of a document or of what it says (document-parts.txt) that "its" owns.</summary>
        internal static bool IsThingsPart(Mention m) =>
            m.Kind == MentionKind.Description && m.Owner == null && Lexicon.IsDocumentPart(m.Head) && IsThingPossessive(m.Determiner);

        /// <summary>"our": the possessive of a group that is not a third party's (words.txt 'collective-possessive' without 'group-possessive').</summary>
        internal static bool IsWritersPossessive(string word) =>
            Lexicon.IsAsWritten(word, WordClass.CollectivePossessive) && !Lexicon.IsAsWritten(word, WordGroup.GroupPossessive);

        /// <summary>How many tokens back from a pronoun <see cref="ReportedSubject"/> looks for the reported clause's subject.</summary>
        private const int ReportedSubjectReach = 12;

        /// <summary>
        /// "Flynn said Trump was “absolutely right” when he said …": a "he" or "she" in a clause that hangs on a
        /// reported clause ("when", "because", "after", "and" …) is that reported clause's subject, the person named
        /// right after the reporting verb (or its "that"), not the one who reports: the nearest subject in the sentence.
        /// The name must be a person's (two to five capitalised words, no organisation or country, or a surname
        /// written in full before), of a compatible gender, with nothing between it and the pronoun but the rest
        /// of its clause and what it quotes (no other name or pronoun, no end of a clause). Null when the sentence is not so.
        /// </summary>
        public Entity? ReportedSubject(Mention pronoun, IReadOnlyList<Token> tk, int sentenceStart)
        {
            if (pronoun.Kind != MentionKind.Pronoun || pronoun.Owner != null || !Lexicon.Is(pronoun.Determiner, WordClass.GenderedPronoun)) return null;
            char gender = Lexicon.IsAsWritten(pronoun.Determiner, WordGroup.MasculinePronoun) ? 'm' : 'f';
            int p = pronoun.Start;
            bool clause = false;
            for (int x = p - 1; x > sentenceStart && p - x <= ReportedSubjectReach; x--)
            {
                var t = tk[x];
                if (t.IsQuote) continue; // "Trump was “absolutely right” when he said": the words the clause quotes
                if (t.Is(";") || t.Is(":") || t.Is("(") || t.Is(")")) return null;
                if (t.IsLowerWord)
                {
                    if (t.Has(WordTag.Pronoun | WordTag.FirstPerson)) return null;
                    if (t.Has(WordTag.Opener) && !t.Has(WordGroup.Complementizer)) clause = true;
                    continue;
                }
                if (!t.IsCapitalized) continue;
                // the end of a capitalised run: the name ends here; find its start
                int e = x + 1, a = x;
                while (a - 1 > sentenceStart && (tk[a - 1].IsCapitalized || tk[a - 1].IsWord && tk[a - 1].Has(WordTag.NameParticle) && a - 2 > sentenceStart && tk[a - 2].IsCapitalized)) a--;
                if (!clause || !IsReportedClauseStart(tk, a - 1)) return null;
                return PersonNamed(tk, a, e, gender);
            }
            return null;
        }

        /// <summary>Token k is a reporting verb of speech or stance, or "that" right after one: what follows is the reported clause.</summary>
        private static bool IsReportedClauseStart(IReadOnlyList<Token> tk, int k)
        {
            if (k < 0 || !tk[k].IsLowerWord) return false;
            if (tk[k].Has(WordGroup.Complementizer)) k--;
            if (k < 0 || !tk[k].IsLowerWord) return false;
            var v = tk[k].CueVerb;
            return v != null && v.States && !v.IsParticiple;
        }

        /// <summary>The person the capitalised words [a, e) name, when they are a person's name of the gender; else null.</summary>
        private Entity? PersonNamed(IReadOnlyList<Token> tk, int a, int e, char gender)
        {
            int n = e - a;
            if (n < 1 || n > PersonNameWords) return null;
            for (int x = a; x < e; x++)
            {
                var w = tk[x];
                foreach (char ch in w.Text)
                    if (char.IsDigit(ch)) return null;
                if (w.IsOrganisationWord || w.IsDocumentWord || w.Has(WordTag.Function | WordTag.NotName | WordTag.Calendar) ||
                    CountryTable.Find(w.Text) != null || w.EndsInApostropheS)
                    return null;
            }
            var joined = MentionParser.Join(tk, a, e);
            if (CountryTable.FindCountryOrCapital(joined) != null) return null;
            // one word: a surname written in full before ("Trump" after "Donald Trump")
            if (n == 1 && !_fullNames.ContainsKey(joined)) return null;
            var e0 = ResolveName(new Mention { Kind = MentionKind.Name, Name = joined, Text = joined });
            if (e0.Kind != EntityKind.Person || e0.Gender != '\0' && e0.Gender != gender) return null;
            if (e0.Gender == '\0') e0.Gender = gender;
            return e0;
        }

        /// <summary>
        /// "the DGMO" after "Major General Ashfaq Nadeem, the Director General Military Operations": an acronym made of
        /// the initials of the capitalised words of a person's role or title (function words skipped) is that person
        /// (the most recently mentioned, when several).
        /// </summary>
        private Entity? HolderOfAcronym(string name)
        {
            name = PartyResolver.StripPossessive(name.Trim());
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name.Substring(4);
            if (name.Length < AcronymMinLetters || name.Length > AcronymMaxLetters || !name.All(char.IsUpper)) return null;
            return MostRecent(name, static (x, n) => x.Kind == EntityKind.Person && (Initials(x.Role) == n || Initials(x.Title) == n));
        }

        /// <summary>"the Director General Military Operations" → "DGMO"; null when a word is not capitalised or a function word.</summary>
        private static string? Initials(string? role)
        {
            if (string.IsNullOrEmpty(role)) return null;
            var sb = new System.Text.StringBuilder();
            foreach (var w in role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
            {
                if (Lexicon.Is(w.ToLowerInvariant(), WordTag.Function) && !char.IsUpper(w[0])) continue;
                if (!char.IsUpper(w[0])) return null;
                sb.Append(w[0]);
            }
            return sb.Length >= 2 ? sb.ToString() : null;
        }

        private static readonly System.Text.RegularExpressions.Regex TitleWordsOnly =
            new System.Text.RegularExpressions.Regex(@"^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// "the company's chief executive, Jo Bell, said", "the military spokesman, Maj Gen Jo Bell, urged": a
        /// description of a person followed by a full name set off by commas is that person; so is one whose participle
        /// phrase in -ing stands between them ("A retired air marshal appearing on another channel's talk show, Farooq Kasuri,
        /// argued": <see cref="ParticiplePhraseComma"/>), the description without the phrase its role.
        /// </summary>
        private Entity? AppositiveName(Mention m, AnalysedParagraph ap, int paragraph)
        {
            if (m.Kind != MentionKind.Description || m.Plural || m.IsDocument || m.IsOrganisationHead || m.Apposition != null || m.Owner != null) return null;
            if (!_namesByParagraph.TryGetValue(paragraph, out var names)) return null;
            var text = ap.Text;
            int gap = ParticiplePhraseComma(m, ap) is var comma && comma > 0 ? ap.Tokens[comma].Start : m.CharEnd;
            foreach (var f in names)
            {
                if (f.Start <= gap) continue;
                if (f.Start - gap > AppositiveNameGap) break;
                if (!TitleWordsOnly.IsMatch(text.Substring(gap, f.Start - gap))) break;
                int after = f.Start + f.Name.Length;
                while (after < text.Length && text[after] != ',' && text[after] != ' ' && after - f.Start < f.Name.Length + AppositiveNameTail) after++;
                if (after >= text.Length || text[after] != ',') break;
                return ResolveName(new Mention { Kind = MentionKind.Name, Name = f.Name, Text = f.Name, Title = f.Title, Apposition = RolePhrase.AsApposition(m) });
            }
            return null;
        }

        /// <summary>
        /// "A retired air marshal appearing on a talk show, …", "A shopkeeper standing outside his stall, …": the token of the
        /// comma that closes a participle phrase in -ing right after a described person's head (<see
        /// cref="MentionParser.IsParticipleModifier"/>), words only, at most <see cref="MentionParser.PostPhraseTokens"/> of them;
        /// -1 when none does, or when the phrase ends in a person ("accompanying the minister, Jo Bell," names the minister).
        /// </summary>
        private static int ParticiplePhraseComma(Mention m, AnalysedParagraph ap)
        {
            var tk = ap.Tokens;
            int k = m.End;
            if (m.PostModifier != null || k <= 0 || k >= tk.Count || tk[k - 1].End != m.CharEnd || !MentionParser.IsParticipleModifier(tk, k, tk.Count, m)) return -1;
            int e = k + 1;
            while (e < tk.Count && e - k < MentionParser.PostPhraseTokens && tk[e].IsWord) e++;
            if (e >= tk.Count || !tk[e].Is(",") || tk[e - 1].IsCapitalized || tk[e - 1].IsSpeakerNoun(out _, out _)) return -1;
            return e;
        }

        /// <summary>
        /// The party of the side the text named last: the organisation (or government named by its capital or
        /// country, or the body's spokesman) most recently a subject or a speaker, in this paragraph or the two before, that has one.
        /// "Pakistan's army said … The military said …": a bare institutional word speaks for it. So does a side's
        /// spokesman named with his role in the same paragraph ("Pakistan's military spokesman, Maj Gen Athar Abbas").
        /// </summary>
        /// <remarks>
        /// For a state's own body (<paramref name="forStateBody"/>: "the army", "the government", "the army spokesman"), a side named last by a force of another kind
        /// (<see cref="JointForceOfNoCountry"/>: "Officials of the NATO-led force said …") is none: a state's body is not that force.
        /// </remarks>
        private string? SideNamedBefore(int paragraph, int reach = SideReach, bool forStateBody = false)
        {
            // a timeline's dated entry is an event of its own: the side of an earlier entry does not carry into it
            if (DatedEntry) reach = 0;
            // (and the spokesman of a body, who speaks for its side: "A Pakistani military spokesman said the army …")
            // (and people of a side's institution whose description writes the side, in this paragraph, "a Pakistani military
            // official said the army …", "Pakistani officers read the report. The military said …": they speak for it as its
            // spokesman does; not a side taken from the place reported from, nor people of a paragraph before)
            var side = MostRecent((paragraph, reach), static (x, s) => (x.Kind == EntityKind.Organisation ||
                                    x.Kind == EntityKind.Individual && (Lexicon.IsOrganisationWord(x.Head, OrganisationWordTag.Institutional) || Lexicon.IsSpeakerNoun(x.Head, SpeakerNounTag.Spokesperson)) ||
                                    // (and a side's spokesman named, in this paragraph: "Pakistan's military spokesman, Maj Gen Athar Abbas, …
                                    // The army said …", the side his role or title writes, not one taken from the place reported from; one of a
                                    // paragraph before gives way to the place a later paragraph opens with, "In Islamabad, … The military said …")
                                    x.Kind == EntityKind.Person && !x.PartyFromPlace && x.LastParagraph == s.paragraph && NamedSpokesperson(x) ||
                                    // (and bodies joined as one source, "Pakistan's government and military maintain …")
                                    x.Kind == EntityKind.Group && Lexicon.IsOrganisationWord(x.Head, OrganisationWordTag.Institutional) ||
                                    (x.Kind == EntityKind.Individual || x.Kind == EntityKind.Group) && !x.PartyFromPlace && x.LastParagraph == s.paragraph && Lexicon.IsSpeakerNoun(x.Head, SpeakerNounTag.Institutional)) &&
                                   x.Party != null && x.LastSeen >= 0 && s.paragraph - x.LastParagraph <= s.reach);
            // "The Americans accept … But our side reads it differently. The military has rejected …": a body the writer's "our"
            // owns, a subject since that side was named, stands between: the bare institution is no longer the side named before
            if (side != null && MostRecent((side, paragraph, reach), static (x, s) => x.WritersOwn && x.LastSeen > s.side.LastSeen && s.paragraph - x.LastParagraph <= s.reach) != null) return null;
            // "Officials of the NATO-led force in Kabul said … a claim the army has rejected": the army is no coalition's
            if (forStateBody && side != null && JointForceOfNoCountry(side, _parties.Parties)) return null;
            if (side != null && SideOfAnotherTurn(side, paragraph)) return null;
            return side?.Party;
        }

        /// <summary>
        /// True when, in someone's turn of a transcript (<see cref="InTurn"/>), the side named last was named in an earlier
        /// paragraph (the host's question, another guest's turn) and a person of another side was already read in this turn (the
        /// turn's speaker: "HOST: The Pentagon released its report. ¶ SENATOR LUND: The government does not accept it."): the
        /// speaker's bare "the government" is not the body the earlier turn named. Nor is a side named last in a turn by a third
        /// voice, before the exchange of this turn's speaker and the one just before (<see cref="ExchangeStart"/>): "GUEST A: … So in
        /// their telling the aircraft were defending themselves. ¶ HOST: Do the sides agree on anything? ¶ GUEST B: … The army
        /// says …" is not the army of the side guest A spoke of (the host's "The army says …" two turns after the guest's "the
        /// Pakistani military's account" still is).
        /// </summary>
        private bool SideOfAnotherTurn(Entity side, int paragraph) =>
            InTurn && side.LastParagraph < paragraph &&
            (ExchangeStart >= 0 && side.LastParagraph < ExchangeStart ||
             MostRecent((side.Party, paragraph), static (x, s) => x.Kind == EntityKind.Person && x.LastSeen >= 0 && x.LastParagraph == s.paragraph &&
                                                                x.Party != null && x.Party != s.Party) != null);

        /// <summary>
        /// True when a description's modifiers hold a state's own armed service ("the army spokesman", "a military spokesman"):
        /// its voice takes no side from an alliance named last, as a bare "the army" does not (<see cref="SideNamedBefore"/>).
        /// </summary>
        private static bool ModifiedByNationalForce(Mention m)
        {
            foreach (var w in m.Modifiers)
                if (Lexicon.IsOrganisationWord(w, OrganisationWordTag.NationalForce)) return true;
            return false;
        }

        /// <summary>
        /// True when an entity's words hold a force that is no state's own service (organisation-words.txt 'joint-force': "the
        /// NATO-led force", "the International Security Assistance Force", "the coalition") and name no country of the entity's
        /// side, by the country's words or an alias of the side ("Pakistani forces", "the U.S. Army and allied forces" do): a body
        /// a bare "the army" is not.
        /// </summary>
        internal static bool JointForceOfNoCountry(Entity x, IReadOnlyList<PartyDefinition> parties)
        {
            bool joint = false;
            foreach (var w in x.Display.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsOrganisationWord(w.TrimEnd(',', '.', ';', ':'), OrganisationWordTag.JointForce)) { joint = true; break; }
            if (!joint) return false;
            // ("Southern forces": an alias of the entity's side names its country as the country's own words do)
            foreach (var p in parties)
            {
                if (p.Name != x.Party) continue;
                for (int k = 0; k < p.Aliases.Count; k++)
                    if (PartyResolver.IndexOfWord(x.Display, p.Aliases[k], StringComparison.Ordinal) >= 0) return false;
            }
            var country = CountryTable.Scan(x.Display, out _);
            return country == null || PartyResolver.MapCountry(country, parties) != x.Party;
        }

        /// <summary>
        /// True when a named person's role or title holds a spokesperson's noun ("Pakistan's military spokesman, Maj Gen Athar
        /// Abbas", "Ivo Lind, the army's spokesman"): the voice of a body by office, as an unnamed spokesman is.
        /// </summary>
        private static bool NamedSpokesperson(Entity x)
        {
            if (RoleNames(x.Role, SpeakerNounTag.Spokesperson)) return true;
            if (string.IsNullOrEmpty(x.Title)) return false;
            foreach (var w in x.Title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsSpeakerNoun(w, SpeakerNounTag.Spokesperson)) return true;
            return false;
        }

        /// <summary>
        /// True when the paragraph's words before <paramref name="at"/> name the writer's own body: "our" (the possessive of a
        /// group that is not a third party's, words.txt 'collective-possessive' without 'group-possessive'), then at most one
        /// word ("own"), then an institutional organisation word ("our military", "our own army") or a word for a side's men or
        /// means (<see cref="Lexicon.GroupNouns"/>: "our side", "our troops"), as an editorial or an interviewee speaks of
        /// their country's. A bare "the army" after it is that body, not the side the text named before.
        /// </summary>
        internal static bool WritersOwnBodyBefore(string ap, int at)
        {
            if (ap == null || at <= 0) return false;
            var words = ap.Substring(0, Math.Min(at, ap.Length)).Split(Separators.Whitespace, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                var w = words[i].ToLowerInvariant();
                if (!IsWritersPossessive(w)) continue;
                for (int j = i + 1; j < words.Length && j <= i + 2; j++)
                {
                    var noun = words[j].TrimEnd(',', '.', ';', ':').ToLowerInvariant();
                    // (or a word for a side's men or means: "our side", "our troops", "our posts")
                    if (Lexicon.IsOrganisationWord(noun, OrganisationWordTag.Institutional) || Lexicon.IsGroupNoun(noun)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// How many paragraphs back a body that spoke gives its side to the unnamed voice of a body ("The Foreign Office said …
        /// A spokesman said …"): the same paragraph only.
        /// </summary>
        private const int SpokespersonSideReach = 0;

        /// <summary>
        /// True while resolving the mentions of a paragraph that is someone's turn or answer (a transcript line, an
        /// interview's answer): its "I" is that speaker's, not the writer's.
        /// </summary>
        public bool InTurn { get; set; }

        /// <summary>
        /// While <see cref="InTurn"/>, the paragraph of the labelled turn before this one (-1 for the first turn): a "he" or "she" in
        /// the turn reaches no one last read before it.
        /// </summary>
        public int PreviousTurnStart { get; set; } = -1;

        /// <summary>
        /// While <see cref="InTurn"/>, the first paragraph of the exchange this turn belongs to (SpeakerResolution.ExchangeStart): the
        /// turns since are by this turn's speaker or by the one who spoke just before; a side named last before it was named by a
        /// third voice.
        /// </summary>
        public int ExchangeStart { get; set; } = -1;

        private Entity? _writer, _writers, _turnFirst, _turnFirstPlural;

        /// <summary>
        /// "I said", "we asked": the first person as its own speaker, "I" (or "we") in the role of the writer, or with no
        /// role in someone's turn. Kept out of the entities, so no "he", "they" or surname ever resolves to it.
        /// </summary>
        private Entity FirstPerson(string pronoun)
        {
            bool plural = Lexicon.IsAsWritten(pronoun, WordClass.FirstPersonPlural);
            if (InTurn)
                return plural ? _turnFirstPlural ??= new Entity { Kind = EntityKind.Group, Display = "we", Plural = true, IsFirstPerson = true }
                              : _turnFirst ??= new Entity { Kind = EntityKind.Individual, Display = "I", IsFirstPerson = true };
            return plural ? _writers ??= new Entity { Kind = EntityKind.Group, Display = "we", Role = "writers", Plural = true, IsFirstPerson = true, IsWriter = true }
                          : _writer ??= new Entity { Kind = EntityKind.Individual, Display = "I", Role = "writer", IsFirstPerson = true, IsWriter = true };
        }

        /// <summary>
        /// "The petitioner's counsel, Jo Bell, argued …. ¶ The judge observed …. “…,” he remarked.": a description whose head is a
        /// speaker noun is not an epithet of a person the text set off with a role of another speaker noun ("counsel" is no
        /// "judge"), so a "he" right after the description's statement is the one described. A person written with no role
        /// ("Jo Bell says …. ¶ The Republican nominee noted …") may be the one described.
        /// </summary>
        private bool DescribedAsAnother(Entity described, Entity known) =>
            Lexicon.IsSpeakerNoun(described.Head, out _, out _) && WrittenFullName(known) is { RoleNoun: { } role } &&
            !role.Equals(described.Head, StringComparison.Ordinal) && Lexicon.IsSpeakerNoun(role, out _, out _);

        /// <summary>
        /// An entity a "he" or "she" (of gender g) in the paragraph may stand for: one individual, not of the other gender,
        /// seen lately, who may be one person of that gender. A single capitalised word seen only as a subject may be
        /// anything ("Only", "Previously"): it takes a pronoun once it has a full name, a gendered title, a title written
        /// with it ("President Obama", "Sen. Reyes": a person), or has spoken.
        /// </summary>
        private static bool IsPronounCandidate(Entity e, char g, int paragraph) =>
            e.IsIndividual && !e.Plural && (e.Gender == '\0' || e.Gender == g) && paragraph - e.LastParagraph <= PersonPronounReach && MayBeOnePersonOf(e, g) &&
            (e.Kind == EntityKind.Individual || e.Display.IndexOf(' ') > 0 || e.Gender != '\0' || e.Spoke || e.Kind == EntityKind.Person && e.Title != null);

        /// <summary>True when an entity a "he" or "she" of gender g may stand for was mentioned as subject or speaker in paragraph <paramref name="first"/> or after.</summary>
        private bool HasPronounCandidateSince(char g, int paragraph, int first)
        {
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var e = _all[i];
                if (e.LastSeen >= 0 && e.LastParagraph >= first && IsPronounCandidate(e, g, paragraph) && !(InTurn && TakesTurns(e))) return true;
            }
            return false;
        }

        /// <summary>
        /// The one individual brought in unnamed (an indefinite description, not of the other gender) who made a statement in
        /// the paragraph's sentence <paramref name="sentence"/> or the one before, seen after <paramref name="held"/> was first
        /// read there; null when none is, or when more than one is.
        /// </summary>
        private Entity? NewcomerStatedJustBefore(char g, int sentence, int paragraph, Entity held)
        {
            Entity? found = null;
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var e = _all[i];
                if (e == held || e.LastSeen < 0 || e.Kind != EntityKind.Individual || !e.Introduced || !e.LastStated || e.Plural) continue;
                if (e.Gender != '\0' && e.Gender != g || e.LastParagraph != paragraph || e.LastSentence < sentence - 1) continue;
                if (InTurn && TakesTurns(e)) continue;
                if (found != null) return null;
                found = e;
            }
            return found;
        }

        /// <summary>The first blank-separated word of a text, lower-cased ("another" for "Another grower"); "" for none.</summary>
        private static string FirstWordLower(string text)
        {
            int space = text.IndexOf(' ');
            return space > 0 ? text.Substring(0, space).ToLowerInvariant() : "";
        }

        /// <summary>
        /// "Another grower, who asked not to be named, said …": one brought in unnamed by a noun the lexicon does not know, shown as
        /// the speaker of its own statement: an individual (no document, body or group) of a singular noun that tells no other
        /// gender than the pronoun's.
        /// </summary>
        private static bool ShownNewcomer(Entity e, char g) =>
            e.Kind == EntityKind.Individual && e.Spoke && !e.Plural && e.Head != null && Inflection.Singular(e.Head) == e.Head &&
            (GenderOfHead(e.Head) == '\0' || GenderOfHead(e.Head) == g);

        /// <summary>An indefinite determiner ("a", "another"), or one whose first word is ("a second", "a third").</summary>
        private static bool IndefiniteDeterminer(string determiner)
        {
            if (Lexicon.Is(determiner, WordTag.Indefinite)) return true;
            int space = determiner.IndexOf(' ');
            return space > 0 && Lexicon.Is(determiner.Substring(0, space), WordTag.Indefinite);
        }

        private Entity? ResolvePronoun(string pronoun, int sentence, int paragraph, int offset, AnalysedParagraph ap)
        {
            switch (pronoun)
            {
                case "he":
                case "she":
                    char g = Lexicon.IsAsWritten(pronoun, WordGroup.MasculinePronoun) ? 'm' : 'f';
                    // the candidates mentioned before, the latest first: one loop over the window (no query, list or sort per
                    // pronoun; LastSeen is a tick no two entities share, so the order is the one OrderByDescending gave)
                    Entity? latest = null, known = null;
                    // "10.40 … Abdul Basit … he said …. ¶ 12.15 A US official … briefed reporters. He said …": a live blog's entry is
                    // a story of its own; its "he" reaches no one of an earlier entry while a person of its own may be meant
                    bool entryOwn = EntryStart >= 0 && HasPronounCandidateSince(g, paragraph, EntryStart);
                    bool notTheSpeaker = NotTheSpeaker != null && AnotherSpokeJustBefore(g, paragraph);
                    for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
                    {
                        var e = _all[i];
                        if (e.LastSeen < 0 || !IsPronounCandidate(e, g, paragraph) || notTheSpeaker && IsNotTheSpeaker(e)) continue;
                        // "REYES: … He said, “…”": in a turn, "he" is someone the speakers talk about, not one of them
                        if (InTurn && TakesTurns(e)) continue;
                        // "Q: Will you apologise? ¶ MR. X: … I'd point you to the Secretary's words. He said …": in a turn, "he" is
                        // someone of this turn or of the turn just before it (the question, with the paragraphs that go on with it); a
                        // person read before the conversation's last exchange (the story's lead) is not in view of the speakers
                        if (InTurn && PreviousTurnStart >= 0 && e.LastParagraph < PreviousTurnStart) continue;
                        if (entryOwn && e.LastParagraph < EntryStart) continue;
                        // a person known to be of the pronoun's gender, mentioned lately, beats a more recent unknown one
                        // unless the unknown one is the very subject or speaker just read, in this paragraph or the last
                        if (latest == null || e.LastSeen > latest.LastSeen) latest = e;
                        // (a person this pronoun already stood for keeps it: the chain is established)
                        if (e.Gender == g && paragraph - e.LastParagraph <= KnownGenderReach && (known == null || e.LastSeen > known.LastSeen)) known = e;
                    }
                    // (but not over a person named in full who is the subject or speaker just read in the pronoun's own paragraph, where
                    // the known one was not (a description, "the candidate", may be the known one again): "… ¶ The spokesman, Capt Bekzod Reyes, urged patience. “…,” he said." is Reyes)
                    bool newcomerHere = latest != null && latest.Kind == EntityKind.Person && latest.Display.IndexOf(' ') > 0 && latest.LastParagraph == paragraph &&
                                        known != null && known.LastParagraph < paragraph;
                    // (nor over one the text brought in unnamed who made a statement as the subject or speaker just read, in the
                    // pronoun's own paragraph or the one before when the pronoun's sentence opens its paragraph: "Col. Ravi Mehta …
                    // He said …. ¶ One senior officer said …. ¶ “…,” he said." is the officer; an asker, "a reporter asked",
                    // leaves the answer to the one the chain holds)
                    bool introducedJustRead = latest != null && latest.Kind == EntityKind.Individual && latest.Introduced && latest.LastStated &&
                                              (latest.LastParagraph == paragraph || OpensParagraph);
                    // (nor over a person named as the subject of the sentence just before, when the pronoun opens its sentence or the
                    // cue of the quotation that opens it: "He said …. Ivo Chandor blamed the weather. “…,” he said." is Chandor; across a
                    // paragraph break only after a sentence of narration about one who has spoken before, not after their own quotation,
                    // where a dialogue's next turn is the other speaker's: "“…,” Reyes said. ¶ “…,” she replied." keeps the chain, nor
                    // after a newcomer's first sentence ("Capt Bekzod Reyes urged patience. ¶ “…,” he said." is the chain's); also after
                    // the person's own reported speech, without quotation marks, whose words the quotation goes on with ("He said ….
                    // ¶ Sajal Tarin said the talks had been hard. ¶ “…,” he said." is Tarin, whatever gender the chain's one has told;
                    // "“…,” he replied." answers Tarin, and keeps the chain); a pronoun
                    // later in its sentence keeps it too; the person is one named in full or by a title and a surname, "Mayor Ruiz blamed
                    // the weather.", not a surname alone, which may be a capitalised word misread as a name, "Nobody asked …")
                    bool subjectJustBefore = latest != null && latest == _namedSubject && _namedSubjectSentence == sentence - 1 && latest.LastSentence == sentence - 1 &&
                                             latest.Kind == EntityKind.Person && (latest.Display.IndexOf(' ') > 0 || latest.Title != null) && (!OpensParagraph || (_namedSubjectPlain || _namedSubjectReported && !AnswerCue) && latest.Spoke) &&
                                             PronounOpensSentence(ap, offset);
                    // (nor over one described, not named, who made a statement in the sentence just before, in the pronoun's own
                    // paragraph, when the pronoun opens its sentence: "“…,” Gul said. ¶ … ¶ The sector commander, who spoke to the
                    // elders, said the posts were old. He said …" is the commander; a definite description right after the known
                    // person's paragraph may be that person again, "Jo Bell says …. ¶ The Republican nominee noted …. He said …")
                    bool describedJustBefore = latest != null && latest.Kind == EntityKind.Individual && latest.LastStated && latest.LastParagraph == paragraph &&
                                               latest.LastSentence == sentence - 1 && PronounOpensSentence(ap, offset) &&
                                               (latest.Introduced || known == null || known.Kind != EntityKind.Person || paragraph - known.LastParagraph > 1 ||
                                                DescribedAsAnother(latest, known));
                    // (nor, for the source of a cue, over one the chain holds who never spoke, when the one read last is a person named
                    // who did, in this paragraph or the one before: "Naik Ali Riaz was killed at the post. He was 31. ¶ … “…,” Colonel
                    // Mehmood said. ¶ “…,” he insisted." is Mehmood; the soldier the narration spoke of says nothing)
                    // (a statement of the latest's own, "said", not a relative clause's report about the chain's person: "he campaigned
                    // with a popular governor who had endorsed him. … he reminded voters" is still the chain's)
                    bool silentChain = PronounSource && known != null && !known.Spoke && latest != null && latest != known && latest.Spoke && latest.LastStated &&
                                       latest.IsIndividual && !latest.Plural && latest.LastSeen > known.LastSeen;
                    // (the named subject just before keeps the pronoun when a body or a person of the other gender was read after it in
                    // its sentence: "Ivo Chandor, whose union the ministry says is a front, left the talks. “…,” he said." is Chandor)
                    var best = latest != null && (latest == LastTouched || subjectJustBefore) && paragraph - latest.LastParagraph <= 1 && (!(known != null && known.ByPronoun) || newcomerHere || introducedJustRead || subjectJustBefore || describedJustBefore || silentChain)
                        ? latest
                        : known ?? latest;
                    // "“…?” a reporter asked. ¶ The committee, chaired by Senator Ada Bell, met on Monday. “…,” she said.": a
                    // description that no word gives a gender, read in an earlier paragraph, gives way to the one person whose
                    // name the pronoun's own paragraph writes before it with the pronoun's gender told (a given name, a title)
                    if (best != null && best.Kind == EntityKind.Individual && best.Gender == '\0' && GenderOfHead(best.Head) == '\0' && best.LastParagraph < paragraph &&
                        NameOfToldGender(g, paragraph, offset) is { } told)
                        best = told;
                    // "“…,” she said. ¶ The court also heard from the victim's daughter, Susan Hale. She told the jury …": a person the
                    // chain holds, last seen in an earlier paragraph, gives way to the one person of the pronoun's told gender whose
                    // name the pronoun's own paragraph writes before it, in an earlier sentence, when it writes that name for the first
                    // time in the document
                    else if (best != null && best.Kind == EntityKind.Person && best.LastParagraph < paragraph &&
                             NewcomerOfToldGender(g, paragraph, offset, ap) is { } newcomer)
                        best = newcomer;
                    // "“…,” Reyes said. ¶ The levy worries Ann Lutz, head of the traders' guild. ¶ “…,” she said.": when the paragraph
                    // just before named no one as a subject or speaker the pronoun may stand for, a pronoun that opens its paragraph's
                    // quotation is the one person of its told gender (a given name, a title) whose full name that paragraph writes in
                    // any place, set off as one introduced (FullName.SetOff), not the one the chain held two paragraphs back
                    else if (best != null && latest != null && latest.LastParagraph < paragraph - 1 && paragraph > 0 && OpensParagraph &&
                             PronounOpensSentence(ap, offset) && !WritesNameOf(paragraph - 1, best) && OnlyNameWrittenBefore(g, paragraph - 1, int.MaxValue, genderTold: true) is { SetOff: true } &&
                             NameOfToldGender(g, paragraph - 1, int.MaxValue) is { } namedJustBefore)
                        best = namedJustBefore;
                    // "Ivo Chandor, a grower, said …. ¶ Another transporter, who asked that his name be withheld, said …. He said …,
                    // which he called …": one the text just brought in unnamed ("another", "a second", "a"), who made a statement in
                    // the pronoun's paragraph, in its sentence or the one just before, is the "he" when a pronoun may stand for its
                    // noun; the pronoun does not reach past the newcomer to the person the chain held before ("his name" may have
                    // touched that one), and names no one when the newcomer's noun is one the lexicon does not know
                    // "Ivo Chandor said …. A goatherd said the river had risen. “…,” he said.": so does one brought in so after the
                    // person the pronoun would stand for was last read, whatever chain that person is in; the newcomer whose noun the
                    // lexicon does not know is the "he" when it is the speaker the text showed for its statement (an individual of one
                    // singular noun of no other gender), and otherwise no one is
                    if (best != null && NewcomerStatedJustBefore(g, sentence, paragraph, best) is { } newcomerStated &&
                        (best.ByPronoun || newcomerStated.LastSeen > best.LastSeen))
                    {
                        if (!IsPronounCandidate(newcomerStated, g, paragraph) && !ShownNewcomer(newcomerStated, g)) return null;
                        best = newcomerStated;
                    }
                    if (best != null && best.Gender == '\0') best.Gender = g;
                    if (best != null) best.ByPronoun = true;
                    return best;
                case "they":
                {
                    var group = MostRecent(paragraph, static (e, p) => (e.Kind == EntityKind.Group || e.Kind == EntityKind.Organisation) && e.LastSeen >= 0 && p - e.LastParagraph <= GroupPronounReach);
                    // a state of the Union is a place, "it", not "they": "Growers say …. California has let them …. “…,” they say."
                    // is not California, nor a group read before the state; the growers the resolver does not hold as a group, so no
                    // one is named. (A country stays one: "Pakistan matters to us, and they know it" is its government.)
                    return group != null && group.Kind == EntityKind.Organisation && Lexicon.IsUsState(group.Display) ? null : group;
                }
                case "it":
                {
                    // (not a people named by its plural demonym: "Pakistanis read it as a whitewash. ¶ It found …" is never the
                    // Pakistanis, whom "they" stands for)
                    var thing = MostRecent(paragraph, static (e, p) => (e.Kind == EntityKind.Organisation || e.Kind == EntityKind.Document) && e.LastSeen >= 0 && p - e.LastParagraph <= 1 &&
                                                                       !IsPluralDemonym(e.Display));
                    // "Her statement … It acknowledged …": a document a person owns speaks as that person, as "her statement" does
                    return thing is { Kind: EntityKind.Document, Owner: { IsIndividual: true } person } ? person : thing;
                }
                case "i":
                case "we":
                    return FirstPerson(pronoun);
                default:
                    return null;
            }
        }

        /// <summary>A people named by the plural of its demonym ("Pakistanis", "Americans"): a "they", never an "it".</summary>
        private static bool IsPluralDemonym(string display) =>
            display.IndexOf(' ') < 0 && CountryTable.FindDemonym(display) != null && Inflection.Singular(display) != display;

        /// <summary>
        /// Whether a "he" or "she" (of gender g) may stand for the entity: a person by name; one described by a noun of one
        /// person ("the official", "the 46-year-old"), not of the other gender ("the spokeswoman" is no "he"); or one whose
        /// description ends in a word written as a name ("9/11 widow Terry Strada"). A description headed by a plural, a thing
        /// or a misread word ("participants", "the page", "weeks", "however") is no person a pronoun of a gender stands for.
        /// </summary>
        private static bool MayBeOnePersonOf(Entity e, char g)
        {
            if (e.Kind != EntityKind.Individual) return true;
            if (MentionParser.IsAgeNoun(e.Head)) return true;
            if (Lexicon.IsSpeakerNoun(e.Head, out _, out var plural))
            {
                if (plural || Lexicon.IsSpeakerNoun(e.Head, SpeakerNounTag.Collective)) return false;
                var told = GenderOfHead(e.Head);
                return told == '\0' || told == g;
            }
            // (not a capitalised plural: "Republicans", "Participants" open a sentence)
            return Inflection.Singular(e.Head) == e.Head && IsWrittenAsName(HeadAsWritten(e));
        }

        /// <summary>The word of the entity's display that is its head, as written ("Strada" for the head "strada"); null when none is.</summary>
        private static string? HeadAsWritten(Entity e)
        {
            foreach (var w in e.Display.Split(' '))
                if (w.Equals(e.Head, StringComparison.OrdinalIgnoreCase)) return w;
            return null;
        }

        /// <summary>A capitalised word the lexicon does not know as another word (a function word, an organisation, a month, a country).</summary>
        private static bool IsWrittenAsName(string? w) =>
            w != null && w.Length > 1 && char.IsUpper(w[0]) && !SpeakerResolution.HasDigit(w) && Lexicon.KnownWords.FindLower(w) == null &&
            !Lexicon.Is(w, WordTag.Calendar) && !Lexicon.IsKnownOrganisation(w) && CountryTable.Find(w) == null;

        private Entity ResolveName(Mention m)
        {
            // "Navy Capt. John Kirby", "Prime Minister Syed Ali Raza Shah": the titles go to the title, the
            // name is matched without its honorifics
            var parsed = PersonName.Parse(PartyResolver.StripPossessive((m.Name ?? m.Text).Trim()));
            var name = parsed.Name;
            var title = parsed.Title == null ? m.Title : m.Title == null ? parsed.Title : m.Title + " " + parsed.Title;
            char titleGender = m.TitleGender != '\0' ? m.TitleGender : parsed.Gender;
            // (the number of the name's words and the first two, as Split on blanks gives them)
            int count = PartyResolver.FirstBlankWords(parsed.MatchName, out var first, out var second);
            Entity? e = null;
            // "Dean Martinez said" after "Dean Martinez of the business school" or after "Ana Martinez, dean of …": a person of that
            // surname written before under another name or with the title is the dean; with no such person, "Dean" is the
            // given name (PersonName reads it so)
            if (parsed.Title == null && count == 2 && Lexicon.IsGivenNameTitle(first!) &&
                MostRecent((surname: second!, given: first!, name), static (x, s) => x.Kind == EntityKind.Person && x.LastWord.Equals(s.surname, StringComparison.Ordinal) && (x.Title == s.given || x.Display != s.name)) != null)
            {
                if (title == null) title = first;
                name = second!;
                first = second;
                count = 1;
            }
            if (count == 1)
            {
                var w = first!;
                e = SurnameOfGender(w, titleGender)
                    ?? ShortNameOf(w)
                    ?? MostRecent(w, static (x, s) => x.Kind == EntityKind.Person && x.LastWord.Equals(s, StringComparison.Ordinal))
                    ?? ByGivenName(w);
                // "Grayson said" read as "Alan Grayson" while he is the only Grayson known: the document's short name for him from now on
                if (e != null && !e.ShortNamed && e.Kind == EntityKind.Person && e.LastWord.Equals(w, StringComparison.Ordinal) && e.Display.IndexOf(' ') > 0 &&
                    WrittenAsPersonName(e.Display) && !SharesSurname(e)) e.ShortNamed = true;
                if (e == null)
                {
                    _fullNames.TryGetValue(w, out var full);
                    // "QZK:" in an interview whose introduction names "Qamar Zaman Kaira": a label in capitals that is the initials of
                    // one full name the document writes is that person (the same one at every such label)
                    var initialsOf = full == null && Casing.IsAllCaps(m.Text) ? ByInitials(w) : null;
                    if (initialsOf != null)
                    {
                        full = initialsOf;
                        e = PersonWithKey(_parties.KeyOf(full.Name));
                    }
                    // "Cuban said" after "Mark Cuban", "Jordan said" after "Jim Jordan": a surname the document wrote in
                    // a full name is that person, even when it also names a country or its people
                    var country = full == null ? CountryTable.FindCountryOrCapital(w) : null;
                    if (country != null) return ResolveOrganisation(w);
                    var manifest = _parties.FindPersonBySurname(w);
                    // "In Salem, Oregon, …", "Iowa voted": a U.S. state's name that names no person the document or the manifest
                    // knows is the state, a body, as a country's name is (no "he" or "she" then stands for it)
                    if (full == null && manifest == null && Lexicon.IsUsState(w)) return ResolveOrganisation(w);
                    if (full != null)
                    {
                        // "Watson said" after "Army Brig. Gen. Bryan G. Watson": the person with the title written with the name
                        // (a label of initials met before is the person made then)
                        if (e == null)
                        {
                            e = NewPerson(full.Name, full.Gender);
                            title = WrittenWith(e, full, title);
                        }
                    }
                    else if (manifest != null) e = NewPerson(manifest.Value.Name, '\0');
                    else e = NewPerson(w, Lexicon.GenderOfFirstName(w)); // "Fran says": a given name alone still tells the gender
                }
            }
            else
            {
                var key = _parties.KeyOf(name);
                e = PersonWithKey(key);
                // "Rana Muhammad Iqbal Khan" after "Rana Sanaullah Khan": the same first and last name around other middle names,
                // each written in full, are two people
                if (e != null && OtherMiddleNames(e.Display, name)) e = null;
                // "Rana Sanaullah said" after "Rana Sanaullah Khan": a name written short is the one longer name written before
                // that opens with all its words, when no other person's name does
                if (e == null && LongerNameWritten(name) is { } longer)
                {
                    e = MostRecent(longer.Name, static (x, s) => x.Kind == EntityKind.Person && x.Display == s);
                    if (e == null)
                    {
                        e = NewPerson(longer.Name, longer.Gender);
                        title = WrittenWith(e, longer, title);
                    }
                }
                // "Englewood, New Jersey", "South Carolina said": a state's name of two words, as one of one word above
                if (e == null && Lexicon.IsUsState(name) && _parties.FindPersonBySurname(PartyResolver.LastWord(name)) == null) return ResolveOrganisation(name);
                if (e == null)
                {
                    e = NewPerson(name, '\0');
                    // "LISA HARMON:" (a transcript's label) after "Lisa Harmon, spokeswoman of the Southern Embassy" in its list
                    // of guests: the full name written before with its title or employer is that person (a mention with words
                    // of its own around the name, "Military spokesman Jo Bell", "Jo Bell, a spokesman", keeps them alone)
                    if (m.Apposition == null && string.Equals(m.Text.Trim(), name, StringComparison.OrdinalIgnoreCase) &&
                        _fullNames.TryGetValue(PartyResolver.LastWord(name), out var written) &&
                        (_parties.KeyOf(written.Name) == key || written.ListedRole != null && ShortOfListed(name, written.Name)))
                    {
                        title = WrittenWith(e, written, title);
                        // "Guests: Jo Bell, Minister for Information; …": the role the list gives the label's person, as an apposition would
                        if (e.Role == null && written.ListedRole != null && !RolePhrase.IsAge(written.ListedRole)) e.Role = CleanRole(written.ListedRole);
                    }
                }
                else if (name.Length > e.Display.Length && !e.FromManifest)
                {
                    e.Display = name;
                }
                if (e.Gender == '\0') e.Gender = Lexicon.GenderOfFirstName(first!);
            }
            if (count > 1 && e.Kind == EntityKind.Person) e.InFocusParagraph = _paragraph;
            if (titleGender != '\0' && e.Gender == '\0') e.Gender = titleGender;
            if (title != null && e.Title == null) e.Title = TitleOf(title);
            if (e.TitleNoun == null) e.TitleNoun = parsed.TitleNoun ?? PersonName.NounOf(m.Title);
            if (m.Apposition != null && (e.Role == null || RolePhrase.IsRelativeClause(e.Role)) && !RolePhrase.IsAge(m.Apposition))
            {
                var role = CleanRole(m.Apposition);
                if (e.Role == null || !RolePhrase.IsRelativeClause(role)) e.Role = role;
            }
            // "Nadia Holm, a surveyor who has mapped the coast for a Bergen research institute": the relative clause that the role
            // loses when cleaned says the person works for a body of research, and speaks for no side, whatever city it is in
            if (e.Party == null && m.Apposition != null && !RolePhrase.IsRelativeClause(m.Apposition) && _parties.FindPerson(e.Display) == null &&
                MentionFacts.TeachesAtResearchBody(m.Apposition))
                e.Party = _parties.NoSide;
            else if (e.Party == null) e.Party = PersonParty(e);
            // "Pakistan's Foreign Office said … “…,” spokesman Moazzam Khan said": a person named with a bare spokesperson's
            // title or role (no body and no country written) in the paragraph where a body of a side spoke speaks for that
            // body's side, as an unnamed spokesman there does
            if (e.Party == null && BareSpokesperson(e.Title, e.Role)) e.Party = SideNamedBefore(_paragraph, SpokespersonSideReach);
            // "…, the White House says. Spokesman Jay Carney calls …": the same bare title in capitals, "Spokesman" alone, speaks
            // for the body of a side that spoke in the sentence right before, in the same paragraph (no person's side, no reach)
            if (e.Party == null && e.Role == null && SpokespersonTitleAlone(e.Title)) e.Party = BodySpokeJustBefore();
            return e;
        }

        /// <summary>
        /// True when a title is one spokesperson's noun (speaker-nouns.txt 'spokesperson') and nothing else, as written before a
        /// name in capitals ("Spokesman Jay Carney", "Spokeswoman Ann Cole"): no body, no country, no "for" or "of".
        /// </summary>
        private static bool SpokespersonTitleAlone(string? title) =>
            !string.IsNullOrEmpty(title) && title!.IndexOf(' ') < 0 && char.IsUpper(title[0]) && Lexicon.IsSpeakerNoun(title.ToLowerInvariant(), SpeakerNounTag.Spokesperson);

        /// <summary>
        /// The side of the organisation that spoke in the sentence right before the mention's, in its paragraph ("…, the White
        /// House says."); null when none did, or when it has no side.
        /// </summary>
        private string? BodySpokeJustBefore() =>
            MostRecent((_sentence, _paragraph), static (x, s) => x.Kind == EntityKind.Organisation && x.Spoke && x.Party != null && x.LastSeen >= 0 &&
                                                                 x.LastSentence == s.Item1 - 1 && x.LastParagraph == s.Item2)?.Party;

        /// <summary>
        /// True when the title and role of a person hold a spokesperson's noun (speaker-nouns.txt 'spokesperson') and no body or
        /// country: every word lower-case and none but determiners, modifiers and the noun ("spokesman Ivo Lind", "Ivo Lind,
        /// a spokesman"); not "Foreign Ministry spokesman Ivo Lind" nor "Ivo Lind, a spokesman for the navy".
        /// </summary>
        private static bool BareSpokesperson(string? title, string? role)
        {
            // (most people have neither, or a title in capitals: no word of theirs is looked up)
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(role) || title != null && title.Length > 0 && !char.IsLower(title[0])) return false;
            bool noun = false;
            foreach (var part in new[] { title, role })
            {
                if (string.IsNullOrWhiteSpace(part)) continue;
                foreach (var w in part!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (w.Length == 0 || !char.IsLower(w[0]) || Lexicon.Is(w, WordTag.Preposition)) return false;
                    if (Lexicon.IsSpeakerNoun(w, SpeakerNounTag.Spokesperson)) noun = true;
                }
            }
            return noun;
        }

        /// <summary>
        /// True when a transcript's label of two words ("KAMAL NIAZI") is the first and the last word of the longer name a list of
        /// guests wrote ("Kamal Akbar Niazi"), in any case.
        /// </summary>
        private static bool ShortOfListed(string label, string listed)
        {
            var l = label.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            var w = listed.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return l.Length == 2 && w.Length > 2 && string.Equals(l[0], w[0], StringComparison.OrdinalIgnoreCase) && string.Equals(l[1], w[w.Length - 1], StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The title, title noun, employer and introduced office (a country's possessive set off before the name) written with a
        /// person's full name (<paramref name="full"/>) given to the person <paramref name="e"/> where the mention gave none;
        /// returns the title to use.
        /// </summary>
        private string? WrittenWith(Entity e, FullName full, string? title)
        {
            // "the ambassador said" after "a statement by U.S. Ambassador Ada Lund": the noun of the title written with the name
            // alone stands for that whole title, its country with it
            if (full.Title != null && (title == null || title.IndexOf(' ') < 0 && string.Equals(PartyResolver.LastWord(full.Title), title, StringComparison.OrdinalIgnoreCase)))
                title = full.Title;
            if (e.TitleNoun == null) e.TitleNoun = full.RoleNoun;
            if (e.Role == null && full.Employer != null) e.Role = full.Employer;
            // "RODRIGO SOTO:" after "… is Chile's ambassador in Lima, Rodrigo Soto.": the office the introduction gave the name;
            // so does "Soto wrote …" after "Chile's ambassador to Peru, Rodrigo Soto, resigned …", a sentence that reports nothing
            if (e.Role == null && full.IntroducedRole != null)
            {
                e.Role = CleanRole(full.IntroducedRole);
                // the side is the possessive's country, the sending one, never a body the office is posted to ("Russia's
                // representative to NATO"), which the role's words would name
                // ("Pakistan's counterpart, Jo Bell,": the possessor of a counterpart is the one faced, not the sender)
                if (e.Party == null && PartyResolver.FirstBlankWords(full.IntroducedRole, out var owner, out _) > 0 &&
                    CountryTable.Find(Possessive.Strip(owner!)) is { } sender && PartyResolver.PastPossessorOfCounterpart(full.IntroducedRole, 0) < 0)
                    e.Party = _parties.MapCountry(sender);
                // "The Permanent Representative of Pakistan to the United Nations, Ambassador Jo Khan,": the country of the office's
                // "of" is the sender as the possessive's is (the body or place of the posting after it never the side)
                else if (e.Party == null && SpeakerResolution.CountryOfOffice(full.IntroducedRole) is { } ofSender)
                    e.Party = _parties.MapCountry(ofSender);
            }
            return title;
        }

        /// <summary>
        /// "Rana Sanaullah" after "Rana Sanaullah Khan": the one full name written in the document up to the current paragraph
        /// whose first words are every word of <paramref name="name"/> (two or more) and that has more words (none of them a
        /// suffix: "Jo Bell Jr." is another person); null when no name or more than one (of full names and people met) does.
        /// </summary>
        private FullName? LongerNameWritten(string name)
        {
            var words = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return null;
            FullName? found = null;
            foreach (var list in _namesByParagraph.Values)
                foreach (var f in list)
                {
                    // (not a headline's words in title case: "Jo Bell Is Right", "Jo Bell Speaks" are no longer name)
                    if (f.Paragraph == 0 || f.Paragraph > _paragraph || !OpensWith(f.Name, words, out var longer)) continue;
                    // ("Athar Abbas Sahib": an honorific after the name is how it is written, no longer name)
                    if (longer.Skip(words.Length).Any(Lexicon.IsHonorificAfterName)) continue;
                    for (int x = words.Length; x < longer.Length; x++)
                        if (Lexicon.Is(longer[x].ToLowerInvariant(), WordTag.NameSuffix | WordTag.Function) || Lexicon.AnyVerb(longer[x]) != null ||
                            Lexicon.IsOrganisationWord(longer[x])) return null;
                    if (found != null && found.Name != f.Name) return null;
                    found = f;
                }
            if (found == null) return null;
            foreach (var x in _all)
                if (x.Kind == EntityKind.Person && x.Display != found.Name && OpensWith(x.Display, words, out _)) return null;
            return found;
        }

        /// <summary>
        /// True when both names have middle words between the first and the last, none of them an initial, and these differ
        /// ("Rana Sanaullah Khan", "Rana Muhammad Iqbal Khan"); not when one has none ("Hillary Clinton", "Hillary Rodham Clinton").
        /// </summary>
        private static bool OtherMiddleNames(string one, string other)
        {
            var a = PersonName.Parse(one).MatchName.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            var b = PersonName.Parse(other).MatchName.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (a.Length < 3 || b.Length < 3) return false;
            var middleA = a.Skip(1).Take(a.Length - 2).ToArray();
            var middleB = b.Skip(1).Take(b.Length - 2).ToArray();
            if (middleA.Concat(middleB).Any(w => w.Length <= 2 || w.EndsWith(".", StringComparison.Ordinal))) return false;
            return !middleA.SequenceEqual(middleB, StringComparer.Ordinal);
        }

        /// <summary>
        /// True when the name has more words than <paramref name="words"/> and opens with all of them (its words in <paramref name="longer"/>,
        /// empty when false). The name's words are compared in place and split only when it opens so: asked of every full name written
        /// before for each name resolved, the split of each made two arrays and its strings at every call (issue #10).
        /// </summary>
        internal static bool OpensWith(string name, string[] words, out string[] longer)
        {
            longer = Array.Empty<string>();
            int at = 0;
            foreach (var w in words)
            {
                while (at < name.Length && name[at] == ' ') at++;
                int end = name.IndexOf(' ', at);
                if (end < 0) end = name.Length;
                if (end == at || end - at != w.Length || string.CompareOrdinal(name, at, w, 0, w.Length) != 0) return false;
                at = end;
            }
            while (at < name.Length && name[at] == ' ') at++;
            if (at == name.Length) return false;
            longer = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return true;
        }

        /// <summary>At least and at most this many letters in a label of initials ("SP", "QZK").</summary>
        private const int InitialsMin = 2, InitialsMax = 4;

        /// <summary>
        /// The one full name the document writes whose words' first letters are the letters of <paramref name="label"/>, in order
        /// ("Qzk": "Qamar Zaman Kaira"); null when the label is no run of <see cref="InitialsMin"/> to <see cref="InitialsMax"/>
        /// letters or when no name or more than one matches.
        /// </summary>
        private FullName? ByInitials(string label)
        {
            if (label.Length < InitialsMin || label.Length > InitialsMax) return null;
            foreach (char c in label)
                if (!char.IsLetter(c)) return null;
            FullName? only = null;
            foreach (var f in _fullNames.Values)
            {
                var words = f.Name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length != label.Length) continue;
                bool match = true;
                for (int i = 0; i < words.Length && match; i++)
                    match = char.IsUpper(words[i][0]) && char.ToUpperInvariant(label[i]) == words[i][0];
                if (!match) continue;
                if (only != null && _parties.KeyOf(only.Name) != _parties.KeyOf(f.Name)) return null;
                only = f;
            }
            return only;
        }


        /// <summary>
        /// "Clinton herself said", "Mrs. Clinton said" after "Bill Clinton" and "Hillary Clinton": where the mention tells a
        /// gender, the person of that surname mentioned last who is not known to be of the other; null when the mention
        /// tells none or no such person is known (then the most recent of the surname, as before).
        /// </summary>
        private Entity? SurnameOfGender(string surname, char gender) =>
            gender == '\0' ? null : MostRecent((surname, gender), static (x, s) => x.Kind == EntityKind.Person && x.LastWord.Equals(s.surname, StringComparison.Ordinal) && (x.Gender == '\0' || x.Gender == s.gender));

        /// <summary>
        /// True when every word of the name without its honorifics is written as a name: capitalised and known to the lexicon as no
        /// other word, or an initial ("Alan Grayson", "James B. Comey"; not a headline read as a name, "Progressives Are
        /// Celebrating Hillary Clinton").
        /// </summary>
        private bool WrittenAsPersonName(string name)
        {
            foreach (var w in GivenWordsOf(name))
            {
                var word = w.TrimEnd('.');
                // an initial ("James B. Comey") is written as a name
                if (word.Length == 1 && char.IsUpper(word[0])) continue;
                if (word.Length > 0 && char.IsLetter(word[0]) && !IsWrittenAsName(word)) return false;
            }
            return true;
        }

        /// <summary>How many paragraphs back another person of the surname named in full or by a pronoun keeps the focus from the short-named one (<see cref="ShortNameOf"/>).</summary>
        private const int ShortNameFocusReach = 1;

        /// <summary>The paragraph of the mention being resolved (set by <see cref="Resolve"/>).</summary>
        private int _paragraph = -1;

        /// <summary>The sentence (counted over the document) of the mention being resolved (set by <see cref="Resolve"/>).</summary>
        private int _sentence = -1;

        /// <summary>
        /// "Grayson said" after "Rep. Alan Grayson … Grayson denied it … his ex-wife, Lolita Grayson, …": where several people
        /// share a surname, the one the document has already called by the surname alone, as news style keeps the bare
        /// surname for the main figure and names the others in full; null when no such person, or more than one, is known,
        /// or when another of that surname is in focus, named in full or by "he" or "she" in this paragraph or the one before
        /// ("Donald Trump also criticized Clinton. / “…,” he said. / “…,” Trump said": then the one named last, as before). A
        /// person is short-named when a bare surname was read as them while no other of that surname was known.
        /// </summary>
        private Entity? ShortNameOf(string surname)
        {
            Entity? shortNamed = null;
            bool otherInFocus = false;
            for (int i = Math.Max(0, _all.Count - Window); i < _all.Count; i++)
            {
                var x = _all[i];
                if (x.Kind != EntityKind.Person || !x.LastWord.Equals(surname, StringComparison.Ordinal)) continue;
                if (!x.ShortNamed)
                {
                    if (x.InFocusParagraph >= 0 && _paragraph - x.InFocusParagraph <= ShortNameFocusReach) otherInFocus = true;
                    continue;
                }
                if (shortNamed != null) return null;
                shortNamed = x;
            }
            return otherInFocus ? null : shortNamed;
        }

        /// <summary>
        /// The title kept for a person: "Morningstar's Karin Anderson" → "Morningstar" (the employer), but no
        /// title from a person's possessive ("Obama's Susan Rice"); "biologists Jennifer Doudna and …" → "biologist".
        /// </summary>
        private string? TitleOf(string title)
        {
            var words = title.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) return null;
            var last = words[words.Length - 1];
            bool possessive = Possessive.EndsIn(last);
            if (possessive && words.All(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || w == "&" || Lexicon.IsAsWritten(w, WordGroup.OfComplement))))
            {
                var owner = PartyResolver.StripPossessive(title.Trim());
                var ownerWords = owner.Split(' ');
                bool person = ownerWords.Length <= PersonOwnerWords && !ownerWords.Any(w => Lexicon.IsOrganisationWord(w)) &&
                              (_fullNames.ContainsKey(ownerWords[ownerWords.Length - 1]) || Lexicon.GenderOfFirstName(ownerWords[0]) != '\0' ||
                               _entities.Any(x => x.Kind == EntityKind.Person && (x.Display == owner || x.LastWord == owner)));
                return person ? null : owner;
            }
            if (Lexicon.IsSpeakerNoun(last.ToLowerInvariant(), out var singular, out var plural) && plural && (char.IsLower(last[0]) || words.Length == 1))
                return string.Join(" ", words.Take(words.Length - 1).Concat(new[] { singular }));
            return title;
        }

        private Entity NewPerson(string name, char gender)
        {
            // (the given name is read only when no gender is told: the first of two or more words without the honorifics)
            if (gender == '\0' && PartyResolver.FirstBlankWords(PersonName.WithoutHonorifics(name), out var given, out _) > 1) gender = Lexicon.GenderOfFirstName(given!);
            var e = new Entity { Kind = EntityKind.Person, Display = name, Gender = gender };
            var manifest = _parties.FindPerson(name);
            if (manifest != null)
            {
                // the manifest's spelling of the person: one name for them in every document
                e.Display = manifest.Value.Name;
                e.FromManifest = true;
                e.Party = manifest.Value.Party;
            }
            return Add(e);
        }

        /// <summary>
        /// "Fran says" after "Fran Mercer": a given name alone is the person of that given name written
        /// before, only when one person of the document has it (a given name never merges two people).
        /// </summary>
        private Entity? ByGivenName(string given)
        {
            Entity? found = null;
            foreach (var x in _all)
            {
                if (x.Kind != EntityKind.Person) continue;
                var words = GivenWordsOf(x.Display);
                if (words.Length < 2 || !words[0].Equals(given, StringComparison.Ordinal)) continue;
                if (found != null && found.NameKey != x.NameKey) return null;
                found = x;
            }
            if (found == null) return null;
            // another full name of the document with that given name is another person
            foreach (var f in _fullNamesByGiven.TryGetValue(given, out var list) ? list : Enumerable.Empty<string>())
                if (_parties.KeyOf(f) != found.NameKey) return null;
            return found;
        }

        private string? PersonParty(Entity e)
        {
            // read at every mention of a person with no party yet: worked out again only when the display, title or role changed
            if (ReferenceEquals(e.PersonPartyOf.Display, e.Display) && ReferenceEquals(e.PersonPartyOf.Title, e.Title) && ReferenceEquals(e.PersonPartyOf.Role, e.Role))
                return e.PersonParty;
            e.PersonParty = PersonPartyUncached(e);
            e.PersonPartyOf = (e.Display, e.Title, e.Role);
            return e.PersonParty;
        }

        /// <summary>
        /// True when a person's title or role says they speak for no side, as <see cref="PersonPartyUncached"/> reads them: an
        /// expert (<see cref="ExpertByRole"/>), or one who works at a body of research, comments on the law or left the office
        /// (<see cref="OutsideOfficeByRole"/>); not one of no side only as a third country's official ("the Afghan President").
        /// </summary>
        internal static bool NoSideByRole(Entity e) => ExpertByRole(e) || OutsideOfficeByRole(e);

        /// <summary>
        /// "Ada Lund, an independent analyst in Lahore", "a former ministry analyst": an expert speaks for no side (the
        /// manifest's party of no side when it has one), whatever place or employer the role names; an academic title
        /// ("Professor Ada Lund of the Institute of …") too, unless a role of another kind stands beside it ("Professor Ada
        /// Lund, the planning minister") (not a rank written as a capitalised title, "Army Specialist Jo Bell": a soldier, no
        /// "maritime security specialist").
        /// </summary>
        private static bool ExpertByRole(Entity e) =>
            RoleNames(e.Role, SpeakerNounTag.Expert) ||
            RoleNames(e.Title, SpeakerNounTag.Expert) && !ExpertNounIsRank(e.Title) && (string.IsNullOrWhiteSpace(HeadPhrase(e.Role)) || PrivatePerson(e.Role));

        /// <summary>
        /// The roles of people who speak for no state by where they work or what they left (read after a private person's role,
        /// which gives no side at all): "Ada Lund, a South Asia specialist at a Washington think tank" and "Ada Lund, who teaches
        /// economics at a university in Lahore" (a body of research or teaching, whatever place its name holds) and "Ada Lund, who teaches
        /// law in Lahore" (a subject taught in a place); "Dr Ada Lund of
        /// the Institute of Peace Studies" (the body "of" brings in after the name) and "Dr Ada Lund of a regional think tank" (one
        /// no name says); "Jo Bell, a constitutional lawyer in
        /// Lahore" (a lawyer named by a field of law and no client comments on the law); "Lena Berg, a former Pentagon
        /// official", "retired Commodore Ali Shah" (one who left the office speaks for no side by it, whatever side it names).
        /// </summary>
        private static bool OutsideOfficeByRole(Entity e) =>
            MentionFacts.AtResearchBody(e.Role) || MentionFacts.TeachesAtResearchBody(e.Role) || MentionFacts.TeachesASubjectInAPlace(e.Role) || MentionFacts.IsResearchBodyName(e.Role) ||
            MentionFacts.OfUnnamedResearchBody(e.Role) ||
            MentionFacts.LawyerOfAField(e.Role) || MentionFacts.LawyerOfAField(e.Title) ||
            LeftOfficersOffice(e.Title) || LeftOfficersOffice(e.Role) || RetiredByBracketedMark(e);

        /// <summary>
        /// "Brigadier (retd) Ali Shah, who commanded a brigade in the north, said": a title with its bracketed mark of retirement
        /// (<see cref="MentionFacts.RetiredByBracketedMark"/>) speaks for no side by the rank it left, as "retired Brigadier Ali
        /// Shah" does, when no role beside it names an office held now (none, a relative clause, or a role its holder left): not
        /// "Lt Gen (retd) Ali Shah, the defence secretary", who holds the office of the role.
        /// </summary>
        private static bool RetiredByBracketedMark(Entity e) =>
            MentionFacts.RetiredByBracketedMark(e.Title) && (string.IsNullOrEmpty(e.Role) || RolePhrase.IsRelativeClause(e.Role) || MentionFacts.LeftOffice(e.Role));

        /// <summary>
        /// "retired Commodore", "a former Pentagon official": a role or title whose holder left an office (<see cref="MentionFacts.LeftOffice(string?)"/>),
        /// not a rank below the officers ("a retired havildar": <see cref="MentionFacts.LeftEnlistedRank"/>, a private person).
        /// </summary>
        private static bool LeftOfficersOffice(string? role) => MentionFacts.LeftOffice(role) && !MentionFacts.LeftEnlistedRank(role);

        private string? PersonPartyUncached(Entity e)
        {
            var manifest = _parties.FindPerson(e.Display);
            if (manifest != null) return manifest.Value.Party;
            // "Ada Lund, an independent analyst in Lahore", "a former ministry analyst": an expert speaks for no side (the
            // manifest's party of no side when it has one),
            // whatever place or employer the role names; an academic title ("Professor Ada Lund of the Institute of …") too,
            // unless a role of another kind stands beside it ("Professor Ada Lund, the planning minister")
            // (not a rank written as a capitalised title, "Army Specialist Jo Bell": a soldier, no "maritime security specialist")
            if (_parties.NoSide is { } noSide && ExpertByRole(e)) return noSide;
            // "Ayesha Siddiqui, a Pakistani graduate student", "a retired schoolteacher": a private person (no official, soldier or
            // spokesman in the role) speaks for no side, whatever nationality the role names, and was never in an office to leave
            if (PrivatePerson(e.Title) || PrivatePerson(e.Role)) return null;
            // "Ali Khan, a retired havildar whose grandson serves on the border": a veteran of the ranks is a private person too
            if (MentionFacts.LeftEnlistedRank(e.Title) || MentionFacts.LeftEnlistedRank(e.Role)) return null;
            // "Ali Khan, a retired engineer": one who left a trade that is no office left no office to speak by
            if (MentionFacts.LeftTrade(e.Title) || MentionFacts.LeftTrade(e.Role)) return null;
            if (OutsideOfficeByRole(e)) return _parties.NoSide;
            var core = RoleCore(e.Title) + " " + RoleCore(e.Role);
            var manifestParty = _parties.FromManifest(core);
            // "A Foreign Ministry spokesman in Oslo, Lin Wei, said": a bare office every state has, which the manifest gives a side,
            // is the one of the country whose city closes the role, when that is another country's (as it is for the description
            // alone, "a Foreign Ministry spokesman in Oslo said")
            if (manifestParty != null && ClosingPlaceParty(e.Role) is { } placed && !placed.Equals(manifestParty, StringComparison.Ordinal) &&
                _parties.NamedOnlyByBareOrganisation(core, manifestParty))
                return placed;
            // "Foreign Ministry spokesman Lin Wei" in a story filed from a capital of another side or of no side: a bare
            // office every country has is, as far as the text says, the dateline's country's, not surely the manifest's
            // (from a country of no side, that country's: BareOfficeAtThirdCountryHome)
            if (manifestParty != null && _home != null && SectionParty == null && TurnParty == null &&
                !_parties.MapCountry(_home).Equals(manifestParty, StringComparison.Ordinal) && _parties.NamedOnlyByBareOrganisation(core, manifestParty))
                return BareOfficeAtThirdCountryHome(e);
            if (manifestParty != null) return manifestParty;
            // "Jo Bell, a Western diplomat": an envoy of a region or a bloc, of no one state, is a foreign observer (the manifest's
            // party of the others, when it has one), never a side of the dispute
            if (MentionFacts.EnvoyOfABloc(HeadPhrase(e.Title) + " " + HeadPhrase(e.Role))) return _parties.Others;
            // "the ports committee, chaired by Senator Jo Bell": the side of the body the person leads, when the manifest names it
            if (_ledBodies.TryGetValue(e.NameKey, out var body) && _parties.FromManifest(body) is { } led) return led;
            // "Senator Jo Bell, a committee member, said" after "the Northland Ports Committee": the side of the body named before
            if (MemberOfBodyBefore(e) is { } member) return member;
            // "… sought comment from ISAF in Kabul. A spokesman there, Lt. Col. Jo Bell, said": the body the sentence before named
            if (SpokespersonThere(e) is { } there) return there;
            // "Senator Jo Bell, Republican of Ohio", "Rep. Ann Cole (D-Maine)": a U.S. lawmaker's party and state
            if (_parties.UsLawmakerParty(e.Title + " " + e.Role) is { } lawmaker) return lawmaker;
            // "Rep. Ann Cole (R-Ohio), a member of the committee, said": the label in brackets after the full name, where an
            // apposition after it gave the role, still says the lawmaker's party and state
            if (WrittenFullName(e) is { Employer: { } label } && _parties.UsLawmakerParty(label) is { } labelled) return labelled;
            // "Guests: Senator Jo Bell (PML-N)": a country's political party in brackets after the full name is the politician's, whose
            // side is the country's (as "PML-N leader Jo Bell" is)
            if (WrittenFullName(e) is { Employer: { } bracketed } && CountryTable.FindPoliticalParty(bracketed) != null && _parties.FromPoliticalParty(bracketed) is { } political) return political;
            // "The embassy's spokesman, Mark Stroh" after "the United States embassy in Islamabad": a bare mission's person
            if (BareMissionOwner(e.Title) || BareMissionOwner(e.Role)) return MissionSideInText();
            var head = HeadPhrase(e.Title) + " " + HeadPhrase(e.Role);
            // "A PPP worker, Ali Shah, said": a party's rank and file, named by the party alone, speak for no state
            if (PartyFollower(head)) return null;
            return (DescribesTheSpeaker(head) ? _parties.FromText(head) : null)
                ?? _parties.FromNationalInstitution(RoleCore(e.Role))
                // "PML-N's Khawaja Asif": a political party of a country written as the person's title (its possessive) is theirs
                ?? _parties.FromPoliticalParty(e.Title)
                ?? OfficeOfAPlace(RoleCore(e.Title)) ?? OfficeOfAPlace(RoleCore(e.Role))
                ?? OfficeAtHome(e)
                ?? RoleAtHome(e)
                ?? OfficeRoleAtHome(e)
                ?? OfficeAtStandfirstPlace(e)
                ?? StaffAtOpeningInstitution(e)
                ?? RankOfOneNamedArmy(e)
                ?? OfficeOfSomeCountriesByRole(e);
        }

        /// <summary>
        /// "the local MNA, Ali Khan," in a story filed from Lahore, "Ali Khan, the MPA from a Sahiwal constituency" in a text with
        /// no dateline that names Pakistan: a person whose role's head (before its first preposition) is an office of some
        /// countries only (office-countries.txt lists them), with no word before it but an article and lower-case words that name
        /// no past ("a former MNA" left it), no outsider and no owner, serves the dateline's country where the office exists
        /// there, else, with no dateline, the one of the office's countries the text names (none of the others named); not under
        /// a heading or turn of a side. The sentence may name other countries: the office is none of theirs.
        /// </summary>
        private string? OfficeOfSomeCountriesByRole(Entity e)
        {
            if (SectionParty != null || TurnParty != null || _document == null || WrittenFullName(e) is not { } written) return null;
            var words = HeadPhrase(e.Role).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            // (the definite role set off before the name, "the local MNA, Ali Khan,", where the role read is another)
            if ((words.Length == 0 || Lexicon.OfficeOnlyIn(words[words.Length - 1]) == null) && written.Definite && written.RoleNoun != null)
                words = ((written.RoleWords ?? "") + " " + written.RoleNoun).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            // (a role set off before the name that is no such office, "The chief guest, Ali Khan, a ruling party MNA from the
            // district, said": the office is the one the role set off right after the name gives)
            if ((words.Length == 0 || Lexicon.OfficeOnlyIn(words[words.Length - 1]) == null) && RoleSetOffAfterName(written) is { } after)
                words = after;
            if (words.Length == 0 || Lexicon.OfficeOnlyIn(words[words.Length - 1]) is not { } countries) return null;
            for (int i = 0; i < words.Length - 1; i++)
            {
                var w = words[i];
                if (Lexicon.Is(w, WordTag.Determiner)) continue;
                if (!char.IsLower(w[0]) || !char.IsLetter(w[w.Length - 1]) || Lexicon.Is(w, WordSense.PastOffice) || Lexicon.Is(w, WordTag.Outsider) ||
                    Lexicon.Is(w, WordTag.Possessive)) return null;
            }
            if (_home != null)
            {
                foreach (var name in countries)
                    if (CountryTable.Find(name) is { } c && c == _home) return _parties.MapCountry(_home);
                return null;
            }
            Country? named = null;
            foreach (var name in countries)
            {
                if (CountryTable.Find(name) is not { } c || !TextNames(c, formsOnly: true)) continue;
                if (named != null) return null;
                named = c;
            }
            return named == null ? null : _parties.MapCountry(named);
        }

        /// <summary>
        /// "The chief guest, Ali Khan, a ruling party MNA from the district, said": the words of the role set off by a comma right
        /// after where the full name is written, opened by an article and read up to its first preposition (the head phrase),
        /// closed by that preposition or a comma; null when no such role stands there (the name closes no apposition, or a verb,
        /// a capitalised name or a quotation follows the comma).
        /// </summary>
        private string[]? RoleSetOffAfterName(FullName written)
        {
            if (_document == null || written.Paragraph >= _document.Paragraphs.Count) return null;
            var p = _document.Paragraphs[written.Paragraph];
            var tk = p.Tokens;
            int x = p.TokenAt(written.Start), nameEnd = written.Start + written.Name.Length;
            while (x < tk.Count && tk[x].End <= nameEnd) x++;
            if (x + 2 >= tk.Count || !tk[x].Is(",") || !tk[x + 1].IsLowerWord || !tk[x + 1].Has(WordClass.Article)) return null;
            int a = x + 1, e = a + 1;
            while (e < tk.Count && e - a < RoleAfterNameWords && tk[e].IsWord && !Lexicon.Is(tk[e].Lower, WordTag.Preposition) && !IsCueVerb(tk[e])) e++;
            if (e == a + 1 || e >= tk.Count || !(tk[e].Is(",") || tk[e].IsWord && Lexicon.Is(tk[e].Lower, WordTag.Preposition))) return null;
            var words = new string[e - a];
            for (int i = a; i < e; i++) words[i - a] = tk[i].Text;
            return words;
        }

        /// <summary>At most this many words in the head phrase of a role set off after a name ("a ruling party MNA": four).</summary>
        private const int RoleAfterNameWords = 6;

        private static bool IsCueVerb(Token t) => t.CueVerb != null;

        /// <summary>
        /// "Jo Bell, the revenue minister of Khyber Pakhtunkhwa", "Governor of Khyber Pakhtunkhwa Jo Bell": an office's noun
        /// (speaker-nouns.txt 'office') whose "of" names nothing but a country or a province of one (the country table's, with
        /// or without "the") is that country's office: its party; null for any other role ("a critic of Pakistan", "the
        /// president of the Pakistan Cricket Board").
        /// </summary>
        private string? OfficeOfAPlace(string role)
        {
            var head = HeadPhrase(role);
            int last = head.LastIndexOf(' ');
            if (head.Length == 0 || !Lexicon.IsSpeakerNoun(last < 0 ? head : head.Substring(last + 1), SpeakerNounTag.Office)) return null;
            int at = role.IndexOf(head, StringComparison.Ordinal);
            if (at < 0) return null;
            var rest = role.Substring(at + head.Length).Trim();
            // "of" (words.txt 'of-complement'), then the place, with or without "the" (words.txt 'definite-article')
            if (PastFirstWord(rest, WordGroup.OfComplement) is not { } place) return null;
            place = PastFirstWord(place, WordGroup.DefiniteArticle) ?? place;
            return CountryTable.Find(place) is { } country ? _parties.MapCountry(country) : null;
        }

        /// <summary>
        /// The text after its first word and the blank after it, when that word, exactly as written, is of the group (words.txt);
        /// else null.
        /// </summary>
        private static string? PastFirstWord(string text, WordGroup group)
        {
            int blank = text.IndexOf(' ');
            return blank > 0 && Lexicon.IsAsWritten(text.Substring(0, blank), group) ? text.Substring(blank + 1) : null;
        }

        /// <summary>
        /// "Havildar Gul Khan was on watch at the post" in a text with no dateline: a rank of the armies of a few countries only
        /// (office-countries.txt, a rank of titles.txt written as the title) serves the one of those countries the text names,
        /// when it names one of them alone (a story of a Pakistani post that names no India), as a rank with a dateline serves
        /// the dateline's country; not when the sentence that writes the title names another country, nor under a heading or
        /// turn of a side (that side says whose it is).
        /// </summary>
        private string? RankOfOneNamedArmy(Entity e)
        {
            if (_home != null || SectionParty != null || TurnParty != null || _document == null) return null;
            if (!_titledNames.TryGetValue(e.NameKey, out var written) || written.Title is not { } title || !PersonName.IsRankOnly(title)) return null;
            if (Lexicon.OfficeOnlyIn(title) is not { } countries) return null;
            Country? army = null;
            foreach (var name in countries)
            {
                if (CountryTable.Find(name) is not { } c || !TextNames(c, formsOnly: true)) continue;
                if (army != null) return null;
                army = c;
            }
            return army == null || WrittenBesideAnotherCountry(written, army) ? null : _parties.MapCountry(army);
        }

        /// <summary>
        /// "At the White House, press secretary Jay Carney said …", "At the Pentagon, spokesman Col. Dave Lapan told reporters …":
        /// a person whose job, written in lower case right before the full name (a post on a body's staff, as news writes it,
        /// not an office in capitals: "At the White House, Prime Minister Ali Shah" may be a visitor), stands right after the
        /// comma of the side's institution that opens the sentence (<see cref="OpeningInstitutionSide(AnalysedParagraph, int)"/>)
        /// speaks for that institution's side, as "At the Pentagon, officials said" does. Not a job that names a country, nor an
        /// office whose holder speaks abroad; not under a heading or in a turn of a side.
        /// </summary>
        private string? StaffAtOpeningInstitution(Entity e)
        {
            if (SectionParty != null || TurnParty != null || _document == null) return null;
            if (WrittenFullName(e) is not { } written || written.Paragraph >= _document.Paragraphs.Count) return null;
            var p = _document.Paragraphs[written.Paragraph];
            var tk = p.Tokens;
            int k = p.TokenAt(written.Start);
            if (k >= tk.Count || tk[k].Start != written.Start) return null;
            // the job's words back to the comma: every one a word, the first in lower case
            int t = k;
            while (t > 0 && tk[t - 1].IsWord) t--;
            if (t == k || t < 1 || !tk[t - 1].Is(",") || !tk[t].IsLowerWord) return null;
            var job = MentionParser.Join(tk, t, k);
            // (the job is the person's title or role as the resolver read it: "reporters asked Jo Bell" is no job)
            if (!string.Equals(job, e.Role, StringComparison.OrdinalIgnoreCase) && !string.Equals(job, e.Title, StringComparison.OrdinalIgnoreCase) &&
                !string.Equals(job, written.Title, StringComparison.OrdinalIgnoreCase)) return null;
            if (CountryTable.Scan(job, out _) != null || PersonName.IsAbroadOffice(job)) return null;
            return OpeningInstitutionSide(p, t);
        }

        /// <summary>
        /// "BEIJING, May 3 - … Foreign Ministry spokesman Lin Wei said": a person whose office is a bare one every country has
        /// (a ministry named by its portfolio alone), in a story filed from a country that no side of the dispute is (the
        /// dateline's country is the manifest's party of the others), speaks for that party: a third country's press names its
        /// own government's offices bare and another's with the country ("Pakistani Foreign Ministry spokesman"). Null from a
        /// side's capital, where the bare office may be either side's, and when the sentence that writes the full name names
        /// another country (<see cref="WrittenBesideAnotherCountry"/>).
        /// </summary>
        private string? BareOfficeAtThirdCountryHome(Entity e)
        {
            if (_home == null || _parties.Others is not { } others || !_parties.MapCountry(_home).Equals(others, StringComparison.Ordinal)) return null;
            return WrittenFullName(e) is { } written && !WrittenBesideAnotherCountry(written, _home) ? others : null;
        }

        /// <summary>
        /// "The Defence Secretary, Lt Gen (retd) Ali Shah, …": the office of titles.txt written, every word capitalised, between a
        /// definite article that opens the sentence of the name at token <paramref name="k"/> and a comma before the name, with no
        /// other comma between it and the name (a title of rank may stand there); null when the sentence opens otherwise.
        /// </summary>
        private static string? OpeningOffice(AnalysedParagraph p, int k)
        {
            var tk = p.Tokens;
            if (k <= 0 || k >= tk.Count) return null;
            int s = p.Sentences[p.SentenceOf(k)].Start;
            if (!tk[s].IsWord || !Lexicon.Is(tk[s].Lower, WordGroup.DefiniteArticle)) return null;
            int c = s + 1;
            while (c < k && tk[c].IsWord && tk[c].IsCapitalized) c++;
            if (c == s + 1 || c >= k || !tk[c].Is(",")) return null;
            for (int i = c + 1; i < k; i++)
                if (tk[i].Is(",")) return null;
            var office = MentionParser.Join(tk, s + 1, c);
            return PersonName.IsOffice(office) ? office : null;
        }

        /// <summary>How many paragraphs open a text as its headline and standfirst, where an undated text says where it is from.</summary>
        private const int StandfirstParagraphs = 2;

        /// <summary>
        /// "The Defence Secretary, Lt Gen (retd) Ali Shah, … He spoke to the Frontier Review in his office in Rawalpindi": in a text
        /// with no dateline, a person introduced in its opening paragraphs (<see cref="StandfirstParagraphs"/>) with a definite
        /// role that is an office of titles.txt naming no country ("Defence Secretary", "Interior Minister") speaks for the
        /// country of the places that paragraph names (the standfirst says where the text is from, as a dateline does): every
        /// place of it (<see cref="CountryTable.FindPlace"/>) of one country, no sentence of it naming another
        /// (<see cref="SpeakerResolution.NamesAnotherCountry"/>), and the office one that country has (office-countries.txt).
        /// Not an office whose holder speaks abroad, nor under a heading or turn of a side.
        /// </summary>
        private string? OfficeAtStandfirstPlace(Entity e)
        {
            if (_home != null || SectionParty != null || TurnParty != null || _document == null) return null;
            if (WrittenFullName(e) is not { } written || written.Paragraph >= StandfirstParagraphs || written.Paragraph >= _document.Paragraphs.Count) return null;
            var p = _document.Paragraphs[written.Paragraph];
            if (OpeningOffice(p, p.TokenAt(written.Start)) is not { } office || !PersonName.IsHomeOfficeOfNoCountry(office)) return null;
            Country? place = null;
            for (int k = 0; k < p.Tokens.Count; k++)
            {
                if (!p.Tokens[k].IsWord || !p.Tokens[k].IsCapitalized || CountryTable.FindPlace(p.Tokens[k].Text) is not { } c) continue;
                if (place != null && place != c) return null;
                place = c;
            }
            if (place == null || Lexicon.OfficeExistsIn(office, place.Name) == false) return null;
            for (int si = 0; si < p.Sentences.Count; si++)
                if (SpeakerResolution.NamesAnotherCountry(p, p.Sentences[si].Start, place)) return null;
            return _parties.MapCountry(place);
        }

        /// <summary>
        /// "The political agent, Amjad Khan," in a story filed from Peshawar: a person set off with a definite role that is an
        /// office of some countries only (office-countries.txt), where the full name is written, speaks for the dateline's country
        /// when the office exists there; not under a heading or turn of a side, nor when the sentence names another country.
        /// </summary>
        private string? OfficeRoleAtHome(Entity e)
        {
            if (_home == null || SectionParty != null || TurnParty != null || _document == null) return null;
            if (WrittenFullName(e) is not { } written || !written.Definite || written.RoleNoun == null) return null;
            var office = string.IsNullOrEmpty(written.RoleWords) ? written.RoleNoun : written.RoleWords + " " + written.RoleNoun;
            if (Lexicon.OfficeExistsIn(office, _home.Name) != true || WrittenBesideAnotherCountry(written, _home)) return null;
            return _parties.MapCountry(_home);
        }

        /// <summary>
        /// "Firdous Awan, the information minister, said", "the information minister, Firdous Awan": a person set off with a bare
        /// role of a state's office (its head a speaker noun tagged 'local', "minister", "official", "spokesman"; every word
        /// lower case, no complement, no outsider's word) in a story filed from a country speaks for that country, as the same
        /// office written as a title does ("Information Minister Firdous Awan") and as "the minister said" does; not under a
        /// heading or turn of a side, nor when the sentence that first names the person names another country.
        /// </summary>
        private string? RoleAtHome(Entity e)
        {
            if (_home == null || SectionParty != null || TurnParty != null || !BareLocalRole(e.Role) || _document == null) return null;
            if (WrittenFullName(e) is not { } written || WrittenBesideAnotherCountry(written, _home)) return null;
            return _parties.MapCountry(_home);
        }

        /// <summary>The entity's full name where the text writes it (the first of that surname, when it is this entity's); null otherwise.</summary>
        private FullName? WrittenFullName(Entity e) =>
            _fullNames.TryGetValue(PartyResolver.LastWord(e.Display), out var written) && _parties.KeyOf(written.Name) == e.NameKey ? written : null;

        /// <summary>
        /// True when the sentence that writes the full name names a country other than <paramref name="country"/> (or the name's
        /// place cannot be read): the office written there may be that other country's.
        /// </summary>
        private bool WrittenBesideAnotherCountry(FullName written, Country country)
        {
            if (_document == null || written.Paragraph >= _document.Paragraphs.Count) return true;
            var p = _document.Paragraphs[written.Paragraph];
            int k = p.TokenAt(written.Start);
            return k >= p.Tokens.Count || SpeakerResolution.NamesAnotherCountry(p, k, country);
        }

        /// <summary>
        /// True for a title of a state's office written in sentence case before a name, as South Asian and British papers write
        /// it ("Opposition leader Nisar Khan", "Defence minister Ali Shah"): its first word capitalised, the others lower case,
        /// and the words capitalised, all of them, one office of titles.txt ("Opposition Leader", "Defence Minister"; not
        /// "AFL-CIO president"), not one that speaks abroad and with no country in it; the holder speaks for the dateline's country as the title written in capitals does.
        /// </summary>
        internal static bool SentenceCaseOffice(string? role)
        {
            if (string.IsNullOrWhiteSpace(role)) return false;
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !char.IsUpper(words[0][0])) return false;
            var capitalised = new string[words.Length];
            capitalised[0] = words[0];
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (!char.IsLower(w[0]) || !char.IsLetter(w[w.Length - 1])) return false;
                capitalised[i] = char.ToUpperInvariant(w[0]) + w.Substring(1);
            }
            // the capitalised words are one office's title whole ("Opposition Leader"), not a name with a title inside it
            // ("AFL-CIO president": a union's president is no office of a state)
            var t = PersonName.TitleAt(capitalised, 0);
            if (t == null || t.Words.Length != capitalised.Length || !t.Office || t.Abroad) return false;
            return CountryTable.Scan(string.Join(" ", capitalised), out _) == null;
        }

        /// <summary>True for a bare role of a state's office: see <see cref="RoleAtHome"/> ("the information minister", "a senior official").</summary>
        private static bool BareLocalRole(string? role)
        {
            if (string.IsNullOrWhiteSpace(role)) return false;
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLower(w[0]) || !char.IsLetter(w[w.Length - 1])) return false;
                if (Lexicon.Is(w, WordTag.Preposition) || Lexicon.Is(w, WordTag.Relative) || Lexicon.Is(w, WordTag.Outsider) || Lexicon.Is(w, WordTag.Possessive)) return false;
                // ("an alliance spokeswoman": the joint force's, no office of the place the story is filed from)
                if (i < words.Length - 1 && Joint(w)) return false;
            }
            return Lexicon.IsSpeakerNoun(words[words.Length - 1], SpeakerNounTag.Local);
        }

        /// <summary>True when the head phrase of a title or role, before its first preposition, holds a speaker noun of one of the tags ("a senior defence analyst": expert).</summary>
        private static bool RoleNames(string? role, SpeakerNounTag tags)
        {
            if (string.IsNullOrEmpty(role)) return false;
            foreach (var w in HeadPhrase(role).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsSpeakerNoun(w, tags)) return true;
            return CoordinatedHeadNames(role!, tags);
        }

        /// <summary>
        /// True when a word of a title that names an expert is, as written, an armed force's rank (titles.txt 'rank'): "Army
        /// Specialist Jo Bell" is a soldier, "maritime security specialist Jo Bell" an expert.
        /// </summary>
        private static bool ExpertNounIsRank(string? title)
        {
            if (string.IsNullOrEmpty(title)) return false;
            foreach (var w in title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsSpeakerNoun(w, SpeakerNounTag.Expert) && PersonName.IsRankOnly(w)) return true;
            return false;
        }

        /// <summary>
        /// True when the words after a bare "and" or "or" that ends a role's head phrase, up to the next preposition, hold a
        /// speaker noun of one of the tags: "a political and defence analyst", "a lawyer and analyst" (the head phrase stops
        /// at the coordinator, which the lexicon reads as a preposition; "and a"/"and an" already ended the role's core).
        /// </summary>
        private static bool CoordinatedHeadNames(string role, SpeakerNounTag tags)
        {
            var words = RoleCore(role).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int k = 0;
            while (k < words.Length && !Lexicon.Is(words[k], WordTag.Preposition)) k++;
            if (k == 0 || k >= words.Length - 1 || !Lexicon.IsAsWritten(words[k], WordClass.ListCoordinator)) return false;
            for (int i = k + 1; i < words.Length && !Lexicon.Is(words[i], WordTag.Preposition); i++)
                if (Lexicon.IsSpeakerNoun(words[i], tags)) return true;
            return false;
        }

        /// <summary>
        /// "a retired schoolteacher", "a former student": a description whose head names a private person (speaker-nouns.txt
        /// 'private') and whose modifiers name no one who speaks for an institution ("a retired army officer" does).
        /// </summary>
        private static bool PrivateHead(Mention m)
        {
            if (!Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Private)) return false;
            for (int i = 0; i < m.Modifiers.Count; i++)
                if (Lexicon.IsSpeakerNoun(m.Modifiers[i].ToLowerInvariant(), SpeakerNounTag.Institutional)) return false;
            return true;
        }

        /// <summary>
        /// "a Pakistani graduate student in the audience": a role whose head phrase names a private person and no one who
        /// speaks for an institution ("a student spokesman", "a Pakistani military spokesman" do).
        /// </summary>
        private static bool PrivatePerson(string? role) =>
            RoleNames(role, SpeakerNounTag.Private) && !RoleNames(role, SpeakerNounTag.Institutional);

        /// <summary>
        /// "Defence Minister Ahmed Mukhtar" in a story filed from Pakistan: the holder of a public office
        /// written with no country (in the title or the role) speaks for the dateline's country, or for the side a section
        /// heading over it names (<see cref="SectionParty"/>).
        /// </summary>
        private string? OfficeAtHome(Entity e)
        {
            // the title as written with the full name, in a sentence about no other country
            // ("At the Pentagon, spokesman Navy Capt. Jo Bell said the United States …" is no local official); under a
            // heading that names a side the heading says whose office it is, whatever countries the sentence names
            if (!_titledNames.TryGetValue(e.NameKey, out var written)) return null;
            // "Secretary of State Jo Bell" or "Ambassador Jo Bell" in a story filed from another capital: the holder of an
            // office that speaks abroad, so neither the dateline nor the cabinet the text names says whose office it is
            if (SectionParty == null && PersonName.IsAbroadOffice(written.Title)) return null;
            // "In Washington, Senator Jo Bell said": a place that opens the sentence that writes a legislator's title, in a sentence
            // naming no other country, says whose seat it is as a dateline does, with or without a dateline of another country (a
            // minister or an officer so placed may be visiting: "In Copenhagen, Foreign Secretary Ilse Marten spoke")
            var scene = SectionParty == null && PersonName.IsLegislator(written.Title) ? written.SceneCountry : null;
            if (scene == null && SectionParty == null && _home == null) return CabinetMember(e, written);
            if (scene == null && SectionParty == null && written.AbroadSentence) return null;
            var title = written.Title!;
            // (under a side's heading, the holder of any role: "NATO" over "Secretary-General Jo Bell")
            // ("Opposition leader Nisar Khan": the office's title in sentence case, SentenceCaseOffice)
            if (!(PersonName.IsOffice(title) || SentenceCaseOffice(title) || SectionParty != null && PersonName.HoldsRole(title))) return null;
            if (CountryTable.Scan(title, out _) != null || e.Title != null && CountryTable.Scan(e.Title, out _) != null || e.Role != null && CountryTable.Scan(e.Role, out _) != null) return null;
            // "Leader of the Opposition Jo Khan" in a story filed from Washington: an office of some countries only
            // (office-countries.txt) is the dateline's (or the opening place's) country's only where it exists
            var home = scene ?? _home!;
            if (SectionParty == null && Lexicon.OfficeExistsIn(title, home.Name) == false) return null;
            // "Sgt. Jo Bell, a mechanic from Ohio" in a dispatch from Kandahar: a rank of an armed force (titles.txt 'rank'), with no
            // army or country written for its holder, is the dateline's country's only where that country is a side of the
            // dispute (a country's own press: "Brig. Ali Khan said" in a Rawalpindi daily); a country no side is (the manifest's
            // party of the others) hosts foreign troops as often as its own, so the rank says no side
            if (SectionParty == null && scene == null && _parties.Others is { } others && PersonName.IsRankOnly(title) &&
                _parties.MapCountry(home).Equals(others, StringComparison.Ordinal)) return null;
            return SectionParty ?? _parties.MapCountry(home);
        }

        /// <summary>
        /// "Information Minister Jo Bell" in a text with no dateline that names "Northland's Defence Committee of the Cabinet": a
        /// member of a cabinet by title (its last word a speaker noun tagged 'cabinet'), with no country written in the title or
        /// the role, serves the one country whose cabinet the text names (<see cref="CabinetCountryInText"/>), when the sentence
        /// that gives the title names no other country; else null.
        /// </summary>
        private string? CabinetMember(Entity e, FullName written)
        {
            var title = written.Title!;
            int space = title.LastIndexOf(' ');
            if (!Lexicon.IsSpeakerNoun(space < 0 ? title : title.Substring(space + 1), SpeakerNounTag.Cabinet) || !PersonName.IsOffice(title)) return null;
            if (CountryTable.Scan(title, out _) != null || e.Title != null && CountryTable.Scan(e.Title, out _) != null || e.Role != null && CountryTable.Scan(e.Role, out _) != null) return null;
            if (_document == null || CabinetCountryInText() is not { } country || WrittenBesideAnotherCountry(written, country)) return null;
            return _parties.MapCountry(country);
        }

        /// <summary>How many words before a cabinet's word its name may stand with its country ("Northland's Defence Committee of the Cabinet").</summary>
        private const int CabinetNameWords = 5;

        /// <summary>
        /// The one country whose cabinet (organisation-words.txt 'cabinet') the text names: in the capitalised words, "of" and
        /// articles right before the cabinet's word ("Northland's Defence Committee of the Cabinet", "the Southern cabinet"), or
        /// in "of" and a name right after it ("the cabinet of Northland"); null when no cabinet, or those of two countries, are
        /// named. Worked out once a document.
        /// </summary>
        private Country? CabinetCountryInText()
        {
            if (_cabinetCountryRead) return _cabinetCountry;
            _cabinetCountryRead = true;
            Country? found = null;
            foreach (var ap in _document!.Paragraphs)
            {
                var tk = ap.Tokens;
                for (int k = 0; k < tk.Count; k++)
                {
                    if (!tk[k].IsWord || !Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.Cabinet)) continue;
                    int a = k;
                    while (a > 0 && k - a < CabinetNameWords && tk[a - 1].IsWord &&
                           (tk[a - 1].IsCapitalized || Lexicon.Is(tk[a - 1].Lower, WordClass.Article) || tk[a - 1].Has(WordGroup.OfComplement))) a--;
                    int b = k + 1;
                    if (b + 1 < tk.Count && tk[b].IsWord && tk[b].Has(WordGroup.OfComplement))
                        for (b++; b < tk.Count && b - k <= CabinetNameWords && tk[b].IsWord && (tk[b].IsCapitalized || Lexicon.Is(tk[b].Lower, WordClass.Article)); b++) { }
                    else b = k + 1;
                    var country = a < k ? CountryTable.Scan(ap.Text.Substring(tk[a].Start, tk[k].Start - tk[a].Start), out _) : null;
                    country ??= b > k + 1 ? CountryTable.Scan(ap.Text.Substring(tk[k].End, tk[b - 1].End - tk[k].End), out _) : null;
                    if (country == null) continue;
                    if (found != null && found != country) return _cabinetCountry = null;
                    found = country;
                }
            }
            return _cabinetCountry = found;
        }

        private bool _cabinetCountryRead;
        private Country? _cabinetCountry;

        /// <summary>How many capitalised words a city's name may have between "our" and the outlet's correspondent ("our New Delhi correspondent").</summary>
        private const int CorrespondentPlaceWords = 2;

        /// <summary>
        /// The country of the city or country written between an own-outlet determiner and a newsroom noun ("our Rawalpindi
        /// correspondent", "our Washington bureau": words.txt 'own-outlet', 'newsroom') after the mention, in its sentence; null when
        /// there is none.
        /// </summary>
        private static Country? OwnCorrespondentPlaceAfter(AnalysedParagraph ap, Mention m)
        {
            var tk = ap.Tokens;
            int end = tk.Count;
            foreach (var (s0, s1) in ap.Sentences)
                if (m.Start >= s0 && m.Start < s1) { end = s1; break; }
            for (int k = m.End; k + 2 < end; k++)
            {
                if (!tk[k].IsLowerWord || !Lexicon.Is(tk[k].Lower, WordSense.OwnOutlet)) continue;
                int b = k + 1;
                while (b < end && b - k <= CorrespondentPlaceWords && tk[b].IsWord && tk[b].IsCapitalized) b++;
                if (b == k + 1 || b >= end || !tk[b].IsLowerWord || !Lexicon.Is(tk[b].Lower, WordSense.Newsroom)) continue;
                var place = ap.Text.Substring(tk[k + 1].Start, tk[b - 1].End - tk[k + 1].Start);
                return CountryTable.FindCity(place) ?? CountryTable.FindCountryOrCapital(place);
            }
            return null;
        }

        /// <summary>How many capitalised words before a state's force's word its country may stand in ("the Pakistan Army", "Pakistan's army").</summary>
        private const int ForceCountryWords = 2;

        /// <summary>
        /// The one country whose armed service of the word <paramref name="force"/> (organisation-words.txt 'national-force': "army")
        /// the text names, by the capitalised words right before it ("the Pakistan Army", "Pakistan's army", "the Pakistani army");
        /// null when it names none, or those of two countries ("the Afghan army" beside "the U.S. Army"). Worked out once a document
        /// for each word.
        /// </summary>
        private Country? ForceCountryInText(string force)
        {
            if (_document == null) return null;
            _forceCountries ??= new Dictionary<string, Country?>(StringComparer.Ordinal);
            if (_forceCountries.TryGetValue(force, out var known)) return known;
            Country? found = null;
            bool two = false;
            foreach (var ap in _document.Paragraphs)
            {
                var tk = ap.Tokens;
                for (int k = 1; k < tk.Count && !two; k++)
                {
                    if (!tk[k].IsWord || !string.Equals(Possessive.Strip(tk[k].Lower), force, StringComparison.Ordinal)) continue;
                    int a = k;
                    while (a > 0 && k - a < ForceCountryWords && tk[a - 1].IsWord && tk[a - 1].IsCapitalized) a--;
                    if (a == k) continue;
                    var country = CountryTable.Scan(ap.Text.Substring(tk[a].Start, tk[k].Start - tk[a].Start), out _);
                    if (country == null) continue;
                    if (found != null && found != country) two = true;
                    found = country;
                }
                if (two) break;
            }
            return _forceCountries[force] = two ? null : found;
        }

        private Dictionary<string, Country?>? _forceCountries;

        /// <summary>
        /// "the military's media wing", "the army's press wing": the bare institution's word (organisation-words.txt 'institutional')
        /// that owns an organisation's part, written as the first of the description's modifiers in the possessive with only
        /// lower-case words after it; null otherwise ("Pakistan's military's wing" names its side, and is read so).
        /// </summary>
        private static string? BareInstitutionOwner(Mention m)
        {
            var mods = m.Modifiers;
            if (mods.Count == 0 || !Possessive.EndsIn(mods[0])) return null;
            foreach (var w in mods)
                if (w.Length == 0 || !char.IsLower(w[0])) return null;
            var owner = Possessive.Strip(mods[0]);
            return Lexicon.IsOrganisationWord(owner, OrganisationWordTag.Institutional) ? owner : null;
        }

        /// <summary>
        /// A nationality in a role is the speaker's own ("Chinese Foreign Ministry spokeswoman", "former
        /// Pakistani envoy") only when nothing but titles and common words stands before it; after an
        /// employer's name or a possessive ("IHS Global Insight chief U.S. economist", "the Telegraph's US
        /// correspondent") it says what the work is about, not whom the speaker speaks for.
        /// </summary>
        internal static bool DescribesTheSpeaker(string role)
        {
            var words = CountryTable.Words(role);
            if (CountryTable.Scan(role, out int at) == null) return true;
            for (int i = 0; i < at && i < words.Count; i++)
            {
                var w = words[i];
                if (Possessive.EndsIn(w)) return false;
                if (char.IsUpper(w[0]) && !Lexicon.IsTitleWord(w) && !Lexicon.IsSpeakerNoun(w.ToLowerInvariant(), out _, out _) &&
                    CountryTable.Find(w) == null && i > 0) return false;
            }
            return true;
        }

        /// <summary>The part of a role that says whom the person works for ("a deputy State Department spokesman"), not what they support.</summary>
        internal static string RoleCore(string? role)
        {
            if (string.IsNullOrEmpty(role)) return "";
            var r = role!;
            // each cut shortens the role read so far, role[0..length): the cuts are searched in place, and the core is cut out
            // once at the end (a string for every cut, and one for every blank-led cut not found, before; issue #10)
            int length = r.Length;
            foreach (var cut in RoleCoreCuts)
            {
                int i = length >= cut.Length ? r.IndexOf(cut, 0, length, StringComparison.Ordinal) : -1;
                if (i >= 0 && i + cut.Length <= length) length = i;
                // "who met Prime Minister Ulla Berg": a role that is a relative clause from its first word says what the
                // person did, not whom they work for (the cut without its blank opens the role read so far)
                else if (cut[0] == ' ' && length >= cut.Length - 1 && string.CompareOrdinal(r, 0, cut, 1, cut.Length - 1) == 0) return "";
            }
            return length == r.Length ? r : r.Substring(0, length);
        }

        /// <summary>
        /// "PPP worker", "PML-N activist": a head phrase whose last word is a noun of a party's rank and file
        /// (speaker-nouns.txt 'follower') and whose other words name a country's political party (countries.txt, fifth column):
        /// no state's side.
        /// </summary>
        private static bool PartyFollower(string head)
        {
            // (the last word looked at first, with no array of the words: most heads end in no follower's noun)
            int last = head.Length;
            while (last > 0 && head[last - 1] == ' ') last--;
            int first = last;
            while (first > 0 && head[first - 1] != ' ') first--;
            int gap = first;
            while (gap > 0 && head[gap - 1] == ' ') gap--;
            if (gap == 0 || !Lexicon.IsSpeakerNoun(MentionFacts.WordOf(head, first, last), SpeakerNounTag.Follower)) return false;
            var words = head.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            var before = string.Join(" ", words, 0, words.Length - 1);
            return CountryTable.ScanPoliticalParty(CountryTable.Words(before)) != null;
        }

        /// <summary>The role up to its first preposition: "professor at X in Germany" → "professor".</summary>
        internal static string HeadPhrase(string? role)
        {
            var r = RoleCore(role);
            // the words before the first preposition, joined by single blanks (what Split and Join gave); a role written
            // with single blanks and none at its start is cut out in one piece (or is the phrase itself), with no array
            // of its words and no join
            bool single = r.Length == 0 || r[0] != ' ';
            int i = 0, end = 0, n = 0;
            while (true)
            {
                int blanks = 0;
                while (i < r.Length && r[i] == ' ') { i++; blanks++; }
                if (i >= r.Length) break;
                if (n > 0 && blanks != 1) single = false;
                int s = i;
                while (i < r.Length && r[i] != ' ') i++;
                if (Lexicon.Is(s == 0 && i == r.Length ? r : r.Substring(s, i - s), WordTag.Preposition)) break;
                n++;
                end = i;
            }
            if (!single)
            {
                var words = r.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                return string.Join(" ", words, 0, n);
            }
            return end == r.Length ? r : r.Substring(0, end);
        }

        // the separators of RoleCore and CleanRole, made once (an array at every call before)
        private static readonly string[] RoleCoreCuts = { " but ", " who ", " which ", ";", " and a ", " and an ", " while " };
        private static readonly string[] CleanRoleCuts = { " who ", " whose ", " which ", " where ", " and who " };
        private static readonly string[] CleanRoleAdverbs = { "now ", "then ", "also ", "currently " };
        private static readonly string[] CleanRoleDeterminers = { "a ", "an ", "the " };
        private static readonly char[] RoleEndMarks = { ',', ';', ':' };

        internal static string CleanRole(string role)
        {
            var r = role.Trim().TrimEnd(RoleEndMarks);
            // keep the apposition, not the clause that goes on after it:
            // "a recent transplant who was part of the design team" → "recent transplant"
            foreach (var cut in CleanRoleCuts)
            {
                int i = r.IndexOf(cut, StringComparison.Ordinal);
                if (i > 0) r = r.Substring(0, i).TrimEnd(',');
            }
            foreach (var adverb in CleanRoleAdverbs)
                if (r.StartsWith(adverb, StringComparison.Ordinal) && r.Length > adverb.Length + 2) r = r.Substring(adverb.Length);
            foreach (var det in CleanRoleDeterminers)
                if (r.StartsWith(det, StringComparison.Ordinal)) return r.Substring(det.Length);
            return r;
        }

        public Entity ResolveOrganisation(string name)
        {
            name = name.Trim();
            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name.Substring(4);
            name = PartyResolver.StripPossessive(name);
            var e = OrganisationNamed(name);
            if (e != null) return e;
            // "the Department" written alone: the organisation of that head word named before ("the Department of Defense")
            if (name.IndexOf(' ') < 0 && Lexicon.IsOrganisationWord(name.ToLowerInvariant()))
            {
                e = MostRecent(name, static (x, n) => x.Kind == EntityKind.Organisation && x.WordCount > 1 && x.HasWord(n));
                if (e != null) return e;
            }
            e = new Entity { Kind = EntityKind.Organisation, Display = name };
            foreach (var w in name.Split(' ')) e.Words.Add(w);
            e.Party = _parties.FromText(name) ?? _parties.FindOrganisationStartingWith(name);
            if (e.Party == null)
            {
                var capital = CountryTable.FindCapital(name);
                if (capital != null) e.Party = _parties.MapCountry(capital);
            }
            return Add(e);
        }

        /// <summary>
        /// The maker a document's own phrase names after "by" ("compiled by Bloomberg", "calculated for the paper by the Center
        /// for Research"): the words from the first capitalised one after "by"; null when no "by" opens a name, or when "by"
        /// names who leads it ("led by Brig. Gen. Jo Bell").
        /// </summary>
        private static string? MakerNamed(string? phrase)
        {
            if (string.IsNullOrEmpty(phrase)) return null;
            var words = phrase!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                if (!Lexicon.IsAsWritten(words[i], WordGroup.Agent)) continue;
                // "The investigation, led by Brig. Gen. Jo Bell": the one who leads it, not another maker
                if (i > 0 && Lexicon.IsAsWritten(words[i - 1], WordGroup.Leadership)) return null;
                for (int k = i + 1; k < words.Length; k++)
                    if (words[k].Length > 0 && char.IsUpper(words[k][0])) return string.Join(" ", words, k, words.Length - k);
                return null;
            }
            return null;
        }

        /// <summary>How many words of a participle of making a document may stand before its "by" ("carried out by").</summary>
        private const int MakerParticipleWords = 2;

        /// <summary>
        /// The words after "by" when a document's own phrase opens with it ("by the harbour board") or with a participle of making
        /// or leading it before it (document-makers.txt: "conducted by the U.S. military", "led by Brig. Gen. Jo Bell", "carried out
        /// by …"); null for any other phrase ("criticised by the army", "on the army").
        /// </summary>
        private static string? ByWhom(string? phrase)
        {
            if (string.IsNullOrEmpty(phrase)) return null;
            var words = phrase!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i <= MakerParticipleWords && i + 1 < words.Length; i++)
            {
                if (!Lexicon.IsAsWritten(words[i], WordGroup.Agent)) continue;
                if (i > 0 && !Lexicon.IsDocumentMaker(string.Join(" ", words, 0, i))) return null;
                return string.Join(" ", words, i + 1, words.Length - i - 1);
            }
            return null;
        }

        /// <summary>How many paragraphs before a bare document's the phrase that names its maker may stand ("…, according to a summary released by Central Command. ¶ The summary said …").</summary>
        private const int MakerNamedReach = 1;

        /// <summary>How many capitalised words (with "of" and "the" inside them) a maker's name after "by" may have ("the Joint Chiefs of Staff").</summary>
        private const int MakerNameWords = 6;

        /// <summary>
        /// The side of the maker the text named for a document of the noun <paramref name="head"/> before <paramref name="at"/>, in
        /// this paragraph or the one before: the noun, a participle of making (document-makers.txt), "by", and a capitalised
        /// name ("a summary released by Central Command", "the statement issued by the Foreign Office"), the nearest one written;
        /// null when the nearest names a maker of no side, or none names one.
        /// </summary>
        private string? SideOfMakerNamedBefore(string head, int paragraph, int at)
        {
            if (_document == null) return null;
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= MakerNamedReach && pi < _document.Paragraphs.Count; pi--)
            {
                var ap = _document.Paragraphs[pi];
                var tk = ap.Tokens;
                for (int k = tk.Count - 2; k >= 0; k--)
                {
                    if (pi == paragraph && tk[k].End > at) continue;
                    if (!tk[k].IsLowerWord || tk[k].Lower != head) continue;
                    int by = k + 1;
                    while (by < tk.Count && by - k <= MakerParticipleWords + 1 && tk[by].IsLowerWord && !tk[by].Has(WordGroup.Agent)) by++;
                    // (a participle of making is needed: a bare "by" after the noun may name who acted on it, "the rejection of the
                    // report by the army")
                    if (by >= tk.Count || by == k + 1 || !tk[by].IsLowerWord || !tk[by].Has(WordGroup.Agent)) continue;
                    if (!Lexicon.IsDocumentMaker(MentionParser.Join(tk, k + 1, by).ToLowerInvariant())) continue;
                    int a = by + 1;
                    if (a < tk.Count && tk[a].IsLowerWord && tk[a].Has(WordGroup.DefiniteArticle)) a++;
                    int e = a;
                    while (e < tk.Count && e - a < MakerNameWords && tk[e].IsWord &&
                           (tk[e].IsCapitalized || e > a && e + 1 < tk.Count && tk[e + 1].IsCapitalized && (tk[e].Has(WordGroup.OfComplement) || tk[e].Has(WordGroup.DefiniteArticle)))) e++;
                    if (e == a) continue;
                    return _parties.FromText(MentionParser.Join(tk, a, e));
                }
            }
            return null;
        }

        /// <summary>How many paragraphs before an adopted document's the house that adopted it may be named ("The Northland Assembly passed a resolution … ¶ The resolution, moved by …").</summary>
        private const int LegislatureNamedReach = 1;

        /// <summary>
        /// The side of the house of elected members (organisation-words.txt 'legislature', written with its capital: "Assembly",
        /// "Senate") the text named nearest before <paramref name="at"/>, in this paragraph or within
        /// <see cref="LegislatureNamedReach"/> before it: the side its name's capitalised words give ("the Khyber Pakhtunkhwa
        /// Assembly"), else the side of the place the story is filed from when a word of the name is a place of that country
        /// ("the Sukkur District Assembly" under a Sukkur dateline); null when the nearest house's name gives neither ("the
        /// General Assembly"), or none is named.
        /// </summary>
        private string? SideOfLegislatureBefore(int paragraph, int at)
        {
            if (_document == null) return null;
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= LegislatureNamedReach && pi < _document.Paragraphs.Count; pi--)
            {
                var tk = _document.Paragraphs[pi].Tokens;
                for (int k = tk.Count - 1; k >= 0; k--)
                {
                    if (pi == paragraph && tk[k].End > at) continue;
                    if (!tk[k].IsWord || !tk[k].IsCapitalized || !Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.Legislature)) continue;
                    // the house's name: the capitalised words before it, with "of" and "and" between them
                    int a = k;
                    while (a > 0 && k - a < MakerNameWords && tk[a - 1].IsWord &&
                           (tk[a - 1].IsCapitalized || a > 1 && tk[a - 2].IsCapitalized && (tk[a - 1].Has(WordGroup.OfComplement) || tk[a - 1].Has(WordClass.ListCoordinator)))) a--;
                    if (_parties.FromText(MentionParser.Join(tk, a, k + 1)) is { } named) return named;
                    if (_home == null) return null;
                    for (int i = a; i < k; i++)
                        if (tk[i].IsCapitalized && CountryTable.FindPlace(tk[i].Text) == _home) return _parties.MapCountry(_home);
                    return null;
                }
            }
            return null;
        }

        /// <summary>
        /// The determiner of a description, also of one an "according to" phrase gave as its words alone ("according to that
        /// account": a determiner and its noun, the determiner not taken apart): its first word then; else "".
        /// </summary>
        private static string DeterminerOf(Mention m, AnalysedParagraph ap)
        {
            if (m.Determiner.Length > 0) return m.Determiner;
            var tk = ap.Tokens;
            return m.End - m.Start == 2 && m.End <= tk.Count && tk[m.Start].IsLowerWord && tk[m.Start].Has(WordTag.Determiner) && tk[m.End - 1].Lower == m.Head ? tk[m.Start].Lower : "";
        }

        /// <summary>How many paragraphs before "the briefing" the sentence naming who gave it may stand (<see cref="GiverOfOccasionBefore"/>).</summary>
        private const int GivenOccasionReach = 3;

        /// <summary>How many words of description may stand between the giver's verb and the occasion's noun ("conducted the background briefing").</summary>
        private const int OccasionModifierWords = 2;

        /// <summary>
        /// The person who gave the occasion of the noun of <paramref name="m"/> ("briefing"), as the text named nearest before it in this
        /// paragraph or within <see cref="GivenOccasionReach"/> before it: a verb of conducting or leading (document-makers.txt) with the
        /// noun as its object, after a name and ", who" ("Gen. Jo Bell, who conducted the background briefing") or right after a name
        /// ("Jo Bell led the briefing"), that name a person the text already resolved. Null when the nearest such noun is not given so,
        /// or its giver is no person known.
        /// </summary>
        private Entity? GiverOfOccasionBefore(Mention m, int paragraph)
        {
            if (_document == null) return null;
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= GivenOccasionReach && pi < _document.Paragraphs.Count; pi--)
            {
                var tk = _document.Paragraphs[pi].Tokens;
                for (int k = tk.Count - 1; k > 0; k--)
                {
                    if (pi == paragraph && tk[k].End > m.CharStart) continue;
                    if (!tk[k].IsLowerWord || tk[k].Lower != m.Head) continue;
                    // the determiner and up to two words of description before the noun, then the verb of giving
                    int d = k - 1;
                    while (d > 0 && k - d <= OccasionModifierWords && tk[d].IsLowerWord && !tk[d].Has(WordTag.Determiner)) d--;
                    if (d < 1 || !tk[d].IsLowerWord || !tk[d].Has(WordTag.Determiner)) return null;
                    int v = d - 1;
                    if (!tk[v].IsLowerWord || !Lexicon.IsDocumentMaker(tk[v].Lower)) return null;
                    // the name: right before the verb, or before ", who" right before it
                    int e = v;
                    if (e >= 2 && tk[e - 1].IsLowerWord && tk[e - 1].Has(WordClass.SubjectRelative) && tk[e - 2].Is(",")) e -= 2;
                    if (e < 1 || !tk[e - 1].IsCapitalized) return null;
                    var surname = tk[e - 1].Text;
                    for (int i = _all.Count - 1; i >= 0; i--)
                    {
                        var x = _all[i];
                        if (x.Kind == EntityKind.Person && x.Party != null && (x.Display == surname || x.Display.EndsWith(" " + surname, StringComparison.Ordinal))) return x;
                    }
                    return null;
                }
            }
            return null;
        }

        /// <summary>How many paragraphs before a bare "that account" the owned telling it points at may stand (<see cref="OwnerOfReadingBefore"/>).</summary>
        private const int OwnedReadingReach = 1;

        /// <summary>How many words an owner's possessive phrase before a telling of events may hold ("the Pakistani army's account").</summary>
        private const int ReadingOwnerWords = 4;

        /// <summary>
        /// The owner of the telling of events of the noun of <paramref name="m"/> ("account", "version") written nearest before it, in
        /// this paragraph or within <see cref="OwnedReadingReach"/> before it, when that one is owned by a possessive phrase: a
        /// body's noun ("the military's account", "the Pakistani army's version": that body, resolved as a subject of those words
        /// would be) or capitalised words that give a side ("Pakistan's version", "ISPR's account"). Null when the nearest such
        /// noun has no possessive owner ("a different account"), or its owner is a person or gives no side.
        /// </summary>
        private Entity? OwnerOfReadingBefore(Mention m, AnalysedParagraph ap, int sentence, int paragraph)
        {
            if (_document == null) return null;
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= OwnedReadingReach && pi < _document.Paragraphs.Count; pi--)
            {
                var at = _document.Paragraphs[pi];
                var tk = at.Tokens;
                for (int k = tk.Count - 1; k > 0; k--)
                {
                    if (pi == paragraph && tk[k].End > m.CharStart) continue;
                    if (!tk[k].IsLowerWord || Inflection.Singular(tk[k].Lower) != m.Head) continue;
                    // ("In this version, …": a telling pointed at again points further back)
                    if (tk[k - 1].IsLowerWord && tk[k - 1].Has(WordClass.SingularDemonstrative)) continue;
                    return OwnerOfTellingAt(at, k, sentence, paragraph);
                }
            }
            return null;
        }

        /// <summary>The index in <paramref name="ap"/>'s tokens of the first word of <paramref name="m"/> that is its head noun in the singular; null when none is.</summary>
        private static int? TellingHeadAt(Mention m, AnalysedParagraph ap)
        {
            var tk = ap.Tokens;
            for (int k = 1; k < tk.Count && tk[k].Start < m.CharEnd; k++)
                if (tk[k].Start >= m.CharStart && tk[k].IsLowerWord && Inflection.Singular(tk[k].Lower) == m.Head) return k;
            return null;
        }

        /// <summary>
        /// The owner of the telling of events whose noun is token <paramref name="k"/> of <paramref name="at"/>, when a possessive
        /// phrase right before it owns it: a body's noun ("the military's account", "the Pakistani army's version": that body,
        /// resolved as a subject of those words would be, when it has a side) or capitalised words that give a side ("Pakistan's
        /// version", "ISPR's account"). Null when no possessive owns it ("a different account") or its owner gives no side.
        /// </summary>
        private Entity? OwnerOfTellingAt(AnalysedParagraph at, int k, int sentence, int paragraph)
        {
            var tk = at.Tokens;
            // ("its own account": the possessive before "own")
            int p = k - 1;
            if (p > 0 && tk[p].IsLowerWord && Lexicon.Is(tk[p].Lower, WordSense.OwnEmphasis)) p--;
            if (p >= 0 && Possessive.IsSuffix(tk[p].Text)) p--;
            if (p < 0 || !tk[p].IsWord || !(Possessive.EndsIn(tk[p].Text) || p + 1 < k && Possessive.IsSuffix(tk[p + 1].Text))) return null;
            var word = Possessive.Strip(tk[p].Text);
            int a = p;
            while (a > 0 && p - a + 1 < ReadingOwnerWords && tk[a - 1].IsCapitalized) a--;
            bool article = a > 0 && tk[a - 1].IsLowerWord && Lexicon.IsAsWritten(tk[a - 1].Text, WordGroup.DefiniteArticle);
            var lower = word.ToLowerInvariant();
            if (char.IsLower(word[0]) && Lexicon.IsOrganisationWord(lower) && !Lexicon.IsOrganisationWord(lower, OrganisationWordTag.Press | OrganisationWordTag.Document))
            {
                if (!article && a == p) return null;
                var owner = new Mention
                {
                    Kind = MentionKind.Description, Start = article ? a - 1 : a, End = p + 1, Determiner = article ? "the" : "",
                    Head = lower, IsOrganisationHead = true, CharStart = tk[article ? a - 1 : a].Start, CharEnd = tk[p].End,
                };
                for (int x = a; x < p; x++) owner.AddModifier(tk[x].Text);
                owner.Text = MentionParser.Join(tk, owner.Start, p) + (owner.Start < p ? " " : "") + word;
                return ResolveDescription(owner, at, sentence, paragraph) is { Party: not null } body ? body : null;
            }
            if (!char.IsUpper(word[0])) return null;
            var name = (a < p ? MentionParser.Join(tk, a, p) + " " : "") + word;
            return _parties.FromText(name) != null ? ResolveOrganisation(name) : null;
        }

        /// <summary>
        /// The joint force's word when a description is a bare one (organisation-words.txt 'joint-force' and not 'national-force':
        /// "the alliance"), or a body that such a word alone owns ("the alliance's press service"); else null.
        /// </summary>
        private static string? BareJointForce(Mention m)
        {
            if (m.Modifiers.Count == 0) return m.Owner == null && Joint(m.Head) ? m.Head : null;
            if (m.Owner != null || !Possessive.EndsIn(m.Modifiers[0])) return null;
            foreach (var w in m.Modifiers)
                if (w.Length == 0 || !char.IsLower(w[0])) return null;
            var owner = Possessive.Strip(m.Modifiers[0]);
            return Joint(owner) ? owner : null;
        }

        /// <summary>A joint force's word (organisation-words.txt 'joint-force': "alliance", "coalition"), not a state's own service's.</summary>
        private static bool Joint(string w) => Lexicon.IsOrganisationWord(w, OrganisationWordTag.JointForce) && !Lexicon.IsOrganisationWord(w, OrganisationWordTag.NationalForce);

        /// <summary>
        /// The side of the joint force the text named last by its own name before <paramref name="at"/>, in this paragraph or the
        /// ones before it within <see cref="SideReach"/>: a capitalised word that is a joint force's word of the lexicon
        /// ("NATO", "ISAF"), its side that of the capitalised name it stands in; null when the nearest has no side, or none is named,
        /// or when the word <paramref name="word"/> itself is written nearer with another word than "the" before it ("the Defence
        /// Council, an alliance of religious parties", "the opposition alliance": another body of that word is the one meant).
        /// </summary>
        private string? JointForceNamedBefore(AnalysedParagraph current, int paragraph, int at, string word)
        {
            if (_document == null) return null;
            // (another body of the word, anywhere in the reach: "the Defence Council, an alliance of religious parties, marched
            // against NATO supplies. The alliance said …" is the council, though NATO is named nearer)
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= SideReach && pi < _document.Paragraphs.Count; pi--)
            {
                var tk = (pi == paragraph ? current : _document.Paragraphs[pi]).Tokens;
                for (int k = 0; k < tk.Count && !(pi == paragraph && tk[k].End > at); k++)
                    if (tk[k].IsLowerWord && Possessive.Strip(tk[k].Lower) == word && !(k > 0 && tk[k - 1].IsLowerWord && tk[k - 1].Has(WordGroup.DefiniteArticle))) return null;
            }
            for (int pi = paragraph; pi >= 0 && paragraph - pi <= SideReach && pi < _document.Paragraphs.Count; pi--)
            {
                var ap = pi == paragraph ? current : _document.Paragraphs[pi];
                var tk = ap.Tokens;
                for (int k = tk.Count - 1; k >= 0; k--)
                {
                    if (pi == paragraph && tk[k].End > at) continue;
                    if (!tk[k].IsCapitalized || !Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.JointForce) || Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.NationalForce)) continue;
                    // (the whole capitalised name it stands in: "the International Security Assistance Force")
                    int a = k, e = k + 1;
                    while (a > 0 && tk[a - 1].IsCapitalized && !TokenOpensSentence(ap, a - 1)) a--;
                    while (e < tk.Count && tk[e].IsCapitalized) e++;
                    // (a sentence's first word is capitalised for its place, not as a name: "Alliance officials said" is no name)
                    if (a == k && e == k + 1 && TokenOpensSentence(ap, k) && !IsAllCapitals(tk[k].Text)) continue;
                    return _parties.FromText(MentionParser.Join(tk, a, e)) ?? _parties.FromText(tk[k].Text);
                }
            }
            return null;
        }

        /// <summary>"in Brussels", "at Mons": a preposition of place and capitalised words only (where a body sits), no more.</summary>
        private static bool PlacePhrase(string post)
        {
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 2 || !Lexicon.IsAsWritten(w[0], WordClass.PlacePreposition)) return false;
            for (int i = 1; i < w.Length; i++)
                if (!char.IsUpper(w[i][0])) return false;
            return true;
        }

        private static bool IsAllCapitals(string w)
        {
            foreach (var c in w)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        /// <summary>A document read before whose maker is not the one a document's own phrase names (<paramref name="maker"/>, null when it names none).</summary>
        private static bool OtherMaker(string? maker, Entity x) =>
            maker != null && MakerOf(x) is { } earlierMaker && maker.IndexOf(earlierMaker, StringComparison.OrdinalIgnoreCase) < 0;

        /// <summary>
        /// Who made a document read before: its owner ("the army's statement"), else the capitalised words of its own phrase
        /// ("Harbour Board data": "Harbour Board"); null when nothing names one ("a new poll").
        /// </summary>
        private static string? MakerOf(Entity document)
        {
            if (document.Owner != null) return document.Owner.Display;
            // a country's name or people ("U.S. investigation", "Pakistani report") says whose side, not who made it
            var named = document.Display.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsUpper(w[0]) && CountryTable.Find(w) == null && CountryTable.FindDemonym(w) == null).ToList();
            return named.Count == 0 ? null : string.Join(" ", named);
        }

        /// <summary>True when a document's phrase names its maker after "by" or "from" ("by the harbour board", "from the ministry").</summary>
        private static bool MakerPhrase(string? postModifier)
        {
            if (string.IsNullOrEmpty(postModifier)) return false;
            int space = postModifier!.IndexOf(' ');
            var first = space < 0 ? postModifier : postModifier.Substring(0, space);
            return Lexicon.IsAsWritten(first, WordGroup.Agent | WordGroup.SourceFrom);
        }

        /// <summary>
        /// The noun of the document that owns a part of a document or of what it says (document-parts.txt) in the possessive, as
        /// its owner or its only modifier ("the report's summary", "the inquiry's conclusions"), in lower case and singular; null
        /// for any other mention.
        /// </summary>
        private static string? DocumentOwningPart(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.IsDocument || m.Apposition != null || !Lexicon.IsDocumentPart(m.Head)) return null;
            // (the parser reads the possessive as the part's owner, or leaves it a modifier)
            if (m.Owner is { } owner)
                return m.Modifiers.Count == 0 && owner.Kind == MentionKind.Description && owner.IsDocument && owner.Modifiers.Count == 0 && owner.Owner == null ? owner.Head : null;
            // (or keeps it only in the phrase's words: "the report's summary" with no modifier read)
            string? possessive = m.Modifiers.Count == 1 ? m.Modifiers[0] : null;
            if (m.Modifiers.Count == 0)
            {
                var words = (m.HeadText ?? m.Text).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2 && words.Length <= 3) possessive = words[words.Length - 2];
            }
            if (possessive == null || !Possessive.EndsIn(possessive)) return null;
            var noun = Possessive.Strip(possessive);
            if (noun.Length == 0 || !char.IsLower(noun[0]) || !Lexicon.IsDocumentWord(noun)) return null;
            return Inflection.Singular(noun);
        }

        /// <summary>Two documents of findings of one kind: the same noun, or two polls ("poll", "survey").</summary>
        private static bool SameKindOfFindings(string a, string b) =>
            a == b || CueLexicon.Is(a, WordTag.Survey) && CueLexicon.Is(b, WordTag.Survey);

        /// <summary>
        /// True when the phrase is a relative clause cut before its end: its first word is a relative ("who", "which", "that" as
        /// words.txt tags them) and it is that word alone ("who was not authorized": cut at the auxiliary) or ends in a
        /// coordinator or an adverb ("who attended and", "who run news organizations almost": cut at the cue after them).
        /// </summary>
        private static bool IsCutRelative(string? phrase)
        {
            if (phrase == null) return false;
            int space = phrase.IndexOf(' ');
            if (space < 0) return Lexicon.Is(phrase, WordTag.Relative);
            if (!Lexicon.Is(phrase.Substring(0, space), WordTag.Relative)) return false;
            var last = phrase.Substring(phrase.LastIndexOf(' ') + 1);
            return Lexicon.Is(last, WordClass.Coordinator) || Lexicon.Is(last, WordTag.CueAdverb) || Lexicon.IsAdverb(last);
        }

        /// <summary>
        /// The words of a description after its article when its head is a lower-case noun and a possessive before it ends a
        /// run of capitalised words that opens the phrase, or opens it alone ("military's media wing" of "the military's media
        /// wing", "Mr. Rubio's backers"); null otherwise (no possessive, a contraction, or other words before it: "some of
        /// Clinton's allies").
        /// </summary>
        private static string? PossessivePhrase(Mention m)
        {
            var words = m.Text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int from = words.Length > 0 && Lexicon.IsAsWritten(words[0].ToLowerInvariant(), WordClass.Article) ? 1 : 0;
            int last = words.Length - 1;
            if (last - from < 1 || !words[last].Equals(m.Head, StringComparison.Ordinal) && !Inflection.Singular(words[last]).Equals(m.Head, StringComparison.Ordinal)) return null;
            if (!char.IsLower(words[last][0])) return null;
            int possessive = -1;
            for (int i = from; i < last && possessive < 0; i++)
            {
                if (Possessive.EndsIn(words[i])) possessive = i;
                else if (!char.IsUpper(words[i][0])) return null;
            }
            if (possessive < 0 || Lexicon.Is(words[possessive].ToLowerInvariant(), WordGroup.ContractedSubject)) return null;
            return string.Join(" ", words, from, words.Length - from);
        }

        /// <summary>
        /// True for an "of" phrase of a name after an organisation's word ("of the United States of America", "of Foreign
        /// Affairs", "of Pakistan"): "of", then capitalised words, with "the" after "of" and the connectives of a name
        /// (words.txt 'organisation-connective') between them.
        /// </summary>
        private static bool OfNameComplement(string? phrase)
        {
            if (phrase == null) return false;
            var words = phrase.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !Lexicon.IsAsWritten(words[0], WordGroup.OfComplement)) return false;
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (char.IsUpper(w[0]) && char.IsLetter(w[w.Length - 1])) continue;
                bool inner = i < words.Length - 1 && char.IsUpper(words[i + 1][0]);
                if (inner && Lexicon.IsAsWritten(w, WordGroup.DefiniteArticle) && Lexicon.IsAsWritten(words[i - 1], WordGroup.OfComplement)) continue;
                if (inner && i > 1 && Lexicon.IsAsWritten(w, WordGroup.OrganisationConnective)) continue;
                return false;
            }
            return true;
        }

        /// <summary>
        /// "of the House" of "the Leader of the House": the body after a capitalised office's noun (a phrase "of the" and a
        /// capitalised word after a description whose head is written with its capital), which tells one office from another of
        /// the same noun; null for any other description.
        /// </summary>
        private static string? OfficeOfBody(Mention m)
        {
            const string OfThe = "of the ";
            var post = m.PostModifier;
            if (m.Kind != MentionKind.Description || post == null || !post.StartsWith(OfThe, StringComparison.Ordinal) ||
                post.Length <= OfThe.Length || !char.IsUpper(post[OfThe.Length])) return null;
            var words = m.Text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 2 && char.IsUpper(words[1][0]) && string.Equals(words[1], m.Head, StringComparison.OrdinalIgnoreCase) ? post : null;
        }

        /// <summary>
        /// The head word a description is shown by: for one member of a group named by a plural speaker noun ("one of the
        /// briefing officers", "another of the guards"; words.txt 'member'), the noun's singular, since the speaker is one of
        /// them ("briefing officer"); else the last word of its text as written. A share of more than one ("two of the
        /// officers", "some of the guards") keeps the plural, and so does a group with a member's word and no "of" ("other
        /// advisers").
        /// </summary>
        internal static string OneOfTheGroup(Mention m, string textLast)
        {
            if (m.Plural || textLast.Length == 0 || !char.IsLower(textLast[0]) || !Lexicon.Is(m.Determiner, WordTag.Member)) return textLast;
            // a share of the group, its determiner then "of" ("one of …"; not "other advisers", a group of its own)
            var words = m.Text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !Lexicon.IsAsWritten(words[1], WordGroup.OfComplement)) return textLast;
            return Lexicon.IsSpeakerNoun(textLast, out var singular, out bool plural) && plural ? singular : textLast;
        }

        private Entity? ResolveDescription(Mention m, AnalysedParagraph ap, int sentence, int paragraph)
        {
            // a question label's turn ("QUESTION:", "Q:", "QUESTION (HARBOR RADIO):"): the press asking, never the briefer
            // named before nor anyone else in focus
            // ("Q:" with no one named for it: a label of one letter names no one)
            if (Rules.SpeakerLabel.IsLetterLabel(m) && Rules.SpeakerLabel.IsQuestionLabel(m)) return null;
            if (Rules.SpeakerLabel.IsQuestionLabel(m)) return Questioner(m);
            var text = m.HeadText ?? m.Text;
            var textLast = LastWordOf(text); // read below for every entity looked through
            // a poll's own noun, not the last word of a phrase after it ("a CNN poll conducted on Thursday" is a poll)
            var core = string.Join(" ", m.Modifiers.Concat(new[] { m.IsDocument && CueLexicon.Is(m.Head, WordTag.Survey) ? m.Head : OneOfTheGroup(m, textLast) }));
            var display = core;
            // "the military's media wing": a possessive phrase the parser kept whole in its words, with no modifier read, is
            // shown whole (its owner and the words between), as a description with its modifiers is, not as its bare head
            if (m.Modifiers.Count == 0 && m.Owner == null && m.HeadText == null && PossessivePhrase(m) is { } whole) display = whole;
            // a bare plural is the group named before ("officials said"), unless its own phrase says which ("officials who spoke …")
            bool definite = Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteDeterminer | WordGroup.GroupPossessive) ||
                            (m.Determiner.Length == 0 && m.Plural && m.Modifiers.Count == 0 && m.Apposition == null && (m.PostModifier == null || IsWriterPlace(m.PostModifier)));

            if (m.IsDocument)
            {
                if (m.Owner != null)
                {
                    var owner = m.Owner.Kind == MentionKind.Name ? ResolveName(m.Owner)
                              : m.Owner.Kind == MentionKind.Organisation ? ResolveOrganisation(m.Owner.Name ?? m.Owner.Text)
                              : m.Owner.Kind == MentionKind.Description ? ResolveDescription(m.Owner, ap, sentence, paragraph)
                              : null;
                    if (owner != null)
                    {
                        var doc = Add(new Entity { Kind = EntityKind.Document, Display = display, Head = m.Head, Owner = owner, Party = owner.Party });
                        foreach (var w in m.Modifiers) doc.Words.Add(w);
                        // (read here, so that a bare "the report" after "an investigation by the harbour board" is these findings;
                        // the owner, touched after it, stays the one mentioned last; not a document "of" something, whose
                        // "of" most often says what it is about: "a survey of voter lists")
                        // ("General Clark's investigation found …. It also found …": a document a person owns is touched as one "her"
                        // owns is, so that "it" after it is that document, and so the person's; a body's own document is not: "it" is the
                        // body, touched last)
                        if (MakerPhrase(m.PostModifier) || owner.IsIndividual && m.Owner.Kind == MentionKind.Name) Touch(doc, sentence, paragraph);
                        return owner;
                    }
                }
                // "Clark concluded … His report also found …": findings that "his" or "her" owns are those of the person the
                // pronoun stands for, who speaks through them (as "Clark's report" would); so is any document of theirs ("Clinton
                // spoke on Monday. Her statement … It acknowledged …": hers, not the side a word in its quotation names)
                if (m.Owner == null &&
                    Lexicon.SubjectOfPossessive(m.Determiner.ToLowerInvariant()) is { } subject && Lexicon.Is(subject, WordClass.GenderedPronoun) &&
                    ResolvePronoun(subject, sentence, paragraph, m.CharStart, ap) is { IsIndividual: true } author)
                {
                    var doc = Add(new Entity { Kind = EntityKind.Document, Display = display, Head = m.Head, Owner = author, Party = author.Party });
                    foreach (var w in m.Modifiers) doc.Words.Add(w);
                    // ("Her statement did not settle it. It acknowledged …": "it" after it is that document, and so hers)
                    Touch(doc, sentence, paragraph);
                    return author;
                }
                if (definite || m.Determiner.Length == 0)
                {
                    // "The data compiled by Bloomberg" after "Labor Department data": a document whose own phrase names its
                    // maker after "by" is no earlier one that another maker made ("The survey, conducted by the harbour
                    // board" after "a new poll", whose maker no one named, may still be that poll)
                    var maker = MakerNamed(m.PostModifier) ?? MakerNamed(m.Apposition);
                    var earlier = MostRecent((m, maker), static (x, s) => x.Kind == EntityKind.Document && x.Head == s.m.Head && x.HasWords(s.m.Modifiers) && !OtherMaker(s.maker, x));
                    // "According to the report" after "A U.S. military investigation has concluded": a bare document of
                    // findings is the findings just spoken of, whatever word named them
                    // (one its own phrase describes is findings of its own kind: "The survey, conducted by …, found" after "a new
                    // poll" is that poll; "The survey, taken last month, found" after "a report" is no report)
                    bool described = m.Apposition != null || m.PostModifier != null;
                    if (earlier == null && m.Modifiers.Count == 0 && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings))
                        earlier = MostRecent((m, maker, paragraph, described), static (x, s) => x.Kind == EntityKind.Document && Lexicon.IsOrganisationWord(x.Head, OrganisationWordTag.Findings) && x.LastSeen >= 0 && s.paragraph - x.LastParagraph <= FindingsReach &&
                                                  (!s.described || SameKindOfFindings(x.Head, s.m.Head)) && !OtherMaker(s.maker, x));
                    if (earlier != null) return earlier.Owner ?? earlier;
                }
                // "a ministry statement said", "according to an army statement": a document whose one word before it is a state
                // body's bare word (organisation-words.txt 'institutional', not a document's or a mission's) is that body's, read as
                // "the ministry's statement" is: "the ministry" the text named before, else the side a bare "the ministry" takes
                if (m.Owner == null && BodyOfDocument(m) is { } issuerWord)
                {
                    var bodyMention = new Mention
                    {
                        Kind = MentionKind.Description, Determiner = "the", Head = issuerWord, Text = "the " + issuerWord, IsOrganisationHead = true,
                        Start = m.Start, End = m.End, Next = m.End, CharStart = m.CharStart, CharEnd = m.CharEnd,
                    };
                    if (ResolveDescription(bodyMention, ap, sentence, paragraph) is { } issuer)
                    {
                        var doc = Add(new Entity { Kind = EntityKind.Document, Display = display, Head = m.Head, Owner = issuer, Party = issuer.Party });
                        foreach (var w in m.Modifiers) doc.Words.Add(w);
                        return issuer;
                    }
                }
                var d = Add(new Entity { Kind = EntityKind.Document, Display = display, Head = m.Head });
                foreach (var w in m.Modifiers) d.Words.Add(w);
                d.Party = _parties.FromText(core);
                // "according to an embassy statement": a document a mission's word names (organisation-words.txt 'mission') speaks
                // for the mission the text wrote before with its side, as "an embassy official" does; never for the host country
                if (d.Party == null && m.Owner == null && m.PostModifier == null && m.Apposition == null && OfAMission(m))
                    d.Party = MissionNamedBefore(ap, m.CharStart) ?? MissionSideBefore(paragraph);
                // "The inquiry, led by Brig. Gen. Jo Bell of the Air Force, found": findings whose own phrase names who led or made
                // them ("led by", "headed by", "by the harbour board") take the side of that one's words, else (as bare findings
                // do) the one side the text gives findings; not findings described otherwise ("the report on the army")
                // ("a statement issued by the Foreign Office": any document whose own phrase names its maker so, when the maker's words
                // give a side)
                if (d.Party == null && m.Modifiers.Count == 0 && (ByWhom(m.Apposition) ?? ByWhom(m.PostModifier)) is { } by)
                    d.Party = _parties.FromText(by) ?? (definite && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings) ? FindingsSideInText() : null);
                // "An inquiry led by US Air Force Brig. Gen. Jo Bell reported in May. It said …": findings whose "led by" phrase the
                // mention does not hold (no cue follows it) take the side that phrase's words give, read from the words after the noun
                // as FindingsSideInText reads them
                if (d.Party == null && m.Modifiers.Count == 0 && m.Owner == null && m.PostModifier == null && m.Apposition == null &&
                    Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings) && HeadInParagraph(m, ap) is { } head)
                    d.Party = FindingsPartyAt(ap, head);
                // "The resolution, moved by the senior minister, termed …": a document a house adopts (organisation-words.txt 'enacted')
                // speaks for the house named adopting it just before, when that house's name gives a side
                if (d.Party == null && m.Owner == null && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Enacted))
                    d.Party = SideOfLegislatureBefore(paragraph, m.CharStart);
                // "the statement said", "the document said": a bare document speaks for the side named before;
                // "the investigation found", "the report said" are findings, of whoever made them, not of the side quoted last
                // (nor is a newspaper or its piece, "the paper noted", "the editorial called": the outlet's, of no side named before)
                // ("The statement said" after "a statement issued by the Foreign Office" that no rule read as a speaker: the maker's)
                if (d.Party == null && definite && m.Modifiers.Count == 0 && m.PostModifier == null && m.Apposition == null && m.Owner == null &&
                    !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Press)) d.Party = SideOfMakerNamedBefore(m.Head, paragraph, m.CharStart);
                if (d.Party == null && definite && m.Modifiers.Count == 0 && m.PostModifier == null && !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings | OrganisationWordTag.Press)) d.Party = SideNamedBefore(paragraph);
                // "The investigation found" after "the investigation ordered by the Northern command": bare findings are those of
                // that noun the text named before with their side, as an object too, when it named them with one side only
                if (d.Party == null && definite && m.Modifiers.Count == 0 && m.PostModifier == null && m.Apposition == null && m.Owner == null &&
                    Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Findings)) d.Party = FindingsSideInText();
                return d;
            }

            // "the report's summary said": a part of a document (document-parts.txt) that a document's noun owns speaks for that
            // document, the one of that noun (or, for findings, the findings) read before; never a person or a side quoted last
            if (DocumentOwningPart(m) is { } possessor)
            {
                bool findings = Lexicon.IsOrganisationWord(possessor, OrganisationWordTag.Findings);
                var read = MostRecent((possessor, findings, paragraph), static (x, s) => x.Kind == EntityKind.Document && (x.Head == s.possessor ||
                                           s.findings && Lexicon.IsOrganisationWord(x.Head, OrganisationWordTag.Findings) && x.LastSeen >= 0 && s.paragraph - x.LastParagraph <= FindingsReach));
                if (read != null) return read.Owner ?? read;
                var part = Add(new Entity { Kind = EntityKind.Document, Display = core, Head = possessor });
                if (findings) part.Party = FindingsSideInText();
                return part;
            }

            // "…, according to a summary released by Central Command. The summary said …": a part of a document or of what one says
            // (document-parts.txt) written on its own, with no document owning it, speaks for the maker its own phrase names (a
            // participle of making and "by": document-makers.txt), when the maker's words give a side; a bare "the summary" after it
            // is that one, or the one the text named so before (as a phrase no rule read as a speaker)
            if (m.Kind == MentionKind.Description && !m.IsDocument && m.Owner == null && m.Modifiers.Count == 0 && Lexicon.IsDocumentPart(m.Head))
            {
                if ((ByWhom(m.Apposition) ?? ByWhom(m.PostModifier)) is { } by && _parties.FromText(by) is { } makerSide)
                    return Add(new Entity { Kind = EntityKind.Document, Display = m.Head, Head = m.Head, Party = makerSide });
                if (definite && m.PostModifier == null && m.Apposition == null)
                {
                    var made = MostRecent((m, paragraph), static (x, s) => x.Kind == EntityKind.Document && x.Head == s.m.Head && x.Party != null && x.LastSeen >= 0 &&
                                                                          s.paragraph - x.LastParagraph <= MakerNamedReach);
                    if (made != null) return made;
                    if (SideOfMakerNamedBefore(m.Head, paragraph, m.CharStart) is { } namedSide)
                        return Add(new Entity { Kind = EntityKind.Document, Display = display, Head = m.Head, Party = namedSide });
                }
            }

            // "according to the military's account, …", "the army's version holds that …": a telling of events (words.txt own-reading)
            // that a body's possessive owns speaks for that body, read as a subject of those words would be ("the military" under an
            // Islamabad dateline is Pakistan's), or for the side that capitalised owning words give ("Pakistan's version"); left as
            // it was when the owner gives no side (a person's, "the captain's account", or a body of no side)
            if (m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && !m.Plural && Lexicon.Is(m.Head, WordSense.OwnReading) &&
                TellingHeadAt(m, ap) is int telling && OwnerOfTellingAt(ap, telling, sentence, paragraph) is { } tellingOwner)
                return tellingOwner;

            // "The committee examined the military's account. According to that account, …": a telling of events (words.txt
            // own-reading: "account", "version") that "that", "this" or "the" points at, with no words of its own, is the one
            // the text named nearest before with an owner's possessive: it speaks for that owner
            if (m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && m.Owner == null && !m.Plural && m.Modifiers.Count == 0 &&
                m.PostModifier == null && m.Apposition == null && Lexicon.IsAsWritten(DeterminerOf(m, ap), WordGroup.DefiniteDeterminer) &&
                Lexicon.Is(m.Head, WordSense.OwnReading) && OwnerOfReadingBefore(m, ap, sentence, paragraph) is { } teller)
                return teller;

            // "Gen. Jo Bell, who conducted the briefing, said … ¶ According to the briefing, …": an occasion one gives to tell what
            // one holds (given-occasions.txt) that "the" points at, with no words of its own, speaks for the person the text named
            // as the one who conducted or led it (document-makers.txt) before
            if (m.Kind == MentionKind.Description && !m.IsDocument && !m.IsOrganisationHead && m.Owner == null && !m.Plural && m.Modifiers.Count == 0 &&
                m.PostModifier == null && m.Apposition == null && Lexicon.IsAsWritten(DeterminerOf(m, ap), WordGroup.DefiniteArticle) &&
                Lexicon.IsGivenOccasion(m.Head) && GiverOfOccasionBefore(m, paragraph) is { } giver)
                return giver;

            if (m.IsOrganisationHead)
            {
                // "In Pakistan, … The military there insists …": a body of the place named before, of that place's country (none
                // when no place is named), never the body of that word named before ("the U.S. military said …"), nor the side
                // named before or the one the text reports from
                if (LocalBody(m) && IsNamedPlace(m.PostModifier) && m.Owner == null)
                {
                    var thereBody = new Entity { Kind = EntityKind.Organisation, Display = display, Party = SideOfPlaceNamedBefore(ap, m.CharStart) };
                    foreach (var w in display.Split(' ')) thereBody.Words.Add(w);
                    return Add(thereBody);
                }
                if (definite || m.Determiner.Length == 0)
                {
                    // "the department" → the Defense Department named before
                    var earlier = MostRecent((m, textLast), static (x, s) => (x.Kind == EntityKind.Organisation && x.HasWord(s.m.Head) || x.Kind == EntityKind.Organisation && x.HasWord(s.textLast)) &&
                                                  x.HasWords(s.m.Modifiers, orInDisplay: true));
                    if (earlier != null) return earlier;
                }
                // "Embassy of the United States of America", "Senate of Pakistan" (a letterhead's line): a capitalised organisation
                // word with no determiner and an "of" phrase of capitalised words after it is the body's whole name, shown whole
                if (m.Determiner.Length == 0 && m.Modifiers.Count == 0 && char.IsUpper(textLast[0]) && OfNameComplement(m.PostModifier)) display = core + " " + m.PostModifier;
                var o = ResolveOrganisation(display);
                if (o.WordCount == 0) foreach (var w in display.Split(' ')) o.Words.Add(w);
                // "Pakistan tells the story another way. The country's embassy …": the country the sentence before opens with
                if (o.Party == null && CountryOfCountryNoun(m, ap) is { } ownersCountry) o.Party = ownersCountry;
                // "That is not the story Pakistan tells. Its army has said …": a state's body owned by "its" that opens its sentence is
                // of the country the sentence before speaks of, whatever place the text reports from
                if (o.Party == null && CountryOfItsStateBody(m, ap) is { } itsCountry) o.Party = itsCountry;
                // "The military in Rawalpindi has said …": a state's own body placed by its phrase in a city of one country
                // (cities.txt) is that country's, whatever place the text reports from
                if (o.Party == null && SeatOfStateBody(m) is { } seat) o.Party = _parties.MapCountry(seat);
                // "the military said" after "Pakistan's army said": a bare institution speaks for the side named before, but not
                // after the writer's own ("Nor has our own military changed its view. The army …": the writer's, whose side is not written)
                // "Army rejects Southland report": a bare institution that rejects or disputes a side's words is not of that side
                string? disputed = null;
                bool torn = false;
                // ("the military's media wing said": a body's part owned by a bare institution speaks for it as "the military" would)
                var bare = m.Modifiers.Count == 0 ? m.Head : BareInstitutionOwner(m);
                if (o.Party == null && definite && bare != null && Lexicon.IsOrganisationWord(bare, OrganisationWordTag.Institutional))
                {
                    disputed = _parties.FromText(DisputedWords.AfterDenial(ap.Text, m.CharEnd));
                    // (a state's body, not a document: "The military said" or "The government said" after "NATO helicopters attacked …"
                    // is no alliance's, as "the army" is not)
                    // ("the army here says …", LocalBody: the body of the place the text reports from, below, never the side named before,
                    // which may be the other side's, a guest's in an interview)
                    if (!LocalBody(m))
                    {
                        if (!WritersOwnBodyBefore(ap.Text, m.CharStart)) o.Party = SideNamedBefore(paragraph, forStateBody: !Lexicon.IsOrganisationWord(bare, OrganisationWordTag.Document));
                        // (the writer's own body, which later bare institutions do not look past to a side named before it)
                        else o.WritersOwn = true;
                    }
                    // "Northland rejected the report. Jo Bell said the department stood by its findings": a bare ministry that a
                    // person of another side, read before it in its sentence, is reported to speak of is that person's own, not the
                    // side named before
                    if (o.Party != null && m.Modifiers.Count == 0 && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Ministry) &&
                        MostRecent((sentence, paragraph), static (x, s) => x.Kind == EntityKind.Person && x.LastSeen >= 0 && x.LastParagraph == s.paragraph &&
                                                                        x.LastSentence == s.sentence && !x.PartyFromPlace && x.Party != null) is { } reporter)
                        o.Party = reporter.Party;
                    if (o.Party != null && o.Party == disputed) o.Party = null;
                    // "LAHORE: … The Pentagon has said it accepts the findings. … The army says …": the side named before is not
                    // the place's the text reports from; the bare institution may be either one's, so it is neither's
                    if (o.Party != null && HomeParty is { } home && home != o.Party) { o.Party = null; torn = true; }
                }
                // "the army said" with no side named before: the army of the place the text reports from
                // (a bare body's part, "the military's media wing", takes the place's side only when that place is of a side: filed from
                // a third country, the body is the one the story is about, not that country's)
                // ("The army here says …" in an interview with no dateline: the place its introduction says it was held at)
                var placeSide = HomeParty ?? (IsWriterPlace(m.PostModifier) && LocalBody(m) ? InterviewParty : null);
                if (o.Party == null && !torn && definite && bare != null && (m.PostModifier == null || LocalBody(m)) && Lexicon.IsOrganisationWord(bare, OrganisationWordTag.Institutional) && placeSide != disputed &&
                    (m.Modifiers.Count == 0 || placeSide != _parties.Others)) o.Party = placeSide;
                // "LAHORE: … the assembly said", "the parliament said": a bare house of elected members (organisation-words.txt
                // 'legislature'), with no word of its own (not "the Punjab Assembly", a province two countries share, nor "the
                // European Parliament", nor a phrase misread as one, "the apology parliament had asked for"), is the house of the
                // place the text reports from, when that place is of a side, as a bare "the army" is; "the U.S. Senate" names its
                // own country above
                if (o.Party == null && !torn && definite && m.Modifiers.Count == 0 && m.PostModifier == null &&
                    Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Legislature) && HomeParty is { } house && house != _parties.Others)
                    o.Party = house;
                // "The army says it does not agree …" in a text with no place reported from and no side named before (a newest-first
                // live blog whose oldest entry, at the bottom, names "the Pakistan Army"): the army of the one country whose army
                // of that word the text names anywhere
                if (o.Party == null && !torn && !o.WritersOwn && definite && bare != null && m.PostModifier == null &&
                    Lexicon.IsOrganisationWord(bare, OrganisationWordTag.NationalForce) && ForceCountryInText(bare) is { } force &&
                    _parties.MapCountry(force) is var forceSide && forceSide != disputed)
                    o.Party = forceSide;
                // "NATO said … the alliance took the matter seriously", "according to the alliance's press service": a bare joint
                // force's word (organisation-words.txt 'joint-force', not a state's own service), or a body it owns, is the joint force
                // the text named last by its own name (its name a joint force's word too: "NATO", "ISAF"), with that one's side
                if (o.Party == null && definite && !m.Plural && (m.PostModifier == null || PlacePhrase(m.PostModifier)) && BareJointForce(m) is { } jointWord &&
                    JointForceNamedBefore(ap, paragraph, m.CharStart, jointWord) is { } joint)
                    o.Party = joint;
                return o;
            }

            // A person or group described, not named.
            if (definite)
            {
                // "the same official": the one described before, whose own words do not hold "same" (one person only: "these
                // same Republicans" are often a group named in an object's place, which no subject registered)
                var own = m.Plural ? m.Modifiers : WithoutSameReferent(m.Modifiers);
                // in a transcript turn reported from a named place, people of that place's side are not the same as those of another side
                // "the Leader of the Opposition" after "the Leader of the House": the office of another body is another person
                var officeBody = OfficeOfBody(m);
                var earlier = MostRecent((r: this, m, ap, own, officeBody), static (x, s) => (x.Kind == EntityKind.Individual || x.Kind == EntityKind.Group) && x.Head == s.m.Head && x.Plural == s.m.Plural &&
                                              x.HasWords(s.own) && (s.officeBody == null || x.Display.EndsWith(s.officeBody, StringComparison.Ordinal)) &&
                                              (s.r.TurnParty == null || x.Party == null || x.Party == s.r.TurnParty || !s.r.LocalDescription(s.m, s.ap)));
                // "MNA tells press club … ¶ …, Ali Khan, a ruling party MNA from the division, said. ¶ The MNA said …": a person of
                // the noun described with no name (in a headline, a paragraph before) is not the one a bare description points back
                // to when a full name written with that noun as its role stands in a paragraph after the one that one was last read in
                // (an office of some countries by its initials, office-countries.txt, as the roles set off after names are kept)
                if (earlier != null && earlier.Kind == EntityKind.Individual && !m.Plural && own.Count == 0 && Lexicon.OfficeOnlyIn(m.Head) != null &&
                    NameWithRoleAfter(m.Head, paragraph, m.CharStart, earlier.LastParagraph) &&
                    NameWrittenWithRole(m.Head, paragraph, m.CharStart, text, own, out _) is { } namedLater)
                    return TitleDescribed(m, paragraph, namedLater);
                // "A U.S. official spoke on Monday. … Later, a line from a senior Pakistani military official: the official says …":
                // a bare "the official" is the one of its noun written nearest before it, also one no subject or speaker read (in a
                // verbless lead-in, after a preposition), when that one is written in a sentence after the one the earlier was last read in
                if (earlier != null && !m.Plural && own.Count == 0 && m.PostModifier == null && m.Apposition == null &&
                    IndefiniteOfHeadBefore(m, ap, sentence, earlier.LastSentence) is { } nearer) return nearer;
                // "A U.S. official said … ¶ Pakistani officials told a different story. A member of the delegation insisted …
                // “…,” the official said": a bare "the official" of a paragraph before does not reach past a described speaker
                // of another side who spoke in this paragraph: that one, when a body's person (an official, a member, a
                // spokesman), else no one
                if (earlier != null && !m.Plural && own.Count == 0 && m.PostModifier == null && m.Apposition == null &&
                    earlier.LastParagraph < paragraph && OtherSideInView(earlier, m, ap, out bool twoSides) is var other && twoSides)
                    return other;
                if (earlier != null) return earlier;
                if (!m.Plural)
                {
                    // "the spokesman" → the person introduced as "a deputy State Department spokesman"
                    var holder = (r: this, m, own, textLast);
                    Func<Entity, (SpeakerResolver r, Mention m, IReadOnlyList<string> own, string textLast), bool> holds =
                        static (x, s) => x.Kind == EntityKind.Person && x.RawRoleText != null &&
                                         (HasWord(s.r.RoleWordsOf(x.RawRoleText), s.textLast) || x.TitleNoun == s.m.Head) &&
                                         AllWrittenIn(s.own, x.RawRoleText);
                    var person = MostRecent(holder, holds);
                    // "President Tom Reyes telephoned President Ada Lund … Ms Lund had conveyed … The president told Mr Reyes …": of
                    // two holders of the title, the one the text names nearest before the description, not the one read last as a subject
                    if (person != null) return TitleDescribed(m, paragraph, HolderNamedNearest(person, holder, holds, m, own, paragraph, HearerAfter(m, ap)) ?? person);
                    var written = NameWrittenWithRole(m.Head, paragraph, m.CharStart, text, own, out bool definiteRole);
                    if (written != null && (own.Count == 0 || definiteRole)) return TitleDescribed(m, paragraph, written);
                    var epithet = EpithetReferent(m, sentence, paragraph) ?? EpithetOfSentenceBefore(m, ap);
                    if (epithet != null) return epithet;
                    if (own.Count == 0 && m.PostModifier == null && m.Apposition == null && IndefiniteOfHeadBefore(m, ap) is { } introduced) return introduced;
                }
            }
            // "Three fishermen waited at the quay. One said, “…”": one member of the people named just before
            // "Two U.S. officials … They said …. ¶ One of them said …": one member of the group the sentence before had as its subject
            if (m.IsMemberAlone && m.OfGroupPronoun && MemberOfGroupJustBefore(m, sentence) is { } memberOfGroup) return memberOfGroup;
            if (m.IsMemberAlone && MemberOfPeopleBefore(m, ap) is { } oneOfThem) return oneOfThem;
            // "a Mexican official who was not authorized …", "a person who attended and said": a relative clause the parser cut
            // before its end (at its auxiliary or cue) is no part of the display, nor a role; a whole one stays ("people who lost
            // their insurance")
            var post = IsCutRelative(m.PostModifier) ? null : m.PostModifier;
            bool shortPost = post != null && post.Split(' ').Length <= ShortPostModifierWords && !post.StartsWith("with ", StringComparison.Ordinal);
            if (shortPost) display = core + " " + post;
            var principal = Principal(m, ap, sentence);
            var e = Add(new Entity
            {
                // "the crowd", "the audience": a body of people, for "they", not "he" or "she"
                Kind = m.Plural || Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Collective) ? EntityKind.Group : EntityKind.Individual,
                Display = display,
                Head = m.Head,
                // "her brother", "his mother": a kin noun says the gender ("she" then never stands for the brother); an
                // epithet ("the businessman") gets none, so it does not compete with the name it stands for
                Gender = m.Plural ? '\0' : KinGender(m.Head),
                Plural = m.Plural,
                Role = !shortPost && post != null ? post : m.Apposition != null ? CleanRole(m.Apposition) : null,
                // ("a second farmer": a determiner an ordinal goes on is indefinite by its first word)
                // ("Another transporter, who asked …, said": a description read with its determiner among its words is brought in
                // by that word as written)
                Introduced = !m.Plural && IndefiniteDeterminer(m.Determiner.Length > 0 ? m.Determiner : FirstWordLower(m.Text)) && !Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Asker),
            });
            foreach (var w in m.Modifiers) e.Words.Add(w);
            // "a former State Department official", "two retired generals": one who left the office speaks for no side by it
            // (the manifest's party of no side, when it has one), whatever side the office names
            // ("a retired schoolteacher", "a former student": a private person who retired or left a school held no office to
            // leave, and speaks for no side at all, as one named with that role does)
            if (MentionFacts.LeftOffice(m.Modifiers))
            {
                // ("a retired havildar", "a former sergeant": a veteran of the ranks below the officers is a private person too)
                // ("a retired engineer": a trade that is no office, speaker-nouns.txt 'trade', left none)
                e.Party = PrivateHead(m) || Lexicon.IsEnlistedRank(m.Head) || MentionFacts.LeftTrade(m) ? null : _parties.NoSide;
                return e;
            }
            // "a political scientist at a Lund university": one who works at a body of research or teaching speaks for no state,
            // whatever place its name holds
            if (MentionFacts.AtResearchBody(m))
            {
                e.Party = _parties.NoSide;
                return e;
            }
            // party: from the description's own words and a "for/of/at/from X" complement
            var partyText = core;
            if (post != null && (MentionFacts.OpensAffiliation(post) || post.StartsWith("in ", StringComparison.Ordinal)))
                partyText += " " + post;
            e.Party = _parties.FromText(partyText);
            // "a Republican senator", "a Democratic aide on the committee": a U.S. party's word right before a lawmaker's noun
            // says a member of Congress or of its staff, when the description names no other country
            if (e.Party == null) e.Party = _parties.UsLawmakerParty(core);
            // "an official of the foreign ministry in Berlin": a bare office every state has, which the manifest gives a side, is the
            // one of the country whose city closes the description, when that is another country's
            if (e.Party != null && post != null && ClosingPlace(post) is { } closing && _parties.MapCountry(closing) is var placed &&
                !placed.Equals(e.Party, StringComparison.Ordinal) && _parties.NamedOnlyByBareOrganisation(partyText, e.Party))
                e.Party = placed;
            // "a Western diplomat", "one European ambassador": an envoy of a region or a bloc, of no one state, is a foreign
            // observer (the manifest's party of the others, when it has one)
            if (e.Party == null && MentionFacts.BlocModifier(m.Modifiers) && MentionFacts.EnvoyOfABloc(core)) e.Party = _parties.Others;
            // "Pakistan's army", "the country's spokesman" (not "Pakistan's enemy"): an institution owned by a side
            // (not a joint source, whose side its conjuncts gave: "Pakistan's army and the U.S. embassy")
            if (e.Party == null && (Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Institutional) || Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Institutional)) &&
                !PartyResolver.IsJoint(m.Text)) e.Party = PossessorParty(m.Text) ?? CountryOfCountryNoun(m, ap);
            // "The opposition PML-N welcomed the ruling. Its spokesman said …": the voice "its" gives to the body read in that sentence
            // or the one before speaks for the body's side; a country's political party (countries.txt, fifth column) is no side
            // as a body, and its people are their country's, as "PML-N spokesman" is
            if (e.Party == null && !m.Plural && m.Owner == null && IsThingPossessive(m.Determiner) && Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Spokesperson) &&
                MostRecent((r: this, sentence), static (x, s) => (x.Kind == EntityKind.Organisation || x.Kind == EntityKind.Group) && x.LastSeen >= 0 && s.sentence - x.LastSentence <= 1 &&
                                                      (x.Party ?? s.r._parties.FromPoliticalParty(x.Display)) != null) is { } body)
                e.Party = body.Party ?? _parties.FromPoliticalParty(body.Display);
            // "President Reyes condemned the raid. His spokesman said …": the voice "his" or "her" gives by an office with no words of
            // its own speaks for the side of the person the possessive stands for (read before the office is added)
            if (e.Party == null && principal != null) e.Party = principal.Party;
            if (e.Party == null && !m.Plural)
            {
                // "Two Pakistani intelligence officials told CNN … a second intelligence official" → Pakistan
                bool member = m.Determiner.Split(' ').Any(w => Lexicon.Is(w, WordTag.Member)) ||
                              m.Modifiers.Any(mod => Lexicon.Is(mod, WordTag.Member));
                var group = MostRecent((m, paragraph, member), static (x, s) => x.Kind == EntityKind.Group && x.Head == s.m.Head && x.Party != null && s.paragraph - x.LastParagraph <= GroupMemberReach &&
                                            (s.member || s.m.Modifiers.Count > 0 && x.HasWords(s.m.Modifiers)));
                if (group != null) e.Party = group.Party;
            }
            // "an independent analyst said", "a visiting scholar": an expert no side's name describes speaks for no side, as a
            // named one does (the manifest's party of no side, when it has one)
            if (e.Party == null && _parties.NoSide is { } noSide && Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Expert)) e.Party = noSide;
            // "an embassy official", "a consulate spokesman": a person of a diplomatic mission speaks for the country of the mission
            // the text wrote before with its country ("The US Embassy in Islamabad … An embassy official said"), or for no side,
            // never for the host country the story is filed from
            if (e.Party == null && OfAMission(m))
            {
                e.Party = MissionNamedBefore(ap, m.CharStart) ?? MissionSideBefore(paragraph);
                return e;
            }
            // "a senior administration official", "Administration officials said": an official of the executive news English names
            // with no country (the U.S. President's administration), in a text that names that country: not the place reported from
            if (e.Party == null && ExecutiveSide(m, post, ap) is { } executive) e.Party = executive;
            // "officials here", "senior officers": people of an institution, no country written: the place reported from, or
            // the city of one country the description names ("a security official in Quetta")
            // "A military spokesman there told reporters …", "officers there are adamant …": people of the place named before, of
            // that place's country, or of no side when no place is named (not the place reported from)
            if (IsNamedPlace(post))
            {
                e.Party ??= SideOfPlaceNamedBefore(ap, m.CharStart);
                return e;
            }
            if (e.Party == null && (IsWriterPlace(post) || LocalDescription(m, ap)))
            {
                // "At the Pakistani Embassy, a spokesman said", "At the Pentagon, officials said": the place that opens the
                // sentence right before the description is a side's institution, whose people they are, whatever the dateline
                if (post == null && ap != null) e.Party = OpeningInstitutionSide(ap, m);
                // "The Foreign Office said … A spokesman said …": the voice of a body, in the paragraph where a body of a side
                // spoke, speaks for that body's side, not the dateline's ("officials said", many people, and "a liaison officer
                // said", who may answer the body, stay the place's)
                if (e.Party == null && !m.Plural && post == null && Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Spokesperson))
                    e.Party = SideNamedBefore(paragraph, SpokespersonSideReach, forStateBody: ModifiedByNationalForce(m));
                // "As described by two American officers, … ¶ “…,” one of the officers said": people the text wrote before with the
                // same noun and a side of their own are those people, of that side, not of the place the story is filed from (only
                // "the officers" or one of them: a bare "Officials said" brings in people of its own)
                if (e.Party == null && post == null && m.Modifiers.Count == 0 && ap != null && (m.Plural && Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle) || m.Determiner.Split(' ').Any(w => Lexicon.Is(w, WordTag.Member))) &&
                    SideOfNounWrittenBefore(m, ap) is { } written)
                    e.Party = written;
                if (e.Party == null)
                {
                    // ("a security official in Quetta": the country of the city the description names, else the home's)
                    e.Party = PostCity(post) is { } city ? _parties.MapCountry(city) : HomeParty;
                    e.PartyFromPlace = e.Party != null;
                }
            }
            // "A senior defense official tells reporters …" in a text that names the Pentagon: an official whose office names a
            // ministry by its portfolio, of no side read otherwise, is of the side of that ministry as the text names it
            // "Military sources tell our Rawalpindi correspondent that …": people of an institution with no side written, whom the
            // sentence has speak to the outlet's own correspondent in a city, were reached there and are of its country, not of a
            // ministry or a side the text named before
            if (e.Party == null && post == null && ap != null && (Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Local) || Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Institutional)) &&
                OwnCorrespondentPlaceAfter(ap, m) is { } reached)
            {
                e.Party = _parties.MapCountry(reached);
                e.PartyFromPlace = true;
            }
            if (e.Party == null) e.Party = MinistrySideBefore(m, ap);
            // "A Deputy Attorney General told the court", "the Interior Minister said": an office's title with no holder named
            if (e.Party == null) e.Party = UnnamedOfficeAtHome(m, post, ap);
            return e;
        }

        /// <summary>
        /// "ISLAMABAD: A Deputy Attorney General told the court …", "The Interior Minister said …": a description that is an
        /// office's title of titles.txt ('office') written as one, every word capitalised, with an article before it and nothing
        /// after it, and no holder named, speaks for the dateline's country (or the side of the heading over it), as the holder
        /// named with that title does (<see cref="OfficeAtHome"/>). Not an office whose holder speaks abroad ("the Ambassador"),
        /// one the country lacks (office-countries.txt), a rank alone in a story filed from a country of no side, a title that
        /// names a country, nor in a sentence that names another country; not in a transcript's turn.
        /// </summary>
        private string? UnnamedOfficeAtHome(Mention m, string? post, AnalysedParagraph? ap)
        {
            if (_home == null || TurnParty != null || ap == null || post != null || m.Apposition != null || m.Owner != null || m.Plural || m.Modifiers.Count == 0) return null;
            if (!(Lexicon.Is(m.Determiner, WordTag.Indefinite) || Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle))) return null;
            var words = (m.HeadText ?? m.Text).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != m.Modifiers.Count + 2) return null;
            for (int i = 1; i < words.Length; i++)
                if (!char.IsUpper(words[i][0])) return null;
            var title = string.Join(" ", words, 1, words.Length - 1);
            if (!PersonName.IsHomeOfficeOfNoCountry(title)) return null;
            if (SectionParty == null && Lexicon.OfficeExistsIn(title, _home.Name) == false) return null;
            if (SectionParty == null && _parties.Others is { } others && PersonName.IsRankOnly(title) && _parties.MapCountry(_home).Equals(others, StringComparison.Ordinal)) return null;
            if (SectionParty == null && SpeakerResolution.NamesAnotherCountry(ap, ap.TokenAt(m.CharStart), _home)) return null;
            return SectionParty ?? _parties.MapCountry(_home);
        }

        /// <summary>
        /// "His spokesman", "her spokeswoman": a description of one person whose determiner is the possessive of "he" or "she" and whose
        /// head is a speaker noun of an office (speaker-nouns.txt 'spokesperson' or 'institutional'), with no words of its own
        /// before or after the head (an apposition aside, "His spokesman, Omar Daud,"): the voice of the person the possessive
        /// stands for.
        /// </summary>
        internal static bool IsPrincipalsOffice(Mention m) =>
            m.Kind == MentionKind.Description && !m.Plural && m.Owner == null && m.Modifiers.Count == 0 && m.PostModifier == null &&
            Lexicon.SubjectOfPossessive(m.Determiner.ToLowerInvariant()) is { } pronoun && Lexicon.Is(pronoun, WordClass.GenderedPronoun) &&
            (Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Spokesperson) || Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Institutional));

        /// <summary>
        /// The person the possessive of a principal's office (<see cref="IsPrincipalsOffice"/>: "His spokesman") stands for, read as
        /// a "he" or "she" at the description would be; null for any other description, or when no person is in view.
        /// </summary>
        internal Entity? Principal(Mention m, AnalysedParagraph ap, int sentence) =>
            IsPrincipalsOffice(m) && Lexicon.SubjectOfPossessive(m.Determiner.ToLowerInvariant()) is { } pronoun &&
            ResolvePronoun(pronoun, sentence, ap.Index, m.CharStart, ap) is { Kind: EntityKind.Person } person ? person : null;

        /// <summary>
        /// "a senior defense official", "Defense officials", "SENIOR DEFENSE OFFICIAL": the side of the ministry a description of
        /// officials (its head a speaker noun tagged 'local') names by a portfolio's word among its modifiers (ministries.txt),
        /// as the text names that ministry before the description: "the Pentagon", "the Department of Defense", "Afghanistan's
        /// defence ministry" (either form of a ministry's name, <see cref="MinistryNames.Read"/>), each with up to
        /// <see cref="MinistryCountryWords"/> capitalised words before it. Null when the text names no such ministry before it,
        /// or names one of no side it can read ("the defence ministry") or of two sides: whose official it is, is then not plain.
        /// </summary>
        private string? MinistrySideBefore(Mention m, AnalysedParagraph? ap)
        {
            if (_document == null || ap == null || !Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Local)) return null;
            Lexicon.Ministry? ministry = null;
            foreach (var w in m.Modifiers)
                if ((ministry = Lexicon.MinistryOf(w.ToLowerInvariant())) != null) break;
            if (ministry == null) return null;
            string? side = null;
            for (int pi = 0; pi <= ap.Index && pi < _document.Paragraphs.Count; pi++)
            {
                var tk = _document.Paragraphs[pi].Tokens;
                int end = pi == ap.Index ? Math.Min(tk.Count, ap.TokenAt(m.CharStart)) : tk.Count;
                for (int k = 0; k < end; k++)
                {
                    if (!tk[k].IsWord) continue;
                    int b;
                    if (ministry.Names.Contains(tk[k].Lower)) b = k + 1;
                    // "Defense Department", "defence ministry"; "Department of Defense", "Ministry of Defence"
                    else if (MinistryNames.Read(tk, k, end) is { } name && ministry.Words.Contains(tk[name.Portfolio].Lower)) b = name.End;
                    else continue;
                    int from = k;
                    while (from > 0 && k - from < MinistryCountryWords && tk[from - 1].IsWord && tk[from - 1].IsCapitalized) from--;
                    var named = _parties.FromText(MentionParser.Join(tk, from, b));
                    if (named == null || side != null && side != named) return null;
                    side = named;
                }
            }
            return side;
        }

        /// <summary>How many capitalised words before a ministry's name are read for its country ("U.S. Department of Defense", "Afghan Defense Ministry").</summary>
        private const int MinistryCountryWords = 2;

        /// <summary>How many paragraphs before the one of "One said" or "Another said" (or of a bare "the official") are read for the people it is one of (the paragraph before).</summary>
        private const int MemberGroupParagraphs = 1;

        /// <summary>
        /// The tokens before a mention, nearest first: back through its paragraph, then through the
        /// <see cref="MemberGroupParagraphs"/> paragraphs before it, each from its last token.
        /// </summary>
        private IEnumerable<(TokenList Tokens, int At)> TokensBefore(Mention m, AnalysedParagraph ap)
        {
            var at = ap;
            int k = ap.TokenAt(m.CharStart) - 1;
            for (int back = 0; ; )
            {
                var tk = at.Tokens;
                for (; k >= 0; k--) yield return (tk, k);
                if (++back > MemberGroupParagraphs || _document == null || at.Index - 1 < 0) yield break;
                at = _document.Paragraphs[at.Index - 1];
                k = at.Tokens.Count - 1;
            }
        }

        /// <summary>The most capitalised words right before the people's noun read for their side ("Pakistani fishermen", "New Hampshire Republicans").</summary>
        private const int MemberGroupSideWords = 3;

        /// <summary>
        /// "Three fishermen waited at the quay. One said, “…”", "Another said: “…”": a member determiner alone (<see cref="Mention.IsMemberAlone"/>)
        /// is one of the people the text named last, in its paragraph before it or in the paragraph before: the nearest noun of people
        /// (speaker-nouns.txt) read back from the word. A plural one gives "one of the fishermen" ("another of the fishermen"); after a singular one, "another"
        /// is another of the same ("One user wrote … Another said" → "another user"). Null, and the word stays as written, when a
        /// document, post or message is nearer than any noun of people ("Two reports came out. One says …"), when no noun of people
        /// is found, or when "one" follows a singular one. The entity is a new individual, of the side that the capitalised words
        /// before the noun name (none for a private person's noun).
        /// </summary>
        private Entity? MemberOfPeopleBefore(Mention m, AnalysedParagraph ap)
        {
            foreach (var (tk, k) in TokensBefore(m, ap))
            {
                var t = tk[k];
                if (!t.IsWord) continue;
                if (t.IsDocumentWord) return null;
                if (!t.IsSpeakerNoun(out var singular, out bool plural)) continue;
                int a = k;
                while (a - 1 >= 0 && k - a < MemberGroupSideWords && tk[a - 1].IsCapitalized && !tk[a - 1].Has(WordTag.Member)) a--;
                // ("One user wrote … Another said", "added another New Hampshire Republican. Yet another said": one more of the same)
                if (!plural && !(m.Head == "another" && a > 0 && tk[a - 1].IsWord && tk[a - 1].Has(WordTag.Member))) return null;
                var words = MentionParser.Join(tk, a, k + 1);
                var noun = Lexicon.IsSpeakerNoun(singular, SpeakerNounTag.Capitalised) ? t.Text : t.Lower;
                var e = Add(new Entity
                {
                    Kind = EntityKind.Individual,
                    // ("One said … Another said": "another of the fishermen", someone else than the one before)
                    Display = plural ? m.Head + " of the " + noun : "another " + (a < k ? MentionParser.Join(tk, a, k) + " " : "") + noun,
                    Head = singular,
                });
                if (!Lexicon.IsSpeakerNoun(singular, SpeakerNounTag.Private)) e.Party = _parties.FromText(words);
                return e;
            }
            return null;
        }

        /// <summary>
        /// "As described by two American officers, … ¶ The force, the officers said, …": for a description of people that writes no
        /// word but its noun ("the officers", "one of the officers"), the side that the capitalised words right before the same noun
        /// in the plural name where the text wrote it last before, in the mention's paragraph or the one before (<see cref="TokensBefore"/>):
        /// "two American officers" gives United States. Null when that nearest same noun has no side written before it or is singular
        /// (then the place the story is filed from decides, as before), or when no such noun is written.
        /// </summary>
        private string? SideOfNounWrittenBefore(Mention m, AnalysedParagraph ap)
        {
            foreach (var (tk, k) in TokensBefore(m, ap))
            {
                var t = tk[k];
                if (!t.IsWord || !t.IsSpeakerNoun(out var singular, out bool plural) || singular != m.Head) continue;
                // (people written as many: "the official" after "to Pakistani officials" may be anyone's)
                if (!plural) return null;
                if (Lexicon.IsSpeakerNoun(singular, SpeakerNounTag.Private)) return null;
                int a = k;
                while (a - 1 >= 0 && k - a < MemberGroupSideWords && tk[a - 1].IsCapitalized && !tk[a - 1].Has(WordTag.Member)) a--;
                return a < k ? _parties.FromText(MentionParser.Join(tk, a, k + 1)) : null;
            }
            return null;
        }

        /// <summary>How many words may stand between "a" and the noun of an indefinite description a bare definite one goes back to ("a senior U.S. military official").</summary>
        private const int IndefiniteModifierWords = 4;

        /// <summary>
        /// "… hears another version from a U.S. official who has seen early reports. The official says …": a bare definite
        /// description of one person ("the official") that no subject or speaker read before stands for is the indefinite one
        /// of the same noun the text wrote before it, in any grammatical role (the object of a preposition, of a verb), in its
        /// paragraph or the one before: the nearest "a"/"an", up to <see cref="IndefiniteModifierWords"/> words and that noun,
        /// in the singular. A new individual, introduced, of the side its capitalised words name (none for a private person's
        /// noun). Null when no such phrase is written there.
        /// </summary>
        /// <summary>
        /// Who a bare description stands for when, in this paragraph, after <paramref name="earlier"/> (of a paragraph before, its
        /// side known) was last read, a person or people of another side spoke, or one of a body's people of no side read spoke
        /// after the paragraph named another side before the mention ("Pakistani officials told a different story. A member of
        /// the delegation insisted …"): two sides are then in view. The unnamed one of a body's people ("a member of the
        /// delegation", "a spokesman") who spoke nearest in this paragraph since; else no one (<paramref name="inView"/> false
        /// when no other side is in view: the earlier one stands).
        /// </summary>
        private Entity? OtherSideInView(Entity earlier, Mention m, AnalysedParagraph ap, out bool inView)
        {
            int paragraph = ap.Index;
            inView = false;
            if (earlier.Party == null) return null;
            var official = MostRecent((earlier, paragraph), static (x, s) => x != s.earlier && x.Spoke && !x.Plural && x.LastParagraph == s.paragraph &&
                                  x.LastSeen > s.earlier.LastSeen && OfficialKind(x));
            inView = MostRecent((earlier, paragraph), static (x, s) => x != s.earlier && x.Spoke && x.LastParagraph == s.paragraph &&
                                  x.LastSeen > s.earlier.LastSeen && x.Party != null && x.Party != s.earlier.Party) != null;
            // (the official of no side read, after words of the paragraph that name another side first)
            if (!inView && official != null && official.Party == null && m.CharStart > 0 && m.CharStart <= ap.Text.Length &&
                _parties.FromText(ap.Text.Substring(0, m.CharStart)) is { } named && named != earlier.Party)
                inView = true;
            return inView ? official : null;
        }

        /// <summary>True for an unnamed person described as one of a body's people ("a member of the delegation", "a spokesman", "an official").</summary>
        private static bool OfficialKind(Entity x) =>
            x.Kind == EntityKind.Individual && Lexicon.IsSpeakerNoun(x.Head, SpeakerNounTag.Institutional | SpeakerNounTag.Member | SpeakerNounTag.Spokesperson);

        private Entity? IndefiniteOfHeadBefore(Mention m, AnalysedParagraph ap) => IndefiniteOfHeadBefore(m, ap, 0, -1);

        /// <summary>
        /// <see cref="IndefiniteOfHeadBefore(Mention, AnalysedParagraph)"/> for a mention in the sentence (counter) <paramref name="sentence"/>,
        /// when the nearest such phrase is written in a sentence after <paramref name="after"/> (the one an earlier entity of the
        /// noun was last read in): null when it is written there or before it (it is then most often that entity's own phrase).
        /// </summary>
        private Entity? IndefiniteOfHeadBefore(Mention m, AnalysedParagraph ap, int sentence, int after)
        {
            int here = ap.SentenceOf(Math.Max(0, ap.TokenAt(m.CharStart)));
            if (NearestIndefiniteOfHead(m, ap) is not var (tk, a, k)) return null;
            if (after >= 0)
            {
                // ("a candidate for president" is a candidate: the noun after a preposition heads no phrase of "a")
                bool headed = true;
                for (int w = a + 1; w < k && headed; w++) headed = !(tk[w].IsLowerWord && tk[w].Has(WordTag.Preposition));
                if (!headed) return null;
                // (the phrase's sentence counter: back from the mention's own, through its paragraph or the one before)
                int written = ReferenceEquals(tk, ap.Tokens) ? sentence - (here - ap.SentenceOf(k))
                            : _document != null && ap.Index > 0 && _document.Paragraphs[ap.Index - 1] is var before && ReferenceEquals(tk, before.Tokens)
                                ? sentence - here - (before.Sentences.Count - before.SentenceOf(k)) : -1;
                if (written <= after) return null;
            }
            var words = MentionParser.Join(tk, a + 1, k + 1);
            var e = Add(new Entity { Kind = EntityKind.Individual, Display = words, Head = m.Head, Introduced = true });
            for (int w = a + 1; w < k; w++) e.Words.Add(tk[w].Text);
            if (!Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Private)) e.Party = _parties.FromText(words);
            // "A senior Obama administration official has been briefing reporters. … the official said": the executive the
            // phrase's words name, as they would where the phrase itself is the speaker (not before a phrase of its own, "in …")
            if (e.Party == null && !(k + 1 < tk.Count && tk[k + 1].IsLowerWord && tk[k + 1].Has(WordTag.Preposition)))
            {
                var mods = new List<string>();
                for (int w = a + 1; w < k; w++) mods.Add(tk[w].Text);
                e.Party = ExecutiveOfWords(mods, m.Head, firstMayBeCapital: false);
            }
            return e;
        }

        /// <summary>
        /// The nearest phrase of "a"/"an", up to <see cref="IndefiniteModifierWords"/> words and a singular noun of people that
        /// is the mention's head, written before the mention (the tokens <see cref="TokensBefore"/> reads, nearest first): its
        /// tokens, the article's position and the noun's. Looked up in <see cref="IndefiniteHeadsOf"/>, so that a paragraph of
        /// thousands of "the engineer said" is not read back whole for each.
        /// </summary>
        private (TokenList Tokens, int Article, int Noun)? NearestIndefiniteOfHead(Mention m, AnalysedParagraph ap)
        {
            var at = ap;
            int limit = ap.TokenAt(m.CharStart) - 1;
            for (int back = 0; ; )
            {
                if (limit >= 0 && IndefiniteHeadsOf(at.Tokens).TryGetValue(m.Head, out var phrases))
                {
                    // (the last phrase whose noun stands at or before the limit)
                    int lo = 0, hi = phrases.Count - 1, found = -1;
                    while (lo <= hi)
                    {
                        int mid = (lo + hi) / 2;
                        if (phrases[mid].Noun <= limit) { found = mid; lo = mid + 1; } else hi = mid - 1;
                    }
                    if (found >= 0) return (at.Tokens, phrases[found].Article, phrases[found].Noun);
                }
                if (++back > MemberGroupParagraphs || _document == null || at.Index - 1 < 0) return null;
                at = _document.Paragraphs[at.Index - 1];
                limit = at.Tokens.Count - 1;
            }
        }

        /// <summary>The phrases of "a"/"an" and a singular noun of people of each paragraph's tokens read so far, by noun (<see cref="IndefiniteHeadsOf"/>).</summary>
        private readonly Dictionary<TokenList, Dictionary<string, List<(int Article, int Noun)>>> _indefiniteHeads =
            new Dictionary<TokenList, Dictionary<string, List<(int Article, int Noun)>>>();

        /// <summary>
        /// Every phrase of a paragraph's tokens that is "a"/"an", up to <see cref="IndefiniteModifierWords"/> words and a singular
        /// noun of people (speaker-nouns.txt), by that noun, in text order: read once a paragraph.
        /// </summary>
        private Dictionary<string, List<(int Article, int Noun)>> IndefiniteHeadsOf(TokenList tk)
        {
            if (_indefiniteHeads.TryGetValue(tk, out var heads)) return heads;
            heads = new Dictionary<string, List<(int Article, int Noun)>>(StringComparer.Ordinal);
            for (int k = 0; k < tk.Count; k++)
            {
                var t = tk[k];
                if (!t.IsWord || !t.IsSpeakerNoun(out var singular, out bool plural) || plural) continue;
                int a = k - 1;
                while (a >= 0 && k - a <= IndefiniteModifierWords + 1 && tk[a].IsWord && !tk[a].Has(WordClass.IndefiniteArticle)) a--;
                if (a < 0 || k - a > IndefiniteModifierWords + 1 || !tk[a].IsWord || !tk[a].Has(WordClass.IndefiniteArticle)) continue;
                if (!heads.TryGetValue(singular, out var list)) heads[singular] = list = new List<(int Article, int Noun)>();
                list.Add((a, k));
            }
            _indefiniteHeads[tk] = heads;
            return heads;
        }

        /// <summary>
        /// "Two U.S. officials described the night. They said …. ¶ One of them said …": "one of them" (<see cref="Mention.OfGroupPronoun"/>)
        /// is one member of the group of people that was the subject or speaker of the sentence right before, which the pronoun
        /// stands for: a new individual of that group's head and side ("the official" after it is that member, not someone of the
        /// place the text reports from). Null when no such group was read there (then the nearest noun of people is read, as for
        /// "One said").
        /// </summary>
        private Entity? MemberOfGroupJustBefore(Mention m, int sentence)
        {
            var group = MostRecent(sentence, static (x, s) => x.Kind == EntityKind.Group && x.Plural && x.LastSentence == s - 1 && Lexicon.IsSpeakerNoun(x.Head, out _, out _));
            if (group == null) return null;
            var e = Add(new Entity { Kind = EntityKind.Individual, Display = m.Head + " of the " + group.Display, Head = group.Head, Party = group.Party });
            if (group.WordCount > 0) foreach (var w in group.Words) e.Words.Add(w);
            return e;
        }

        /// <summary>
        /// The state body's word of "a ministry statement", "the army statement": a document's one modifier, in lower case, that is
        /// a bare institution's word (organisation-words.txt 'institutional'), not a document's ("a press release statement") nor a
        /// mission's (<see cref="OfAMission"/> reads those), with no phrase after the document; null otherwise.
        /// </summary>
        private static string? BodyOfDocument(Mention m)
        {
            if (!m.IsDocument || m.Modifiers.Count != 1 || m.PostModifier != null || m.Apposition != null) return null;
            var word = m.Modifiers[0];
            if (word.Length == 0 || !char.IsLower(word[0]) || !Lexicon.IsOrganisationWord(word, OrganisationWordTag.Institutional) ||
                Lexicon.IsOrganisationWord(word, OrganisationWordTag.Document | OrganisationWordTag.Mission)) return null;
            return word;
        }

        /// <summary>"an embassy official", "a consulate spokesman": a description of a person one of whose modifiers is a diplomatic mission's word (organisation-words.txt 'mission').</summary>
        internal static bool OfAMission(Mention m)
        {
            foreach (var mod in m.Modifiers)
                if (Lexicon.IsOrganisationWord(mod.ToLowerInvariant(), OrganisationWordTag.Mission)) return true;
            return false;
        }

        /// <summary>The most words of a mission's name before its mission word that name its side ("the U.S. Embassy", "Pakistan's High Commission").</summary>
        private const int MissionNameWords = 3;

        /// <summary>
        /// The party of the diplomatic mission written last before <paramref name="at"/> in the paragraph with its side before
        /// the mission's word ("The US Embassy in Islamabad did not respond. An embassy official said …"), as no speaker; else null.
        /// </summary>
        private string? MissionNamedBefore(AnalysedParagraph ap, int at)
        {
            var tk = ap.Tokens;
            for (int k = Math.Min(ap.TokenAt(at), tk.Count) - 1; k > 0; k--)
                if (MissionPartyAt(ap, k) is { } party) return party;
            return null;
        }

        /// <summary>
        /// The side of a diplomatic mission whose word stands at token <paramref name="k"/>, from the words of its name before
        /// that word ("the U.S. Embassy", "Pakistan's High Commission"), else from the country its "of" names right after it,
        /// whole and in capitals ("the Embassy of Pakistan", "the Embassy of the United States": a mission is its sending
        /// country's); null when the token is no mission's word or no side is named.
        /// </summary>
        private string? MissionPartyAt(AnalysedParagraph ap, int k)
        {
            var tk = ap.Tokens;
            if (k < 0 || k >= tk.Count || !tk[k].IsWord || !Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.Mission)) return null;
            int a = k;
            while (a > 0 && k - a < MissionNameWords && tk[a - 1].IsWord && !Lexicon.Is(tk[a - 1].Lower, WordClass.Article)) a--;
            if (a < k) return _parties.FromText(ap.Text.Substring(tk[a].Start, tk[k].End - tk[a].Start));
            return MissionOfCountryAfter(tk, k + 1) is { } country ? _parties.MapCountry(country) : null;
        }

        /// <summary>
        /// The country named whole by "of" at <paramref name="of"/> and one to <see cref="TitlePlace.MaxWords"/> capitalised words
        /// after it ("the" allowed before them), no capitalised word right after them; null otherwise.
        /// </summary>
        private static Country? MissionOfCountryAfter(IReadOnlyList<Token> tk, int of)
        {
            if (of + 1 >= tk.Count || !tk[of].IsWord || !Lexicon.IsAsWritten(tk[of].Lower, WordGroup.OfComplement)) return null;
            int b = of + 1;
            if (tk[b].IsWord && tk[b].IsLowerWord && Lexicon.Is(tk[b].Lower, WordGroup.DefiniteArticle)) b++;
            for (int n = TitlePlace.MaxWords; n >= 1; n--)
            {
                int e = b + n;
                if (e > tk.Count || e < tk.Count && tk[e].IsWord && tk[e].IsCapitalized) continue;
                bool capitals = true;
                for (int x = b; x < e && capitals; x++) capitals = tk[x].IsCapitalized;
                if (capitals && TitlePlace.Whole(tk, b, e) is { } country) return country;
            }
            return null;
        }

        /// <summary>
        /// "the embassy's spokesman", "The consulate's press officer", "embassy spokesman Mark Stroh", "an embassy official": a
        /// title or role owned by a bare diplomatic mission (a mission's word, in the possessive or before the role's head, with
        /// no word but an article before it), which names no side itself. A mission speaks for the country it represents,
        /// never for its host, so the dateline's country is no default for it.
        /// </summary>
        private static bool BareMissionOwner(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                bool owns = Possessive.EndsIn(words[i]);
                // (a mission's word before a head: "embassy spokesman"; the word alone is the mission itself)
                if (!owns && i + 1 >= words.Length) continue;
                var owner = PartyResolver.StripPossessive(words[i]).ToLowerInvariant();
                if (Lexicon.IsOrganisationWord(owner, OrganisationWordTag.Mission) && (i == 0 || i == 1 && Lexicon.Is(words[0].ToLowerInvariant(), WordClass.Article)))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// The side of the diplomatic missions the text named with their side up to the paragraph resolved ("the United
        /// States embassy in Islamabad" as an object paragraphs before): a bare mission later is that one. Null when the text
        /// named none, or missions of more than one side (then "the embassy" could be either).
        /// </summary>
        private string? MissionSideInText()
        {
            if (_document == null) return null;
            string? side = null;
            var paragraphs = _document.Paragraphs;
            for (int pi = 0; pi <= _paragraph && pi < paragraphs.Count; pi++)
            {
                var ap = paragraphs[pi];
                for (int k = 0; k < ap.Tokens.Count; k++)
                {
                    if (MissionPartyAt(ap, k) is not { } party) continue;
                    if (side != null && side != party) return null;
                    side = party;
                }
            }
            return side;
        }

        /// <summary>How many words before a document of findings may name its side ("the U.S. military investigation"), and how many may stand between it and its "by" ("was ordered by").</summary>
        private const int FindingsNameWords = 3;

        /// <summary>
        /// The one side of the findings (organisation-words.txt 'findings': "investigation", "inquiry", "report") that the text
        /// named up to this paragraph, in any place of a sentence: in the capitalised words right before the noun ("the U.S.
        /// military investigation", "Northland's inquiry") or in the "by" phrase right after it ("the investigation ordered by
        /// the Northern command", "The investigation was led by Col. Jo Bell of the Northern Air Force"); null when none, or two
        /// sides, are named so, or when findings another owner's possessive names are named too ("its report").
        /// </summary>
        private string? FindingsSideInText()
        {
            if (_document == null) return null;
            string? side = null;
            var paragraphs = _document.Paragraphs;
            for (int pi = 0; pi <= _paragraph && pi < paragraphs.Count; pi++)
            {
                var ap = paragraphs[pi];
                var tk = ap.Tokens;
                for (int k = 0; k < tk.Count; k++)
                {
                    // (a capitalised noun heads a name, "the American Community Survey", whose words are not a side's; a noun
                    // before another, "the Northern investigation team", is not the findings)
                    if (!tk[k].IsLowerWord || !Lexicon.IsOrganisationWord(tk[k].Lower, OrganisationWordTag.Findings)) continue;
                    var party = FindingsPartyAt(ap, k);
                    // "it published its report": findings whose owner the text does not give a side make the bare word unsure
                    if (party == null && k > 0 && (Possessive.EndsIn(tk[k - 1].Text) || tk[k - 1].IsLowerWord && tk[k - 1].Has(WordTag.Possessive))) return null;
                    if (party == null) continue;
                    if (side != null && side != party) return null;
                    side = party;
                }
            }
            return side;
        }

        /// <summary>The token index of the mention's head in <paramref name="ap"/> when the mention is read from that paragraph's own tokens (its first token starts at its first character and its last token is its head); else null.</summary>
        private static int? HeadInParagraph(Mention m, AnalysedParagraph ap)
        {
            var tk = ap.Tokens;
            int k = m.End - 1;
            if (m.Start < 0 || k < m.Start || k >= tk.Count || tk[m.Start].Start != m.CharStart || !tk[k].IsLowerWord || tk[k].Lower != m.Head) return null;
            return k;
        }

        /// <summary>True when the word after token k is a lower-case word of no verb, no grammar word and no preposition: k then modifies it ("investigation team").</summary>
        private static bool BeforeANoun(IReadOnlyList<Token> tk, int k) =>
            k + 1 < tk.Count && tk[k + 1].IsLowerWord && !tk[k + 1].IsVerbForm && !tk[k + 1].Has(WordTag.Function | WordTag.Preposition | WordTag.Auxiliary) &&
            !Lexicon.IsAsWritten(tk[k + 1].Text, WordGroup.Agent) && !tk[k + 1].Has(WordClass.ClauseCoordinator);

        /// <summary>The side the words of a document of findings at token <paramref name="k"/> name (<see cref="FindingsSideInText"/>), or null.</summary>
        private string? FindingsPartyAt(AnalysedParagraph ap, int k)
        {
            var tk = ap.Tokens;
            int a = k;
            while (a > 0 && k - a < FindingsNameWords && tk[a - 1].IsWord && (tk[a - 1].IsCapitalized || tk[a - 1].IsOrganisationWord)) a--;
            if (a < k && !BeforeANoun(tk, k) && _parties.FromText(ap.Text.Substring(tk[a].Start, tk[k].Start - tk[a].Start)) is { } before) return before;
            // "the Pentagon released the summary of its investigation": findings that "its" owns are the body's named nearest
            // before it in its sentence
            if (k > 0 && tk[k - 1].IsLowerWord && IsThingPossessive(tk[k - 1].Lower)) return PossessorPartyBefore(ap, k - 1);
            // "the rejection of the report by the army": findings that are the object of a noun, whose "by" names who acted on them
            int d = k > 0 && tk[k - 1].IsWord && Lexicon.Is(tk[k - 1].Lower, WordClass.Article) ? k - 1 : k;
            if (d > 0 && tk[d - 1].IsLowerWord && tk[d - 1].Has(WordGroup.OfComplement)) return null;
            // "ordered by", "was led by": a few lower-case words, then "by" and the maker's words up to a mark or a preposition
            // (or set off by a comma, "The inquiry, conducted by the U.S. military, …", when the words before "by" say it made
            // them: document-makers.txt; not "The report, criticised by the army, …")
            // ("The investigation into the raid, ordered by …", "the inquiry into the clash was led by …": after a phrase of what the
            // findings are about, only a participle of making them, document-makers.txt, before the "by")
            int about = AboutPhraseEnd(tk, k);
            bool aside = about > k ? tk[about].Is(",") : k + 1 < tk.Count && tk[k + 1].Is(",");
            int open = about > k ? (aside ? about + 1 : about) : (aside ? k + 2 : k + 1);
            int limit = about > k ? open + FindingsNameWords : k + FindingsNameWords + 1;
            int j = open;
            while (j < tk.Count && j < limit && tk[j].IsLowerWord && !Lexicon.IsAsWritten(tk[j].Text, WordGroup.Agent)) j++;
            if (j >= tk.Count || !tk[j].IsWord || !Lexicon.IsAsWritten(tk[j].Text, WordGroup.Agent)) return null;
            if (aside && about == k && (j == k + 2 || !Lexicon.IsDocumentMaker(MentionParser.Join(tk, k + 2, j).ToLowerInvariant()))) return null;
            if (about > k && (j == open || !Lexicon.IsDocumentMaker(WithoutAuxiliaries(tk, open, j)))) return null;
            int e = j + 1;
            while (e < tk.Count && tk[e].IsWord && !(tk[e].IsLowerWord && Lexicon.Is(tk[e].Lower, WordTag.Preposition) && tk[e].Lower != "of")) e++;
            return e > j + 1 ? _parties.FromText(ap.Text.Substring(tk[j + 1].Start, tk[e - 1].End - tk[j + 1].Start)) : null;
        }

        /// <summary>How many tokens the phrase of what findings are about may hold ("into last month's deadly clash on the border").</summary>
        private const int AboutPhraseTokens = 10;

        /// <summary>
        /// After the noun of findings at <paramref name="k"/>, a phrase of what they are about: a preposition (not "by"), then
        /// words up to a comma or an auxiliary or finite verb ("into the raid,", "into the clash was …"), within
        /// <see cref="AboutPhraseTokens"/>: the index of that comma or verb; else <paramref name="k"/>.
        /// </summary>
        private static int AboutPhraseEnd(IReadOnlyList<Token> tk, int k)
        {
            int p = k + 1;
            if (p >= tk.Count || !tk[p].IsLowerWord || !(tk[p].Has(WordTag.Preposition) || tk[p].Has(WordClass.TargetPreposition)) || Lexicon.IsAsWritten(tk[p].Text, WordGroup.Agent) || tk[p].Has(WordGroup.OfComplement)) return k;
            for (int e = p + 1; e < tk.Count && e - p <= AboutPhraseTokens; e++)
            {
                if (tk[e].Is(",") || tk[e].IsLowerWord && tk[e].Has(WordTag.Auxiliary | WordTag.Finite)) return e > p + 1 ? e : k;
                if (!tk[e].IsWord || tk[e].IsLowerWord && Lexicon.IsAsWritten(tk[e].Text, WordGroup.Agent)) return k;
            }
            return k;
        }

        /// <summary>The lower-case words [a, e) without the auxiliaries among them ("was led" → "led").</summary>
        private static string WithoutAuxiliaries(IReadOnlyList<Token> tk, int a, int e)
        {
            var words = new List<string>();
            for (int x = a; x < e; x++)
                if (!tk[x].Has(WordTag.Auxiliary)) words.Add(tk[x].Lower);
            return string.Join(" ", words);
        }

        /// <summary>How many tokens back from an "its" <see cref="PossessorPartyBefore"/> looks for the body it stands for.</summary>
        private const int PossessorReach = 15;

        /// <summary>
        /// The side of the body an "its" at token <paramref name="p"/> stands for: the nearest one named before it in its sentence,
        /// within <see cref="PossessorReach"/> tokens, as a capitalised name ("the Pentagon released … its investigation") or an
        /// organisation word with the capitalised or possessive words before it ("Pakistan's army published its report"); null
        /// when that nearest one has no side ("the army published its report") or none is named.
        /// </summary>
        private string? PossessorPartyBefore(AnalysedParagraph ap, int p)
        {
            var tk = ap.Tokens;
            int s0 = ap.Sentences[ap.SentenceOf(p)].Start;
            for (int x = p - 1; x >= s0 && p - x <= PossessorReach; x--)
            {
                if (!tk[x].IsWord || !(tk[x].IsCapitalized || tk[x].IsOrganisationWord)) continue;
                int a = x;
                while (a > s0 && tk[a - 1].IsWord && (tk[a - 1].IsCapitalized || tk[a - 1].IsOrganisationWord || Possessive.EndsIn(tk[a - 1].Text))) a--;
                // "A Defense Department spokesman said the department stood by its investigation": "the" and the bare
                // organisation word stand for the body the text named before with that word last
                if (a == x && tk[x].IsLowerWord && x > s0 && tk[x - 1].Has(WordGroup.DefiniteArticle)) return NamedBodyBefore(ap, x);
                return _parties.FromText(ap.Text.Substring(tk[a].Start, tk[x].End - tk[a].Start));
            }
            return null;
        }

        /// <summary>
        /// "Senator Jo Bell, a committee member, said", "Jo Bell, a member of the committee,": a role that is one of a body's people
        /// (speaker-nouns.txt 'member') with the body written as its bare organisation word in lower case, before the noun or
        /// after "of the", takes the side of the body the text named last before the full name with that word among its
        /// capitalised words and what they govern ("the Northland Committee on Ports" … "a committee member"); null when the
        /// role is none such, no body is named so, or the nearest names no side.
        /// </summary>
        private string? MemberOfBodyBefore(Entity e)
        {
            if (_document == null) return null;
            // ("Committee chairman Jo Bell": the same two words written as a title in sentence case, as South Asian and British
            // papers write an office before a name, read as the role "committee chairman")
            var role = string.IsNullOrEmpty(e.Role) ? SentenceCaseBodyTitle(e.Title) : e.Role;
            if (string.IsNullOrEmpty(role)) return null;
            var words = RoleCore(role).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int i = words.Length > 0 && Lexicon.IsAsWritten(words[0], WordClass.Article) ? 1 : 0;
            string? body = null;
            if (words.Length == i + 2 && IsMember(words[i + 1])) body = words[i];
            else if (words.Length == i + 4 && IsMember(words[i]) && Lexicon.IsAsWritten(words[i + 1], WordGroup.OfComplement) &&
                     Lexicon.IsAsWritten(words[i + 2], WordGroup.DefiniteArticle)) body = words[i + 3];
            if (body == null || !char.IsLower(body[0]) || !Lexicon.IsOrganisationWord(body) || Lexicon.IsOrganisationWord(body, OrganisationWordTag.Document)) return null;
            if (WrittenFullName(e) is not { } written || written.Paragraph >= _document.Paragraphs.Count) return null;
            var ap = _document.Paragraphs[written.Paragraph];
            int x = ap.TokenAt(written.Start);
            // "by committee chairman Senator Jo Bell": the role written right before the name (and its capitalised title) is the
            // person's own, no nearer body of that word; the body is searched before it
            var tk = ap.Tokens;
            int r = x - 1;
            while (r >= 0 && r < tk.Count && tk[r].IsWord && tk[r].IsCapitalized) r--;
            if (r >= 1 && r < x && tk[r].IsLowerWord && IsMember(tk[r].Lower) && tk[r - 1].IsLowerWord && tk[r - 1].Lower == body) x = r - 1;
            return NamedBodyBefore(ap, x, body, withComplement: true);

            static bool IsMember(string w) => char.IsLower(w[0]) && Lexicon.IsSpeakerNoun(w, SpeakerNounTag.Member);
        }

        /// <summary>
        /// The sentence before sentence <paramref name="s"/> of <paramref name="ap"/>: the one before it in the paragraph, or the last
        /// of the paragraph before; false at the document's first sentence (or after a paragraph of no sentence).
        /// </summary>
        private bool SentenceBefore(AnalysedParagraph ap, int s, out AnalysedParagraph before, out int sentence)
        {
            before = ap;
            sentence = s - 1;
            if (sentence >= 0) return true;
            if (ap.Index == 0 || _document == null) return false;
            before = _document.Paragraphs[ap.Index - 1];
            sentence = before.Sentences.Count - 1;
            return sentence >= 0;
        }

        /// <summary>
        /// "… sought comment from ISAF in Kabul. A spokesman there, Lt. Col. Jo Bell, said": a person set off after "a" or "the", a
        /// spokesperson's noun and "there" (words.txt 'expletive'), opening a sentence, speaks for the body the sentence before
        /// named last (a manifest organisation, or capitalised words that end in an organisation word), when it has a side; not a
        /// place ("She flew to Kandahar. A spokesman there …" names no body); null otherwise.
        /// </summary>
        private string? SpokespersonThere(Entity e)
        {
            if (_document == null || WrittenFullName(e) is not { } written || written.Paragraph >= _document.Paragraphs.Count) return null;
            var ap = _document.Paragraphs[written.Paragraph];
            var tk = ap.Tokens;
            int r = ap.TokenAt(written.Start) - 1;
            // (back over the title written before the name: "Lieutenant Colonel", "Lt. Col.")
            while (r >= 0 && r < tk.Count && (tk[r].IsWord && tk[r].IsCapitalized || tk[r].Is("."))) r--;
            if (r < 3 || r >= tk.Count || !tk[r].Is(",") || !tk[r - 1].IsLowerWord || !tk[r - 1].Has(WordClass.Expletive) ||
                !tk[r - 2].IsLowerWord || !Lexicon.IsSpeakerNoun(tk[r - 2].Lower, SpeakerNounTag.Spokesperson) || !tk[r - 3].Has(WordTag.Determiner)) return null;
            int s = ap.SentenceOf(r - 3);
            if (ap.Sentences[s].Start != r - 3) return null;
            // the sentence before: in this paragraph, or the last of the paragraph before
            if (!SentenceBefore(ap, s, out var bp, out int bs)) return null;
            var bt = bp.Tokens;
            var (s0, s1) = bp.Sentences[bs];
            for (int k = s1 - 1; k > s0; k--)
            {
                if (!bt[k].IsCapitalized) continue;
                int a = k;
                while (a > s0 && bt[a - 1].IsCapitalized) a--;
                var name = MentionParser.Join(bt, a, k + 1);
                if (_parties.IsManifestOrganisation(name) || Lexicon.IsOrganisationWord(bt[k].Lower)) return _parties.FromText(name);
                k = a;
            }
            return null;
        }

        /// <summary>
        /// "Committee chairman": a title of two words, a capitalised organisation word and a body's person's noun in lower case
        /// (speaker-nouns.txt 'member'), as the role "committee chairman" in lower case; null for any other title.
        /// </summary>
        private static string? SentenceCaseBodyTitle(string? title)
        {
            if (string.IsNullOrWhiteSpace(title)) return null;
            var words = title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 2 || !char.IsUpper(words[0][0]) || !char.IsLower(words[1][0]) || !Lexicon.IsSpeakerNoun(words[1], SpeakerNounTag.Member)) return null;
            var body = words[0].ToLowerInvariant();
            return Lexicon.IsOrganisationWord(body) && !Lexicon.IsOrganisationWord(body, OrganisationWordTag.Document) ? body + " " + words[1] : null;
        }

        /// <summary>
        /// The side of the body the text named last before token <paramref name="x"/> of the paragraph (there or in the paragraphs
        /// before) with the organisation word at <paramref name="x"/> as the last of its capitalised words ("the Defense Department"
        /// for "the department"); null when none is named so, or the nearest names no side.
        /// </summary>
        private string? NamedBodyBefore(AnalysedParagraph ap, int x) => NamedBodyBefore(ap, x, ap.Tokens[x].Lower, withComplement: false);

        /// <summary>
        /// The side of the body the text named last before token <paramref name="x"/> of the paragraph (there or in the paragraphs
        /// before) with <paramref name="head"/> as the last of its capitalised words, or, <paramref name="withComplement"/>, followed
        /// by a connective of a name and more capitalised words ("the Parliamentary Committee on National Security"): null when none
        /// is named so, or the nearest names no side.
        /// </summary>
        private string? NamedBodyBefore(AnalysedParagraph ap, int x, string head, bool withComplement)
        {
            if (_document == null) return null;
            var paragraphs = _document.Paragraphs;
            int pi = paragraphs.Count - 1;
            while (pi >= 0 && !ReferenceEquals(paragraphs[pi], ap)) pi--;
            if (pi < 0) return null;
            for (int end = x; pi >= 0; pi--)
            {
                var bp = paragraphs[pi];
                var tk = bp.Tokens;
                for (int k = Math.Min(end, tk.Count) - 1; k > 0; k--)
                {
                    // "The ports committee met" nearer than the named one: the nearest body of that word is another, of no side
                    if (withComplement && tk[k].IsLowerWord && tk[k].Lower == head && tk[k - 1].IsWord && !tk[k - 1].IsCapitalized &&
                        !Lexicon.Is(tk[k - 1].Lower, WordClass.Article) && !Lexicon.Is(tk[k - 1].Lower, WordTag.Possessive)) return null;
                    if (!tk[k].IsWord || !tk[k].IsCapitalized || tk[k].Lower != head || !tk[k - 1].IsWord || !tk[k - 1].IsCapitalized) continue;
                    int a = k - 1;
                    while (a > 0 && tk[a - 1].IsWord && tk[a - 1].IsCapitalized) a--;
                    int z = k;
                    // "Committee on National Security": a connective of a name and the capitalised words it governs
                    while (withComplement && z + 2 < tk.Count && tk[z + 1].IsLowerWord && tk[z + 1].Has(WordGroup.OrganisationConnective) && tk[z + 2].IsWord && tk[z + 2].IsCapitalized)
                    {
                        z += 2;
                        while (z + 1 < tk.Count && tk[z + 1].IsWord && tk[z + 1].IsCapitalized) z++;
                    }
                    return _parties.FromText(bp.Text.Substring(tk[a].Start, tk[z].End - tk[a].Start));
                }
                end = int.MaxValue;
            }
            return null;
        }

        /// <summary>
        /// The party of the diplomatic mission the text named last with its side ("The US Embassy in Islamabad said", "the
        /// American Embassy here"), as a subject or a speaker, in this paragraph or the <see cref="SideReach"/> before; else null.
        /// </summary>
        private string? MissionSideBefore(int paragraph) =>
            MostRecent(paragraph, static (x, p) => x.Kind == EntityKind.Organisation && x.Party != null && x.LastSeen >= 0 && p - x.LastParagraph <= SideReach &&
                            x.WordCount > 0 && x.Words.Any(w => Lexicon.IsOrganisationWord(w.ToLowerInvariant(), OrganisationWordTag.Mission)))?.Party;

        /// <summary>How many words of a sentence's opening <see cref="CountryOfCountryNoun"/> reads for the country ("United States").</summary>
        private const int OpeningCountryWords = 3;

        /// <summary>True when the words open with "the" and a country noun's possessive (words.txt 'country-noun': "the country's embassy").</summary>
        internal static bool OwnedByCountryNoun(string text)
        {
            var words = text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 3 && Lexicon.IsAsWritten(words[0].ToLowerInvariant(), WordGroup.DefiniteArticle) && Possessive.EndsIn(words[1]) &&
                   Lexicon.Is(Possessive.Strip(words[1]), WordSense.CountryNoun);
        }

        /// <summary>
        /// "Pakistan tells the story another way. The country's embassy in Washington has said …": a description owned by "the"
        /// and a noun that stands for a country (words.txt 'country-noun': "the country's", "the nation's") is of the country
        /// the sentence right before, in the same paragraph, opens with (its subject); null when there is none, or that sentence
        /// opens with no country.
        /// </summary>
        internal string? CountryOfCountryNoun(Mention m, AnalysedParagraph? ap)
        {
            if (ap == null || !OwnedByCountryNoun(m.Text)) return null;
            int k = ap.TokenAt(m.CharStart);
            if (k >= ap.Tokens.Count) return null;
            int s = ap.SentenceOf(k);
            if (s == 0) return null;
            var (start, end) = ap.Sentences[s - 1];
            int last = Math.Min(end, start + OpeningCountryWords);
            if (last <= start || !ap.Tokens[start].IsCapitalized) return null;
            var opening = ap.Text.Substring(ap.Tokens[start].Start, ap.Tokens[last - 1].End - ap.Tokens[start].Start);
            return CountryTable.Scan(opening, out int at) is { } country && at == 0 ? _parties.MapCountry(country) : null;
        }

        /// <summary>
        /// "Pakistan did not take part in the inquiry. Its military said …", "That is not the story Pakistan tells. Its army has said …":
        /// a state's own body (organisation-words.txt 'institutional': "army", "military", "government") with no other words, owned by
        /// "its" at the opening of its sentence, is of the country the sentence right before, in the same paragraph, opens with, or else
        /// of the one country that sentence names; null when there is none, or when it names two ("…, unlike Washington's. Its army"
        /// after an opening with neither) or a party by another name than a country's ("NATO wrote to Pakistan. Its military …").
        /// </summary>
        internal string? CountryOfItsStateBody(Mention m, AnalysedParagraph? ap)
        {
            if (ap == null || m.Modifiers.Count != 0 || m.Plural || m.PostModifier != null || m.Apposition != null ||
                !string.Equals(m.Determiner, "its", StringComparison.OrdinalIgnoreCase) || !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Institutional)) return null;
            int k = ap.TokenAt(m.CharStart);
            if (k >= ap.Tokens.Count) return null;
            int s = ap.SentenceOf(k);
            // ("Its" opens the sentence: a nearer "its" has its own antecedent in the sentence, "NATO said its army …")
            if (s == 0 || ap.Sentences[s].Start != k) return null;
            var (start, end) = ap.Sentences[s - 1];
            int last = Math.Min(end, start + OpeningCountryWords);
            if (last > start && ap.Tokens[start].IsCapitalized &&
                CountryTable.Scan(ap.Text.Substring(ap.Tokens[start].Start, ap.Tokens[last - 1].End - ap.Tokens[start].Start), out int at) is { } opening && at == 0)
                return _parties.MapCountry(opening);
            string? only = null;
            for (int i = start; i < end; i++)
            {
                if (!ap.Tokens[i].IsWord || !ap.Tokens[i].IsCapitalized) continue;
                var word = Possessive.Strip(ap.Tokens[i].Text);
                string? side;
                if (CountryTable.Scan(ap.Text.Substring(ap.Tokens[i].Start, ap.Tokens[end - 1].End - ap.Tokens[i].Start), out int w) is { } country && w == 0)
                    side = _parties.MapCountry(country);
                else if (_parties.FromManifest(word) is { } named) side = named;
                else continue;
                if (only != null && only != side) return null;
                only = side;
            }
            return only;
        }

        /// <summary>
        /// "The military in Rawalpindi", "the government in Quetta": the country of the city (cities.txt, <see cref="PostCity"/>) that
        /// the whole phrase after a state's own body (organisation-words.txt 'institutional', with no other words) places it in;
        /// null for a diplomatic mission, whose place is its host's ("the embassy in Lahore"), or an alliance's force ("the
        /// coalition in Kabul"), and for any other phrase.
        /// </summary>
        private static Country? SeatOfStateBody(Mention m) =>
            m.Modifiers.Count == 0 && m.Apposition == null && Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Institutional) &&
            !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.Mission) && !Lexicon.IsOrganisationWord(m.Head, OrganisationWordTag.JointForce)
                ? PostCity(m.PostModifier)
                : null;

        /// <summary>"Pakistan's army", "the ministry's spokesman": the party of a country or manifest name owning the description.</summary>
        private string? PossessorParty(string text)
        {
            foreach (var w in text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Possessive.EndsIn(w) || !char.IsUpper(w[0])) continue;
                var owner = PartyResolver.StripPossessive(w);
                var country = CountryTable.FindCountryOrCapital(owner);
                if (country != null) return _parties.MapCountry(country);
                var party = _parties.FromManifest(owner);
                if (party != null) return party;
            }
            return null;
        }

        /// <summary>'f' or 'm' for a kin noun of the lexicon ("mother", "brother"), else '\0'.</summary>
        private static char KinGender(string head) =>
            Lexicon.Is(head, WordTag.Female) ? 'f' : Lexicon.Is(head, WordTag.Male) ? 'm' : '\0';

        /// <summary>'f' or 'm' for a head noun that says the person's gender ("actress", "businessman"), else '\0'.</summary>
        private static char GenderOfHead(string head)
        {
            if (head.EndsWith("woman", StringComparison.Ordinal) || head == "actress" || head.EndsWith("tress", StringComparison.Ordinal) || head == "hostess" || head == "heiress")
                return 'f';
            if (head.EndsWith("man", StringComparison.Ordinal) && !head.EndsWith("woman", StringComparison.Ordinal) && head != "human") return 'm';
            return '\0';
        }

        /// <summary>True when the head is written in the plural of its singular ("elders" of "elder"), whatever the lexicon knows of it.</summary>
        private static bool WrittenPlural(Mention m)
        {
            var written = LastWordOf(m.Text).ToLowerInvariant();
            var singular = Inflection.Singular(written);
            return singular != written && (m.Head == written || m.Head == singular);
        }

        /// <summary>
        /// "Paltrow … “…,” the actress said": a definite description with no antecedent of its own is an epithet
        /// for the one person of a compatible gender mentioned in the last few paragraphs, when exactly one is.
        /// A description that introduces someone ("the guy, a retailer …") or names a role that usually belongs
        /// to someone new ("the official", "the man") links to nobody.
        /// </summary>
        private Entity? EpithetReferent(Mention m, int sentence, int paragraph)
        {
            if (!Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle) || m.Plural || m.PostModifier != null || m.Apposition != null || Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Anonymous)) return null;
            if (m.Modifiers.Any(mod => mod.Length > 0 && char.IsUpper(mod[0]))) return null;
            // "The elders said …": a head written in the plural, whose noun the lexicon does not know, is many people, never one
            // person named before
            if (WrittenPlural(m)) return null;
            char g = GenderOfHead(m.Head);
            Entity? found = null;
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Person || e.LastSeen < 0 || paragraph - e.LastParagraph > EpithetReach) continue;
                if (g != '\0' && e.Gender != '\0' && e.Gender != g) continue;
                // a lone capitalised word read as a subject, or a person of unknown gender for "the actress",
                // competes with the others but is not taken
                bool lone = e.Display.IndexOf(' ') < 0 && e.Gender == '\0' && !e.Spoke;
                if (lone && Lexicon.Verb(e.Display) != null) continue; // "Concluded the historian:" read as a subject
                if (lone || g != '\0' && e.Gender == '\0') return null;
                // a person written with another role ("actor Oscar Isaac") is not "the director"
                if (HasOtherRole(e, m.Head)) continue;
                if (found != null && found != e) return null;
                found = e;
            }
            // "Varga said that the skipper turned back": in the person's own sentence the epithet is someone else
            if (found == null || found.LastSentence == sentence) return null;
            // "Paltrow stopped by Howard Stern’s show … the host asked": another person's name written just before
            // (in this paragraph or the one before) may be the one meant
            var key = found.NameKey;
            for (int pi = paragraph - 1; pi <= paragraph; pi++)
            {
                if (!_namesByParagraph.TryGetValue(pi, out var names)) continue;
                // the names nearest before the epithet, a bounded number (keeps it linear)
                int looked = 0;
                for (int i = names.Count - 1; i >= 0; i--)
                {
                    var f = names[i];
                    if (++looked > EpithetNamesRead) return null;
                    if (pi == paragraph && f.Start >= m.CharStart) continue;
                    if (_parties.KeyOf(f.Name) == key || NameLastWord(f.Name) == found.LastWord) continue;
                    var fg = f.GenderTold;
                    if (g != '\0' && fg != '\0' && fg != g) continue;
                    return null;
                }
            }
            return found;
        }

        /// <summary>
        /// "Ada Lund toured the pier on Monday. Asked about the levy, the retired engineer said …": a definite epithet (a known
        /// speaker noun, lower-case modifiers only, nothing after it) that no holder, earlier description or lone person in reach
        /// stands for is the one person the sentence right before it names (in its paragraph, or the last sentence of the
        /// paragraph before), when that sentence names no other person and the epithet's own sentence names none before it.
        /// The name must stand where a subject does (opening that sentence, or after a comma or a quotation: "“…,” Reyes said."),
        /// the gender its head gives must be the person's, and a role written with the name must be of the epithet's noun.
        /// Not a noun of someone who usually is another than the one just named: anonymous ("the official"), kin ("the
        /// mother"), a body of people ("the crowd"), an asker ("the moderator") or a counterpart ("the host").
        /// </summary>
        private Entity? EpithetOfSentenceBefore(Mention m, AnalysedParagraph ap)
        {
            if (_document == null || !Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle) || m.Plural || m.Owner != null ||
                m.PostModifier != null || m.Apposition != null || m.HeadText != null || WrittenPlural(m)) return null;
            if (!Lexicon.IsSpeakerNoun(m.Head, out _, out _) ||
                Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Anonymous | SpeakerNounTag.Kin | SpeakerNounTag.Collective | SpeakerNounTag.Asker | SpeakerNounTag.Counterpart))
                return null;
            foreach (var mod in m.Modifiers)
                if (mod.Length > 0 && char.IsUpper(mod[0])) return null;
            int k = ap.TokenAt(m.CharStart);
            if (k >= ap.Tokens.Count) return null;
            int here = ap.SentenceOf(k);
            if (PersonsWritten(ap, ap.Sentences[here].Start, k, out _, out _) != 0) return null;
            if (!SentenceBefore(ap, here, out var before, out int ps)) return null;
            var (s0, s1) = before.Sentences[ps];
            if (PersonsWritten(before, s0, s1, out var full, out var lone) != 1) return null;
            // "While the mega donor stayed silent, he said he found Reyes “charming.” … the tycoon told …": a pronoun or a
            // description of a person written before the name may be the one the sentence is about
            for (int t = s0; t < s1 && t < before.Tokens.Count; t++)
            {
                var tok = before.Tokens[t];
                if (tok.Kind != TokenKind.Word || tok.Text.Length == 0) continue;
                if (!char.IsLower(tok.Text[0]))
                {
                    var w = PartyResolver.StripPossessive(tok.Text);
                    if (!(full != null ? PartyResolver.LastWord(full.Name) == w : lone!.LastWord == w)) continue;
                    // "the Gazette quoted Nadia Brill as saying": the name must stand where a subject does, opening the sentence
                    // or written after a comma or a quotation (its given names and titles before it aside), not after a verb
                    int j = t - 1;
                    while (j >= s0 && (before.Tokens[j].Kind == TokenKind.Word && before.Tokens[j].Text.Length > 0 && char.IsUpper(before.Tokens[j].Text[0]) || before.Tokens[j].Is(".")))
                        j--;
                    if (j >= s0 && !before.Tokens[j].Is(",") && before.Tokens[j].Kind != TokenKind.Quote) return null;
                    break;
                }
                if (Lexicon.Is(tok.Text, WordClass.GenderedPronoun) || Lexicon.IsSpeakerNoun(tok.Text, out _, out _) ||
                    Lexicon.SubjectOfPossessive(tok.Text) is { } owner && Lexicon.Is(owner, WordClass.GenderedPronoun))
                    return null;
            }
            var person = full != null ? ResolveName(new Mention { Kind = MentionKind.Name, Name = full.Name, Text = full.Name }) : lone!;
            // a person whose gender the name, a title or a pronoun read before tells ("Breitbart News" is no one's name)
            char g = GenderOfHead(m.Head);
            char pg = person.Gender != '\0' ? person.Gender : full?.GenderTold ?? '\0';
            if (pg == '\0' || g != '\0' && pg != g) return null;
            // a person written with another role ("actor Oscar Isaac") is not "the director"
            return HasOtherRole(person, m.Head) ? null : person;
        }

        /// <summary>
        /// True when the person was written with a role whose speaker nouns are others than <paramref name="head"/> and not it:
        /// "actor Oscar Isaac" is not "the director" (an epithet of that head is someone else).
        /// </summary>
        private static bool HasOtherRole(Entity person, string head)
        {
            var role = person.RawRoleText;
            return role != null && CountryTable.Words(role).Any(w => Lexicon.IsSpeakerNoun(w.ToLowerInvariant(), out var sg, out _) && sg != head) &&
                   !CountryTable.Words(role).Any(w => Lexicon.IsSpeakerNoun(w.ToLowerInvariant(), out var sg, out _) && sg == head);
        }

        /// <summary>The surnames that two different full names of the document end in ("Clinton" of Hillary and Bill), made once.</summary>
        private HashSet<string>? _sharedSurnames;

        /// <summary>
        /// How many people the words of tokens [from, to) name (2 meaning two or more): a capitalised word that is the surname of
        /// a full name of the document (a surname two full names end in counts as two), or the last word of a person read before
        /// whom no full name gives; <paramref name="full"/> or <paramref name="lone"/> is the one when there is one.
        /// </summary>
        private int PersonsWritten(AnalysedParagraph ap, int from, int to, out FullName? full, out Entity? lone)
        {
            full = null;
            lone = null;
            if (_sharedSurnames == null)
            {
                _sharedSurnames = new HashSet<string>(StringComparer.Ordinal);
                var seen = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var list in _namesByParagraph.Values)
                    foreach (var f in list)
                    {
                        var last = PartyResolver.LastWord(f.Name);
                        if (f.Name.IndexOf(' ') < 0) continue;
                        if (seen.TryGetValue(last, out var other) && _parties.KeyOf(other) != _parties.KeyOf(f.Name)) _sharedSurnames.Add(last);
                        else seen[last] = f.Name;
                    }
            }
            string? key = null;
            for (int t = from; t < to && t < ap.Tokens.Count; t++)
            {
                var tok = ap.Tokens[t];
                if (tok.Kind != TokenKind.Word || tok.Text.Length == 0 || !char.IsUpper(tok.Text[0])) continue;
                var word = PartyResolver.StripPossessive(tok.Text);
                string? found = null;
                Entity? e = null;
                if (_fullNames.TryGetValue(word, out var f))
                {
                    if (_sharedSurnames.Contains(word)) return 2;
                    found = _parties.KeyOf(f.Name);
                }
                else
                {
                    for (int i = Math.Max(0, _all.Count - Window); i < _all.Count && e == null; i++)
                        if (_all[i].Kind == EntityKind.Person && _all[i].LastSeen >= 0 && _all[i].LastWord.Equals(word, StringComparison.Ordinal)) e = _all[i];
                    if (e == null) continue;
                    found = e.NameKey;
                }
                if (key != null && key != found) return 2;
                key = found;
                if (e != null) { lone = e; full = null; }
                else { full = f; lone = null; }
            }
            return key == null ? 0 : 1;
        }

        private static string LastWordOf(string text) => PartyResolver.LastBlankWord(text);

        /// <summary>
        /// The one who asks in a question label's turn: one entity for each label as written ("QUESTION", "QUESTION (HARBOR
        /// RADIO)"), the same one again when the label comes again, of no side (the press asking: an outlet's country in the
        /// brackets, "QUESTION (SWEDISH RADIO)", is not a side's voice); never a person named before.
        /// </summary>
        private Entity Questioner(Mention m)
        {
            var earlier = MostRecent(m, static (x, s) => x.Kind == EntityKind.Individual && x.Head == s.Head && x.Display == s.Text);
            if (earlier != null) return earlier;
            return Add(new Entity { Kind = EntityKind.Individual, Display = m.Text, Head = m.Head! });
        }

        /// <summary>
        /// A description's modifiers without the words that say it names again the one named before ("same"): the
        /// list itself when it holds none (most do), so that no list is made per description.
        /// </summary>
        private static IReadOnlyList<string> WithoutSameReferent(IReadOnlyList<string> modifiers)
        {
            bool any = false;
            foreach (var mod in modifiers)
                if (Lexicon.Is(mod, WordGroup.SameReferent)) { any = true; break; }
            if (!any) return modifiers;
            var own = new List<string>(modifiers.Count);
            foreach (var mod in modifiers)
                if (!Lexicon.Is(mod, WordGroup.SameReferent)) own.Add(mod);
            return own;
        }
    }
}
