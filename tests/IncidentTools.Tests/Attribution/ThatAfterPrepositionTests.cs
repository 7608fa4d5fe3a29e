using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"that" right after a preposition ("short of that target") is a determiner: the content starts at the verb (texts of its own).</summary>
    public class ThatAfterPrepositionTests
    {
        [Theory]
        [InlineData("Doctors say most patients fall short of that target.", "most patients fall short of that target")]
        [InlineData("Engineers say the crews worked on that bridge overnight.", "the crews worked on that bridge overnight")]
        [InlineData("The mayor said she was leaving and that the pier was safe.", "she was leaving and that the pier was safe")]
        public void ThatAfterAPrepositionIsPartOfTheContent(string sentence, string content)
        {
            Assert.Contains(Run(sentence, new CueThenContent()), f => f.Content == content);
        }

        [Fact]
        public void ThatAfterAPhraseOfTimeStillOpensTheContent()
        {
            // near miss: "said on Monday that …" — "that" after a noun, not after the preposition
            Assert.Contains(Run("The harbour master said on Monday that the pier was safe.", new CueThenContent()), f => f.Content == "the pier was safe");
            // "concluded in that case that …": the second "that" still opens the content
            Assert.Contains(Run("The panel concluded in that case that the pier was safe.", new CueThenContent()), f => f.Content == "the pier was safe");
        }
    }
}
