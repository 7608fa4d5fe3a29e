using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentTools.Text;

namespace IncidentTools.Corpus
{
    /// <summary>What a line of a scraped page is, when it is not article text.</summary>
    internal enum CruftKind
    {
        None,
        Navigation,        // "Skip to main content", "Advertisement", "Share this"
        VideoCaption,      // "02:22 - Source: CNN"
        HighlightsHeader,  // "Story highlights"
        DatelineMarker,    // "CNN —" standing alone
        Byline,            // "By Jane Doe", "From Nasir Habib, for CNN"
        TimeStamp,         // "updated 6:39 PM EDT, Wed March 28, 2012"
        PublishedStamp,    // "Published: 28 March 2012", "Posted on March 28, 2012"
        RelatedLink,       // "CNN.com: Panetta concerned …", "READ MORE: …"
        Credit,            // "X and Y contributed to this report."
        TeaserStart,       // "Part of complete coverage on": this line and all after it
        PhotoCaption,      // "Photo: Reuters", "(AP Photo/John Doe)"
        Counter,           // "12 comments", "1.2K shares"
    }

    /// <summary>The result of classifying a line.</summary>
    internal readonly struct CruftMatch
    {
        public CruftMatch(CruftKind kind, string? value = null, string? outlet = null)
        {
            Kind = kind;
            Value = value;
            Outlet = outlet;
        }

        public CruftKind Kind { get; }
        /// <summary>The fact the line carries: the byline, the stamp, the credited names.</summary>
        public string? Value { get; }
        /// <summary>The outlet the line names, if any.</summary>
        public string? Outlet { get; }

        public bool IsCruft => Kind != CruftKind.None;
    }

    /// <summary>
    /// The kinds of page furniture that scraped news pages carry around an article,
    /// as general rules over a single trimmed line. No rule names a particular story.
    /// </summary>
    internal static class PageCruft
    {
        internal const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        /// <summary>News agencies and outlets that put their name in a dateline ("(CNN) --", "(Reuters) -").</summary>
        internal static readonly string[] DatelineOutlets =
        {
            "CNN", "AP", "Reuters", "AFP", "UPI", "Bloomberg", "Xinhua", "PTI", "IANS", "APP", "dpa", "AAP", "ANI", "BBC", "CP", "NNA", "EFE", "ANSA", "Kyodo", "Yonhap", "TASS", "RIA Novosti", "Al Jazeera", "The Associated Press", "Associated Press", "CNSNews.com", "CBS News", "NBC News", "ABC News", "Fox News", "MCT",
        };

        /// <summary>A month's name or its abbreviation and a day: "Oct. 4", "Sept 26", "November 27".</summary>
        private const string MonthDay = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}";

        private static readonly string OutletAlternation = string.Join("|", DatelineOutlets.OrderByDescending(o => o.Length).Select(Regex.Escape));

        private static readonly Regex Navigation = PageCruftPatterns.Navigation();

        private static readonly Regex VideoCaption = PageCruftPatterns.VideoCaption();

        private static readonly Regex SourceLine = PageCruftPatterns.SourceLine();

        private static readonly Regex HighlightsHeader = PageCruftPatterns.HighlightsHeader();

        private static readonly Regex DatelineOnly = new Regex(
            @"^\(?(?<outlet>" + OutletAlternation + @"|[A-Z][A-Z0-9.&']{1,15}(?: [A-Z][A-Z0-9.&']{1,15}){0,2})\)?\s*(?:--|—|–|-)\s*$", RegexOptions.CultureInvariant);

        /// <summary>
        /// "PLACE (CNN) -- text", "WASHINGTON (Reuters) - text", "FLINT, Mich., Oct. 4 (UPI) — text" (a wire's date between
        /// the place and the agency; with that date, any outlet's name in the bracket: "KARACHI, Nov. 27 (Harbour Wire) - text"),
        /// "Dec 23 (Reuters) - text" (a wire's date with no place, as factboxes carry it), "CNN — text", "ISLAMABAD — text",
        /// "BERLIN - text" (a dash typed as a hyphen, spaced), "Lucknow, Jul 3 (PTI) text" (Indian wires: no dash after the bracket).
        /// </summary>
        internal static readonly Regex DatelinePrefix = new Regex(
            @"^(?:(?:(?<place>[A-Z][\p{L}.'’ -]{0,40}(?:,\s*[A-Z][\p{L}.'’ -]{0,30}){0,2}?)\s*)?(?:,\s*" + MonthDay + @"\s*)?|" + MonthDay + @"\s*)\((?<outlet>" + OutletAlternation + @")\)\s*(?:--|—|–|-|:)\s*"
            // "KARACHI, Nov. 27 (Harbour Wire) - text": any outlet's name in the bracket after a place and a date; the place in
            // capitals or in ordinary case ("Islamabad, April 12 (GPA) -- text")
            // (not yet a day before the month, "WASHINGTON, 22 December (…) -": read as a dateline, its home side then went to an
            // unnamed official of a paragraph the text set in another capital, "In Islamabad, reaction was swift. … A senior
            // government official … said", whose scene is not read)
            + @"|^(?<place>[A-Z][\p{L}.'’ -]{2,30}(?:,\s*[A-Z][\p{L}.'’ -]{1,30}){0,2}?),\s*" + MonthDay + @"\s*\((?<outlet>[A-Z][\p{L}.&'’]*(?:\s[A-Z][\p{L}.&'’]*){0,3})\)\s*(?:--|—|–|-)\s+"
            // "Lucknow, Jul 3 (PTI) The state government …": the Indian wires' style, the place in any case, the date, the agency
            // in capitals in its bracket and no dash; the date and the bracket both needed, and the story's first word after them
            + @"|^(?<place>[A-Z][\p{L}.'’ -]{1,30}(?:,\s*[A-Z][\p{L}.'’ -]{1,30})?),\s*" + MonthDay + @"\s*\((?<outlet>" + OutletAlternation + @"|[A-Z]{2,6})\)\s+(?=[A-Z“""])"
            + @"|^(?<outlet>" + OutletAlternation + @")\s+(?:--|—|–)\s+"
            + @"|^(?<place>[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\p{L}.'’ -]{1,30})?)\s+(?:--|—|–|-)\s+(?=[A-Z“""])",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// "(Harbour News Agency/HNA)": the agency's initials a wire writes after its name in a dateline's bracket, set off by a
        /// slash (<see cref="LeadDateline"/>); optional.
        /// </summary>
        private const string AgencyInitials = @"(?:/\p{Lu}[\p{Lu}.]{0,9})?";

        /// <summary>
        /// A dateline that opens a body's first paragraph in the styles <see cref="DatelinePrefix"/> leaves in the text ("PLACE:",
        /// "PLACE --", "PLACE, Country --", "PLACE, Country, Jan 23 -", "LAHORE, March 8, 2011:", two places of one story
        /// "BANNU/PESHAWAR, April 17 -"; a place in ordinary case with its date, "Dera Ismail Khan, April 17:"; with a bracket of the day or the
        /// desk in ordinary case before the colon, as South Asian dailies print it: "RAWALPINDI (Monday):", "LAHORE (Staff Report):"; an agency's name
        /// with its initials after a slash, "TORKHAM, Pakistan, July 5 (Harbour News Agency/HNA) -"; not an agency's initials alone,
        /// "(MPA)"; a small place with its district or agency in a bracket before the date, "GHALANAI (Mohmand Agency), November 26:",
        /// the bracket's words as the region): the place, the
        /// country, the region and the date as written (a year in it makes the date the article's; <see cref="LeadDate"/>).
        /// </summary>
        internal static readonly Regex LeadDateline = new Regex(
            @"^(?<place>\p{Lu}[\p{Lu}.'’ /-]{2,30}?)(?:,\s*(?<country>\p{Lu}[\p{L}.'’ -]{1,30}?))?(?:(?:\s*\((?<region>\p{Lu}\p{Ll}[\p{L}.'’ -]{1,30}?)\))?,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*(?<year>\d{4}))?))?(?:\s*\(\p{Lu}\p{Ll}[\p{L}.'’ ]{1,24}" + AgencyInitials + @"\))?(?:\s*(?::|--|—|–|-)\s|\s*$)"
            // "Dera Ismail Khan, April 17: text": a place in ordinary case, as some dailies print a district town's dateline, only
            // with its date and a colon or a dash after it
            + @"|^(?<place>\p{Lu}\p{Ll}[\p{L}.'’ -]{1,30}?),\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*(?<year>\d{4}))?)(?:\s*\(\p{Lu}\p{Ll}[\p{L}.'’ ]{1,24}\))?\s*(?::|--|—|–)\s",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The date of a dateline that opens the body with its year ("LAHORE, March 8, 2011: A court …"): when the story was
        /// filed; null for a dateline without a year ("KARACHI, May 23:", whose year the text does not say) or none.
        /// </summary>
        internal static string? LeadDate(string line)
        {
            if (line.Length == 0 || !char.IsUpper(line[0])) return null;
            var m = LeadDateline.Match(line);
            return m.Success && m.Groups["year"].Success ? m.Groups["date"].Value : null;
        }

        /// <summary>
        /// <see cref="DatelinePrefix"/>'s match at the start of a line, <see cref="Match.Empty"/> for a line without a bracket,
        /// a dash (— –), a double hyphen or a hyphen with spaces around it: every dateline holds one of them (the agency's
        /// bracket, or the dash after the place or the agency, "BERLIN - "), and most lines given here are a body's sentences,
        /// over whose capitalised opening the interpreted pattern backtracks before it fails.
        /// </summary>
        internal static Match DatelinePrefixMatch(string line) =>
            line.IndexOfAny(DatelineMarks) >= 0 || line.IndexOf(DoubleHyphen, StringComparison.Ordinal) >= 0 || HasSpacedHyphen(line) ? DatelinePrefix.Match(line) : Match.Empty;

        /// <summary>True when the line holds a hyphen with white space on both sides ("BERLIN - Police said …"), a dash written as a hyphen.</summary>
        private static bool HasSpacedHyphen(string line)
        {
            for (int i = line.Length > 1 ? line.IndexOf('-', 1) : -1; i > 0 && i + 1 < line.Length; i = line.IndexOf('-', i + 1))
                if (char.IsWhiteSpace(line[i - 1]) && char.IsWhiteSpace(line[i + 1])) return true;
            return false;
        }

        /// <summary>The marks one of which, or <see cref="DoubleHyphen"/>, every <see cref="DatelinePrefix"/> match holds: the agency's opening bracket, a dash.</summary>
        private static readonly char[] DatelineMarks = { '(', '—', '–' };

        /// <summary>Two hyphens written for a dash ("CNN -- text").</summary>
        private const string DoubleHyphen = "--";

        private static readonly Regex ByLine = new Regex(
            @"^by\s+(?<name>[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}){0,3})(?:\s*[,|]\s*(?<outlet>.{2,40}))?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex FromForLine = PageCruftPatterns.FromForLine();

        private static readonly Regex StampLine = PageCruftPatterns.StampLine();

        private static readonly Regex RelatedLink = PageCruftPatterns.RelatedLink();

        private static readonly Regex CreditLine = PageCruftPatterns.CreditLine();

        private static readonly Regex AgencyCredit = PageCruftPatterns.AgencyCredit();

        private static readonly Regex TeaserStart = PageCruftPatterns.TeaserStart();

        private static readonly Regex PhotoCaption = PageCruftPatterns.PhotoCaption();

        private static readonly Regex Counter = PageCruftPatterns.Counter();

        /// <summary>
        /// True when <see cref="Classify"/> of a line gave <paramref name="kind"/> and the line is a byline: a byline is told
        /// before any test that asks whether the line is in the header (those come after and only give stamps), so the answer
        /// is the same whichever way the line was classified.
        /// </summary>
        public static bool IsByline(CruftKind kind) => kind == CruftKind.Byline;

        /// <summary>Classifies one trimmed line. <paramref name="inHeader"/> is true before the body has begun.</summary>
        /// <remarks>
        /// Each rule first checks something its pattern cannot match without (a length, a
        /// character at a fixed place, a colon, a word), so most lines of a body, long sentences,
        /// are not given to the regular expressions at all. The checks only skip patterns that
        /// would fail: the result is the one the patterns alone give.
        /// </remarks>
        public static CruftMatch Classify(string line, bool inHeader)
        {
            if (line.Length == 0) return default;
            int end = line.Length; // the end of the line without trailing blanks, where the patterns' \s*$ end
            while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
            if (end == 0) return default; // no pattern matches blanks alone
            char last = line[end - 1];
            bool hasColon = line.IndexOf(':') >= 0;

            if (line.Length <= 60 && Navigation.IsMatch(line)) return new CruftMatch(CruftKind.Navigation);

            Match m;
            // ^(?:\d{1,2}:)?\d{1,2}:\d{2}…: a digit first, and a colon.
            if (line.Length <= 80 && hasColon && char.IsDigit(line[0]))
            {
                m = VideoCaption.Match(line);
                if (m.Success)
                    return new CruftMatch(CruftKind.VideoCaption, line, m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null);
            }
            // ^source:…: the colon is the seventh character.
            if (line.Length > 7 && line[6] == ':')
            {
                m = SourceLine.Match(line);
                if (m.Success) return new CruftMatch(CruftKind.VideoCaption, line, m.Groups["outlet"].Value.Trim());
            }

            // A heading of at most 21 characters, or one ending with a colon.
            if ((end <= 21 || last == ':') && HighlightsHeader.IsMatch(line)) return new CruftMatch(CruftKind.HighlightsHeader);

            // Ends with a dash.
            if (last == '-' || last == '—' || last == '–')
            {
                m = DatelineOnly.Match(line);
                if (m.Success) return new CruftMatch(CruftKind.DatelineMarker, null, m.Groups["outlet"].Value);
            }

            // ^from\s+…,\s+(?:for|of)…: a blank after "from", and a comma.
            if (line.Length > 5 && char.IsWhiteSpace(line[4]) && line.IndexOf(',') > 0)
            {
                m = FromForLine.Match(line);
                if (m.Success) return new CruftMatch(CruftKind.Byline, m.Groups["name"].Value.Trim(), m.Groups["outlet"].Value.Trim());
            }
            // ^by\s+…: a blank after "by".
            if (line.Length <= 120 && line.Length > 3 && char.IsWhiteSpace(line[2]))
            {
                m = ByLine.Match(line);
                if (m.Success && !EndsLikeSentence(line))
                    return new CruftMatch(CruftKind.Byline, m.Groups["name"].Value.Trim(), m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null);
            }

            // (last) updated, posted, published, first published, modified.
            if (MayStartWithOneOf(line, "lupfm"))
            {
                m = StampLine.Match(line);
                if (m.Success && DateStamp.Parse(m.Groups["stamp"].Value) is { } _)
                {
                    bool published = line.StartsWith("p", StringComparison.OrdinalIgnoreCase) || line.StartsWith("first", StringComparison.OrdinalIgnoreCase);
                    return new CruftMatch(published ? CruftKind.PublishedStamp : CruftKind.TimeStamp, m.Groups["stamp"].Value.Trim());
                }
            }

            // "March 4, 2026", "Tuesday, 4 March 2026": a date alone on a line of the header is when the article was published
            if (inHeader && DateStamp.IsDateAlone(line)) return new CruftMatch(CruftKind.PublishedStamp, line.Trim());
            // "The Harbor Post | May 3, 2024": the outlet and the day of publication, a bar between, on a line of the header
            if (inHeader && OutletDateStamp(line) is { } stamp) return new CruftMatch(CruftKind.PublishedStamp, stamp.Date, stamp.Outlet);

            // A heading of at most 28 characters and up to 40 more (one more for a final line break).
            if (line.Length <= 69 && TeaserStart.IsMatch(line)) return new CruftMatch(CruftKind.TeaserStart);

            // "…: link text": a colon, no full stop at the end, a short line.
            if (hasColon && !line.EndsWith(".", StringComparison.Ordinal) && WordCount(line) <= 25 && RelatedLink.IsMatch(line))
                return new CruftMatch(CruftKind.RelatedLink, line);

            if (MayContain(line, "contributed"))
            {
                m = CreditLine.Match(line);
                if (m.Success && LooksLikeNames(StripCreditPrefix(m.Groups["names"].Value)))
                    return new CruftMatch(CruftKind.Credit, m.Groups["names"].Value);
            }
            // (additional) reporting by, editing by, writing by, maybe in parentheses.
            if (line[0] == '(' || MayStartWithOneOf(line, "arew"))
            {
                m = AgencyCredit.Match(line);
                if (m.Success) return new CruftMatch(CruftKind.Credit, m.Groups["names"].Value);
            }

            // "Photo: …", "Credit: …", or a credit in parentheses at the end.
            if (line.Length <= 200 && (hasColon || last == ')') && PhotoCaption.IsMatch(line)) return new CruftMatch(CruftKind.PhotoCaption, line);
            if (line.Length <= 40 && Counter.IsMatch(line)) return new CruftMatch(CruftKind.Counter);

            return default;
        }

        /// <summary>
        /// False only when the line certainly does not start with one of these lower-case ASCII
        /// letters in either case (a pattern under IgnoreCase). Any other first character than an
        /// ASCII one may match a letter case-insensitively, so it is left to the pattern.
        /// </summary>
        private static bool MayStartWithOneOf(string line, string letters)
        {
            char c = line[0];
            if (c >= 128) return true;
            return c >= 'A' && c <= 'z' && letters.IndexOf((char)(c | 0x20)) >= 0 && char.IsLetter(c);
        }

        /// <summary>
        /// False only when the line certainly does not contain the lower-case ASCII word (of letters) in any
        /// case: a character that is not ASCII counts as a possible match of any letter.
        /// </summary>
        internal static bool MayContain(string line, string word)
        {
            int last = line.Length - word.Length;
#if NET8_0_OR_GREATER
            // a match starts with the word's first letter in either case or with a character that is not ASCII: only
            // those places are tried, each found by a vectorised search (most lines hold few of them)
            char lower = word[0], upper = (char)(lower & ~0x20);
            var span = line.AsSpan();
            int nonAscii = -1;   // the first character that is not ASCII at or after the place tried (the line's length when none)
            for (int i = 0; i <= last; i++)
            {
                int letter = span.Slice(i).IndexOfAny(lower, upper);
                letter = letter < 0 ? line.Length : i + letter;
                if (nonAscii < i)
                {
                    int n = span.Slice(i).IndexOfAnyExceptInRange('\u0000', '\u007F');
                    nonAscii = n < 0 ? line.Length : i + n;
                }
                i = Math.Min(letter, nonAscii);
                if (i > last) return false;
                if (MayMatchAt(line, i, word)) return true;
            }
            return false;
#else
            for (int i = 0; i <= last; i++)
                if (MayMatchAt(line, i, word)) return true;
            return false;
#endif
        }

        /// <summary>False only when line[i..] certainly does not start with the lower-case ASCII word in any case (see <see cref="MayContain"/>).</summary>
        private static bool MayMatchAt(string line, int i, string word)
        {
            for (int j = 0; j < word.Length; j++)
            {
                char c = line[i + j];
                if (c < 128 && (char)(c | 0x20) != word[j]) return false;
            }
            return true;
        }

        /// <summary>Splits a credit ("CNN's Chelsea J. Carter and journalist Wajahat S. Khan") into the names.</summary>
        public static IEnumerable<string> CreditedNames(string credit)
        {
            var parts = Regex.Split(credit, @"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*|;\s*)\s*", RegexOptions.CultureInvariant);
            foreach (var raw in parts)
            {
                var name = StripCreditPrefix(raw).Trim().TrimEnd('.', ',');
                if (name.Length > 0) yield return name;
            }
        }

        private static readonly Regex CreditPrefix = PageCruftPatterns.CreditPrefix();

        private static string StripCreditPrefix(string name)
        {
            var stripped = name.Trim();
            // "CNN's Chelsea J. Carter" -> "Chelsea J. Carter"; "journalist Wajahat S. Khan" -> "Wajahat S. Khan".
            for (int i = 0; i < 3; i++)
            {
                var m = CreditPrefix.Match(stripped);
                if (!m.Success || m.Length == 0 || m.Length >= stripped.Length) break;
                stripped = stripped.Substring(m.Length).TrimStart();
            }
            return stripped;
        }

        private static bool LooksLikeNames(string names)
        {
            // Every word of a name list is capitalised, or a joiner.
            var words = names.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > 30) return false;
            return words.All(w => char.IsUpper(w[0]) || Lexicon.IsAsWritten(w, WordClass.CreditJoiner) || Possessive.EndsIn(w) || IsCreditRoleWord(w));
        }

        private static bool IsCreditRoleWord(string w) => CreditPrefix.Match(w + " X").Length > 0;

        /// <summary>
        /// A byline's last part when it is a date: "By Jane Doe, The Harbor Post, Ashford, May 3, 2024" and "By Jane Doe |
        /// The Harbor Post | 3 May 2024" end with the day the article was published, which is neither the outlet nor a
        /// place. Returns the outlet part without the date (null when the date was all of it) and the date, or the outlet
        /// as given and null when it ends with no date.
        /// </summary>
        internal static (string? Outlet, string? Date) BylineDate(string? outlet)
        {
            if (outlet == null) return (null, null);
            var whole = outlet.Trim();
            if (DateStamp.IsDateAlone(whole)) return (null, whole);
            // the longest tail after a comma or a bar that is a date alone ("Dec. 23, 2011" holds a comma of its own)
            for (int i = 0; i < whole.Length; i++)
            {
                if (whole[i] != ',' && whole[i] != '|') continue;
                var tail = whole.Substring(i + 1).Trim();
                if (DateStamp.IsDateAlone(tail))
                {
                    var head = whole.Substring(0, i).Trim();
                    return (head.Length > 0 ? head : null, tail);
                }
            }
            return (outlet, null);
        }

        /// <summary>The longest line <see cref="OutletDateStamp"/> reads: an outlet's name of a few words and a date.</summary>
        private const int OutletDateStampMaxChars = 100;

        /// <summary>
        /// A header line of an outlet's name and the day the article was published with one bar between ("The Harbor Post |
        /// May 3, 2024", as a page stamps a wire story under its byline): the outlet (null when the part before the bar is no
        /// name: it opens with a capital, holds no digit and ends with no sentence's mark) and the date; null for any other line.
        /// </summary>
        internal static (string? Outlet, string Date)? OutletDateStamp(string line)
        {
            var whole = line.Trim();
            int bar = whole.LastIndexOf('|');
            // one bar only: "NEWS RELEASE | Harbour Board | May 3, 2024" is a release's heading (PressRelease reads it)
            if (bar <= 0 || whole.IndexOf('|') != bar || whole.Length > OutletDateStampMaxChars) return null;
            var date = whole.Substring(bar + 1).Trim();
            if (!DateStamp.IsDateAlone(date)) return null;
            var head = whole.Substring(0, bar).Trim().TrimEnd('|').Trim();
            if (head.Length == 0 || !char.IsUpper(head[0]) || EndsLikeSentence(head)) return null;
            foreach (char c in head)
                if (char.IsDigit(c)) return null;
            return (head, date);
        }

        internal static bool EndsLikeSentence(string line)
        {
            var t = line.TrimEnd();
            if (t.Length == 0) return false;
            char last = t[t.Length - 1];
            if (last == '"' || last == '”' || last == '’' || last == '\'' || last == ')')
                t = t.Substring(0, t.Length - 1).TrimEnd();
            return t.Length > 0 && (t[t.Length - 1] == '.' || t[t.Length - 1] == '!' || t[t.Length - 1] == '?' || t[t.Length - 1] == ',');
        }

        internal static int WordCount(string line) => IncidentDocument.CountWords(line);
    }

    /// <summary>
    /// The page-cruft patterns that take <see cref="PageCruft.Opts"/>: source-generated on .NET 7 and
    /// later (no construction or JIT compilation at first use: the net8.0 build for PowerShell 7), compiled
    /// at first use on netstandard2.0 (Windows PowerShell 5.1), as before. The same patterns either way.
    /// </summary>
    internal static partial class PageCruftPatterns
    {
        internal const string NavigationPattern = @"^(?:skip to (?:main )?(?:content|navigation|main|search)|advertisement|advertisements|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|read more|read the full story|click here(?: to [\w ]{1,40})?|share this(?: article| story| page| video| post)?|terms of (?:use|service)(?: (?:and|&)?\s*privacy policy)?|privacy policy|share on (?:facebook|twitter|linkedin|whatsapp)|share|tweet|email|e-mail|print|comments?|post a comment|leave a comment|like|follow us(?: on [\w ]{1,30})?|sign up(?: for [\w' ]{1,40})?|subscribe(?: now| today)?|newsletter|loading(?:\.{3}|…)?|close|menu|home|back to top|scroll to continue|view comments|hide caption|show caption|enlarge this image|toggle caption|(?:\d+ )?photos?|gallery|watch video|play video|next|previous|image \d+ of \d+|\d+ of \d+)\.?$";
        internal const string VideoCaptionPattern = @"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:[-–—|]\s*(?:source:\s*(?<outlet>.+?)|.+?))?\s*$";
        internal const string SourceLinePattern = @"^source:\s*(?<outlet>[\w .&'-]{2,40})$";
        internal const string HighlightsHeaderPattern = @"^(?:story highlights|highlights|key points|key facts|at a glance|in brief|summary|what you need to know|the big picture)\s*:?$";
        internal const string FromForLinePattern = @"^from\s+(?<name>.{2,80}?),\s+(?:for|of)\s+(?<outlet>[\w .&'-]{2,40})$";
        internal const string StampLinePattern = @"^(?:(?:last\s+)?updated|posted|published|first published|modified|updated on|published on)\s*(?:on|at)?\s*:?\s*(?<stamp>.{4,80})$";
        internal const string RelatedLinkPattern = @"^(?:[\w-]+\.(?:com|org|net|co\.uk|com\.au)|related(?: stor(?:y|ies)| articles?| coverage| content| posts?| links?)?|read more|read|see also|also read|also see|more|watch|video|photos|opinion|listen|more on this|recommended)\s*:\s*\S";
        internal const string CreditLinePattern = @"^(?<names>.{2,200}?)\s+contributed(?:\s+(?:reporting|writing|research|additional reporting))?(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?(?:\s+from\s+[\p{L} ,.]{2,60})?\s*\.?$";
        internal const string AgencyCreditPattern = @"^(?:\(?(?:additional\s+)?reporting by\s+(?<names>[^;]{2,120}?)(?:;\s*(?:writing|editing)[^)]*)?\)?|\(?editing by\s+(?<names>.{2,120}?)\)?|\(?writing by\s+(?<names>[^;]{2,120}?)(?:;\s*editing[^)]*)?\)?)\.?$";
        internal const string TeaserStartPattern = @"^(?:part of complete coverage on|more from (?:cnn|the web|our partners|around the web)|most popular|most read|most viewed|related stories|related articles|recommended(?: for you| stories)?|you might also like|you may also like|trending(?: now| stories)?|don'?t miss|latest news|more stories|more news|around the web|from our partners|promoted stories|what others are reading|top stories)\b.{0,40}$";
        internal const string PhotoCaptionPattern = @"^(?:(?:photo|image|picture|photograph|file photo|illustration)s?\s*(?:credit)?\s*:\s*.{1,120}|\((?:photo|image)?\s*(?:credit)?:?\s*[^)]{0,60}(?:getty images|ap photo|reuters|afp|epa|shutterstock)[^)]{0,60}\)|.{0,200}\((?:AP|AFP|Getty|Reuters|EPA)(?: Photo| Images|/[^)]{1,60})(?:/[^)]{1,60})?\)|credit\s*:\s*.{1,80})$";
        internal const string CounterPattern = @"^(?:\d[\d.,]*\s*[KkMm]?\s+(?:shares?|comments?|views?|likes?|reactions?|retweets?|reads?)|(?:shares?|comments?|views?)\s*:?\s*\d[\d.,]*\s*[KkMm]?)$";
        internal const string CreditPrefixPattern = @"^(?:(?:[\p{L}.]+(?:\s[\p{L}.]+)?['’]s\s+)?(?:(?:senior|chief|staff|special|foreign|national|security|white house|pentagon|political|investigative|freelance|local|associated press|ap|cnn)\s+)*(?:journalist|journalists|correspondent|correspondents|producer|producers|reporter|reporters|writer|writers|editor|editors|photographer|photographers|staff writer|contributor|stringer|analyst)?\s*)";

#if NET7_0_OR_GREATER
        [GeneratedRegex(NavigationPattern, PageCruft.Opts)]
        internal static partial Regex Navigation();
        [GeneratedRegex(VideoCaptionPattern, PageCruft.Opts)]
        internal static partial Regex VideoCaption();
        [GeneratedRegex(SourceLinePattern, PageCruft.Opts)]
        internal static partial Regex SourceLine();
        [GeneratedRegex(HighlightsHeaderPattern, PageCruft.Opts)]
        internal static partial Regex HighlightsHeader();
        [GeneratedRegex(FromForLinePattern, PageCruft.Opts)]
        internal static partial Regex FromForLine();
        [GeneratedRegex(StampLinePattern, PageCruft.Opts)]
        internal static partial Regex StampLine();
        [GeneratedRegex(RelatedLinkPattern, PageCruft.Opts)]
        internal static partial Regex RelatedLink();
        [GeneratedRegex(CreditLinePattern, PageCruft.Opts)]
        internal static partial Regex CreditLine();
        // Not source-generated: the .NET 8 generator emits code that reads an unassigned counter for this
        // pattern's three lazy loops (error CS0165); interpreted, as it runs only on lines that pass its precheck.
        internal static Regex AgencyCredit() => new Regex(AgencyCreditPattern, PageCruft.Opts);
        [GeneratedRegex(TeaserStartPattern, PageCruft.Opts)]
        internal static partial Regex TeaserStart();
        [GeneratedRegex(PhotoCaptionPattern, PageCruft.Opts)]
        internal static partial Regex PhotoCaption();
        [GeneratedRegex(CounterPattern, PageCruft.Opts)]
        internal static partial Regex Counter();
        [GeneratedRegex(CreditPrefixPattern, PageCruft.Opts)]
        internal static partial Regex CreditPrefix();
#else
        internal static Regex Navigation() => new Regex(PageCruftPatterns.NavigationPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex VideoCaption() => new Regex(PageCruftPatterns.VideoCaptionPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex SourceLine() => new Regex(PageCruftPatterns.SourceLinePattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex HighlightsHeader() => new Regex(PageCruftPatterns.HighlightsHeaderPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex FromForLine() => new Regex(PageCruftPatterns.FromForLinePattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex StampLine() => new Regex(PageCruftPatterns.StampLinePattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex RelatedLink() => new Regex(PageCruftPatterns.RelatedLinkPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex CreditLine() => new Regex(PageCruftPatterns.CreditLinePattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex AgencyCredit() => new Regex(PageCruftPatterns.AgencyCreditPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex TeaserStart() => new Regex(PageCruftPatterns.TeaserStartPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex PhotoCaption() => new Regex(PageCruftPatterns.PhotoCaptionPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex Counter() => new Regex(PageCruftPatterns.CounterPattern, PageCruft.Opts | RegexOptions.Compiled);
        internal static Regex CreditPrefix() => new Regex(PageCruftPatterns.CreditPrefixPattern, PageCruft.Opts | RegexOptions.Compiled);
#endif
    }
}
