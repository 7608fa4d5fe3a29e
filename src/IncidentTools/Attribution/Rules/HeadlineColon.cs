using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline or lead line that gives its claim to a source before a colon, written in sentence
    /// case, which <see cref="SpeakerLabel"/> does not take for a headline ("Ortiz: Bridge will reopen
    /// in May", "Harbour board to ferry crews: Keep the timetable", "Poll: Most back the new bridge"):
    /// the first line of the article, one short sentence. The label is a source the story names again
    /// (a person's name), an organisation, a document or a speaker; a rubric ("Update:") is not. The
    /// claim is the writer's wording (Indirect, Mixed with quoted words).
    /// </summary>
    internal sealed class HeadlineColon : IAttributionRule
    {
        /// <summary>At most this many words in the label.</summary>
        private const int LabelWords = 6;

        /// <summary>How many tokens after the colon make a long sentence that reports (a dateline's), not a headline's claim.</summary>
        private const int ClaimTokens = 14;

        public string Name => nameof(HeadlineColon);

        public void Apply(AttributionContext ctx)
        {
            var doc = ctx.Document;
            if (!HeadlineLine.TryRead(ctx, out var p, out int s0, out int s1)) return;
            var tk = p.Tokens;
            if (tk.Count < 3) return;
            int colon = -1;
            for (int i = s0; i < s1 && i - s0 <= LabelWords + 2; i++)
            {
                if (tk[i].Is(":")) { colon = i; break; }
                if (!tk[i].IsWord && !tk[i].Is(".") && !tk[i].Is("-")) return;
            }
            if (colon <= s0 || colon - s0 > LabelWords + 2 || ReportedSpeech.IsCueUsed(ctx, p, colon) || SpeakerLabel.IsRubric(tk, s0, colon)) return;
            int e = s1;
            while (e > colon + 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
            if (e <= colon + 1 || !ReportedSpeech.HasWords(tk, colon + 1, e) && !ReportedSpeech.HasQuote(tk, colon + 1, e)) return;
            // a dateline opens a report ("KESTREL: Divers said on Monday …" in capitals, or a long sentence that
            // reports), a headline gives the claim itself ("Ortiz: No outside influence on the survey emails")
            bool capitals = true;
            for (int i = s0; i < colon; i++)
                if (tk[i].IsWord && (tk[i].Text.Length <= 3 || tk[i].Text.Any(c => char.IsLetter(c) && char.IsLower(c)))) capitals = false;
            if (capitals || e - colon > ClaimTokens)
                for (int i = colon + 1; i < e; i++)
                    if (tk[i].IsLowerWord && tk[i].CueVerb != null) return;

            // the source: the whole label, or its first words before "to"/"at"/"on" and an audience ("Ortiz to ferry crews:")
            var mp = ctx.MentionsFor(p);
            int labelEnd = colon;
            for (int i = s0 + 1; i < colon; i++)
                if (tk[i].Has(WordClass.AudienceLead)) { labelEnd = i; break; }
            var m = mp.Parse(tk, s0, labelEnd, inverted: true);
            Mention? source = m != null && !m.IsPronoun && m.Start == s0 && (m.End == labelEnd || m.Next == labelEnd) ? m : AllCapitalised(tk, s0, labelEnd) ? SpeakerLabel.Capitalised(tk, s0, labelEnd) : null;
            if (source == null || !SpeakerLabel.IsHeadlineSource(source, tk, s0, labelEnd, ctx.LabelNames, doc)) return;
            var a = ReportedSpeech.Make(Name, p, colon + 1, e, colon, colon + 1, source);
            ctx.Add(a);
        }

        private static bool AllCapitalised(IReadOnlyList<Token> tk, int a, int e)
        {
            for (int i = a; i < e; i++)
                if (tk[i].IsWord && !tk[i].IsCapitalized) return false;
            return true;
        }
    }
}
