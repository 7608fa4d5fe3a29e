using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>QuoteThenDash: a quotation signed with a dash and a name at the end of its line.</summary>
    public class QuoteThenDashTests
    {
        [Fact]
        public void EachLineItsOwnSignature()
        {
            var c = RunRules("“The ferry is the island’s lifeline.” ― Ada Lund\n“We want the old timetable back.” ― Tomas P. Reyes.\n“Nobody asked us.” — Jo Bell, a teacher in Harwick",
                new QuoteThenDash());
            Assert.Equal("Ada Lund", Of(c, "The ferry")!.Source!.Text);
            Assert.Equal("Tomas P. Reyes", Of(c, "We want")!.Source!.Text);
            Assert.Equal("Jo Bell", Of(c, "Nobody")!.Source!.Text);
            Assert.Null(Of(c, "Nobody")!.CueWords);
        }

        [Fact]
        public void ANameThenTheWorkOrPlaceAfterACommaSigns()
        {
            // an epigraph signed with its author and the book it comes from, or a name and a place
            var c = RunRules("“I am as light as a gull and as merry as a boy.” – Ada Mercer, The Long Winter\n“The quay is ours again.” — Tomas Reyes, Harwick.",
                new QuoteThenDash());
            Assert.Equal("Ada Mercer", Of(c, "I am as light")!.Source!.Text);
            Assert.Equal("Tomas Reyes", Of(c, "The quay")!.Source!.Text);
        }

        [Theory]
        [InlineData("“A Tale of Two Harbours” — a novel about the island.")]
        [InlineData("“We sail at noon” — the captain said it twice, and then the crew left.")]
        [InlineData("“We sail at noon” ―\nAda Lund said it twice.")]
        public void NoSignatureNoAttribution(string body) => Assert.Empty(RunRules(body, new QuoteThenDash()).Found);
    }
}
