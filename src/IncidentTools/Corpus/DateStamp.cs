using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Reads the time stamps news pages print ("updated 6:39 PM EDT, Wed March 28, 2012",
    /// "Published: 28 March 2012 14:05 GMT", "March 28, 2012 at 6:39 pm ET").
    /// </summary>
    internal static class DateStamp
    {
        private static readonly Dictionary<string, int> ZoneMinutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["BST"] = 60, ["CET"] = 60, ["CEST"] = 120, ["EET"] = 120, ["EEST"] = 180,
            ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
            ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
            ["PKT"] = 300, ["IST"] = 330, ["AEST"] = 600, ["AEDT"] = 660, ["JST"] = 540, ["HKT"] = 480, ["SGT"] = 480,
        };

        private const string Months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

        private static readonly Regex MonthWord = new Regex(@"^(?:" + Months + @")\.?$", RegexOptions.CultureInvariant);

        /// <summary>True when the word is a month's name or its abbreviation as written in a date, capitalised, with or without its full stop ("Dec", "Sept.", "March").</summary>
        public static bool IsMonthWord(string word) => MonthWord.IsMatch(word);

        private static readonly Regex TimePart = new Regex(
            @"\b(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?<ampm>[AaPp]\.?[Mm]\.?)?\s*(?<tz>[A-Z]{1,4}\b)?",
            RegexOptions.CultureInvariant);

        private static readonly Regex MonthFirst = new Regex(
            @"\b(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex DayFirst = new Regex(
            @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + Months + @")\.?,?\s+(?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>
        /// A line that is a date and nothing else: an optional weekday, the date (month first, day first or ISO), an optional
        /// time and zone ("March 4, 2026", "Tuesday, 4 March 2026", "Nov. 27, 2011, 6:39 PM EST", "2026-03-04").
        /// </summary>
        private static readonly Regex DateAlone = new Regex(
            @"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?" +
            @"(?:(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + Months + @")\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})" +
            @"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,4})?)?\.?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The longest line <see cref="IsDateAlone"/> reads ("Wednesday, September 28th, 2011, at 11:45 a.m. EDT" is 50).</summary>
        private const int DateAloneMaxChars = 56;

        /// <summary>True when the line is a date alone (see <see cref="DateAlone"/>) that <see cref="Parse"/> reads.</summary>
        public static bool IsDateAlone(string line) =>
            line.Length <= DateAloneMaxChars && line.Length > 0 && char.IsLetterOrDigit(line[0]) && DateAlone.IsMatch(line) && Parse(line) != null;

        /// <summary>
        /// True when the line is a date alone (<see cref="IsDateAlone"/>) or a span of days a weekly's issue covers, its last
        /// day a date alone (or one with the first day's month) and its first one read with that year ("January 27-February 2,
        /// 2012", "May 3-9, 2013", "27 January-2 February 2012", "27-31 January 2012").
        /// </summary>
        public static bool IsDateOrSpanAlone(string line)
        {
            if (IsDateAlone(line)) return true;
            int dash = line.IndexOfAny(SpanDashes);
            if (dash <= 0 || line.IndexOfAny(SpanDashes, dash + 1) >= 0) return false;
            var first = line.Substring(0, dash).Trim();
            var last = line.Substring(dash + 1).Trim();
            if (first.Length == 0) return false;
            // "May 3-9, 2013": the last day takes the first one's month
            int space = first.IndexOf(' ');
            if (!IsDateAlone(last) && space > 0) last = first.Substring(0, space) + " " + last;
            if (!IsDateAlone(last)) return false;
            var year = last.Substring(last.Length - 4);
            return first.All(char.IsDigit) && first.Length <= 2 || IsDateAlone(first + ", " + year) || IsDateAlone(first + " " + year);
        }

        /// <summary>The marks that join the first and last day of a span of dates.</summary>
        private static readonly char[] SpanDashes = { '-', '–' };

        private static readonly Regex Iso = new Regex(
            @"\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<m>\d{2})(?::\d{2})?(?<off>Z|[+-]\d{2}:?\d{2})?)?\b",
            RegexOptions.CultureInvariant);

        /// <summary>Parses the first date (and time and zone, when given) in a stamp; null when it holds none.</summary>
        public static DateTimeOffset? Parse(string stamp)
        {
            var iso = Iso.Match(stamp);
            if (iso.Success && iso.Groups["off"].Success &&
                DateTimeOffset.TryParse(iso.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
                return exact;

            int year, month, day;
            var mf = MonthFirst.Match(stamp);
            var df = mf.Success ? Match.Empty : DayFirst.Match(stamp);
            if (mf.Success || df.Success)
            {
                var m = mf.Success ? mf : df;
                year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                month = MonthNumber(m.Groups["mon"].Value);
                day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            }
            else if (iso.Success)
            {
                year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
                month = int.Parse(iso.Groups["mo"].Value, CultureInfo.InvariantCulture);
                day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                return null;
            }

            if (month < 1 || day < 1 || day > 31) return null;
            try
            {
                int hour = 0, minute = 0;
                var offset = TimeSpan.Zero;
                var t = TimePart.Match(stamp);
                if (t.Success)
                {
                    hour = int.Parse(t.Groups["h"].Value, CultureInfo.InvariantCulture);
                    minute = int.Parse(t.Groups["m"].Value, CultureInfo.InvariantCulture);
                    var ampm = t.Groups["ampm"].Value;
                    if (ampm.Length > 0)
                    {
                        bool pm = char.ToUpperInvariant(ampm[0]) == 'P';
                        if (hour == 12) hour = 0;
                        if (pm) hour += 12;
                    }
                    if (t.Groups["tz"].Success && ZoneMinutes.TryGetValue(t.Groups["tz"].Value, out var minutes))
                        offset = TimeSpan.FromMinutes(minutes);
                    else if (t.Groups["tz"].Success && t.Groups["tz"].Value == "ET")
                        offset = TimeSpan.FromMinutes(IsUsSummerTime(year, month, day) ? -240 : -300);
                    if (hour > 23 || minute > 59) { hour = 0; minute = 0; }
                }
                return new DateTimeOffset(year, month, day, hour, minute, 0, offset);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>The month a name or abbreviation gives by its first three letters ("Sept." 9, "november" 11), 0 for none: the invariant culture's month abbreviations, no list of our own.</summary>
        internal static int MonthNumber(string name)
        {
            var months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
            for (int i = 0; i < 12; i++)
                if (string.Compare(name, 0, months[i], 0, 3, StringComparison.OrdinalIgnoreCase) == 0) return i + 1;
            return 0;
        }

        // Rough US rule (second Sunday of March to first Sunday of November), enough for "ET" stamps.
        private static bool IsUsSummerTime(int year, int month, int day) =>
            month > 3 && month < 11 || month == 3 && day >= 8 || month == 11 && day < 7;
    }
}
