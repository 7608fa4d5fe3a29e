using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// A person's name as written, taken apart: the titles and ranks before it with the words that
    /// qualify them ("Navy Capt.", "U.S. Air Force Brig. Gen.", "Khyber Province Governor", "Chief of
    /// Army Staff Gen"), the name as written ("John Kirby", "Syed Ali Raza Shah": an honorific stays
    /// part of the name), and the name a person is matched by: without the honorifics before it
    /// ("Ali Raza Shah"), when two name words or more remain. The words are those of the lexicon's
    /// titles.txt (titles, honorifics, qualifiers); the split needs no context.
    /// </summary>
    internal sealed class PersonName
    {
        /// <summary>Name words a title may leave (more is not one person's name).</summary>
        private const int MaxNameWords = 6;

        private PersonName(string? title, string name, string matchName, char gender, string? titleNoun)
        {
            Title = title;
            Name = name;
            MatchName = matchName;
            Gender = gender;
            TitleNoun = titleNoun;
        }

        /// <summary>The titles before the name with their qualifiers, as written; null when there are none.</summary>
        public string? Title { get; }

        /// <summary>The name as written after the titles (honorifics kept).</summary>
        public string Name { get; }

        /// <summary>The name without the honorifics before it, for matching one person to another.</summary>
        public string MatchName { get; }

        /// <summary>'m' or 'f' when a title or honorific says so, else '\0'.</summary>
        public char Gender { get; }

        /// <summary>The speaker noun the last title stands for ("general" for "Brig. Gen."), or null.</summary>
        public string? TitleNoun { get; }

        public override string ToString() => Title == null ? Name : Title + " " + Name;

        /// <summary>Takes a name as written apart ("Navy Capt. John Kirby" → "Navy Capt." and "John Kirby").</summary>
        public static PersonName Parse(string written)
        {
            var words = (written ?? "").Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            return Parse(words);
        }

        public static PersonName Parse(IReadOnlyList<string> words)
        {
            int n = words.Count;
            int cut = TitleEnd(words, out char gender, out string? noun);
            IReadOnlyList<string> nameWords = cut == 0 ? words : words.Skip(cut).ToList();
            if (nameWords.Count == 0)
            {
                var all = Join(words, 0, n);
                return new PersonName(null, all, all, '\0', null);
            }
            int h = HonorificsAt(nameWords, out var hg);
            if (hg != '\0') gender = hg;
            var name = Join(nameWords, 0, nameWords.Count);
            var match = h > 0 && nameWords.Count - h >= 2 ? Join(nameWords, h, nameWords.Count) : name;
            return new PersonName(cut > 0 ? Join(words, 0, cut) : null, name, match, gender, noun);
        }

        /// <summary>
        /// Where the titles before the name end (0 for none): the last title that leaves a name after it, with only
        /// title-like words before it; with the gender and speaker noun the titles give ('\0' and null for none).
        /// What <see cref="Parse(IReadOnlyList{string})"/> cuts, without making the strings of its parts.
        /// </summary>
        internal static int TitleEnd(IReadOnlyList<string> words, out char gender, out string? noun) => TitleEnd(words, null, 0, out gender, out noun);

        /// <summary>
        /// <see cref="TitleEnd(IReadOnlyList{string}, out char, out string?)"/> of words that are the texts of tokens
        /// (words[i] is tokens[offset + i].Text): the words' tags in words.txt are then asked of the tokens (bit tests)
        /// instead of the lexicon by string, with the same answers (words.txt is all lower case).
        /// </summary>
        internal static int TitleEnd(IReadOnlyList<string> words, IReadOnlyList<Token>? tokens, int offset, out char gender, out string? noun)
        {
            int n = words.Count;
            int cut = 0;
            gender = '\0';
            noun = null;
            for (int p = 0; p < n; p++)
            {
                if (p > 0 && !IsTitleLike(words[p - 1], p - 1 == 0, tokens, offset + p - 1)) break;
                var title = TitleAt(words, p);
                if (title == null) continue;
                int end = p + title.Words.Length;
                // "Information Minister of Khyber Pakhtunkhwa Jo Bell", "Foreign Minister of Northland Jo Bell": the country or
                // province the title's "of" names (the country table's) is the title's, not the name's
                end = PastPlaceOfTitle(words, end, n, tokens, offset);
                if (!IsName(words, end, n, tokens, offset)) continue;
                // "Dean Hollis": a title that is a given name too, before one name word alone, is the given name
                if (p == 0 && n - end == 1 && Lexicon.IsGivenNameTitle(words[p])) continue;
                cut = end;
                if (title.Gender != '\0') gender = title.Gender;
                noun = title.SpeakerNoun;
                p = end - 1;
            }
            return cut;
        }

        /// <summary>
        /// What <see cref="Parse(IReadOnlyList{string})"/> gives of a name written as words (two or more: the words of a
        /// capitalised run), without its strings: how many words its title takes (0 for none; the name is the rest), and
        /// its <see cref="Gender"/> and <see cref="TitleNoun"/>. <see cref="JoinWords"/> of the first <c>cut</c> words is its <see cref="Title"/>.
        /// With <paramref name="tokens"/>, the words are the texts of tokens[offset…] (see <see cref="TitleEnd(IReadOnlyList{string}, IReadOnlyList{Token}?, int, out char, out string?)"/>).
        /// </summary>
        internal static int TitleOf(IReadOnlyList<string> words, IReadOnlyList<Token>? tokens, int offset, out char gender, out string? titleNoun)
        {
            int cut = TitleEnd(words, tokens, offset, out gender, out titleNoun);
            if (cut >= words.Count) return cut;
            HonorificsFrom(words, cut, out var hg);
            if (hg != '\0') gender = hg;
            return cut;
        }

        /// <summary>words[from..to) joined with single spaces (as string.Join gives them).</summary>
        internal static string JoinWords(IReadOnlyList<string> words, int from, int to) => Join(words, from, to);

        /// <summary>words[from..to) joined with single spaces (as string.Join gives them).</summary>
        private static string Join(IReadOnlyList<string> words, int from, int to)
        {
            if (to - from == 1) return words[from] ?? "";
            if (to <= from) return "";
            // two words (most names) in one string, no builder; more in this thread's builder
            if (to - from == 2) return string.Concat(words[from], " ", words[from + 1]);
            var sb = _join ??= new System.Text.StringBuilder();
            sb.Clear();
            for (int i = from; i < to; i++)
            {
                if (i > from) sb.Append(' ');
                sb.Append(words[i]);
            }
            return sb.ToString();
        }

        [ThreadStatic] private static System.Text.StringBuilder? _join;

        /// <summary>The speaker noun of the last title in a title as written ("Army Brig. Gen." → "general"), or null.</summary>
        public static string? NounOf(string? title)
        {
            if (string.IsNullOrWhiteSpace(title)) return null;
            var words = title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            string? noun = null;
            for (int p = 0; p < words.Length; p++)
            {
                var t = TitleAt(words, p);
                if (t == null) continue;
                noun = t.SpeakerNoun ?? noun;
                p += t.Words.Length - 1;
            }
            return noun;
        }

        /// <summary>
        /// True when a title as written holds a public office of a state ("Defence Minister", "Army Brig. Gen.",
        /// "Senator"), not only a form of address or a private role.
        /// </summary>
        public static bool IsOffice(string? title) => AnyTitle(title, t => t.Office);

        /// <summary>True when the title holds an office whose holder speaks abroad ("Ambassador", "Secretary of State"; titles.txt 'abroad').</summary>
        public static bool IsAbroadOffice(string? title) => AnyTitle(title, t => t.Abroad);

        /// <summary>
        /// True when the title holds an office of a state whose holder speaks at home and names no country ("Interior Minister",
        /// "Defence Secretary"; not "Ambassador", nor "Pakistani Defence Minister"): an office whose country the text around it says.
        /// </summary>
        public static bool IsHomeOfficeOfNoCountry(string title) => IsOffice(title) && !IsAbroadOffice(title) && CountryTable.Scan(title, out _) == null;

        /// <summary>True when the title holds a seat in a legislature ("Senator", "Congressman"; titles.txt 'legislator').</summary>
        public static bool IsLegislator(string? title) => AnyTitle(title, t => t.Legislator);

        /// <summary>
        /// True when every office in a title as written is a rank of an armed force ("Sgt.", "Army Lt. Col.", "Havildar";
        /// titles.txt 'rank') and it holds at least one: no post of a state's government ("Defence Minister", "Army Chief").
        /// </summary>
        public static bool IsRankOnly(string? title) => AnyTitle(title, t => t.Rank) && !AnyTitle(title, t => t.Office && !t.Rank);

        /// <summary>
        /// True when a title as written holds a role of any body ("Secretary-General", "Defence Minister", "Spokesman"), not
        /// only a form of address ("Mr") or an honorific ("Syed").
        /// </summary>
        public static bool HoldsRole(string? title) => AnyTitle(title, t => !t.FormOfAddress && !t.Honorific);

        /// <summary>
        /// True when "<paramref name="portfolio"/> Minister" is one office title of the lexicon ("Foreign", "Defence",
        /// "Interior"): a portfolio every state has, so a body named by it ("Foreign Ministry", "Defence Ministry") names no
        /// country by itself. Not a word that the lexicon has modify a title by its level ("state Sen.": "State Minister" is a
        /// rank, not a portfolio, and "State Department" names one country's body).
        /// </summary>
        public static bool IsPortfolio(string portfolio)
        {
            if (string.IsNullOrWhiteSpace(portfolio) || portfolio.IndexOf(' ') >= 0 || Lexicon.Is(portfolio.ToLowerInvariant(), WordTag.TitleModifier)) return false;
            var t = TitleAt(new[] { portfolio, Minister }, 0);
            return t != null && t.Words.Length == 2 && t.Office;
        }

        private const string Minister = "Minister";

        /// <summary>True when one of the titles in a title as written ("Army Brig. Gen.") passes the test.</summary>
        private static bool AnyTitle(string? title, Func<Title, bool> test)
        {
            if (string.IsNullOrWhiteSpace(title)) return false;
            var words = title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            for (int p = 0; p < words.Length; p++)
            {
                var t = TitleAt(words, p);
                if (t == null) continue;
                if (test(t)) return true;
                p += t.Words.Length - 1;
            }
            return false;
        }

        /// <summary>The name without its leading honorifics when two words or more remain ("Syed Ali Raza Shah" → "Ali Raza Shah").</summary>
        public static string WithoutHonorifics(string name)
        {
            var words = name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries);
            int h = HonorificsAt(words, out _);
            return h > 0 && words.Length - h >= 2 ? string.Join(" ", words.Skip(h)) : name;
        }

        /// <summary>The number of words the honorifics at the start take up ("Makhdoom Syed …" → 2).</summary>
        private static int HonorificsAt(IReadOnlyList<string> words, out char gender) => HonorificsFrom(words, 0, out gender);

        /// <summary>The number of words the honorifics at word <paramref name="from"/> take up.</summary>
        private static int HonorificsFrom(IReadOnlyList<string> words, int from, out char gender)
        {
            gender = '\0';
            int k = from;
            while (k < words.Count)
            {
                var t = Match(words, k, honorific: true);
                if (t == null) break;
                if (t.Gender != '\0') gender = t.Gender;
                k += t.Words.Length;
            }
            return k - from;
        }

        /// <summary>
        /// The first word of <see cref="WithoutHonorifics"/> of a name (up to its first blank): the given name of a full
        /// name. A name whose first word starts no honorific is not split into its words.
        /// </summary>
        public static string GivenWord(string name)
        {
            int s = 0;
            while (s < name.Length && name[s] == ' ') s++;
            int e = s < name.Length ? name.IndexOf(' ', s) : -1;
            if (e < 0) e = name.Length;
            if (e > s && !StartsHonorific(s == 0 && e == name.Length ? name : name.Substring(s, e - s)))
            {
                int first = name.IndexOf(' ');
                return first < 0 ? name : name.Substring(0, first);
            }
            var bare = WithoutHonorifics(name);
            int blank = bare.IndexOf(' ');
            return blank < 0 ? bare : bare.Substring(0, blank);
        }

        /// <summary>True when an honorific of the lexicon's titles starts with this word.</summary>
        internal static bool StartsHonorific(string word)
        {
            var titles = Lexicon.TitlesStartingWith(word);
            for (int i = 0; i < titles.Count; i++)
                if (titles[i].Honorific) return true;
            return false;
        }

        /// <summary>The longest title at word p (not an honorific), or null.</summary>
        internal static Title? TitleAt(IReadOnlyList<string> words, int p) => Match(words, p, honorific: false);

        private static Title? Match(IReadOnlyList<string> words, int p, bool honorific)
        {
            if (p >= words.Count) return null;
            foreach (var t in Lexicon.TitlesStartingWith(words[p]))
            {
                if (p + t.Words.Length > words.Count || t.Honorific != honorific) continue;
                bool ok = true;
                for (int w = 1; w < t.Words.Length && ok; w++) ok = words[p + w] == t.Words[w];
                if (ok) return t;
            }
            return null;
        }

        /// <summary>
        /// A word that may stand in a title before a name: capitalised ("Pentagon", "Navy", "Khyber",
        /// "U.S.") or, inside it, a connective ("Chief of Staff", "Minister for Defence").
        /// </summary>
        private static bool IsTitleLike(string word, bool first, IReadOnlyList<Token>? tokens = null, int at = 0)
        {
            if (word.Length == 0) return false;
            if (char.IsUpper(word[0])) return !Is(word, WordTag.Calendar, tokens, at);
            return !first && Lexicon.IsAsWritten(word, WordClass.TitleConnective);
        }

        /// <summary><see cref="Lexicon.Is(string, WordTag)"/> of a word, asked of its token when there is one (tokens[at]).</summary>
        private static bool Is(string word, WordTag tags, IReadOnlyList<Token>? tokens, int at) =>
            tokens != null ? tokens[at].Has(tags) : Lexicon.Is(word, tags);

        /// <summary>
        /// Where a title that ends before words[end] ends with the "of" and the place after it, when "of" and a country's or a
        /// province's name (<see cref="CountryTable.Find"/>, of one to <see cref="TitlePlace.MaxWords"/> words) come next and a name
        /// follows them; else <paramref name="end"/> itself.
        /// </summary>
        private static int PastPlaceOfTitle(IReadOnlyList<string> words, int end, int n, IReadOnlyList<Token>? tokens, int offset)
        {
            if (end >= n || words[end] != "of") return end;
            int place = TitlePlace.End((words, n, tokens, offset), end + 1, n - end - 2, (w, from, to) => Join(w.words, from, to),
                (w, from, to) => IsName(w.words, to, w.n, w.tokens, w.offset));
            return place < 0 ? end : place;
        }

        /// <summary>True when words [from, n) can be a person's name: one to six capitalised words, not a suffix alone.</summary>
        private static bool IsName(IReadOnlyList<string> words, int from, int n, IReadOnlyList<Token>? tokens = null, int offset = 0)
        {
            int count = n - from;
            if (count < 1 || count > MaxNameWords) return false;
            var first = words[from];
            if (first.Length == 0 || !char.IsUpper(first[0]) || Is(first, WordTag.NameSuffix, tokens, offset + from)) return false;
            for (int i = from; i < n; i++)
            {
                var w = words[i];
                if (w.Length == 0) return false;
                if (!char.IsUpper(w[0]) && !Is(w, WordTag.NameParticle, tokens, offset + i) && !MentionParser.IsParticleName(w)) return false;
                if (Is(w, WordTag.Function | WordTag.NotName, tokens, offset + i)) return false;
            }
            return true;
        }
    }
}
