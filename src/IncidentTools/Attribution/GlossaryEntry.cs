using System.Collections.Generic;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;

namespace IncidentTools.Attribution
{
    /// <summary>
    /// An entry of a who's-who, glossary or profile list: a paragraph headed by a person's full name and post, set off by a
    /// dash ("Gen. Ada Lund, Northern Command — Appointed the inquiry and endorsed its findings."). The entry's sentences are about its head: a sentence with no
    /// subject of its own ("Told reporters that …") and a "he", "she" or "his" in it stand for that person. Read only where
    /// the document has <see cref="EntriesInGuide"/> such paragraphs or more (a guide's entries, not one sentence's dash).
    /// </summary>
    internal sealed class GlossaryEntry
    {
        private GlossaryEntry(Mention head, int bodyStart)
        {
            Head = head;
            BodyStart = bodyStart;
        }

        /// <summary>The mention of the entry's head (the person's name, with the title before it).</summary>
        public Mention Head { get; }

        /// <summary>The first token after the dash that ends the head.</summary>
        public int BodyStart { get; }

        /// <summary>At least this many paragraphs of a document open as entries before any is read as one.</summary>
        private const int EntriesInGuide = 2;

        /// <summary>At most this many tokens in an entry's head, the name and its post, before the dash.</summary>
        private const int HeadTokens = 16;

        /// <summary>
        /// The entries of the document by paragraph index; empty when it has fewer than <see cref="EntriesInGuide"/>. A head is a
        /// person's name of two words or more in ordinary case (a transcript's label is in capitals) that opens a body paragraph,
        /// then a comma or bracket and its post with no quotation, finite verb or full stop, then the dash, then a capitalised word.
        /// </summary>
        public static Dictionary<int, GlossaryEntry> Of(AnalysedDocument document, MentionParser mp)
        {
            var entries = new Dictionary<int, GlossaryEntry>();
            foreach (var p in document.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body || p.Sentences.Count == 0) continue;
                if (Read(p, mp) is { } entry) entries[p.Index] = entry;
            }
            return entries.Count >= EntriesInGuide ? entries : new Dictionary<int, GlossaryEntry>();
        }

        private static GlossaryEntry? Read(AnalysedParagraph p, MentionParser mp)
        {
            var tk = p.Tokens;
            if (tk.Count < 3 || !tk[0].IsCapitalized || SpeakerLabel.IsAllCaps(tk[0].Text)) return null;
            int d = -1;
            int s1 = p.Sentences[0].End;
            for (int i = 1; i < tk.Count && i <= HeadTokens && i < s1; i++)
            {
                var t = tk[i];
                if (t.IsQuote) return null;
                if (ReportedSpeech.IsDash(t)) { d = i; break; }
                if (t.Is(".") || t.Is(";") || t.Is(":")) return null;
                if (t.IsLowerWord && t.Has(WordTag.Finite)) return null;
            }
            if (d < 2 || d + 1 >= tk.Count || !tk[d + 1].IsCapitalized) return null;
            var head = mp.Parse(tk, 0, d, inverted: false);
            if (head == null || head.Kind != MentionKind.Name || head.Start != 0 || head.Name == null || head.Name.IndexOf(' ') < 0) return null;
            if (head.End >= d || !(tk[head.End].Is(",") || tk[head.End].Is("("))) return null;
            // the name in ordinary case, no country or capital ("Islamabad, Pakistan — …" is a dateline)
            if (SpeakerLabel.IsAllCaps(head.Name) || CountryTable.FindCountryOrCapital(head.Name) != null) return null;
            return new GlossaryEntry(head, d + 1);
        }

        /// <summary>
        /// True when the token at <paramref name="k"/> opens a clause of the entry with no subject of its own: the first word after
        /// the head's dash, or the first word of a later sentence of the paragraph, capitalised, in sentence
        /// <paramref name="s0"/>.
        /// </summary>
        public bool OpensSubjectlessClause(IReadOnlyList<Token> tk, int s0, int k) =>
            k < tk.Count && tk[k].IsCapitalized && (k == BodyStart || k == s0 && s0 > BodyStart);
    }
}
