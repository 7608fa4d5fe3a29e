using System;

namespace IncidentTools.Text
{
    /// <summary>
    /// The regular -s ending of English, the plural of a noun ("critics", "Americans") and the present of a verb after one
    /// person ("says", "trains"), which a word shows alike: the one place that spells it, for the code that tests a word for
    /// it or takes it off. Not a word in -ss ("press", "congress", "discuss"), whose s is its own.
    /// </summary>
    internal static class Inflection
    {
        /// <summary>True when the word (in lower case) ends in a single s: "critics", "says"; not "press", "access".</summary>
        public static bool EndsInS(string lower) =>
            lower.EndsWith("s", StringComparison.Ordinal) && !lower.EndsWith("ss", StringComparison.Ordinal);

        /// <summary>The noun without its plural ending: "parties" → "party", "critics" → "critic"; the word itself when it has none.</summary>
        public static string Singular(string lower)
        {
            if (lower.EndsWith("ies", StringComparison.Ordinal)) return lower.Substring(0, lower.Length - 3) + "y";
            return EndsInS(lower) ? lower.Substring(0, lower.Length - 1) : lower;
        }
    }
}
