using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Holds that", "held that" with a clause of its own reports a position ("the inquiry holds that the crews were not
    /// warned", "the court held that the ban was lawful"); the verb reports nothing with an object ("held talks") or with a
    /// determiner "that" ("held that seat for years"), nor as a participle before such an object (reporting-verbs.txt,
    /// "+ hold that | … that-clause").
    /// </summary>
    public class HoldThatClauseTests
    {
        [Theory]
        [InlineData("The harbour inquiry holds that the ferry crews were not warned before the storm.", "holds that", "the ferry crews were not warned before the storm")]
        [InlineData("The island court held that the fishing ban was lawful.", "held that", "the fishing ban was lawful")]
        [InlineData("The union leaders, in a letter to members, held that the pay offer had never been made.", "held that", "the pay offer had never been made")]
        // a noun of one's telling of events (words.txt own-reading) holds what it tells
        [InlineData("The Northland account holds that the ferry crews were warned twice.", "holds that", "the ferry crews were warned twice")]
        [InlineData("The harbour board's version holds that the gates were shut in time.", "holds that", "the gates were shut in time")]
        // a long subject in the clause ("that" + a plural is no determiner of an object)
        [InlineData("The inquiry holds that the ferry crews and the pilots on the night shift near the pier were never warned.", "holds that",
                    "the ferry crews and the pilots on the night shift near the pier were never warned")]
        // an article or a possessive after "that" opens the clause's subject, whatever its verb (a past tense of the open class)
        [InlineData("The harbour board's version holds that the gates never closed that night.", "holds that", "the gates never closed that night")]
        [InlineData("The ferry union held that its members refused the overtime.", "held that", "its members refused the overtime")]
        public void HoldThatWithAClauseReports(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The ferry union held talks with the harbour board on Monday.")]
        [InlineData("Councillor Amir Haddad held that seat for twelve years.")]
        [InlineData("Councillor Amir Haddad held that seat on the harbour board for twelve long years before the vote.")]
        [InlineData("The harbour board holds the ferry crews responsible for the delay.")]
        [InlineData("The ferry union held that line until the end of the strike.")]
        [InlineData("Conventional wisdom on the island holds that the sea is never calm in March.")]
        [InlineData("An old harbour dictum holds that the tide never waits for the ferry.")]
        // a determiner "that" before a noun of the open class, with a past tense later ("held that seat until the ferry sank")
        [InlineData("Councillor Amir Haddad held that seat until the old ferry sank.")]
        public void HoldWithAnObjectIsNoReport(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Fact]
        public void AParticipleOfHoldBeforeAnObjectIsNoReport()
        {
            Assert.Empty(Run("Mayor Lena Ortiz won again, holding that office for a third term.", new Participial()));
        }
    }
}
