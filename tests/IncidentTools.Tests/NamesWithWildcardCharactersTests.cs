using System.Linq;
using IncidentTools.Commands;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A name that holds wildcard characters (a file "story [a].txt" gives the id "story [a]"; a headline "[VIDEO] …"): typed
    /// whole it finds its item, and tab completion inserts it escaped, so the value completed matches itself.
    /// </summary>
    [Collection("CompletionCache")]
    public class NamesWithWildcardCharactersTests
    {
        [Theory]
        [InlineData("story [a]", "story [a]", true)]
        [InlineData("story [a]", "STORY [A]", true)]
        [InlineData("story [a]", "story `[a`]", true)]
        [InlineData("story a", "story [a]", true)]
        [InlineData("story [b]", "story [a]", false)]
        public void ANameTypedWholeFindsItself(string value, string pattern, bool expected) =>
            Assert.Equal(expected, Wildcard.IsMatchOrSame(value, pattern));

        [Fact]
        public void ABracketThatOpensNoSetIsNoWildcard()
        {
            Assert.False(Wildcard.ContainsWildcard("story [a"));
            Assert.False(Wildcard.ContainsWildcard("story []"));
            Assert.True(Wildcard.ContainsWildcard("story [ab]"));
            Assert.True(Wildcard.IsMatch("story [a", "story [a"));
            // a literal name that names nothing is reported, not a silent wildcard
            var filter = new NameFilter("Id", "document id", ErrorIds.UnknownDocument, new[] { "story [a" });
            Assert.False(filter.Test("story [a]"));
            Assert.Equal(new[] { "story [a" }, filter.Unmatched().ToArray());
        }

        [Fact]
        public void AFilterKeepsTheItemANameWithBracketsNames()
        {
            var filter = new NameFilter("Id", "document id", ErrorIds.UnknownDocument, new[] { "story [a]" });
            Assert.True(filter.Test("story [a]"));
            Assert.False(filter.Test("story [b]"));
            Assert.True(filter.Matches("story [a]"));
        }

        [Fact]
        public void CompletionEscapesWildcardCharactersForAParameterThatTakesWildcards()
        {
            using var folder = new TempFolder();
            folder.Write("story [a].txt", "Bridge closed\n\nThe bridge is closed.\n");
            var paths = new[] { folder.Path };
            var wild = Assert.Single(new DocumentIdCompleter().Complete("st", paths, wildcards: true));
            Assert.Equal("story [a]", wild.Value);
            Assert.Equal("'story `[a`]'", wild.CompletionText);
            Assert.True(Wildcard.IsMatch("story [a]", wild.CompletionText.Trim('\'')));
            var plain = Assert.Single(new DocumentIdCompleter().Complete("st", paths, wildcards: false));
            Assert.Equal("'story [a]'", plain.CompletionText);
        }
    }
}
