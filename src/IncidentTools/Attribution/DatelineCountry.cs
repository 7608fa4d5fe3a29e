using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentTools.Corpus;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// The country a story is filed from, read from its dateline ("ISLAMABAD, Pakistan --", "TORKHAM,
    /// Pakistan, Dec. 2 -", "WASHINGTON:", "Islamabad, Pakistan (CNN) --"): the country written after the
    /// place, else the country whose capital the place is. News style names a local official without a
    /// country ("Defence Minister Ahmed Mukhtar" in a story filed from Pakistan) and a foreign one with it
    /// ("U.S. Defense Secretary Leon Panetta"); so a holder of a public office written without a country
    /// speaks for the dateline's country. Null when the story has no dateline or the place is unknown.
    /// </summary>
    internal static class DatelineCountry
    {
        // "PLACE:", "PLACE --", "PLACE, Country --", "PLACE, Country, Jan 23 -" at the start of the first body paragraph
        private static readonly Regex Lead = new Regex(
            @"^(?<place>\p{Lu}[\p{Lu}.'’ -]{2,30}?)(?:,\s*(?<country>\p{Lu}[\p{L}.'’ -]{1,30}?))?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*(?::|--|—|–|-)\s|\s*$)",
            RegexOptions.CultureInvariant);

        public static Country? Of(AnalysedDocument document)
        {
            var dateline = document.Document.Dateline;
            if (!string.IsNullOrWhiteSpace(dateline)) return OfPlace(dateline!);
            var first = document.Paragraphs.FirstOrDefault(p => p.Section == ParagraphSection.Body);
            if (first == null) return null;
            var m = Lead.Match(first.Text);
            if (!m.Success) return null;
            if (m.Groups["country"].Success)
            {
                var c = CountryTable.Find(m.Groups["country"].Value.Trim());
                if (c != null) return c;
            }
            return CountryTable.FindCapital(TitleCase(m.Groups["place"].Value.Trim()));
        }

        /// <summary>"Islamabad, Pakistan" → Pakistan; "WASHINGTON" → United States; "Peshawar" → null (no city table).</summary>
        internal static Country? OfPlace(string place)
        {
            var parts = place.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            for (int i = parts.Count - 1; i >= 1; i--)
            {
                var c = CountryTable.Find(parts[i]);
                if (c != null) return c;
            }
            return parts.Count == 0 ? null : CountryTable.Find(parts[0]) ?? CountryTable.FindCapital(TitleCase(parts[0]));
        }

        private static string TitleCase(string place)
        {
            if (place.Any(char.IsLower)) return place;
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
        }
    }
}
