using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// Reported speech whose cue is a noun of saying aimed at a target: "Ada Lund's attacks on the harbour board drew
    /// applause", "the mayor was blunt in her criticism of the levy". The noun (aimed-nouns.txt, with the prepositions that
    /// open its target) is owned by a possessive that <see cref="StatementNoun.Owner"/> reads (a name, a description of a
    /// person or body, not a thing's; "his" or "her" only after a preposition of the clause, "was blunt in her critique of",
    /// where it stands for the clause's subject: not "its" nor "their", nor a pronoun that opens the sentence); the owner is the source, the noun the cue, and the
    /// target after the preposition, the noun phrase up to where a clause or a verb starts, the content: what the owner spoke
    /// against; not a target of force ("Musa's attack on the guard": sense-objects.txt). The noun phrase stands where <see cref="OwnedStatement"/> takes its own: as the sentence's subject, after
    /// "be" or after a preposition; not as another verb's object ("the council condemned Lund's attacks on the board"), nor
    /// inside another's report ("Reyes said Lund's attacks on the board were unfair"). Quotations in the target are left as
    /// the quotation rules decided them.
    /// </summary>
    internal sealed class AimedStatement : IAttributionRule
    {
        public string Name => nameof(AimedStatement);

        /// <summary>How many tokens the target may run at most ("Vermont Sen. Bernie Sanders' vote in favor of a law").</summary>
        private const int TargetReach = 12;

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int n = s0 + 1; n + 2 < s1; n++)
                    {
                        // (the preposition asked first: a few words compared in place, where the noun's look-up hashes every word)
                        if (!tk[n].IsLowerWord || !tk[n + 1].IsLowerWord || !Lexicon.IsAimedPreposition(tk[n + 1].Lower) ||
                            !(Lexicon.AimedNounBase(tk[n].Lower, tk[n + 1].Lower) is { } noun)) continue;
                        var source = StatementNoun.Owner(tk, n - 1, s0);
                        if (source == null || ReportedSpeech.IsCueUsed(ctx, p, n)) continue;
                        int a = n + 2, e = TargetEnd(tk, a, s1);
                        if (e <= a || !ReportedSpeech.HasWords(tk, a, e) || OfForce(tk, a, e, noun)) continue;
                        int phrase = source.Start;
                        bool afterPreposition = OwnedStatement.AfterPreposition(tk, phrase, s0);
                        if (!afterPreposition && !OwnedStatement.InSubjectSlot(tk, phrase, s0)) continue;
                        // a possessive pronoun only after a preposition of the clause ("Lund was blunt in her critique of …"), where it
                        // stands for the clause's subject, and only "his" or "her": one that opens the sentence ("His attacks on …")
                        // reaches back to an earlier sentence, and "their" to a group, for owners the resolver often misses
                        if (source.IsPronoun && (!afterPreposition || tk[source.Start].Has(WordGroup.GroupPossessive))) continue;
                        // "Reyes said Lund's attacks on the board were unfair": the noun phrase is part of another's report
                        if (StatementNoun.ReportedByAnother(tk, s0, s1, phrase, n) || OwnedStatement.InAnotherReport(ctx, p, n, a, e)) continue;
                        var found = ReportedSpeech.Make(Name, p, a, e, n, n + 1, source);
                        found.CoversInnerQuotations = false;
                        ctx.Add(found);
                    }
                }
            }
        }

        /// <summary>
        /// True when a word of the target [<paramref name="a"/>, <paramref name="e"/>) is one that marks the verb's sense of force
        /// (sense-objects.txt: "attack on the guard", "attacks on the convoy"): an assault, not words.
        /// </summary>
        private static bool OfForce(IReadOnlyList<Token> tk, int a, int e, string noun)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsLowerWord && Lexicon.IsSenseObject(noun, tk[i].Lower)) return true;
            return false;
        }

        /// <summary>
        /// The end of the target that starts at <paramref name="a"/>: names, words and quoted words up to a mark of
        /// punctuation, a word that opens a clause or is a finite verb ("are", "has", "that", "which", "as"), a cue verb, a
        /// past form after a word of the phrase ("drew", "angered") or a subject pronoun; -1 when it opens with a day ("attacks on Monday") or runs past <see cref="TargetReach"/> with no such end.
        /// </summary>
        private static int TargetEnd(IReadOnlyList<Token> tk, int a, int s1)
        {
            // "her attacks on Monday": a day is when the attacks came, no target
            if (tk[a].IsWord && tk[a].Has(WordTag.Calendar)) return -1;
            int i = a;
            for (; i < s1 && i - a <= TargetReach; i++)
            {
                var t = tk[i];
                if (t.IsQuote) continue;
                if (!t.IsWord)
                {
                    if (t.Is("-") || t.Is("&") || t.Is("'") || t.Is("’") || t.Is("/")) continue;
                    return i;
                }
                if (!t.IsLowerWord) continue;
                if (t.Has(WordTag.Finite | WordTag.ClauseBreak | WordTag.Relative | WordTag.Subordinator | WordTag.Opener) || t.Has(WordClass.SubjectPronoun)) return i;
                if (i > a && ReportedSpeech.FiniteVerbAt(tk, i, a, s1) != null) return i;
                // "her criticism of the timetable drew applause": a past form after a word of the phrase (not its determiner:
                // "the proposed levy") is the sentence's verb
                if (i > a && ReportedSpeech.IsPastVerbForm(t) && tk[i - 1].IsWord && !tk[i - 1].Has(WordTag.Determiner) && !CueLexicon.IsLyAdverb(tk[i - 1])) return i;
            }
            return i < s1 && i - a > TargetReach ? -1 : i;
        }
    }
}
