using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The attribution right after the quotation: “…,” he said / “…,” said the minister / “…,” Jo Bell,
    /// the port's director, told reporters / “…,” according to the ministry; “… missing.” Trump said. (a
    /// sentence of nothing but the source and its cue right after a quotation that closed its own); “… a battle of niches” Grubbs
    /// said. (a statement of four words or more that opens its sentence, the writer's comma left out: a name or pronoun and its verb).
    /// </summary>
    internal sealed class QuoteThenCue : QuotationRule
    {
        public override string Name => nameof(QuoteThenCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var clauses = context.ClausesFor(q.Paragraph);
            var clause = clauses.FindAfter(TokensOf(q), q.Token, SentenceOf(q).End);
            // “… the emails that are missing.” Trump said.: the attribution as a sentence of its own
            if (clause == null && SentenceOf(q).End == q.Token + 1 && q.Sentence + 1 < q.Paragraph.Sentences.Count)
            {
                var (s, e) = q.Paragraph.Sentences[q.Sentence + 1];
                clause = clauses.FindAloneAfter(TokensOf(q), q.Token, s, e);
            }
            // “… a battle of niches” Grubbs said.: a statement that opens its sentence, the writer's comma left out
            if (clause == null && q.Token == SentenceOf(q).Start && !context.Facts(q).TitleLike && WordCount(q.Text) >= MinWordsWithoutComma)
                clause = clauses.FindAfterWithoutComma(TokensOf(q), q.Token, SentenceOf(q).End);
            return From(context, q, clause);
        }

        /// <summary>How many words a quotation needs for a name after it, with no comma between, to be its source (fewer may be a title: “Frozen” director Jo Bell).</summary>
        private const int MinWordsWithoutComma = 4;

        /// <summary>The words of the text between blanks (' '): what Split(' ', RemoveEmptyEntries) counts, without making them.</summary>
        private static int WordCount(string text)
        {
            int words = 0;
            for (int i = 0; i < text.Length; i++)
                if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
            return words;
        }
    }
}
