using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// accounts83: a report whose subject is a word of nobody with another side after it ("nobody from the coalition told
    /// Pakistan …", "no one at NATO had told us …") is no report of that side: the speaker's claim runs on through it and its
    /// cue counts for the speaker. A report the other side did make still ends the speaker's words at its source. Sentences
    /// of the tests' own, read with the shipped manifest.
    /// </summary>
    public class NilSubjectReportTests
    {
        private static IncidentClaim ClaimOf(IncidentCorpus corpus, string speaker) =>
            corpus.Claims.Single(c => c.Speaker == speaker && c.Cue == "said");

        [Fact]
        public void AReportOfNobodyOfTheOtherSideIsTheSpeakersWord()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pakistani officer said nobody from the coalition told Pakistan there was an operation.",
                "A Pakistani colonel said no one at NATO had told us about the operation.");
            var officer = ClaimOf(corpus, "Pakistani officer");
            Assert.Equal("Pakistan", officer.Party);
            Assert.Equal("Coordination failed", officer.Position);
            var colonel = ClaimOf(corpus, "Pakistani colonel");   // "colonel" is a speaker noun (attrib69): the description keeps its adjective
            Assert.Equal("Pakistan", colonel.Party);
            Assert.Equal("Coordination failed", colonel.Position);
        }

        [Fact]
        public void AReportTheOtherSideMadeStillEndsTheSpeakersWords()
        {
            // the near miss: the coalition did tell; what it told is its word, not the speaker's
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pakistani major said the coalition told Pakistan that Pakistani troops had fired first.");
            var major = ClaimOf(corpus, "Pakistani major");   // "major" is a speaker noun (fix85b): the description keeps its adjective
            Assert.Null(major.Position);
        }
    }
}
