namespace IncidentTools.Text
{
    /// <summary>Separator arrays for <c>string.Split</c>, made once (an array made at every call was a small allocation on hot paths).</summary>
    internal static class Separators
    {
        /// <summary>A blank: what <c>Split(new[] { ' ' }, …)</c> splits on. Not to be changed.</summary>
        public static readonly char[] Blank = { ' ' };

        /// <summary>Blanks, tabs and line breaks: the words of a text that may run over lines.</summary>
        public static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };
    }
}
