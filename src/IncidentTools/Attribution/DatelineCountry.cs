using System;
using System.Collections.Generic;
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
        /// <summary>A line longer than this is prose, not a byline stamp.</summary>
        private const int StampLength = 200;

        /// <summary>How many body paragraphs the dateline may open: the first, or the one after a byline, or after a subhead and a byline.</summary>
        private const int LeadParagraphs = 3;

        /// <summary>A subhead or a byline: a short paragraph that ends with no full stop, question or exclamation mark.</summary>
        private static bool HeadLine(AnalysedParagraph p)
        {
            var text = p.Text.TrimEnd();
            return text.Length > 0 && text.Length <= StampLength && text[text.Length - 1] is not ('.' or '?' or '!');
        }

        public static Country? Of(AnalysedDocument document)
        {
            var dateline = document.Document.Dateline;
            if (!string.IsNullOrWhiteSpace(dateline)) return OfPlace(dateline!);
            // the dateline opens the first body paragraph, or the second after a byline stamp, or the third after a subhead and a
            // byline ("Zardari tells US president …" / "Our Staff Reporter" / "ISLAMABAD: …"): lines of their own, short and
            // with no full stop at their end
            var lead = LeadOf(document);
            foreach (var (_, m) in LeadDatelines(lead))
            {
                if (m.Groups["country"].Success)
                {
                    var c = CountryTable.Find(m.Groups["country"].Value.Trim());
                    if (c != null) return c;
                }
                var found = OfPlaces(m.Groups["place"].Value);
                if (found != null) return found;
                // "GHALANAI (Mohmand Agency), November 26:": a small place with its district or agency in a bracket before the
                // date; the bracket's country when it names a listed place whole (never a wire's name, "(Anadolu Agency)")
                if (m.Groups["region"].Success && PlaceCountry(m.Groups["region"].Value.Trim()) is { } region) return region;
            }
            return OfStamp(document.Document.RemovedCruft.Concat(lead.Select(p => p.Text))) ?? OfBylineOrMasthead(document.Document.RemovedCruft, document.Document.RemovedCruftKinds) ??
                   OfBylineOrMasthead(document.Paragraphs.Where(p => p.Section == ParagraphSection.Body).TakeWhile(HeadLine).Select(p => p.Text));
        }

        /// <summary>The body's first paragraphs, where its dateline may stand.</summary>
        private static List<AnalysedParagraph> LeadOf(AnalysedDocument document) =>
            document.Paragraphs.Where(p => p.Section == ParagraphSection.Body).Take(LeadParagraphs).ToList();

        /// <summary>
        /// The datelines (<see cref="PageCruft.LeadDateline"/>) that open the lead paragraphs, with the paragraph each opens: the
        /// first, or the second after a byline stamp, or the third after a subhead and a byline.
        /// </summary>
        private static IEnumerable<(AnalysedParagraph Paragraph, Match Dateline)> LeadDatelines(List<AnalysedParagraph> lead)
        {
            for (int i = 0; i < lead.Count; i++)
            {
                if (i == LeadParagraphs - 1 && !lead.Take(i).All(HeadLine)) yield break;
                var m = PageCruft.LeadDateline.Match(lead[i].Text);
                if (m.Success) yield return (lead[i], m);
            }
        }

        /// <summary>
        /// The lead paragraphs that open with a dateline (<see cref="LeadDatelines"/>), each with the index of its first token after
        /// the dateline ("RIVERTON, March 3: Noting that …": the token "Noting"; the token count for a paragraph that is only one).
        /// </summary>
        internal static List<(AnalysedParagraph Paragraph, int After)> LeadDatelineEnds(AnalysedDocument document) =>
            LeadDatelines(LeadOf(document)).Select(d => (d.Paragraph, d.Paragraph.TokenAt(d.Dateline.Length))).ToList();

        /// <summary>
        /// "GHALANAI (Mohmand Agency), November 26:": the district or agency that a dateline's bracket names before its date, when
        /// it is a listed place (cities.txt): "Mohmand Agency"; null for a document whose dateline names none.
        /// </summary>
        internal static string? Region(AnalysedDocument document)
        {
            if (!string.IsNullOrWhiteSpace(document.Document.Dateline)) return null;
            foreach (var (_, m) in LeadDatelines(LeadOf(document)))
            {
                var region = m.Groups["region"].Value.Trim();
                if (region.Length > 0 && PlaceCountry(region) != null) return region;
            }
            return null;
        }

        /// <summary>The dashes that part a masthead's paper and city from its date ("The Weekly Ledger, Lahore — May 3-9, 2013").</summary>
        private static readonly string[] MastheadDashes = { " — ", " – " };

        /// <summary>
        /// "The Weekly Ledger, Lahore — May 3-9, 2013": a weekly's masthead over the story, the paper's name and city, one
        /// spaced dash and the date or the span of days of the issue; the part before the dash, or null for another line.
        /// </summary>
        internal static string? DashMastheadHead(string line)
        {
            var parts = line.Trim().Split(MastheadDashes, StringSplitOptions.None);
            if (parts.Length != 2 || !DateStamp.IsDateOrSpanAlone(parts[1].Trim())) return null;
            var head = parts[0].Trim();
            return head.Length > 0 && char.IsUpper(head[0]) && !head.Any(char.IsDigit) && !PageCruft.EndsLikeSentence(head) ? head : null;
        }

        /// <summary>
        /// "By our correspondent, Lahore, December 18, 2011", "By Jo Bell, The Harbor Post, Peshawar, May 3, 2013": a byline
        /// line whose last part before its date is a capital or a city (cities.txt) names the place the story is filed from,
        /// as a dateline does; so does a masthead stamp, the paper's name and its city, one bar and the date ("The Frontier
        /// Mail, Peshawar | December 12, 2011"), or with a spaced dash and a weekly's span of days ("The Weekly Ledger, Lahore —
        /// May 3-9, 2013"), in the removed page header or in the head lines that open the body. The date is needed: without it the part after the name may be an outlet or a
        /// beat. A stamp of more fields ("Press conference | NATO Headquarters, Brussels | date") names a venue, not a paper.
        /// </summary>
        internal static Country? OfBylineOrMasthead(IEnumerable<string> lines) => OfBylineOrMasthead(lines, null);

        /// <summary>
        /// <see cref="OfBylineOrMasthead(IEnumerable{string})"/> with, for each line, its kind where the reader classified it
        /// (<see cref="IncidentDocument.RemovedCruftKinds"/>): such a line is not classified again (whether it is a byline does
        /// not depend on the header: <see cref="PageCruft.IsByline"/>).
        /// </summary>
        internal static Country? OfBylineOrMasthead(IEnumerable<string> lines, IReadOnlyList<CruftKind?>? kinds)
        {
            int index = -1;
            foreach (var line in lines)
            {
                index++;
                if (line.Length > StampLength) continue;
                string? head;
                var kind = kinds != null && index < kinds.Count && kinds[index] is { } known ? known : PageCruft.Classify(line, true).Kind;
                if (PageCruft.IsByline(kind))
                {
                    var (before, date) = PageCruft.BylineDate(line);
                    if (date == null) continue;
                    head = before;
                }
                // a masthead: "The Frontier Mail, Peshawar | December 12, 2011", the paper's name and city, one bar, the date
                // or the same with a spaced dash and the date or span of days: "The Weekly Ledger, Lahore — May 3-9, 2013"
                else head = PageCruft.OutletDateStamp(line)?.Outlet ?? DashMastheadHead(line);
                if (head == null) continue;
                int comma = head.LastIndexOf(',');
                if (comma < 0) continue;
                var place = head.Substring(comma + 1).Trim();
                var c = place.Length == 0 ? null : PlaceCountry(place);
                if (c != null) return c;
            }
            return null;
        }

        /// <summary>
        /// "Staff Reporter | Peshawar/Islamabad | November 27, 2011": the place field of a byline stamp (fields
        /// between "|"), when every place in it (split at "/") is a capital or city of one country.
        /// </summary>
        internal static Country? OfStamp(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                if (line.IndexOf('|') < 0 || line.Length > StampLength) continue;
                foreach (var field in line.Split('|'))
                    if (OfPlaces(field) is { } country) return country;
            }
            return null;
        }

        /// <summary>
        /// "PESHAWAR" → Pakistan; "BANNU/PESHAWAR" (a story filed from two places, its reporters' towns split by "/") → Pakistan
        /// when every place is a capital or a city of one country; null when one is unknown or two countries are named.
        /// </summary>
        internal static Country? OfPlaces(string places)
        {
            Country? country = null;
            foreach (var part in places.Split('/'))
            {
                var place = part.Trim();
                var c = place.Length == 0 ? null : PlaceCountry(place);
                if (c == null || country != null && c != country) return null;
                country = c;
            }
            return country;
        }

        /// <summary>"Islamabad, Pakistan" → Pakistan; "WASHINGTON" → United States; "Peshawar" → Pakistan (cities.txt).</summary>
        internal static Country? OfPlace(string place)
        {
            var parts = place.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            for (int i = parts.Count - 1; i >= 1; i--)
            {
                var c = CountryTable.Find(parts[i]);
                if (c != null) return c;
            }
            return parts.Count == 0 ? null : CountryTable.Find(parts[0]) ?? PlaceCountry(parts[0]);
        }

        /// <summary>
        /// "ISLAMABAD", "New Delhi": a line of a letterhead that is a country's capital alone (no other word, no punctuation), the
        /// place an office issues its papers from; the capital's country, or null for another line.
        /// </summary>
        internal static Country? CapitalLine(AnalysedParagraph p)
        {
            var text = p.Text.Trim();
            if (text.Length == 0 || text.Length > StampLength) return null;
            foreach (var c in text)
                if (!(char.IsLetter(c) || c == ' ' || c == '-')) return null;
            return CountryTable.FindCapital(TitleCase(text));
        }

        /// <summary>
        /// The country of a capital or a city as a dateline writes it: "Peshawar", "PESHAWAR" (title-cased for the lists), and a
        /// name in capitals whose listed spelling is not in title case, "MAZAR-I-SHARIF" (Mazar-i-Sharif); null when unknown.
        /// </summary>
        internal static Country? PlaceCountry(string place) => CountryTable.FindPlace(TitleCase(place)) ?? CountryTable.FindPlaceInCapitals(place);

        private static string TitleCase(string place)
        {
            if (place.Any(char.IsLower)) return place;
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
        }
    }
}
