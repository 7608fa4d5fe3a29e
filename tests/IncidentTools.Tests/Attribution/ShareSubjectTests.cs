using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Shares of a group as the source of what they said: a counted share beside another ("…, while 9 percent said …",
    /// "…; 26 percent say …") is a finding of its own, not part of the one before; "most of them" is a share of the group
    /// the pronoun stands for; "that evening" is a demonstrative before a word of time, no relative. Invented ferry polls.
    /// </summary>
    public class ShareSubjectTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("Sixty percent of riders said the fares were fair, while 9 percent said they were too high.", "9 percent", "they were too high")]
        [InlineData("Most riders say the ferry is late; 26 percent of commuters say they have stopped using it.", "26 percent of commuters", "they have stopped using it")]
        [InlineData("Seventy percent of pilots said yes, but six in 10 deckhands say the pay is too low.", "six in 10 deckhands", "the pay is too low")]
        public void ACountedShareBesideAnotherReportsItsOwnFinding(string sentence, string source, string content)
        {
            var found = Claims(sentence);
            var f = Assert.Single(found, x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        /// <summary>
        /// "Only 12 percent said …": the amount is the share's own word, so the speaker users see is "12 percent", not "percent",
        /// and a second share of the text ("About 30 percent said …") is another group, not the first named again; a share that
        /// names its group ("9 percent of voters") is still spoken by the group.
        /// </summary>
        [Fact]
        public void ACountedShareSpeaksWithItsAmount()
        {
            using var folder = new TempFolder();
            folder.Write("poll.txt", "Ferry poll\n\nOnly 12 percent said they would ride the new ferry. About 30 percent said they would keep driving. " +
                                     "Just 9 percent of commuters said the fares were fair.\n");
            var claims = IncidentCorpus.Load(folder.Path).Claims;
            Assert.Equal("12 percent", claims.Single(c => c.Content == "they would ride the new ferry").Speaker);
            Assert.Equal("30 percent", claims.Single(c => c.Content == "they would keep driving").Speaker);
            Assert.Equal("commuters", claims.Single(c => c.Content == "the fares were fair").Speaker);
        }

        [Fact]
        public void AShareOfThePronounsGroup()
        {
            var f = ByCue(Claims("The crews were tired. Until the strike, most of them said they had loved the work."), "said");
            Assert.Equal("most of them", f.Source);
            Assert.Equal("they had loved the work", f.Content);
        }

        [Fact]
        public void AQuantifierInsideAReportIsPartOfIt()
        {
            // "most people" is no counted share: what they know stays part of what the engineers concluded
            var found = Claims("Engineers have concluded that the hull failed because the welds were old, and most people know the yard was cheap.");
            Assert.DoesNotContain(found, x => x.Source == "most people");
        }

        [Fact]
        public void AnOrdinalIsNoShare()
        {
            // "a third one" is the third of the things counted, not a third of a group
            var found = Run("According to the pilot, there were two collisions at the pier, and a third one struck an hour later further north.");
            Assert.DoesNotContain(found, x => x.Source == "a third one");
            var f = Assert.Single(Claims("Sixty percent of riders said the fares were fair, and a third say they were too high."), x => x.Source == "a third");
            Assert.Equal("they were too high", f.Content);
        }

        [Fact]
        public void AShareAfterAColonSpellsOutTheReportBefore()
        {
            var found = Claims("A survey released in May by the harbour board noted that riders trust the crews: 70 percent believe the ferries are safe.");
            Assert.DoesNotContain(found, x => x.Source == "70 percent");
        }

        [Fact]
        public void ThatBeforeAWordOfTimeOpensNoClause()
        {
            var f = ByCue(Claims("A second pilot on the pier that evening backed the captain's account."), "backed");
            Assert.StartsWith("A second pilot", f.Source);
        }
    }
}
