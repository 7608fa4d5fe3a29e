using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A noun of findings right before a participle of what findings show or find is that participle's source: "in the wake of
    /// a new survey showing support down to 14 percent", "…, with recent polls showing a tightening of the race", "Despite
    /// polls showing her well behind, …", "poring over polling data showing that …". The noun phrase (its head a
    /// plural or mass noun of findings, words.txt findings, or a document of findings, organisation-words.txt findings: "poll",
    /// "survey", "records"), after a preposition, is the source; the participle (a verb that a document takes as its subject
    /// and that is no verb of saying or of a stance: "showing", "finding") the cue; the clause or object it takes, up to the
    /// phrase's comma, the content. Not a person's participle ("voters showing up"), nor a head of another noun ("the boat
    /// show", "a strong showing"), nor an object that marks the verb's other sense, nor a phrase of place or time after it
    /// ("the poll showing at the fair"), nor a noun phrase with no preposition before it, which may be the sentence's subject
    /// ("the latest polls showing him second are wrong").
    /// </summary>
    internal sealed class FindingsParticiple : IAttributionRule
    {
        public string Name => nameof(FindingsParticiple);

        /// <summary>The most words of the noun phrase before its head ("a new Washington Post poll showing").</summary>
        private const int ModifierReach = 5;

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no entry is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 1))
            {
                var tk = p.Tokens;
                var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                if (entry == null || !ShowsFindings(entry) || !ReportedSpeech.IsFindingsHead(tk[k - 1]) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                if (FindingsBefore(ctx.MentionsFor(p), tk, s0, k, out int first) is not { } source || !AfterPreposition(tk, s0, first)) continue;
                if (Participial.ContentAfter(ctx, p, entry, k, end, s1) is not { } content) continue;
                // "the poll showing at the fair", "results showing on the screen": a place or a time after the participle is
                // where something is shown, nothing found
                if (tk[content.Start].IsLowerWord && tk[content.Start].Has(WordTag.Preposition) && !tk[content.Start].Has(WordGroup.Complementizer)) continue;
                Participial.AddPhraseReport(ctx, Name, p, entry, k, end, source, s0, content);
                    }
        }

        /// <summary>
        /// True when a preposition, or a word that opens an introductory phrase (words.txt intro-phrase: "despite", "amid"), stands
        /// right before the words read for the noun phrase, from <paramref name="first"/> (not "and", which words.txt tags a
        /// preposition too: "his debate performance and polls showing a mash-up give him …" is the sentence's subject) ("with recent polls", "despite polls", "in the wake
        /// of a new poll", "poring over polling data"): the noun and its participle make a phrase that ends at its comma, no subject of
        /// the sentence's verb ("the latest polls showing him second are wrong", "polls showing a mash-up give him an opening": what
        /// the participle takes runs into that verb's predicate, which the words do not mark).
        /// </summary>
        internal static bool AfterPreposition(IReadOnlyList<Token> tk, int s0, int first) =>
            first - 1 >= s0 && tk[first - 1].IsWord && tk[first - 1].Has(WordTag.Preposition | WordTag.IntroPhrase) && !tk[first - 1].Has(WordClass.Coordinator);

        /// <summary>The participle of a verb whose subject may be a document and that is no verb of saying or of a stance ("showing", "finding").</summary>
        private static bool ShowsFindings(CueVerb entry) =>
            entry.Kind == VerbForm.Gerund && entry.Has(VerbTag.Document) && !entry.IsSpeech && !entry.Has(VerbTag.Stance) && entry.Particle == null;

        /// <summary>
        /// The noun phrase that ends right before the participle at k: the longest one the mention grammar reads from a word no
        /// more than <see cref="ModifierReach"/> words before its head, not across a preposition, a finite word, a clause opener
        /// or a mark ("of a new survey"); else the longest plain noun phrase there that it does not read ("with recent polls":
        /// "polls", <see cref="ReportedSpeech.GenericNounPhrase"/>); null for a pronoun or none. <paramref name="first"/> is the
        /// first word read (after the preposition, when one stops the reading).
        /// </summary>
        private static Mention? FindingsBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int k, out int first)
        {
            Mention? found = null;
            first = k;
            for (int j = k - 1; j >= s0 && k - 1 - j <= ModifierReach; j--)
            {
                var t = tk[j];
                // (a capitalised preposition opens the sentence: "Despite polls showing …", "With polls showing …")
                if (!t.IsWord || j < k - 1 && (t.IsLowerWord || j == s0) && t.Has(WordTag.Preposition | WordTag.IntroPhrase | WordTag.Finite | WordTag.Opener)) break;
                first = j;
                if (mp.Parse(tk, j, k, inverted: false) is { } m && m.End == k && !m.IsPronoun) found = m;
            }
            for (int j = first; found == null && j < k; j++)
                found = ReportedSpeech.GenericNounPhrase(tk, j, k);
            return found;
        }
    }
}
