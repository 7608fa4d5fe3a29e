using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// Where each correspondent of a broadcast transcript reports from, as the anchor says it ("Richard Osei is
    /// at the State Department", "Nadia Haq joins us from Islamabad", "Jo Bell, reporting from Kabul"): inside
    /// that correspondent's labelled turn, "here" and a local institution written with no country ("officials
    /// here", "senior officers", "the army") belong to that place, as a dateline's do in a written story.
    /// </summary>
    internal static class ReporterPlace
    {
        private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})";
        private const string Place = @"(?<place>(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3})";

        private static readonly Regex[] Patterns =
        {
            new Regex(Name + @"\s+(?:is|was)\s+(?:live\s+|standing\s+by\s+)?(?:at|in)\s+" + Place, RegexOptions.CultureInvariant),
            new Regex(Name + @"\s+joins\s+us\s+(?:live\s+|now\s+)?from\s+" + Place, RegexOptions.CultureInvariant),
            new Regex(Name + @",?\s+(?:reports|reporting)\s+(?:live\s+)?from\s+" + Place, RegexOptions.CultureInvariant),
        };

        /// <summary>The place each person named in the text reports from, by lower-case name (the first one said).</summary>
        public static Dictionary<string, string> Find(AnalysedDocument document)
        {
            var places = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in document.Paragraphs)
                foreach (var pattern in Patterns)
                    for (var m = pattern.Match(p.Text); m.Success; m = m.NextMatch())
                    {
                        var key = Key(m.Groups["name"].Value);
                        if (!places.ContainsKey(key)) places[key] = m.Groups["place"].Value;
                    }
            return places;
        }

        /// <summary>"RICHARD OSEI", "Richard Osei" → "richard osei".</summary>
        public static string Key(string name) =>
            string.Join(" ", name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);

        /// <summary>The party of a place: a manifest organisation or alias, a country, a capital or a city; null when none.</summary>
        public static string? PartyOf(string place, PartyResolver parties)
        {
            var bare = place.StartsWith("the ", StringComparison.Ordinal) ? place.Substring(4) : place;
            var party = parties.FromText(bare);
            if (party != null) return party;
            var c = CountryTable.FindPlace(bare);
            return c == null ? null : parties.MapCountry(c);
        }
    }
}
