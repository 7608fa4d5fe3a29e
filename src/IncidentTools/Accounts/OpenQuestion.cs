using System;
using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// OpenQuestion: a source whose words leave a question's very point open takes no position on it, whatever cues its words
    /// also hold. The words are the question's <c>open:</c> phrases in the manifest (<see cref="QuestionDefinition.Open"/>, in
    /// the cue syntax): "troops had asked for air support after taking fire, but would not say from where the fire had come"
    /// holds the cue "taking fire" and the phrase "not say * where the fire*", and says nothing of who fired first.
    /// <list type="bullet">
    /// <item>The claim keeps its speaker, its words and the question; its <see cref="IncidentClaim.Position"/> is empty and its
    /// <see cref="IncidentClaim.PositionCue"/> gives the words that left the point open, so a user sees why.</item>
    /// <item>A phrase counts where it is said: not in a clause asked or supposed ("if it is unclear who fired first", "asked
    /// whether it was known who fired first"; <see cref="Negation.IsOpen"/>, <see cref="Negation.IsClaimAskedAbout"/>).</item>
    /// <item>What another source of the same side is reported as saying inside those words is left open too
    /// (<see cref="Reported"/>): "GEN. X: The forces on the ground reported that they were taking fire. From where the fire
    /// came is exactly what the investigation has to find out." The forces' "taking fire" takes no position either.</item>
    /// <item>A source's refusal to say, which is no claim of its own ("… said the patrol came under fire, but she would not
    /// say where the fire had come from"; a negated or refused cue), leaves the question open for what the same speaker says
    /// in that paragraph.</item>
    /// </list>
    /// A manifest without <c>open:</c> phrases compiles none, and nothing changes.
    /// </summary>
    internal static class OpenQuestion
    {
        /// <summary>True when an open phrase at <paramref name="start"/> (a paragraph offset) is said, not asked or supposed.</summary>
        public static bool Said(IReadOnlyList<Token> words, int start, AccountLexicon lexicon) =>
            !Negation.IsOpen(words, start, lexicon) && !Negation.IsClaimAskedAbout(words, start, lexicon);

        /// <summary>
        /// Where a source's words leave a question's point open, and the claim they gave: the extent of those words in the
        /// document (0-based offsets into the file's text) and the words of the open phrase.
        /// </summary>
        internal readonly struct Extent
        {
            public Extent(string question, string? party, int from, int to, string words, int claim, string? speaker = null)
            {
                Question = question;
                Party = party;
                From = from;
                To = to;
                Words = words;
                Claim = claim;
                Speaker = speaker;
            }

            /// <summary>For a refusal to say (no claim of its own, <see cref="Claim"/> -1), its speaker: only what that speaker says is left open.</summary>
            public string? Speaker { get; }

            public string Question { get; }
            public string? Party { get; }
            public int From { get; }
            public int To { get; }
            public string Words { get; }

            /// <summary>The index, in the document's claims, of the claim these words gave; -1 for a refusal to say.</summary>
            public int Claim { get; }
        }

        /// <summary>
        /// A claim on the question whose content lies inside the words of a source of its side that leave the question open
        /// (<paramref name="extents"/>), or in the paragraph of its own speaker's refusal to say, loses its position and takes the open words as its <see cref="IncidentClaim.PositionCue"/>,
        /// as that source's own claim did.
        /// </summary>
        public static void Reported(List<IncidentClaim> claims, List<Extent> extents)
        {
            // a claim left open here leaves open in turn what is reported inside its content ("she would not say …" of Berg's
            // "Northern soldiers reported that they came under fire"): until no claim changes
            for (bool changed = true; changed;)
            {
                changed = false;
                for (int j = 0; j < claims.Count; j++)
                {
                    var c = claims[j];
                    if (c.Position == null) continue;
                    for (int x = 0; x < extents.Count; x++)
                    {
                        var e = extents[x];
                        if (e.Claim == j || !string.Equals(c.Question, e.Question, StringComparison.Ordinal) || !string.Equals(c.Party, e.Party, StringComparison.Ordinal) ||
                            c.ContentStart < e.From || c.ContentStart + c.ContentLength > e.To) continue;
                        if (e.Claim < 0 && (e.Speaker == null || !string.Equals(c.Speaker, e.Speaker, StringComparison.Ordinal))) continue;
                        claims[j] = c.LeftOpen(e.Words);
                        extents.Add(new Extent(e.Question, e.Party, c.ContentStart, c.ContentStart + c.ContentLength, e.Words, j));
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}
