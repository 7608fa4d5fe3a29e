using System;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf56: allocations of the quotes stage cut without changing what it finds. A mention keeps the words most mentions
    /// lack (head text, title, postmodifier, apposition, owner) in an object made only when one is set; a name's word count
    /// and first two words are read in place, not split.
    /// </summary>
    public class Perf56AllocationTests
    {
        /// <summary>The bytes <paramref name="action"/> allocates on this thread over a hundred runs, after one run to warm it.</summary>
        private static long Allocated(Action action)
        {
            action();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("Bell")]
        [InlineData(" Bell ")]
        [InlineData("Jo Bell")]
        [InlineData("Jo  Bell")]
        [InlineData("  Dean   Martinez ")]
        [InlineData("Ivo A. Lind-Hale")]
        [InlineData("Makhdoom Syed Ali Raza Shah")]
        public void ANamesFirstWordsAreTheFirstOfItsSplitOnBlanks(string text)
        {
            var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            int count = PartyResolver.FirstBlankWords(text, out var first, out var second);
            Assert.Equal(words.Length, count);
            Assert.Equal(words.Length > 0 ? words[0] : null, first);
            Assert.Equal(words.Length > 1 ? words[1] : null, second);
        }

        [Fact]
        public void AOneWordNameIsReadWithoutANewString()
        {
            const string surname = "Bell";
            Assert.Same(surname, PartyResolver.FirstBlankWords(surname, out var first, out _) == 1 ? first : null);
            Assert.Equal(0, Allocated(() => PartyResolver.FirstBlankWords(surname, out _, out _)));
        }

        [Fact]
        public void AMentionWithoutItsRarerWordsMakesNoSideObject()
        {
            long plain = Allocated(() => new Mention { Kind = MentionKind.Pronoun, Text = "he", Determiner = "he" });
            long unset = Allocated(() => new Mention { Kind = MentionKind.Pronoun, Text = "he", Determiner = "he", Title = null, Owner = null, Apposition = null });
            long titled = Allocated(() => new Mention { Kind = MentionKind.Name, Text = "Gen. Jo Bell", Name = "Jo Bell", Title = "Gen." });
            Assert.Equal(plain, unset);
            Assert.True(titled > plain, $"a mention with a title ({titled} bytes) should be larger than one without ({plain})");
        }

        [Fact]
        public void AMentionKeepsItsRarerWordsAndItsCopyOwnsThemApart()
        {
            var owner = new Mention { Kind = MentionKind.Organisation, Text = "the harbour board", Name = "harbour board" };
            var m = new Mention
            {
                Kind = MentionKind.Description, Text = "a statement from the harbour board issued on Monday", HeadText = "a statement",
                Title = "board statement", PostModifier = "issued on Monday", Apposition = "its second", Owner = owner,
            };
            Assert.Equal("a statement", m.HeadText);
            Assert.Equal("board statement", m.Title);
            Assert.Equal("issued on Monday", m.PostModifier);
            Assert.Equal("its second", m.Apposition);
            Assert.Same(owner, m.Owner);

            var copy = m.Copy();
            Assert.Equal(m.HeadText, copy.HeadText);
            Assert.Equal(m.Title, copy.Title);
            Assert.Equal(m.PostModifier, copy.PostModifier);
            Assert.Equal(m.Apposition, copy.Apposition);
            Assert.NotSame(owner, copy.Owner);
            Assert.Equal(owner.Text, copy.Owner!.Text);

            copy.Title = null;
            copy.PostModifier = "issued today";
            copy.Owner.Text = "the port";
            Assert.Equal("board statement", m.Title);
            Assert.Equal("issued on Monday", m.PostModifier);
            Assert.Equal("the harbour board", m.Owner!.Text);
            Assert.Null(copy.Title);

            // a value set back to null reads as null, as before
            m.HeadText = null;
            Assert.Null(m.HeadText);
            Assert.Null(new Mention().Owner);
        }
    }
}
