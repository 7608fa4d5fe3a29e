using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// The place of a title: the country's or province's name that a title's "of" names ("Revenue Minister of Khyber Pakhtunkhwa
    /// Jo Bell", "Foreign Minister of Northland Jo Bell"), which is the title's, not the name's. The one reader of it, for the
    /// mention parser (a title before a name in a run of tokens), the person-name splitter (a title written in a name's words)
    /// and the speaker resolution (a run of capitals that the title's "of" opens); each says what must hold around the place.
    /// </summary>
    internal static class TitlePlace
    {
        /// <summary>At most this many words of a place's name after a title's "of" ("of Khyber Pakhtunkhwa", "of Northland").</summary>
        internal const int MaxWords = 3;

        /// <summary>
        /// The end of the longest place of one to <see cref="MaxWords"/> words (and at most <paramref name="room"/>) that starts
        /// at <paramref name="from"/>, whose words (<paramref name="join"/>ed) the country table knows (<see cref="CountryTable.Find"/>)
        /// and around which <paramref name="fits"/> (when given) holds; -1 when there is none.
        /// </summary>
        /// <param name="words">The caller's words (tokens or strings, with what its checks need), passed to its delegates so they capture nothing.</param>
        /// <param name="from">The first word after the title's "of".</param>
        /// <param name="room">How many words the place may take at most, by what must follow it.</param>
        /// <param name="join">Words [from, after) as one string.</param>
        /// <param name="fits">Whether the place [from, after) fits where it stands (its words capitalised, a name after it); asked before the country table.</param>
        internal static int End<T>(T words, int from, int room, Func<T, int, int, string> join, Func<T, int, int, bool>? fits)
        {
            for (int n = Math.Min(MaxWords, room); n >= 1; n--)
            {
                int after = from + n;
                if ((fits == null || fits(words, from, after)) && CountryTable.Find(join(words, from, after)) != null) return after;
            }
            return -1;
        }

        /// <summary>
        /// The country of the place that the tokens [<paramref name="from"/>, <paramref name="to"/>) name whole, one to
        /// <see cref="MaxWords"/> words the country table knows ("Khyber Pakhtunkhwa" after "The Governor of"); null when they name
        /// none, or are none or more words.
        /// </summary>
        internal static Country? Whole(IReadOnlyList<Token> tk, int from, int to)
        {
            if (to <= from || to - from > MaxWords) return null;
            // (words joined by a blank after the first name a place only when the first is the first word of a form of several
            // words, CountryTable.MayOpenForm: most runs of capitals asked, people's names, are answered without a joined string)
            if (to - from >= 2 && tk[from + 1].Start > tk[from].End && !CountryTable.MayOpenForm(tk[from].Text)) return null;
            return CountryTable.Find(MentionParser.Join(tk, from, to));
        }
    }
}
