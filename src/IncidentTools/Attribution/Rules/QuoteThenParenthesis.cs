using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// CLAIM: “The pier was never safe.” (Harbour Board): a whole statement quoted at the start of its paragraph (alone, or
    /// after a label in capitals and a colon), signed by its source in brackets that end the paragraph, as fact checks and
    /// lists of statements write them. The source is a name, an organisation, a document or a person described; "(applause)",
    /// "(both sides)" or a note of the writer's sign nothing. No reporting verb: the source has no cue.
    /// </summary>
    internal sealed class QuoteThenParenthesis : QuotationRule
    {
        public override string Name => nameof(QuoteThenParenthesis);

        /// <summary>At most this many tokens in the brackets: a longer aside is the writer's text, not a signature.</summary>
        private const int SignatureTokens = 8;

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            if (!OpensParagraph(tk, q.Token) || !WholeStatement(ap.Text, q.Span)) return null;
            int open = q.Token + 1;
            if (open >= tk.Count || !tk[open].Is("(")) return null;
            int close = open + 1;
            while (close < tk.Count && !tk[close].Is(")") && close - open <= SignatureTokens) close++;
            if (close >= tk.Count || !tk[close].Is(")") || close == open + 1) return null;
            // the brackets end the paragraph (a full stop after them at most)
            for (int x = close + 1; x < tk.Count; x++)
                if (tk[x].Kind != TokenKind.Punct || tk[x].IsQuote) return null;
            var m = context.MentionsFor(ap).Parse(tk, open + 1, close, inverted: true);
            if (m == null || m.IsPronoun || m.Next != close && m.End != close || !Signs(m)) return null;
            return context.FromMention(Name, q, m);
        }

        /// <summary>True when nothing stands before the quotation in its paragraph but a label in capitals and its colon ("CLAIM:").</summary>
        private static bool OpensParagraph(IReadOnlyList<Token> tk, int quote)
        {
            if (quote == 0) return true;
            if (!tk[quote - 1].Is(":")) return false;
            for (int x = 0; x < quote - 1; x++)
                if (!tk[x].IsWord || !SpeakerLabel.IsAllCaps(tk[x].Text)) return false;
            return quote >= 2;
        }

        /// <summary>True when the quoted words end as a sentence does (".", "!" or "?" before the closing mark).</summary>
        private static bool WholeStatement(string text, QuotationSpan span)
        {
            if (!span.Closed) return false;
            int i = span.TextEnd - 1;
            while (i >= span.TextStart && char.IsWhiteSpace(text[i])) i--;
            return i > span.TextStart && (text[i] == '.' || text[i] == '!' || text[i] == '?');
        }

        /// <summary>A source that can sign a statement: a name, an organisation, a document, or a person or body described.</summary>
        private static bool Signs(Mention m) =>
            m.Kind == MentionKind.Name || m.Kind == MentionKind.Organisation || m.IsDocument || m.IsOrganisationHead ||
            m.Kind == MentionKind.Description && !m.Plural && Lexicon.IsSpeakerNoun(m.Head, out _, out _);
    }
}
