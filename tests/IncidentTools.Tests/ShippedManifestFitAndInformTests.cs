using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shipped manifest: the facts said not to fit the report reject its findings ("the evidence does not match the
    /// findings"); "not informed" is the verb's forms only, so "was not information …" denies no telling; a side's men who
    /// "did not provoke anyone" say the other side began it. Sentences of the tests' own.
    /// </summary>
    public class ShippedManifestFitAndInformTests
    {
        private static string? Position(string sentence, string question)
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder, "Pakistan's army spoke about the border posts on Monday.", sentence);
            return corpus.Claims.FirstOrDefault(c => c.Question == question && c.Position != null)?.Position;
        }

        [Theory]
        [InlineData("Pakistan's army said the evidence from the ridge does not match the findings.")]
        [InlineData("A Pakistani general said the facts as his officers found them did not fit the report.")]
        public void TheFactsThatDoNotFitTheReportRejectIt(string sentence) => Assert.Equal("Findings are wrong", Position(sentence, "findings"));

        [Fact]
        public void TheFactsThatFitTheReportRejectNothing() =>
            // near miss: no negator, the words fit
            Assert.NotEqual("Findings are wrong", Position("Pakistan's army said the facts on the ridge fit the report.", "findings"));

        [Theory]
        [InlineData("A Pakistani general said the coalition was not informed of where the patrol was going.")]
        [InlineData("A Pakistani general said the border centre had never been informed of the operation.")]
        public void TheVerbOfInformingNegatedIsAFailureOfCoordination(string sentence) => Assert.Equal("Coordination failed", Position(sentence, "coordination"));

        [Fact]
        public void TheNounInformationAfterANegatorIsNoTellingDenied() =>
            Assert.Null(Position("A Pakistani general said it was not information anyone had held back from the coalition.", "coordination"));

        [Fact]
        public void ASidesMenWhoProvokedNoOneSayTheOtherSideBeganIt() =>
            Assert.Equal("U.S. side fired first", Position("A Pakistani general said our soldiers did not provoke anyone at the border.", "first-fire"));
    }
}
