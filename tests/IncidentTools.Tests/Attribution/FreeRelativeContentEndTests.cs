using IncidentTools.Attribution.Rules;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The content of a free relative whose gap is the reported clause's subject ("aimed at what analysts believed was a
    /// depot") ends at a comma before a contrast or a new clause ("…, but the building …" is the writer's; a list after the
    /// comma is still the relative's), and at the
    /// "than" of a comparison opened before the relative ("fired more shells at what X said was a school than at …").
    /// Sentences of the tests' own.
    /// </summary>
    public class FreeRelativeContentEndTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) =>
            ReportedSpeechText.Run(body, new CueThenContent());

        [Theory]
        [InlineData("The barges were sent to what the pilots believed was an empty wharf, but the wharf had been sold to a shipyard.", "the pilots", "was an empty wharf")]
        [InlineData("The crews poured more sand on what the mayor said was the weakest dyke than on the harbour wall.", "the mayor", "was the weakest dyke")]
        [InlineData("The crews poured sand on what the mayor said was more than a mile of dyke.", "the mayor", "was more than a mile of dyke")]
        // near miss: a list after the comma is still the relative's
        [InlineData("The ferry line has adapted to what its manager said is growing demand for cabins, bicycles and cars in the summer.", "its manager", "is growing demand for cabins, bicycles and cars in the summer")]
        public void TheContentEndsWithTheRelative(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }
    }
}
