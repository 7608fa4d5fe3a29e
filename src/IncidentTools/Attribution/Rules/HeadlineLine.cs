using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The line the headline rules read (<see cref="HeadlineColon"/>, <see cref="HeadlineCue"/>): the first paragraph of
    /// an article that has more, when its first sentence is short enough to be a headline and it is no letterhead's line.
    /// </summary>
    internal static class HeadlineLine
    {
        /// <summary>At most this many words in a headline's sentence.</summary>
        public const int MaxWords = 25;

        /// <summary>
        /// The first paragraph and the bounds of its first sentence, when the article has another paragraph and that
        /// sentence has at most <see cref="MaxWords"/> words; false otherwise.
        /// </summary>
        public static bool TryRead(AttributionContext ctx, out AnalysedParagraph paragraph, out int s0, out int s1)
        {
            paragraph = null!;
            s0 = s1 = 0;
            var doc = ctx.Document;
            if (doc.Paragraphs.Count < 2) return false;
            var p = doc.Paragraphs[0];
            if (p.Sentences.Count == 0) return false;
            // the first line of a letterhead over a release's name is its issuer's name, no headline ("UNITED STATES CENTRAL
            // COMMAND ¶ Public Affairs ¶ NEWS RELEASE": no "STATES" as a verb)
            if (PressRelease.ReleaseNameUnderLetterhead(doc) > 0) return false;
            (s0, s1) = p.Sentences[0];
            int words = 0;
            for (int i = s0; i < s1; i++)
                if (p.Tokens[i].IsWord && ++words > MaxWords) return false;
            paragraph = p;
            return true;
        }
    }
}
