using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// “The pier will not last,” said Ada Lund, the harbour master. Unless the council acts, “it will fall into the sea
    /// by spring.”: a quotation woven into the writer's sentence right after the sentence of a person's quoted statement, in
    /// the same paragraph, goes on in that person's voice (a mixed quotation) when its sentence reports no one else: no
    /// verb of saying, no colon before it, no subject that names someone else ("Reyes was blunt: “…”", "Reyes wants “…”"),
    /// and no other source for a quotation of its own. A quotation of fewer than <see cref="StatementWords"/> words
    /// ("the “at-large” delegates") is the writer's term, and a name or a title no one's words.
    /// <see cref="NextSentenceQuote"/> reads the quotation that is its sentence by itself, <see cref="ConnectedQuote"/>
    /// one after a connective alone.
    /// </summary>
    internal sealed class MixedContinuation : IContinuationRule
    {
        /// <summary>
        /// The fewest words of a quotation that go on in the speaker's voice: a statement or a clause of it ("this new
        /// in-your-face journalism"); one to three quoted words in a writer's sentence are as often a term the writer marks
        /// ("the “at-large” delegates", "the “Gang of Eight”") as anyone's.
        /// </summary>
        public const int StatementWords = 4;

        public string Name => nameof(MixedContinuation);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            if (previous == null || q.Sentence != previous.Sentence + 1) return null;
            var prev = context.AttributionOf(previous);
            var speaker = prev?.Root.Source;
            // the speaker holds the floor with words of their own: a whole quoted statement of one person
            if (prev == null || speaker == null || !MentionFacts.IsOnePerson(speaker) || context.Facts(previous).Kind != QuoteKind.Direct) return null;
            var f = context.Facts(q);
            if (f.Named || f.TitleLike || QuotationFacts.WordsUpTo(q.Text, StatementWords) < StatementWords) return null;
            // "“…,” Lund said, and her husband cut in.": another speaker has the turn
            if (NextSentenceQuote.AnotherTurn(context, previous) != null) return null;
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var (s, e) = ap.Sentences[q.Sentence];
            // "Reyes had a reply: “…”": what a colon introduces is the sentence's own subject's
            if (q.Token > s && tk[q.Token - 1].Is(":")) return null;
            for (int x = s; x < e; x++)
            {
                var t = tk[x];
                // "Reyes called it “…”", "…, which Reyes thinks …": a verb of saying brings in a source of the sentence's own
                if (!t.IsQuote && t.IsWord && t.CueVerb != null) return null;
            }
            foreach (var other in context.Document.QuotationsOf(ap))
                if (other.Sentence == q.Sentence && context.AttributionOf(other) is { } a && a.Root != prev.Root) return null;
            var subject = context.SubjectOf(ap, q.Sentence);
            if (subject != null && subject.Start < q.Token && !SpeakerOrThing(subject, speaker)) return null;
            if (context.Facts(previous).Kind == QuoteKind.Direct && q.Token == s && QuotationFacts.StartsUpper(q.Text)) f.Kind = QuoteKind.Direct;
            return context.Continuing(Name, q, prev);
        }

        /// <summary>
        /// The subject of the quotation's sentence brings in no one else: the speaker again ("he", "Lund"), a thing ("it",
        /// "the levy"); not another person, a body or a group ("Reyes", "the council", "they", "we").
        /// </summary>
        private static bool SpeakerOrThing(Mention subject, Mention speaker)
        {
            if (MentionFacts.MaySamePerson(subject, speaker)) return true;
            switch (subject.Kind)
            {
                case MentionKind.Pronoun:
                    return Lexicon.Is(subject.Determiner, WordGroup.ThingPronoun);
                case MentionKind.Description:
                    return !subject.Plural && !subject.IsOrganisationHead && !Lexicon.IsPersonOrBodyWord(subject.Head);
                default:
                    return false;
            }
        }
    }
}
