using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, compared with 23 percent who said the pier was unsafe": a counted share of a group, which the mention grammar does
    /// not read, is the antecedent of the person's relative "who", and the relative clause's reporting verb is that share's
    /// finding (before, the clause had no source at all). Only "who": "which" after a share of a thing stays the gap of its
    /// clause. Invented harbour polls; the whole pipeline.
    /// </summary>
    public class ShareRelativeSourceTests
    {
        private const string Heading = "A headline for the test\n\n";

        [Fact]
        public void ASharesWhoReportsItsOwnFinding()
        {
            const string body = "Most dockers backed the strike, compared with 23 percent who said the pier was unsafe but usable.";
            var f = Assert.Single(Run(body), x => x.Cue == "said");
            Assert.Equal("CueThenContent", f.Rule);
            Assert.Equal("who", f.Source);
            Assert.Equal("23 percent", f.Record.Source!.Owner!.Text);
            Assert.Equal("the pier was unsafe but usable", f.Content);
            Assert.Equal(Heading.Length + body.IndexOf("the pier", System.StringComparison.Ordinal), f.Record.Content.Start);
        }

        [Theory]
        [InlineData("Forty-one percent would choose Lund, compared with 30 percent who say the same of Reyes.", "say", "the same of Reyes")]
        [InlineData("Almost half said they wanted an outsider, compared with four in 10 who said they preferred a harbour veteran.", "said", "they preferred a harbour veteran")]
        public void ARatioOrPercentBeforeWho(string body, string cue, string content)
        {
            var f = Assert.Single(Run(body), x => x.Source == "who");
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void WhichAfterAShareOfAThingIsNoSource()
        {
            var found = Run("Turnout in the harbour ward was 23 percent, which officials said was the lowest in years.");
            Assert.DoesNotContain(found, x => x.Source == "which" || x.Source == "23 percent");
            Assert.Equal("officials", Assert.Single(found, x => x.Cue == "said").Source);
        }
    }
}
