using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>perf16's exact arrays and lazily made lists read as the lists they replace did.</summary>
    public class Perf16ListTests
    {
        [Fact]
        public void AMentionWithoutModifiersHasAnEmptyListAndACopySharesNoModifiers()
        {
            var bare = new Mention { Kind = MentionKind.Description, Head = "official", Text = "the official" };
            Assert.Empty(bare.Modifiers);
            var copy = bare.Copy();
            copy.AddModifier("senior");
            Assert.Empty(bare.Modifiers); // the copy's first modifier makes its own list
            Assert.Equal(new[] { "senior" }, copy.Modifiers);

            var described = new Mention { Kind = MentionKind.Description, Head = "official", Text = "a senior harbour official" };
            described.AddModifiers(new[] { "senior", "harbour" });
            var second = described.Copy();
            second.AddModifier("retired");
            Assert.Equal(new[] { "senior", "harbour" }, described.Modifiers);
            Assert.Equal(new[] { "senior", "harbour", "retired" }, second.Modifiers);
        }

        [Fact]
        public void TokensAndSentencesEnumerateAsTheyIndex()
        {
            const string text = "The harbour board met on Monday. “We will reopen the pier,” Ada Lund said. Nobody asked why.";
            var tokens = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            var byIndex = Enumerable.Range(0, tokens.Count).Select(i => tokens[i].Text).ToList();
            var byForeach = new System.Collections.Generic.List<string>();
            foreach (var t in tokens) byForeach.Add(t.Text);
            Assert.Equal(byIndex, byForeach);
            Assert.Equal(byIndex, tokens.Select(t => t.Text).ToList());

            var sentences = Tokenizer.Sentences(tokens);
            Assert.Equal(3, sentences.Length);
            Assert.Equal(0, sentences[0].Start);
            Assert.Equal(tokens.Count, sentences[sentences.Length - 1].End);
            // a second call on the same thread (the scratch list used again) gives its own array, not the first one's
            var again = Tokenizer.Sentences(Tokenizer.Tokenize("One. Two.", System.Array.Empty<QuotationSpan>()));
            Assert.Equal(2, again.Length);
            Assert.Equal(3, sentences.Length);
        }
    }
}
