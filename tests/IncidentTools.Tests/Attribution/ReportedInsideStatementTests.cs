using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Someone new whose words another speaker's report holds ("She recalled being told by a teacher that …") is not the
    /// speaker just read: the "she" after it goes on with the reporter (texts of its own).
    /// </summary>
    public class ReportedInsideStatementTests
    {
        [Fact]
        public void APronounAfterANestedStatementIsTheReporter()
        {
            var found = Run("Ruth Kane, the sculptor, was born in Hull. She later recalled being told by a teacher that girls could not weld. " +
                            "“I proved him wrong,” she told an interviewer in 2004.");
            Assert.Equal("Ruth Kane", found.Single(f => f.Content.StartsWith("I proved")).Record.Speaker?.Display);
        }

        [Fact]
        public void AnUnnamedNewcomerWhoStatesInTheStorysOwnVoiceStillTakesThePronoun()
        {
            // near miss: the teacher's statement is the writer's report, not Kane's, so "she" is the newcomer just read
            var found = Run("Ruth Kane, the sculptor, was born in Hull. She studied welding at night.\n\n" +
                            "A teacher at the college said girls were rarely admitted. “I let her in anyway,” she said.");
            Assert.Equal("teacher at the college", found.Single(f => f.Content.StartsWith("I let her")).Record.Speaker?.Display);
        }
    }
}
