using System.Collections.Generic;
using IncidentTools.Attribution;
using IncidentTools.Text;

namespace IncidentTools.Accounts
{
    /// <summary>
    /// "… said the inquiry into the shelling had been held without them and could not be accepted as the last word": a
    /// predicate after "and" with no subject of its own shares the subject of its clause. When that subject is a document of
    /// findings ("the inquiry", "the American report"; organisation-words.txt 'findings', or a part of one such as "its
    /// findings", document-parts.txt), the predicate is read as if the document's head stood right before it ("inquiry could
    /// not be accepted"), so that a cue joining findings to what is said of them meets them. Only where the subject is beyond
    /// doubt:
    /// <list type="bullet">
    /// <item>the clause opens right after the attribution's own cue (or its "that"), and the document's head is among its first
    /// <see cref="HeadWords"/> words, with no verb before it;</item>
    /// <item>between that head and the "and", the clause's own first predicate (a finite verb), and no mark, clause word
    /// ("that", "which", "because"), reporting verb or other document, which could give the predicate after "and"
    /// another subject;</item>
    /// <item>the word right after "and" is a finite verb, an auxiliary or a modal ("and could not", "and has"): the predicate
    /// has no subject of its own.</item>
    /// </list>
    /// </summary>
    internal static class SharedSubject
    {
        /// <summary>The most words from the clause's start to its subject's head ("the first American military inquiry").</summary>
        private const int HeadWords = 4;

        /// <summary>The most words from the subject's head to the "and" of the shared predicate.</summary>
        private const int PredicateWords = 16;

        /// <summary>
        /// Where the predicate that shares a document of findings as its subject starts in [<paramref name="from"/>,
        /// <paramref name="to"/>) (paragraph offsets), with the document's head to read before it (an insertion: the length is
        /// 0); null when there is none, as the class says.
        /// </summary>
        public static FindingsPronoun.Antecedent? In(FoundAttribution a, IReadOnlyList<Token> words, int from, int to, AccountLexicon lexicon)
        {
            var p = a.Paragraph;
            if (a.Root.Cue is not { } c || a.Root.SourceParagraph != p) return null;
            int cueEnd = c.End - p.Start;
            if (cueEnd < from || cueEnd >= to) return null;
            int k = Negation.IndexAt(words, cueEnd);
            if (k < 0) return null;
            if (words[k].IsWord && words[k].Has(WordGroup.Complementizer)) k++;
            // the subject's head among the clause's first words
            int head = -1;
            for (int j = k, n = 0; j < words.Count && n < HeadWords && words[j].Start < to; j++)
            {
                var t = words[j];
                if (!t.IsWord) return null;
                n++;
                if (t.IsLowerWord && IsFindings(t)) { head = j; break; }
                if (t.Has(WordTag.Finite) || lexicon.ReportingVerb(t.Lower) != null) return null;
            }
            if (head < 0) return null;
            // on to the "and" after the clause's first predicate
            bool predicate = false;
            for (int j = head + 1, n = 0; j + 1 < words.Count && n < PredicateWords && words[j].Start < to; j++)
            {
                var t = words[j];
                if (!t.IsWord) return null;
                n++;
                if (t.Has(WordGroup.Additive))
                {
                    var next = words[j + 1];
                    if (!predicate || next.Start >= to || !OpensFinite(next)) return null;
                    return new FindingsPronoun.Antecedent(next.Start, 0, words[head].Lower + " ");
                }
                if (t.Has(WordGroup.Complementizer) || t.Has(WordTag.ClauseBreak | WordTag.Relative) || lexicon.ScopeEnds.Contains(t.Lower) ||
                    t.Has(WordClass.Contrast) || lexicon.ReportingVerb(t.Lower) != null || IsFindings(t)) return null;
                if (t.IsLowerWord && t.Has(WordTag.Finite)) predicate = true;
            }
            return null;
        }

        /// <summary>
        /// The end (paragraph offset) of a predicate that opens at <paramref name="at"/> with "and" and a finite verb, an auxiliary
        /// or a modal ("and could not be accepted as the last word"): the next mark or <paramref name="sentenceEnd"/>; -1 when no
        /// such predicate opens there. (An attribution's content ends before it: "and could …" may be the speaker's own verb.)
        /// </summary>
        public static int PredicateEnd(IReadOnlyList<Token> words, int at, int sentenceEnd)
        {
            int k = Negation.IndexAt(words, at);
            if (k < 0 || k + 1 >= words.Count || !words[k].IsWord || !words[k].Has(WordGroup.Additive) || !OpensFinite(words[k + 1]) || words[k + 1].Start >= sentenceEnd) return -1;
            int end = words[k + 1].End;
            for (int j = k + 2; j < words.Count && words[j].Start < sentenceEnd && words[j].IsWord; j++) end = words[j].End;
            return end;
        }

        /// <summary>A finite verb, an auxiliary or a modal as written in lower case, not "be" or "been" (which a shared auxiliary governs).</summary>
        private static bool OpensFinite(Token next) =>
            next.IsWord && next.IsLowerWord && next.Has(WordTag.Finite) && !(next.Has(WordClass.Be) && !next.Has(WordClass.FiniteBe));

        /// <summary>A document of findings ("report", "inquiry") or a plural part of one ("findings", "conclusions").</summary>
        private static bool IsFindings(Token t) =>
            t.IsDocumentWord && Lexicon.IsOrganisationWord(t.Lower, OrganisationWordTag.Findings) || Lexicon.IsDocumentPart(t.Lower);
    }
}
