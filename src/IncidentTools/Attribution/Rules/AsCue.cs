using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "As X said, …" and "…, as X noted.": a clause of "as" with a subject and a cue verb and
    /// nothing after the verb but its addressee, time or setting ("…, as X said on Monday"); the content is the main clause.
    /// </summary>
    internal sealed class AsCue : IAttributionRule
    {
        public string Name => nameof(AsCue);

        public void Apply(AttributionContext ctx)
        {
            // (from one cue word to the next: at any other token no finite verb is read)
            foreach (var (p, s0, s1, k) in ReportedSpeech.BodyCueWords(ctx, 0))
            {
                var tk = p.Tokens;
                var cue = ReportedSpeech.FiniteVerbAt(tk, k, s0, s1);
                if (cue == null || !cue.Entry.IsSpeech && !cue.Entry.Has(VerbTag.Thought) || ReportedSpeech.IsCueUsed(ctx, p, k)) continue;
                var subject = ReportedSpeech.SubjectBefore(ctx.MentionsFor(p), tk, s0, cue.GroupStart);
                if (subject == null || subject.OpenerIndex < s0 || !tk[subject.OpenerIndex].Has(WordGroup.AsLink)) continue;
                int opener = subject.OpenerIndex;
                // "As X said, …" opens the sentence; "…, as X noted" follows a comma ("as enthusiastically as our models indicate" compares)
                if (ReportedSpeech.SkipConnective(tk, s0, opener) != opener && !tk[opener - 1].Is(",") &&
                    !(tk[opener - 1].IsQuote && QuotationFacts.EndsWithComma(tk[opener - 1].Text))) continue;
                int after = cue.End;
                // "…, as X said on Monday.", "the race is “a dead heat,” as X said on the radio, …": after the verb only its
                // addressee, its time and setting; then only where the clause closes the sentence or follows the quoted words it
                // attributes ("As X joked with a friend at the table, …", "given that, as the paper reported on Monday, he …" tell
                // when, or attribute what follows)
                if (after < s1 && !tk[after].Is(",") && !tk[after].Is("."))
                {
                    if (ReportedSpeech.SkipConnective(tk, s0, opener) == opener || !ReportedSpeech.TailOfAttribution(tk, cue.Entry, after, s1, out int past)) continue;
                    if (!tk[opener - 1].IsQuote && ReportedSpeech.HasWords(tk, past, s1)) continue;
                    after = past;
                }
                int a, e;
                if (ReportedSpeech.SkipConnective(tk, s0, opener) == opener && after < s1 && tk[after].Is(","))
                {
                    a = after + 1;                                                      // "As X said, …"
                    e = ReportedSpeech.ContentEndAfter(tk, a, s1, false);
                }
                else
                {
                    a = ReportedSpeech.SkipConnective(tk, s0, opener);                   // "…, as X noted."
                    e = opener;
                    while (e > a && tk[e - 1].Kind == TokenKind.Punct) e--;
                }
                if (!ReportedSpeech.IsContent(tk, a, e) || !ReportedSpeech.HasWords(tk, a, e)) continue;
                ctx.Add(ReportedSpeech.Make(Name, p, a, e, cue.Verb, cue.End, subject.Mention));
                    }
        }
    }
}
