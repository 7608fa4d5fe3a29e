namespace IncidentTools.Text
{
    /// <summary>The 32-bit FNV-1a hash of characters, for the project's own hash tables (<see cref="WordSet"/>, the names of the files read).</summary>
    internal static class Fnv1a
    {
        /// <summary>The hash of no character, where a hash starts.</summary>
        public const uint Basis = 2166136261;

        /// <summary>The hash <paramref name="h"/> with one more character.</summary>
        public static uint Add(uint h, char c) => unchecked((h ^ c) * 16777619);

        /// <summary>The hash of text[start..start+length).</summary>
        public static uint Of(string text, int start, int length)
        {
            uint h = Basis;
            for (int i = start; i < start + length; i++) h = Add(h, text[i]);
            return h;
        }
    }
}
