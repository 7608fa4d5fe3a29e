using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Hewitt writes:" ending a paragraph, then a paragraph of the writer's words set off without quotation marks
    /// (a block quotation as pages render it): the paragraph is the statement of the subject of the introduction.
    /// The introduction is the one <see cref="ColonIntroduction"/> reads (a reporting verb and its subject just before
    /// the colon; its sentence holds no quotation); the paragraph after it opens with no quotation (that one is
    /// <see cref="ColonIntroduction"/>'s), holds a statement (two words or more, ending as a sentence ends) and is no
    /// labelled item of a list ("Voter turnout: …"); an embedded post's markup around it is left out (a post needs no
    /// final stop). Only the one paragraph: what follows it may be the writer's again.
    /// </summary>
    internal sealed class IntroducedParagraph : IAttributionRule
    {
        /// <summary>The most tokens before the colon of a label that opens a list item ("Voter turnout:").</summary>
        private const int LabelTokens = 4;

        public string Name => nameof(IntroducedParagraph);

        public void Apply(AttributionContext context)
        {
            var paragraphs = context.Document.Paragraphs;
            for (int i = 1; i < paragraphs.Count; i++)
            {
                var p = paragraphs[i];
                var pp = paragraphs[i - 1];
                if (p.Section != ParagraphSection.Body || pp.Section != p.Section || pp.Sentences.Count == 0 || p.Sentences.Count == 0) continue;
                var tk = p.Tokens;
                // an embedded post's markup around the words ("<post id=\"…\">…</post>") is no part of them
                int from = SignedPost.AfterOpeningMarkup(tk), to = SignedPost.BeforeClosingMarkup(tk);
                if (to == tk.Count || !tk[to].Is("<")) to = tk.Count;
                if (to - from < 2 || tk[from].Kind == TokenKind.Quote || IsLabelled(tk, from) || !ReportedSpeech.HasWords(tk, from, to)) continue;
                if (from == 0 && !EndsStatement(tk)) continue;
                var clause = Introduction(context, pp);
                if (clause == null) continue;
                var a = new FoundAttribution(Name, p, ReportedSpeech.HasQuote(tk, from, to) ? AttributionKind.Mixed : AttributionKind.Indirect,
                    TextSpan.FromTo(p.Start + tk[from].Start, p.Start + tk[to - 1].End));
                AttributionContext.SetClause(a, clause, CuePlace.Before, pp, pp.Tokens);
                context.Add(a);
            }
        }

        /// <summary>The introduction that ends the paragraph ("He wrote:"), its sentence holding no quotation; or null.</summary>
        private static Clause? Introduction(AttributionContext context, AnalysedParagraph pp)
        {
            int last = pp.Sentences.Count - 1;
            foreach (var x in context.Document.QuotationsOf(pp))
                if (x.Sentence >= last) return null;
            var (s, e) = pp.Sentences[last];
            return context.ClausesFor(pp).ColonIntroduction(pp.Tokens, s, e);
        }

        /// <summary>A list item's label: a few words, then a colon, at the paragraph's start ("Voter turnout: …").</summary>
        private static bool IsLabelled(IReadOnlyList<Token> tk, int from)
        {
            for (int i = from; i < tk.Count && i - from <= LabelTokens; i++)
            {
                if (tk[i].Is(":")) return true;
                if (!tk[i].IsWord) return false;
            }
            return false;
        }

        /// <summary>The paragraph ends as a sentence does (a full stop, question or exclamation mark, an ellipsis, perhaps inside a closing mark or bracket).</summary>
        private static bool EndsStatement(IReadOnlyList<Token> tk)
        {
            for (int i = tk.Count - 1; i >= 0; i--)
            {
                var t = tk[i];
                if (t.Is(")") || t.Is("]")) continue;
                if (t.Kind == TokenKind.Quote) return Tokenizer.EndsStatement(t.Text);
                return t.Is(".") || t.Is("?") || t.Is("!") || t.Is("…") || t.Is("...");
            }
            return false;
        }
    }
}
