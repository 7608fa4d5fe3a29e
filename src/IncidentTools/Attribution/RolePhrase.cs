using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// What a quote's Role shows: the speaker's title and apposition made readable. A form of address
    /// (Mr, Mrs, Sir, Lord, Father) is not a role, nor is an age ("29", "61-year-old"), a picture
    /// position ("left") or a relative clause ("who was surfing with him"), nor words with a subject pronoun, a clause
    /// ("believe it or not", "I have met"); a role never ends on a
    /// dangling preposition ("author of"), and a long one is cut at a phrase boundary.
    /// </summary>
    internal static class RolePhrase
    {
        /// <summary>Roles longer than this (in words) are cut at the last phrase boundary within it.</summary>
        internal const int MaxWords = 12;

        /// <summary>
        /// A description as the apposition of the name it stands beside ("The company's chief executive, Jo Bell," gives Jo Bell
        /// the role "the company's chief executive"): its text, a capitalised determiner lowered.
        /// </summary>
        public static string AsApposition(Mention description) =>
            description.Determiner.Length > 0 && description.Text.Length > 0 && char.IsUpper(description.Text[0])
                ? char.ToLowerInvariant(description.Text[0]) + description.Text.Substring(1)
                : description.Text;

        /// <summary>True for a title that is only a form of address ("Mr", "Lord", "Sister").</summary>
        public static bool IsFormOfAddress(string title) => Lexicon.IsFormOfAddress(title);

        /// <summary>The separators of the splits and trims here, made once (a params array is a new one at every call).</summary>
        private static readonly char[] Blank = { ' ' };
        private static readonly char[] CommaSemicolon = { ',', ';' };
        /// <summary>The marks trimmed off a word before it is read as a subject pronoun (one array, not one a call).</summary>
        private static readonly char[] ClauseMarks = { ',', ';', '.', '!', '?', '(', ')', '—', '–' };

        /// <summary>"29", "aged 29", "61-year-old", "in his 60s": an age, not a role.</summary>
        public static bool IsAge(string text)
        {
            if (!MayBeAge(text)) return false;
            var words = text.Trim().Trim(CommaSemicolon).Split(Blank, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 0 && Lexicon.IsAsWritten(words[0], WordClass.IndefiniteArticle | WordClass.AgeLead)) words.RemoveAt(0);
            if (words.Count == 0 || words.Count > 3) return false;
            if (words.All(w => w.All(char.IsDigit))) return true;
            if (words.Count == 1 && IsAgeWord(words[0])) return true;
            // "in his 60s", "in her early 30s"
            if (words.Count >= 2 && Lexicon.IsAsWritten(words[0], WordGroup.Setting) && words[words.Count - 1].EndsWith("s", StringComparison.Ordinal) && words[words.Count - 1].TrimEnd('s').All(char.IsDigit)) return true;
            return false;
        }

        /// <summary>
        /// What every age of <see cref="IsAge"/> holds: a digit, an age word's "-year", or the "in " of "in his 60s". A
        /// role without any (most of them) is no age, and its words are not split out to find that.
        /// </summary>
        private static bool MayBeAge(string text) =>
            SpeakerResolution.HasDigit(text) || text.IndexOf("-year", StringComparison.Ordinal) >= 0 || text.IndexOf("in ", StringComparison.Ordinal) >= 0;

        /// <summary>"I", or a subject pronoun in lower case ("we", "she", "it"; not "IT", not the "I" of "I-Vt."), bare of marks.</summary>
        private static bool IsClausePronoun(string w)
        {
            var bare = w.Trim(ClauseMarks);
            return bare == "I" || bare.Length > 0 && bare.All(char.IsLower) && CueLexicon.IsSubjectPronoun(bare);
        }

        /// <summary>The most digits of an age written as a number ("44", "101").</summary>
        internal const int AgeDigits = 3;

        /// <summary>"33," or "81": the number of an age that opens an apposition.</summary>
        private static bool IsAgeNumber(string w)
        {
            var n = w.TrimEnd(',');
            return n.Length > 0 && n.Length <= AgeDigits && n.All(char.IsDigit);
        }

        /// <summary>"of Brenton", "of East Marlow": "of" and capitalised words only, where a person lives (after an age), not an office.</summary>
        private static bool IsHomeTown(List<string> words) =>
            words.Count > 1 && Lexicon.IsAsWritten(words[0], WordGroup.OfComplement) &&
            words.Skip(1).All(w => w.Length > 0 && char.IsUpper(w[0]));

        /// <summary>"61-year-old", "22-year-old", "five-year-old".</summary>
        private static bool IsAgeWord(string w) =>
            w.EndsWith("-year-old", StringComparison.Ordinal) || w.EndsWith("-years-old", StringComparison.Ordinal);

        /// <summary>A relative clause ("who was surfing with Swanson", "whose mother was on the plane").</summary>
        public static bool IsRelativeClause(string? role)
        {
            if (string.IsNullOrEmpty(role)) return false;
            // the first word, as Split(' ')[0] gives it, without splitting the rest
            var trimmed = role!.TrimStart();
            int blank = trimmed.IndexOf(' ');
            var first = blank < 0 ? trimmed : trimmed.Substring(0, blank);
            return Lexicon.Is(first, WordTag.Relative);
        }

        /// <summary>The role a quote shows for a speaker's title and role; null when neither says anything.</summary>
        public static string? Display(string? title, string? role)
        {
            var parts = new List<string>();
            var t = DisplayTitle(title);
            if (t != null) parts.Add(t);
            var r = DisplayRole(role);
            if (r != null && !(t != null && t.Equals(r, StringComparison.OrdinalIgnoreCase))) parts.Add(r);
            return parts.Count == 0 ? null : string.Join(", ", parts);
        }

        private static string? DisplayTitle(string? title)
        {
            if (string.IsNullOrWhiteSpace(title)) return null;
            var words = title!.Split(Separators.Blank, StringSplitOptions.RemoveEmptyEntries).ToList();
            // "82-year-old Ada Lund": an age written before the name is no title
            words.RemoveAll(w => IsAgeWord(w.TrimEnd(',')));
            if (words.Count == 0) return null;
            // "Mrs", "Sir Keith": a form of address alone says nothing ("Ms Khairunisa’s father" does)
            if (words.All(Lexicon.IsFormOfAddress)) return null;
            return string.Join(" ", words);
        }

        /// <summary>The role made readable (see the class summary); null when nothing of a role is left.</summary>
        public static string? DisplayRole(string? role)
        {
            if (string.IsNullOrWhiteSpace(role)) return null;
            var r = role!.Trim().TrimEnd(CommaSemicolon).Trim();
            if (Lexicon.Is(r, WordTag.PicturePosition) || IsAge(r) || IsRelativeClause(r)) return null;
            var words = r.Split(Blank, StringSplitOptions.RemoveEmptyEntries).ToList();
            // "33, of Brenton" (before its state: "Tomas Varga, 33, of Brenton, Kansas, said"), "75, a retiree in Marlow", "81 and
            // retired in Dover": the age that opens the apposition goes, and a home town after it alone is no role
            // ("26 percent", "54 total": a number that runs on into its noun is a count, and stays)
            if (words.Count > 1 && IsAgeNumber(words[0]))
            {
                bool set = words[0].EndsWith(",", StringComparison.Ordinal);
                bool joined = !set && Lexicon.IsAsWritten(words[1], WordClass.Coordinator);
                if (set || joined)
                {
                    words.RemoveRange(0, joined ? 2 : 1);
                    if (IsHomeTown(words)) return null;
                }
            }
            // "Ira Moss, believe it or not, laments …", "every nurse I have met", "President, for all the progress he helped
            // wrangle": a subject pronoun makes the words a clause, the writer's aside or a relative without its pronoun, no
            // role; what stands before a comma ahead of it ("President") still is one
            int clause = words.FindIndex(IsClausePronoun);
            if (clause >= 0)
            {
                int comma = words.FindLastIndex(clause, w => w.EndsWith(",", StringComparison.Ordinal));
                if (comma < 0) return null;
                words.RemoveRange(comma + 1, words.Count - comma - 1);
            }
            // "of the University of Otago": the affiliation alone
            if (words.Count > 1 && Lexicon.IsAsWritten(words[0], WordGroup.OfComplement)) words.RemoveAt(0);
            // "his 22-year-old daughter" → "his daughter"; "61-year-old" → nothing
            words.RemoveAll(w => IsAgeWord(w.TrimEnd(',')));
            // "herself a former education secretary" → "former education secretary"
            if (words.Count > 1 && Lexicon.IsAsWritten(words[0], WordClass.Reflexive)) words.RemoveAt(0);
            while (words.Count > 0 && Lexicon.IsAsWritten(words[0], WordClass.Article | WordClass.RoleAdverb)) words.RemoveAt(0);
            if (words.Count > MaxWords) words = CutAtBoundary(words);
            TrimDangling(words);
            if (words.Count == 0) return null;
            return string.Join(" ", words);
        }

        private static void TrimDangling(List<string> words)
        {
            while (words.Count > 0)
            {
                var last = words[words.Count - 1];
                if (last.EndsWith(",", StringComparison.Ordinal))
                {
                    words[words.Count - 1] = last = last.TrimEnd(',');
                    if (last.Length == 0) { words.RemoveAt(words.Count - 1); continue; }
                }
                if (Lexicon.Is(last, WordTag.Dangling)) { words.RemoveAt(words.Count - 1); continue; }
                break;
            }
        }

        /// <summary>
        /// A long role cut before the last phrase boundary within <see cref="MaxWords"/>: a preposition or
        /// conjunction that is not inside a name ("Centre for Infection Research" stays whole), or after a comma.
        /// Without a boundary the role stays whole rather than be cut mid-phrase.
        /// </summary>
        private static List<string> CutAtBoundary(List<string> words)
        {
            // a closing place ("in West Chester", "in Germany") goes first
            for (int i = words.Count - 2; i >= 2; i--)
            {
                if (!Lexicon.IsAsWritten(words[i], WordClass.PlacePreposition)) continue;
                bool place = true;
                for (int k = i + 1; k < words.Count && place; k++) place = words[k].Length > 0 && char.IsUpper(words[k][0]);
                if (place) { words = words.Take(i).ToList(); }
                break;
            }
            if (words.Count <= MaxWords) return words;
            int cut = -1;
            for (int i = 2; i <= MaxWords && i < words.Count; i++)
            {
                if (words[i - 1].EndsWith(",", StringComparison.Ordinal)) { cut = i; continue; }
                if (!Lexicon.Is(words[i], WordTag.RoleCut)) continue;
                bool insideName = char.IsUpper(words[i - 1][0]) && i + 1 < words.Count && char.IsUpper(words[i + 1][0]);
                if (!insideName) cut = i;
            }
            return cut > 0 ? words.Take(cut).ToList() : words;
        }
    }
}
