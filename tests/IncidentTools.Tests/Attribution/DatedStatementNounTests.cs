using System;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "her March comment that “…”", "his 2015 remark that …", "the minister's Monday statement that …": a month, a day or a
    /// year between a possessive and its noun of saying keeps the quotation in the clause the possessor's words (texts of its own).
    /// </summary>
    public class DatedStatementNounTests
    {
        [Theory]
        [InlineData("The guild will not back Ada Lund after her March comment that, “the dock fees will double.”", "her", "Ada Lund", "the dock fees will double.")]
        [InlineData("The guild dropped Tom Reyes after his 2015 remark that the pier was “a relic.”", "his", "Tom Reyes", "a relic.")]
        [InlineData("Voters turned on the council after the minister's Monday statement that the ferry was “finished.”", "the minister", null, "finished.")]
        public void ADateBeforeTheNounOfSayingKeepsThePossessorsWords(string body, string source, string? speaker, string quoted)
        {
            var found = Run(body);
            var f = Assert.Single(found, a => a.Rule == "StatementNoun");
            Assert.Equal(source, f.Source);
            Assert.Equal(quoted, f.Content);
            Assert.Equal((Headline + "\n\n" + body).IndexOf(quoted, StringComparison.Ordinal), f.Record.Content.Start);
            if (speaker != null) Assert.Equal(speaker, f.Record.Speaker?.Display);
            // the quotation is not the outer subject's
            Assert.DoesNotContain(found, a => a.Record.Quotations.Count > 0 && a.Rule != "StatementNoun");
        }

        [Fact]
        public void WithoutAQuotationTheCommentIsNoQuote()
        {
            // near miss: no quotation in the clause, so StatementNoun has nothing to give
            var found = Run("The guild will not back Ada Lund after her March comment that the dock fees will double.");
            Assert.DoesNotContain(found, a => a.Rule == "StatementNoun");
        }
    }
}
