using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Text;

namespace IncidentTools.Attribution.Rules
{
    /// <summary>
    /// The turns of a hearing's record as the Congressional Record writes them: a paragraph that opens with a title
    /// and the speaker's surname in capitals and a full stop ("Senator TATE. General, did …", "General VAIL. Sir, …",
    /// "Mr. SMITH.", "Chairman PIERCE."), or with "The" and an office in capitals ("The CHAIRMAN.", "The PRESIDING
    /// OFFICER."). The words after the label are the speaker's own (Direct; quotations of others inside keep their own
    /// speakers), and, as a transcript's turn, the first person in them is that speaker. Read only where
    /// <see cref="MinLines"/> paragraphs or more open so: an acronym or a heading in capitals ("NATO. …", "U.S.
    /// officials said …") is no label, nor a title before a name in ordinary case ("Gen. Vail said …").
    /// </summary>
    internal sealed class RecordLabel : IAttributionRule
    {
        /// <summary>A record has at least this many labelled turns.</summary>
        private const int MinLines = 2;

        /// <summary>At most this many words in capitals in a surname or an office.</summary>
        private const int CapitalWords = 2;

        public string Name => nameof(RecordLabel);

        public void Apply(AttributionContext ctx)
        {
            var doc = ctx.Document;
            var lines = new List<(AnalysedParagraph P, int Stop, Mention Source)>();
            foreach (var p in doc.Paragraphs)
            {
                if (p.Section != ParagraphSection.Body) continue;
                // the label first: most paragraphs fail it at their first words, before the headline test is asked
                var source = Label(p.Tokens, out int stop);
                if (source != null && !ReportedSpeech.IsHeadline(doc, p)) lines.Add((p, stop, source));
            }
            if (lines.Count < MinLines) return;
            foreach (var (p, stop, source) in lines)
                if (!ReportedSpeech.IsCueUsed(ctx, p, stop)) TranscriptSpeaker.AddLine(ctx, Name, p, stop, source);
        }

        /// <summary>
        /// The speaker a record's label names at the paragraph's start, with the full stop that ends the label at
        /// <paramref name="stop"/>: a title as the lexicon writes it, then one or two words in capitals (a person by
        /// surname); or "The" and an office in capitals whose last word is a speaker noun (a description). Null otherwise.
        /// </summary>
        internal static Mention? Label(IReadOnlyList<Token> tk, out int stop)
        {
            stop = -1;
            if (tk.Count < 4 || !tk[0].IsCapitalized) return null;
            // "The CHAIRMAN.", "The PRESIDING OFFICER.": an office
            if (tk[0].Has(WordGroup.DefiniteArticle) && !SpeakerLabel.IsAllCaps(tk[0].Text))
            {
                int e = CapitalsEnd(tk, 1);
                if (e < 0) return null;
                var office = Casing.Lower(MentionParser.Join(tk, 1, e));
                if (!Lexicon.IsSpeakerNoun(Casing.Lower(tk[e - 1].Text), out var singular, out var plural) || plural) return null;
                stop = e;
                return new Mention
                {
                    Kind = MentionKind.Description, Start = 0, End = e, Next = e, CharStart = tk[0].Start, CharEnd = tk[e - 1].End,
                    Text = MentionParser.Join(tk, 0, e), Determiner = Casing.Lower(tk[0].Text), Head = singular,
                    HeadText = office,
                };
            }
            // "Senator TATE.", "Mr. SMITH.": the longest title the lexicon writes (its titles come longest first), in ordinary case,
            // then the surname; read as a transcript's label by surname ("TATE:"), the title telling only the gender: the person is
            // the one the record named
            foreach (var title in Lexicon.TitlesOnlyStartingWith(tk[0].Text))
            {
                int n = TitleEnd(tk, title);
                if (n < 0) continue;
                int e = CapitalsEnd(tk, n);
                if (e < 0) return null;
                stop = e;
                var surname = Surname(tk, n, e);
                return new Mention
                {
                    Kind = MentionKind.Name, Start = 0, End = e, Next = e, CharStart = tk[0].Start, CharEnd = tk[e - 1].End,
                    Text = MentionParser.Join(tk, 0, e), Name = surname, TitleGender = title.Gender,
                };
            }
            return null;
        }

        /// <summary>
        /// The surname's words [n, e) in the case a name is written in, joined by blanks (its own method: a lambda over the tokens in
        /// <see cref="Label"/> made a closure at every paragraph it was asked of, label or not).
        /// </summary>
        private static string Surname(IReadOnlyList<Token> tk, int n, int e) =>
            string.Join(" ", Enumerable.Range(n, e - n).Select(i => Casing.TitleCaseName(tk[i].Text)));

        /// <summary>The token after the title's words written in ordinary case from the paragraph's start (a written full stop may be its own token), or -1.</summary>
        private static int TitleEnd(IReadOnlyList<Token> tk, Title title)
        {
            int i = 0;
            foreach (var w in title.Words)
            {
                if (i >= tk.Count) return -1;
                if (tk[i].Text == w) { i++; continue; }
                // "Mr." written as a word and its full stop
                if (w.EndsWith(".", StringComparison.Ordinal) && tk[i].Text == w.Substring(0, w.Length - 1) && i + 1 < tk.Count && tk[i + 1].Is(".")) { i += 2; continue; }
                return -1;
            }
            for (int k = 0; k < i; k++)
                if (tk[k].IsWord && tk[k].Text.Length > 1 && SpeakerLabel.IsAllCaps(tk[k].Text)) return -1;
            return i;
        }

        /// <summary>
        /// The full stop after one to <see cref="CapitalWords"/> words of letters in capitals from <paramref name="from"/>,
        /// followed by the turn's words in ordinary case; -1 otherwise.
        /// </summary>
        private static int CapitalsEnd(IReadOnlyList<Token> tk, int from)
        {
            int i = from;
            while (i < tk.Count && i - from < CapitalWords && tk[i].IsWord && tk[i].Text.Length > 1 && tk[i].Text.All(c => char.IsUpper(c) || c == '-' || c == '\'' || c == '’')) i++;
            if (i == from || i + 1 >= tk.Count || !tk[i].Is(".")) return -1;
            // the turn is written in ordinary case: a word in lower case follows
            for (int k = i + 1; k < tk.Count; k++)
                if (tk[k].IsLowerWord) return i;
            return -1;
        }
    }
}
