using System;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Nobody disagreed", "no one said", "Neither side said", "None of them said": a subject of nobody said nothing, so it
    /// makes no attribution, neither of a quotation nor of reported speech (texts of its own).
    /// </summary>
    public class NilSubjectTests
    {
        [Theory]
        [InlineData("“The sluice gates were checked in April.” Nobody disagreed.")]
        [InlineData("“The sluice gates were checked in April,” no one said.")]
        [InlineData("“The sluice gates were checked in April,” nobody replied.")]
        public void AQuotationBeforeASubjectOfNobodyStaysUnattributed(string text)
        {
            var found = Run(text);
            Assert.DoesNotContain(found, f => f.Content.Contains("sluice gates"));
        }

        [Theory]
        [InlineData("Neither side said the levee talks had failed.")]
        [InlineData("None of them said the levee talks had failed.")]
        [InlineData("No one said the levee talks had failed.")]
        public void ReportedSpeechOfNobodyIsNoClaim(string text)
        {
            var found = Run(text);
            Assert.DoesNotContain(found, f => f.Content.Contains("levee talks"));
        }

        [Theory]
        [InlineData("There is no harbour official who said the levee talks had failed.")]
        [InlineData("There was no islander, young or old, who believed the levee talks had failed.")]
        public void TheRelativeOfANounOfNobodyIsNoClaim(string text)
        {
            // "no official who said …", "no islander, young or old, who believed …": the relative stands for nobody
            var found = Run(text);
            Assert.DoesNotContain(found, f => f.Content.Contains("levee talks"));
        }

        [Theory]
        [InlineData("It was the harbour official who said the levee talks had failed.", "who")]
        [InlineData("She spoke to an islander, a retired pilot, who believed the levee talks had failed.", "who")]
        public void TheRelativeOfSomeoneStillSpeaks(string text, string source)
        {
            // near miss: an antecedent with no word of nobody before it, or "no" outside its noun phrase
            var claim = Assert.Single(Run(text), f => f.Content.Contains("levee talks"));
            Assert.Equal(source, claim.Source);
        }

        [Fact]
        public void ANameAfterAWordOfNobodyIsTheNameTheTextWrites()
        {
            // "Neither Ivo Marsh nor his aide …" writes the name "Ivo Marsh": a later surname is that person, not "Neither Ivo Marsh"
            var quotes = QuoteRuleText.Quotes("The harbour board met on Monday. Neither Ivo Marsh nor his aide would comment on the vote.\n\n" +
                                              "“The gates will hold,” Marsh said at a rally later that day.");
            var q = QuoteRuleText.Q(quotes, "The gates will hold");
            Assert.Equal("Ivo Marsh", q.Speaker);
            Assert.Equal("QuoteThenCue", q.Rule);
        }

        [Fact]
        public void NobodyInTheQuotationOrTheContentKeepsTheSpeaker()
        {
            // near miss: "nobody" in the words, not as their source
            const string body = "“Nobody's fault,” said the ferry captain. Mara Quint said nobody had warned the crews.";
            var found = Run(body);
            var quote = Assert.Single(found, f => f.Content == "Nobody's fault,");
            Assert.Equal("QuoteThenCue", quote.Rule);
            Assert.Equal("the ferry captain", quote.Source);
            var claim = Assert.Single(found, f => f.Content == "nobody had warned the crews");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal(AttributionKind.Indirect, claim.Kind);
            Assert.Equal("Mara Quint", claim.Source);
            Assert.Equal((Headline + "\n\n" + body).IndexOf("nobody had", StringComparison.Ordinal), claim.Record.Content.Start);
        }
    }
}
