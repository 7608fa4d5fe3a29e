using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf79: allocations of the speaker resolution and the subject cache cut without changing what they read. A mention's copy
    /// shares its modifiers until either adds one; an entity makes its set of words at the first word added.
    /// </summary>
    public class Perf79AllocationTests
    {
        [Fact]
        public void CopyOfMentionKeepsItsModifiersWhenEitherAddsOne()
        {
            var m = new Mention { Kind = MentionKind.Description, Head = "keeper", Text = "the old lighthouse keeper" };
            m.AddModifier("old");
            var copy = m.Copy();
            var second = m.Copy();
            Assert.Equal(new[] { "old" }, copy.Modifiers);
            copy.AddModifier("lighthouse");
            Assert.Equal(new[] { "old", "lighthouse" }, copy.Modifiers);
            Assert.Equal(new[] { "old" }, m.Modifiers);
            Assert.Equal(new[] { "old" }, second.Modifiers);
            m.AddModifier("harbour");
            Assert.Equal(new[] { "old", "harbour" }, m.Modifiers);
            Assert.Equal(new[] { "old" }, second.Modifiers);
            Assert.Equal(new[] { "old", "lighthouse" }, copy.Modifiers);
            // a mention without modifiers copies none
            var plain = new Mention { Kind = MentionKind.Name, Text = "Ada Lund" };
            var plainCopy = plain.Copy();
            plainCopy.AddModifier("retired");
            Assert.Empty(plain.Modifiers);
            Assert.Equal(new[] { "retired" }, plainCopy.Modifiers);
        }

        [Fact]
        public void EntityWithoutWordsAnswersWithoutASet()
        {
            var e = new Entity { Kind = EntityKind.Person, Display = "Ada Lund" };
            Assert.Equal(0, e.WordCount);
            Assert.False(e.HasWord("pier"));
            Assert.True(e.HasWords(System.Array.Empty<string>()));
            Assert.False(e.HasWords(new[] { "pier" }));
            Assert.True(e.HasWords(new[] { "lund" }, orInDisplay: true));
            e.Words.Add("Pier");
            Assert.Equal(1, e.WordCount);
            Assert.True(e.HasWord("pier"));
            Assert.True(e.HasWords(new[] { "PIER" }));
        }
    }
}
