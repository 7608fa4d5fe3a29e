using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf32's cuts in allocation give what the code they replace gave: the tokenizer asks whether a word before a full
    /// stop is an abbreviation in place (no word cut out, no full stop appended); the mention grammar asks whether a plural
    /// in -s is an organisation word's without cutting off the "s", and a name mention without a determiner takes the
    /// name's string as its text; the context keeps each sentence's subject beside whether it was read, in one array; a
    /// quote with no blank to trim takes its token's text.
    /// </summary>
    public class Perf32AllocationTests
    {
        [Theory]
        [InlineData("Gen.", true)]
        [InlineData("Calif.", true)]
        [InlineData("ill.", false)]   // a word, not an abbreviation
        [InlineData("gen.", false)]   // case as written
        [InlineData("Gen", false)]    // no full stop
        public void AnAbbreviationInPlaceIsOneAsAString(string word, bool expected)
        {
            var text = "In the text: " + word + " and so on";
            Assert.Equal(expected, Lexicon.IsAbbreviation(word));
            Assert.Equal(expected, Lexicon.IsAbbreviation(text, text.IndexOf(word, System.StringComparison.Ordinal), word.Length));
        }

        [Fact]
        public void EveryListedAbbreviationIsFoundInPlace()
        {
            // the set looked up in place is made from the list once: every entry of abbreviations.txt is in it, at any offset
            Assert.NotEmpty(Lexicon.Abbreviations);
            foreach (var a in Lexicon.Abbreviations)
            {
                var text = "x " + a + " y";
                Assert.True(Lexicon.IsAbbreviation(text, 2, a.Length), a);
            }
        }

        [Fact]
        public void AWordSetFindsAWordInPlaceOnlyWhenItHoldsIt()
        {
            var set = new WordSet();
            set.Add("Kestrel", 0, 7, out _);
            const string text = "the Kestrel and Kestrels";
            Assert.True(set.Contains(text, 4, 7));
            Assert.False(set.Contains(text, 16, 8));   // a longer word that starts the same
            Assert.False(set.Contains(text, 0, 3));
        }

        [Theory]
        [InlineData("Gen. Reyes spoke to Sen. Bell of R-Ky. in the U.S. on Jan. 5.")]
        [InlineData("The index closed at 5.30. Then it fell by 3.5 points, D-Calif. said.")]
        [InlineData("A. Reyes met Lt. Gov. Bell, then left Ill. for St. Louis etc. Next day.")]
        public void AFullStopStaysWithItsAbbreviationAndEndsOtherWords(string text)
        {
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            // each word's full stop is its own exactly where the string test, as the tokenizer made it before, says so
            foreach (var t in tk.Where(t => t.IsWord && t.Text.EndsWith(".", System.StringComparison.Ordinal) && t.Text.Length > 1))
            {
                var word = t.Text.Substring(0, t.Text.Length - 1);
                int hyphen = word.LastIndexOf('-');
                bool kept = word.Length == 1 && char.IsUpper(word[0]) || word.IndexOf('.') >= 0 && word.Length <= 8 && !word.All(c => char.IsDigit(c) || c == '.') ||
                            hyphen > 0 && hyphen < word.Length - 1 && Lexicon.IsAbbreviation(word.Substring(hyphen + 1) + ".") || Lexicon.IsAbbreviation(word + ".");
                Assert.True(kept, t.Text);
            }
            Assert.Contains(tk, t => t.Text == "Gen." || t.Text == "5.30" || t.Text == "A.");
            Assert.DoesNotContain(tk, t => t.Text == "5." || t.Text == "Next.");
        }

        [Theory]
        [InlineData("departments", true)]   // "department" is an organisation word
        [InlineData("ministries", false)]   // its plural is not "ministrie" + "s"
        [InlineData("statements", false)]   // a document word, not an organisation word
        [InlineData("zorblats", false)]
        public void APluralInSIsAnOrganisationWordsInPlaceAsWhenCutOut(string lower, bool expected)
        {
            var stem = lower.Substring(0, lower.Length - 1);
            Assert.Equal(expected, Lexicon.IsOrganisationWord(stem));
            Assert.Equal(expected, Lexicon.IsOrganisationWord(lower, lower.Length - 1));
        }

        [Fact]
        public void ANameMentionHasItsWordsAsTextWithOrWithoutADeterminer()
        {
            var parser = new IncidentTools.Attribution.MentionParser(System.Array.Empty<string>());
            foreach (var (text, expected) in new[] { ("Maria Reyes said it.", "Maria Reyes"), ("Kestrel Ferries said it.", "Kestrel Ferries") })
            {
                var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                var m = parser.Parse(tk, 0, tk.Count, false);
                Assert.NotNull(m);
                Assert.Equal(expected, m!.Text);
                Assert.Equal(text.Substring(m.CharStart, m.CharEnd - m.CharStart), m.Text);
            }
        }

        [Fact]
        public void ASentencesSubjectIsReadOnceAndIsTheClausesSubject()
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Harbour talks\n\nMaria Reyes said the ferry would sail. It did not.\n\nThe weather was poor.");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var ctx = new IncidentTools.Attribution.AttributionContext(AnalysedDocument.Of(doc), System.Array.Empty<PartyDefinition>());
            foreach (var p in ctx.Document.Paragraphs)
                for (int s = 0; s < p.Sentences.Count; s++)
                {
                    var first = ctx.SubjectOf(p, s);
                    Assert.Same(first, ctx.SubjectOf(p, s));
                    var (a, e) = p.Sentences[s];
                    Assert.Equal(ctx.ClausesFor(p).Subject(p.Tokens, a, e)?.Text, first?.Text);
                }
            var body = ctx.Document.Paragraphs.First(p => p.Text.StartsWith("Maria", System.StringComparison.Ordinal));
            Assert.Equal("Maria Reyes", ctx.SubjectOf(body, 0)?.Text);
        }

        [Fact]
        public void AQuoteKeepsItsTextWhetherOrNotItHasBlanksToTrim()
        {
            var quotes = Attribution.QuoteRuleText.Quotes("“We will stay,” Maria Reyes said. He added: “ We leave tomorrow. ”");
            Assert.Equal(new[] { "We will stay,", "We leave tomorrow." }, quotes.Select(q => q.Text).ToArray());
            Assert.Equal(new[] { "Maria Reyes", "He" }, quotes.Select(q => q.SpeakerMention).ToArray());
        }
    }
}
