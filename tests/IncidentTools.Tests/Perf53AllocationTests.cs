using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf53: allocations of the quotes stage cut without changing what it finds. The country table reads a text's words
    /// where they stand (no list of word strings); a lawmaker's label is looked for only in a text with a party's word; the
    /// words of an open quotation are read from the thread's scratch tokens; a role's first words are cut out one by one
    /// (no split of the whole role); a paragraph's quotation spans are gathered in one list.
    /// </summary>
    public class Perf53AllocationTests
    {
        /// <summary>The bytes <paramref name="action"/> allocates on this thread over a hundred runs, after one run to warm it.</summary>
        private static long Allocated(Action action)
        {
            action();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>The first country of a text as the table found it from the words' strings: each word, and the words after it joined by blanks, looked up whole.</summary>
        private static Country? ScanOfStrings(string text, out int wordIndex)
        {
            var words = CountryTable.Words(text);
            for (int i = 0; i < words.Count; i++)
                for (int n = words.Count - i; n >= 1; n--)
                    if (CountryTable.Find(string.Join(" ", words.Skip(i).Take(n))) is { } c)
                    {
                        wordIndex = i;
                        return c;
                    }
            wordIndex = -1;
            return null;
        }

        [Theory]
        [InlineData("a senior official of the Pakistani army")]
        [InlineData("Britain's foreign office")]
        [InlineData("officials in the United States said")]
        [InlineData("the U.S. embassy and the U.S.-led coalition")]
        [InlineData("a spokesman for the harbour board")]
        [InlineData("the United Nations' envoy to the United Arab Emirates")]
        [InlineData("Pakistanis’ anger")]
        public void TheCountryTableFindsTheFirstCountryAsBefore(string text)
        {
            var expected = ScanOfStrings(text, out int expectedAt);
            var found = CountryTable.Scan(text, out int at);
            Assert.Same(expected, found);
            Assert.Equal(expectedAt, at);
        }

        [Fact]
        public void TheCountryTableStillFindsCountries()
        {
            Assert.NotNull(CountryTable.Scan("a senior official of the Pakistani army", out int at));
            Assert.Equal(5, at);
            Assert.NotNull(CountryTable.Scan("officials in the United States said", out at));
            Assert.Equal(3, at);
            Assert.Null(CountryTable.Scan("a spokesman for the harbour board", out at));
            Assert.Equal(-1, at);
        }

        [Theory]
        [InlineData("a senior official of the Pakistani army")]
        [InlineData("a spokesman for the harbour board")]
        [InlineData("Pakistan's army said")]
        public void TheCountryTableScansAOneWordFormWithoutAString(string text)
        {
            Assert.Equal(0, Allocated(() => CountryTable.Scan(text, out _)));
        }

        [Theory]
        [InlineData("the U.S.-led coalition, Pakistan's army and the ministry")]
        [InlineData("  Jo Bell -- a spokeswoman (R-Ohio) ")]
        [InlineData("Acme Inc. and A.B. Smith's firm")]
        [InlineData("")]
        public void TheWordRangesAreTheWords(string text)
        {
            var ranges = new List<(int Start, int Length)>();
            CountryTable.WordRanges(text, ranges);
            Assert.Equal(CountryTable.Words(text), ranges.Select(r => text.Substring(r.Start, r.Length)));
        }

        [Theory]
        [InlineData("Senator, Republican of Ohio", true)]
        [InlineData("Rep., D-Maine", true)]
        [InlineData("Sen., R-New York", true)]
        [InlineData("a Republican strategist", false)]
        [InlineData("a senior official at the ministry", false)]
        public void ALawmakersLabelIsReadAsBefore(string text, bool lawmaker)
        {
            Assert.Equal(lawmaker, PartyResolver.NamesUsLawmaker(text));
        }

        [Fact]
        public void ATextWithNoPartysWordIsNoLawmakersLabelWithoutAString()
        {
            Assert.Equal(0, Allocated(() => PartyResolver.NamesUsLawmaker("a senior official at the ministry")));
        }

        [Fact]
        public void AUsPartysWordIsFoundInPlace()
        {
            const string text = "Sen. Jo Bell, R-Ohio, a Republican";
            Assert.True(Lexicon.IsUsParty(text, text.IndexOf("R-", StringComparison.Ordinal), 1));
            Assert.True(Lexicon.IsUsParty(text, text.IndexOf("Republican", StringComparison.Ordinal), "Republican".Length));
            Assert.False(Lexicon.IsUsParty(text, text.IndexOf("Bell", StringComparison.Ordinal), "Bell".Length));
            // case as written, like the set of strings
            Assert.False(Lexicon.IsUsParty("a republican", 2, "republican".Length));
        }

        [Fact]
        public void AnOpenQuotationIsReadWithoutAnArrayOfItsTokens()
        {
            // an open quotation that holds no attribution of its own: its words are read and let go
            const string text = "“The plan is over, and the talks are done";
            var spans = QuotationScanner.Scan(text);
            Assert.Single(spans);
            Assert.False(spans[0].Closed);
            int end = spans[0].TextEnd;
            AnalysedParagraph.CloseBeforeOwnAttribution(text, spans);
            Assert.Equal(end, spans[0].TextEnd);
            // no more than tokenizing the span into the thread's scratch tokens (the words' strings) costs
            long scratch = Allocated(() => Tokenizer.Return(Tokenizer.Borrow(text, spans[0].TextStart, spans[0].TextEnd, Array.Empty<QuotationSpan>())));
            Assert.Equal(scratch, Allocated(() => AnalysedParagraph.CloseBeforeOwnAttribution(text, spans)));
        }

        [Fact]
        public void AnOpenQuotationStillEndsBeforeItsOwnAttribution()
        {
            const string text = "“The plan is over, the minister said. “We will go on.”";
            var spans = QuotationScanner.Scan(text);
            AnalysedParagraph.CloseBeforeOwnAttribution(text, spans);
            Assert.Equal("The plan is over,", text.Substring(spans[0].TextStart, spans[0].TextEnd - spans[0].TextStart));
        }

        [Fact]
        public void BorrowedTokensAreTheTokens()
        {
            const string text = "Jo Bell said “no” to the plan, officials said.";
            var spans = QuotationScanner.Scan(text);
            var made = Tokenizer.Tokenize(text, spans);
            var borrowed = Tokenizer.Borrow(text, 0, text.Length, spans);
            try
            {
                Assert.Equal(made.Select(t => (t.Kind, t.Start, t.End, t.Text)), borrowed.Select(t => (t.Kind, t.Start, t.End, t.Text)));
            }
            finally
            {
                Tokenizer.Return(borrowed);
            }
        }

        [Theory]
        [InlineData("a former Pentagon official", true)]
        [InlineData("  the  retired   general", true)]
        [InlineData("the minister and a former general", false)]
        [InlineData("spokesman", false)]
        [InlineData("former", true)]
        [InlineData("", false)]
        public void LeftOfficeReadsTheFirstWordAfterTheArticle(string role, bool left)
        {
            Assert.Equal(left, MentionFacts.LeftOffice(role));
        }

        [Fact]
        public void ARoleOfOneWordIsReadWithoutAString()
        {
            Assert.Equal(0, Allocated(() => MentionFacts.LeftOffice("spokesman")));
        }

        [Fact]
        public void AParagraphsQuotationSpansAreGatheredInOneList()
        {
            // single marks alone, and single marks on both sides of a double quotation, in order
            Assert.Equal(new[] { (3, 11) }, QuotationScanner.Scan("He ‘walked’ out.").Select(s => (s.Open, s.End)));
            var mixed = QuotationScanner.Scan("A ‘one’ and “two” and ‘three’ end.");
            Assert.Equal(new[] { "‘one’", "“two”", "‘three’" }, mixed.Select(s => "A ‘one’ and “two” and ‘three’ end.".Substring(s.Open, s.End - s.Open)));
            // a paragraph with no mark makes one list, not one for each kind of mark
            long one = Allocated(() => new List<QuotationSpan>());
            Assert.Equal(one, Allocated(() => QuotationScanner.Scan("The plan was approved on Monday.")));
        }
    }
}
