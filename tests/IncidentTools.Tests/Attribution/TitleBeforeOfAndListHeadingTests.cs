using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Common news forms whose speaker was a piece of the phrase (texts of its own): "The Chief Minister of Sindh said" keeps
    /// its title of two words whole, not "Minister of Sindh", and is a person a later "he" stands for; "Key points from …'s
    /// talk:" heading a list is no introduction of a speaker named "Key".
    /// </summary>
    public class TitleBeforeOfAndListHeadingTests
    {
        [Theory]
        [InlineData("The Chief Minister of Sindh said the canals were full.", "Chief Minister of Sindh")]
        [InlineData("The Chief Minister of Punjab said the canals were full.", "Chief Minister of Punjab")]
        public void ATitleOfTwoWordsBeforeOfStaysWhole(string body, string speaker)
        {
            Assert.Equal(speaker, Attributions(body).Single().Speaker);
        }

        [Fact]
        public void HeAfterTheOfficeIsItsHolder()
        {
            var found = Attributions("Premier Tomas Reyes arrived in the delta on Monday.\n\n" +
                                     "The Director General of Public Works said the gates had held. \"We opened them in time,\" he said.");
            var he = found.Single(a => a.Content.StartsWith("We opened", System.StringComparison.Ordinal));
            Assert.Equal("Director General of Public Works", he.Speaker);
        }

        [Fact]
        public void ATitleOfTwoWordsBeforeANameStillSplits()
        {
            // near miss: a name after the whole title is the speaker, the title its role
            Assert.Equal("Tomas Reyes", Attributions("Chief Minister Tomas Reyes said the canals were full.").Single().Speaker);
        }

        [Fact]
        public void AHeadingOfAListIsNoSpeaker()
        {
            var found = Attributions("Key points from Tomas Reyes's briefing:\n\nThe canals are full and the gates are open.");
            Assert.DoesNotContain(found, a => a.Speaker == "Key");
        }

        [Fact]
        public void ANameThatWritesIntroducesTheParagraph()
        {
            // near miss: a real introduction before the colon keeps its speaker
            var found = Attributions("Tomas Reyes writes from the delta:\n\nThe canals are full and the gates are open.");
            Assert.Equal("Tomas Reyes", found.Single().Speaker);
        }
    }
}
