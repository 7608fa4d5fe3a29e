using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// "Jo Bell: “The pier will hold.”", "Here's Jo Bell in 1992: “…”": a person's name of two words or more
    /// right before the colon that introduces a whole statement, with no reporting verb before it in its
    /// sentence (or after a dash that sets the name off: "Pollsters agree - Jo Bell: “…”"); a newsletter's
    /// or a blog's way of quoting. Runs before the rules that look for a subject and a verb.
    /// </summary>
    internal sealed class NameColonQuote : QuotationRule
    {
        public override string Name => nameof(NameColonQuote);

        protected override FoundAttribution? Decide(AttributionContext context, QuotationRef q)
        {
            var ap = q.Paragraph;
            var tk = ap.Tokens;
            var (s, _) = SentenceOf(q);
            int colon = q.Token - 1;
            if (colon <= s || !tk[colon].Is(":") || context.Facts(q).Kind != QuoteKind.Direct) return null;
            // no reporting verb before the name, unless a dash sets the name off ("Pollsters agree - Jo Bell: “…”")
            int from = s;
            for (int x = colon - 1; x > s; x--)
                if (tk[x].Kind == TokenKind.Punct && (tk[x].Text == "-" || tk[x].Text == "—" || tk[x].Text == "―" || tk[x].Text == "–")) { from = x + 1; break; }
            for (int x = from; x < colon; x++)
                if (tk[x].IsWord && Lexicon.AnyVerb(tk[x].Lower) != null) return null;
            // the name ends at the colon, or before a short "in 1992" / "on Monday"
            int end = colon;
            for (int y = colon - 1; y > s && colon - y <= 3; y--)
                if (tk[y].IsWord && Lexicon.Is(tk[y].Lower, WordClass.PlaceOrTimeLead)) { end = y; break; }
            var parser = context.MentionsFor(ap);
            for (int x = System.Math.Max(from, end - 6); x < end; x++)
            {
                if (!tk[x].IsCapitalized) continue;
                var m = parser.Parse(tk, x, end, inverted: true);
                if (m != null && m.Kind == MentionKind.Name && m.Next == end && (m.Name ?? m.Text).IndexOf(' ') > 0)
                    return context.FromMention(Name, q, m);
            }
            return null;
        }
    }
}
