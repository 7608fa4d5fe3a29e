using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The city of Stenport urged …": in a noun phrase the lexicon does not list, the noun before "of" and a name heads it; the
    /// name says which. The speaker was the name's last word, and a person described with that word ("a Stenport native") was
    /// taken for it. Texts written for these tests.
    /// </summary>
    public class HeadBeforeOfNameTests
    {
        [Theory]
        [InlineData("Jo Bell, a Stenport native, said the truck sped up. The city of Stenport urged people to seek shelter.", "city of Stenport")]
        [InlineData("Jo Bell, a Stenport native, said the truck sped up. In a post, the town of Stenport urged people to seek shelter.", "town of Stenport")]
        public void TheNounBeforeOfANameSpeaks(string body, string speaker)
        {
            var a = Attributions(body).Single(x => x.Cue == "urged");
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void ACountOfAPluralIsThePeopleCounted()
        {
            // near miss: "a number of" counts the plural after it, which speaks
            var a = Attributions("A number of Democrats said the rules were unfair.").Single(x => x.Cue == "said");
            Assert.Equal("Democrats", a.Speaker);
        }
    }
}
