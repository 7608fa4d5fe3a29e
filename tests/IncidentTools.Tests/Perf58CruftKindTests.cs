using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Corpus;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf58: the reader keeps the kind it gave each removed line of the page header
    /// (<see cref="IncidentDocument.RemovedCruftKinds"/>), so that the dateline's country, which reads the removed lines again
    /// as header lines for a byline, does not classify them anew. The kind kept is the one the header classification gives;
    /// a line taken out otherwise (after the body began, a teaser's line, a dateline cut from the body) keeps none and is
    /// classified as before. Texts written for these tests.
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
        public void EveryKindKeptIsTheOneTheHeaderClassificationGivesTheLine(string page)
        {
            var doc = Read(page);
            var kinds = doc.RemovedCruftKinds;
            Assert.NotNull(kinds);
            Assert.Equal(doc.RemovedCruft.Count, kinds!.Count);
            for (int i = 0; i < kinds.Count; i++)
                if (kinds[i] is { } kind) Assert.Equal(PageCruft.Classify(doc.RemovedCruft[i], true).Kind, kind);
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
        public void AHeaderBylineKeepsItsKindAndATeasersLinesKeepNone()
        {
            var doc = Read(FullPage);
            var byline = doc.RemovedCruft.ToList().IndexOf("By Jo Bell, The Harbor Post, Peshawar, May 3, 2013");
            Assert.Equal(CruftKind.Byline, doc.RemovedCruftKinds![byline]);
            Assert.Equal(CruftKind.Navigation, doc.RemovedCruftKinds[doc.RemovedCruft.ToList().IndexOf("Skip to main content")]);
            // after the body began, and in the teaser list: classified again when read
            Assert.Null(doc.RemovedCruftKinds[doc.RemovedCruft.ToList().IndexOf("Photo: City of Springfield")]);
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
    }
}
