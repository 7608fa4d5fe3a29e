using Xunit;

namespace IncidentTools.Tests
{
    public class WildcardTests
    {
        [Theory]
        [InlineData("001_db9e", "00*", true)]
        [InlineData("001_db9e", "*DB9E", true)]
        [InlineData("001_db9e", "00?_*", true)]
        [InlineData("001_db9e", "01*", false)]
        [InlineData("Pakistan", "pakistan", true)]
        [InlineData("Pakistan", "[op]ak*", true)]
        [InlineData("Pakistan", "[a-c]ak*", false)]
        [InlineData("a*b", "a`*b", true)]
        [InlineData("axb", "a`*b", false)]
        [InlineData("", "*", true)]
        [InlineData("abc", "a*c*", true)]
        [InlineData("abcabd", "*ab?", true)]
        public void MatchesLikePowerShell(string value, string pattern, bool expected) =>
            Assert.Equal(expected, Wildcard.IsMatch(value, pattern));

        [Fact]
        public void NoPatternsMatchEverything()
        {
            Assert.True(Wildcard.MatchesAny("x", null));
            Assert.True(Wildcard.MatchesAny(null, new string[0]));
            Assert.False(Wildcard.MatchesAny(null, new[] { "*" }));
        }

        [Fact]
        public void DetectsWildcards()
        {
            Assert.True(Wildcard.ContainsWildcard("a*"));
            Assert.True(Wildcard.ContainsWildcard("[ab]"));
            Assert.False(Wildcard.ContainsWildcard("a`*"));
            Assert.False(Wildcard.ContainsWildcard("plain"));
        }
    }
}
