using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution of a statement a body issued in the sentence before: "The embassy issued a statement on Sunday.
    /// The statement said …" and "… put out a short statement. It says …" speak for the issuer, not for "statement" or an
    /// earlier organisation; a document of its own words, of another kind, or further back is left as it was.
    /// </summary>
    public class StatementIssuedBeforeTests
    {
        [Theory]
        [InlineData("The Varnian embassy issued a statement on Sunday. The statement said the ferry had left port before the storm.", "The statement", "Varnian embassy")]
        [InlineData("The Varnian embassy issued a statement on Sunday.\n\nThe statement said the ferry had left port before the storm.", "The statement", "Varnian embassy")]
        [InlineData("Harbour master Ines Roca released a short statement. It says the ferry had left port before the storm.", "It", "Ines Roca")]
        [InlineData("Ines Roca posted a message to the crews on Friday. The message said the ferry had left port before the storm.", "The message", "Ines Roca")]
        // a sentence between them that does not name the statement again
        [InlineData("The Varnian embassy issued a statement on Sunday. Ostland rejected it at once. The statement said the ferry had left port before the storm.", "The statement", "Varnian embassy")]
        public void TheStatementOrItSpeaksForItsIssuer(string body, string source, string speaker)
        {
            var found = Run(body);
            var f = Assert.Single(found, x => x.Content == "the ferry had left port before the storm");
            Assert.Equal(source, f.Source);
            Assert.Equal(speaker, f.Record.Speaker?.Display);
        }

        [Theory]
        // another kind of document: the report's findings are not the statement issued
        [InlineData("The Varnian embassy issued a report on Sunday. The statement said the ferry had left port before the storm.", "statement")]
        // a statement of words of its own, not the one just issued
        [InlineData("The Varnian embassy issued a statement on Sunday. The new statement said the ferry had left port before the storm.", "new statement")]
        // the statement named again in between, by another subject: not read as the one issued
        [InlineData("The Varnian embassy issued a statement on Sunday. Ostland rejected the statement at once. The statement said the ferry had left port before the storm.", "statement")]
        public void AnotherDocumentOrAStatementFurtherBackIsNotTheIssuers(string body, string speaker)
        {
            var found = Run(body);
            var f = Assert.Single(found, x => x.Content == "the ferry had left port before the storm");
            Assert.Equal(speaker, f.Record.Speaker?.Display);
        }

        [Fact]
        public void AQuotationTheStatementTagsAParagraphLaterIsTheIssuers()
        {
            var found = Run("The Varnian embassy released a statement on Sunday condemning the seizure. It named the captain.\n\n" +
                            "“We will not pay for a ship that was taken unlawfully,” the statement said.", out var ctx);
            var q = ctx.AttributionOf(ctx.Document.Quotations.Single())!;
            Assert.Equal("QuoteThenCue", q.Rule);
            Assert.Equal("the statement", q.Source!.Text);
            Assert.Equal("Varnian embassy", q.Speaker?.Display);
        }

        [Theory]
        // a group's letter: "it" is the letter (DocumentItTests), not the group
        [InlineData("Hundreds of ferry crews released a statement urging the harbour board to act. It says the ferry had left port before the storm.")]
        // an organisation named after the statement may be what "it" means
        [InlineData("Harbour master Ines Roca released a statement urging the Harbour Authority to act. It says the ferry had left port before the storm.")]
        public void AnItAfterAGroupsStatementOrPastAnOrganisationIsNotTheIssuer(string body)
        {
            var found = Run(body);
            var f = Assert.Single(found, x => x.Content == "the ferry had left port before the storm");
            Assert.NotEqual("Ines Roca", f.Record.Speaker?.Display);
            Assert.NotEqual("ferry crews", f.Record.Speaker?.Display);
        }

        [Fact]
        public void AnItThatStandsForAPersonsReportIsNotTheIssuersStatement()
        {
            // "it" after a report someone published is not a statement they issued: no speaker from this step
            var found = Run("Harbour master Ines Roca published a report on Friday. It says the ferry had left port before the storm.");
            var f = Assert.Single(found, x => x.Content == "the ferry had left port before the storm");
            Assert.NotEqual("Ines Roca", f.Record.Speaker?.Display);
        }
    }
}
