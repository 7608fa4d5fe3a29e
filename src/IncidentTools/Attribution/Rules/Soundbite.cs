using System.Collections.Generic;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// A broadcast or video script's line that names whose recorded words come next ("SOT: MAJ. GEN. ANN COLE, ARMY
    /// SPOKESWOMAN", "3. SOUNDBITE (English) Ann Cole, army spokeswoman:"): the quotation that opens the next paragraph, or
    /// follows the line's closing colon, is that speaker's. The line is a shot number at most, the cue word
    /// (<see cref="Lexicon.IsSoundbiteCue"/>), notes in brackets ("(English)"), a colon at most, then the speaker: a name or
    /// a description, a role after a comma, and nothing else (no verb: "SOT: the crowd chants" is a line of the writer's).
    /// A label in capitals is read as a name is written ("MAJ. GEN. ANN COLE, ARMY SPOKESWOMAN" as "Maj. Gen. Ann Cole, Army
    /// Spokeswoman"), and one speaker noun alone as a description ("PROTESTER" as "protester").
    /// </summary>
    internal sealed class Soundbite : IContinuationRule
    {
        /// <summary>At most this many words in a note in brackets after the cue or the speaker ("(English)", "(NO NAME GIVEN)").</summary>
        private const int NoteWords = 3;

        /// <summary>At most this many tokens in the speaker and role after the cue ("Ann Cole, a spokeswoman for the army").</summary>
        private const int LabelTokens = 16;

        public string Name => nameof(Soundbite);

        public FoundAttribution? Continue(AttributionContext context, QuotationRef q, QuotationRef? previous)
        {
            var ap = q.Paragraph;
            AnalysedParagraph lp;
            int lineEnd;
            if (q.Token == 0 && ap.Index > 0)
            {
                lp = context.Document.Paragraphs[ap.Index - 1];
                if (lp.Section != ap.Section) return null;
                lineEnd = lp.Tokens.Count;
            }
            else if (q.Token > 0 && ap.Tokens[q.Token - 1].Is(":"))
            {
                lp = ap;
                lineEnd = q.Token;
            }
            else return null;
            var tk = lp.Tokens;
            int cue = CueAt(tk, lineEnd);
            if (cue < 0) return null;
            int a = PastNotes(tk, cue + 1, lineEnd);
            if (a < lineEnd && tk[a].Is(":")) a++;
            int e = lineEnd;
            if (e > a && tk[e - 1].Is(":")) e--;
            if (e > a && tk[e - 1].Is(")") && NoteStart(tk, a, e - 1) is int note && note > a) e = note;
            if (e <= a || e - a > LabelTokens) return null;
            var speaker = Speaker(context, lp, a, e, out var tokens);
            if (speaker == null) return null;
            return context.FromClause(Name, q, new Clause(speaker, new CueMatch(tk[cue].Text, cue, cue + 1, null), CuePlace.Before), lp, tokens);
        }

        /// <summary>The cue word at the line's start (after a shot number, "3."), when the line ends at <paramref name="end"/> with no quotation before it; else -1.</summary>
        private static int CueAt(IReadOnlyList<Token> tk, int end)
        {
            int i = 0;
            if (i + 1 < end && tk[i].IsDigits && tk[i + 1].Is(".")) i += 2;
            if (i >= end || !tk[i].IsWord || !Lexicon.IsSoundbiteCue(tk[i].Lower)) return -1;
            for (int x = i + 1; x < end; x++)
                if (tk[x].IsQuote) return -1;
            return i;
        }

        /// <summary>Past notes in brackets of at most <see cref="NoteWords"/> words from <paramref name="i"/> ("(English)", "(RECORDED)").</summary>
        private static int PastNotes(IReadOnlyList<Token> tk, int i, int end)
        {
            while (i < end && tk[i].Is("("))
            {
                int c = i + 1;
                while (c < end && c - i - 1 <= NoteWords && tk[c].IsWord) c++;
                if (c >= end || !tk[c].Is(")") || c == i + 1) return i;
                i = c + 1;
            }
            return i;
        }

        /// <summary>The opening bracket of a note of at most <see cref="NoteWords"/> words that closes at <paramref name="close"/>, after <paramref name="a"/>; else -1.</summary>
        private static int NoteStart(IReadOnlyList<Token> tk, int a, int close)
        {
            for (int o = close - 1; o > a && close - o - 1 <= NoteWords; o--)
            {
                if (tk[o].Is("(")) return o;
                if (!tk[o].IsWord) return -1;
            }
            return -1;
        }

        /// <summary>
        /// The speaker the words [a, e) of the line name, read by the mention grammar in the line's own text, with a label in
        /// capitals written as a name is ("MAJ. GEN. ANN COLE, ARMY SPOKESWOMAN" as "Maj. Gen. Ann Cole, Army Spokeswoman"): a
        /// name, or a description of one person; null when the words are anything else (a clause, a place, a pronoun).
        /// </summary>
        private static Mention? Speaker(AttributionContext context, AnalysedParagraph lp, int a, int e, out IReadOnlyList<Token> tokens)
        {
            IReadOnlyList<Token> tk = lp.Tokens;
            tokens = tk;
            bool capitals = true;
            for (int i = a; i < e && capitals; i++)
                if (tk[i].IsWord && tk[i].Text.ToUpperInvariant() != tk[i].Text) capitals = false;
            if (capitals)
            {
                // the same text with the label's words in the case a name is written in, capitalised, one speaker noun alone
                // in lower case (offsets unchanged: each word keeps its length)
                var chars = lp.Text.ToCharArray();
                for (int i = a; i < e; i++)
                {
                    var t = tk[i];
                    if (!t.IsWord) continue;
                    var lower = t.Lower;
                    var written = e - a == 1 && Lexicon.IsSpeakerNoun(lower, out _, out _) ? lower : Casing.TitleCaseName(t.Text);
                    written.CopyTo(0, chars, t.Start, written.Length);
                }
                var text = new string(chars);
                int from = tk[a].Start, to = tk[e - 1].End;
                tokens = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                tk = tokens;
                // (the tokens of the words as written may fall otherwise: "MAJ" and "." are one abbreviation "Maj.")
                a = 0;
                while (a < tk.Count && tk[a].Start < from) a++;
                e = a;
                while (e < tk.Count && tk[e].End <= to) e++;
                if (e <= a) return null;
            }
            var m = context.MentionsFor(lp).Parse(tk, a, e, inverted: true);
            if (m == null || m.IsPronoun || m.Kind != MentionKind.Name && m.Kind != MentionKind.Description || m.Kind == MentionKind.Description && m.Plural) return null;
            // the whole label is the speaker and a role after it, with no verb of its own
            if (System.Math.Max(m.Next, m.End) < e && !tk[System.Math.Max(m.Next, m.End)].Is(",")) return null;
            return m;
        }
    }
}
