using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A headline in title case that reports: a source in capitalised words, a verb of saying, stance or
    /// judgement in its headline form (-s or past: "Says", "Tells", "Slams", "Endorsed"), then what it
    /// reports ("Harbour Board Says Ferries Will Resume In May", "Mayor Ortiz Slams Bridge Contractor").
    /// The first line of the article, one short sentence; after a colon the label is a rubric ("Update:")
    /// or the story's own subject, and the source starts after it. The source must be one the story
    /// names again or an organisation, a document or a speaker noun (<see cref="SpeakerLabel.IsHeadlineSource"/>),
    /// so that a headline of events ("Storm Hits Coast") gives nothing.
    /// </summary>
    internal sealed class HeadlineCue : IAttributionRule
    {
        /// <summary>At most this many words in the source.</summary>
        private const int SourceWords = 6;

        public string Name => nameof(HeadlineCue);

        public void Apply(AttributionContext ctx)
        {
            var doc = ctx.Document;
            if (!HeadlineLine.TryRead(ctx, out var p, out int s0, out int s1)) return;
            var tk = p.Tokens;
            if (tk.Count < 4 || p.Sentences.Count != 1) return;
            // the source starts the line, or follows its last colon or dash before the verb
            int a = s0;
            for (int v = s0 + 1; v < s1 && v - a <= SourceWords; v++)
            {
                var t = tk[v];
                if (t.Is(":") || t.Is("—") || t.Is("–")) { a = v + 1; continue; }
                if (!t.IsWord) return;
                if (!t.IsCapitalized) return;            // title case throughout the source and the verb
                if (v == a || !IsHeadlineVerb(t) || ReportedSpeech.IsCueUsed(ctx, p, v)) continue;
                if (!SourceWordsOnly(tk, a, v)) return;
                // "Ortiz Accused Of Lying", "Plan Slammed By Divers": a past form before "of" or "by" is a passive, its subject no source
                if (CueLexicon.Verb(t.Lower)!.Kind == VerbForm.Past && v + 1 < s1 && tk[v + 1].IsWord && tk[v + 1].Has(WordGroup.PassiveComplement)) return;
                int e = s1;
                while (e > v + 1 && tk[e - 1].Kind == TokenKind.Punct && !tk[e - 1].Is(")")) e--;
                int c = v + 1;
                if (c < e && tk[c].IsWord && tk[c].Has(WordGroup.Complementizer)) c++;
                if (!ReportedSpeech.IsContent(tk, c, e)) return;
                var m = ctx.MentionsFor(p).Parse(tk, a, v, inverted: true);
                var source = m != null && !m.IsPronoun && m.Start == a && (m.End == v || m.Next == v) ? m : SpeakerLabel.Capitalised(tk, a, v);
                if (source == null || !SpeakerLabel.IsHeadlineSource(source, tk, a, v, ctx.LabelNames, doc)) return;
                ctx.Add(ReportedSpeech.Make(Name, p, c, e, v, v + 1, source));
                return;
            }
        }

        /// <summary>"Says", "Tells", "Slams", "Endorsed": a capitalised -s or past form of a verb of saying, stance or judgement.</summary>
        internal static bool IsHeadlineVerb(Token t)
        {
            var entry = CueLexicon.Verb(t.Lower);
            if (entry == null || entry.Particle != null || !entry.IsSpeech && !entry.Has(VerbTag.Claim)) return false;
            return entry.Kind == VerbForm.ThirdPerson || entry.Kind == VerbForm.Past && !entry.ParticipleOnly;
        }

        /// <summary>The words before the verb can name a source: capitalised words (a possessive, initials, a number) and no opener ("Why", "How", "After").</summary>
        private static bool SourceWordsOnly(System.Collections.Generic.IReadOnlyList<Token> tk, int a, int v)
        {
            for (int i = a; i < v; i++)
            {
                var t = tk[i];
                if (t.Is(".") || t.Is("-")) continue;
                if (!t.IsWord || !t.IsCapitalized) return false;
                if (t.Has(WordTag.Opener) || t.Has(WordTag.IntroPhrase) || CueLexicon.Verb(t.Lower) != null) return false;
            }
            return true;
        }
    }
}
