using System;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare "the investigators" (speaker-nouns.txt 'findings') speaks for the findings the text named before it, or for
    /// no side, never for the side quoted last (speaker108). Texts written for these tests.
    /// </summary>
    public class FindingsMakersPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }),
        };

        private static IncidentClaim ClaimOf(string body, string contentStart)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Two words about the ferry collision\n\n" + body);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith(contentStart, StringComparison.Ordinal));
        }

        [Fact]
        public void BareInvestigatorsAfterAReportOfNoSideTakeNotTheSideQuotedLast()
        {
            var body = "Who: the Norwegian coast guard.\n" +
                       "What it means: Norway's ministry said the ferry kept to its lane all night.\n\n" +
                       "Who: the harbour board's report.\n" +
                       "What it means: the investigators wrote that a Swedish pilot was given the wrong buoy number.\n";
            Assert.Equal("Northern side", ClaimOf(body, "the ferry kept to its lane").Party);
            Assert.Null(ClaimOf(body, "a Swedish pilot was given").Party);
        }

        [Fact]
        public void BareInvestigatorsAfterASidesReportSpeakForThatSide()
        {
            var body = "The Swedish inquiry was published on Monday.\n\n" +
                       "Norway's ministry said the ferry kept to its lane all night.\n\n" +
                       "The investigators wrote that a Norwegian pilot was given the wrong buoy number.\n";
            Assert.Equal("Southern side", ClaimOf(body, "a Norwegian pilot was given").Party);
        }

        [Fact]
        public void InvestigatorsWithASideOfTheirOwnKeepIt()
        {
            // the near miss: words that name a side are read before the bare reading
            var body = "Norway's ministry said the ferry kept to its lane all night.\n\n" +
                       "Swedish investigators wrote that a Norwegian pilot was given the wrong buoy number.\n";
            Assert.Equal("Southern side", ClaimOf(body, "a Norwegian pilot was given").Party);
        }
    }
}
