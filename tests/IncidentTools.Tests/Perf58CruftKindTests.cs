using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Corpus;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf58: the reader keeps the kind it gave each removed line it classified (<see cref="IncidentDocument.RemovedCruftKinds"/>),
    /// so that the dateline's country, which asks of the removed lines again which are bylines, does not classify them anew. A
    /// line classified as a body line (after the body began) answers as a header line would: a byline is told before the
    /// classification asks whether the line is in the header. A line taken out unclassified (a teaser's line, a dateline cut
    /// from the body) keeps no kind and is classified as before. Texts written for these tests.
    /// </summary>
    public class Perf58CruftKindTests
    {
        private static IncidentDocument Read(string text)
        {
            using var folder = new TempFolder();
            var file = folder.Write("story.txt", text);
            return Assert.Single(IncidentCorpus.Load(file).Documents);
        }

        /// <summary>A page with header lines, cruft inside the body and a teaser list after it.</summary>
        private const string FullPage =
            "Skip to main content\n\nFerries stay in port\n\nBy Jo Bell, The Harbor Post, Peshawar, May 3, 2013\n\nAdvertisement\n\n" +
            "The harbour was quiet on Friday as ferries stayed in port.\n\nPhoto: City of Springfield\n\n" +
            "The port authority said the channel would reopen on Monday.\n\nPart of complete coverage on\n\nBy Ann Cole, Karachi, May 4, 2013\n\nMore stories";

        /// <summary>Pages with header lines, cruft inside the body and a teaser list after it.</summary>
        public static TheoryData<string> Pages => new TheoryData<string>
        {
            FullPage,
            "Ferries stay in port\n\nBy our correspondent, Karachi, May 3, 2013\n\nThe harbour was quiet.\n\n24 comments\n\nShare this article\n",
            "Ferries stay in port\n\nStaff Reporter | Peshawar | May 3, 2013\n\nKARACHI: The harbour was quiet.\n\nREAD MORE: Why old piers crack\n",
            "Ferries stay in port\n\nThe harbour was quiet on Friday as ferries stayed in port.\n\nAdvertisement\n\nThe port said it would reopen.\n",
        };

        [Theory]
        [MemberData(nameof(Pages))]
        public void EveryKindKeptIsTheOneTheClassificationGivesTheLineAndTellsABylineAsTheHeaderDoes(string page)
        {
            var doc = Read(page);
            var kinds = doc.RemovedCruftKinds;
            Assert.NotNull(kinds);
            Assert.Equal(doc.RemovedCruft.Count, kinds!.Count);
            for (int i = 0; i < kinds.Count; i++)
            {
                if (kinds[i] is not { } kind) continue;
                var line = doc.RemovedCruft[i];
                Assert.True(PageCruft.Classify(line, true).Kind == kind || PageCruft.Classify(line, false).Kind == kind);
                Assert.Equal(PageCruft.Classify(line, true).Kind == CruftKind.Byline, PageCruft.IsByline(kind));
            }
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void TheCountryOfTheRemovedLinesIsTheSameWithTheKindsKept(string page)
        {
            var doc = Read(page);
            Assert.Equal(DatelineCountry.OfBylineOrMasthead(doc.RemovedCruft)?.Name,
                         DatelineCountry.OfBylineOrMasthead(doc.RemovedCruft, doc.RemovedCruftKinds)?.Name);
        }

        [Fact]
        public void EveryClassifiedLineKeepsItsKindAndATeasersLinesKeepNone()
        {
            var doc = Read(FullPage);
            var byline = doc.RemovedCruft.ToList().IndexOf("By Jo Bell, The Harbor Post, Peshawar, May 3, 2013");
            Assert.Equal(CruftKind.Byline, doc.RemovedCruftKinds![byline]);
            Assert.Equal(CruftKind.Navigation, doc.RemovedCruftKinds[doc.RemovedCruft.ToList().IndexOf("Skip to main content")]);
            // after the body began: classified as a body line; in the teaser list: unclassified, classified again when read
            Assert.Equal(CruftKind.PhotoCaption, doc.RemovedCruftKinds[doc.RemovedCruft.ToList().IndexOf("Photo: City of Springfield")]);
            Assert.Null(doc.RemovedCruftKinds[doc.RemovedCruft.ToList().IndexOf("By Ann Cole, Karachi, May 4, 2013")]);
            Assert.Equal("Pakistan", DatelineCountry.Of(AnalysedDocument.Of(doc))?.Name);
        }

        [Fact]
        public void ABylineWhoseKindIsKeptIsNotClassifiedAgain()
        {
            // the kind kept answers: a line given as a byline by its kept kind is read as one, whatever its words
            var lines = new[] { "Jo Bell, The Harbor Post, Peshawar, May 3, 2013" };
            Assert.Null(DatelineCountry.OfBylineOrMasthead(lines));
            Assert.Equal("Pakistan", DatelineCountry.OfBylineOrMasthead(lines, new CruftKind?[] { CruftKind.Byline })?.Name);
            Assert.Null(DatelineCountry.OfBylineOrMasthead(lines, new CruftKind?[] { null }));
        }
    

        [Theory]
        [InlineData("By Jo Bell")]
        [InlineData("By Jo Bell, The Harbor Post, Peshawar, May 3, 2013")]
        [InlineData("From Ann Cole, for The Harbor Post")]
        [InlineData("By the numbers: how the port lost its ferries")]
        [InlineData("March 4, 2026")]
        [InlineData("The Harbor Post | May 3, 2024")]
        [InlineData("Photo: City of Springfield")]
        [InlineData("Updated 6:39 PM, March 4, 2026")]
        [InlineData("Part of complete coverage on")]
        [InlineData("Skip to main content")]
        [InlineData("The port authority said the channel would reopen on Monday.")]
        public void ALineIsABylineInTheBodyExactlyWhenItIsOneInTheHeader(string line)
        {
            // what lets a line classified as a body line answer for the header: the header-only tests give stamps, never bylines
            Assert.Equal(PageCruft.Classify(line, true).Kind == CruftKind.Byline, PageCruft.IsByline(PageCruft.Classify(line, false).Kind));
        }

        [Fact]
        public void ABylineAfterTheBodyBeganKeepsItsKind()
        {
            var doc = Read("Ferries stay in port\n\nThe harbour was quiet on Friday as ferries stayed in port.\n\n" +
                           "By Jo Bell, The Harbor Post, Peshawar, May 3, 2013\n\nThe port said it would reopen.\n");
            int at = doc.RemovedCruft.ToList().IndexOf("By Jo Bell, The Harbor Post, Peshawar, May 3, 2013");
            Assert.True(at >= 0);
            Assert.Equal(CruftKind.Byline, doc.RemovedCruftKinds![at]);
            Assert.Equal("Pakistan", DatelineCountry.Of(AnalysedDocument.Of(doc))?.Name);
        }
    }
}
