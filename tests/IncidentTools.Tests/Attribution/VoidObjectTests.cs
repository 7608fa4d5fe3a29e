using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"said nothing about the plan": an object that says nothing was said is no content (texts of its own).</summary>
    public class VoidObjectTests
    {
        [Theory]
        [InlineData("The mayor said nothing about the ferry contract at Tuesday's meeting.")]
        [InlineData("The minister has said little about the talks, and aides say she is still undecided.")]
        [InlineData("Neither the club nor the player was saying anything — the league released a short statement instead.")]
        [InlineData("The chairman, who would say nothing of the bids, left early.")]
        [InlineData("The council has proposed nothing that would lower the tolls.")]
        [InlineData("The mayor said little, offering only a short statement that the matter was closed.")]
        [InlineData("The mayor said nothing about the workers dismissed last week.")]
        public void NothingSaidIsNoClaim(string text)
        {
            var found = Run(text);
            Assert.DoesNotContain(found, f => f.Content.StartsWith("nothing") || f.Content.StartsWith("little") || f.Content.StartsWith("anything"));
        }

        [Theory]
        [InlineData("The governor said nothing would change before the vote.", "nothing would change before the vote")]
        [InlineData("The engineer said little progress had been made on the dam.", "little progress had been made on the dam")]
        [InlineData("The coach said anything could happen in the second leg.", "anything could happen in the second leg")]
        [InlineData("The engineers insist that nothing in the report has changed.", "nothing in the report has changed")]
        [InlineData("A port official told reporters that nothing in the new lease altered the harbour's plans.", "nothing in the new lease altered the harbour's plans")]
        [InlineData("The ferry captain said that nothing happened on the crossing.", "nothing happened on the crossing")]
        [InlineData("The ferry captain said nothing happened on the crossing.", "nothing happened on the crossing")]
        [InlineData("The mayor said nothing in the budget changed the plan for the pier.", "nothing in the budget changed the plan for the pier")]
        public void AsTheSubjectOfAClauseItIsContent(string text, string content)
        {
            // near miss: the same words as the subject of what was said
            Assert.Contains(Run(text), f => f.Content == content);
        }
    }
}
