using System.Collections.Generic;
using IncidentTools.Text;
namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The attribution right after the quotation: “…,” he said / “…,” said the minister / “…,” Jo Bell,
    /// the port's director, told reporters / “…,” according to the ministry; “… missing.” Trump said. (a
    /// sentence of nothing but the source and its cue right after a quotation that closed its own); “… a battle of niches” Grubbs
    /// said. (a statement of four words or more that opens its sentence, the writer's comma left out: a name or pronoun and its verb).
    /// Not the capitalised clause after a statement that ends on its own "!" or "?" and that a verb of speech right before it
    /// introduces, "…, telling him, “We need you!” He replied that …": that clause opens the writer's next sentence.
    /// After a statement that ends on its own "!" or "?", the next sentence when it opens with a name the mention grammar reads
    /// (with its description in apposition) and the verb right after it: “… Scott!” Scott's niece, Jo Price, shouted.
    /// </summary>
    internal sealed class QuoteThenCue : QuotationRule
    {
        public override string Name => nameof(QuoteThenCue);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var clauses = context.ClausesFor(q.Paragraph);
            var clause = clauses.FindAfter(TokensOf(q), q.Token, SentenceOf(q).End);
            if (clause != null && NextSentenceAfterIntroduced(TokensOf(q), q.Token, SentenceOf(q).Start)) return null;
            if (clause != null && TakesClauseOfItsOwn(TokensOf(q), clause, SentenceOf(q).End)) return null;
            // “… the emails that are missing.” Trump said.: the attribution as a sentence of its own
            if (clause == null && SentenceOf(q).End == q.Token + 1 && q.Sentence + 1 < q.Paragraph.Sentences.Count)
            {
                var (s, e) = q.Paragraph.Sentences[q.Sentence + 1];
                clause = clauses.FindAloneAfter(TokensOf(q), q.Token, s, e);
                // “… Bobby Scott!” Scott's niece, state Del. Jo Price (D-Newport News), shouted to the crowd: a "!" or "?" inside the
                // marks closed the writer's sentence before a named speaker (with a description in apposition) and its verb
                if (clause == null && s == q.Token + 1 && Tokenizer.FinalMark(TokensOf(q)[q.Token].Text) is '!' or '?' &&
                    clauses.FindAfter(TokensOf(q), q.Token, e) is { } named && named.Mention.Kind == MentionKind.Name &&
                    named.Mention.Start == s && named.Cue.Start == named.Mention.Next &&
                    !TakesClauseOfItsOwn(TokensOf(q), named, e))
                    clause = named;
            }
            // “… a battle of niches” Grubbs said.: a statement that opens its sentence, the writer's comma left out
            if (clause == null && q.Token == SentenceOf(q).Start && !context.Facts(q).TitleLike && WordCount(q.Text) >= MinWordsWithoutComma)
                clause = clauses.FindAfterWithoutComma(TokensOf(q), q.Token, SentenceOf(q).End);
            return From(context, q, clause);
        }

        /// <summary>
        /// How many tokens may stand between the verb of speech that introduces a quotation and the comma or colon before it:
        /// its object and a time ("telling him,", "told reporters Friday:"), as <see cref="CueBeforeQuote"/>'s close pass reads.
        /// </summary>
        private const int IntroducingReach = 3;

        /// <summary>
        /// "…, telling him, “We need you!” He replied …": the quotation at <paramref name="q"/> ends a statement on "!" or "?",
        /// the word after it is capitalised (no comma or dash between), and a verb of speech at most
        /// <see cref="IntroducingReach"/> tokens before the comma or colon right before it introduces it.
        /// </summary>
        private static bool NextSentenceAfterIntroduced(IReadOnlyList<Token> tk, int q, int start)
        {
            if (Tokenizer.FinalMark(tk[q].Text) is not ('!' or '?')) return false;
            if (q + 1 >= tk.Count || !tk[q + 1].IsWord || !tk[q + 1].IsCapitalized) return false;
            int v = Clauses.BeforeIntroducingMark(tk, q, start);
            if (v == q - 1) return false;
            for (int k = v; k >= start && v - k < IntroducingReach; k--)
                if (tk[k].IsLowerWord && tk[k].CueVerb is { } verb && verb.States && verb.Use != CueUse.After) return true;
            return false;
        }

        /// <summary>
        /// "Asked about “the crisis,” he said he saw none.", "… from “classical Marxism,” she said that …": the verb after the
        /// quotation takes a clause of its own (a "that" that opens a clause, or a subject pronoun and its words right after the
        /// verb), so the quotation is not what it reports but a phrase of the clause before. Only a subject before its verb: "“…,”
        /// said Jo Bell, who …" inverts, and "“…,” she said that day" or "she said that herself" keep a determiner or pro-form.
        /// </summary>
        private static bool TakesClauseOfItsOwn(IReadOnlyList<Token> tk, Clause clause, int end)
        {
            if (clause.Mention.Start > clause.Cue.Start || clause.Cue.Verb == null) return false;
            int k = clause.Cue.End;
            // "told reporters that …", "told him she …": past one addressee
            if (clause.Cue.Verb.TakesAddressee && k + 2 < end && tk[k].IsWord && !tk[k].Has(WordGroup.Complementizer) &&
                (tk[k].Has(WordTag.ObjectPronoun) || tk[k].IsSpeakerNoun(out _, out _))) k++;
            if (k + 1 >= end || !tk[k].IsLowerWord) return false;
            // "said that, under the plan, …": "that" and an aside before its clause
            if (tk[k].Has(WordGroup.Complementizer) && tk[k + 1].Is(",")) return true;
            if (!tk[k + 1].IsWord) return false;
            if (tk[k].Has(WordGroup.Complementizer))
                return !(tk[k + 1].Has(WordTag.Calendar) || tk[k + 1].Has(WordTag.Time)) && !ReportedSpeech.IsDeterminerOfLoneNoun(tk, k, end);
            return CueLexicon.IsSubjectPronounNotIt(tk[k]) && tk[k + 1].IsLowerWord;
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
