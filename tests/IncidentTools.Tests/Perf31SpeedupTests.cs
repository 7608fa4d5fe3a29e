using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf31's shortcuts give what the slower paths they replace gave: the mention grammar reads a word's lexicon facts from
    /// its token (the entry the tokenizer found) instead of looking the word up again, and the reporting clause before a
    /// quotation tries each clause start once.
    /// </summary>
    public class Perf31SpeedupTests
    {
        private static readonly string[] Texts =
        {
            "The spokesman for the agencies said the ministry's statement, issued by two 46-year-old officials, was late.",
            "He’s said they’ve gone; She told THE Reporters that Ministries and Departments of the Café Board had reports.",
            "Officials and residents of Kestrel, the harbour board’s critics, argued the Zorblats’ proposals were unions’ claims.",
        };

        [Fact]
        public void AHeadNounReadFromItsTokenIsWhatTheLexiconSaysOfTheWord()
        {
            foreach (var text in Texts)
            {
                var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
                foreach (var t in tk)
                {
                    var word = t.Lower;
                    bool speaker = Lexicon.IsSpeakerNoun(word, out _, out _) || MentionParser.IsAgeNoun(word);
                    bool org = !speaker && (Lexicon.IsOrganisationWord(word) ||
                                            word.Length > 4 && word.EndsWith("s", System.StringComparison.Ordinal) && Lexicon.IsOrganisationWord(word.Substring(0, word.Length - 1)));
                    bool doc = !speaker && !org && Lexicon.IsDocumentWord(word);
                    bool head = MentionParser.IsHeadNoun(t, out bool s, out bool o, out bool d);
                    Assert.Equal((speaker || org || doc, speaker, org, doc), (head, s, o, d));
                    // the facts the grammar's first word is read by
                    Assert.Equal(Lexicon.Is(word, WordTag.Pronoun), t.Has(WordTag.Pronoun));
                    Assert.Equal(Lexicon.Is(word, WordTag.NotNameStart), t.Has(WordTag.NotNameStart));
                }
            }
        }

        [Theory]
        [InlineData("spokesman", true)]
        [InlineData("departments", true)]  // an organisation word's plural in -s
        [InlineData("statement", true)]    // a document
        [InlineData("46-year-old", true)]  // an age
        [InlineData("quickly", false)]
        [InlineData("Zorblat", false)]     // no word of the lexicon
        public void ATokenIsAHeadNounOnlyWhenItsWordIsOne(string word, bool expected)
        {
            var tk = Tokenizer.Tokenize(word, QuotationScanner.Scan(word));
            Assert.Equal(expected, MentionParser.IsHeadNoun(tk[0], out _, out _, out _));
        }

        [Fact]
        public void AContractedPronounStillStartsItsOwnMention()
        {
            const string text = "He’s claiming that the ferry was late.";
            var tk = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            var m = new MentionParser(System.Array.Empty<string>()).Parse(tk, 0, tk.Count, inverted: false);
            Assert.NotNull(m);
            Assert.Equal(MentionKind.Pronoun, m!.Kind);
            Assert.Equal("He", m.Text);
        }

        [Fact]
        public void AClauseAfterACommaIsFoundWhenTheSentenceStartCameToNothing()
        {
            // the first pass tries the sentence start ("The ferry was late …": no cue); the second, with the comma starts, finds
            // "the harbour master admitted" and tries the sentence start no more
            var a = Of(RunRules("The ferry was late again on Monday, the harbour master admitted: “We are stretched to breaking point.”", new CueBeforeQuote(close: false)), "")!;
            Assert.Equal("the harbour master", a.Source!.Text);
        }

        [Fact]
        public void TheSentenceStartStillWinsWhenItsClauseAttributes()
        {
            var a = Of(RunRules("Reyes said on Monday, as the ferry sailed, that the crew was “stretched to breaking point.”", new CueBeforeQuote(close: false)), "")!;
            Assert.Equal("Reyes", a.Source!.Text);
        }
    }
}
