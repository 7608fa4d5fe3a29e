using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "He said Reyes chose the harbour scene himself": a "he" or "she" never stands for the person its own reported clause
    /// names as its subject. When the chain of "he" would give that person, the report keeps no speaker rather than the wrong one;
    /// a reported clause about someone else, or the person's possessive, leaves the chain's reading as it was.
    /// </summary>
    public class PronounNotItsClauseSubjectTests
    {
        private const string Story =
            "Tom Reyes plays the captain. “He never wanted to fight,” Reyes said. He said the storm scene was the hardest.\n\n" +
            "“Scripts are vague on the past,” the director said.\n\n";

        [Fact]
        public void APronounIsNotThePersonItsReportedClauseNames()
        {
            var a = Attributions(Story + "He said Reyes chose the harbour scene himself.").Single(x => x.Content == "Reyes chose the harbour scene himself");
            Assert.Equal("CueThenContent", a.Rule);
            Assert.Equal("He", a.Source);
            Assert.Null(a.Speaker);
        }

        [Fact]
        public void NorTheOneItsThatClauseNamesInFull()
        {
            var a = Attributions(Story + "He said that Tom Reyes chose the harbour scene himself.").Single(x => x.Content.EndsWith("Tom Reyes chose the harbour scene himself"));
            Assert.Null(a.Speaker);
        }

        [Fact]
        public void ASourceAfterItsContentStillNamesThePerson()
        {
            // the name is read before the pronoun: "Reyes, he said, …" is Reyes
            var a = Attributions(Story + "Reyes chose the harbour scene himself, he said.").Single(x => x.Content == "Reyes chose the harbour scene himself");
            Assert.Equal("Tom Reyes", a.Speaker);
        }

        [Theory]
        [InlineData("He said the harbour scene was chosen late.", "the harbour scene was chosen late")]
        [InlineData("He said Reyes's double chose the harbour scene.", "Reyes's double chose the harbour scene")]
        public void AClauseAboutAnotherOrThePersonsPossessiveKeepsTheChain(string sentence, string content)
        {
            var a = Attributions(Story + sentence).Single(x => x.Content == content);
            Assert.Equal("Tom Reyes", a.Speaker);
        }

        [Fact]
        public void ASurnameTwoPeopleShareMayBeTheOtherOne()
        {
            // "Reyes" may be Tom, not Ada: the chain's reading stays
            var a = Attributions("Tom Reyes plays the captain. His wife, Ada Reyes, spoke first. “He never wanted to fight,” she said.\n\n" +
                                 "She said Reyes chose the harbour scene himself.").Single(x => x.Content == "Reyes chose the harbour scene himself");
            Assert.Equal("Ada Reyes", a.Speaker);
        }
    }
}
