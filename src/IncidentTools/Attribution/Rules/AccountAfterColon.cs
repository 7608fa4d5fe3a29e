using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Harbour officials have offered a different version: that the ferry had left before the warning.", "The union has never moved
    /// from its account: that the crane was never inspected.": a sentence whose subject holds, offers or keeps to a noun of one's
    /// telling of events (words.txt own-reading: "account", "version", "reading"; not a noun of words said, as
    /// <see cref="InOwnView.IsAccountAfterBy"/> reads it) right before a colon reports the clause after the colon (after "that",
    /// if it opens so) as the subject's account. The noun is the subject's: owned by a possessive ("its account", "their own
    /// version"), or brought in with "a" or "an" and no negation before it ("have offered a different version"; not "has not
    /// given a version: …"). Not when a verb of denial stands between the subject and the noun ("rejected its version: that …"
    /// is another's account named to be denied, "disputed a version: …"), nor in a question, nor when what follows the colon
    /// opens no clause ("its account: a list of times"). A clause is read as <see cref="ReportedSpeech.OpensClause(System.Collections.Generic.IReadOnlyList{Token}, int)"/>
    /// reads one, by a finite word of the lexicon (an auxiliary or a copula: "had left", "was late"): a bare past tense after the
    /// colon ("that the ferry left early") is not read (recall left for precision: the colon also opens lists and labels).
    /// </summary>
    internal sealed class AccountAfterColon : IAttributionRule
    {
        public string Name => nameof(AccountAfterColon);

        /// <summary>At most this many words (adjectives) between the determiner and the noun ("a different version", "its own account").</summary>
        private const int ModifierWords = 2;

        /// <summary>At most this many tokens between the subject and the determiner ("have, speaking without being named, offered").</summary>
        private const int VerbPhraseReach = 14;

        public void Apply(AttributionContext ctx)
        {
            foreach (var p in ctx.Document.Paragraphs)
            {
                if (p.Section == ParagraphSection.Title) continue;
                var tk = p.Tokens;
                for (int si = 0; si < p.Sentences.Count; si++)
                {
                    var (s0, s1) = p.Sentences[si];
                    if (tk[s1 - 1].Is("?")) continue;
                    for (int c = s0 + 2; c + 2 < s1; c++)
                    {
                        if (!tk[c].Is(":")) continue;
                        var found = AccountAt(ctx, p, s0, s1, c);
                        if (found != null) ctx.Add(found);
                        break;
                    }
                }
            }
        }

        /// <summary>The attribution of the clause after the colon at <paramref name="c"/>, when the words before it end in the subject's noun of telling; null otherwise.</summary>
        private static FoundAttribution? AccountAt(AttributionContext ctx, AnalysedParagraph p, int s0, int s1, int c)
        {
            var tk = p.Tokens;
            int n = c - 1;
            if (!InOwnView.IsAccountAfterBy(tk[n])) return null;
            int d = n - 1;
            while (d > s0 && n - d <= ModifierWords && tk[d].IsLowerWord && !IsDeterminer(tk[d]) && !tk[d].Has(WordTag.Preposition)) d--;
            if (d <= s0 || !IsDeterminer(tk[d])) return null;
            bool indefinite = tk[d].Has(WordClass.IndefiniteArticle);
            var subject = ReportedSpeech.SentenceSubject(ctx.MentionsFor(p), tk, s0, d);
            if (subject == null || subject.End > d || d - subject.End > VerbPhraseReach) return null;
            for (int i = subject.End; i < d; i++)
            {
                var t = tk[i];
                if (t.IsQuote || t.Is(";") || t.Is(":")) return null;
                if (!t.IsLowerWord) continue;
                if (indefinite && t.Has(WordTag.Negation)) return null;
                if (CueLexicon.Verb(t.Lower) is { } verb && verb.Has(VerbTag.Denial)) return null;
            }
            int a = c + 1;
            if (tk[a].IsLowerWord && tk[a].Has(WordGroup.Complementizer)) a++;
            if (a >= s1 || !ReportedSpeech.OpensClause(tk, a)) return null;
            int e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
            if (!ReportedSpeech.IsContent(tk, a, e) || !ReportedSpeech.HasWords(tk, a, e) || ReportedSpeech.IsCueUsed(ctx, p, n)) return null;
            return ReportedSpeech.Make(nameof(AccountAfterColon), p, a, e, n, n + 1, subject);
        }

        /// <summary>"a", "an", or a possessive pronoun ("its", "their", "our": a group's; "his", "her": pronoun-cases.txt).</summary>
        private static bool IsDeterminer(Token t) =>
            t.IsLowerWord && (t.Has(WordClass.IndefiniteArticle) || t.Has(WordClass.CollectivePossessive) || Lexicon.SubjectOfPossessive(t.Lower) != null);
    }
}
