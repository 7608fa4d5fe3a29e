using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    internal static partial class ReportedSpeech
    {
        /// <summary>"Around that time, 47 percent said": a demonstrative before a word of time is its determiner, not a relative opening a clause.</summary>
        private static bool DemonstrativeBeforeTime(IReadOnlyList<Token> tk, int b, int g) =>
            tk[b].IsLowerWord && tk[b].Has(WordClass.TimeDeictic) && b + 1 < g && tk[b + 1].IsLowerWord && tk[b + 1].Has(WordTag.Time);

        /// <summary>
        /// "That investigation, led by …, found …", "That report found …": a demonstrative that opens the sentence right before a
        /// document's noun is its determiner, not a clause's opener (mid-sentence "said that report was wrong" keeps its "that").
        /// </summary>
        private static bool DemonstrativeBeforeDocument(IReadOnlyList<Token> tk, int b, int s0, int g) =>
            b == s0 && tk[b].IsCapitalized && tk[b].Has(WordClass.SingularDemonstrative) && b + 1 < g && tk[b + 1].IsLowerWord && tk[b + 1].IsDocumentWord;

        /// <summary>A number or a word of share ("47", "most", "half", "two-thirds"): what a share of a group opens with.</summary>
        private static bool IsShareWord(Token t) =>
            t.IsWord && (char.IsDigit(t.Text[0]) || t.Has(WordTag.Proportion) || t.Has(WordClass.Quantifier));

        /// <summary>
        /// A counted share of a group as a subject ("9 percent", "55 percent of all voters", "six in 10", "42%", "a majority
        /// of Republicans"): a word of share (no quantifier: "most", "many") or a percentage before the phrase's "of" (or its end).
        /// </summary>
        public static bool IsShare(IReadOnlyList<Token> tk, Mention m)
        {
            for (int i = m.Start; i < m.End; i++)
            {
                var t = tk[i];
                // "six in 10", "4 in 10", "one in five", "nine out of 10" (whose "of" is the ratio's, not a complement's)
                if (IsRatioAt(tk, i, m.Start, m.End)) return true;
                if (t.IsLowerWord && t.Has(WordGroup.OfComplement)) return false;
                // (a counted share: not a quantifier, "most people", "both surveys")
                if (t.Is("%")) return true;
                if (t.IsWord && t.Has(WordTag.Proportion) && !t.Has(WordClass.PhraseDeterminer | WordClass.Quantifier))
                {
                    // "55 percent", "a majority of", "a third say"; not an ordinal before its noun ("a third one", "a third debate")
                    bool counted = i > m.Start && (char.IsDigit(tk[i - 1].Text[0]) || IsSpelledAmount(tk[i - 1]));
                    return counted || i + 1 >= m.End || tk[i + 1].IsLowerWord && tk[i + 1].Has(WordGroup.OfComplement);
                }
            }
            return false;
        }

        /// <summary>"21 percent", "most voters", "about half": a number or word of share opens the phrase at a, after any words that approximate it.</summary>
        public static bool OpensShare(IReadOnlyList<Token> tk, int a, int e) => a < e && tk[a].IsWord && IsShareWord(tk[ApproximatedStart(tk, a, e)]);

        /// <summary>
        /// "Most voters said “…”", "21 percent said “…”", "only a third of them told …": the plain noun phrase from
        /// <paramref name="a"/> to the verb at <paramref name="g"/> (as reported speech reads a subject the mention grammar does
        /// not know) when it is a counted share of a group, or a group of people (a plural noun of persons) that a word of
        /// share heads; else null. A word of share alone is no such group ("Most said"; "Most reports said", where the verb's
        /// form may be the group's noun).
        /// </summary>
        public static Mention? ShareSubject(IReadOnlyList<Token> tk, int a, int g)
        {
            if (g >= tk.Count || GenericNounPhrase(tk, a, g) is not { } m) return null;
            if (IsShare(tk, m)) return m;
            int lead = ApproximatedStart(tk, m.Start, m.End);
            var first = tk[lead];
            if (!first.IsWord || !first.Has(WordTag.Proportion) || !first.Has(WordClass.Quantifier) || lead + 1 >= m.End) return null;
            // "most voters", "some of the protesters": people, as a noun of persons heads them ("several seconds", "some of the
            // data points" are no group that speaks)
            return tk[m.End - 1].IsSpeakerNoun(out _, out bool plural) && plural ? m : null;
        }

        /// <summary>
        /// "4 in 10", "six in 10", "one in five", "two in three": a ratio joiner at i, inside [start, end), between a count or
        /// share word and a number or a counting word.
        /// </summary>
        /// <remarks>
        /// A joiner of two words ("nine out of 10", words.txt 'ratio-joiner' on "out") ends in its "of": i is that "of", and
        /// the ratio's first term stands before "out" (<see cref="RatioStart"/>).
        /// </remarks>
        private static bool IsRatioAt(IReadOnlyList<Token> tk, int i, int start, int end) =>
            i + 1 < end && IsRatioTerm(tk[i + 1], first: false) && RatioStart(tk, i, start) >= 0;

        /// <summary>
        /// The first term of a ratio whose joiner ends at i ("six" of "six in 10" at "in", "nine" of "nine out of 10" at
        /// "of"), inside the phrase from start; -1 when no ratio's joiner ends at i.
        /// </summary>
        private static int RatioStart(IReadOnlyList<Token> tk, int i, int start)
        {
            if (!tk[i].IsLowerWord) return -1;
            int j = i;
            // "out of": the joiner, then the "of" of its whole
            if (tk[i].Has(WordGroup.OfComplement) && i - 1 > start && tk[i - 1].IsLowerWord && tk[i - 1].Has(WordGroup.RatioJoiner)) j = i - 1;
            else if (!tk[i].Has(WordGroup.RatioJoiner)) return -1;
            return j > start && IsRatioTerm(tk[j - 1], first: true) ? j - 1 : -1;
        }

        /// <summary>
        /// A number spelled out in words ("thirty", "Thirty-one", "twenty-five"): each part of the word is a counting word
        /// (words.txt 'plural' with no share and no determiner but a quantifier's: "two" … "ten", "eleven", "thirty"); a part
        /// after the first may also count one ("one" as an indefinite determiner: "thirty-one").
        /// </summary>
        internal static bool IsSpelledAmount(Token t)
        {
            if (!t.IsWord || !char.IsLetter(t.Text[0])) return false;
            var parts = t.Lower.Split('-');
            for (int k = 0; k < parts.Length; k++)
            {
                var w = parts[k];
                if (w.Length == 0) return false;
                bool counting = Lexicon.Is(w, WordTag.Plural) && !Lexicon.Is(w, WordTag.Proportion) && !Lexicon.Is(w, WordGroup.Multitude) &&
                                (!Lexicon.Is(w, WordTag.Determiner) || Lexicon.Is(w, WordClass.Quantifier));
                bool one = k > 0 && Lexicon.Is(w, WordTag.Indefinite) && Lexicon.Is(w, WordTag.Determiner) && !Lexicon.Is(w, WordTag.Proportion);
                if (!counting && !one) return false;
            }
            return true;
        }

        /// <summary>
        /// A term of a ratio: a number, or a counting word ("five", "ten"); its first term may also be a word of share or an
        /// indefinite counting word ("one in five", "several in 10").
        /// </summary>
        private static bool IsRatioTerm(Token t, bool first) =>
            t.IsWord && (char.IsDigit(t.Text[0]) || t.Has(WordClass.Quantifier) || first && (IsShareWord(t) || t.Has(WordTag.Indefinite) && t.Has(WordTag.Determiner)));

        /// <summary>
        /// "…, while 9 percent said it was a deterrent", "…; 26 percent of Democrats say …", "…, but 55 percent say …": a
        /// counted share of a group whose clause is joined to the one before it (after a comma or a semicolon) reports a
        /// finding of its own beside the one before it, not a part of what that one reports.
        /// </summary>
        public static bool ShareBesideShare(IReadOnlyList<Token> tk, Subject subject)
        {
            if (!subject.Generic || !IsShare(tk, subject.Mention)) return false;
            int o = subject.OpenerIndex;
            if (o < 1) return false;
            // (not after a colon: "… noted that more immigrants buy into it: 70 percent believe …" spells out the report before it)
            if (tk[o].Is(";")) return true;
            return tk[o].IsLowerWord && tk[o - 1].Is(",") && (tk[o].Has(WordTag.Subordinator) || tk[o].Has(WordClass.ClauseCoordinator));
        }
    }
}
