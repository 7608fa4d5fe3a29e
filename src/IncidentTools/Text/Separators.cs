namespace IncidentTools.Text
{
    /// <summary>Separator arrays for <c>string.Split</c>, made once (an array made at every call was a small allocation on hot paths).</summary>
    internal static class Separators
    {
        /// <summary>A blank: what <c>Split(new[] { ' ' }, …)</c> splits on. Not to be changed.</summary>
        public static readonly char[] Blank = { ' ' };
    }
}
