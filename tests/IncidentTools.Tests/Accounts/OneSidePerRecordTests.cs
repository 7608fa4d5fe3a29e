using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// One side per attribution: a quotation and the claim of the same attribution give the same party (the claims' reading
    /// of the speaker, the mention's words and the chain of earlier speakers, else the party the speaker resolver found from
    /// the office, the country tables or the manifest's party of others); and one who left an office ("a former …",
    /// "retired …") speaks for no side by it. Texts and manifests of the tests' own.
    /// </summary>
    public class OneSidePerRecordTests
    {
        private static readonly PartyDefinition Sweden = new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }, organisations: new[] { "Coast Guard Command" });
        private static readonly PartyDefinition Denmark = new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, organisations: new[] { "Royal Danish Navy" });
        private static readonly PartyDefinition Others = new PartyDefinition("Independent", null, null, null, "Experts and other countries", others: true);

        private const string Story =
            "Strait inquiry\n\n" +
            "STOCKHOLM — A Swedish inquiry into the collision was published on Monday. The report said the ferry had been \"badly mapped\" by both navies.\n\n" +
            "Defence Minister Lars Berg said the patrol boat \"never fired a shot\" that night.\n\n" +
            "Lena Holm, a former Swedish coast guard commander, said the crews had \"no common radio\" at all.\n\n" +
            "The Danish ambassador in Stockholm said the talks would be \"long and hard\" for both.\n\n" +
            "Two retired Danish admirals said the navies had \"trained apart\" for years.\n";

        private static (IReadOnlyList<IncidentQuote> Quotes, IReadOnlyList<IncidentClaim> Claims) Read(string text, PartyDefinition[] parties)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", text);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return (QuoteFinder.Find(doc, parties), ClaimFinder.Find(doc, parties, null));
        }

        private static string? SideOf(IReadOnlyList<IncidentQuote> quotes, IReadOnlyList<IncidentClaim> claims, string quoted)
        {
            var quote = Assert.Single(quotes, q => q.Text == quoted);
            var claim = Assert.Single(claims, c => c.Content.Contains(quoted));
            Assert.Equal(claim.Party, quote.Party);
            return quote.Party;
        }

        [Theory]
        [InlineData("badly mapped", "Sweden")]
        // a minister the manifest does not list, in a story filed from the minister's capital: the claim had no side
        [InlineData("never fired a shot", "Sweden")]
        // one who left the office: the manifest's party of others, not the side the office names
        [InlineData("no common radio", "Independent")]
        [InlineData("long and hard", "Denmark")]
        [InlineData("trained apart", "Independent")]
        public void TheQuotationAndItsClaimGiveOneSide(string quoted, string side)
        {
            var (quotes, claims) = Read(Story, new[] { Sweden, Denmark, Others });
            Assert.Equal(side, SideOf(quotes, claims, quoted));
        }

        [Fact]
        public void OneWhoLeftTheOfficeHasNoSideWithoutAPartyOfOthers()
        {
            var (quotes, claims) = Read(Story, new[] { Sweden, Denmark });
            Assert.Null(SideOf(quotes, claims, "no common radio"));
            Assert.Null(SideOf(quotes, claims, "trained apart"));
            // the near miss: the one who holds the office keeps its side
            Assert.Equal("Sweden", SideOf(quotes, claims, "never fired a shot"));
        }

        [Fact]
        public void WithoutAManifestOneWhoLeftTheOfficeHasNoCountry()
        {
            var text = "Strait inquiry\n\n" +
                       "Lena Holm, a former Swedish coast guard commander, said the crews had \"no common radio\" at all.\n\n" +
                       "Per Vang, the Danish navy's spokesman, said the crews had \"trained apart\" for years.\n";
            var (quotes, claims) = Read(text, Array.Empty<PartyDefinition>());
            Assert.Null(SideOf(quotes, claims, "no common radio"));
            Assert.Equal("Denmark", SideOf(quotes, claims, "trained apart"));
        }
    }
}
