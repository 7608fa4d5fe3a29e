using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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

        /// <summary>
        /// Where an interview was held, as its introduction says ("He agreed to answer our questions at his residence in Kabul",
        /// "She spoke to us in Lagos last week"): a word of interviewing or meeting (interview-words.txt 'held'), then within its sentence "in" and a
        /// capitalised place; not when the sentence says the talk went over a distance ("spoke to us by telephone from his office
        /// in Boston"), where the asker is not at that place.
        /// </summary>
        private static readonly Regex InterviewHeld = new Regex(
            @"\b" + AnyOf(InterviewWordTag.Held) + @"\b(?<mid>[^.?!]{0,80}?)\bin\s+" + Place, RegexOptions.CultureInvariant);

        /// <summary>
        /// Words that say the talk went over a distance (interview-words.txt 'remote': "from", "telephone", "video"), in any case:
        /// the asker was not where the guest was.
        /// </summary>
        private static readonly Regex Remote = new Regex(@"\b" + AnyOf(InterviewWordTag.Remote) + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The words of interview-words.txt with the tag as one group of a pattern, the longer first ("interviewed" before "interview").</summary>
        private static string AnyOf(InterviewWordTag tag) =>
            "(?:" + string.Join("|", Lexicon.InterviewWords(tag).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape)) + ")";

        /// <summary>
        /// The party of the place an interview was held at, as the paragraphs before its first labelled turn say it
        /// (<see cref="InterviewHeld"/>): in its questions, "the army here" is that place's; null when the text has no turns, no such
        /// place, or places of more than one side.
        /// </summary>
        public static string? InterviewParty(AnalysedDocument document, int firstTurn, PartyResolver parties)
        {
            string? party = null;
            for (int i = 0; i < firstTurn && i < document.Paragraphs.Count; i++)
                for (var m = InterviewHeld.Match(document.Paragraphs[i].Text); m.Success; m = m.NextMatch())
                {
                    if (Remote.IsMatch(m.Groups["mid"].Value) || PartyOf(m.Groups["place"].Value, parties) is not { } side) continue;
                    if (party != null && !party.Equals(side, StringComparison.Ordinal)) return null;
                    party = side;
                }
            return party;
        }

        /// <summary>The place each person named in the text reports from, by lower-case name (the first one said).</summary>
        public static Dictionary<string, string> Find(AnalysedDocument document)
        {
            var places = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in document.Paragraphs)
                for (int i = 0; i < Patterns.Length; i++)
                    for (var m = MayMatch(p.Text, i) ? Patterns[i].Match(p.Text) : Match.Empty; m.Success; m = m.NextMatch())
                    {
                        var key = Key(m.Groups["name"].Value);
                        if (!places.ContainsKey(key)) places[key] = m.Groups["place"].Value;
                    }
            return places;
        }

        /// <summary>
        /// False when pattern i cannot match the text, by a word it needs between blanks ("is" or "was",
        /// "joins", "reports" or "reporting"): most paragraphs have none of them, and a pattern that begins
        /// with a capitalised name would otherwise be tried at every capital.
        /// </summary>
        private static bool MayMatch(string text, int pattern) => pattern switch
        {
            0 => HasWord(text, "is") || HasWord(text, "was"),
            1 => HasWord(text, "joins"),
            _ => text.IndexOf("report", StringComparison.Ordinal) >= 0,
        };

        /// <summary>True when the text holds the word with no letter or digit on either side (a blank is neither).</summary>
        private static bool HasWord(string text, string word)
        {
            for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                int e = i + word.Length;
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (e == text.Length || !char.IsLetterOrDigit(text[e]))) return true;
            }
            return false;
        }

        /// <summary>"RICHARD OSEI", "Richard Osei" → "richard osei".</summary>
        public static string Key(string name) =>
            string.Join(" ", name.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);

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
