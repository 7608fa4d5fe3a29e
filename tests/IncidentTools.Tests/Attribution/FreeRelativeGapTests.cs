using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A free relative "what" after a preposition or a form in -ing, whose clause has a verb of saying or thought right before
    /// a finite verb ("adapted to what she said is growing demand"): "what" stands in the gap of the reported clause's
    /// subject, and that clause is what the subject said. Not after a verb ("asked what they thought was …"), where the
    /// relative is a question or an object. Texts of the test's own.
    /// </summary>
    public class FreeRelativeGapTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("The harbour club has adapted to what its manager said is growing demand for moorings.", "its manager", "is growing demand for moorings")]
        [InlineData("The ferry came back within a day, displaying what many skippers said was a sign of better weather.", "many skippers", "was a sign of better weather")]
        [InlineData("Lund focused on what she said were the failures of the harbour board.", "she", "were the failures of the harbour board")]
        [InlineData("The board turned to what engineers believe will be the safest pier on the coast.", "engineers", "will be the safest pier on the coast")]
        public void TheClauseAfterTheCueIsReported(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Reporters asked what the captain thought was the cause of the delay.")]   // a question after a verb of asking
        [InlineData("Nobody knows what the captain said was the cause of the delay.")]         // an object of a verb
        [InlineData("The fishermen listened to what the captain said about the storm.")]       // no finite verb after the cue: an object gap
        public void NoGapOfTheSubject(string sentence) =>
            Assert.DoesNotContain(Claims(sentence), x => x.Source == "the captain");
    }
}
