using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CueBeforeQuote with a verb that otherwise only follows its quotation ("“…,” she shot back"): right before a quotation
    /// and the comma or colon that introduces it, it introduces that quotation ("Reyes shot back, “…”"); further on it may
    /// report a deed ("fired back at the gunmen, who shouted “…”").
    /// </summary>
    public class AfterVerbRightBeforeQuoteTests
    {
        [Theory]
        [InlineData("When Lund blamed the crews for the delay, Reyes shot back, “The mayor closed the pier herself. The crews only followed orders.”", "Reyes", "shot back")]
        [InlineData("Asked about the new timetable, the harbour master fired back, “Nobody asked the sailors.”", "the harbour master", "fired back")]
        [InlineData("Lund looked at the empty quay. She shrugged, “Who knows when the ferry sails again?”", "She", "shrugged")]
        [InlineData("Reyes scoffed, “The pumps have not worked since spring.”", "Reyes", "scoffed")]
        public void TheVerbIntroducesTheQuotationRightAfterItsComma(string body, string source, string cue)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The guards fired back at the smugglers, who shouted “Go home!” from the pier.")]
        [InlineData("The crew hit back at the port authority with a sign reading “Pay us first.”")]
        public void FurtherOnTheVerbReportsADeedNotTheQuotation(string body)
        {
            var c = RunRules(body, new CueBeforeQuote(close: false));
            var a = Of(c, "");
            Assert.True(a == null || a.Source!.Text != "The guards" && a.Source.Text != "The crew");
        }

        [Fact]
        public void TheWholePipelineGivesTheQuotationToTheSubject()
        {
            var quotes = Quotes("The council met on Monday to discuss the pier.\n\nWhen Lund blamed the crews, Tom Reyes shot back, “The mayor closed the pier herself.”");
            var q = Q(quotes, "The mayor closed");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("CueRightBeforeQuote", q.Rule);
        }
    }
}
