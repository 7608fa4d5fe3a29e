using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Regardless, the water board said …": a connective that opens the sentence before a comma (words.txt intro) is no
    /// name with the subject as its apposition; the subject is the phrase after the comma (the source was "Regardless").
    /// Invented harbour stories.
    /// </summary>
    public class IntroAdverbSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("Regardless, the water board said it found no fault in the pumps.", "the water board", "it found no fault in the pumps")]
        public void TheSubjectFollowsTheComma(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Content == content);
            Assert.Equal(source, f.Source);
        }
    }
}
