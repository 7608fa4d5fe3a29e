using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// IssuedMissive: "The board issued a statement on Friday. “…”": a whole statement after the sentence whose subject issues
    /// a statement, a letter or a message is the issuer's; a missive with an author of its own, one the subject only reads,
    /// one issued in a subordinate clause, or a paragraph that attributes a quotation itself leave it open.
    /// </summary>
    public class IssuedMissiveTests
    {
        private const string Statement = "“We regret the closure of the pier and we will pay for every repair the engineers find necessary.”";

        private static IncidentTools.Attribution.AttributionContext Run(string body) =>
            RunRules(body, new ContinuationPass(new IssuedMissive()));

        [Theory]
        [InlineData("After the storm, the harbour board issued a statement on Friday apologising to the fishermen. " + Statement, "the harbour board", "issued")]
        [InlineData("Mayor Ada Lund has released a brief written statement.\n\n" + Statement, "Mayor Ada Lund", "released")]
        [InlineData("The ferry company posted a message to its customers on Sunday night. " + Statement, "The ferry company", "posted")]
        // "the <office> of <the body>" is one noun phrase whose head is the office: its verb of publishing follows the "of" phrase
        [InlineData("The commander of the harbour police issued the following statement.\n\n" + Statement, "The commander", "issued")]
        [InlineData("The head of the harbour board issued a statement on Friday. " + Statement, "The head", "issued")]
        [InlineData("The chief of the Vesta ferry service has released a short statement.\n\n" + Statement, "The chief", "released")]
        // past the name apposed between commas and a word of time before the verb
        [InlineData("The commander of the harbour police, Adm. Tom Reyes, today issued the following statement:\n\n" + Statement, "The commander", "issued")]
        public void TheStatementAfterTheSentenceThatIssuesItIsTheIssuers(string body, string source, string cue)
        {
            var a = Of(Run(body), "We regret")!;
            Assert.Equal("IssuedMissive", a.Rule);
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        // the missive has an author of its own: the words are Lund's, not the board's
        [InlineData("The harbour board released a statement from Ada Lund on Friday. " + Statement)]
        // the subject reads another's statement: no verb of publishing
        [InlineData("Ada Lund read the board's statement on Friday. " + Statement)]
        // the issuer is the subject of a subordinate clause, not of the sentence
        [InlineData("After the board issued a statement, Ada Lund walked to the pier. " + Statement)]
        // not a missive: a report of findings is quoted, it does not speak to readers in its issuer's words
        [InlineData("The harbour board published a report on the storm damage. " + Statement)]
        // the "of" phrase holds a relative clause: the one who issued is not the subject
        [InlineData("The cousin of the captain who issued a statement walked to the pier on Friday. " + Statement)]
        // a document's "of" phrase: a report issues nothing in its own words
        [InlineData("The report of the harbour board released a statement on Friday. " + Statement)]
        // the aside after the "of" phrase is a clause of its own, no verb of publishing after it
        [InlineData("The head of the harbour board, who lost a boat, walked out of the meeting. " + Statement)]
        public void OtherwiseTheStatementStaysOpen(string body) =>
            Assert.Null(Of(Run(body), "We regret"));

        [Theory]
        [InlineData("Immediately after the storm, the harbour board issued a statement, " + Statement, "the harbour board", "issued")]
        [InlineData("After the storm, the harbour board issued a statement, " + Statement, "the harbour board", "issued")]
        [InlineData("Mayor Ada Lund released a brief written statement on Friday, " + Statement, "Mayor Ada Lund", "released")]
        public void TheStatementAfterTheCommaThatEndsTheIssuingClauseIsTheIssuers(string body, string source, string cue)
        {
            var c = Run(body);
            var a = Of(c, "We regret")!;
            Assert.Equal("IssuedMissive", a.Rule);
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
            // the content is the whole quotation
            var q = System.Linq.Enumerable.Single(c.Document.Quotations);
            Assert.Equal(q.Start, a.Content.Start);
            Assert.Equal(q.Text.Length, a.Content.Length);
        }

        [Theory]
        // the clause goes on past the missive: the quotation follows what the board did with it, not the missive itself
        [InlineData("The harbour board issued a statement about the pier to the fishermen, " + Statement)]
        // no missive ends the clause: a visit, then words nobody is said to say
        [InlineData("The harbour board visited the pier on Friday, " + Statement)]
        // a sign on the pier: the comma follows no clause of issuing
        [InlineData("A sign on the pier, " + Statement)]
        public void AfterACommaOtherwiseTheStatementStaysOpen(string body) =>
            Assert.Null(Of(Run(body), "We regret"));

        [Fact]
        public void AParagraphThatAttributesAQuotationItselfLeavesItOpen()
        {
            var c = RunRules("The harbour board issued a statement on Friday.\n\n" + Statement + " Then Tomas Ortiz said: “We will see.”",
                new CueBeforeQuote(close: true), new ContinuationPass(new IssuedMissive()));
            Assert.Equal("Tomas Ortiz", Of(c, "We will see")!.Source!.Text);
            Assert.Null(Of(c, "We regret"));
        }
    }
}
