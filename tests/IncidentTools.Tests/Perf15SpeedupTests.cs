using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>perf15's shortcuts in the quotes stage give what the slower paths they replace gave.</summary>
    public class Perf15SpeedupTests
    {
        private static readonly string[] Names =
        {
            "", " ", "Reyes", "Tomas Reyes", "Tomas  Reyes ", " Ada Lund", "Navy Capt. Jo Bell", "Prime Minister Ada Lund",
            "Sen. Marta Okafor", "Syed Ali Raza Shah", "Makhdoom Syed Ali Raza", "Dr. Lena Voss", "Mr. Reyes", "Lund’s",
            "Army Brig. Gen. Tomas R. Reyes", "Chief of Army Staff Gen Ada Lund", "de la Cruz", "Tomas de la Cruz",
        };

        [Fact]
        public void LastBlankWordIsTheLastWordOfSplit()
        {
            foreach (var s in Names.Concat(new[] { "a  b  ", "  x", "one", "the harbour board's" }))
            {
                var words = s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(words.Length == 0 ? "" : words[words.Length - 1], PartyResolver.LastBlankWord(s));
                Assert.Equal(words.Length == 0 ? "" : Possessive.Strip(words[words.Length - 1]), PartyResolver.LastWord(s));
            }
        }

        [Fact]
        public void GivenWordIsTheFirstWordWithoutHonorifics()
        {
            foreach (var s in Names)
            {
                var bare = PersonName.WithoutHonorifics(s);
                int blank = bare.IndexOf(' ');
                Assert.Equal(blank < 0 ? bare : bare.Substring(0, blank), PersonName.GivenWord(s));
            }
        }

        [Fact]
        public void TitleOfGivesWhatParseGives()
        {
            foreach (var s in Names.Where(n => n.Trim().Length > 0))
            {
                var words = s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var parsed = PersonName.Parse(words);
                int cut = PersonName.TitleOf(words, null, 0, out char gender, out var noun);
                Assert.Equal(parsed.Title, cut == 0 ? null : PersonName.JoinWords(words, 0, cut));
                Assert.Equal(parsed.Gender, gender);
                Assert.Equal(parsed.TitleNoun, noun);
                if (cut > 0) Assert.Equal(parsed.Name.Split(' ').Length, words.Length - cut);
            }
        }

        [Fact]
        public void TitleOfAsksTheTokensWhatItAsksTheLexicon()
        {
            foreach (var text in new[] { "Army Brig. Gen. Tomas Reyes said.", "Prime Minister Ada Lund spoke.", "Mr. Jo Bell wrote.", "Harbour Board Chair Tomas de la Cruz said." })
            {
                var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                int e = tk.Count - 2; // before the verb and the full stop
                var words = tk.Take(e).Select(t => t.Text).ToList();
                int slow = PersonName.TitleOf(words, null, 0, out char g1, out var n1);
                int fast = PersonName.TitleOf(words, tk, 0, out char g2, out var n2);
                Assert.Equal(slow, fast);
                Assert.Equal(g1, g2);
                Assert.Equal(n1, n2);
            }
        }

        [Fact]
        public void WordsMetAgainInADocumentShareTheirStringsAndTokensAreUnchanged()
        {
            const string text = "Okafor said Okafor’s plan for Okafor Street was ready. OKAFOR and okafor and Ørsted, Ørsted, 2,400 and 2,400.";
            var alone = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            var words = DocumentWords.Begin();
            Assert.NotNull(words);
            TokenList shared;
            try
            {
                Assert.Null(DocumentWords.Begin()); // one table at a time on a thread
                shared = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            }
            finally
            {
                words!.End();
            }
            Assert.Null(DocumentWords.Current);
            Assert.Equal(alone.Count, shared.Count);
            for (int i = 0; i < alone.Count; i++)
            {
                Assert.Equal(alone[i].Kind, shared[i].Kind);
                Assert.Equal(alone[i].Start, shared[i].Start);
                Assert.Equal(alone[i].End, shared[i].End);
                Assert.Equal(alone[i].Text, shared[i].Text);
                Assert.Equal(alone[i].Lower, shared[i].Lower);
                Assert.Same(alone[i].Known, shared[i].Known);
            }
            var okafor = shared.Where(t => t.Text == "Okafor").ToList();
            Assert.Equal(2, okafor.Count);
            Assert.Same(okafor[0].Text, okafor[1].Text);
            Assert.Same(okafor[0].Lower, okafor[1].Lower);
            var orsted = shared.Where(t => t.Text == "Ørsted").ToList();
            Assert.Same(orsted[0].Text, orsted[1].Text);
            // "OKAFOR" is another word (its own string), with the same lower case
            Assert.Equal("okafor", shared.Single(t => t.Text == "OKAFOR").Lower);
        }

        [Fact]
        public void LabelNamesAreTheDocumentsNamesMadeOnce()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Harbour talks\n\nADA LUND: We sail at noon.\n\nTOMAS REYES: Not today.\n\nLUND: Then tomorrow.\n\nAda Lund and Tomas Reyes met on Monday.");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var ctx = new AttributionContext(AnalysedDocument.Of(doc), System.Array.Empty<PartyDefinition>());
            Assert.Same(ctx.LabelNames, ctx.LabelNames);
            Assert.Equal(IncidentTools.Attribution.Rules.SpeakerLabel.NamesOf(ctx.Document).OrderBy(x => x, StringComparer.Ordinal), ctx.LabelNames.OrderBy(x => x, StringComparer.Ordinal));
        }
    }
}
