using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>What a mention says by itself, before it is resolved: one person or not, the gender it implies, whether two mentions may name the same person.</summary>
    internal static class MentionFacts
    {
        /// <summary>A person's name, "he" or "she", or a singular description of a person ("the minister").</summary>
        public static bool IsOnePerson(Mention m) =>
            m.Kind == MentionKind.Name ||
            m.Kind == MentionKind.Pronoun && Lexicon.Is(m.Determiner, WordClass.GenderedPronoun) ||
            m.Kind == MentionKind.Description && !m.Plural && !m.IsDocument && !m.IsOrganisationHead;

        /// <summary>'m' or 'f' when the mention says the gender (he, she, Mrs., a given name), else '\0'.</summary>
        public static char Gender(Mention m)
        {
            if (m.Kind == MentionKind.Pronoun) return Lexicon.IsAsWritten(m.Determiner, WordGroup.MasculinePronoun) ? 'm' : Lexicon.IsAsWritten(m.Determiner, WordGroup.FemininePronoun) ? 'f' : '\0';
            if (m.Kind != MentionKind.Name) return '\0';
            if (m.TitleGender != '\0') return m.TitleGender;
            var name = m.Name ?? m.Text;
            int space = name.IndexOf(' ');
            return space > 0 ? Lexicon.GenderOfFirstName(name.Substring(0, space)) : '\0';
        }

        private static string FirstWord(string name)
        {
            int i = name.IndexOf(' ');
            return i < 0 ? name : name.Substring(0, i);
        }

        /// <summary>
        /// True when <paramref name="later"/> may name the person of <paramref name="earlier"/>: a pronoun of a
        /// compatible gender, the same surname, or the same head of a description.
        /// </summary>
        public static bool MaySamePerson(Mention later, Mention earlier)
        {
            if (later.Kind == MentionKind.Pronoun)
            {
                if (!Lexicon.Is(later.Determiner, WordClass.GenderedPronoun)) return false;
                char g = Gender(earlier);
                return g == '\0' || g == Gender(later);
            }
            if (later.Kind == MentionKind.Name && earlier.Kind == MentionKind.Name)
            {
                string a = later.Name ?? later.Text, b = earlier.Name ?? earlier.Text;
                if (!string.Equals(PartyResolver.LastWord(a), PartyResolver.LastWord(b), StringComparison.Ordinal)) return false;
                // "Betsy Ebeling" after "Tom Ebeling": one family name, two given names, two people
                string ga = FirstWord(a), gb = FirstWord(b);
                return ga == a || gb == b || string.Equals(ga, gb, StringComparison.Ordinal);
            }
            if (later.Kind == MentionKind.Description && earlier.Kind == MentionKind.Description)
                return later.Head == earlier.Head && later.Plural == earlier.Plural;
            return false;
        }

        /// <summary>
        /// The head phrase of a role or title that says its holder left an office (<see cref="LeftOffice(string?)"/>, not a relative
        /// clause): its words, and the phrase's bounds [a, e) after the determiners and the past-office word, up to a preposition,
        /// a relative or a comma; false when there is none. Read by <see cref="LeftEnlistedRank(string?)"/> and <see cref="LeftTrade(string?)"/>.
        /// </summary>
        private static bool LeftHeadPhrase(string? role, out string[] words, out int a, out int e)
        {
            words = Array.Empty<string>();
            a = e = 0;
            if (!LeftOffice(role) || RolePhrase.IsRelativeClause(role)) return false;
            words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int i = 0;
            while (i < words.Length && Lexicon.Is(words[i], WordTag.Determiner)) i++;
            a = ++i;
            e = a;
            while (e < words.Length && !words[e - 1].EndsWith(",", StringComparison.Ordinal) && !Lexicon.Is(words[e], WordTag.Preposition) && !Lexicon.Is(words[e], WordTag.Relative)) e++;
            return e > a;
        }

        /// <summary>
        /// True when a role or title says its holder left a rank below an armed force's officers ("a retired havildar whose
        /// grandson serves on the border", "former Sergeant", "a retired staff sergeant": <see cref="LeftOffice(string?)"/>'s
        /// opening, then a head phrase, up to a preposition, a relative or a comma, that ends in a rank of enlisted-ranks.txt): a
        /// veteran, a private person, who speaks for no side and is no observer of any (not "a retired colonel", an officer).
        /// </summary>
        public static bool LeftEnlistedRank(string? role)
        {
            if (!LeftHeadPhrase(role, out var words, out int a, out int e)) return false;
            var last = Casing.Lower(words[e - 1].TrimEnd(','));
            return Lexicon.IsEnlistedRank(last) || e - a >= 2 && Lexicon.IsEnlistedRank(Casing.Lower(words[e - 2]) + " " + last);
        }

        /// <summary>
        /// True when a role or title says its holder left a trade that is no office ("Ali Khan, a retired engineer", "a former
        /// manager": <see cref="LeftOffice(string?)"/>'s opening, then a head phrase, up to a preposition, a relative or a comma,
        /// that ends in a speaker noun tagged 'trade'): a private person, who speaks for no side and is no observer of any. Not
        /// when the head phrase names a body ("a retired army engineer", "a former ministry engineer": one who left its service).
        /// </summary>
        public static bool LeftTrade(string? role)
        {
            if (!LeftHeadPhrase(role, out var words, out int a, out int e) || !Lexicon.IsSpeakerNoun(words[e - 1].TrimEnd(','), SpeakerNounTag.Trade)) return false;
            return NamesNoBody(words, a, e - 1);
        }

        /// <summary>
        /// True when a description's head is a trade that is no office and a past-office word opens its modifiers ("a retired
        /// engineer"), with no body among them ("a retired army engineer" left a service): see <see cref="LeftTrade(string?)"/>.
        /// </summary>
        public static bool LeftTrade(Mention m)
        {
            if (!LeftOffice(m.Modifiers) || !Lexicon.IsSpeakerNoun(m.Head, SpeakerNounTag.Trade)) return false;
            for (int i = 0; i < m.Modifiers.Count; i++)
                if (NamesABody(m.Modifiers[i])) return false;
            return true;
        }

        // the words [from, to) name no body: no organisation word, no capitalised name, no speaker noun of an institution
        private static bool NamesNoBody(string[] words, int from, int to)
        {
            for (int k = from; k < to; k++)
                if (NamesABody(words[k].TrimEnd(','))) return false;
            return true;
        }

        private static bool NamesABody(string word) =>
            Lexicon.IsOrganisationWord(word) || Lexicon.IsSpeakerNoun(word, SpeakerNounTag.Institutional) ||
            word.Length > 0 && char.IsUpper(word[0]);

        /// <summary>
        /// True when a title ends in a bracketed mark of retirement (titles.txt 'bracketed', every one a mark that its holder
        /// left the rank: "Brigadier (retd)", "Air Commodore (Retd.)", "Colonel ( retd. )"): the holder left the rank the title
        /// names, as "retired Colonel" did.
        /// </summary>
        public static bool RetiredByBracketedMark(string? title)
        {
            if (string.IsNullOrEmpty(title) || title![title.Length - 1] != ')') return false;
            int open = title.LastIndexOf('(');
            return open > 0 && Lexicon.IsBracketedTitleMark(title.Substring(open + 1, title.Length - open - 2).Trim());
        }

        /// <summary>
        /// True when a role or title opens, after its article, with a word that says its holder left the office ("a former
        /// Pentagon official", "retired Commodore"; words.txt 'past-office'): not "the minister and a former general", whose
        /// first office is held. The one reading of "former" for the speaker resolver and the claims alike.
        /// </summary>
        public static bool LeftOffice(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            if (RolePhrase.IsRelativeClause(role)) return LeftOfficeRelative(role);
            // the words between blanks (what Split(' ', RemoveEmptyEntries) gives), each cut out only when it is read: the
            // article and the word after it, not the whole role
            int i = 0, n = role!.Length;
            while (i < n)
            {
                while (i < n && role[i] == ' ') i++;
                if (i >= n) break;
                int s = i;
                while (i < n && role[i] != ' ') i++;
                var w = s == 0 && i == n ? role : role.Substring(s, i - s);
                if (Lexicon.Is(w, WordTag.Determiner)) continue;
                return Lexicon.Is(w, WordSense.PastOffice);
            }
            return false;
        }

        /// <summary>
        /// True when a description names a person by nothing but being one (speaker-nouns.txt 'plain': "A man said", "a woman
        /// told reporters", "people say"), brought in by "a", a number or no article, with no name, owner, apposition or words
        /// after the noun: it says nothing of whom the person speaks for. Not "the man" (someone named before), "his men", nor
        /// "a man who said he was a police commander" or "people familiar with the talks", whose words place them.
        /// </summary>
        public static bool PlainPerson(Mention m) =>
            m.Kind == MentionKind.Description && m.Name == null && m.Owner == null && m.Apposition == null && m.PostModifier == null &&
            m.Next <= m.End && (m.Determiner.Length == 0 || Lexicon.Is(m.Determiner, WordTag.Indefinite)) &&
            Lexicon.IsSpeakerNoun(Casing.Lower(m.Head), SpeakerNounTag.Plain);

        /// <summary>
        /// True when a description's post-modifier opens with a lower-case preposition that ties its holder to a body (words.txt
        /// 'affiliation': "for the hospital", "of the council", "at the base", "from the mission").
        /// </summary>
        public static bool OpensAffiliation(string post)
        {
            int space = post.IndexOf(' ');
            return space > 0 && char.IsLower(post[0]) && Lexicon.Is(post.Substring(0, space), WordSense.Affiliation);
        }

        /// <summary>
        /// True when a description introduces one person, not named, by an office of a body its own words name after the noun:
        /// "an official of the district council", "a spokesman for the town hospital" (a head of speaker-nouns.txt 'local', the
        /// nouns of "officials here"; not "a leader of a religious party"; an indefinite determiner, no name, owner
        /// or apposition, and a post-modifier opened by "of", "for", "at" or "from" that holds an organisation word,
        /// organisation-words.txt). A new person of that body, not the last official who spoke: the side of the chain does not
        /// pass to it.
        /// </summary>
        public static bool OfficeOfBodyIntroduced(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.Name != null || m.Owner != null || m.Apposition != null || m.Plural ||
                !Lexicon.Is(m.Determiner, WordTag.Indefinite) || !Lexicon.IsSpeakerNoun(Casing.Lower(m.Head), SpeakerNounTag.Local) ||
                m.PostModifier is not { } post) return false;
            if (!OpensAffiliation(post)) return false;
            foreach (var w in post.Split(' '))
                if (w.Length > 0 && Lexicon.IsOrganisationWord(w.TrimEnd(',', '.'))) return true;
            return false;
        }

        /// <summary>
        /// True when a description names someone by a part that speaks for no side: one whose part is to ask (speaker-nouns.txt
        /// 'asker': "one questioner", "a caller", "the moderator"), or a plain person or a member (speaker-nouns.txt 'plain',
        /// 'member') whom the words after the noun place in a gathering (<see cref="InAGathering"/>: "a man in the audience",
        /// "a member of the crowd"); with no name, owner, possessive or apposition. Not "a member of the delegation", "a man who
        /// said he was a police commander" nor "his moderator", whose words place them.
        /// </summary>
        public static bool AskerOrOneOfAGathering(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.IsPronoun || m.Name != null || m.Owner != null || m.Apposition != null || Lexicon.Is(m.Determiner, WordTag.Possessive)) return false;
            var head = Casing.Lower(m.Head);
            if (Lexicon.IsSpeakerNoun(head, SpeakerNounTag.Asker)) return m.PostModifier == null || InAGathering(m.PostModifier);
            return Lexicon.IsSpeakerNoun(head, SpeakerNounTag.Plain | SpeakerNounTag.Member) && InAGathering(m.PostModifier);
        }

        /// <summary>
        /// True when a description names someone by a part that speaks for no body of a state (speaker-nouns.txt 'counterpart',
        /// 'private', 'follower': "the host", "several farmers", "rescue workers", "activists of a religious party"), with no
        /// name, owner, possessive or apposition, and no modifier that names one who does ("a student spokesman"). Such a person
        /// is no one of the side that spoke before them. Not "an official", "a spokesman" or "a member of the assembly" (nouns
        /// of an institution or a body), nor "our people" or "his aides", whose owner says whose they are; nor a plain person or
        /// an asker, whom <see cref="PlainPerson"/> and <see cref="AskerOrOneOfAGathering"/> read ("people who have spoken with
        /// the officers" may pass on a side's view, and "according to the reporters in the room" the words of the one they heard).
        /// </summary>
        public static bool PartSpeaksForNoSide(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.IsPronoun || m.Name != null || m.Owner != null || m.Apposition != null || Lexicon.Is(m.Determiner, WordTag.Possessive)) return false;
            if (!Lexicon.IsSpeakerNoun(Casing.Lower(m.Head), NoSideParts)) return false;
            for (int i = 0; i < m.Modifiers.Count; i++)
                if (Lexicon.IsSpeakerNoun(Casing.Lower(m.Modifiers[i]), SpeakerNounTag.Institutional)) return false;
            return true;
        }

        /// <summary>
        /// True when a description is one person named by a bare "the" and a noun of a person (speaker-nouns.txt, or a rank of
        /// enlisted-ranks.txt) that speaks for no body by its office
        /// ("the subedar said", "the sergeant recalled", "the villager said"; not a head of speaker-nouns.txt
        /// <see cref="BodyVoices"/>: "the official", "the spokesman", "the colonel", "the committee member", "the minister"),
        /// with no name, owner, apposition, words after the noun, nor a modifier that names a body ("the army sergeant"):
        /// the words name no side and no body. Such a person takes a side only from one it is (the resolver's entity, read
        /// before this), never from the body or the people who spoke before it ("U.S. officials have said … ¶ The subedar
        /// said …" is no American).
        /// </summary>
        public static bool BarePersonOfNoBody(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.IsPronoun || m.Plural || m.IsOrganisationHead || m.IsDocument || m.Name != null || m.Owner != null ||
                m.Apposition != null || m.PostModifier != null || m.Next > m.End || !Lexicon.IsAsWritten(m.Determiner, WordGroup.DefiniteArticle)) return false;
            var head = Casing.Lower(m.Head);
            // (a noun of a person who is most often someone new, speaker-nouns.txt 'anonymous', 'private', 'plain', or a rank of
            // enlisted-ranks.txt: not "the summary", "the forum", "the session", nor "the director", who most often is someone named before)
            if (head.Length == 0 || !(Lexicon.IsSpeakerNoun(head, UnnamedPersons) || Lexicon.IsEnlistedRank(head)) ||
                Lexicon.IsSpeakerNoun(head, BodyVoices) || Lexicon.IsOrganisationWord(m.Head)) return false;
            for (int i = 0; i < m.Modifiers.Count; i++)
                if (Lexicon.IsSpeakerNoun(Casing.Lower(m.Modifiers[i]), BodyVoices) || Lexicon.IsOrganisationWord(m.Modifiers[i])) return false;
            return true;
        }

        /// <summary>The speaker nouns of a person who is most often someone new and unnamed (<see cref="BarePersonOfNoBody"/>).</summary>
        private const SpeakerNounTag UnnamedPersons = SpeakerNounTag.Anonymous | SpeakerNounTag.Private | SpeakerNounTag.Plain;

        /// <summary>The speaker nouns whose holder speaks for a body by office (<see cref="BarePersonOfNoBody"/>).</summary>
        private const SpeakerNounTag BodyVoices = SpeakerNounTag.Institutional | SpeakerNounTag.Spokesperson | SpeakerNounTag.Member | SpeakerNounTag.Office |
                                                  SpeakerNounTag.Envoy | SpeakerNounTag.Cabinet | SpeakerNounTag.Findings | SpeakerNounTag.Local;

        /// <summary>The parts of people that speak for no body of a state (<see cref="PartSpeaksForNoSide"/>).</summary>
        private const SpeakerNounTag NoSideParts = SpeakerNounTag.Counterpart | SpeakerNounTag.Private | SpeakerNounTag.Follower;

        /// <summary>
        /// "in the audience", "of the crowd", "from an audience of scholars": words after a description's head that open with a
        /// preposition, then an article or none, then a noun of a gathered body of people (speaker-nouns.txt 'collective').
        /// </summary>
        private static bool InAGathering(string? post)
        {
            if (post == null) return false;
            var w = post.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (w.Length < 2 || !Lexicon.Is(w[0], WordTag.Preposition)) return false;
            int k = Lexicon.IsAsWritten(w[1], WordGroup.DefiniteArticle) || Lexicon.Is(w[1], WordTag.Indefinite) ? 2 : 1;
            return k < w.Length && Lexicon.IsSpeakerNoun(Casing.Lower(w[k]), SpeakerNounTag.Collective);
        }

        /// <summary>The auxiliaries and adverbs a relative clause of leaving office may have before its word of it ("who has retired").</summary>
        private const int LeftOfficeRelativeReach = 2;

        /// <summary>
        /// True when a relative clause says its antecedent left the office: its verb, past at most two auxiliaries or adverbs,
        /// is a word of past office ("who retired from the army in 2008", "who has retired"), or it says the antecedent
        /// is one ("who is a former diplomat", words.txt 'past-office'); not "who met a retired general", whose verb is
        /// another, nor "who is not a former officer".
        /// </summary>
        public static bool LeftOfficeRelative(string? clause)
        {
            if (!RolePhrase.IsRelativeClause(clause)) return false;
            var words = clause!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (!Lexicon.Is(words[0], WordClass.RelativePronoun)) return false;
            int v = 1;
            for (int n = 0; v < words.Length && n < LeftOfficeRelativeReach && !Lexicon.Is(words[v], WordSense.PastOffice) &&
                            (Lexicon.Is(words[v], WordTag.Auxiliary) || Lexicon.IsAdverb(words[v])); n++, v++)
                if (Lexicon.Is(words[v], WordTag.Negation)) return false;
            if (v < words.Length && Lexicon.Is(words[v], WordClass.IndefiniteArticle)) v++;
            return v < words.Length && Lexicon.Is(words[v].TrimEnd(','), WordSense.PastOffice);
        }

        /// <summary>True when a description's first modifier says the one it names left the office ("a former official", "two retired generals").</summary>
        public static bool LeftOffice(IReadOnlyList<string> modifiers) => modifiers.Count > 0 && Lexicon.Is(modifiers[0], WordSense.PastOffice);

        /// <summary>
        /// True when the mention says its speaker left the office where the speaker resolver reads it: at the opening of its
        /// title ("former Senator Jo Bell"), of its role after the name ("Jo Bell, a former diplomat") or of a description's
        /// modifiers ("a former official"); not "Jo Bell, the navy commander and a former
        /// diplomat", who holds the first office.
        /// </summary>
        public static bool LeftOffice(Mention m) =>
            LeftOffice(m.Title) || LeftOffice(m.Apposition) || LeftOffice(m.PostModifier) || LeftOffice(m.Modifiers);

        /// <summary>
        /// True when the mention is a side named as not the one of who speaks of it: "the other side", "the opposing side" (a
        /// word tagged 'opposing' before a noun of a side, words.txt 'frontier'). In an interviewee's answer it is the other
        /// party, whose report the answer tells; never the interviewee's side nor the last speaker's.
        /// </summary>
        public static bool OtherSide(Mention m)
        {
            if (m.Kind != MentionKind.Description || m.Plural || !Lexicon.Is(m.Head, WordSense.Frontier)) return false;
            // (the words before the head as written: the parser keeps "the" as the determiner and reads "other" as none of its modifiers)
            var words = (m.HeadText ?? m.Text).Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
                if (Lexicon.Is(words[i], WordSense.Opposing)) return true;
            return false;
        }

        /// <summary>
        /// True when a role names, after its head phrase, an employer that is a body of research or teaching
        /// (organisation-words.txt 'research'): "a South Asia specialist at a Washington think tank", "a political scientist at
        /// the University of Lund". One who works there speaks for no state, whatever place the body's name holds. The body's
        /// word heads its phrase (the end of the role, a comma, a possessive, a preposition or a name after it: "the University
        /// of Lund", "Lund University's"), not "a specialist on university fees at the ministry"; and the head phrase names no
        /// one who speaks for an institution ("an official at the university", speaker-nouns.txt 'institutional'). The one
        /// reading for the speaker resolver and the claims alike.
        /// </summary>
        public static bool AtResearchBody(string? role)
        {
            // (most roles name no such body: their words are not cut out and looked up)
            if (string.IsNullOrEmpty(role) || !NamesResearchWord(role!)) return false;
            var core = SpeakerResolver.RoleCore(role);
            if (core.Length == 0) return false;
            var words = core.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int p = -1;
            for (int i = 0; i < words.Length && p < 0; i++)
            {
                var w = Casing.Lower(words[i].TrimEnd(','));
                if (Lexicon.Is(w, WordTag.Preposition)) p = i;
                else if (Lexicon.IsSpeakerNoun(w, SpeakerNounTag.Institutional)) return false;
            }
            return p > 0 && ResearchBodyHeadsPhraseAfter(words, p);
        }

        /// <summary>
        /// True when, among the words after the preposition at <paramref name="p"/>, a word of a body of research (organisation-words.txt
        /// 'research', or two words of it: "think tank") heads its phrase: the end of the words, a comma, a possessive, a preposition or
        /// a name after it ("at a Washington think tank", "at the University of Lund", "of a college in Dundee"; a preposition
        /// of place too, "of a private college near Marlow").
        /// </summary>
        internal static bool ResearchBodyHeadsPhraseAfter(string[] words, int p)
        {
            for (int i = p + 1; i < words.Length; i++)
            {
                var w = Casing.Lower(Possessive.Strip(words[i].TrimEnd(',')));
                int next = i + 1;
                if (!Lexicon.IsOrganisationWord(w, OrganisationWordTag.Research))
                {
                    if (next >= words.Length) break;
                    // ("think tank": a body's name of two words)
                    w += " " + Casing.Lower(Possessive.Strip(words[next].TrimEnd(',')));
                    if (!Lexicon.IsOrganisationWord(w, OrganisationWordTag.Research)) continue;
                    next++;
                }
                var last = words[next - 1];
                if (next >= words.Length || last.EndsWith(",", StringComparison.Ordinal) || Possessive.EndsIn(last) ||
                    Lexicon.Is(words[next], WordTag.Preposition) || Lexicon.IsAsWritten(words[next], WordClass.PlacePreposition) || char.IsUpper(words[next][0])) return true;
            }
            return false;
        }

        /// <summary>
        /// True when a role is a relative clause whose verb is one of teaching or research (words.txt 'scholarship', an
        /// auxiliary or adverb allowed before it) and whose phrase after the verb names a body of research or teaching as
        /// <see cref="AtResearchBody(string?)"/> reads it: "who teaches economics at a university in Lahore", "who has lectured
        /// at the Institute of Peace Studies"; a verb of study too, with a topic of two words or more before the body ("who
        /// studies South Asian security at a university in Lund"; not "who studies law at a university", who may be a student). Such a clause says
        /// where the person works, as "a lecturer at a university" does; not "who met the minister at a university", nor "who
        /// teaches at the Army's staff college" (no body of research).
        /// </summary>
        public static bool TeachesAtResearchBody(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            // "a cartographer who has studied the border for a research institute": the relative clause after a role's head
            if (!RolePhrase.IsRelativeClause(role))
            {
                int who = role!.IndexOf(RelativeWho, StringComparison.Ordinal);
                return who > 0 && TeachesAtResearchBody(role.Substring(who + 1));
            }
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int v = RelativeVerbAt(words);
            if (v >= words.Length - 1) return false;
            if (RoleAsAtResearchBody(words, v)) return true;
            // "who studies South Asian security at a university in Lund": a verb of study with a topic before the body of research
            // says where a scholar works, as a verb of teaching does ("who studies law at a university" may be a student's)
            if (StudiesASubject(words, v)) return AtResearchBody(string.Join(" ", words, v, words.Length - v));
            // "who has studied the border for a research institute", "who has written for a think tank": whatever the verb, the
            // body of research that the clause's first preposition, "for" (words.txt 'employer-for'), brings in is the one the
            // person works for; not "who studied at a university", where the person may have been a student
            if (!Lexicon.Is(words[v], WordSense.Scholarship))
            {
                for (int i = v + 1; i < words.Length; i++)
                    if (Lexicon.Is(Casing.Lower(words[i]), WordTag.Preposition))
                        return Lexicon.Is(Casing.Lower(words[i]), WordSense.EmployerFor) && AtResearchBody(string.Join(" ", words, v, words.Length - v));
                return false;
            }
            // the verb stands where a role's head stands: "teaches economics at a university"
            return AtResearchBody(string.Join(" ", words, v, words.Length - v));
        }

        /// <summary>
        /// True when a role is a relative clause whose verb is one of teaching (words.txt 'scholarship', an auxiliary or adverb
        /// allowed before it) and whose object is a subject of one word or more, then "in" or "near" (words.txt
        /// 'place-preposition') and a place's name written in capitals to the clause's end: "who teaches international relations
        /// in Quetta", "who has taught law near Lahore". One who teaches a subject in a city is a scholar or a teacher, no one who speaks
        /// for a state, as one who teaches at a university is (<see cref="TeachesAtResearchBody"/>). Not "who teaches at the
        /// Army's staff college" (no subject), "who teaches cadets for the navy in Karachi" (a body after another preposition),
        /// nor "who teaches law in a madrassa" (no place's name).
        /// </summary>
        public static bool TeachesASubjectInAPlace(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            if (!RolePhrase.IsRelativeClause(role))
            {
                int who = role!.IndexOf(RelativeWho, StringComparison.Ordinal);
                return who > 0 && TeachesASubjectInAPlace(role.Substring(who + 1));
            }
            var words = role!.TrimEnd(',', '.').Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int v = RelativeVerbAt(words);
            if (v >= words.Length || !Lexicon.Is(words[v], WordSense.Scholarship) || Lexicon.Is(words[v], WordSense.Study)) return false;
            int p = v + 1;
            while (p < words.Length && !Lexicon.Is(Casing.Lower(words[p]), WordTag.Preposition) && !Lexicon.IsAsWritten(words[p], WordClass.PlacePreposition)) p++;
            // a subject of one word or more, then "in" and a place's name in capitals to the clause's end
            if (p == v + 1 || p >= words.Length - 1 || !Lexicon.IsAsWritten(words[p], WordClass.PlacePreposition)) return false;
            for (int i = p + 1; i < words.Length; i++)
                if (words[i].Length == 0 || !char.IsUpper(words[i][0])) return false;
            return true;
        }

        /// <summary>
        /// The index of the verb of a relative clause's words (words[0] is the relative pronoun): "who has taught", "who also
        /// teaches", "who now teaches" past one auxiliary or adverb (an adverb of words.txt 'role-adverb' too: "now", "then").
        /// </summary>
        private static int RelativeVerbAt(string[] words)
        {
            int v = 1;
            if (v < words.Length && !Lexicon.Is(words[v], WordSense.Scholarship) &&
                (Lexicon.Is(words[v], WordTag.Auxiliary) || Lexicon.Is(words[v], WordClass.RoleAdverb) || Lexicon.IsAdverb(words[v]))) v++;
            return v;
        }

        /// <summary>
        /// "who studied border coordination with NATO as a researcher at a think tank in Boston", "who worked as an analyst at a
        /// Lund institute": whatever the relative clause's verb (at <paramref name="v"/>), a role after it brought in by "as" (words.txt
        /// 'as-link') and an indefinite article, whose head names no private person (speaker-nouns.txt 'private': "as a student at a
        /// university" may be anyone's), at a body of research (<see cref="AtResearchBody(string?)"/>) says where the person works or
        /// worked, as the role written alone would.
        /// </summary>
        private static bool RoleAsAtResearchBody(string[] words, int v)
        {
            for (int i = v + 1; i + 2 < words.Length; i++)
            {
                if (!Lexicon.IsAsWritten(words[i], WordGroup.AsLink) || !Lexicon.Is(Casing.Lower(words[i + 1]), WordClass.IndefiniteArticle)) continue;
                for (int k = i + 2; k < words.Length && !Lexicon.Is(Casing.Lower(words[k]), WordTag.Preposition); k++)
                    if (Lexicon.IsSpeakerNoun(Casing.Lower(words[k].TrimEnd(',')), SpeakerNounTag.Private)) return false;
                return AtResearchBody(string.Join(" ", words, i + 1, words.Length - i - 1));
            }
            return false;
        }

        /// <summary>
        /// True when the verb at <paramref name="v"/> of a relative clause's words is a verb of study (words.txt 'study') whose object,
        /// the words up to the clause's first preposition, is a topic of two words or more ("studies South Asian security at …",
        /// "studies militant groups in …"): a scholar's field named with its qualifiers; not one word ("studies law at a university",
        /// a discipline a student reads) nor none ("studies at …").
        /// </summary>
        private static bool StudiesASubject(string[] words, int v)
        {
            if (!Lexicon.Is(words[v], WordSense.Study)) return false;
            int p = v + 1;
            while (p < words.Length && !Lexicon.Is(Casing.Lower(words[p]), WordTag.Preposition)) p++;
            return p < words.Length && p - v - 1 >= MinStudyTopicWords;
        }

        /// <summary>The fewest words of the object of a verb of study that name a scholar's topic (<see cref="StudiesASubject"/>).</summary>
        private const int MinStudyTopicWords = 2;

        /// <summary>
        /// True when a title or role names a lawyer by a field of law and by no client (speaker-nouns.txt 'counsel', law-fields.txt):
        /// "a constitutional lawyer in Lahore", "human rights lawyer Jo Bell", "a leading international lawyer". One so described
        /// comments on the law and speaks for no side, as an expert does. Not "the senator's lawyer" (a possessive), "a
        /// constitutional lawyer for the families" or "of the party" (a client after the noun), nor "a lawyer" alone, nor "a
        /// defence lawyer" (no field of law: one who pleads for the accused).
        /// </summary>
        public static bool LawyerOfAField(string? role)
        {
            // (most roles name no lawyer: nothing is cut out before the noun is found)
            if (string.IsNullOrEmpty(role) || !NamesCounselNoun(role!)) return false;
            var core = SpeakerResolver.RoleCore(role);
            var head = SpeakerResolver.HeadPhrase(core);
            var words = head.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int n = words.Length;
            if (n < 2 || !Lexicon.IsSpeakerNoun(words[n - 1], SpeakerNounTag.Counsel)) return false;
            // a client after the noun: "for the families", "of the ruling party"
            if (core.Length > head.Length)
            {
                var rest = core.Substring(head.Length).TrimStart();
                int blank = rest.IndexOf(' ');
                if (Lexicon.Is(blank < 0 ? rest : rest.Substring(0, blank), WordClass.TitleConnective)) return false;
            }
            bool field = false;
            for (int i = 0; i < n - 1; i++)
            {
                if (Possessive.EndsIn(words[i])) return false;
                var w = Casing.Lower(words[i]);
                if (Lexicon.IsLawField(w) || i + 2 < n && Lexicon.IsLawField(w + " " + Casing.Lower(words[i + 1]))) field = true;
            }
            return field;
        }

        /// <summary>True when a word of the text, in any case, is a lawyer's noun (speaker-nouns.txt 'counsel').</summary>
        private static bool NamesCounselNoun(string text)
        {
            foreach (var w in text.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries))
                if (Lexicon.IsSpeakerNoun(Casing.Lower(w), SpeakerNounTag.Counsel)) return true;
            return false;
        }

        /// <summary>
        /// True when a role is itself the name of a body of research or teaching, as "of" brings it in after a name ("Dr Jo Bell
        /// of the Institute of Peace Studies", "Ada Lund of Northland University's Department of War Studies"): a name in capitals,
        /// with at most <see cref="ResearchNameWords"/> words up to the body's word (organisation-words.txt 'research'). One who
        /// works there speaks for no state, as "a lecturer at a university" does. Not "Ministry of Education" (no such word), nor
        /// "the army's staff college" (in lower case: a description, not a name).
        /// </summary>
        public static bool IsResearchBodyName(string? role)
        {
            if (string.IsNullOrEmpty(role) || !NamesResearchWord(role!)) return false;
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            // "of the Institute …", as the role after the name keeps it
            int i = 0;
            if (i < words.Length && Lexicon.IsAsWritten(words[i], WordGroup.OfComplement)) i++;
            if (i < words.Length && Lexicon.IsAsWritten(words[i], WordClass.Article)) i++;
            for (int start = i; i < words.Length && i - start < ResearchNameWords && words[i].Length > 0 && char.IsUpper(words[i][0]); i++)
                if (Lexicon.IsOrganisationWord(Casing.Lower(Possessive.Strip(words[i].TrimEnd(','))), OrganisationWordTag.Research)) return true;
            return false;
        }

        /// <summary>
        /// True when a role is the phrase "of" brings in after a name and it names, in lower case after an indefinite article, a body
        /// of research or teaching that no name says (<see cref="ResearchBodyHeadsPhraseAfter"/>): "Dr Ada Lund of a regional think
        /// tank", "Jo Bell of a university in Perth". One who works there speaks for no state, as one "of the Institute of Peace
        /// Studies" (<see cref="IsResearchBodyName"/>) does. Not "of the army's staff college" (the article of one named before, and
        /// the possessive of its owner), nor "of an army staff college" (another body's word before it), nor "of a ministry", nor "of a university fees panel" (the body's word heads no phrase).
        /// </summary>
        public static bool OfUnnamedResearchBody(string? role)
        {
            if (string.IsNullOrEmpty(role) || !NamesResearchWord(role!)) return false;
            var words = role!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !Lexicon.IsAsWritten(words[0], WordGroup.OfComplement) || !Lexicon.IsAsWritten(words[1], WordClass.IndefiniteArticle)) return false;
            // ("of an army staff college", "of a police academy": a word of another body before the body's word says whose it is)
            for (int i = 2; i < words.Length && !Lexicon.IsOrganisationWord(Casing.Lower(words[i].TrimEnd(',')), OrganisationWordTag.Research); i++)
                if (Lexicon.IsOrganisationWord(Casing.Lower(words[i].TrimEnd(',')))) return false;
            return ResearchBodyHeadsPhraseAfter(words, 1);
        }

        /// <summary>The most capitalised words of a body's name up to its word of research ("Quaid-i-Azam University's", "Institute").</summary>
        private const int ResearchNameWords = 4;

        /// <summary>The relative pronoun, with its blanks, that opens a relative clause inside a role ("a cartographer who has …").</summary>
        private const string RelativeWho = " who ";

        /// <summary>True when the text holds, in any case, a word of a body of research (organisation-words.txt 'research'), whole or not.</summary>
        private static bool NamesResearchWord(string text)
        {
            foreach (var w in ResearchWords.Value)
                if (text.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        /// <summary>The words of bodies of research (organisation-words.txt 'research'), read once.</summary>
        private static readonly TracedLazy<string[]> ResearchWords = new TracedLazy<string[]>(() => System.Linq.Enumerable.ToArray(Lexicon.OrganisationWords(OrganisationWordTag.Research)));

        /// <summary>
        /// True when a description, or the head phrase of a role, names an envoy (speaker-nouns.txt 'envoy') by a region or a bloc
        /// of several states and by no state: "a Western diplomat", "one European ambassador" (words.txt 'bloc'), a foreign
        /// observer, never of a side of the dispute; not "a Western diplomat from Norway", whose state is named.
        /// </summary>
        public static bool EnvoyOfABloc(string? phrase)
        {
            if (string.IsNullOrEmpty(phrase)) return false;
            // the words between blanks, trailing commas cut (what Split and TrimEnd gave), read without an array of them; the
            // envoy's noun looked for only once a bloc's word is there (most roles name none: "Lt. Col. spokesman")
            bool bloc = false, envoy = false;
            for (int i = 0; (i = NextBlankWord(phrase!, i, out int s, out int e)) >= 0 && !bloc;)
                bloc = Lexicon.Is(WordOf(phrase!, s, e), WordSense.Bloc);
            if (!bloc) return false;
            for (int i = 0; (i = NextBlankWord(phrase!, i, out int s, out int e)) >= 0 && !envoy;)
                envoy = Lexicon.IsSpeakerNoun(Casing.Lower(WordOf(phrase!, s, e)), SpeakerNounTag.Envoy);
            return envoy && CountryTable.Scan(phrase!, out _) == null;
        }

        /// <summary>
        /// The next word of <paramref name="text"/> from <paramref name="i"/> between blanks (an item of Split on a blank with empty
        /// entries removed): [<paramref name="start"/>, <paramref name="end"/>) with its trailing commas cut (what TrimEnd(',') gave);
        /// returns where the next search starts, -1 when no word is left.
        /// </summary>
        internal static int NextBlankWord(string text, int i, out int start, out int end)
        {
            while (i < text.Length && text[i] == ' ') i++;
            start = end = i;
            if (i >= text.Length) return -1;
            while (i < text.Length && text[i] != ' ') i++;
            end = i;
            while (end > start && text[end - 1] == ',') end--;
            return i;
        }

        /// <summary>The characters [start, end) of a text as a string: the text itself when they are all of it.</summary>
        internal static string WordOf(string text, int start, int end) =>
            start == 0 && end == text.Length ? text : text.Substring(start, end - start);

        /// <summary>True when a mention names an envoy of a region or a bloc (<see cref="EnvoyOfABloc(string?)"/>): a description by its own words ("a Western diplomat in Islamabad"), a name by its title and its role's head phrase ("Jo Bell, a Western diplomat").</summary>
        public static bool EnvoyOfABloc(Mention m) =>
            m.Kind == MentionKind.Description ? BlocModifier(m.Modifiers) && EnvoyOfABloc(string.Join(" ", m.Modifiers) + " " + m.Head)
            : m.Kind == MentionKind.Name && (m.Title != null || m.Apposition != null) &&
              EnvoyOfABloc(SpeakerResolver.HeadPhrase(m.Title) + " " + SpeakerResolver.HeadPhrase(m.Apposition));

        /// <summary>True when one of a description's modifiers is a region's or a bloc's word (words.txt 'bloc'): what <see cref="EnvoyOfABloc(Mention)"/> needs first.</summary>
        internal static bool BlocModifier(IReadOnlyList<string> modifiers)
        {
            for (int i = 0; i < modifiers.Count; i++)
                if (Lexicon.Is(modifiers[i], WordSense.Bloc)) return true;
            return false;
        }

        /// <summary>True when a mention's role says its speaker works at a body of research or teaching (<see cref="AtResearchBody(string?)"/>, <see cref="TeachesAtResearchBody"/>): in the apposition after a name, or in a description's phrase after its head ("a political scientist at a Lund university").</summary>
        public static bool AtResearchBody(Mention m) =>
            AtResearchBody(m.Apposition) || TeachesAtResearchBody(m.Apposition) || m.Kind == MentionKind.Description && m.PostModifier != null && AtResearchBody(m.Head + " " + m.PostModifier);
    }
}
