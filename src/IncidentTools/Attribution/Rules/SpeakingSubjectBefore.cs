using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Reyes kept up his criticism of the board. / “The pumps will not last another winter.”": a paragraph that
    /// opens with a whole statement standing alone, after a paragraph whose last sentence has one person as its
    /// subject and a verb of speech or judgement (and no quotation but a name or a title), is that person's words; the paragraph-break
    /// form of <see cref="SpeakingSubject"/>. The statement's paragraph attributes none of its quotations itself.
    /// </summary>
    internal sealed class SpeakingSubjectBefore : IContinuationRule
    {
        public string Name => nameof(SpeakingSubjectBefore);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var f = context.Facts(q);
            var ap = q.Paragraph;
            if (q.Token != 0 || ap.Index == 0 || !f.StandsAlone || f.Kind != QuoteKind.Direct) return null;
            var pp = context.Document.Paragraphs[ap.Index - 1];
            if (pp.Section != ap.Section || pp.Sentences.Count == 0) return null;
            foreach (var x in context.Document.QuotationsOf(ap))
                if (context.IsAttributed(x)) return null;
            int si = pp.Sentences.Count - 1;
            var (s, e) = pp.Sentences[si];
            var tk = pp.Tokens;
            // (a quotation the rules set aside as a name or a title is no words of another: "He said the actor chose the years
            // known as “the Troubles.” ¶ “…”" is still his)
            foreach (var x in context.Document.QuotationsOf(pp))
                if (x.Token >= s && x.Token < e && !IsNameOrTitle(context.ExcludedBy(x))) return null;
            var subject = context.SubjectOf(pp, si);
            // the verb right after the subject ("Rather, he said, …": no aside between, where a sentence adverb reads as a name)
            if (subject == null || !MentionFacts.IsOnePerson(subject) || subject.Next >= e || !tk[subject.Next].IsLowerWord) return null;
            var cue = context.MentionsFor(pp).ParseCue(tk, subject.Next, e, allowAdverbs: true);
            if (cue?.Verb == null || !(cue.Verb.States || cue.Verb.Has(VerbTag.Naming | VerbTag.Judgement))) return null;
            for (int x = subject.End; x < cue.Start; x++)
                if (!tk[x].IsWord) return null;
            return context.FromClause(Name, q, new Clause(subject, cue, CuePlace.Before), pp);
        }

        private static bool IsNameOrTitle(string? excludedBy) => excludedBy is nameof(NamedQuotation) or nameof(TitleQuotation);
    }
}
