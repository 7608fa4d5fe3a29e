using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Tests.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf50: the quotations' path is cheap at a command's first document. A quotation's side is read from the attribution
    /// itself (its speaker's party, and its cue and content cut from the text only where a rule reads them), so the quotes
    /// build no records; the records are built once per run and shared by the claims and the attributions. What they decide
    /// is what they decided: the same sides, speakers and offsets. Texts of the tests' own.
    /// </summary>
    public class Perf50FirstResultTests
    {
        /// <summary>Two invented sides (the party index's tests read them too).</summary>
        internal static readonly PartyDefinition[] Parties =
        {
            new PartyDefinition("Northland", new[] { "Northland", "Northern" }, new[] { "Northern Army", "Interior Ministry" }, new[] { "Anna Berg" }),
            new PartyDefinition("Southland", new[] { "Southland", "Southern" }, new[] { "Southern Guard", "Foreign Office" }, new[] { "Omar Diaz" }),
        };

        private const string Body =
            "\"We held our fire until the last moment,\" said Anna Berg, a spokeswoman for the Northern Army.\n\n" +
            "The Southern Guard rejected the account. \"Nobody on our side fired first,\" Omar Diaz told reporters.\n\n" +
            "\"The river was calm that night,\" said Lena Holm, a retired ferry pilot from Eastmere.";

        [Fact]
        public void TheQuotesTakeTheirSidesWithoutBuildingTheRecords()
        {
            using var tmp = new TempFolder();
            var doc = QuoteRuleText.Document(tmp, Body);
            var context = AttributionPipeline.Run(doc, Parties);
            var quotes = QuoteFinder.Quotes(context);
            Assert.Null(context.Records);

            var berg = quotes.Single(q => q.Text.StartsWith("We held", System.StringComparison.Ordinal));
            Assert.Equal("Anna Berg", berg.Speaker);
            Assert.Equal("Northland", berg.Party);
            var diaz = quotes.Single(q => q.Text.StartsWith("Nobody", System.StringComparison.Ordinal));
            Assert.Equal("Omar Diaz", diaz.Speaker);
            Assert.Equal("Southland", diaz.Party);
            // the near miss: a person the manifest does not know, named in full, has no side (not the last speaker's)
            var pilot = quotes.Single(q => q.Text.StartsWith("The river", System.StringComparison.Ordinal));
            Assert.Equal("Lena Holm", pilot.Speaker);
            Assert.Null(pilot.Party);

            // the records, built at the first ask, are the ones every later reader of the run gets
            var records = AttributionFinder.Records(context);
            Assert.Same(records, context.Records);
            Assert.Same(records, AttributionFinder.Records(context));
            var record = records.Single(r => r.Content.StartsWith("We held", System.StringComparison.Ordinal));
            Assert.StartsWith("Anna Berg", record.Source);
            Assert.Equal(doc.SourceText.IndexOf("We held", System.StringComparison.Ordinal), record.ContentStart);
            Assert.Equal(record.Content, doc.SourceText.Substring(record.ContentStart, record.ContentLength));
        }

        [Fact]
        public void TheClaimsGiveTheSidesTheQuotesGave()
        {
            using var tmp = new TempFolder();
            var doc = QuoteRuleText.Document(tmp, Body);
            var quotes = QuoteFinder.Find(doc, Parties);
            var claims = ClaimFinder.Find(doc, Parties, null);
            foreach (var q in quotes.Where(q => q.Speaker != null))
                Assert.Contains(claims, c => c.Speaker == q.Speaker && c.Party == q.Party);
            Assert.Contains(claims, c => c.Speaker == "Omar Diaz" && c.Party == "Southland");
        }
    }
}
