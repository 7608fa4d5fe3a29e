using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A relative clause set off by a comma whose subject is the relative pronoun and whose verb is one of documents
    /// ("the report, which found that …") is the writer's aside on what the document says, even inside what someone else
    /// reports ("The council rejected the report, which found that …"): the document's finding is a claim of its own. A
    /// restrictive relative ("the report that found …") and a document's finding reported by the speaker ("said the report
    /// found …") stay part of the outer report, and so does a wish or a belief in such an aside.
    /// </summary>
    public class DocumentAsideTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) => Run(body);

        [Theory]
        [InlineData("The council rejected the safety report, which found that the ferry had run late on most days.", "the ferry had run late on most days")]
        [InlineData("Harbour owners disputed the results of the state inquiry, which found that the pier was unsafe.", "the pier was unsafe")]
        public void TheDocumentsFindingInTheAsideIsItsOwnClaim(string sentence, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == "which");
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void ARestrictiveRelativeStaysInTheOuterReport()
        {
            Assert.DoesNotContain(Claims("The council rejected the safety report that found the ferry had run late on most days."), x => x.Cue == "found");
        }

        [Fact]
        public void AFindingTheSpeakerReportsStaysInTheOuterReport()
        {
            Assert.DoesNotContain(Claims("The council said the safety report found that the ferry had run late on most days."), x => x.Cue == "found");
        }

        [Fact]
        public void AWishInTheAsideStaysInTheOuterReport()
        {
            Assert.DoesNotContain(Claims("The council rejected the offer from the union, which hoped that talks would resume in May."), x => x.Source == "which");
        }
    }
}
