using System.Collections.Generic;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// A line of a file: its 1-based number and where it stands in the decoded text (offset and length, no line break).
    /// No string of its own: the parser cuts the text it keeps, trimmed, once.
    /// </summary>
    internal readonly struct SourceLine
    {
        public SourceLine(int number, int start, int length)
        {
            Number = number;
            Start = start;
            Length = length;
        }

        public int Number { get; }
        public int Start { get; }
        public int Length { get; }
        public int End => Start + Length;

        /// <summary>
        /// Splits text into lines the way Get-Content does: at "\r\n", "\n" or a lone "\r".
        /// </summary>
        public static List<SourceLine> Split(string text)
        {
            // Sized once: one more line than the line feeds (a lone "\r" ends a line too, rarely).
            int breaks = 0;
            for (int at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) breaks++;
            var lines = new List<SourceLine>(breaks + 1);
            // each line break found by one search (vectorised where the runtime has spans), not a test of every character
            int start = 0, number = 1;
            for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = text.IndexOfAny(LineBreaks, start))
            {
                lines.Add(new SourceLine(number++, start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            if (start < text.Length) lines.Add(new SourceLine(number, start, text.Length - start));
            return lines;
        }

        /// <summary>The characters that end a line ("\r\n" is one break, found at its "\r").</summary>
        private static readonly char[] LineBreaks = { '\n', '\r' };
    }
}
