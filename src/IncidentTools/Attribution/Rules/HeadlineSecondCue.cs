using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline of two verb phrases of one subject, the second set off by a comma with no subject of its own: "Board
    /// rejects pier survey, says divers were ‘never consulted’", "Mayor Reyes Accepts Report, Says Repairs Will Start In May".
    /// The subject opens the headline and its first verb is a verb of the reporting lexicon in its -s form right after it
    /// ("rejects", "calls", "endorses"); the second verb, right after the comma, is a verb of saying or claim in its headline
    /// form (<see cref="HeadlineCue.IsHeadlineVerb"/>: "says", "insists", "warns"), and what it reports runs to the end of the
    /// line: the subject's words, and a quotation in them its words too (Mixed). Not "…, says army chief" (the source after the
    /// verb: a noun phrase that ends the line is no content), nor a comma followed by another subject ("…, Reyes says"). The
    /// subject must be one a headline names as a source (<see cref="SpeakerLabel.IsHeadlineSource"/>).
    /// </summary>
    internal sealed class HeadlineSecondCue : IAttributionRule
    {
        /// <summary>At most this many tokens in the subject before its first verb.</summary>
        private const int SubjectTokens = 6;

        public string Name => nameof(HeadlineSecondCue);

        public void Apply(AttributionContext ctx)
        {
            if (!HeadlineLine.TryRead(ctx, out var p, out int s0, out int s1)) return;
            var tk = p.Tokens;
            // the subject's verb: the first verb in its -s form after the subject's words
            int v1 = -1;
            for (int k = s0 + 1; k < s1 && k - s0 <= SubjectTokens; k++)
            {
                if (!tk[k].IsWord) return;
                if (CueLexicon.Verb(tk[k].Lower) is { Kind: VerbForm.ThirdPerson, Particle: null }) { v1 = k; break; }
            }
            if (v1 < 0) return;
            var mp = ctx.MentionsFor(p);
            var subject = mp.Parse(tk, s0, v1, inverted: true);
            if (subject == null || subject.IsPronoun || subject.Start != s0 || subject.End != v1 && subject.Next != v1) return;
            // the comma that sets off the second verb phrase, before any other mark
            int comma = -1;
            for (int k = v1 + 1; k < s1; k++)
            {
                var t = tk[k];
                if (t.Is(",")) { comma = k; break; }
                if (t.Is(":") || t.Is(";") || t.Is("—") || t.Is("–") || t.Is("--") || t.Is("-")) return;
            }
            int v = comma + 1;
            if (comma < 0 || v >= s1 || !tk[v].IsWord || !HeadlineCue.IsHeadlineVerb(tk[v]) || CueLexicon.Verb(tk[v].Lower)!.Kind != VerbForm.ThirdPerson) return;
            if (ReportedSpeech.IsCueUsed(ctx, p, v)) return;
            int e = s1;
            while (e > v + 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            int c = v + 1;
            if (c < e && tk[c].IsWord && tk[c].Has(WordGroup.Complementizer)) c++;
            if (!ReportedSpeech.IsContent(tk, c, e)) return;
            // "…, says army chief": the source after the verb, no content
            var after = mp.Parse(tk, c, e, inverted: true);
            if (after != null && after.Start == c && (after.End == e || after.Next == e)) return;
            if (!SpeakerLabel.IsHeadlineSource(subject, tk, s0, v1, ctx.LabelNames, ctx.Document)) return;
            ctx.Add(ReportedSpeech.Make(Name, p, c, e, v, v + 1, subject));
        }
    }
}
