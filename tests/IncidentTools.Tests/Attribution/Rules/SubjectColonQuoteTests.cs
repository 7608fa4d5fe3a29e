using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SubjectColonQuote: a whole statement after the colon that ends its subject's short verb phrase is the subject's (texts of its own).</summary>
    public class SubjectColonQuoteTests
    {
        [Theory]
        [InlineData("Mayor Ada Lund delivered a blunt reply to the board: “The pier stays open. We will not close it.”", "Mayor Ada Lund")]
        [InlineData("The harbour board was firm in its findings: “No further inspection is needed.”", "The harbour board")]
        [InlineData("Asked which ferry she preferred, Lund demurred: “Whichever one is on time.”", "Lund")]
        [InlineData("On Monday, Captain Ivo Berg went even further: “The bridge should never have been built.”", "Captain Ivo Berg")]
        [InlineData("Lund, the mayor since 2019, then turned to the crowd again: “We will rebuild the pier together.”", "Lund")]
        public void TheStatementIsTheSubjects(string body, string mention)
        {
            var a = Of(RunRules(body, new SubjectColonQuote()), "")!;
            Assert.Equal("SubjectColonQuote", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(":", a.CueWords!.Text);
        }

        [Theory]
        [InlineData("Fishermen blocked the pier, with Lund reportedly shouting: “Let them through!”")]                  // another clause after a comma
        [InlineData("Lund shared a message from her deputy that read: “The pier is safe for children.”")]              // someone else's words
        [InlineData("Lund read a statement from the ferry company: “Service resumes on Monday morning.”")]            // from: the company's words
        [InlineData("There is one threat that sailors make every winter: “If the pier closes, we leave the island!”")] // no speaker as subject
        [InlineData("The result was clear to everyone: “Service resumes on Monday morning.”")]                        // names nobody
        [InlineData("Lund called the plan “reckless” in her reply: “Nobody asked the fishermen about it.”")]           // a quotation before the colon
        [InlineData("Lund had one thing on the agenda: the pier.")]                                                  // no quotation
        [InlineData("Lund praised the divers: “brave” and “tireless.”")]                                             // fragments, not a statement
        public void OtherColonsGiveNothing(string body) => Assert.Empty(RunRules(body, new SubjectColonQuote()).Found);
    }
}
