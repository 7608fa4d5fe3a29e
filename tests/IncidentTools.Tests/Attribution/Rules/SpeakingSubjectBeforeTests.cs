using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SpeakingSubjectBefore: "Reyes kept up his criticism. / “…”": a statement paragraph after a speaking subject.</summary>
    public class SpeakingSubjectBeforeTests
    {
        private static IncidentTools.Attribution.AttributionContext Run(string body) =>
            RunRules(body, new ContinuationPass(new SpeakingSubjectBefore()));

        [Fact]
        public void AStatementParagraphAfterASpeakingSubjectIsTheirs()
        {
            var c = Run("The harbour board met on Friday. Tom Reyes said the pumps would fail again.\n\n“They have not been serviced in three years, and everybody on the quay knows it.”");
            var a = Of(c, "They have not")!;
            Assert.Equal("SpeakingSubjectBefore", a.Rule);
            Assert.Equal("Tom Reyes", a.Source!.Text);
        }

        [Fact]
        public void NoSpeakingVerbOrNoPersonLeavesItOpen()
        {
            var c = Run("Tom Reyes walked along the quay.\n\n“They have not been serviced in three years.”\n\n" +
                        "The harbour board said the pumps would fail again.\n\n“Nobody on the quay trusts the pumps any more.”");
            Assert.Empty(c.Found);
        }

        [Fact]
        public void ASentenceAdverbBeforeAnAsideIsNoSubject()
        {
            var c = Run("Reyes doubts the board. Rather, he said, the pumps would fail again.\n\n“They have not been serviced in three years.”");
            Assert.NotEqual("Rather", Of(c, "They have not")?.Source?.Text);
        }

        [Fact]
        public void AQuotationInThePreviousSentenceOrAFragmentLeavesItOpen()
        {
            var c = Run("Tom Reyes called the plan “a fantasy” on Friday.\n\n“They have not been serviced in three years.”\n\n" +
                        "Ada Lund said the ferry would sail.\n\n“on time”, as the timetable has it.");
            Assert.Empty(c.Found);
        }
    }
}
