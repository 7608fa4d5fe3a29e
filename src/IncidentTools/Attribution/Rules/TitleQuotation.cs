using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A quotation that reads like a title (“Tidewater Nights”, “Miss Piggy”: a few capitalised words,
    /// no sentence) and has no attribution of its own right after it is a title or a name, nobody's words;
    /// except a closed sentence standing alone right after the sentence of an attributed statement of its
    /// paragraph ("“… to do that,” said Wilson. “That’s Jeb Bush and Marco Rubio.”"), which the speaker goes on with;
    /// and a slogan cried right after a verb of a cry ("chanting “Dump Trump”", "with marchers chanting “…”"), which is words said.
    /// </summary>
    internal sealed class TitleQuotation : QuotationRule
    {
        public override string Name => nameof(TitleQuotation);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var f = context.Facts(q);
            if (f.TitleLike && !GoesOn(context, q, f) && !Cried(q) && !CriedWith(context, q)) context.Exclude(q, Name);
            return null;
        }

        /// <summary>
        /// "The march went on, with hundreds of marchers chanting “We Are Harbor Town”": in the absolute construction of
        /// "with", a noun phrase and its participle of a cry right before the quotation, the slogan is the phrase's words
        /// (<see cref="WithParticiple"/> gives them to it), not a title.
        /// </summary>
        private static bool CriedWith(AttributionContext context, QuotationRef q)
        {
            var tk = TokensOf(q);
            int v = Clauses.BeforeIntroducingMark(tk, q.Token, -1);
            if (v < 0 || !(tk[v].CueVerb is { } verb) || !verb.Has(VerbTag.Outcry)) return false;
            var clause = context.ClausesFor(q.Paragraph).WithParticipleBefore(tk, q.Token, SentenceOf(q).Start);
            return clause != null && clause.Cue.Start == v;
        }

        /// <summary>
        /// "protesters marched, chanting “Dump Trump”", "Others shouted: “Stop the Cuts!”": a quotation right after a verb
        /// of a cry raised aloud (a comma or colon between; a participle after a comma) is words said, a slogan however
        /// much it reads like a title.
        /// </summary>
        private static bool Cried(QuotationRef q)
        {
            var tk = q.Paragraph.Tokens;
            int v = Clauses.BeforeIntroducingMark(tk, q.Token, -1);
            // "their chants of “Ted! Ted!”": the noun of a cry, then its "of"
            if (q.Token >= 2 && CriedWords.IsCryNounOf(tk, q.Token - 2)) return true;
            if (v < 0 || !tk[v].IsLowerWord || !(tk[v].CueVerb is { } verb) || !(verb.Has(VerbTag.Outcry) || Exclaimed(q, verb))) return false;
            // "running after a deckhand yelling, ‘COME BACK’": a participle right after a noun may be the narrator's as well
            // as the noun's; only one after a comma hangs on its clause's subject (", chanting “…”"), or one joined to such a
            // participle (", holding signs and chanting “…”")
            return !verb.IsParticiple || v >= 1 && (tk[v - 1].Is(",") || Clauses.JoinedToParticiple(tk, v - 1));
        }

        /// <summary>
        /// "She declared “What a Super Tuesday!”": an exclamation right after a verb of speech that introduces quotations is
        /// words cried out, not a title.
        /// </summary>
        private static bool Exclaimed(QuotationRef q, ReportingVerb verb) =>
            verb.Has(VerbTag.Speech) && verb.Has(VerbTag.Before) && Tokenizer.FinalMark(q.Text) == '!';

        private static bool GoesOn(AttributionContext context, QuotationRef q, QuotationFacts f)
        {
            if (!f.StandsAlone || q.Index == 0 || !EndsSentence(q.Text)) return false;
            var previous = context.Document.Quotations[q.Index - 1];
            return previous.Paragraph == q.Paragraph && previous.Sentence == q.Sentence - 1 &&
                   context.IsAttributed(previous) && context.Facts(previous).Kind == QuoteKind.Direct;
        }

        /// <summary>The quoted words end a sentence: a full stop, a question or an exclamation mark (an ellipsis leaves it open).</summary>
        private static bool EndsSentence(string text) => Tokenizer.FinalMark(text) is '.' or '!' or '?';
    }
}
