using System;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A state's ministry has two names of one office: "Interior Ministry" and "the Ministry of the Interior", "Foreign
    /// Ministry" and "the Ministry of Foreign Affairs", "Ministry of Defence" and "the Defence Ministry". A manifest
    /// organisation written one way gives its side written the other way, with the same guard: another country written right
    /// before it makes it that country's ministry, not the side's.
    /// </summary>
    public class MinistryNameFormsTests
    {
        private static readonly string Manifest = AccountTestCorpus.PartiesWith(
            northOrganisations: "Northern Army, Interior Ministry, Ministry of Defence", southOrganisations: "Southern Guard, Foreign Ministry") + AccountTestCorpus.Questions;

        [Theory]
        [InlineData("The Ministry of Interior said on Monday that the shelling at the pass had been deliberate.", "Northland")]
        [InlineData("The Defence Ministry said on Monday that the shelling at the pass had been deliberate.", "Northland")]
        [InlineData("The Ministry of Foreign Affairs said on Monday that the shelling at the pass had been deliberate.", "Southland")]
        public void TheOtherFormOfAMinistrysNameGivesItsSide(string text, string party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, text);
            Assert.Equal(party, corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void AQuoteOfTheMinistryTakesItsSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "\"The shelling at the pass was deliberate,\" the Ministry of Foreign Affairs said in a statement on Monday.");
            Assert.Equal("Southland", corpus.Quotes.Single().Party);
        }

        [Fact]
        public void AnotherCountrysMinistryIsNotTheSides()
        {
            // (as "Chile's Foreign Ministry" is not the side's "Foreign Ministry")
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Chile's Ministry of Foreign Affairs said on Monday that the shelling at the pass had been deliberate.");
            Assert.NotEqual("Southland", corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void AMinistryOfAnotherPortfolioTakesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The Ministry of Energy said on Monday that the shelling at the pass had been deliberate.");
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the shelling")).Party);
        }

        [Fact]
        public void TheFormsOfAMinistrysName()
        {
            Assert.Contains("Ministry of Foreign Affairs", MinistryNames.OtherForms("Foreign Ministry"));
            Assert.Contains("Ministry of the Interior", MinistryNames.OtherForms("Interior Ministry"));
            Assert.Contains("Department of State", MinistryNames.OtherForms("State Department"));
            Assert.Equal(new[] { "Defence Ministry" }, MinistryNames.OtherForms("Ministry of Defence"));
            Assert.Equal(new[] { "Foreign Ministry" }, MinistryNames.OtherForms("Ministry of Foreign Affairs"));
            // no ministry's head: no other form ("Foreign Office", "Southern Guard", "Ministry of Law and Justice")
            Assert.Empty(MinistryNames.OtherForms("Foreign Office"));
            Assert.Empty(MinistryNames.OtherForms("Southern Guard"));
            Assert.Empty(MinistryNames.OtherForms("Ministry of Law and Justice"));
        }

        [Theory]
        // the portfolio's word, then the head: the name ends at the head
        [InlineData("The Harbour Ministry said it would reply.", "Harbour", "Harbour Ministry", "Ministry", "Harbour")]
        [InlineData("Officials at the fisheries department said nothing.", "fisheries", "fisheries department", "department", "fisheries")]
        // the head, "of" and an optional "the": the name is read up to the portfolio's first word
        [InlineData("The Ministry of Harbours said it would reply.", "Ministry", "Ministry of Harbours", "Ministry", "Harbours")]
        [InlineData("The Ministry of the Coast said it would reply.", "Ministry", "Ministry of the Coast", "Ministry", "Coast")]
        [InlineData("Officials at the ministry of fisheries affairs said nothing.", "ministry", "ministry of fisheries", "ministry", "fisheries")]
        [InlineData("THE DEPARTMENT OF HARBOURS SAID IT WOULD REPLY.", "DEPARTMENT", "DEPARTMENT OF HARBOURS", "DEPARTMENT", "HARBOURS")]
        public void AMinistrysNameIsReadInEitherForm(string text, string first, string name, string head, string portfolio)
        {
            var tk = Tokenizer.Tokenize(text, Array.Empty<QuotationSpan>());
            int at = IndexOf(tk, first);
            var read = MinistryNames.Read(tk, at, tk.Count);
            Assert.NotNull(read);
            var m = read!.Value;
            Assert.Equal(at, m.Start);
            Assert.Equal(name, string.Join(" ", Enumerable.Range(m.Start, m.End - m.Start).Select(k => tk[k].Text)));
            Assert.Equal(head, tk[m.Head].Text);
            Assert.Equal(portfolio, tk[m.Portfolio].Text);
            Assert.Equal(head == first, m.HeadFirst);
        }

        [Theory]
        // no head; a head with no portfolio's word before it or after its "of"; "of" (and "the") with nothing after them
        [InlineData("The harbour master said it would reply.", "harbour")]
        [InlineData("The Ministry said it would reply.", "Ministry")]
        [InlineData("The ministry, of course, said it would reply.", "ministry")]
        [InlineData("Questions for the Ministry of", "Ministry")]
        [InlineData("Questions for the Ministry of the", "Ministry")]
        public void NoMinistrysNameIsReadWhereNoneStarts(string text, string first)
        {
            var tk = Tokenizer.Tokenize(text, Array.Empty<QuotationSpan>());
            Assert.Null(MinistryNames.Read(tk, IndexOf(tk, first), tk.Count));
        }

        [Fact]
        public void AMinistrysNameIsReadOnlyBeforeTheEndGiven()
        {
            // ("… the Ministry of Harbours" read up to a mention that starts at "Harbours" is no name)
            var tk = Tokenizer.Tokenize("Questions for the Ministry of Harbours.", Array.Empty<QuotationSpan>());
            int at = IndexOf(tk, "Ministry");
            Assert.NotNull(MinistryNames.Read(tk, at, tk.Count));
            Assert.Null(MinistryNames.Read(tk, at, IndexOf(tk, "Harbours")));
        }

        private static int IndexOf(TokenList tk, string word)
        {
            for (int k = 0; k < tk.Count; k++)
                if (tk[k].Text == word) return k;
            throw new InvalidOperationException(word);
        }
    }
}
