using System;
using System.Globalization;
using System.Text;

namespace IncidentTools
{
    /// <summary>
    /// Cell text for the views in Formats/*.format.ps1xml: wrapped at word boundaries, so a table or
    /// list never breaks a word in two. PowerShell wraps a cell at words only when the current
    /// culture's language is English, French, German, Italian, Portuguese or Spanish; in any other
    /// culture (the invariant culture of a C locale among them) it cuts words at the column's edge.
    /// The views call this class so that the text is already in lines that fit.
    /// </summary>
    public static class ViewText
    {
        // PowerShell's own list (StringManipulationHelper.GenerateLines).
        private static readonly string[] WordWrapLanguages = { "en", "fr", "de", "it", "pt", "es" };

        /// <summary>True when PowerShell itself wraps cells at words in the current culture.</summary>
        public static bool HostWrapsWords =>
            Array.IndexOf(WordWrapLanguages, CultureInfo.CurrentCulture.TwoLetterISOLanguageName) >= 0;

        /// <summary>The text of a column of fixed width, in lines of at most that width, broken between words.</summary>
        public static string Column(object? value, int width) => Wrap(value?.ToString(), width);

        /// <summary>
        /// The text of a column that takes what the other columns leave of the line (shared by
        /// <paramref name="sharedBy"/> such columns). Where PowerShell wraps at words itself the text
        /// is left whole, so it fills whatever width the output has; elsewhere it is wrapped here for
        /// the host's line width (<c>$Host.UI.RawUI.BufferSize.Width</c>; 120 when unknown).
        /// </summary>
        public static string Rest(object? value, int lineWidth, int otherColumns, int sharedBy = 1)
        {
            var text = value?.ToString() ?? "";
            if (HostWrapsWords) return text;
            return Wrap(text, RestWidth(lineWidth, otherColumns, sharedBy));
        }

        /// <summary>
        /// The width PowerShell gives a column that shares the rest of a table line: the table is one
        /// character narrower than the line, and the rest is dealt out a character at a time.
        /// </summary>
        public static int RestWidth(int lineWidth, int otherColumns, int sharedBy = 1)
        {
            if (lineWidth <= 0) lineWidth = 120;
            var rest = (lineWidth - 1 - otherColumns) / Math.Max(1, sharedBy);
            return Math.Max(10, rest);
        }

        /// <summary>Greedy word wrap; a word longer than the width is cut into pieces of the width.</summary>
        public static string Wrap(string? text, int width)
        {
            if (string.IsNullOrEmpty(text) || width <= 0) return text ?? "";
            var result = new StringBuilder(text!.Length + 16);
            var paragraphs = text.Replace("\r\n", "\n").Split('\n');
            for (int p = 0; p < paragraphs.Length; p++)
            {
                if (p > 0) result.Append('\n');
                int lineLength = 0;
                foreach (var raw in paragraphs[p].Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = raw;
                    if (lineLength > 0 && lineLength + 1 + word.Length > width)
                    {
                        result.Append('\n');
                        lineLength = 0;
                    }
                    while (word.Length > width)
                    {
                        if (lineLength > 0) { result.Append('\n'); lineLength = 0; }
                        result.Append(word, 0, width).Append('\n');
                        word = word.Substring(width);
                    }
                    if (lineLength > 0) { result.Append(' '); lineLength++; }
                    result.Append(word);
                    lineLength += word.Length;
                }
            }
            return result.ToString();
        }
    }
}
