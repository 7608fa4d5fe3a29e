using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A noun of findings right before a participle of what findings show or find is that participle's source: "in the wake of
    /// a new survey showing support down to 14 percent", "…, with the new survey finding that 45 percent …", "cited polling
    /// data showing that …". The noun phrase (its head a
    /// plural or mass noun of findings, words.txt findings, or a document of findings, organisation-words.txt findings: "poll",
    /// "survey", "records") is the source whatever stands before it (a preposition, a comma, "with"); the participle (a verb
    /// that a document takes as its subject and that is no verb of saying or of a stance: "showing", "finding") the cue; the
    /// clause or object it takes the content. Not a person's participle ("voters showing up", "a crowd showing signs of …"), nor
    /// a head of another noun ("the boat show", "a strong showing"), nor an object that marks the verb's other sense, nor a
    /// phrase of place or time after it ("the poll showing at the fair"). The mention grammar reads the noun phrase: a
    /// singular head ("a new poll", "polling data"); it reads no bare plural of findings before a participle ("with recent
    /// polls showing …" stays open).
    /// </summary>
    internal sealed class FindingsParticiple : IAttributionRule
    {
        public string Name => nameof(FindingsParticiple);

        /// <summary>The most words of the noun phrase before its head ("a new Washington Post poll showing").</summary>
        private const int ModifierReach = 5;

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                foreach (var (s0, s1) in p.Sentences)
                {
                    for (int k = s0 + 1; k < s1; k++)
                    {
                        var entry = ReportedSpeech.EntryAt(tk, k, s1, out int end);
                        if (entry == null || !ShowsFindings(entry) || !ReportedSpeech.IsFindingsHead(tk[k - 1]) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                        if (FindingsBefore(ctx.MentionsFor(p), tk, s0, k) is not { } source) continue;
                        if (Participial.ContentAfter(ctx, p, entry, k, end, s1) is not { } content) continue;
                        // "the poll showing at the fair", "results showing on the screen": a place or a time after the participle is
                        // where something is shown, nothing found
                        if (tk[content.Start].IsLowerWord && tk[content.Start].Has(WordTag.Preposition) && !tk[content.Start].Has(WordGroup.Complementizer)) continue;
                        if (!ReportedSpeech.Suits(tk, new VerbCue(entry, k, end, k), new Subject(source, s0, -1), content.Start)) continue;
                        ctx.Add(ReportedSpeech.Make(Name, p, content.Start, content.End, k, end, source));
                    }
                }
            }
        }

        /// <summary>The participle of a verb whose subject may be a document and that is no verb of saying or of a stance ("showing", "finding").</summary>
        private static bool ShowsFindings(CueVerb entry) =>
            entry.Kind == VerbForm.Gerund && entry.Has(VerbTag.Document) && !entry.IsSpeech && !entry.Has(VerbTag.Stance) && entry.Particle == null;

        /// <summary>
        /// The noun phrase that ends right before the participle at k: the longest one the mention grammar reads from a word no
        /// more than <see cref="ModifierReach"/> words before its head, not across a preposition, a finite word, a coordinator
        /// or a mark ("with recent polls", "of a new survey"); null for a pronoun or none.
        /// </summary>
        private static Mention? FindingsBefore(MentionParser mp, IReadOnlyList<Token> tk, int s0, int k)
        {
            Mention? found = null;
            for (int j = k - 1; j >= s0 && k - 1 - j <= ModifierReach; j--)
            {
                var t = tk[j];
                if (!t.IsWord || j < k - 1 && t.IsLowerWord && t.Has(WordTag.Preposition | WordTag.Finite | WordTag.Opener)) break;
                if (mp.Parse(tk, j, k, inverted: false) is { } m && m.End == k && !m.IsPronoun) found = m;
            }
            return found;
        }
    }
}
