using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>The one text layer: a document analysed once into paragraphs, quotations, tokens and sentences.</summary>
    public class TextLayerTests
    {
        private static AnalysedDocument Analyse(string body, string headline = "Ferry service resumes")
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", headline + "\n\n" + body);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return AnalysedDocument.Of(doc);
        }

        private static string[] Quoted(AnalysedDocument a) => a.Quotations.Select(q => q.Text).ToArray();

        [Fact]
        public void OneAnalysisPerDocument()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferry service resumes\n\n“We sail at noon,” the captain said.");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            Assert.Same(AnalysedDocument.Of(doc), AnalysedDocument.Of(doc));
        }

        [Fact]
        public void TokensAnswerTheLexiconAsItsLookUpsDo()
        {
            // a token keeps its lower case's entry of the lexicon: its questions give what Lexicon.Is, Verb and
            // AnyVerb give for its lower case, for words in lower case, capitalised, in capitals, outside ASCII
            // and unknown, and for a quotation (whose lower case is made when asked)
            var words = Lexicon.GrammarWords.Keys.Concat(Lexicon.ReportingVerbs.Keys).Concat(Lexicon.SpeakerNounForms(SpeakerNounTag.None | (SpeakerNounTag)~0))
                .Concat(Lexicon.OrganisationWords(OrganisationWordTag.Institutional)).Concat(new[] { "report", "statement", "ministry", "officials", "spokesman" }).ToList();
            var text = "The Captain SAID he would SAIL. Über-official Zoë said ‘no’ – and İstanbul’s mayor, who Said “Who?”, "
                       + "told the U.S. aides it's theirs; Reyes's aide said: “said” "
                       + string.Join(" ", words) + " " + string.Join(" ", words.Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)))
                       + " " + string.Join(" ", words.Select(w => w.ToUpperInvariant()));
            var tokens = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            Assert.Contains(tokens, t => t.IsQuote);
            foreach (var t in tokens)
            {
                foreach (WordTag tag in System.Enum.GetValues(typeof(WordTag)))
                    if (tag != WordTag.None) Assert.True(Lexicon.Is(t.Lower, tag) == t.Has(tag), t.Text + " " + tag);
                foreach (WordClass c in System.Enum.GetValues(typeof(WordClass)))
                    if (c != WordClass.None) Assert.True(Lexicon.Is(t.Lower, c) == t.Has(c), t.Text + " " + c);
                foreach (WordGroup g in System.Enum.GetValues(typeof(WordGroup)))
                    if (g != WordGroup.None) Assert.True(Lexicon.Is(t.Lower, g) == t.Has(g), t.Text + " " + g);
                Assert.Same(Lexicon.Verb(t.Lower), t.CueVerb);
                Assert.Equal(Lexicon.AnyVerb(t.Lower) != null, t.IsVerbForm);
                // (but a noun of an office over a house, "speaker", is no speaker noun of a token by itself: SpeakerNounTag.BodyOffice)
                if (Lexicon.IsSpeakerNoun(t.Lower, SpeakerNounTag.BodyOffice))
                {
                    Assert.False(t.IsSpeakerNoun(out _, out _), t.Text);
                }
                else
                {
                    Assert.Equal(Lexicon.IsSpeakerNoun(t.Lower, out var singular, out var plural), t.IsSpeakerNoun(out var singular2, out var plural2));
                    Assert.Equal((singular, plural), (singular2, plural2));
                    foreach (SpeakerNounTag n in System.Enum.GetValues(typeof(SpeakerNounTag)))
                        if (n != SpeakerNounTag.None) Assert.Equal(Lexicon.IsSpeakerNoun(t.Lower, n), t.IsSpeakerNoun(n));
                }
                Assert.Equal(Lexicon.IsOrganisationWord(t.Lower), t.IsOrganisationWord);
                Assert.Equal(Lexicon.IsDocumentWord(t.Lower), t.IsDocumentWord);
                Assert.Equal(Casing.Lower(t.Text), t.Lower);
                if (t.Known is { } k) Assert.Equal(k.Word, t.Lower);
            }
        }

        [Fact]
        public void TokensKeepTheirKindOffsetsAndQuotation()
        {
            // a token packs its kind with its end offset and finds its quotation by its opening offset
            var a = Analyse("The captain called the plan ‘a fantasy’ -- and said: “We sail at noon.” Reyes agreed.");
            var p = a.Paragraphs.Last();
            var tokens = p.Tokens.ToList();
            Assert.Equal(new[] { TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Quote, TokenKind.Punct,
                                 TokenKind.Word, TokenKind.Word, TokenKind.Punct, TokenKind.Quote, TokenKind.Word, TokenKind.Word, TokenKind.Punct },
                tokens.Select(t => t.Kind).ToArray());
            foreach (var t in tokens.Where(t => !t.IsQuote)) Assert.Equal(t.Text, p.Text.Substring(t.Start, t.End - t.Start));
            var quotes = tokens.Where(t => t.IsQuote).ToArray();
            Assert.Equal(new[] { 0, 1 }, quotes.Select(p.QuotationIndexOf).ToArray());
            Assert.Equal(new[] { "‘a fantasy’", "“We sail at noon.”" }, quotes.Select(t => p.Text.Substring(t.Start, t.End - t.Start)).ToArray());
            Assert.Equal(new[] { "a fantasy", "We sail at noon." }, quotes.Select(t => t.Text).ToArray());
            Assert.Equal("--", tokens[6].Text);
            Assert.Throws<System.ArgumentException>(() => p.QuotationIndexOf(tokens[0]));
        }

        [Fact]
        public void SingleAndDoubleMarksInOneParagraph()
        {
            var a = Analyse("The captain called the timetable ‘a fantasy’ and said: “We sail when the sea allows, not when the ‘planners’ say.”");
            Assert.Equal(new[] { "a fantasy", "We sail when the sea allows, not when the ‘planners’ say." }, Quoted(a));
            Assert.True(a.Quotations[0].Span.Single);
            Assert.False(a.Quotations[1].Span.Single);
        }

        [Fact]
        public void AClosingMarkThatOpensItsParagraphOpensAQuotation()
        {
            var a = Analyse("” … the crew kept the pumps going all night,” Reyes wrote.");
            Assert.Equal(new[] { " … the crew kept the pumps going all night," }, Quoted(a));
            Assert.Empty(Quoted(Analyse("The crew kept the pumps going all night.” Reyes wrote.")));
        }

        [Fact]
        public void ACurlyQuotationInsideAnotherIsPartOfIt()
        {
            // “… “inner” …”: two opening marks, then two closing ones
            var a = Analyse("“I would rather sail in what he calls “a wreck” than stay ashore,” ― Ada Lund");
            Assert.Equal(new[] { "I would rather sail in what he calls “a wreck” than stay ashore," }, Quoted(a));
            // the first quotation was never closed: a new opening mark after it starts a quotation of its own
            a = Analyse("“We sail at noon, Lund said. “The sea is calm.” Reyes agreed.");
            Assert.Equal(new[] { "We sail at noon,", "The sea is calm." }, Quoted(a));
            // two closed quotations in a row stay two
            a = Analyse("“We sail,” Lund said, “at noon.” Reyes agreed.");
            Assert.Equal(new[] { "We sail,", "at noon." }, Quoted(a));
        }

        [Fact]
        public void ACurlyQuotationInsideAStraightOneIsPartOfIt()
        {
            // a block quotation opened with a straight mark (and never closed in its paragraph) holds the
            // writer's quotations in curly marks
            var a = Analyse("\"The board isn't about “fair shares” any more. It is about the budget.");
            Assert.Equal(new[] { "The board isn't about “fair shares” any more. It is about the budget." }, Quoted(a));
            a = Analyse("\"They called it “a farce” in May,\" Lund said.");
            Assert.Equal(new[] { "They called it “a farce” in May," }, Quoted(a));
            // a straight mark right before a curly one is a stray: the curly quotation is the quotation
            a = Analyse("\"“We sail at noon,” Lund said before adding that the sea was calm.\"");
            Assert.Equal(new[] { "We sail at noon," }, Quoted(a));
            // a straight mark closed by a curly one stays one quotation, and two quotations in a row stay two
            a = Analyse("\"We sail at noon” and “the sea is calm,\" Lund said.");
            Assert.Equal(new[] { "We sail at noon", "the sea is calm," }, Quoted(a));
        }

        [Fact]
        public void SingleMarksAloneAreQuotationsButApostrophesAreNot()
        {
            var a = Analyse("The skipper’s crew said the ’90s boats were ‘simply worn out’ and rock 'n' roll kept them awake.");
            Assert.Equal(new[] { "simply worn out" }, Quoted(a));
        }

        [Fact]
        public void TwoStraightApostrophesAreOneDoubleMark()
        {
            // some newspapers and archives print “ and ” as '' (two apostrophes)
            var a = Analyse("''We sail when the sea allows, not when the 'planners' say,'' the captain said. The crew's boat, a 12'' model, waited.");
            var q = Assert.Single(a.Quotations);
            Assert.Equal("We sail when the sea allows, not when the 'planners' say,", q.Text);
            Assert.False(q.Span.Single);
            Assert.Equal(q.Paragraph.Start + 2, q.Start);
            Assert.Equal(q.Span.Open + 1, q.Span.TextStart - 1);
            Assert.Equal("''", q.Paragraph.Text.Substring(q.Span.Close - 1, 2));
            // closed by a third apostrophe that ends a quotation inside it
            Assert.Equal(new[] { "She said 'wait,'" }, Quoted(Analyse("''She said 'wait,''' Reyes recalled.")));
        }

        [Fact]
        public void AQuotationIsOneTokenOfItsSentence()
        {
            var a = Analyse("“We sail at noon,” the captain said. Passengers cheered.");
            var p = a.Paragraphs.Last();
            Assert.Equal(2, p.Sentences.Count);
            Assert.True(p.Tokens[0].IsQuote);
            Assert.Equal(0, a.Quotations[0].Sentence);
            var (s, e) = p.SentenceSpan(1);
            Assert.Equal("Passengers cheered.", p.Text.Substring(s, e - s));
            Assert.True(p.InQuotation(3));
            Assert.False(p.InQuotation(p.Text.IndexOf("captain", System.StringComparison.Ordinal)));
            Assert.Equal(new[] { "We", "sail", "at", "noon", "," }, p.InnerTokens(0).Select(t => t.Text).ToArray());
            Assert.Equal(p.Tokens.Count, p.TokenAt(p.Text.Length));
        }

        [Fact]
        public void AWebAddressEndingASentenceLeavesItsFullStop()
        {
            // "Acme.com." ends its sentence, before a quotation or a word; a dotted abbreviation keeps its full stop
            var p = Analyse("The audience grew, said Jo Bell, editor of Acme.com. “We doubled it,” she said. Vox.org agreed. Ph.D. students came at 9 a.m. on Monday.").Paragraphs.Last();
            Assert.Contains(p.Tokens, t => t.Text == "Acme.com");
            Assert.Contains(p.Tokens, t => t.Text == "Vox.org");
            Assert.Contains(p.Tokens, t => t.Text == "Ph.D.");
            Assert.Contains(p.Tokens, t => t.Text == "a.m.");
            Assert.Equal(4, p.Sentences.Count);
            var (s, e) = p.SentenceSpan(1);
            Assert.Equal("“We doubled it,” she said.", p.Text.Substring(s, e - s));
        }

        [Fact]
        public void QuotationOffsetsPointIntoTheFile()
        {
            var a = Analyse("The captain said: “We sail at noon.”");
            var q = Assert.Single(a.Quotations);
            Assert.Equal("We sail at noon.", a.Document.Text.Length > 0 ? q.Text : null);
            Assert.Same(q, a.QuotationsOf(q.Paragraph).Single());
            Assert.Equal(q.Paragraph.Start + q.Span.TextStart, q.Start);
        }

        [Fact]
        public void AParagraphsQuotationsAreItsRunOfTheDocumentsQuotations()
        {
            var a = Analyse("“We sail at noon,” the captain said.\n\nThe crew waited on the pier.\n\n" +
                            "“The fog is lifting,” a deckhand said. “Not yet,” said the mate.");
            var body = a.Paragraphs.Where(p => p.Section == ParagraphSection.Body).ToArray();
            Assert.Equal(new[] { "We sail at noon," }, a.QuotationsOf(body[0]).Select(q => q.Text));
            // a paragraph without a quotation has none, not the next paragraph's
            Assert.Empty(a.QuotationsOf(body[1]));
            var third = a.QuotationsOf(body[2]);
            Assert.Equal(2, third.Count);
            Assert.Equal(new[] { "The fog is lifting,", "Not yet," }, third.Select(q => q.Text));
            Assert.Same(a.Quotations[2], third[1]);
            Assert.Same(third[1], third.LastOrDefault());
            Assert.All(third, q => Assert.Same(body[2], q.Paragraph));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => third[2]);
        }

        [Fact]
        public void AnUnclosedQuotationEndsBeforeItsOwnAttribution()
        {
            var a = Analyse("“The harbour is closed to trawlers, the official said. “It will reopen next week.”\n\n" +
                            "“Boats wait in the bay, said the harbour master. “Nobody is allowed out.”");
            Assert.Equal(new[] { "The harbour is closed to trawlers,", "It will reopen next week.", "Boats wait in the bay,", "Nobody is allowed out." }, Quoted(a));
        }

        [Fact]
        public void AnUnclosedQuotationIsNotCutAtARelativeClause()
        {
            var a = Analyse("“Mr. Lund, the harbour engineer who wrote “Tide Tables,” leaves next month.");
            Assert.Equal("Mr. Lund, the harbour engineer who wrote", a.Quotations[0].Text);
        }

        [Fact]
        public void AClosingMarkTypedForAnOpeningOneOpensTheQuotation()
        {
            // right after the comma of its cue, and at a paragraph start behind an invisible direction mark
            var a = Analyse("The ferry captain says,” the crossing is safe again.”\n\n\u202a”Thanks for the lift,” wrote one reader.");
            Assert.Equal(new[] { "the crossing is safe again.", "Thanks for the lift," }, Quoted(a).Select(s => s.Trim()).ToArray());
        }

        [Fact]
        public void AClosingMarkAfterACommaClosesWhatOpenedBefore()
        {
            // a real close before "she said, “…”", and a stray close with no second closing mark after it opens nothing
            var a = Analyse("“We sail at noon,” she said, “and not before.”\n\nThe crossing was rough,” and the ferry waited.");
            Assert.Equal(new[] { "We sail at noon,", "and not before." }, Quoted(a));
        }
    }
}
