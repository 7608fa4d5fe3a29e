using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// Reads speaker mentions and reporting cues from a run of tokens: the small grammar of
    /// news attribution ("he said", "said Brig. Gen. Stephen A. Clark, who led the investigation",
    /// "one high-ranking official close to the investigation said", "according to X").
    /// Every parse moves forward over a bounded number of tokens.
    /// </summary>
    internal sealed class MentionParser
    {
        private readonly HashSet<string> _manifestOrganisations;

        public MentionParser(IEnumerable<string> manifestOrganisations)
        {
            _manifestOrganisations = new HashSet<string>(manifestOrganisations, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>A grammar over a set of the manifest's organisations made before (any case; read, never changed).</summary>
        public MentionParser(HashSet<string> manifestOrganisations)
        {
            _manifestOrganisations = manifestOrganisations;
        }

        /// <summary>True while reading a headline, where verbs are capitalised too.</summary>
        public bool HeadlineCase
        {
            get => _headlineCase;
            set
            {
                _headlineCase = value;
                Subjects = null;
            }
        }

        private bool _headlineCase;

        /// <summary>
        /// The subjects <see cref="Rules.ReportedSpeech.SubjectBefore"/> read with this grammar, by the tokens (the same list), the
        /// sentence start and the verb group; made on first use. A parser serves one document run on one thread.
        /// </summary>
        internal Dictionary<(IReadOnlyList<Token>, int, int), Rules.Subject?>? Subjects { get; set; }

        public static bool IsPronoun(string lower) => Lexicon.Is(lower, WordTag.Pronoun);

        /// <summary>"I" (as written, with its capital) or "we"/"We": a subject pronoun of the first person.</summary>
        public static bool IsFirstPerson(Token t) =>
            t.IsWord && t.Has(WordTag.FirstPerson) && (t.IsCapitalized || t.Has(WordClass.FirstPersonPlural));

        public static bool IsNameParticle(string word) => Lexicon.Is(word, WordTag.NameParticle) && !char.IsUpper(word[0]);

        /// <summary>
        /// "al-Mansouri", "el-Sayed", "bin-Laden": a name word that a lower-case particle of the lexicon (words.txt
        /// <c>name-particle</c>) opens with a hyphen before its capital, written as one word; it stands in a name as a
        /// capitalised word does ("Khalid al-Mansouri, a regional analyst, said").
        /// </summary>
        public static bool IsParticleName(string word)
        {
            int h = word.IndexOf('-');
            return h > 0 && h + 1 < word.Length && char.IsLower(word[0]) && char.IsUpper(word[h + 1]) && IsNameParticle(word.Substring(0, h));
        }

        public bool IsKnownOrganisation(string name) =>
            Lexicon.IsKnownOrganisation(name) || _manifestOrganisations.Contains(name);

        private static bool IsCueForm(Token t) => t.IsWord && t.CueVerb != null;

        /// <summary>
        /// Whether the token (in lower case) is a head noun: a speaker noun or an age, an organisation word (or its plural in -s),
        /// or a document. The token's own lexicon entry, found once when the text was tokenised, answers; no look-up by string
        /// but for the plural's singular.
        /// </summary>
        internal static bool IsHeadNoun(Token t, out bool speaker, out bool org, out bool doc)
        {
            var word = t.Lower;
            speaker = t.IsSpeakerNoun(out _, out _) || IsAgeNoun(word);
            org = !speaker && (t.IsOrganisationWord ||
                               word.Length > 4 && word.EndsWith("s", StringComparison.Ordinal) && Lexicon.IsOrganisationWord(word, word.Length - 1));
            doc = !speaker && !org && t.IsDocumentWord;
            return speaker || org || doc;
        }

        /// <summary>
        /// "court documents say", "police records also show": the plural of a document word ends the phrase as its head
        /// when a finite verb of saying follows (after at most an auxiliary or an adverb of the cue); not "The New York Times
        /// reports:" or "McCrummen reports that …", where the word is the verb, and not a plural of findings ("polls",
        /// "studies"), which the grammar reads as findings.
        /// </summary>
        private static bool IsDocumentPluralHead(IReadOnlyList<Token> tk, int h, int runEnd)
        {
            if (h != runEnd - 1 || !Lexicon.IsDocumentPlural(tk[h].Lower) || tk[h].Has(WordClass.Findings)) return false;
            // the verb may stand past the end the caller gave (a rule that found the cue first parses up to it)
            int v = runEnd;
            // "emails released this week show", "Documents issued Monday by the ministry say": the plural before its participle of
            // publishing or making, whose phrase runs on to the verb (a reduced relative, the documents' own post-modifier; the
            // source is the documents, never a word of the phrase); capitalised only where it opens the sentence
            if (PublishedPhraseVerb(tk, v) is int published && published > v) v = published;
            else if (!tk[h].IsLowerWord) return false;
            if (!tk[h].IsLowerWord && !(tk[h].IsCapitalized && (h == 0 || !tk[h - 1].IsWord))) return false;
            if (v + 1 < tk.Count && tk[v].IsLowerWord && tk[v].Has(WordTag.Auxiliary | WordTag.CueAdverb) && !IsDocumentVerb(tk[v])) v++;
            // not "signs saying …" (a participle after the noun: the sign's words, however the rule reads them), nor "The
            // documents indicate, he said, that …" (an aside after the verb: whose words they are is the aside's question)
            return v < tk.Count && IsDocumentVerb(tk[v]) && !CueLexicon.IsIngOfVerb(tk[v]) && !(v + 1 < tk.Count && tk[v + 1].Is(","));
        }

        /// <summary>How many tokens the phrase of a plural document's participle of publishing may hold before its verb ("released last week by the state's election board").</summary>
        private const int PublishedPluralPhraseReach = 10;

        /// <summary>
        /// "released this week show", "issued on Monday by the ministry say": where the word at <paramref name="k"/> is a past
        /// participle of publishing (words.txt publishing, in -ed), the index of the
        /// verb of documents its phrase runs to, through words only (no coordinator, auxiliary, finite word, relative or mark);
        /// else -1.
        /// </summary>
        private static int PublishedPhraseVerb(IReadOnlyList<Token> tk, int k)
        {
            // (not a participle of making alone, "records compiled by the commission": a maker's own records are its words, read as before)
            if (k + 2 >= tk.Count || !tk[k].IsLowerWord || !tk[k].Lower.EndsWith("ed", StringComparison.Ordinal) || !tk[k].Has(WordGroup.Publishing)) return -1;
            for (int x = k + 1; x < tk.Count && x - k <= PublishedPluralPhraseReach; x++)
            {
                var t = tk[x];
                if (!t.IsWord) return -1;
                if (x > k + 1 && t.IsLowerWord && IsDocumentVerb(t) && !CueLexicon.IsIngOfVerb(t)) return x;
                if (t.IsLowerWord && (t.Has(WordTag.Auxiliary | WordTag.Finite | WordTag.Relative) || t.Has(WordClass.ListCoordinator) || t.Has(WordClass.ClauseCoordinator))) return -1;
            }
            return -1;
        }

        /// <summary>
        /// A verb that can follow a plural of documents: one that cues quotations ("say", "indicate"), or a verb whose subject
        /// is a document and that cues none ("show": "…, court documents show.").
        /// </summary>
        private static bool IsDocumentVerb(Token t) => IsCueForm(t) || t.IsLowerWord && Lexicon.AnyVerb(t.Lower) is { } v && v.Has(VerbTag.Document);

        /// <summary>
        /// "court documents show": the word before is a plural of documents that heads the phrase before a verb of documents
        /// that cues no quotation (the run of the phrase ends there, as it does at a verb that cues one).
        /// </summary>
        private static bool EndsAtDocumentVerb(IReadOnlyList<Token> tk, int j, int k) =>
            k > j && !IsCueForm(tk[k]) && IsDocumentPluralHead(tk, k - 1, k);

        /// <summary>
        /// "the Washington Post", "the Daily Express", "the Jakarta Post": the head word of a newspaper's or an institute's name
        /// (<see cref="Lexicon.NameHeads"/>), written with its capital after a capitalised word of the name, is part of the name,
        /// though its spelling is a verb's too (not in a headline, where every verb has a capital).
        /// </summary>
        private bool EndsOutletName(IReadOnlyList<Token> tk, int j, int k) => k > j && !HeadlineCase && IsOutletNameHead(tk, k);

        /// <summary>True when the word at k (k &gt; 0) is the head of a newspaper's or an institute's name (<see cref="Lexicon.NameHeads"/>) written with its capital after a capitalised word ("Washington Post").</summary>
        internal static bool IsOutletNameHead(IReadOnlyList<Token> tk, int k) =>
            tk[k].IsCapitalized && tk[k - 1].IsCapitalized && Lexicon.IsNameHead(tk[k].Text);

        /// <summary>
        /// A speaker noun written with a capital ("a New Hampshire Democrat", "one senior Republican") heads the
        /// phrase when it ends it after a determiner or a modifier ("Democrat Jo Bell" is a title, "Democrats" a name).
        /// </summary>
        private static bool IsCapitalisedHead(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det) =>
            h == runEnd - 1 && tk[h].IsCapitalized && (det.Length > 0 || h > j) && tk[h].IsSpeakerNoun(SpeakerNounTag.Capitalised)
            || IsTitleAlone(tk, h, j, runEnd, det) || IsCapitalisedVoice(tk, h, j, runEnd, det) || IsOfficeOfBody(tk, h, j, runEnd, det) ||
            IsTitleBeforeOf(tk, h, j, runEnd, det);

        /// <summary>
        /// "the military General Staff", "the army's General Staff", "Russia's General Staff": the run ends in a title written
        /// whole (titles.txt) and one capitalised head of a body's name (words.txt 'titled-body'), after lower-case modifiers or a
        /// possessive owner only; the title at the run's start ("The General Staff") is read with the titles before a name.
        /// </summary>
        private static bool TitledBodyAfterModifiers(IReadOnlyList<Token> tk, int j, int runEnd)
        {
            int body = runEnd - 1;
            if (body - j < 2 || !tk[body].IsWord || !tk[body].IsCapitalized || !Lexicon.Is(tk[body].Text, WordSense.TitledBody)) return false;
            for (int s = j + 1; s < body; s++)
            {
                var before = tk[s - 1];
                if (!before.IsWord || !(before.IsLowerWord || Possessive.EndsIn(before.Text))) return false;
                if (tk[s].IsCapitalized && MatchTitle(tk, s, body, out _) == body - s) return true;
            }
            return false;
        }

        /// <summary>
        /// "The Leader of the House said", "the Leader of the Opposition said": a speaker noun written with a capital after "the",
        /// alone, then "of the" and a capitalised body, is the holder of that body's office with no name written (as "The
        /// Chairman of the Senate" is), a description headed by the noun with the body's phrase after it; not a body named
        /// "Leader", whose words the body after "of" would be taken for.
        /// </summary>
        private static bool IsOfficeOfBody(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det) =>
            h == j && h == runEnd - 1 && runEnd + 2 < tk.Count && det.Length > 0 && Lexicon.Is(det, WordGroup.DefiniteArticle) && tk[h].IsCapitalized &&
            tk[h].IsSpeakerNoun(out _, out _) && tk[runEnd].IsLowerWord && tk[runEnd].Has(WordGroup.OfComplement) &&
            tk[runEnd + 1].IsLowerWord && Lexicon.IsAsWritten(tk[runEnd + 1].Text, WordGroup.DefiniteArticle) && tk[runEnd + 2].IsCapitalized;

        /// <summary>
        /// "the Speaker of the House said", "Jo Bell, the speaker of Parliament, said", "House speaker Jo Bell said", "the Assembly
        /// Speaker said", "The Speaker said": the noun of an office over a body (speaker-nouns.txt 'body-office'), at
        /// <paramref name="h"/> in the run [<paramref name="j"/>, <paramref name="runEnd"/>), heads the phrase where it is written
        /// as that office: right after a house's word with its capital (presided-bodies.txt); or with no modifier but a word
        /// of a past office ("the former speaker"), before "of" and a house (<see cref="OfPresidedBodyAt"/>), or with its capital
        /// alone after "the". Never the common noun of one who gives a talk ("a guest speaker who …", "speakers at the rally", "the
        /// keynote speaker of the convention"), nor a word of a headline, where every word has its capital.
        /// </summary>
        private bool IsBodyOfficeHead(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det)
        {
            var t = tk[h];
            if (HeadlineCase || !t.IsWord || !Lexicon.IsSpeakerNoun(t.Lower, SpeakerNounTag.BodyOffice)) return false;
            if (h > j && tk[h - 1].IsCapitalized && Lexicon.IsPresidedBody(tk[h - 1].Text)) return true;
            if (h != runEnd - 1) return false;
            for (int x = j; x < h; x++)
                if (!tk[x].IsLowerWord || !Lexicon.Is(tk[x].Lower, WordSense.PastOffice)) return false;
            return OfPresidedBodyAt(tk, runEnd) ||
                   t.IsCapitalized && det.Length > 0 && Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle);
        }

        /// <summary>How many capitalised words of a body's name after "of" are read for its house's word ("the Sindh Provincial Assembly").</summary>
        private const int PresidedBodyNameWords = 4;

        /// <summary>
        /// "(speaker) of the House", "of the Sindh Assembly", "of Parliament": at <paramref name="k"/> "of", an optional "the", and
        /// capitalised words of a name, one of them a house's word (presided-bodies.txt).
        /// </summary>
        private static bool OfPresidedBodyAt(IReadOnlyList<Token> tk, int k)
        {
            if (k + 1 >= tk.Count || !tk[k].IsLowerWord || !tk[k].Has(WordGroup.OfComplement)) return false;
            int a = k + 1;
            if (tk[a].IsLowerWord && Lexicon.IsAsWritten(tk[a].Text, WordGroup.DefiniteArticle)) a++;
            for (int x = a; x < tk.Count && x - a < PresidedBodyNameWords && tk[x].IsWord && tk[x].IsCapitalized; x++)
                if (Lexicon.IsPresidedBody(tk[x].Text)) return true;
            return false;
        }

        /// <summary>
        /// "The Chief Minister of Sindh said", "the Director General of Public Relations said": after "the", a title of two words or
        /// more written whole (titles.txt), its last word a speaker noun, then "of" and a capitalised place or body, is the holder
        /// of that office with no name written, a description headed by the title's last word with the "of" phrase after it (as
        /// <see cref="IsOfficeOfBody"/> reads "The Leader of the House"), so a later "he" may stand for him; not a name cut out
        /// of the title ("Minister of Sindh") nor an organisation. A title of one word before "of" keeps its own readings.
        /// </summary>
        private static bool IsTitleBeforeOf(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det) =>
            h > j && h + 2 < runEnd && det.Length > 0 && Lexicon.Is(det, WordGroup.DefiniteArticle) && tk[h].IsCapitalized &&
            tk[h].IsSpeakerNoun(out _, out _) && tk[h + 1].IsLowerWord && tk[h + 1].Has(WordGroup.OfComplement) && tk[h + 2].IsCapitalized &&
            MatchTitle(tk, j, h + 1, out _) == h + 1 - j && !OfCountryTablePlace(tk, h + 2);

        /// <summary>
        /// True when capitalised words at <paramref name="from"/> name a place of the country table whole (<see cref="TitlePlace.Whole"/>):
        /// an office "of" such a place is read by the readers of a country's office (with no name, <see cref="TitlePlace"/>; with a
        /// name set off after it, SpeakerResolution's office of a country, which gives the name that country's side), not by
        /// <see cref="IsTitleBeforeOf"/> ("The Permanent Representative of Chile to the United Nations, Ambassador NAME,").
        /// </summary>
        private static bool OfCountryTablePlace(IReadOnlyList<Token> tk, int from)
        {
            for (int to = from + 1; to <= tk.Count && to - from <= TitlePlace.MaxWords && tk[to - 1].IsWord && tk[to - 1].IsCapitalized; to++)
                if (TitlePlace.Whole(tk, from, to) != null) return true;
            return false;
        }

        /// <summary>
        /// "The Spokesperson said …", "the Spokesman added": the voice of a body by office written with a capital after "the",
        /// alone, as a briefing's record writes it, is the spokesperson described ("the spokesperson"), not a body named
        /// "Spokesperson"; so a later "he" may stand for him.
        /// </summary>
        private static bool IsCapitalisedVoice(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det) =>
            h == j && h == runEnd - 1 && det.Length > 0 && Lexicon.Is(det, WordGroup.DefiniteArticle) && tk[h].IsCapitalized && tk[h].IsSpeakerNoun(SpeakerNounTag.Spokesperson);

        /// <summary>
        /// A title written after "the" with no name ("The General said", "the Prime Minister stated"): the holder named
        /// before, so a description headed by the title's last word, as "the general" is. The whole phrase is the one
        /// title, its last word a speaker noun.
        /// </summary>
        private static bool IsTitleAlone(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det) =>
            h == runEnd - 1 && det.Length > 0 && tk[h].IsCapitalized && tk[h].IsSpeakerNoun(out _, out _) && MatchTitle(tk, j, runEnd, out _) == runEnd - j;

        /// <summary>
        /// "Officials here say", "Analysts say": a plural speaker noun capitalised only because it opens the phrase,
        /// with no determiner and nothing capitalised after it, heads a description (not a name).
        /// </summary>
        private static bool IsOpeningPlural(IReadOnlyList<Token> tk, int h, int j, int runEnd, string det)
        {
            if (h != j || det.Length > 0 || !tk[h].IsCapitalized || !tk[h].IsSpeakerNoun(out _, out var plural) || !plural) return false;
            for (int x = h + 1; x < runEnd; x++)
                if (!tk[x].IsLowerWord) return false;
            return true;
        }

        /// <summary>An age as a noun ("the 46-year-old", "two 20-year-olds").</summary>
        internal static bool IsAgeNoun(string lower) =>
            lower.EndsWith("-year-old", StringComparison.Ordinal) || lower.EndsWith("-year-olds", StringComparison.Ordinal);

        /// <summary>Longest title at i; returns its token length (0 when none).</summary>
        internal static int MatchTitle(IReadOnlyList<Token> tk, int i, int end, out char gender)
        {
            gender = '\0';
            if (i >= end || !tk[i].IsWord) return 0;
            // only the titles whose first word is this one can match (in the order of Lexicon.Titles: longest first)
            foreach (var title in Lexicon.TitlesOnlyStartingWith(tk[i].Text))
            {
                var words = title.Words;
                var g = title.Gender;
                if (i + words.Length > end) continue;
                bool ok = true;
                for (int w = 0; w < words.Length && ok; w++) ok = tk[i + w].IsWord && tk[i + w].Text == words[w];
                if (ok)
                {
                    gender = g;
                    return words.Length;
                }
            }
            return 0;
        }

        private static bool IsCountryWord(string text) =>
            CountryTable.Find(text) != null;

        /// <summary>
        /// True when the word at <paramref name="i"/> is a pronoun's spelling written all in capitals that names a country ("US"),
        /// before a capitalised word ("US Defence Secretary Jo Bell", "US Ambassador …"), in a text not set in headline case.
        /// </summary>
        private bool IsCountryInCapitals(IReadOnlyList<Token> tk, int i, int end)
        {
            var text = tk[i].Text;
            if (HeadlineCase || text.Length < 2 || i + 1 >= end || !tk[i + 1].IsCapitalized) return false;
            foreach (char c in text)
                if (!char.IsUpper(c)) return false;
            return IsCountryWord(text);
        }

        /// <summary>
        /// True when the word at <paramref name="i"/> is a pronoun's spelling written all in capitals that names a country ("US"),
        /// before a word in lower case inside a noun phrase ("A US official travelling with …", "the US envoy"), in a text not
        /// set in headline case: a modifier of the phrase, no "us".
        /// </summary>
        private bool IsCountryInCapitalsBeforeNoun(IReadOnlyList<Token> tk, int i, int end)
        {
            var text = tk[i].Text;
            if (HeadlineCase || text.Length < 2 || i + 1 >= end || !tk[i + 1].IsLowerWord || tk[i + 1].Has(WordTag.NpStop | WordTag.Auxiliary)) return false;
            foreach (char c in text)
                if (!char.IsUpper(c)) return false;
            return IsCountryWord(text);
        }

        /// <summary>
        /// True when the words from j to k are a person's name that ends right before k: capitalised words only, none of an
        /// organisation, the last two a given name and a surname ("Professor Mark Jensen", "Carla Mendes"; a given name the
        /// list does not hold after a title or before an organisation's phrase), or a title and a surname ("Rep. Okeke"). Not "Church of
        /// Jesus Christ" (a lower-case "of" before) nor "Ellen Foundation" (an organisation word), nor the second of two names
        /// that "and" joins ("Jo Bell of York and Tom Reyes of Leeds, both …, said": the coordination reads their phrases).
        /// </summary>
        private static bool IsPersonNameBefore(IReadOnlyList<Token> tk, int j, int k)
        {
            if (k - NameWordsBeforeOf < j) return false;
            if (j > 0 && tk[j - 1].IsLowerWord && tk[j - 1].Has(WordClass.ListCoordinator)) return false;
            // "former Gov. Tom Hale of New Mexico", "retired Gen. Ivo Lund of Ohio": a word that says the office is past (words.txt
            // 'past-office') stands before the title and is no word of the name
            while (j < k && tk[j].IsLowerWord && Lexicon.Is(tk[j].Lower, WordSense.PastOffice)) j++;
            if (k - NameWordsBeforeOf < j) return false;
            for (int x = j; x < k; x++)
                if (!tk[x].IsCapitalized || tk[x].IsOrganisationWord) return false;
            int given = k - NameWordsBeforeOf;
            if (Lexicon.IsGivenName(tk[given].Text)) return true;
            // "Rep. Okeke of Oregon": a title, then one word that can be no other thing than a name
            if (Lexicon.IsTitleWord(tk[given].Text) && CanOnlyBeName(tk[k - 1])) return true;
            // a given name the list does not hold ("Tunde Bakare", "Zhang Wenhui"): two words that can be no other thing than a
            // name, after a title ("Professor Tunde Bakare of …") or before the phrase of an organisation ("Tunde Bakare of the
            // University of Lagos")
            if (!CanOnlyBeName(tk[given]) || !CanOnlyBeName(tk[k - 1])) return false;
            return given > 0 && tk[given - 1].IsCapitalized && Lexicon.IsTitleWord(tk[given - 1].Text) || OpensNamedBodyAfter(tk, k);
        }

        /// <summary>A capitalised word no list knows as anything else than a name: no grammar word, title, country or verb.</summary>
        private static bool CanOnlyBeName(Token t) =>
            !(t.Has(WordTag.Function | WordTag.NotName | WordTag.NotNameStart | WordTag.Calendar) || Lexicon.IsTitleWord(t.Text) ||
              IsCountryWord(t.Text) || Lexicon.IsKnownWord(t.Text) || IsCueForm(t));

        /// <summary>
        /// True when the "of" at k opens an organisation's name: "of Lagos University", "of the Inter-Services Public Relations"
        /// (a capitalised name after "the" is a body's or a country's, never a person's own).
        /// </summary>
        private static bool OpensNamedBodyAfter(IReadOnlyList<Token> tk, int k)
        {
            int x = k + 1;
            if (x + 1 < tk.Count && tk[x].IsLowerWord && Lexicon.IsAsWritten(tk[x].Text, WordGroup.DefiniteArticle))
                return tk[x + 1].IsCapitalized && !tk[x + 1].Has(WordTag.Calendar);
            for (int n = 0; x < tk.Count && n < AffiliationOrganisationReach && tk[x].IsCapitalized; x++, n++)
                if (tk[x].IsOrganisationWord) return true;
            return false;
        }

        /// <summary>
        /// "in the National Assembly", "in the Senate" after a title and before a name: a place preposition, "the" and a
        /// capitalised body whose last word is an organisation word ("Assembly", "Senate", "Committee"), right before a title or two
        /// name words that are no organisation word. The index after the body, or -1. The body is the longest such run of at most
        /// <see cref="OfficeSeatWords"/> capitalised words ("in the House Armed Services Committee Jo Bell": the committee).
        /// </summary>
        private static int OfficeSeatEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            // ("Speaker of the House Rep. Jo Bell": the body a title's "of" names, before a second title, is the office's too)
            if (k + 3 >= end || !tk[k].IsLowerWord || !(tk[k].Has(WordClass.PlacePreposition) || tk[k].Has(WordGroup.OfComplement))) return -1;
            if (!tk[k + 1].IsLowerWord || !Lexicon.IsAsWritten(tk[k + 1].Text, WordGroup.DefiniteArticle)) return -1;
            int seat = -1;
            for (int x = k + 2; x < end - 1 && x - k - 2 < OfficeSeatWords && tk[x].IsCapitalized; x++)
                // after "of" only a house of presided-bodies.txt ("Speaker of the House Rep. Jo Bell"); "Chairman of the Harbour
                // Board Ada Kerr" keeps its reading by the department
                if ((tk[k].Has(WordGroup.OfComplement) ? Lexicon.IsPresidedBody(tk[x].Text) : tk[x].IsOrganisationWord) && !tk[x + 1].IsOrganisationWord &&
                    (MatchTitle(tk, x + 1, end, out _) > 0 || IsNameWord(tk, x + 1, end, first: true) && x + 2 < end && IsNameWord(tk, x + 2, end, first: false) ||
                     // "… in the Senate, Ada Bell, said": the name set off by commas after the body (ApposedNameAfterTitle); after
                     // "of" ("the Chairman of the Committee, Senator Ada Bell,") TitledNameAfterDepartment reads the department
                     !tk[k].Has(WordGroup.OfComplement) && tk[x + 1].Is(",") && x + 3 < end && tk[x + 2].IsCapitalized && IsNameWord(tk, x + 2, end, first: true) && IsNameWord(tk, x + 3, end, first: false)))
                    seat = x + 1;
            return seat;
        }

        /// <summary>
        /// "of Khyber Pakhtunkhwa", "of Norway" after a title and before a name: "of" and a country's or a province's name of the
        /// country table (<see cref="CountryTable.Find"/>, of one to <see cref="TitlePlace.MaxWords"/> capitalised words), right before
        /// two name words. The index after the place, or -1.
        /// </summary>
        private static int PlaceOfTitleEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 3 >= end || !tk[k].IsLowerWord || !tk[k].Has(WordGroup.OfComplement)) return -1;
            return TitlePlace.End((tk, end), k + 1, end - k - 3, (w, from, to) => Join(w.tk, from, to),
                (w, from, to) => AllCapitalized(w.tk, from, to) && IsNameWord(w.tk, to, w.end, first: true) && IsNameWord(w.tk, to + 1, w.end, first: false));
        }

        /// <summary>How many capitalised words of a department <see cref="DepartmentOfTitleEnd"/> reads after "of" or "for" ("of Central
        /// Intelligence", "of Public Works and Highways", "of State for East Asian and Pacific Affairs"; the connectives between
        /// them are not counted).</summary>
        private const int DepartmentWords = 6;

        /// <summary>
        /// "of Public Works" after a title and before a name: "of" and one to <see cref="DepartmentWords"/> capitalised words (an
        /// "and" may join two), none a given name nor a title, right before a full name that opens with a given name
        /// (<see cref="Lexicon.IsGivenName"/>) and has a name word after it ("Director of Public Works Peter K. Lund"). Without the
        /// given name the words cannot be told from the name's ("of Ashdown Ann Holt"?), and none is read. The index after the
        /// department, or -1.
        /// </summary>
        internal static int DepartmentOfTitleEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 3 >= end || !IsComplementOpener(tk[k])) return -1;
            for (int x = k + 1, n = 0; x + 1 < end && n <= DepartmentWords; x++)
            {
                if (n > 0 && tk[x - 1].IsCapitalized && tk[x].IsCapitalized && Lexicon.IsGivenName(tk[x].Text))
                    return IsNameWord(tk, x, end, first: true) && IsNameWord(tk, x + 1, end, first: false) ? x : -1;
                // "of Public Works and Highways", "of Defense for Policy": "and" or a second complement ("for", "of") between two
                // capitalised words
                bool joined = n > 0 && tk[x].IsLowerWord && (tk[x].Has(WordClass.ListCoordinator) || IsComplementOpener(tk[x])) &&
                              tk[x - 1].IsCapitalized && x + 1 < end && tk[x + 1].IsCapitalized;
                if (!joined && !(tk[x].IsWord && tk[x].IsCapitalized) || Lexicon.IsGivenName(tk[x].Text) || MatchTitle(tk, x, end, out _) > 0) return -1;
                if (!joined) n++;
            }
            return -1;
        }

        /// <summary>
        /// "of", "for": a lower-case word that opens the complement of a title (words.txt 'title-connective', not "and" nor "the"):
        /// "Director of Public Works", "Under Secretary for Political Affairs".
        /// </summary>
        private static bool IsComplementOpener(Token t) =>
            t.IsLowerWord && t.Has(WordClass.TitleConnective) && !t.Has(WordClass.ListCoordinator) && !Lexicon.IsAsWritten(t.Text, WordGroup.DefiniteArticle);

        /// <summary>
        /// True when the word at <paramref name="k"/> is inside a title of several words (titles.txt) that starts at or after
        /// <paramref name="j"/> and before k, with a name's first word right after it ("State" of "Secretary of State Jo Bell's
        /// statement"): no verb of saying, whatever its spelling. A title with no name after it keeps its own readings ("the
        /// Secretary of State said", the office's holder).
        /// </summary>
        private static bool InsideTitle(IReadOnlyList<Token> tk, int j, int k, int end)
        {
            for (int s = j; s < k; s++)
                if (tk[s].IsCapitalized && MatchTitle(tk, s, end, out _) is var len && len > k - s &&
                    s + len < end && tk[s + len].IsCapitalized && IsNameWord(tk, s + len, end, first: true)) return true;
            return false;
        }

        /// <summary>True when every token of [from, to) is capitalised.</summary>
        private static bool AllCapitalized(IReadOnlyList<Token> tk, int from, int to)
        {
            for (int x = from; x < to; x++)
                if (!tk[x].IsCapitalized) return false;
            return true;
        }

        /// <summary>How many capitalised words of a body <see cref="OfficeSeatEnd"/> reads after "in the".</summary>
        private const int OfficeSeatWords = 5;

        /// <summary>How many capitalised words after "of" (and "the") <see cref="OpensNamedBodyAfter"/> reads for an organisation
        /// word: "of Lagos State University".</summary>
        private const int AffiliationOrganisationReach = 3;

        /// <summary>
        /// True when the "of" at k opens the phrase of a person's affiliation that runs to the end of the mention: a capitalised
        /// name ("of Clemson University", "of the Karolinska Institute") up to <paramref name="end"/>, a comma, a verb of saying or
        /// the full stop or semicolon that ends the clause after an inverted cue ("…,” said Ada Moran of Cheyenne."), with no "and"
        /// inside (not "Jo Bell of Leeds and Tom Reyes of York said", two people; nor "accused Bill Clinton of rape").
        /// </summary>
        private bool IsAffiliationAfter(IReadOnlyList<Token> tk, int k, int end)
        {
            int x = k + 1;
            if (x < end && tk[x].IsLowerWord && Lexicon.IsAsWritten(tk[x].Text, WordGroup.DefiniteArticle)) x++;
            if (x >= end || !tk[x].IsCapitalized) return false;
            for (; x < end && !tk[x].Is(",") && !tk[x].Is(".") && !tk[x].Is(";") && !IsFiniteOrParticipleCue(tk, x); x++)
                if (!tk[x].IsWord || tk[x].Has(WordClass.ListCoordinator)) return false;
            return true;
        }

        /// <summary>
        /// True when the "of" at k opens, up to <paramref name="end"/> (the subject's verb), a person's place of work written in lower
        /// case after an article: a body of research or teaching that heads its phrase (<see cref="MentionFacts.ResearchBodyHeadsPhraseAfter"/>),
        /// and at most the phrase of its place after it ("Jo Bell of a college in Dundee said", "Ada Lund of the university said"). The
        /// body is where the named person works, not the subject of the verb. Not "of the college fees board" (the body's word heads
        /// no phrase), nor a phrase with "and" or a mark inside.
        /// </summary>
        private static bool IsResearchBodyInLowerCaseAfter(IReadOnlyList<Token> tk, int k, int end)
        {
            int x = k + 1;
            if (x + 1 >= end || !tk[x].IsLowerWord || !tk[x].Has(WordClass.Article) || !tk[x + 1].IsLowerWord) return false;
            for (int y = x; y < end; y++)
                if (!tk[y].IsWord || tk[y].Has(WordClass.ListCoordinator)) return false;
            var words = new string[end - k];
            for (int y = k; y < end; y++) words[y - k] = tk[y].Text;
            return MentionFacts.ResearchBodyHeadsPhraseAfter(words, 1);
        }

        /// <summary>The words of a person's name before "of" that <see cref="IsPersonNameBefore"/> reads: a given name and a surname.</summary>
        private const int NameWordsBeforeOf = 2;

        /// <summary>
        /// "Center for American Progress", "Institute for the Study of War", "Council on Foreign Relations", "Committee to Protect
        /// Journalists", "Department of Health and Human Services": after a capitalised organisation word of the name begun at j, a
        /// lower-case connective (tagged organisation-connective, and "the" after one that is not "of") between capitalised words is
        /// inside the name. "And"
        /// only after such a connective, and not before another organisation's name or a person's given name ("the Department of
        /// Justice and Jo Bell"). Not after a name with no organisation word ("Smith for the defence", "Parents for Choice").
        /// Returns the index of the capitalised word after the connective, or -1.
        /// </summary>
        private static int OrganisationNameLink(IReadOnlyList<Token> tk, int j, int k, int end)
        {
            var t = tk[k];
            if (k <= j || !t.IsLowerWord || !t.Has(WordGroup.OrganisationConnective) || !tk[k - 1].IsCapitalized) return -1;
            int n = k + 1;
            // "for the", "on the"; not "of the", whose phrase often names what the body belongs to ("the committee of the cabinet")
            if (n < end && !t.Has(WordGroup.OfComplement) && tk[n].IsLowerWord && Lexicon.IsAsWritten(tk[n].Text, WordGroup.DefiniteArticle)) n++;
            if (n >= end || !tk[n].IsCapitalized || tk[n].Has(WordTag.Calendar) || IsCueForm(tk[n])) return -1;
            int org = -1;
            for (int x = j; x < k; x++)
                if (tk[x].IsCapitalized && tk[x].IsOrganisationWord) { org = x; break; }
            if (org < 0) return -1;
            if (t.Has(WordClass.ListCoordinator))
            {
                if (n > k + 1 || tk[n].IsOrganisationWord || Lexicon.IsGivenName(tk[n].Text) || MatchTitle(tk, n, end, out _) > 0) return -1;
                bool afterConnective = false;
                for (int x = org + 1; x < k && !afterConnective; x++) afterConnective = tk[x].IsLowerWord && tk[x].Has(WordGroup.OrganisationConnective) && !tk[x].Has(WordClass.ListCoordinator);
                if (!afterConnective) return -1;
            }
            return n;
        }

        /// <summary>
        /// "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Ministry of Culture, Youth and Sports": at the comma k after
        /// an organisation word, "of" and one capitalised word of the name begun at j, a list of single capitalised words
        /// between commas that "and" closes is inside the name. Not a list of people or bodies ("the Department of Justice,
        /// Jo Bell and Tom Reyes"): no item is a given name, a title or an organisation word. Returns the index after the
        /// list's last word, or -1.
        /// </summary>
        private static int OrganisationListEnd(IReadOnlyList<Token> tk, int j, int k, int end)
        {
            if (k - 3 < j || !tk[k].Is(",") || !tk[k - 1].IsCapitalized || !tk[k - 2].IsLowerWord || !tk[k - 2].Has(WordGroup.OfComplement) ||
                !tk[k - 3].IsCapitalized || !tk[k - 3].IsOrganisationWord) return -1;
            int x = k;
            while (x < end && tk[x].Is(","))
            {
                int w = x + 1;
                // the Oxford comma: ", and Explosives"
                if (w < end && tk[w].IsLowerWord && tk[w].Has(WordClass.ListCoordinator)) return OrganisationListItem(tk, w + 1, end) ? w + 2 : -1;
                if (!OrganisationListItem(tk, w, end)) return -1;
                x = w + 1;
            }
            return x + 1 < end && tk[x].IsLowerWord && tk[x].Has(WordClass.ListCoordinator) && OrganisationListItem(tk, x + 1, end) ? x + 2 : -1;
        }

        /// <summary>True when token w is one capitalised word of an organisation's list of fields: no given name, title, organisation word, day or verb of saying.</summary>
        private static bool OrganisationListItem(IReadOnlyList<Token> tk, int w, int end) =>
            w < end && tk[w].IsCapitalized && !tk[w].Has(WordTag.Calendar | WordTag.Function) && !IsCueForm(tk[w]) && !tk[w].IsOrganisationWord &&
            !Lexicon.IsGivenName(tk[w].Text) && MatchTitle(tk, w, end, out _) == 0 && !(w + 1 < end && tk[w + 1].IsCapitalized);

        /// <summary>
        /// True when the title at k is a given name too (tagged given-name, "Dean") and one name word alone follows it, with no
        /// "of" after that word: "Dean Hollis" is a person's whole name. "Dean Ann Ruiz" (two name words) and "Dean Smith of the
        /// law school" (whose title the "of" phrase says) keep the title.
        /// </summary>
        private static bool IsGivenNameBeforeSurname(IReadOnlyList<Token> tk, int k, int end)
        {
            if (!tk[k].IsCapitalized || !Lexicon.IsGivenNameTitle(tk[k].Text) || k + 1 >= end || !IsNameWord(tk, k + 1, end, first: true) || !tk[k + 1].IsCapitalized) return false;
            int after = k + 2;
            if (after < end && IsNameWord(tk, after, end, first: false) && tk[after].IsCapitalized) return false;
            return !(after < end && tk[after].IsLowerWord && tk[after].Has(WordGroup.OfComplement));
        }

        /// <summary>True when the word at k is a title that is a given name too ("Dean") and the words after it say it is the title ("Dean Smith of the law school").</summary>
        internal static bool IsTitleNotGivenName(IReadOnlyList<Token> tk, int k, int end) =>
            tk[k].IsCapitalized && Lexicon.IsGivenNameTitle(tk[k].Text) && !IsGivenNameBeforeSurname(tk, k, end);

        /// <summary>
        /// "Kent State University", "Kent State University's Ada Lund": a capitalised verb of saying in its base form right before
        /// a capitalised organisation word is a word of the organisation's name, not the verb ("Clinton Says", "Democrats Urge").
        /// </summary>
        private static bool InOrganisationName(IReadOnlyList<Token> tk, int k, int end) =>
            tk[k].IsCapitalized && tk[k].CueVerb is { } v && tk[k].Lower == v.Lemma && k + 1 < end && tk[k + 1].IsCapitalized && IsOrganisationWordOrPossessive(tk[k + 1]);

        /// <summary>True when the word is an organisation word, or one in the possessive ("University's", "Institute’s").</summary>
        private static bool IsOrganisationWordOrPossessive(Token t) =>
            t.IsOrganisationWord || t.EndsInApostropheS && Lexicon.IsOrganisationWord(Possessive.Strip(t.Text));

        /// <summary>
        /// "said Andrew States, a carpenter", "Tom Notes said": a capitalised verb form right after a given name and right before a
        /// comma, a full stop or the end of the phrase is the person's surname, not a verb ("Andrew Says Goodbye" has a word after it).
        /// </summary>
        private static bool IsSurnameAfterGivenName(IReadOnlyList<Token> tk, int k, int end) =>
            tk[k].IsCapitalized && k > 0 && tk[k - 1].IsWord && tk[k - 1].IsCapitalized && Lexicon.IsGivenName(tk[k - 1].Text) &&
            (k + 1 >= end || tk[k + 1].Is(",") || tk[k + 1].Is("."));

        /// <summary>The most words of a country's name read back from a capitalised verb form ("United States": 2).</summary>
        private const int CountryNameWords = 3;

        /// <summary>True when the capitalised word at k and the capitalised words right before it are a country's name ("United States").</summary>
        private static bool EndsCountryName(IReadOnlyList<Token> tk, int k)
        {
            string name = tk[k].Text;
            for (int b = k - 1; b >= 0 && k - b < CountryNameWords && tk[b].IsWord && tk[b].IsCapitalized; b--)
            {
                name = tk[b].Text + " " + name;
                if (CountryTable.Find(name) != null) return true;
            }
            return false;
        }

        private static bool IsNameWord(IReadOnlyList<Token> tk, int k, int end, bool first)
        {
            var t = tk[k];
            // "Marcia “Cia” Price": a nickname in marks between the given name and the surname
            if (!first && IsNickname(tk, k) && k + 1 < end) return true;
            if (!t.IsWord) return false;
            if (t.IsCapitalized)
            {
                if (t.Has(WordTag.Calendar)) return false;
                // "Athar Abbas Sahib said": a capitalised honorific written after a name ends it, and is no name by itself,
                // unless a name word follows ("Sahib Singh")
                if (Lexicon.IsHonorificAfterName(t.Text) && !(k + 1 < end && tk[k + 1].IsCapitalized)) return false;
                // a capitalised verb of saying ends a name ("Clinton Says"), but not inside an organisation's name
                // (nor when it ends a country's name: "the United States said" is no "the United" that "States")
                // (nor when it is the surname after a given name: "said Andrew States, a carpenter")
                if (!first && IsCueForm(t) && !InOrganisationName(tk, k, end) && !EndsCountryName(tk, k) && !IsSurnameAfterGivenName(tk, k, end)) return false;
                return true;
            }
            // particles inside names: Osama bin Laden, Ursula von der Leyen; joined by a hyphen, Khalid al-Mansouri
            if (!first && IsNameParticle(t.Text) && k + 1 < end && tk[k + 1].IsCapitalized) return true;
            // two particles in a row, "van der Hoeven", "von der Leyen", "de la Cruz": the first, when the second stands before a capital
            if (!first && IsNameParticle(t.Text) && k + 2 < end && tk[k + 1].IsLowerWord && IsNameParticle(tk[k + 1].Text) && tk[k + 2].IsCapitalized &&
                !tk[k + 2].Has(WordTag.Calendar)) return true;
            if (!first && t.IsLowerWord && IsParticleName(t.Text)) return true;
            // a surname that opens with its particle ("de Blasio said", "dos Santos says"): the particle, then a capitalised name word
            if (first && IsNameParticle(t.Text) && k + 1 < end && tk[k + 1].IsCapitalized && !tk[k + 1].Has(WordTag.Calendar) && !IsCueForm(tk[k + 1])) return true;
            return false;
        }

        /// <summary>
        /// "Will wrote", "Instead, May said": a capitalised modal right before an inflected form of a reporting verb is a
        /// name (a columnist Will, a minister May), since a modal takes the verb's base form ("Will he say", "May they ask").
        /// </summary>
        private static bool IsModalReadAsName(IReadOnlyList<Token> tk, int k, int end) =>
            tk[k].IsCapitalized && tk[k].Has(WordTag.Auxiliary) && k + 1 < end && tk[k + 1].IsLowerWord &&
            tk[k + 1].CueVerb is { } v && v.Form != v.Lemma && !v.IsParticiple;

        /// <summary>
        /// "said Will Doyle, a professor …", "Will Doyle said": a capitalised modal right before a capitalised word that is
        /// no pronoun, determiner or cue is a given name after its cue (a modal never follows "said" as its subject's
        /// verb), or before one when an inflected reporting verb follows the two ("Will Doyle say …?" asks).
        /// </summary>
        private static bool IsModalBeforeSurname(IReadOnlyList<Token> tk, int k, int end, bool inverted) =>
            tk[k].IsCapitalized && tk[k].Has(WordTag.Auxiliary) && k + 1 < end && tk[k + 1].IsCapitalized && !OpensQuestion(tk, k) &&
            !tk[k + 1].Has(WordTag.Pronoun | WordTag.Determiner | WordTag.FirstPerson | WordTag.Calendar) && !IsCueForm(tk[k + 1]) &&
            (inverted || k + 2 < end && tk[k + 2].IsLowerWord && tk[k + 2].CueVerb is { } v && v.Form != v.Lemma && !v.IsParticiple);

        /// <summary>
        /// "Will Pakistan charge more?": a modal that opens a sentence (the paragraph's first token, or after a sentence's end, or
        /// after a colon: an interviewer's label, "REPORTER: Will Norway be in Geneva?") which ends in a question mark asks; it is no
        /// given name.
        /// </summary>
        internal static bool OpensQuestion(IReadOnlyList<Token> tk, int k)
        {
            if (k > 0 && !(tk[k - 1].Is(".") || tk[k - 1].Is("?") || tk[k - 1].Is("!") || tk[k - 1].Is(":"))) return false;
            for (int x = k + 1; x < tk.Count; x++)
            {
                if (tk[x].Is("?")) return true;
                if (tk[x].Is(".") || tk[x].Is("!")) return false;
            }
            return false;
        }

        /// <summary>
        /// "claimed to be", "said to have": a past form of a reporting verb at k followed by "to" and the base of "be" or a
        /// form of "have", which after a noun phrase with no auxiliary is most often the participle of a passive that
        /// describes what the phrase names, not that phrase's verb of saying.
        /// </summary>
        internal static bool IsRaisedParticiple(IReadOnlyList<Token> tk, int k, int end) =>
            k + 2 < end && tk[k].CueVerb is { } v && v.Form != v.Lemma && tk[k + 1].IsLowerWord && tk[k + 1].Has(WordGroup.InfinitiveMarker) &&
            tk[k + 2].IsLowerWord && (tk[k + 2].Has(WordGroup.BaseBe) || tk[k + 2].Has(WordClass.PerfectAuxiliary));

        /// <summary>How many lower-case words may stand between a passive's "to be" and the quotation that describes its subject ("a “tough negotiator”").</summary>
        private const int DescribedWords = 3;

        /// <summary>
        /// True when "to be" stands at <paramref name="e"/> (before <paramref name="end"/>) and a quotation follows it after at most <see cref="DescribedWords"/>
        /// lower-case words: "(is said) to be “furious”", "(was said) to be a “tough negotiator”".
        /// </summary>
        private static bool QuotedAfterToBe(IReadOnlyList<Token> tk, int e, int end)
        {
            if (!(e + 1 < end && tk[e].IsLowerWord && tk[e].Has(WordGroup.InfinitiveMarker) && tk[e + 1].IsLowerWord && tk[e + 1].Has(WordGroup.BaseBe))) return false;
            // the quotation may lie past the end of the cue's window, which a rule closes at the quotation it attributes
            for (int i = e + 2; i < tk.Count && i - e - 2 <= DescribedWords; i++)
            {
                if (tk[i].IsQuote) return true;
                if (!tk[i].IsLowerWord) return false;
            }
            return false;
        }

        /// <summary>A quotation at k that is someone's words (not a nickname inside a name): it ends a phrase.</summary>
        private static bool IsQuotedWords(IReadOnlyList<Token> tk, int k) => tk[k].IsQuote && !IsNickname(tk, k);

        /// <summary>
        /// "Rep. Robert C. “Bobby” Scott", "Marcia "Cia" Price": a quotation of one or two capitalised words (letters,
        /// a full stop or an apostrophe), no sentence, between a capitalised word and a capitalised word: a nickname
        /// written inside a name, no one's words.
        /// </summary>
        internal static bool IsNickname(IReadOnlyList<Token> tk, int k)
        {
            if (k < 1 || k + 1 >= tk.Count || !tk[k].IsQuote || !tk[k - 1].IsCapitalized || !tk[k + 1].IsCapitalized) return false;
            var text = tk[k].Text;
            if (text.Length < NicknameMinChars || text.Length > NicknameMaxChars || !char.IsUpper(text[0])) return false;
            int words = 1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == ' ')
                {
                    if (++words > 2 || i + 1 >= text.Length || !char.IsUpper(text[i + 1])) return false;
                    continue;
                }
                if (!(char.IsLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) return false;
            }
            return true;
        }

        /// <summary>
        /// "Ever since Ada Lund announced her run, he has said …", "Long before the vote, …": a capitalised adverb of the
        /// lexicon's cue adverbs right before a word that opens both an introductory phrase and a clause ("since", "after",
        /// "when") opens the sentence before that word's clause (as "Shortly after …" does): no name's start.
        /// </summary>
        internal static bool CueAdverbBeforeOpening(IReadOnlyList<Token> tk, int i, int end) =>
            i + 1 < end && tk[i].IsWord && tk[i].IsCapitalized && tk[i].Has(WordTag.CueAdverb) &&
            tk[i + 1].IsLowerWord && tk[i + 1].Has(WordTag.IntroPhrase) && tk[i + 1].Has(WordTag.ClauseStart);

        /// <summary>
        /// "Nobody disagreed", "None of them said", "no one said", "Neither side said": the mention at <paramref name="i"/> is a
        /// word of nobody (<see cref="WordSense.NilSubject"/>) or the noun or name right after one, and names no speaker. (The
        /// grammar still reads a name after such a word, "Neither Jo Bell nor …", so the text knows the name.)
        /// </summary>
        internal static bool IsNilSubject(IReadOnlyList<Token> tk, int i) =>
            i < tk.Count && tk[i].IsWord && Lexicon.Is(tk[i].Lower, WordSense.NilSubject) ||
            i > 0 && i <= tk.Count && tk[i - 1].IsWord && Lexicon.Is(tk[i - 1].Lower, WordSense.NilSubject);

        /// <summary>True when a bracketed title mark ("(retd)") stands at <paramref name="k"/>, after a title that ends there inside the run from <paramref name="j"/>.</summary>
        private static bool IsTitleMarkAfter(IReadOnlyList<Token> tk, int j, int k, int end) =>
            k > j && k + 2 < end && tk[k].Is("(") && tk[k + 2].Is(")") && tk[k + 1].IsWord && Lexicon.IsBracketedTitleMark(tk[k + 1].Text) && tk[k - 1].IsCapitalized;

        /// <summary>
        /// "Polk County (Ore.) Sheriff Jo Bell": a U.S. state in brackets at <paramref name="k"/>, after a capitalised word of
        /// the run from <paramref name="j"/> and right before a title, says where the office is; it is part of the title, as a
        /// bracketed title mark is.
        /// </summary>
        private static bool IsStateMarkBeforeTitle(IReadOnlyList<Token> tk, int j, int k, int end) =>
            k > j && k + 3 < end && tk[k].Is("(") && tk[k + 2].Is(")") && tk[k - 1].IsCapitalized && tk[k + 1].IsCapitalized &&
            IsBracketedState(tk[k + 1].Text) && MatchTitle(tk, k + 3, end, out _) > 0;

        /// <summary>
        /// "Ore.", "N.Y.", "Arizona": a state as a U.S. paper writes it in brackets after a place, abbreviated with its full stop
        /// or in full; not a postal code in capitals ("OR", "IN"), which is a word too.
        /// </summary>
        private static bool IsBracketedState(string word) =>
            word.EndsWith(".", StringComparison.Ordinal) ? Lexicon.IsUsStateAsWritten(word) : Lexicon.IsUsState(word) && !IsAcronym(word);

        /// <summary>
        /// "Lt Gen (retd)", "Brigadier (retd)": a title at <paramref name="k"/> and its bracketed mark; the index after the
        /// closing bracket, or -1 when no title with a mark stands there.
        /// </summary>
        private static int TitleWithMarkEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            int len = k < end ? MatchTitle(tk, k, end, out _) : 0;
            return len > 0 && IsTitleMarkAfter(tk, k, k + len, end) ? k + len + 3 : -1;
        }

        /// <summary>
        /// Parses a mention at token i. With <paramref name="inverted"/> the mention follows its cue
        /// ("said a senior official with knowledge of …") and may run to the end of the clause;
        /// otherwise a cue or verb is expected after it.
        /// </summary>
        public Mention? Parse(IReadOnlyList<Token> tk, int i, int end, bool inverted)
        {
            if (i >= end || !tk[i].IsWord) return null;
            var w = tk[i];
            // "Nobody disagreed", "None of them said": a word of nobody is no speaker (nor part of a name: "Neither Jo Bell nor …")
            if (Lexicon.Is(w.Lower, WordSense.NilSubject)) return null;
            // the token's own lexicon entry answers for the word as it stands; only a contraction's first part is looked up
            // (StripContraction hands back the word itself when it has none)
            var lower = w.Lower;
            var stripped = StripContraction(lower);
            bool contracted = !ReferenceEquals(stripped, lower);
            // "US Defence Secretary Jo Bell": a country's name in capitals before a capitalised word is no "us"; nor before a noun
            // of the phrase ("US officials said")
            bool country = IsCountryInCapitals(tk, i, end) || IsCountryInCapitalsBeforeNoun(tk, i, end);
            bool pronoun = w.Has(WordTag.Pronoun) && !country;
            if (contracted && !pronoun && IsPronoun(stripped))
            {
                // "He’s claiming that …", "they’ve said": the pronoun with its auxiliary, before a reporting verb
                if (i + 1 >= end || !IsCueForm(tk[i + 1]) || !tk[i + 1].IsLowerWord) return null;
                int apostrophe = w.Text.IndexOfAny(Apostrophes);
                var cm = Mention.Pronoun(tk, i, stripped);
                cm.CharEnd = w.Start + apostrophe;
                cm.Text = w.Text.Substring(0, apostrophe);
                return cm;
            }
            if (pronoun && (w.IsLowerWord || w.Text.Length > 1))
            {
                return Mention.Pronoun(tk, i, w.Lower);
            }

            // "I laughed and said, “…”", "we asked": the first person is a speaker mention by itself (the writer's, or
            // the one's whose turn it is); "I" only as written with a capital, never a name's start
            if (!country && IsFirstPerson(w))
            {
                return Mention.Pronoun(tk, i, w.Lower);
            }
            if (contracted ? Lexicon.Is(stripped, WordTag.NotNameStart) : w.Has(WordTag.NotNameStart) && !country) return null;
            // "Third, the mayor said …": the number of a point in a list before its comma, not a name with an apposition
            if (w.IsCapitalized && w.Has(WordGroup.Ordinal) && i + 1 < end && tk[i + 1].Is(",")) return null;
            if (w.IsCapitalized && i + 1 < end && tk[i + 1].IsCapitalized && Lexicon.IsAdverb(w.Text))
                return null; // "Apparently Lindsey …": a sentence adverb, not part of a name
            // "Shortly after the vote, …", "Immediately before …": a sentence adverb before a subordinate clause
            if (w.IsCapitalized && i + 1 < end && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordTag.Subordinator) && Lexicon.IsAdverb(w.Text))
                return null;
            if (CueAdverbBeforeOpening(tk, i, end)) return null;
            // "Rather than accept defeat, …", "Better than expected, …": a capitalised word right before "than" opens a
            // comparison, not a name ("More than 100 residents" keeps its lead of quantity)
            if (w.IsCapitalized && !w.Has(WordClass.ThanLead) && i + 1 < end && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.ComparisonThan))
                return null;

            int j = i;
            string det = "";
            if (w.Has(WordTag.Determiner) && !(w.IsCapitalized && w.Has(WordClass.FlatNegator)))
            {
                det = w.Lower;
                j++;
            }
            // "Hundreds of demonstrators", "thousands of pro-union marchers": a noun of a great number, then its people after "of"
            else if (w.Has(WordGroup.Multitude) && i + 1 < end && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.OfComplement))
            {
                det = w.Lower;
                j++;
            }
            if (det.Length > 0 && MemberAlone(tk, i, end, inverted) is { } member) return member;
            if (j >= end || !tk[j].IsWord) return null;
            if (det.Length > 0 && !Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle) && tk[j].Has(WordGroup.OfComplement)) return Partitive(tk, i, j, end, det, inverted);
            if (det.Length > 0 && !inverted && ElidedNoun(w, tk[j])) return ElidedShare(tk, i, det);

            // Titles (and a nationality before them) followed by a name: "Pakistani Prime Minister Yousuf Raza Gilani".
            int k = j;
            List<string>? titleParts = null; // made at the first title: most phrases have none
            char gender = '\0';
            for (int guard = 0; guard < TitlesBeforeName && k < end; guard++)
            {
                // "Leader of the Opposition in the National Assembly Chaudhry Nisar Ali Khan": the body a title's office sits in,
                // written between the title and the name, is part of the title
                if (titleParts != null && OfficeSeatEnd(tk, k, end) is var seat && seat > k)
                {
                    // ("Speaker of the House Rep. Jo Bell": a body after "of" completes the title before it, one office)
                    if (tk[k].Has(WordGroup.OfComplement)) titleParts[titleParts.Count - 1] += " " + Join(tk, k, seat);
                    else titleParts.Add(Join(tk, k, seat));
                    k = seat;
                    continue;
                }
                // "Information Minister of Khyber Pakhtunkhwa Jo Bell", "Foreign Minister of Norway Jo Bell": the country or province
                // a title's "of" names, written between the title and the name, is part of the title
                if (titleParts != null && PlaceOfTitleEnd(tk, k, end) is var place && place > k)
                {
                    titleParts[titleParts.Count - 1] += " " + Join(tk, k, place);
                    k = place;
                    continue;
                }
                // "Director of Public Works Ann Holt", "Commissioner of Revenue Tom Hale": the department a title's "of" names, written
                // between the title and a name that opens with a given name, is part of the title
                if (titleParts != null && DepartmentOfTitleEnd(tk, k, end) is var department && department > k)
                {
                    titleParts[titleParts.Count - 1] += " " + Join(tk, k, department);
                    k = department;
                    continue;
                }
                int len = MatchTitle(tk, k, end, out var g);
                // "Dean Hollis, the club's lawyer": a title that is a given name too, before one name word, is the given name
                if (len > 0 && titleParts == null && IsGivenNameBeforeSurname(tk, k, end)) break;
                if (len > 0)
                {
                    (titleParts ??= new List<string>()).Add(Join(tk, k, k + len));
                    if (g != '\0') gender = g;
                    k += len;
                    // "Lt Gen (retd) Kamal Haider": a bracketed mark after the title is part of it
                    if (k + 2 < end && tk[k].Is("(") && tk[k + 2].Is(")") && tk[k + 1].IsWord && Lexicon.IsBracketedTitleMark(tk[k + 1].Text))
                    {
                        titleParts[titleParts.Count - 1] += " " + Join(tk, k, k + 3);
                        k += 3;
                    }
                    continue;
                }
                // "Former Secretary of State Ann Lutz", "former Gov. Tom Hale": a word that says the office is past (words.txt
                // 'past-office'), in either case, before the title belongs to the title
                if (titleParts == null && tk[k].IsWord && Lexicon.Is(tk[k].Lower, WordSense.PastOffice) && k + 1 < end && MatchTitle(tk, k + 1, end, out _) > 0)
                {
                    (titleParts ??= new List<string>()).Add(tk[k].Text);
                    k++;
                    continue;
                }
                // "state Sen. Jo Bell": a lower-case word of the office before the title (not the verb "state")
                if (titleParts == null && tk[k].IsLowerWord && tk[k].Has(WordTag.TitleModifier) && k + 1 < end && MatchTitle(tk, k + 1, end, out _) > 0)
                {
                    (titleParts ??= new List<string>()).Add(tk[k].Text);
                    k++;
                    continue;
                }
                if (titleParts == null && tk[k].IsCapitalized && IsCountryWord(tk[k].Text) && k + 1 < end && MatchTitle(tk, k + 1, end, out _) > 0)
                {
                    (titleParts ??= new List<string>()).Add(tk[k].Text);
                    k++;
                    continue;
                }
                break;
            }
            if (titleParts != null)
            {
                // "The Director General Military Operations, Maj Gen Ada Bell, said", "Inspector General of the Frontier Corps,
                // Maj Gen Tom Hale, told": the capitalised words after the title are the office's department when a titled full
                // name follows in apposition; the person is the one that name gives (not "Military Operations")
                if (TitledNameAfterDepartment(tk, k, end, out int apposedStart, out int apposedEnd, out int departmentEnd))
                {
                    // (the name's own title, "Maj Gen", "Admiral", is the one later descriptions take up, "the general", "the
                    // admiral"; the office with its department is the name's apposition)
                    var m = NameMention(tk, i, apposedStart, apposedEnd, det);
                    m.Title = Join(tk, departmentEnd + 1, apposedStart);
                    m.Apposition = Join(tk, j, departmentEnd);
                    m.TitleGender = gender;
                    // ("The Inspector General of the Frontier Corps, Maj Gen Tom Hale, told": the article opens the one phrase, so
                    // that the subject read next to the verb is not taken for a name set off after a description starting before it)
                    m.Start = i;
                    SetText(tk, m);
                    m.Next = apposedEnd;
                    return m;
                }
                int n = k;
                while (n < end && n - k < NameWordsAfterTitle && IsNameWord(tk, n, end, n == k)) n++;
                // "The General Staff said", "the General Command said": a title before one capitalised head of a body's
                // name (words.txt 'titled-body') is that body whole, no person named "Staff" with the title "General"
                if (n == k + 1 && tk[k].IsCapitalized && Lexicon.Is(tk[k].Text, WordSense.TitledBody))
                {
                    return OrganisationMention(tk, i, n, det, Join(tk, j, n));
                }
                if (n > k)
                {
                    var m = NameMention(tk, i, k, n, det);
                    m.Title = string.Join(" ", titleParts);
                    m.TitleGender = gender;
                    m.Start = j;
                    SetText(tk, m);
                    var named = AfterName(tk, m, end, inverted);
                    // "Mrs. Clinton's campaign", "Mayor Reyes's office", "Mr. Trump's campaign manager": a titled name in the
                    // possessive owns the noun after it (as "Clinton's campaign" does), unless a possessed speaker was read
                    // ("Mr. Lund's spokesman, Jo Bell"): read below as a description headed by that noun
                    if (!ReferenceEquals(named, m) || !OwnsHeadNounAfter(tk, n, end)) return named;
                }
                // "Foreign Minister, Ola Berg, told", "Pakistan's Ambassador to the United States, Ali Baig, said": the name set off
                // by commas after the title, or after an envoy's posting (ApposedNameOfTitle)
                else if (ApposedNameOfTitle(tk, k, end, titleParts, out int comma) is var nameEnd && nameEnd > comma)
                {
                    var m = NameMention(tk, i, comma + 1, nameEnd, det);
                    m.Title = string.Join(" ", titleParts);
                    m.TitleGender = gender;
                    // ("The Leader of the Opposition, Tom Hale, said", "The Foreign Minister, Ola Berg, told": an article before the
                    // title opens the one phrase, as in TitledNameAfterDepartment, so that the subject read next to the verb is not
                    // taken for the title alone with the name an aside after it)
                    m.Start = det.Length > 0 && Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle) ? i : j;
                    SetText(tk, m);
                    m.Next = nameEnd;
                    return m;
                }
                // "the Prime Minister" without a name: read below as a description headed by the title's last word
            }

            // A run of words that can form a noun phrase.
            k = j;
            int marks = 0;   // the tokens of bracketed title marks in the run, which are no words of the phrase
            while (k < end && k - j - marks < PhraseWords && (tk[k].IsWord || k > j && IsNickname(tk, k) || OrganisationListEnd(tk, j, k, end) > k || IsTitleMarkAfter(tk, j, k, end) ||
                                                         IsStateMarkBeforeTitle(tk, j, k, end)))
            {
                var t = tk[k];
                // "Defence analyst Lt Gen (retd) Naeem Rana": the bracketed mark after a title inside the run; "Polk County (Ore.)
                // Sheriff Jo Bell": the state of the place before a title
                if (IsTitleMarkAfter(tk, j, k, end) || IsStateMarkBeforeTitle(tk, j, k, end)) { k += 3; marks += 3; continue; }
                if (t.Is(",")) { k = OrganisationListEnd(tk, j, k, end); continue; }   // "Bureau of Alcohol, Tobacco, Firearms and Explosives"
                if (t.IsQuote) { k++; continue; } // "Juan “Chico” Manriquez"
                if (k == j && (IsModalReadAsName(tk, k, end) || IsModalBeforeSurname(tk, k, end, inverted))) { k++; continue; }
                if (t.Has(WordTag.NpStop) && !(t.IsCapitalized && k > j && tk[k - 1].IsCapitalized && !t.Has(WordClass.ListCoordinator)) && !IsCountryInCapitalsBeforeNoun(tk, k, end) &&
                    // "the US Embassy", "The US State Department": after a determiner, a country in capitals before a capitalised word
                    !(k == j && det.Length > 0 && IsCountryInCapitals(tk, k, end)))
                {
                    // "Center for American Progress", "Committee to Protect Journalists": a connective inside an organisation's name
                    if (OrganisationNameLink(tk, j, k, end) is int linked && linked > k) { k = linked; continue; }
                    // "Mark Jensen of the Karolinska Institute", "Jo Bell of Leeds University": after a person's name "of" opens
                    // the phrase of where the person is from, read after the name as its apposition (no part of the name)
                    if (t.Has(WordGroup.OfComplement) && IsPersonNameBefore(tk, j, k) && IsAffiliationAfter(tk, k, end)) break;
                    // "Department of Defense": "of" inside a capitalised name
                    // ("Secretary of State Jo Bell's statement": the word of a title after "of" may be a verb's form, "State")
                    if (t.Has(WordGroup.OfComplement) && k > j && tk[k - 1].IsCapitalized && k + 1 < end && tk[k + 1].IsCapitalized &&
                        (!IsCueForm(tk[k + 1]) || InsideTitle(tk, j, k + 1, end))) { k++; continue; }
                    // "Pontes do Norte": a name particle that is a grammar word too, between two words of a name
                    if (k > j && t.IsLowerWord && IsNameWord(tk, k, end, first: false) && tk[k - 1].IsCapitalized && !IsCueForm(tk[k + 1])) { k++; continue; }
                    break;
                }
                if (k > j && IsCueForm(t))
                {
                    // a reporting verb ends the phrase ("reports", "Says"); a noun of the same spelling ("report") does not
                    bool noun = t.IsLowerWord && IsHeadNoun(t, out _, out _, out _) || IsDocumentPluralHead(tk, k, k + 1) || EndsOutletName(tk, j, k) || InOrganisationName(tk, k, end) ||
                                // "the United States said": the capitalised form ends a country's name
                                t.IsCapitalized && EndsCountryName(tk, k) || IsSurnameAfterGivenName(tk, k, end) ||
                                // "Secretary of State": a word of a title of several words begun before it
                                t.IsCapitalized && InsideTitle(tk, j, k, end);
                    if (!noun) break;
                    if (k + 1 < end && tk[k + 1].IsWord && tk[k + 1].Has(WordTag.Determiner)) break;
                }
                if (EndsAtDocumentVerb(tk, j, k)) break;
                if (k == j && IsCueForm(t) && !IsHeadNoun(t, out _, out _, out _) && !t.IsCapitalized) return null;
                // a determiner starts another phrase; "Pentagon released": a past tense after a name is a verb
                if (k > j && t.IsLowerWord && t.Has(WordTag.Determiner)) break;
                // "Clinton herself said": a reflexive after a word is no head noun of the phrase
                if (k > j && ReflexiveGender(t) != '\0') break;
                if (k > j && t.IsLowerWord && t.Lower.EndsWith("ed", StringComparison.Ordinal) && tk[k - 1].IsCapitalized && !IsHeadNoun(t, out _, out _, out _)) break;
                if (k > j && (IsVerbAfterPerson(tk, j, k, end) || IsParticipleAfterPerson(tk, k, end) || IsCausedSpeakerAfter(tk, k, end))) break;
                // "Jo Bell last week said": a time phrase after a name is no part of the noun phrase
                if (k > j && tk[k - 1].IsCapitalized && IsTimeLeadPhrase(tk, k, end)) break;
                k++;
            }
            int runEnd = k;
            if (runEnd == j) return null;

            // "the military General Staff said", "the army's General Staff said": a title before one capitalised head of a body's
            // name (words.txt 'titled-body') at the end of the run is that body whole, its modifiers or owner before it too (as
            // "The General Staff said" is read above), no person named "Staff" with the title "General"
            if (TitledBodyAfterModifiers(tk, j, runEnd))
            {
                return OrganisationMention(tk, i, runEnd, det, Join(tk, j, runEnd));
            }

            // The head: the last lower-case head noun of the run (or capitalised, for a headline).
            int head = -1;
            bool hs = false, ho = false, hd = false;
            for (int h = runEnd - 1; h >= j; h--)
            {
                var t = tk[h];
                if (IsBodyOfficeHead(tk, h, j, runEnd, det))
                {
                    head = h;
                    hs = true;
                    ho = hd = false;
                    break;
                }
                if ((t.IsLowerWord || (HeadlineCase && t.IsCapitalized) || IsCapitalisedHead(tk, h, j, runEnd, det) || IsOpeningPlural(tk, h, j, runEnd, det) || t.IsWord && IsAgeNoun(t.Lower)) && IsHeadNoun(t, out hs, out ho, out hd))
                {
                    head = h;
                    break;
                }
                if (IsDocumentPluralHead(tk, h, runEnd))
                {
                    head = h;
                    hs = ho = false;
                    hd = true;
                    break;
                }
            }

            if (head >= 0)
            {
                // "State Department spokesman Mark Toner": a description used as a title before a name; "Defence analyst Lt Gen
                // (retd) Naeem Rana": a title with its bracketed mark after the description, and the name after the mark
                int marked = TitleWithMarkEnd(tk, head + 1, runEnd);
                int from = marked > 0 ? marked : head + 1;
                int n = from;
                while (n < runEnd && n - from < 6 && IsNameWord(tk, n, end, n == from)) n++;
                // "Clinton campaign Chairman John Podesta", "House Oversight committee Chairman Devin Lowe": a title after the
                // organisation's noun opens a person's name; the organisation and the title are the person's title
                int nameStart = from;
                if (marked < 0 && ho && n > nameStart && MatchTitle(tk, nameStart, n, out _) is var titled && titled > 0 && n > nameStart + titled) nameStart += titled;
                if (n > head + 1 && n == runEnd && ho && !tk[head].IsCapitalized && nameStart == head + 1)
                {
                    // "technology research organization Gartner": the organisation named after its description
                    return OrganisationMention(tk, det.Length > 0 ? i : j, n, det, Join(tk, head + 1, n));
                }
                // "Pentagon press secretary George Little opens the briefing": a verb that is no cue closes the name
                bool verbAfterName = n > nameStart && n < runEnd && tk[n].IsLowerWord && tk[n - 1].IsCapitalized && !IsHeadNoun(tk[n], out _, out _, out _);
                // "Former ambassador Tanveer Bukhari Sahib said": an honorific after the name ends it too (TakeHonorific takes it)
                bool honorificAfterName = n > nameStart && n < runEnd && Lexicon.IsHonorificAfterName(tk[n].Text);
                if (n > nameStart && (n == runEnd || verbAfterName || honorificAfterName) && !hd)
                {
                    var m = NameMention(tk, i, nameStart, n, det);
                    m.Title = Join(tk, j, nameStart);
                    m.Start = det.Length > 0 ? i : j;
                    SetText(tk, m);
                    return AfterName(tk, m, end, inverted);
                }
                var d = new Mention
                {
                    Kind = MentionKind.Description,
                    Start = i,
                    End = head + 1,
                    Determiner = det,
                    IsDocument = hd,
                    IsOrganisationHead = ho,
                };
                if (!tk[head].IsSpeakerNoun(out var singular, out var plural))
                {
                    singular = Inflection.Singular(tk[head].Lower);  // an age: "the 46-year-old"
                    plural = singular != tk[head].Lower;
                }
                d.Head = hs ? singular : Inflection.Singular(tk[head].Lower);
                // "FEC reports show": a plural of documents is plural, though its spelling is a verb's too
                d.Plural = hs ? plural : tk[head].Has(WordGroup.InstitutionPlural) || hd && Lexicon.IsDocumentPlural(tk[head].Lower);
                for (int x = j; x < head; x++) d.AddModifier(tk[x].Text);
                // a second / a third: the ordinal marks membership
                if (det == "a" && d.Modifiers.Count > 0 && Lexicon.Is(d.Modifiers[0], WordTag.Member))
                    d.Determiner = "a " + d.Modifiers[0].ToLowerInvariant();
                SetText(tk, d);
                // "the army's statement", "Pakistan's foreign ministry statement", "ISPR's press release": a possessive before the
                // document's noun names its author, as "a statement from the army" does
                if (hd && d.Modifiers.Count > 0) d.Owner = PossessiveAuthor(d);
                // "Tapp’s mother, Ruth", "Trump’s campaign manager, Corey Lewandowski": the possessor (up to two lower-case
                // modifiers before the head) is someone else; a name in apposition is the speaker
                int ownerEnd = head;
                while (ownerEnd - 1 > j && head - ownerEnd < PossessedModifiers && tk[ownerEnd - 1].IsLowerWord) ownerEnd--;
                if (hs && ownerEnd > j && tk[ownerEnd - 1].IsCapitalized)
                {
                    var owner = new Mention { Kind = MentionKind.Name, Start = i, End = ownerEnd, Name = Join(tk, j, ownerEnd), Determiner = det };
                    SetText(tk, owner);
                    var possessed = Possessed(tk, owner, end);
                    if (possessed != null && possessed.Kind == MentionKind.Name)
                    {
                        if (!inverted && possessed.Next < end && tk[possessed.Next].Is(",")) possessed.Next++;
                        return possessed;
                    }
                }
                return AfterDescription(tk, d, end, inverted);
            }

            // No known head noun. "Harbour master Tomas Reyes": a capitalised name of two words or more closes the run.
            if (runEnd - j >= 3 && tk[runEnd - 1].IsCapitalized && tk[runEnd - 2].IsCapitalized && runEnd < end && !tk[runEnd].IsCapitalized)
            {
                int n0 = runEnd - 1;
                while (n0 - 1 > j && IsNameWord(tk, n0 - 1, end, false) && tk[n0 - 1].IsCapitalized) n0--;
                // not the end of an organisation's name after its connective ("the Roper Center for Public Opinion Research at …")
                bool linked = OrganisationNameLink(tk, j, n0 - 1, end) == n0 || n0 - 2 > j && OrganisationNameLink(tk, j, n0 - 2, end) == n0;
                // "Revenue Minister of Khyber Pakhtunkhwa Jo Bell": the country or province of the title's "of" is the title's
                int placeEnd = n0 > j ? PlaceOfTitleEnd(tk, n0 - 1, runEnd) : -1;
                int nameAt = placeEnd > n0 ? placeEnd : n0;
                // "The Governor of Khyber Pakhtunkhwa said": the words after the title's "of" that are one place of the country table
                // whole are the office's place, no name (the office's holder is the speaker, as "the Governor of Punjab" is)
                bool placeOnly = placeEnd < 0 && n0 > j && tk[n0 - 1].IsLowerWord && tk[n0 - 1].Has(WordGroup.OfComplement) &&
                                 TitlePlace.Whole(tk, n0, runEnd) != null;
                // (not after a word of time, "The last time Jo Bell came …", "this time": no title)
                if (n0 > j && tk[n0 - 1].IsLowerWord && runEnd - nameAt >= 2 && runEnd - nameAt <= 4 && !linked && !placeOnly && !tk[j].Has(WordClass.TimeDeictic))
                {
                    var nm = NameMention(tk, i, nameAt, runEnd, det);
                    nm.Title = Join(tk, j, nameAt);
                    SetText(tk, nm);
                    return AfterName(tk, nm, end, inverted);
                }
            }
            // "a local fisherman said": a determiner, a few lower-case words, and a reporting verb (not its participle before
            // "to be" or "to have", which describes the thing named: "a rock claimed to be a ‘bone’", "a man said to have fled")
            if (Lexicon.Is(det, WordTag.Indefinite) && runEnd < end && runEnd - j <= 4 && IsCueForm(tk[runEnd]) && tk[runEnd - 1].IsLowerWord &&
                tk[runEnd].CueVerb!.Has(VerbTag.Speech | VerbTag.Stance) && !IsRaisedParticiple(tk, runEnd, end))
            {
                var d = new Mention { Kind = MentionKind.Description, Start = i, End = runEnd, Determiner = det };
                d.Head = Inflection.Singular(tk[runEnd - 1].Lower);
                d.Plural = tk[runEnd - 1].Lower != d.Head;
                for (int x = j; x < runEnd - 1; x++) d.AddModifier(tk[x].Text);
                SetText(tk, d);
                d.Next = runEnd;
                return d;
            }

            // No head noun: a capitalised name, of a person or an organisation.
            int c = j;
            while (c < runEnd)
            {
                if (c > j && OrganisationNameLink(tk, j, c, end) is int linked && linked > c) c = linked;
                else if (OrganisationListEnd(tk, j, c, end) is int listed && listed > c) c = listed;
                // "Polk County (Ore.) Sheriff Jo Bell": the bracketed state before the title, read with it below
                else if (IsStateMarkBeforeTitle(tk, j, c, end)) c += 3;
                else if (IsNameWord(tk, c, end, c == j) || c > j && tk[c].Has(WordGroup.OfComplement) || EndsOutletName(tk, j, c)) c++;
                else break;
            }
            if (c == j) return null;
            // "Hours later, she …", "Minutes earlier, …": a time word and a time adverb open the sentence, no name
            if (c == j + 1 && Clauses.IsTimeOpening(tk, j, end)) return null;
            // "Macmillan CEO John Sargent", "Investigator Robert Cornett", "Morningstar's Karin Anderson"
            string? innerTitle = null;
            for (int x = c - 2; x >= j; x--)
            {
                var t = tk[x];
                bool roleWord = MatchTitle(tk, x, x + 1, out _) > 0 && !(x == j && IsGivenNameBeforeSurname(tk, x, end)) || t.IsSpeakerNoun(out _, out _) ||
                                t.Lower.IndexOf('-') >= 0 && t.Lower.Split('-').Any(part => Lexicon.IsSpeakerNoun(part, out _, out _)) ||
                                t.EndsInApostropheS ||
                                IsAcronym(t.Text) && x > j;
                // "Chief Minister of Sindh said": the word after the role word is the rest of one title of more words that starts
                // at it ("Chief Minister") and that "of" follows, no name's first word: no title and name split here (the title of
                // a place whole is read below, as "Governor of Sindh" is)
                if (roleWord && MatchTitle(tk, x, c, out _) is var whole && whole > 1 && x + whole < c && tk[x + whole].IsLowerWord &&
                    tk[x + whole].Has(WordGroup.OfComplement)) continue;
                // "Doctors Without Borders": a capitalised function word after the role word continues a name, no person's
                if (roleWord && c - (x + 1) >= 1 && tk[x + 1].IsCapitalized && !IsAcronym(tk[x + 1].Text) && !tk[x + 1].Has(WordTag.Function))
                {
                    // "the Embassy's Press Minister, Ali Khan, said": after a possessive, capitalised words that end in a speaker noun
                    // of one person are the office the owner gives, no name; the full name in apposition is the person, the whole
                    // run their title (as after "The Agency Spokesperson": RoleWithApposedName)
                    if (t.EndsInApostropheS && RoleWithApposedName(tk, i, j, c, end, det) is { } officeOfOwner)
                    {
                        if (!inverted && officeOfOwner.Next < end && tk[officeOfOwner.Next].Is(",")) officeOfOwner.Next++;
                        return officeOfOwner;
                    }
                    innerTitle = Join(tk, j, x + 1);
                    var nm = NameMention(tk, i, x + 1, c, det);
                    nm.Title = innerTitle;
                    nm.Start = i;
                    SetText(tk, nm);
                    if (AnyOrganisationWord(tk, x + 1, c, documents: false)) break;
                    return AfterName(tk, nm, end, inverted);
                }
            }
            // "The NATO Spokesperson, Ilka Vrenescu, said": a role written in capitals after "the", headed by a speaker noun of one
            // person, with a full name in apposition, is that person, not an organisation's name
            if (RoleWithApposedName(tk, i, j, c, end, det) is { } apposed)
            {
                if (!inverted && apposed.Next < end && tk[apposed.Next].Is(",")) apposed.Next++;
                return apposed;
            }
            if (OwnedChannel(tk, i, j, c, end, det) is { } channelOwner) return channelOwner;
            var name = Join(tk, j, c);
            bool org = Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle) || IsKnownOrganisation(name) || IsAcronym(name) ||
                       AnyOrganisationWord(tk, j, c, documents: true) ||
                       CountryTable.Find(name) != null;
            if (org)
            {
                var o = OrganisationMention(tk, i, c, det, name);
                // "Harbor Mills Corp. (NYSE: HML), a maker of cereals, said", "the Board on Ocean Tides (BOT) said": a ticker or an
                // acronym in brackets, and an apposition after them, stand between the name and its verb
                if (!inverted && c < end && tk[c].Is("(") && BracketsAfterName(tk, c, end, inverted, out _, out _) is var next && next > c && CueAt(tk, next, end))
                    o.Next = next;
                return o;
            }
            if (det.Length > 0 && !Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle)) return null;
            var p = NameMention(tk, i, j, c, det);
            return AfterName(tk, p, end, inverted);
        }

        /// <summary>
        /// "her Twitter account posted: …", "his Facebook page said …": a possessive determiner of a person (words.txt
        /// 'person-subject' for its subject form: "her", "his", "their", not "its"), then capitalised words (the run
        /// <paramref name="j"/>..<paramref name="c"/>, no head noun among them) and a lower-case noun they modify, before the
        /// clause's verb: the thing is the owner's, who speaks through it, so the mention is the owner's pronoun (its subject form
        /// the resolver reads) written as the whole phrase, never the capitalised words as a name or a body ("Twitter"). Null when
        /// the phrase is not so.
        /// </summary>
        private static Mention? OwnedChannel(IReadOnlyList<Token> tk, int i, int j, int c, int end, string det)
        {
            if (det.Length == 0 || c <= j || c + 1 >= end || !tk[i].Has(WordTag.Possessive)) return null;
            if (Lexicon.SubjectOfPossessive(det) is not { } subject || !Lexicon.Is(subject, WordClass.PersonSubject)) return null;
            var noun = tk[c];
            if (!noun.IsLowerWord || noun.Has(WordTag.Function | WordTag.Determiner | WordTag.Preposition | WordTag.Finite | WordTag.Auxiliary) ||
                CueLexicon.IsEdForm(noun) || CueLexicon.IsIngForm(noun) || CueLexicon.IsLyAdverb(noun) || !tk[c + 1].IsLowerWord) return null;
            var m = Mention.Pronoun(tk, i, subject, c + 1);
            m.End = c + 1;
            SetText(tk, m);
            return m;
        }

        /// <summary>
        /// "The senator met voters saying …", "the mayor greeted residents", "the governor praised teachers": after a person's
        /// noun, a finite verb of the clause ends the noun phrase, so that the people the verb takes as its object are not read
        /// as the phrase's head. The verb is a verb of meeting people (tagged encounter, after any word), or, after a noun of
        /// persons or of an institution ("the agency disparaged workers"), or after a name and an adverb ("Lund sharply rebuked
        /// critics"), a past form in -ed that is no noun nor adjective with a plural noun of persons right after it (its
        /// object: "praised teachers"). Not a past form before
        /// a singular noun with no determiner ("a businessman turned politician" is one description), nor one before "by" or
        /// another phrase ("a spokesman reached by phone", "officials involved in the talks": the head is the same).
        /// </summary>
        private static bool IsVerbAfterPerson(IReadOnlyList<Token> tk, int j, int k, int end)
        {
            var t = tk[k];
            if (!t.IsLowerWord || !tk[k - 1].IsWord) return false;
            // "the harbour master greeted …": a verb of meeting people is no word of a noun phrase after any noun
            if (t.Has(WordGroup.Encounter)) return true;
            // "the mayor made demands …": a past form not in -ed is the clause's verb after any word of the phrase
            if (IsPastVerbNotInEd(tk, k, end)) return true;
            if (!t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Has(WordTag.Adjective) || IsHeadNoun(t, out _, out _, out _)) return false;
            if (!(k + 1 < end && tk[k + 1].IsLowerWord && tk[k + 1].IsSpeakerNoun(out _, out bool plural) && plural)) return false;
            // "Lund sharply rebuked critics": an adverb between a name and the verb
            int s = k - 1;
            bool adverb = tk[s].IsLowerWord && Lexicon.IsAdverb(tk[s].Text) && s - 1 >= j;
            if (adverb) s--;
            var subject = tk[s];
            if (!subject.IsWord) return false;
            // "the agency disparaged workers": a noun of persons or of an institution, in lower case
            bool noun = subject.IsLowerWord && IsHeadNoun(subject, out bool person, out bool org, out _) && (person || org) || subject.IsSpeakerNoun(out _, out _);
            return noun || adverb && subject.IsCapitalized;
        }

        /// <summary>
        /// "The delay led Republicans to say …", "the vote prompted lawmakers to warn …": the past form of a causative verb
        /// (causative-verbs.txt) after a lower-case word of the phrase, with a plural noun of persons right after it (its
        /// object, who then speak), is the clause's verb, whatever the noun before it (a thing or an event: "delay", "vote");
        /// the object is no head of the subject's phrase. Not a form in -ing ("the debate leading Republicans" is a
        /// description), nor one that is a head noun or an adjective itself.
        /// </summary>
        private static bool IsCausedSpeakerAfter(IReadOnlyList<Token> tk, int k, int end)
        {
            var t = tk[k];
            if (!t.IsLowerWord || !tk[k - 1].IsLowerWord || tk[k - 1].Has(WordTag.Determiner | WordTag.Preposition | WordTag.Function)) return false;
            if (!Lexicon.IsCausativeVerb(t.Lower) || CueLexicon.IsIngForm(t) || t.Has(WordTag.Adjective) || IsHeadNoun(t, out _, out _, out _)) return false;
            return k + 1 < end && tk[k + 1].IsWord && tk[k + 1].IsSpeakerNoun(out _, out bool plural) && plural;
        }

        /// <summary>
        /// "A senior U.S. official briefing reporters in the hall says …", "a diplomat escorting journalists said": a form in -ing
        /// right after a noun of persons, with a plural noun of persons right after it (its object), opens the participle
        /// phrase that describes the person; the people it takes as its object are not the phrase's head (as the past form
        /// in <see cref="IsVerbAfterPerson"/> is not). Not a form in -ing that is a head noun itself, nor one after a word in
        /// capitals ("the Pentagon briefing reporters attended").
        /// </summary>
        private static bool IsParticipleAfterPerson(IReadOnlyList<Token> tk, int k, int end) =>
            CueLexicon.IsIngForm(tk[k]) && !IsHeadNoun(tk[k], out _, out _, out _) &&
            tk[k - 1].IsLowerWord && tk[k - 1].IsSpeakerNoun(out _, out _) &&
            k + 1 < end && tk[k + 1].IsLowerWord && tk[k + 1].IsSpeakerNoun(out _, out bool plural) && plural;

        /// <summary>
        /// "Some chanted “…”", "Many said, “…”", "Several told reporters: “…”": a quantifier of a share of people written with no noun,
        /// right before a reporting verb, stands for the people of a group the text has named (the noun is left out). Not a
        /// determiner of one member ("Another advised, “…”" may be another sign or poster as well as another person), nor one
        /// that needs its noun ("the", "a", "this").
        /// </summary>
        private static bool ElidedNoun(Token determiner, Token next) =>
            determiner.Has(WordClass.Quantifier) && !determiner.Has(WordTag.Member) && !determiner.Has(WordClass.Article) &&
            next.IsLowerWord && IsCueForm(next) && !next.Has(WordTag.Determiner) && !IsHeadNoun(next, out _, out _, out _);

        /// <summary>The mention of a share of people whose noun is left out ("Some", "Many"): its determiner is its head.</summary>
        private static Mention ElidedShare(IReadOnlyList<Token> tk, int i, string det)
        {
            var m = new Mention { Kind = MentionKind.Description, Start = i, End = i + 1, Next = i + 1, Determiner = det, Head = det, Plural = true };
            SetText(tk, m);
            return m;
        }

        /// <summary>
        /// "one of the former prosecutors", "several of her aides", "most of the delegates at the convention": a share of
        /// the people a description names; the description's head with the share as its determiner. A share of a pronoun
        /// ("most of them") or of an organisation or document is not read here.
        /// </summary>
        private Mention? Partitive(IReadOnlyList<Token> tk, int i, int of, int end, string det, bool inverted)
        {
            // "hundreds of demonstrators": after a noun of a great number, the people need no determiner of their own
            bool bare = Lexicon.Is(det, WordGroup.Multitude);
            // "one of them, Haji Omar Dost": a name in apposition after one member of a group an object pronoun stands for is the
            // speaker, the share its apposition (the pronoun names no one)
            if (Lexicon.Is(det, WordTag.Member) && tk[of + 1].Has(WordTag.ObjectPronoun) && of + 3 < end && tk[of + 2].Is(",") &&
                Parse(tk, of + 3, end, inverted) is { Kind: MentionKind.Name } named)
            {
                named.Apposition ??= Join(tk, i, of + 2);
                named.Start = i;
                SetText(tk, named);
                return named;
            }
            if (of + 1 >= end || !tk[of + 1].IsLowerWord || !bare && !tk[of + 1].Has(WordTag.Determiner)) return null;
            var inner = Parse(tk, of + 1, end, inverted);
            if (inner == null || inner.Kind != MentionKind.Description || inner.IsDocument || inner.IsOrganisationHead || !inner.Plural) return null;
            var d = new Mention
            {
                Kind = MentionKind.Description, Start = i, End = inner.End, Next = inner.Next, Determiner = det, Head = inner.Head,
                Plural = !Lexicon.Is(det, WordTag.Member) && !Lexicon.IsAsWritten(det, WordGroup.Distributive), PostModifier = inner.PostModifier, Apposition = inner.Apposition,
            };
            d.AddModifiers(inner.Modifiers);
            SetText(tk, d);
            return d;
        }

        /// <summary>
        /// "Tom Reyes and Ada Lund", "Shop owners and residents", "the former harbour master and current mayor": two mentions
        /// joined by "and" or "or" as one source, its words from the first to the end of the second. Two people (or groups)
        /// are plural; a description with its determiner and a second role without one ("the former secretary of state and
        /// current nominee") is one person, with the second's head.
        /// </summary>
        public static Mention Coordinated(IReadOnlyList<Token> tk, Mention first, Mention second)
        {
            bool onePerson = first.Kind == MentionKind.Description && second.Kind == MentionKind.Description && Lexicon.IsAsWritten(first.Determiner, WordGroup.DefiniteArticle) &&
                             second.Determiner.Length == 0 && !first.Plural && !second.Plural;
            var both = new Mention
            {
                Kind = MentionKind.Description, Start = first.Start, End = second.End, Next = second.Next, Plural = !onePerson, Head = second.Head,
                Determiner = onePerson ? first.Determiner : "", IsOrganisationHead = onePerson && second.IsOrganisationHead,
            };
            // "Smith and Jones", "Pakistani officials and American diplomats": both are the speaker, not the last name or
            // head alone (the first's article is no word of the speaker's: "the council and the harbour board")
            if (second.Head.Length == 0)
                for (int x = first.Start; x < second.End - 1; x++) both.AddModifier(tk[x].Text);
            else
                for (int x = first.Start + (first.Determiner.Length > 0 && !first.IsPronoun ? 1 : 0); x < second.End - 1; x++) both.AddModifier(tk[x].Text);
            // "Shop owners and residents in the old town": the second's phrase closes the source
            both.PostModifier = second.PostModifier;
            both.Apposition = second.Apposition;
            SetText(tk, both);
            return both;
        }

        /// <summary>The apostrophes a contraction is written with (one array, not one a call).</summary>
        private static readonly char[] Apostrophes = { '\'', '’' };

        /// <summary>"he’s" → "he", "they're" → "they".</summary>
        internal static string StripContraction(string lower)
        {
            int a = lower.IndexOfAny(Apostrophes);
            return a > 0 ? lower.Substring(0, a) : lower;
        }

        internal static bool IsAcronym(string name)
        {
            // capitals, full stops, ampersands and digits only, two capitals or more (one loop: no enumerator of the string)
            if (name.Length < AcronymMinChars || name.Length > AcronymMaxChars) return false;
            int capitals = 0;
            foreach (char ch in name)
            {
                if (char.IsUpper(ch)) capitals++;
                else if (!(ch == '.' || ch == '&' || char.IsDigit(ch))) return false;
            }
            return capitals >= 2;
        }

        /// <summary>An organisation's mention of the words [<paramref name="start"/>, <paramref name="end"/>) named <paramref name="name"/>, the verb looked for right after it.</summary>
        private static Mention OrganisationMention(IReadOnlyList<Token> tk, int start, int end, string det, string name)
        {
            var o = new Mention { Kind = MentionKind.Organisation, Start = start, End = end, Determiner = det, Name = name };
            SetText(tk, o);
            o.Next = end;
            return o;
        }

        private static Mention NameMention(IReadOnlyList<Token> tk, int start, int nameStart, int nameEnd, string det)
        {
            var m = new Mention { Kind = MentionKind.Name, Start = start, End = nameEnd, Determiner = det, Name = Join(tk, nameStart, nameEnd) };
            m.Next = nameEnd;
            // without a determiner the mention's words are the name's: its text is the name's string, not a second join of them
            SetText(tk, m, start == nameStart ? m.Name : null);
            return m;
        }

        /// <summary>
        /// "One said, “…”", "Another wrote: “…”", "“…,” another said", "“…,” said one.": a determiner that marks one member of a group
        /// (words.txt 'member' and 'indefinite': "one", "another") standing alone as the subject of a reporting verb right after it, or
        /// right after an inverted cue at the end of its clause, is the mention of one member of a group named before. The mention is
        /// the word itself, its head the word too (the resolver says which group, <see cref="Mention.IsMemberAlone"/>). Null when
        /// the word is not so ("One report said", "one of them", "said one thing"), or when a document or a thing that bears
        /// words (organisation-words.txt 'document': a sign, a post, a report) stands nearer before it in the tokens than any noun of
        /// people: "One sign read “…” Another advised, “…”" (another sign) is left to the rules as before.
        /// </summary>
        private static Mention? MemberAlone(IReadOnlyList<Token> tk, int i, int end, bool inverted)
        {
            var w = tk[i];
            if (!w.Has(WordTag.Member) || !w.Has(WordTag.Indefinite)) return null;
            int j = i + 1;
            // (inverted, right after its cue: "as one who believes", "the one that favors" are no speakers; not after a word of
            // the phrase, "the first one said", only after a mark, a coordinator or an adverb: "Yet another said")
            bool afterCue = i > 0 && tk[i - 1].IsLowerWord && IsCueForm(tk[i - 1]);
            bool opens = i == 0 || !tk[i - 1].IsWord || tk[i - 1].Has(WordClass.ListCoordinator) || tk[i - 1].Has(WordTag.Intro) || Lexicon.IsAdverb(tk[i - 1].Text);
            // "One of them said …": "of" and an object pronoun of a group ("them") before the cue; the mention is the three words
            // (the cue may be the verb the caller reads the subject back from, at the end given)
            bool ofGroup = !inverted && opens && j + 2 <= end && j + 2 < tk.Count && tk[j].IsLowerWord && tk[j].Has(WordGroup.OfComplement) && tk[j + 1].IsLowerWord &&
                           Lexicon.SubjectOfObjectPronoun(tk[j + 1].Lower) is { } subject && Lexicon.Is(subject, WordClass.GroupPronoun) &&
                           tk[j + 2].IsLowerWord && IsCueForm(tk[j + 2]) && !IsHeadNoun(tk[j + 2], out _, out _, out _);
            // "One of them, who did not wish to be named, described …", "One of them, speaking without being named, called …": a
            // relative "who" or a participle's phrase set off by commas between the group's pronoun and the cue; the mention is the
            // three words, the cue after the aside's closing comma (which may be the verb the caller reads the subject back from)
            int next = -1;
            if (!ofGroup && !inverted && opens && j + 3 < end && j + 4 < tk.Count && tk[j].IsLowerWord && tk[j].Has(WordGroup.OfComplement) && tk[j + 1].IsLowerWord &&
                Lexicon.SubjectOfObjectPronoun(tk[j + 1].Lower) is { } asideSubject && Lexicon.Is(asideSubject, WordClass.GroupPronoun) &&
                tk[j + 2].Is(",") && tk[j + 3].IsLowerWord && (tk[j + 3].Has(WordGroup.PersonSubjectRelative) || CueLexicon.IsIngForm(tk[j + 3])))
            {
                int close = AsideEnd(tk, j + 3, end);
                if (close + 1 <= end && close + 1 < tk.Count && tk[close].Is(",") && tk[close + 1].IsLowerWord && IsCueForm(tk[close + 1]) && !IsHeadNoun(tk[close + 1], out _, out _, out _))
                {
                    ofGroup = true;
                    next = close + 1;
                }
            }
            if (ofGroup) j += 2;
            bool alone = ofGroup || (inverted
                ? afterCue && (j >= end || tk[j].Is(",") || tk[j].Is(".") || tk[j].Is(";"))
                : opens && j < end && tk[j].IsLowerWord && IsCueForm(tk[j]) && !IsHeadNoun(tk[j], out _, out _, out _));
            if (!alone) return null;
            // "One sign read “…” Another advised, “…”": after a document or a thing that bears words (a sign, a post), nearer in
            // the clause's tokens than any noun of people, the word may stand for another of those: no speaker of its own
            for (int k = i - 1; k >= 0; k--)
            {
                if (!tk[k].IsWord) continue;
                if (tk[k].IsDocumentWord) return null;
                if (tk[k].IsSpeakerNoun(out _, out _)) break;
            }
            var m = new Mention { Kind = MentionKind.Description, Start = i, End = j, Next = next > j ? next : j, Determiner = w.Lower, Head = w.Lower, OfGroupPronoun = ofGroup };
            SetText(tk, m);
            return m;
        }

        /// <summary>Sets the mention's character span and text from its tokens; <paramref name="joined"/>, when given, is that text made already.</summary>
        private static void SetText(IReadOnlyList<Token> tk, Mention m, string? joined = null)
        {
            m.CharStart = tk[m.Start].Start;
            m.CharEnd = tk[m.End - 1].End;
            m.Text = joined ?? Join(tk, m.Start, m.End);
        }

        /// <summary>True when a token of [from, to) is an organisation word (or, with <paramref name="documents"/>, a document word); a loop, not a query whose closure every call would allocate.</summary>
        private static bool AnyOrganisationWord(IReadOnlyList<Token> tk, int from, int to, bool documents)
        {
            for (int x = from; x < to; x++)
                if (tk[x].IsOrganisationWord || documents && tk[x].IsDocumentWord) return true;
            return false;
        }

        internal static string Join(IReadOnlyList<Token> tk, int from, int to)
        {
            if (to - from == 1) return tk[from].Text;
            var sb = _joined ??= new System.Text.StringBuilder();
            sb.Clear();
            for (int x = from; x < to; x++)
            {
                // spacing as written: a space where the text had one
                if (x > from && tk[x].Start > tk[x - 1].End) sb.Append(' ');
                sb.Append(tk[x].Text);
            }
            return sb.ToString();
        }

        /// <summary>The buffer of <see cref="Join"/>, one per thread.</summary>
        [ThreadStatic] private static System.Text.StringBuilder? _joined;

        /// <summary>How many lower-case modifiers may stand between a possessive name and its speaker noun ("Trump’s campaign manager").</summary>
        private const int PossessedModifiers = 2;

        /// <summary>The shortest and the longest quoted nickname inside a name, in characters (Jo “The Hammer” Bell); a longer quotation is someone's words.</summary>
        private const int NicknameMinChars = 2, NicknameMaxChars = 24;

        /// <summary>How many titles may stand one after another before a name ("Navy Capt. John Kirby", "former Gov. Jo Bell").</summary>
        private const int TitlesBeforeName = 3;

        /// <summary>The most words of a name after its title ("Prime Minister Syed Ali Raza Shah"): past them the words are no name.</summary>
        private const int NameWordsAfterTitle = 6;

        /// <summary>The most words of the run that may form a noun phrase ("the former senior military intelligence official"): keeps a parse short.</summary>
        private const int PhraseWords = 9;

        /// <summary>The shortest and the longest acronym read as an organisation's name ("UN", "NAACP", "U.S.E.P.A."), in characters.</summary>
        private const int AcronymMinChars = 2, AcronymMaxChars = 8;

        /// <summary>The most words of a name set off by commas after a description ("the host, Jo Bell, said").</summary>
        private const int ApposedNameWords = 4;

        /// <summary>The most capitalised words of the rest of a place after an apposition that ends in a place ("in Cambridge, United Kingdom,").</summary>
        private const int PlaceTailWords = 3;

        /// <summary>The most tokens of an apposition set off by commas ("Scott Pruitt, the attorney general of Oklahoma, said"): a longer run is a clause.</summary>
        private const int AppositionTokens = 25;

        /// <summary>The most tokens of an "of …" or "who …" phrase after a description's head ("the head of the agency", "those who …").</summary>
        private const int OfOrWhoPhraseTokens = 14;

        /// <summary>The most tokens inside brackets after a name ("Sen. Jo Bell (R-Tex.)"): a longer bracket is an aside.</summary>
        private const int BracketTokens = 10;

        /// <summary>
        /// The shortest and the longest label of a party and a state after a name (", R-Ky.,", ", D-N.Y.,"), in characters; a
        /// statehouse paper writes the member's home town instead (", D-Portland,", ", R-Minneapolis,"), a word of a city's length.
        /// </summary>
        private const int PartyLabelMinChars = 3, PartyLabelMaxChars = 14;

        /// <summary>The most tokens of a phrase after a description's head: a postmodifier ("an official close to the talks"), a participle phrase or an apposition after an inverted cue.</summary>
        internal const int PostPhraseTokens = 16;

        /// <summary>How many words may stand between the preposition of a setting and its occasion noun ("at a crowded campaign rally").</summary>
        private const int SettingWords = 4;

        /// <summary>How many adverbs may stand before a cue's verb ("also later flatly denied").</summary>
        private const int AdverbsBeforeCue = 4;

        /// <summary>
        /// True when the name ending before <paramref name="n"/> is in the possessive and a head noun follows it, after at most
        /// <see cref="PossessedModifiers"/> lower-case words that are no cue ("Clinton's campaign", "Trump's campaign manager").
        /// </summary>
        private static bool OwnsHeadNounAfter(IReadOnlyList<Token> tk, int n, int end)
        {
            if (!Possessive.EndsIn(tk[n - 1].Text)) return false;
            for (int h = n; h < end && h - n <= PossessedModifiers; h++)
            {
                var t = tk[h];
                if (!t.IsLowerWord || IsCueForm(t)) return false;
                if (IsHeadNoun(t, out _, out _, out _)) return true;
            }
            return false;
        }

        /// <summary>
        /// "The Agency Spokesperson, Ilka Vrenescu, said": the capitalised run [j, c) after "the" ends in a speaker noun of one
        /// person (no organisation's word: "the Union", "the Ministry" stay bodies) and a full name of two words or more follows
        /// in apposition, closed by a comma, a full stop or a cue: the mention is that person, the run their title. Null otherwise.
        /// </summary>
        private Mention? RoleWithApposedName(IReadOnlyList<Token> tk, int i, int j, int c, int end, string det)
        {
            if (!Lexicon.IsAsWritten(det, WordGroup.DefiniteArticle) || c <= j || c + 2 >= end || !tk[c].Is(",")) return null;
            var role = tk[c - 1];
            if (!role.IsSpeakerNoun(out _, out var plural) || plural || Lexicon.IsOrganisationWord(role.Text) ||
                Lexicon.IsSpeakerNoun(role.Text, SpeakerNounTag.Collective)) return null;
            int a = c + 1, e = a;
            if (IsCueForm(tk[a])) return null;
            while (e < end && e - a < ApposedNameWords && IsNameWord(tk, e, end, e == a) && tk[e].IsCapitalized) e++;
            if (e - a < 2 || !(e == end || tk[e].Is(",") || tk[e].Is(".") || IsCueForm(tk[e]))) return null;
            var nm = new Mention { Kind = MentionKind.Name, Start = i, End = e, Name = Join(tk, a, e), Title = Join(tk, j, c), Determiner = det };
            SetText(tk, nm);
            nm.Next = e;
            return nm;
        }

        /// <summary>
        /// "(Director General) Military Operations, Maj Gen Ada Bell,", "(Inspector General) of the Frontier Corps, Maj Gen Tom Hale,":
        /// after a title at k, an optional "of" (and "the"), at most <see cref="OfficeSeatWords"/> capitalised words (the office's
        /// department) and a comma, then a title of its own and a full name closed by a verb of saying (<see cref="FullNameBeforeCue"/>,
        /// as <see cref="ApposedNameAfterTitle"/> reads one). The name's span and the department's end.
        /// </summary>
        private bool TitledNameAfterDepartment(IReadOnlyList<Token> tk, int k, int end, out int nameStart, out int nameEnd, out int departmentEnd)
        {
            nameStart = nameEnd = departmentEnd = -1;
            int x = k;
            if (x < end && tk[x].IsLowerWord && tk[x].Has(WordGroup.OfComplement)) x++;
            if (x > k && x < end && tk[x].IsLowerWord && Lexicon.IsAsWritten(tk[x].Text, WordGroup.DefiniteArticle)) x++;
            int first = x;
            while (x < end && x - first < OfficeSeatWords && tk[x].IsCapitalized && !IsCueForm(tk[x])) x++;
            // "(Permanent Representative) of Pakistan to the United Nations, Ambassador Jo Khan,": an envoy's posting after the
            // department (PostingPlaceEnd) reaches the comma too
            if (x > first) x = PostingPlaceEnd(tk, x, end);
            if (x == first || x + 3 >= end || !tk[x].Is(",")) return false;
            int len = MatchTitle(tk, x + 1, end, out _);
            if (len <= 0) return false;
            int a = x + 1 + len, e = FullNameBeforeCue(tk, a, end);
            if (e < 0) return false;
            nameStart = a;
            nameEnd = e;
            departmentEnd = x;
            return true;
        }

        /// <summary>
        /// "Leader of the Opposition in the Senate, Ada Bell, said", "Foreign Minister, Ola Berg, told": after a title with no name
        /// written right after it, a comma and a full name of two words at least (no title of its own), closed by a verb of saying
        /// or by a comma and a verb of saying: the index after the name, or <paramref name="k"/> when the words are not so.
        /// </summary>
        private int ApposedNameAfterTitle(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 3 >= end || !tk[k].Is(",") || !tk[k + 1].IsCapitalized || IsCueForm(tk[k + 1]) || MatchTitle(tk, k + 1, end, out _) > 0) return k;
            int e = FullNameBeforeCue(tk, k + 1, end);
            return e >= 0 ? e : k;
        }

        /// <summary>
        /// A full name of two words at least (<see cref="ApposedNameWords"/> at most) starting at <paramref name="a"/>, closed by
        /// a verb of saying or by a comma and a verb of saying: the index after the name, or -1.
        /// </summary>
        private int FullNameBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            int e = a;
            while (e < end && e - a < ApposedNameWords && IsNameWord(tk, e, end, e == a) && tk[e].IsCapitalized) e++;
            if (e - a < 2 || e >= end) return -1;
            return IsCueForm(tk[e]) || tk[e].Is(",") && CueAt(tk, e + 1, end) ? e : -1;
        }

        /// <summary>
        /// The name set off by commas after a title whose end is <paramref name="k"/> (<see cref="ApposedNameAfterTitle"/>): after an
        /// envoy's title (speaker-nouns.txt 'envoy') with its posting ("Pakistan's Ambassador to the United States, Ali Baig, said":
        /// <see cref="EnvoyPostingEnd"/>; the posting is no part of the title, the place an envoy is sent to never the envoy's side),
        /// else right after the title ("Foreign Minister, Ola Berg, told"). The index after the name, and in <paramref name="comma"/>
        /// the comma before it; the name is there when the index is past the comma.
        /// </summary>
        private int ApposedNameOfTitle(IReadOnlyList<Token> tk, int k, int end, List<string> titleParts, out int comma)
        {
            int post = EnvoyPostingEnd(tk, k, end, titleParts);
            if (post > k && ApposedNameAfterTitle(tk, post, end) is var postedEnd && postedEnd > post)
            {
                comma = post;
                return postedEnd;
            }
            comma = k;
            return ApposedNameAfterTitle(tk, k, end);
        }

        /// <summary>
        /// "(Ambassador) to the United States,": after titles whose last word is an envoy's noun (speaker-nouns.txt 'envoy'), the
        /// posting's comma (<see cref="PostingPlaceEnd"/>), or <paramref name="k"/>.
        /// </summary>
        private static int EnvoyPostingEnd(IReadOnlyList<Token> tk, int k, int end, List<string> titleParts)
        {
            var title = titleParts[titleParts.Count - 1];
            int space = title.LastIndexOf(' ');
            var noun = (space < 0 ? title : title.Substring(space + 1)).ToLowerInvariant();
            return Lexicon.IsSpeakerNoun(noun, SpeakerNounTag.Envoy) ? PostingPlaceEnd(tk, k, end) : k;
        }

        /// <summary>
        /// "in Paris", "to the United Nations" after an office's noun and before the comma of a name set off after it: a place
        /// preposition or "to", "the" at most, then at most <see cref="OfficeSeatWords"/> capitalised words right before a comma.
        /// The index of that comma, or <paramref name="k"/> when the words there are not so.
        /// </summary>
        private static int PostingPlaceEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 2 >= end || !tk[k].IsLowerWord || !(tk[k].Has(WordClass.PlacePreposition) || tk[k].Has(WordGroup.ToPreposition))) return k;
            int x = k + 1;
            if (tk[x].IsLowerWord && Lexicon.IsAsWritten(tk[x].Text, WordGroup.DefiniteArticle)) x++;
            int first = x;
            while (x < end && x - first < OfficeSeatWords && tk[x].IsCapitalized && !IsCueForm(tk[x])) x++;
            return x > first && x < end && tk[x].Is(",") ? x : k;
        }

        /// <summary>
        /// "Stevens’ mother, Janet", "Ms Khairunisa’s father, Haidar Fauzi", "Trump’s campaign manager, Corey Lewandowski": a
        /// possessive name before a speaker noun names someone else; the speaker is the one the noun (and a name in
        /// apposition) describes.
        /// </summary>
        private Mention? Possessed(IReadOnlyList<Token> tk, Mention m, int end)
        {
            int last = m.End - 1;
            var w = tk[last].Text;
            int p;
            if (Possessive.EndsIn(w)) p = m.End;
            else if (w.EndsWith("s", StringComparison.Ordinal) && m.End < end && (tk[m.End].Is("’") || tk[m.End].Is("'"))) p = m.End + 1;
            else return null;
            // "Trump’s campaign manager": lower-case modifiers before the speaker noun
            int h = p;
            while (h < end && h - p < PossessedModifiers && tk[h].IsLowerWord && !IsCueForm(tk[h]) && !tk[h].IsSpeakerNoun(out _, out _)) h++;
            if (h >= end || !tk[h].IsLowerWord || !tk[h].IsSpeakerNoun(out var singular, out var plural) || plural) return null;
            bool modified = h > p;
            p = h;
            var owner = PartyResolverStrip(m.Name ?? m.Text);
            int n = p + 1;
            // "Britain's ambassador in Paris, Alma Renk, has said", "Norway's envoy to the Arctic Council, Ola Berg, said": the
            // place of the office after the noun, then the name set off by commas (the place is part of the title)
            // (only a name of two words at least closed by a comma and a verb of saying, or by a verb of saying: "Britain's
            // ambassador in Paris, Lyon and Nice" is no person; without one the mention is read as before, from the noun)
            // (an envoy's posting only, speaker-nouns.txt 'envoy': the place after the noun is never the side, which the
            // possessive gives; after another office, "Russia's representative to NATO", the named body may be the side)
            int posted = Lexicon.IsSpeakerNoun(singular, SpeakerNounTag.Envoy) ? PostingPlaceEnd(tk, n, end) : n;
            bool atPost = posted > n && ApposedNameAfterTitle(tk, posted, end) > posted;
            if (atPost) n = posted;
            if (n + 1 < end && tk[n].Is(",") && tk[n + 1].IsCapitalized && !IsCueForm(tk[n + 1]))
            {
                int a = n + 1, e = a;
                while (e < end && e - a < ApposedNameWords && IsNameWord(tk, e, end, e == a)) e++;
                if (e == end || tk[e].Is(",") || tk[e].Is(".") || IsCueForm(tk[e]))
                {
                    var name = Join(tk, a, e);
                    // "Stevens’ mother, Janet": a given name alone takes the family name
                    if (e - a == 1 && Lexicon.IsSpeakerNoun(singular, SpeakerNounTag.Kin) && owner.IndexOf(' ') < 0) name += " " + owner;
                    var nm = new Mention { Kind = MentionKind.Name, Start = m.Start, End = e, Name = name, Title = Join(tk, m.Start, p + 1), Determiner = m.Determiner };
                    SetText(tk, nm);
                    nm.Next = e;
                    // "Germany's foreign minister, Guido Westerwelle, the host, said": a second apposition, closed by a comma right
                    // before the cue (as after a name), opened by an article: "Clinton's husband, Bill, effectively hurled …, saying" is
                    // his predicate, no apposition
                    if (e + 1 < end && tk[e].Is(",") && tk[e + 1].IsLowerWord && (tk[e + 1].Has(WordGroup.DefiniteArticle) || tk[e + 1].Has(WordClass.IndefiniteArticle)) &&
                        ParseCue(tk, e + 1, end, allowAdverbs: true) == null)
                    {
                        int a3 = e + 1, e3 = AsideEnd(tk, a3, end);
                        if (e3 > a3 && e3 + 1 <= end && tk[e3].Is(",") && LooksLikeApposition(tk, a3, e3, true) && CueAt(tk, e3 + 1, end))
                        {
                            nm.Apposition = Join(tk, a3, e3);
                            nm.Next = e3 + 1;
                        }
                    }
                    return nm;
                }
            }
            // "Scott's niece, state Del. Marcia “Cia” Price (D-Va.), shouted": a name with its own title in apposition
            if (n + 1 < end && tk[n].Is(","))
            {
                var titled = Parse(tk, n + 1, end, inverted: false);
                if (titled != null && titled.Kind == MentionKind.Name && titled.Title != null && titled.Next > n + 1 &&
                    (titled.Next >= end || tk[titled.Next - 1].Is(",") || tk[titled.Next].Is(",") || tk[titled.Next].Is(".") || IsCueForm(tk[titled.Next])))
                {
                    titled.Start = m.Start;
                    titled.Determiner = m.Determiner;
                    SetText(tk, titled);
                    return titled;
                }
            }
            // with modifiers and no name in apposition, the description is read as any other ("Trump’s campaign manager said")
            if (modified) return null;
            var d = new Mention { Kind = MentionKind.Description, Start = m.Start, End = p + 1, Head = singular, Determiner = "" };
            d.AddModifier(Join(tk, m.Start, p));
            SetText(tk, d);
            d.Next = p + 1;
            return d;
        }

        /// <summary>
        /// The author a possessive among a document's modifiers names: "the army's statement" (the army), "Pakistan's army's
        /// rebuttal" (Pakistan's army), "Pakistan's foreign ministry statement" (the ministry, an organisation's word after the
        /// possessive), "ISPR's press release" (ISPR). Null without a possessive, or when the possessive is a time ("last
        /// week's statement", "last year's report") or a document itself ("the report's summary": no author named), or when the
        /// document is one a possessive is the subject of ("Clinton's track record").
        /// </summary>
        internal static Mention? PossessiveAuthor(Mention d)
        {
            if (Lexicon.IsOrganisationWord(d.Head, OrganisationWordTag.Subject)) return null;
            var mods = d.Modifiers;
            int k = -1;
            for (int x = 0; x < mods.Count; x++) if (Possessive.EndsIn(mods[x])) k = x;
            if (k < 0) return null;
            var possessor = Possessive.Strip(mods[k]);
            if (possessor.Length == 0 || Lexicon.Is(possessor, WordTag.Time | WordTag.Calendar) || Lexicon.IsDocumentWord(possessor)) return null;
            // "Pakistan's foreign ministry statement": the organisation after the possessive is the author
            int last = k;
            for (int x = k + 1; x < mods.Count; x++) if (Lexicon.IsOrganisationWord(mods[x])) last = x;
            var words = new List<string>();
            for (int x = 0; x <= last; x++) words.Add(x == last ? Possessive.Strip(mods[x]) : mods[x]);
            var text = string.Join(" ", words);
            // "Secretary of State Hillary Clinton's statement", "Hillary Clinton's letter": a person's name in the possessive
            // (a title before a name, or a given name and a surname) is a person, the author as "Hillary Clinton issued a
            // statement" makes her, so that a later "she" may stand for her; no organisation named "Hillary Clinton"
            if (last == k && IsPersonsName(words))
                return new Mention { Kind = MentionKind.Name, Name = text, Start = d.Start, End = d.End, CharStart = d.CharStart, CharEnd = d.CharEnd, Text = text };
            if (words.All(w => w.Length > 0 && char.IsUpper(w[0])))
                return AuthorOf(d, text);
            var head = words[words.Count - 1];
            var owner = new Mention
            {
                Kind = MentionKind.Description, Head = Inflection.Singular(Casing.Lower(head)), Determiner = d.Determiner, IsOrganisationHead = Lexicon.IsOrganisationWord(head),
                Start = d.Start, End = d.End, CharStart = d.CharStart, CharEnd = d.CharEnd,
                Text = d.Determiner.Length == 0 ? text : d.Determiner + " " + text,
            };
            for (int x = 0; x < words.Count - 1; x++) owner.AddModifier(words[x]);
            return owner;
        }

        /// <summary>
        /// True when the words (a possessive's, less its 's) are one person's name: a title of titles.txt (with the connectives
        /// inside it: "Secretary of State", "Chief of Staff") before a name ("Secretary of State Ann Lutz", "Gov. Hale"), or a
        /// given name of the list before one or more capitalised words ("Hillary Clinton"); no word of the name an organisation's
        /// word or a country's name ("Ann Lutz Foundation", "Jordan Times": a body's).
        /// </summary>
        private static bool IsPersonsName(IReadOnlyList<string> words)
        {
            int cut = PersonName.TitleEnd(words, out _, out _);
            int nameWords = words.Count - cut;
            if (nameWords < 1 || cut == 0 && (nameWords < 2 || !Lexicon.IsGivenName(words[0]))) return false;
            for (int x = cut; x < words.Count; x++)
            {
                var w = words[x];
                if (w.Length == 0 || !char.IsUpper(w[0]) || Lexicon.IsOrganisationWord(w) || IsCountryWord(w)) return false;
            }
            return true;
        }

        /// <summary>
        /// The organisation a document's own words name as its author ("The Defense Department statement", "ISPR's press
        /// release"), spanning the document's words: one mention of <paramref name="name"/>.
        /// </summary>
        private static Mention AuthorOf(Mention d, string name) =>
            new Mention { Kind = MentionKind.Organisation, Name = name, Start = d.Start, End = d.End, CharStart = d.CharStart, CharEnd = d.CharEnd, Text = name };

        private static string PartyResolverStrip(string name)
        {
            var words = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            var last = words.Length == 0 ? name : words[words.Length - 1];
            last = Possessive.Strip(last);
            return last;
        }

        /// <summary>
        /// "… in Cambridge, United Kingdom, told": after an apposition ending in a place, the rest of the
        /// place ("United Kingdom,", "Mass.,") up to its comma; returns the index after that comma, or n.
        /// </summary>
        private static int SkipPlaceTail(IReadOnlyList<Token> tk, int lastOfApposition, int n, int end)
        {
            if (lastOfApposition < 0 || !tk[lastOfApposition].IsCapitalized || n >= end || !tk[n].IsCapitalized || IsCueForm(tk[n])) return n;
            int k = n;
            while (k < end && k - n < PlaceTailWords && tk[k].IsCapitalized && !IsCueForm(tk[k])) k++;
            if (k + 1 < end && tk[k].Is(",") && tk[k + 1].IsLowerWord) return k + 1;
            return n;
        }

        /// <summary>
        /// "Clinton herself said", "Reyes himself wrote": the gender a reflexive right after a name tells of its bearer
        /// (the one of two people of that surname it means); '\0' for any other word.
        /// </summary>
        private static char ReflexiveGender(Token t) =>
            !t.IsLowerWord || !t.Has(WordClass.Reflexive) ? '\0' : t.Has(WordGroup.MasculinePronoun) ? 'm' : t.Has(WordGroup.FemininePronoun) ? 'f' : '\0';

        /// <summary>
        /// "Clinton herself said", "the mayor herself said", "the report itself states": a reflexive right after a name or a
        /// description is part of the mention (what follows it, an apposition or the verb, follows the mention); returns the
        /// gender it tells, '\0' when it tells none or none follows.
        /// </summary>
        private static char TakeReflexive(IReadOnlyList<Token> tk, Mention m, int end)
        {
            // ("the report itself states": a reflexive of no gender is taken too, and tells none)
            if (m.End >= end || !tk[m.End].IsLowerWord || !tk[m.End].Has(WordClass.Reflexive)) return '\0';
            var told = ReflexiveGender(tk[m.End]);
            if (m.Kind == MentionKind.Description && m.HeadText == null) m.HeadText = m.Text;
            m.End++;
            m.Next = m.End;
            SetText(tk, m);
            return told;
        }

        /// <summary>
        /// "Kayani sahib said", "Modi ji told", "Athar Abbas Sahib said": an honorific written after a name (<see
        /// cref="Lexicon.IsHonorificAfterName"/>, in the case the lexicon lists) is part of the mention as written; the name stays
        /// without it.
        /// </summary>
        private static void TakeHonorific(IReadOnlyList<Token> tk, Mention m, int end)
        {
            if (m.Kind != MentionKind.Name || m.End >= end || !tk[m.End].IsWord || !Lexicon.IsHonorificAfterName(tk[m.End].Text)) return;
            m.End++;
            m.Next = m.End;
            SetText(tk, m);
        }

        private Mention AfterName(IReadOnlyList<Token> tk, Mention m, int end, bool inverted)
        {
            var possessed = Possessed(tk, m, end);
            if (possessed != null)
            {
                if (possessed.Kind == MentionKind.Name && !inverted && possessed.Next < end && tk[possessed.Next].Is(",")) possessed.Next++;
                return possessed;
            }
            TakeHonorific(tk, m, end);
            if (TakeReflexive(tk, m, end) is var told && told != '\0' && m.TitleGender == '\0') m.TitleGender = told;
            int k = m.End;
            if (k < end && tk[k].Is(","))
            {
                int a = k + 1, e = a;
                // "Trump, in turn, said", "Mr. Lund, in a brief interview on Saturday, said": a phrase of the occasion or of the turn
                // of the argument, closed by a comma with the cue right after it, is an aside, no role (as after a description)
                if (!inverted && PhraseAsideBeforeCue(tk, a, end) is var phraseEnd && phraseEnd > a)
                {
                    m.Next = phraseEnd;
                    return m;
                }
                // "Jo Bell, who called the plan “a farce,” said": an aside that quotes words, closed right before the cue
                if (!inverted && QuotingAsideBeforeCue(tk, a, end) is var quoting && quoting > a)
                {
                    m.Next = quoting;
                    return m;
                }
                while (e < end && e - a < AppositionTokens && !tk[e].Is(",") && !tk[e].Is(";") && !tk[e].Is(":") && !IsQuotedWords(tk, e) && !tk[e].Is(".") && !(e > a && IsFiniteOrParticipleCue(tk, e))) e++;
                // "PETER: Peter, the ministry tells it differently": a name and a comma right after a colon (a transcript turn, a
                // statement introduced) and then a clause not closed by a comma is the one spoken to, not the subject of that clause
                if (!inverted && m.Start > 0 && tk[m.Start - 1].Is(":") && !(e < end && tk[e].Is(","))) return m;
                bool quoteCloses = !inverted && QuoteClosesApposition(tk, a, e, end);
                if (e > a && !IsCueForm(tk[a]) && LooksLikeApposition(tk, a, e, quoteCloses || e < end && tk[e].Is(",") || inverted && (e >= end || tk[e].Is("."))))
                {
                    // "Morag Lindqvist, 44, a deckhand on the night crossing": an age, then the apposition proper
                    if (e - a == 1 && tk[a].IsDigits && e + 1 < end && tk[e].Is(",") && tk[e + 1].IsLowerWord && !IsCueForm(tk[e + 1]) &&
                        (tk[e + 1].Has(WordGroup.PersonSubjectRelative) || !tk[e + 1].Has(WordTag.Auxiliary | WordTag.NpStop)))
                    {
                        int a2 = e + 1, e2 = a2;
                        while (e2 < end && e2 - a2 < AppositionTokens && !tk[e2].Is(",") && !tk[e2].Is(";") && !tk[e2].Is(":") && !tk[e2].IsQuote && !tk[e2].Is(".") && !(e2 > a2 && IsFiniteOrParticipleCue(tk, e2))) e2++;
                        // (closed by a comma, or by the sentence's end after the cue: "Ivo Chandor, 47, voted for the levy in 2008." is the
                        // person's age and then the sentence's verb phrase, no second apposition)
                        bool closed2 = e2 < end && tk[e2].Is(",") || inverted && (e2 >= end || tk[e2].Is("."));
                        if (e2 > a2 && closed2 && LooksLikeApposition(tk, a2, e2, closed2))
                        {
                            a = a2;
                            e = e2;
                        }
                    }
                    // "Ann Holt, Deputy Assistant Secretary for Europe, Russia and Central Asia, said": the list the role's complement
                    // opens runs on past the comma, to the comma before the cue
                    if (!inverted && !quoteCloses && ComplementListEnd(tk, a, e, end) is var listed && listed > e) e = listed;
                    m.Apposition = Join(tk, a, quoteCloses ? e + 1 : e);
                    // "Meena Shetty, meanwhile, claimed", "Peter Otieno, however, said": a connective set off by commas is no role
                    if (e - a == 1 && (tk[a].Has(WordClass.AsideRelative) || tk[a].IsLowerWord && tk[a].Has(WordTag.Intro))) m.Apposition = null;
                    m.Next = e < end && (tk[e].Is(",") || quoteCloses) ? e + 1 : e;
                    if (!inverted) m.Next = SkipPlaceTail(tk, e - 1, m.Next, end);
                    // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a second apposition
                    if (!inverted && m.Next == e + 1 && SecondAppositionBeforeCue(tk, e + 1, end) is var second && second > 0) m.Next = second;
                    return m;
                }
                m.Next = ParticipleAsideBeforeCue(tk, a, end) is var after && after > a ? after : k;
                return m;
            }
            if (k < end && tk[k].IsWord && tk[k].Has(WordGroup.OfComplement | WordGroup.PersonSubjectRelative))
            {
                int e = k + 1;
                while (e < end && e - k < OfOrWhoPhraseTokens && !tk[e].Is(",") && !IsQuotedWords(tk, e) && !tk[e].Is(".") && !tk[e].Is(";") && !IsFiniteOrParticipleCue(tk, e)) e++;
                // (a subject read up to its verb, or to the comma of an aside before it, ends right before it: "Jo Bell of the
                // Karolinska Institute said", "Jo Bell of the Karolinska Institute, who …, said")
                bool endsBeforeCue = e == end && k - NameWordsBeforeOf >= 0 && IsPersonNameBefore(tk, k - NameWordsBeforeOf, k) &&
                                     (IsAffiliationAfter(tk, k, end) || IsResearchBodyInLowerCaseAfter(tk, k, end));
                if (inverted || e < end && IsFiniteOrParticipleCue(tk, e) || e < end && tk[e].Is(",") || endsBeforeCue)
                {
                    m.Apposition = Join(tk, k, e);
                    m.Next = e < end && tk[e].Is(",") && !inverted ? e + 1 : e;
                    if (!inverted) m.Next = SkipPlaceTail(tk, e - 1, m.Next, end);
                    // "Rep. Jo Bell of Ohio, a member of the Armed Services Committee, said": a noun phrase in apposition after the "of"
                    // phrase (its article first: not a "who" clause, nor "however"), closed by a comma right before the cue, is the named
                    // person's too, not the subject of the cue
                    if (!inverted && m.Next == e + 1 && e + 1 < end && tk[e + 1].IsLowerWord && tk[e + 1].Has(WordClass.Article) &&
                        SecondAppositionBeforeCue(tk, e + 1, end) is var second && second > 0) m.Next = second;
                    return m;
                }
            }
            if (k < end && tk[k].Is("(") && BracketsAfterName(tk, k, end, inverted, out string? bracketed, out string? aside) is var next && next > k)
            {
                m.Apposition = aside ?? bracketed;
                m.Next = next;
            }
            if (!inverted && SettingBeforeVerb(tk, k, end) is var setting && setting > k) m.Next = setting;
            // "Mayor Tomas Varga in the Town Hall said", "Jo Bell in Budapest said": the place a person's name's phrase of place names
            // right before the verb is where the person spoke, no part of the subject (no speaker "Hall"); a word that may be another
            // thing than a name ("Polls in New Hampshire show") keeps its phrase
            else if (!inverted && IsPersonsName(tk, m) && PlaceBeforeVerb(tk, k, end) is var place && place > k) m.Next = place;
            return m;
        }

        /// <summary>
        /// A second phrase in apposition after a name's first one, starting at <paramref name="a"/> (the token after the first one's
        /// comma): a phrase in lower case that opens no cue, closed by a comma with a cue right after it ("Scott Pruitt, the attorney
        /// general of Oklahoma, one of the states suing, said", "Rep. Jo Bell of Ohio, a member of the Armed Services Committee,
        /// said"). The token after that comma, or -1.
        /// </summary>
        private int SecondAppositionBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            if (a >= end || !tk[a].IsLowerWord || ParseCue(tk, a, end, allowAdverbs: true) != null) return -1;
            int e = AsideEnd(tk, a, end);
            return e > a && e + 1 <= end && tk[e].Is(",") && LooksLikeApposition(tk, a, e, true) && CueAt(tk, e + 1, end) ? e + 1 : -1;
        }

        /// <summary>
        /// A name mention that names a person: written with a title ("Mayor Tomas Varga"), or of two words or more that open with a
        /// given name ("Dan Lund") or that no list knows as anything else ("Tunde Bakare"); not one word alone, which may be a plural
        /// or a thing written with its capital at the start of a sentence ("Polls in New Hampshire", "Transporters in Karachi").
        /// </summary>
        private static bool IsPersonsName(IReadOnlyList<Token> tk, Mention m)
        {
            if (m.Kind != MentionKind.Name) return false;
            if (m.Title != null) return true;
            if (m.End - m.Start < 2 || !tk[m.Start].IsCapitalized) return false;
            if (Lexicon.IsGivenName(tk[m.Start].Text)) return true;
            for (int x = m.Start; x < m.End; x++)
                if (!tk[x].IsCapitalized || !CanOnlyBeName(tk[x])) return false;
            return true;
        }

        /// <summary>
        /// "in the Town Hall", "at the White House", "in Budapest", "near Lahore": at <paramref name="k"/> a preposition of place (words.txt
        /// <c>place-preposition</c>, or <c>place-or-time-lead</c> such as "at"), an optional "the", then one to <see cref="PlaceBeforeVerbWords"/>
        /// capitalised words that are no verb of saying, right before the verb group (<see cref="SettingBeforeVerb"/>'s test). The
        /// index of the verb, or -1.
        /// </summary>
        private int PlaceBeforeVerb(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 2 > end || !tk[k].IsLowerWord || !tk[k].Has(WordClass.PlacePreposition | WordClass.PlaceOrTimeLead)) return -1;
            int n = k + 1;
            if (tk[n].IsLowerWord && Lexicon.IsAsWritten(tk[n].Text, WordGroup.DefiniteArticle)) n++;
            int e = n;
            while (e < end && e - n < PlaceBeforeVerbWords && tk[e].IsCapitalized && !IsCueForm(tk[e])) e++;
            if (e == n) return -1;
            bool verb = e < end && IsFiniteOrParticipleCue(tk, e) || VerbGroupAt(tk, e, end) ||
                        e + 1 < end && tk[e].IsWord && tk[e].Has(WordTag.Auxiliary) && ParseCue(tk, e, end, allowAdverbs: true) != null;
            return verb ? e : -1;
        }

        /// <summary>How many capitalised words a place between a name and its verb may hold ("at the New York Stock Exchange").</summary>
        private const int PlaceBeforeVerbWords = 4;

        /// <summary>
        /// "Tomas Reyes, asked about the vote, said", "Ada Bell, responding to critics, said": a participle phrase after the
        /// name's comma (in -ing, or a past form of a reporting verb), closed by a comma with the cue right after it, is an
        /// aside of the occasion, neither an apposition nor the name's verb. Not when the cue after it is itself in -ing
        /// ("Jo Bell, voiced support for the plan, saying …": the past form is the name's verb, the -ing its participle).
        /// The token after that comma, or -1.
        /// </summary>
        internal int ParticipleAsideBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            if (a >= end || !tk[a].IsLowerWord) return -1;
            bool participle = CueLexicon.IsIngForm(tk[a]) || tk[a].CueVerb is { IsPast: true };
            if (!participle) return -1;
            int x = AsideClosedBeforeCue(tk, a, end);
            return x < 0 ? -1 : x + 1;
        }

        /// <summary>How many capitalised words one item of a list after a role's complement may have ("Central Asia", "Pacific Island States").</summary>
        private const int ComplementListItemWords = 3;

        /// <summary>
        /// "(Ann Holt,) Deputy Assistant Secretary for Europe, Russia and Central Asia, said", "(Jo Bell,) the envoy for Iraq, Syria
        /// and Jordan, told": an apposition [a, e) that ends in a complement ("for", "of" and capitalised words only) and is cut at
        /// the comma e of a list whose items are capitalised words (no given name, title or verb of saying), the last one after
        /// "and", closed by a comma with a cue right after it. The index of that closing comma, or -1.
        /// </summary>
        private int ComplementListEnd(IReadOnlyList<Token> tk, int a, int e, int end)
        {
            if (e >= end || !tk[e].Is(",") || e - 1 <= a || !tk[e - 1].IsCapitalized) return -1;
            int b = e - 1;
            while (b > a && e - b <= ComplementListItemWords && tk[b].IsCapitalized) b--;
            if (!IsComplementOpener(tk[b]) || b == a) return -1;
            int x = e;
            while (x < end && tk[x].Is(","))
            {
                int w = x + 1;
                bool last = w < end && tk[w].IsLowerWord && tk[w].Has(WordClass.ListCoordinator);
                if (last) w++;
                int after = ComplementListItemEnd(tk, w, end);
                if (after < 0) return -1;
                if (!last && after < end && tk[after].IsLowerWord && tk[after].Has(WordClass.ListCoordinator))
                {
                    after = ComplementListItemEnd(tk, after + 1, end);
                    if (after < 0) return -1;
                    last = true;
                }
                if (last) return after < end && tk[after].Is(",") && CueAt(tk, after + 1, end) ? after : -1;
                x = after;
            }
            return -1;
        }

        /// <summary>The index after one item of a list of places (<see cref="ComplementListEnd"/>) starting at <paramref name="w"/>: one to
        /// <see cref="ComplementListItemWords"/> capitalised words, none a given name, a title, a day or a verb of saying; or -1.</summary>
        private static int ComplementListItemEnd(IReadOnlyList<Token> tk, int w, int end)
        {
            int x = w;
            while (x < end && x - w < ComplementListItemWords && tk[x].IsWord && tk[x].IsCapitalized && !tk[x].Has(WordTag.Calendar | WordTag.Function) &&
                   !IsCueForm(tk[x]) && !Lexicon.IsGivenName(tk[x].Text) && MatchTitle(tk, x, end, out _) == 0) x++;
            return x > w && !(x < end && tk[x].IsCapitalized) ? x : -1;
        }

        /// <summary>
        /// "Jo Bell, who called the plan “a farce,” said", "Tom Reyes, wearing a “Save the Pier” shirt, said": an aside about the
        /// person before it (opened by "who" or "whose", or by a participle as <see cref="ParticipleAsideBeforeCue"/> reads) that
        /// quotes words of its own, closed by a comma (or by the comma typed inside the marks of its last quotation) with a cue not
        /// in -ing right after it. The quotation stops <see cref="AsideEnd"/>, so without this the subject's verb is never reached.
        /// Not an aside with a semicolon, a colon, a dash or a full stop in it, nor one whose quotation ends a statement ("…
        /// “We lost.” Bell said" is two sentences). The token after the aside's comma, or -1.
        /// </summary>
        internal int QuotingAsideBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            if (a >= end || !tk[a].IsLowerWord) return -1;
            bool opens = tk[a].Has(WordClass.PersonAside) || CueLexicon.IsIngForm(tk[a]) || tk[a].CueVerb is { IsPast: true };
            if (!opens) return -1;
            bool quoted = false;
            for (int e = a + 1; e < end && e - a < AppositionTokens; e++)
            {
                var t = tk[e];
                if (t.Is(";") || t.Is(":") || t.Is(".") || t.IsDash) return -1;
                if (t.Is(",")) return quoted && CueAfterAside(tk, e + 1, end) ? e + 1 : -1;
                if (!t.IsQuote) continue;
                quoted = true;
                char mark = Tokenizer.FinalMark(t.Text);
                if (mark == ',') return CueAfterAside(tk, e + 1, end) ? e + 1 : -1;
                if (Tokenizer.EndsStatement(t.Text)) return -1;
            }
            return -1;
        }

        /// <summary>A reporting cue not in -ing at <paramref name="i"/>, the subject's own verb after an aside.</summary>
        private bool CueAfterAside(IReadOnlyList<Token> tk, int i, int end) => CueMatchAt(tk, i, end) is { IsParticiple: false };

        /// <summary>
        /// "The union, in a statement, said": a phrase that opens with a word of an introductory phrase (not a subordinator,
        /// which opens a clause), holds no finite verb, auxiliary or verb of saying ("Citizens United, the group, through
        /// lawsuits shows the name of X, described as …" is a clause), and is closed by a comma with a cue not in -ing
        /// right after it. The token after that comma, or -1.
        /// </summary>
        private int PhraseAsideBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            if (a >= end || !tk[a].IsLowerWord || !tk[a].Has(WordTag.IntroPhrase) || tk[a].Has(WordTag.Subordinator)) return -1;
            int x = AsideClosedBeforeCue(tk, a, end);
            if (x < 0) return -1;
            // (a form of any reporting verb counts, as "shows", unless a determiner makes it a noun: "in a report")
            for (int i = a + 1; i < x; i++)
                if (tk[i].IsWord && (tk[i].Has(WordTag.Finite | WordTag.Auxiliary) ||
                                     Lexicon.AnyVerb(tk[i].Lower) != null && !(tk[i - 1].IsWord && tk[i - 1].Has(WordTag.Determiner)))) return -1;
            return x + 1;
        }

        /// <summary>
        /// The comma that closes an aside of two words or more starting at <paramref name="a"/> (<see cref="AsideEnd"/>) when a
        /// reporting cue not in -ing follows it right away (<see cref="CueMatchAt"/>): the verb the aside leaves to the subject before
        /// it; or -1.
        /// </summary>
        private int AsideClosedBeforeCue(IReadOnlyList<Token> tk, int a, int end)
        {
            int x = AsideEnd(tk, a, end);
            if (x >= end || !tk[x].Is(",") || x <= a + 1) return -1;
            var cue = CueMatchAt(tk, x + 1, end);
            return cue != null && !cue.IsParticiple ? x : -1;
        }

        /// <summary>
        /// "Sen. Jo Bell (R-Tex.), a candidate for governor, tweeted", "Harbor Mills Corp. (NYSE: HML), a maker of cereals,
        /// said": brackets right after a name (token k is the "("), then, unless the subject is inverted, a comma and an
        /// apposition closed by a comma right before the cue. The index after them (k when no brackets close in reach), with
        /// the bracketed words and that apposition (null when there is none).
        /// </summary>
        private int BracketsAfterName(IReadOnlyList<Token> tk, int k, int end, bool inverted, out string? bracketed, out string? aside)
        {
            bracketed = aside = null;
            int e = k + 1;
            while (e < end && e - k < BracketTokens && !tk[e].Is(")")) e++;
            if (e >= end) return k;
            bracketed = Join(tk, k + 1, e);
            int next = e + 1;
            if (next < end && tk[next].Is(",") && !inverted)
            {
                next++;
                int a = next, e2 = AsideEnd(tk, a, end);
                if (e2 > a && e2 + 1 <= end && tk[e2].Is(",") && tk[a].IsLowerWord && ParseCue(tk, a, end, allowAdverbs: true) == null &&
                    LooksLikeApposition(tk, a, e2, true) && CueAt(tk, e2 + 1, end))
                {
                    aside = Join(tk, a, e2);
                    next = e2 + 1;
                }
            }
            return next;
        }

        /// <summary>
        /// Where a phrase between commas that starts at <paramref name="a"/> ends: the first comma, semicolon, colon, quotation
        /// mark or full stop within <see cref="AppositionTokens"/> tokens, else the token that bound reaches (or <paramref name="end"/>).
        /// </summary>
        private static int AsideEnd(IReadOnlyList<Token> tk, int a, int end)
        {
            int e = a;
            while (e < end && e - a < AppositionTokens && !tk[e].Is(",") && !tk[e].Is(";") && !tk[e].Is(":") && !tk[e].IsQuote && !tk[e].Is(".")) e++;
            return e;
        }

        /// <summary>The words [a, e) are a party and a state or a home town set off after a name (", R-Ky.,", ", D-N.Y.,", ", D-Portland,").</summary>
        internal static bool IsPartyLabel(IReadOnlyList<Token> tk, int a, int e)
        {
            if (e - a != 1) return false;
            var w = tk[a].Text;
            return w.Length >= PartyLabelMinChars && w.Length <= PartyLabelMaxChars && char.IsUpper(w[0]) && w[1] == '-' && char.IsUpper(w[2]);
        }

        private static bool LooksLikeApposition(IReadOnlyList<Token> tk, int a, int e, bool closed)
        {
            var first = tk[a];
            if (!first.IsWord) return false;
            // "Channels, valleys, and gullies are found …": one bare lower-case word between commas, then "and" or "or", is an
            // item of a list, no apposition ("Jo Bell, a teacher, and her son" keeps its determiner)
            if (e - a == 1 && first.IsLowerWord && !first.Has(WordTag.Determiner) && e + 1 < tk.Count && tk[e].Is(",") &&
                tk[e + 1].IsLowerWord && tk[e + 1].Has(WordClass.ListCoordinator)) return false;
            // a, an, the, who, former …; not a subject pronoun, which opens a clause of its own ("Sure, he admits", "Loyalty, he noted")
            // "a rally with Clinton and Grimes, where the secretary of state said": a clause with a subject of its own (a
            // determiner, a name or a pronoun after its first word) that runs up to the verb, not closed by a comma, is no
            // apposition ("Jo Bell, after the vote, said" is an aside closed by its comma; "Cruz, when asked …" has no subject)
            if (first.IsLowerWord && !closed && first.Has(WordTag.ClauseStart) && a + 1 < e && tk[a + 1].IsWord &&
                (tk[a + 1].IsCapitalized || tk[a + 1].Has(WordTag.Determiner) || CueLexicon.IsSubjectPronoun(tk[a + 1].Lower)))
                return false;
            // "between her and Reyes, and since 2008 she has told": "and", "or" or "but" and words not closed by a comma that hold a
            // subject pronoun (after an opening phrase, "since 2008") coordinate a clause with a subject of its own, no apposition
            if (first.IsLowerWord && !closed && first.Has(WordClass.ListCoordinator | WordClass.ClauseCoordinator) && HoldsSubjectPronoun(tk, a + 1, e)) return false;
            // "Mark Addison, then her private secretary, said", "Jo Bell, also a member of the board, said": an adverb of a role
            // ("then", "also", "now") before a determiner, closed by a comma, opens an apposition, though "then" and "also" may
            // stand before a cue too ("he then said")
            // ("Jo Bell, then Secretary of State, said", "now Deputy Mayor": a title written without its determiner too)
            if (first.IsLowerWord && closed && first.Has(WordClass.RoleAdverb) && a + 1 < e && tk[a + 1].IsWord &&
                (tk[a + 1].Has(WordTag.Determiner) || tk[a + 1].IsCapitalized && MatchTitle(tk, a + 1, e, out _) > 0))
                return true;
            // "Jo Bell, declined to comment": words not closed by a comma that hold a cue's infinitive ("to comment") or end on its
            // marker (a bound at the cue) are the name's verb phrase, no apposition
            if (first.IsLowerWord && !closed && HoldsInfinitiveCue(tk, a, e)) return false;
            // "said Jo Bell, holding her young son": a participle with its own object or phrase is what the person did, no role
            // ("Jo Bell, acting director of the port," and "ranking member" are roles: a noun follows the -ing form)
            if (first.IsLowerWord && CueLexicon.IsIngForm(first) && a + 1 < e && tk[a + 1].IsLowerWord &&
                tk[a + 1].Has(WordTag.Determiner | WordTag.Possessive | WordTag.Preposition | WordTag.ObjectPronoun))
                return false;
            // "Jo Bell, speaking to reporters, said": a participle of speech opens an aside of the occasion, no role
            if (first.IsLowerWord) return !first.Has(WordTag.Auxiliary) && first.CueVerb == null && !CueLexicon.IsSubjectPronoun(first.Lower) && !first.Has(WordGroup.AsideParticiple);
            if (char.IsDigit(first.Text[0])) return true;  // ", 45, a teacher,"
            if (IsPartyLabel(tk, a, e)) return true;
            // "Pakistan's army chief,", "CEO of Acme,": capitalised, closed by a comma, naming a role
            if (!closed) return false;
            for (int x = a; x < e; x++)
                if (tk[x].IsWord && (tk[x].IsSpeakerNoun(out _, out _) || MatchTitle(tk, x, e, out _) > 0)) return true;
            return false;
        }

        /// <summary>True when a word of [a, e) is a subject pronoun ("she", "they").</summary>
        private static bool HoldsSubjectPronoun(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int x = a; x < e; x++)
                if (tk[x].IsWord && CueLexicon.IsSubjectPronoun(tk[x].Lower)) return true;
            return false;
        }

        /// <summary>True when the words [a, e) hold an infinitive marker after their first word that a reporting verb follows, or end on one.</summary>
        private static bool HoldsInfinitiveCue(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int x = a + 1; x < e; x++)
                if (tk[x].IsLowerWord && tk[x].Has(WordGroup.InfinitiveMarker) && (x + 1 == e || tk[x + 1].IsLowerWord && tk[x + 1].CueVerb != null)) return true;
            return false;
        }

        private bool IsFiniteOrParticipleCue(IReadOnlyList<Token> tk, int e)
        {
            var t = tk[e];
            if (!t.IsWord || !t.IsLowerWord) return false;
            var v = t.CueVerb;
            if (v == null) return false;
            // "report", "post" are nouns too: a cue only when not preceded by a determiner
            if (e > 0 && tk[e - 1].IsWord && tk[e - 1].Has(WordTag.Determiner)) return false;
            // nor by an adjective (words.txt 'adjective'): "officials briefed on the early reports" ends on the noun, as the verb
            // rules read it (ReportedSpeech.Verbs)
            if (e > 0 && tk[e - 1].IsLowerWord && tk[e - 1].Has(WordTag.Adjective)) return false;
            // nor by a preposition ("director of state campaigns", "centers on comments")
            if (CueLexicon.AfterPreposition(tk, e)) return false;
            return true;
        }

        /// <summary>
        /// True when a reporting cue starts at token i: within the bound, or right at it when the caller bounded
        /// the mention at its verb ("Jo Bell, the mayor, a lawyer, | said": the bound is the verb, not the sentence end).
        /// </summary>
        /// <summary>
        /// "Dana Hale, star of “Harbor Lights,” thanked …", "Ruiz, the author of “Blues,” about local politics, said": the
        /// apposition from a runs into a quoted title at e whose comma, typed inside the marks, closes it; then the cue,
        /// or a second apposition closed by a comma and then the cue.
        /// </summary>
        private bool QuoteClosesApposition(IReadOnlyList<Token> tk, int a, int e, int end)
        {
            if (e <= a || e + 1 >= end || !IsQuotedWords(tk, e) || Tokenizer.FinalMark(tk[e].Text) != ',') return false;
            if (CueAt(tk, e + 1, end)) return true;
            int f = e + 1;
            if (!tk[f].IsLowerWord) return false;
            while (f < end && f - e < 25 && !tk[f].Is(",") && !tk[f].Is(";") && !tk[f].Is(":") && !tk[f].IsQuote && !tk[f].Is(".")) f++;
            return f + 1 < end && tk[f].Is(",") && CueAt(tk, f + 1, end);
        }

        private bool CueAt(IReadOnlyList<Token> tk, int i, int end) => CueMatchAt(tk, i, end) != null;

        /// <summary>The reporting cue at token i (read to <paramref name="end"/>, or past it when i is the caller's bound), or null.</summary>
        private CueMatch? CueMatchAt(IReadOnlyList<Token> tk, int i, int end) =>
            i < end ? ParseCue(tk, i, end, allowAdverbs: true) : i == end && i < tk.Count ? ParseCue(tk, i, tk.Count, allowAdverbs: true) : null;

        /// <summary>
        /// True when the caller bounded the mention at e, its verb group, and e is that bound: a cue, an auxiliary or
        /// an adverb before one ("Officials in both cities | insist", "People close to the mayor | have said").
        /// </summary>
        private bool VerbGroupAt(IReadOnlyList<Token> tk, int e, int end)
        {
            if (e != end || e >= tk.Count || !tk[e].IsLowerWord || CueLexicon.AfterPreposition(tk, e)) return false;
            var w = tk[e];
            return IsFiniteOrParticipleCue(tk, e) || CueLexicon.Verb(w.Lower) != null || CueLexicon.Phrases(w.Lower).Count > 0 ||
                   w.Has(WordTag.Auxiliary | WordTag.CueAdverb) || Lexicon.IsAdverb(w.Text);
        }

        /// <summary>
        /// A participle that opens a phrase after a description's head: a form in -ing that is no cue after a speaker
        /// ("protesters marching"), or a form in -ed that is no cue before a preposition or a time ("a poll conducted
        /// last week", "emails released by the committee", "officials stationed in Kabul"), or after a document a participle of
        /// perceiving or recording ("a memo seen by reporters", "a video shown to reporters").
        /// </summary>
        internal static bool IsParticipleModifier(IReadOnlyList<Token> tk, int k, int end, Mention d)
        {
            var t = tk[k];
            // "a memo seen by reporters said …", "a video shown to reporters …": after a document a past participle of perceiving or
            // recording (words.txt perception; short, and no -ed on some) opens a phrase of its own: its "by" names who saw it,
            // never the document's maker or speaker
            bool perceived = t.IsLowerWord && t.Has(WordGroup.Perception) && d.IsDocument && k + 1 < end && tk[k + 1].IsLowerWord;
            if (!perceived && (!t.IsLowerWord || t.Text.Length < 5 || t.CueVerb != null || CueLexicon.Verb(t.Lower) != null || k + 1 >= end || !tk[k + 1].IsLowerWord && !(tk[k + 1].IsCapitalized && tk[k + 1].Has(WordTag.Calendar)))) return false;
            if (CueLexicon.IsIngForm(t)) return !d.IsDocument && !d.IsOrganisationHead;
            // after a person a form in -ed may be the verb itself ("people tuned in to see …"); after a document it is not
            if (!perceived && (!t.Lower.EndsWith("ed", StringComparison.Ordinal) || !d.IsDocument)) return false;
            var next = tk[k + 1].Lower;
            // ("a poll released Monday by the Herald": a day or month named right after the participle opens its phrase of time too)
            return Lexicon.Is(next, WordTag.Preposition) && !Lexicon.Is(next, WordTag.Relative) || Lexicon.IsAsWritten(next, WordGroup.ParticipleTimeLead) ||
                   tk[k + 1].IsCapitalized && tk[k + 1].Has(WordTag.Calendar);
        }

        /// <summary>How many words a participle of making a document may have before its "by" ("carried out by").</summary>
        private const int MakerParticipleWords = 2;

        /// <summary>
        /// "a statement issued by the army", "a letter written by the mayors": where a participle of making a document
        /// (document-makers.txt) starts at <paramref name="k"/> and "by" follows it, the index of that "by" (the maker's phrase
        /// then reads as after "by" alone); else <paramref name="k"/>. Not "criticised by", "rejected by": no maker.
        /// </summary>
        private static int AgentAfterMakerParticiple(IReadOnlyList<Token> tk, int k, int end)
        {
            if (!tk[k].IsLowerWord) return k;
            for (int n = 1; n <= MakerParticipleWords && k + n < end; n++)
            {
                var by = tk[k + n];
                if (!by.IsLowerWord) return k;
                if (Lexicon.IsAsWritten(by.Text, WordGroup.Agent))
                    return Lexicon.IsDocumentMaker(n == 1 ? tk[k].Lower : Join(tk, k, k + n).ToLowerInvariant()) ? k + n : k;
            }
            return k;
        }

        /// <summary>
        /// True when the phrase [k, e) ends in a name right after a noun ("on comments Clinton | made", "in states President
        /// Obama | won"): a relative clause without its pronoun, whose subject the name is; the verb after it is that
        /// clause's, not the description's. After a preposition, a determiner or "and" the name is the phrase's own
        /// ("for the Parks Department | said", "in Kabul and Kandahar | said").
        /// </summary>
        private static bool EndsInReducedRelative(IReadOnlyList<Token> tk, int k, int e)
        {
            int c = e - 1;
            if (c <= k || !tk[c].IsCapitalized) return false;
            while (c - 1 > k && tk[c - 1].IsCapitalized) c--;
            var before = tk[c - 1];
            return before.IsLowerWord && !before.Has(WordTag.Preposition | WordTag.Determiner | WordTag.Possessive) && !before.Has(WordClass.ListCoordinator);
        }

        /// <summary>
        /// "Sanders during a rally thanked …", "The mayor in an interview said …", "Bell at a news conference on Friday said …":
        /// a phrase of the occasion at which one speaks between a complete subject and its verb belongs to the verb group,
        /// not to the subject (no speaker "rally"). Returns the index past the phrase from k (see <see cref="OccasionPhraseEnd"/>)
        /// when the verb group follows it, else -1.
        /// </summary>
        private int SettingBeforeVerb(IReadOnlyList<Token> tk, int k, int end)
        {
            int e = OccasionPhraseEnd(tk, k, end);
            if (e < 0) return -1;
            bool verb = e < end && IsFiniteOrParticipleCue(tk, e) || VerbGroupAt(tk, e, end) ||
                        e + 1 < end && tk[e].IsWord && tk[e].Has(WordTag.Auxiliary) && ParseCue(tk, e, end, allowAdverbs: true) != null;
            return verb ? e : -1;
        }

        /// <summary>
        /// "during a rally", "at a crowded news conference on Friday", "in a statement": a preposition that may cut a role, then
        /// a few lower-case words ending in a noun of an occasion at which one speaks (tagged occasion), or a document after
        /// "a", and the words of a time after it; returns the index past it (at most <paramref name="end"/>), or -1.
        /// </summary>
        internal static int OccasionPhraseEnd(IReadOnlyList<Token> tk, int k, int end)
        {
            if (k + 1 >= end || !tk[k].IsLowerWord || !tk[k].Has(WordTag.RoleCut) || !tk[k].Has(WordTag.IntroPhrase)) return -1;
            for (int n = k + 1; n < end && n - k <= SettingWords; n++)
            {
                var t = tk[n];
                if (!t.IsLowerWord) return -1;
                bool occasion = t.Has(WordGroup.Occasion) || t.IsDocumentWord && tk[k + 1].Has(WordClass.IndefiniteArticle);
                if (!occasion)
                {
                    if (t.Has(WordTag.Finite | WordTag.Auxiliary) || t.CueVerb != null || t.Has(WordTag.Preposition)) return -1;
                    continue;
                }
                int e = n + 1;
                // "at a briefing Tuesday", "in an interview on Monday", "at a rally last week"
                while (e < end && e - n <= SettingWords && tk[e].IsWord && (tk[e].Has(WordTag.Time | WordTag.Calendar) || tk[e].Has(WordClass.TimeDeictic) ||
                       tk[e].IsLowerWord && tk[e].Has(WordTag.TimeLead) && e + 1 < end && tk[e + 1].IsWord && tk[e + 1].Has(WordTag.Time | WordTag.Calendar))) e++;
                return e;
            }
            return -1;
        }

        /// <summary>
        /// True when a relative pronoun ends the phrase that starts at token k, before any mark or verb ("by Jo Bell that read"),
        /// also where the caller cut the words at the relative pronoun (an antecedent's parse).
        /// </summary>
        private bool RelativeEndsPhrase(IReadOnlyList<Token> tk, int k)
        {
            for (int e = k + 1; e < tk.Count && e - k < PostPhraseTokens; e++)
            {
                if (!tk[e].IsWord || IsFiniteOrParticipleCue(tk, e)) return false;
                if (tk[e].IsLowerWord && tk[e].Has(WordTag.Relative)) return true;
                // (the phrase's own verb, cue or not, ends it first: "a study by the college found that")
                if (tk[e].IsLowerWord && (tk[e].IsVerbForm || tk[e].Has(WordTag.Finite | WordTag.Auxiliary))) return false;
            }
            return false;
        }

        /// <summary>Post-modifier or apposition after a description's head.</summary>
        private Mention AfterDescription(IReadOnlyList<Token> tk, Mention d, int end, bool inverted)
        {
            TakeReflexive(tk, d, end);
            int k = d.End;
            d.Next = k;
            if (k >= end) return d;
            if (tk[k].IsLowerWord && (tk[k].Has(WordTag.WriterPlace) || Lexicon.Is(tk[k].Lower, WordSense.NamedPlace)))
            {
                // "officials here": of the place the text reports from; "the military there": of the place named before
                d.PostModifier = tk[k].Text;
                d.Next = k + 1;
                return d;
            }
            // (not after a bare plural: "officials at the meeting said" names which officials)
            if (!inverted && !(d.Plural && d.Determiner.Length == 0) && SettingBeforeVerb(tk, k, end) is var setting && setting > k)
            {
                d.Next = setting;
                return d;
            }
            // ("a report by the inspector general said": a document's maker after "by" is its phrase as "from" and "of" are)
            // (a maker before a relative clause is left to it: "a post by Jo Bell that read" is read as Jo Bell's words)
            // ("a statement issued by the army said": before "by", a participle of making a missive, document-makers.txt, is the maker's
            // phrase too; a document of findings keeps its own reading, "an inquiry led by Gen. Jo Bell")
            int by = d.IsDocument && Lexicon.IsOrganisationWord(d.Head, OrganisationWordTag.Missive) ? AgentAfterMakerParticiple(tk, k, end) : k;
            bool maker = d.IsDocument && tk[by].IsLowerWord && tk[by].Has(WordClass.AuthorPreposition) && !tk[by].Has(WordTag.Postmodifier) && !RelativeEndsPhrase(tk, by);
            if (tk[k].IsWord && (tk[k].Has(WordTag.Postmodifier) || maker))
            {
                int e = k + 1;
                // (a relative pronoun ends the phrase: "a diplomat in Islamabad who asked not to be named" is "in Islamabad")
                while (e < end && e - k < PostPhraseTokens && !tk[e].Is(",") && !IsQuotedWords(tk, e) && !tk[e].Is(".") && !tk[e].Is(";") && !IsFiniteOrParticipleCue(tk, e) &&
                       !(tk[e].IsWord && tk[e].Has(WordTag.Auxiliary)) && !(tk[e].IsLowerWord && tk[e].Has(WordClass.AsideRelative))) e++;
                // "a source close to the investigation has told Reuters": an auxiliary may stand before the cue
                bool auxiliaryCue = e + 1 < end && tk[e].IsWord && tk[e].Has(WordTag.Auxiliary) && ParseCue(tk, e, end, allowAdverbs: true) != null;
                // (or the phrase runs to the comma where the caller cut the subject: "A port official in Dover, who asked not to be
                // named, said" is read up to the comma before the inserted relative)
                // (or before a relative pronoun where the caller cut it: "A diplomat in Islamabad who asked not to be named said")
                bool toCutComma = e == end && !inverted && end < tk.Count && (tk[end].Is(",") || tk[end].IsLowerWord && tk[end].Has(WordClass.AsideRelative));
                if (inverted || e < end && IsFiniteOrParticipleCue(tk, e) || e < end && tk[e].Is(",") || toCutComma || auxiliaryCue || VerbGroupAt(tk, e, end) && !EndsInReducedRelative(tk, k, e))
                {
                    // "officials in Marlow County on Thursday said": a day phrase before the verb is the verb's, no part of the phrase
                    int p = e - 2 > k && tk[e - 2].IsLowerWord && tk[e - 2].Has(WordClass.DayLead) && tk[e - 1].Has(WordTag.Calendar) ? e - 2 : e;
                    d.PostModifier = Join(tk, k, p);
                    if (d.IsDocument && tk[by].Has(WordClass.AuthorPreposition))
                    {
                        d.Owner = Parse(tk, by + 1, e, true);
                        // "a study by Harvard and the University of Oslo": both makers
                        if (d.Owner != null && d.Owner.Next + 1 < e && tk[d.Owner.Next].IsWord && tk[d.Owner.Next].Has(WordClass.ListCoordinator) &&
                            Parse(tk, d.Owner.Next + 1, e, true) is { } second && second.Next >= e)
                            d.Owner = Coordinated(tk, d.Owner, second);
                        if (d.Owner != null)
                        {
                            // the mention reads "a statement from the Pakistani military"
                            d.CharEnd = d.Owner.CharEnd;
                            d.Text = Join(tk, d.Start, d.Owner.End);
                            // (a maker with a phrase of its own reads to its end: "a study by an engineer at the Kestrel Institute")
                            if (maker && d.Owner.Next == e && e - 1 > d.Owner.End && tk[e - 1].IsWord)
                            {
                                d.CharEnd = tk[e - 1].End;
                                d.Text = Join(tk, d.Start, e);
                            }
                        }
                    }
                    d.Next = e;
                    if (e < end && tk[e].Is(",") && !inverted) d.Next = e + 1;
                }
            }
            else if (!inverted && IsParticipleModifier(tk, k, end, d))
            {
                // "Protesters marching through the streets chanted", "a report released by the institute last year estimated":
                // a participle phrase after the head, up to the verb (no other clause inside it)
                int e = k + 1;
                while (e < end && e - k < PostPhraseTokens && tk[e].IsWord && !IsFiniteOrParticipleCue(tk, e) &&
                       !(tk[e].IsLowerWord && (tk[e].Has(WordTag.Auxiliary | WordTag.ClauseBreak) || tk[e].Has(WordClass.ClauseCoordinator)))) e++;
                if ((e < end && tk[e].IsLowerWord && IsFiniteOrParticipleCue(tk, e) || VerbGroupAt(tk, e, end)) && !EndsInReducedRelative(tk, k, e))
                {
                    d.PostModifier = Join(tk, k, e);
                    d.Next = e;
                }
            }
            else if (tk[k].Is(",") && inverted && k + 2 < end && tk[k + 1].IsWord && tk[k + 1].Has(WordClass.IndefiniteArticle))
            {
                // "says the clerk, a cousin of the skipper": an apposition that introduces the speaker
                int a = k + 1, e = a;
                while (e < end && e - a < PostPhraseTokens && !tk[e].Is(",") && !IsQuotedWords(tk, e) && !tk[e].Is(".") && !tk[e].Is(";") && !tk[e].Is(":")) e++;
                if (e > a + 1)
                {
                    d.Apposition = Join(tk, a, e);
                    d.Next = e;
                }
            }
            // (a comma that ends the text read, "Dear readers,", opens no aside)
            else if (tk[k].Is(",") && !inverted && k + 1 < end)
            {
                int a = k + 1, e = a;
                while (e < end && e - a < AppositionTokens && !tk[e].Is(",") && !IsQuotedWords(tk, e) && !tk[e].Is(".") && !(e > a && IsFiniteOrParticipleCue(tk, e))) e++;
                if (e > a && e < end && tk[e].Is(",") && tk[a].IsWord && (tk[a].Has(WordClass.AsideRelative) || tk[a].Has(WordGroup.AsideParticiple)))
                {
                    d.Apposition = Join(tk, a, e);
                    d.Next = e + 1;
                }
                // "A woman, who asked not to be named, said": a relative aside with a verb of saying in it, closed by a comma
                // with the cue right after it
                else if (tk[a].IsLowerWord && tk[a].Has(WordClass.AsideRelative) && AsideClosedBeforeCue(tk, a, end) is var r && r > a)
                {
                    d.Apposition = Join(tk, a, r);
                    d.Next = r + 1;
                }
                // "A spokesman, asked about the vote, said": a participle aside of the occasion, as after a name
                else if (ParticipleAsideBeforeCue(tk, a, end) is var after && after > a) d.Next = after;
                // "The harbour master, who called the plan “a farce,” said": a relative or participle aside that quotes words
                else if (QuotingAsideBeforeCue(tk, a, end) is var quoting && quoting > a) d.Next = quoting;
                // "The union, in a statement, said", "Supporters of the plan, on the other hand, argued": a phrase of the
                // occasion or the turn of the argument, with no verb of its own, closed by a comma with the cue right after it
                else if (PhraseAsideBeforeCue(tk, a, end) is var phraseEnd && phraseEnd > a) d.Next = phraseEnd;
            }
            if (d.IsDocument && d.Owner == null && d.Modifiers.Count > 0)
            {
                // "The Defense Department statement": capitalised modifiers name the author; a month or a day among them says
                // when, not who ("The July statement", "the Defense Department's Tuesday statement": no author "July")
                var dated = d.Modifiers.Where(mod => mod.Length > 0 && !Lexicon.Is(mod.ToLowerInvariant(), WordTag.Calendar | WordTag.Time)).ToList();
                var caps = dated.Where(mod => char.IsUpper(mod[0])).ToList();
                if (caps.Count > 0 && caps.Count == dated.Count && !(caps.Count == 1 && CountryTable.FindDemonym(caps[0]) != null))
                {
                    var owner = string.Join(" ", caps);
                    d.Owner = AuthorOf(d, owner);
                }
            }
            return d;
        }

        /// <summary>
        /// A reporting cue at token i: optional adverbs or auxiliaries ("also", "has", "on Thursday"),
        /// then a reporting verb or a cue phrase. Returns null when there is none.
        /// </summary>
        public CueMatch? ParseCue(IReadOnlyList<Token> tk, int i, int end, bool allowAdverbs)
        {
            int k = i;
            bool be = false;
            if (allowAdverbs)
            {
                for (int guard = 0; guard < AdverbsBeforeCue && k < end; guard++)
                {
                    var t = tk[k];
                    if (!t.IsWord) break;
                    // "Jo Bell last week said", "… earlier this month told": a time word after its lead stands before the cue
                    if (IsTimeLeadPhrase(tk, k, end)) { k += 2; continue; }
                    if (t.Has(WordTag.CueAdverb) && !t.Has(WordGroup.IdiomAdverb) || t.IsLowerWord && Lexicon.IsAdverb(t.Text)) { be |= ReportingVerb.IsBe(t.Lower); k++; continue; }
                    if (t.Has(WordClass.DayLead) && k + 1 < end && tk[k + 1].Has(WordTag.Calendar)) { k += 2; continue; }
                    if (t.Has(WordTag.Calendar)) { k++; continue; }
                    break;
                }
            }
            if (k >= end || !tk[k].IsWord) return null;
            var w = tk[k];
            if (!w.IsLowerWord && !HeadlineCase) return null;
            // "went on to say", "continued to argue": the reporting verb after the verb that carries it on
            int carried = CarriedVerb(tk, k, end);
            if (carried > k)
            {
                var cv = tk[carried].CueVerb;
                if (cv != null && !cv.IsParticiple) return new CueMatch(Join(tk, k, carried + 1), k, carried + 1, cv);
            }
            // "“…,” Trump went on, …": "went on" alone reports more words like "said"
            if (w.Has(WordGroup.GoForm) && w.Known?.Verb is { IsPast: true } && k + 1 < end && tk[k + 1].IsWord && tk[k + 1].Has(WordGroup.GoOnParticle) && (k + 2 >= end || !tk[k + 2].IsWord || !tk[k + 2].Has(WordGroup.InfinitiveMarker)))
                return new CueMatch(Join(tk, k, k + 2), k, k + 2, Lexicon.Verb("said"));
            // "“…?” a reporter can be heard asking", "is shown lecturing:": a passive of perception with a participle of speech
            int perceived = PerceivedSpeech(tk, k, end, be);
            if (perceived > k)
                return new CueMatch(Join(tk, k, perceived + 1), k, perceived + 1, Lexicon.Verb("said"));
            // "as Jo Bell put it": "put it" reports words like "said"
            if (w.Has(WordGroup.PhrasingForm) && k + 1 < end && tk[k + 1].IsWord && tk[k + 1].Has(WordGroup.ThingPronoun))
                return new CueMatch(Join(tk, k, k + 2), k, k + 2, Lexicon.Verb("said"));
            // "shot back", "chimed in": a phrasal cue of quotations is the verb with the words after it
            foreach (var pv in Lexicon.PhrasalCues(w.Lower))
            {
                if (!pv.CuesQuotes || !CueLexicon.ParticleFollows(tk, k, end, pv.Particle!)) continue;
                int pe = k + 1 + pv.Particle!.Length;
                return new CueMatch(Join(tk, k, pe), k, pe, pv);
            }
            var phrase = MatchPhrase(tk, k, end);
            if (phrase > 0 && w.CueVerb != null)
                return new CueMatch(Join(tk, k, k + phrase), k, k + phrase, w.CueVerb);
            var v = w.CueVerb;
            if (v == null) return null;
            int e = k + 1;
            // "she was warned that …", "was asked to compare": the subject of a passive is told, not telling; but "is
            // reported to have called …", "is said to believe …" report the subject's own words or view
            if (be && v.IsPast && !(e < end && tk[e].IsWord && tk[e].Has(WordGroup.InfinitiveMarker) && !v.Has(VerbTag.Object))) return null;
            // "is said to be “furious”", "was said to be a “tough negotiator”": the quotation after the passive's "to be" is others'
            // words about the subject, not the subject's ("is said to have called the plan “a joke”" still is)
            if (be && v.IsPast && QuotedAfterToBe(tk, e, end)) return null;
            // "will continue to be “silent”": a verb that takes no infinitive as its content governs the verb after "to"
            if (!be && e + 1 < end && tk[e].IsWord && tk[e].Has(WordGroup.InfinitiveMarker) && tk[e + 1].IsLowerWord && !v.Has(VerbTag.Infinitive) && tk[e + 1].Has(WordTag.Finite | WordTag.Auxiliary)) return null;
            if (v.Has(VerbTag.Rejoinder) && e < end && tk[e].IsWord && (tk[e].Has(WordGroup.Accompaniment) || tk[e].Has(WordGroup.Agent))) return null;
            var text = w.Text;
            // "said in a statement", "said in an interview"
            int p = MatchPhrase(tk, e, end);
            if (p > 0 && tk[e].Has(WordGroup.Setting))
            {
                text = Join(tk, k, e + p);
                e += p;
            }
            return new CueMatch(text, k, e, v);
        }

        /// <summary>
        /// "the mayor made demands", "his knee blew out": a past form not in -ed (irregular-past) at k, after a word of a
        /// phrase, is a clause's verb; not before the agent's "by" ("a statement made by the ministry"): there it is a
        /// participle describing the noun. (Before another preposition it stays a verb: "officials brought in from the
        /// capital" would give the speaker "capital".)
        /// </summary>
        internal static bool IsPastVerbNotInEd(IReadOnlyList<Token> tk, int k, int end)
        {
            var t = tk[k];
            if (!t.IsLowerWord || !t.Has(WordGroup.IrregularPast)) return false;
            return !(k + 1 < end && tk[k + 1].IsLowerWord && tk[k + 1].Has(WordGroup.Agent));
        }

        /// <summary>A lower-case time lead and a time word at k ("last week", "this month", "last Tuesday").</summary>
        internal static bool IsTimeLeadPhrase(IReadOnlyList<Token> tk, int k, int end) =>
            k + 1 < end && tk[k].IsLowerWord && tk[k].Has(WordTag.TimeLead) && tk[k + 1].IsWord && tk[k + 1].Has(WordTag.Time);

        /// <summary>
        /// For "can be heard asking", "is shown lecturing", "was seen saying" at k (or "heard asking" after a form of "be" read
        /// among the adverbs before it, <paramref name="be"/>), the index of the participle of speech; else -1. The subject of
        /// such a passive is the one who speaks: what is heard or shown is their saying.
        /// </summary>
        private static int PerceivedSpeech(IReadOnlyList<Token> tk, int k, int end, bool be)
        {
            int j = k;
            if (j + 1 < end && tk[j].IsLowerWord && tk[j].Has(WordTag.Finite) && tk[j + 1].IsLowerWord && tk[j + 1].Has(WordGroup.BaseBe)) j += 2;   // "can be", "will be"
            else if (tk[j].IsLowerWord && ReportingVerb.IsBe(tk[j].Lower)) j++;                                                                  // "is", "was"
            else if (!be) return -1;
            if (j + 1 >= end || !tk[j].IsLowerWord || !tk[j].Has(WordGroup.Perception)) return -1;
            var speech = tk[j + 1].IsLowerWord ? tk[j + 1].CueVerb : null;
            return speech != null && speech.IsParticiple && speech.CuesQuotes ? j + 1 : -1;
        }

        /// <summary>For "went on to VERB" or "continued to VERB" at k, the index of VERB; else -1.</summary>
        private static int CarriedVerb(IReadOnlyList<Token> tk, int k, int end)
        {
            if (tk[k].Has(WordGroup.GoForm) && k + 3 < end && tk[k + 1].Has(WordGroup.GoOnParticle) && tk[k + 2].Has(WordGroup.InfinitiveMarker) && tk[k + 3].IsLowerWord) return k + 3;
            if (tk[k].Has(WordGroup.ContinueForm) && k + 2 < end && tk[k + 1].Has(WordGroup.InfinitiveMarker) && tk[k + 2].IsLowerWord) return k + 2;
            return -1;
        }

        /// <summary>Length in tokens of a cue phrase starting at i (0 when none).</summary>
        public static int MatchPhrase(IReadOnlyList<Token> tk, int i, int end)
        {
            int best = 0;
            // by index: a foreach over the list's interface boxes its enumerator at every call
            var phrases = Lexicon.CuePhrases;
            for (int n = 0; n < phrases.Count; n++)
            {
                var phrase = phrases[n];
                if (i + phrase.Length > end || phrase.Length <= best) continue;
                bool ok = true;
                for (int w = 0; w < phrase.Length && ok; w++) ok = tk[i + w].IsWord && tk[i + w].Lower == phrase[w];
                if (ok) best = phrase.Length;
            }
            return best;
        }

        /// <summary>
        /// "according to X" at i: the mention after it. "in the words of X" names X the same way (<see cref="WordSense.WordsOf"/>), the
        /// phrase's four words its cue.
        /// </summary>
        public Mention? ParseAccordingTo(IReadOnlyList<Token> tk, int i, int end, out CueMatch? cue)
        {
            cue = null;
            int n = i + 2 < end && tk[i].IsWord && tk[i].Has(WordGroup.AccordingHead) && tk[i + 1].IsWord && tk[i + 1].Has(WordGroup.ToPreposition) ? 2
                : IsInTheWordsOf(tk, i, end) ? 4 : 0;
            if (n == 0) return null;
            var m = Parse(tk, i + n, end, true);
            if (m == null) return null;
            // "According to Clark, a coalition team heading toward the village came under attack …": the phrase after the comma is
            // the subject of the clause, whose finite verb follows it, no apposition of the source
            if (m.Apposition != null && m.End < end && tk[m.End].Is(",") && SubjectBeforeVerb(tk, m.End + 1, Math.Min(Math.Max(m.Next, m.End + 1), end)))
            {
                m.Apposition = null;
                m.Next = m.End;
            }
            cue = new CueMatch(Join(tk, i, i + n), i, i + n, null);
            return m;
        }

        /// <summary>
        /// True when the words [a, e) open on a noun phrase (a determiner or a capitalised word) that a finite verb follows (an
        /// auxiliary, "was", or a past form not in -ed, "came") before any relative or subordinator or comma: a clause's subject
        /// and its verb ("a coalition team … came", "the crews had left"), not an apposition ("a teacher who was there").
        /// </summary>
        private static bool SubjectBeforeVerb(IReadOnlyList<Token> tk, int a, int e)
        {
            if (a >= e || !tk[a].IsWord || !(tk[a].IsLowerWord && tk[a].Has(WordTag.Determiner) || tk[a].IsCapitalized)) return false;
            for (int x = a + 1; x < e; x++)
            {
                var t = tk[x];
                if (!t.IsWord || t.Has(WordTag.Relative | WordTag.Subordinator)) return false;
                if (t.IsLowerWord && (t.Has(WordTag.Finite) || IsPastVerbNotInEd(tk, x, e))) return true;
            }
            return false;
        }

        /// <summary>"in the words of" at i ("In" too, opening a sentence), with room for a mention after it: "in" (setting), "the", "words", "of".</summary>
        private static bool IsInTheWordsOf(IReadOnlyList<Token> tk, int i, int end) =>
            i + 4 < end && tk[i].IsWord && tk[i].Has(WordGroup.Setting) && tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.DefiniteArticle) &&
            tk[i + 2].IsLowerWord && Lexicon.Is(tk[i + 2].Lower, WordSense.WordsOf) && tk[i + 3].IsLowerWord && tk[i + 3].Has(WordGroup.OfComplement);
    }
}
