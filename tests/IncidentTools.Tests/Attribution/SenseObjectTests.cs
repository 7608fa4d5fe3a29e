using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A reporting verb whose plain object marks its other, everyday sense (sense-objects.txt: keeping with "maintain", feeling
    /// a pressure with "feel", attacking with force with "attack", taking up a post or a manner with "assume") reports nothing; the same verb with a clause, or with an
    /// object of no such sense, still reports.
    /// </summary>
    public class SenseObjectTests
    {
        [Theory]
        [InlineData("The council maintains tight control over the harbour moorings.")]
        [InlineData("Senator Ilse Marten has maintained support among rural voters all year.")]
        [InlineData("The Dorvan Shipping Company is feeling the pressure from cheaper rivals.")]
        [InlineData("Local growers will feel the pinch when the levy rises.")]
        [InlineData("A man with a kitchen knife attacked the guard outside the depot on Friday.")]
        [InlineData("Gunmen attacked a police checkpoint near the river crossing.")]
        // a country's name or people's adjective before the head says whose the thing is
        [InlineData("Before dawn, Chilean jets attacked two Peruvian border outposts, killing nine guards.")]
        [InlineData("Rebel fighters attacked a Ghanaian army convoy near the pass.")]
        // the thing's own name before its head says which one it is: no one spoken of
        [InlineData("Southern gunships attacked the Ridge and Ferry outposts at dawn.")]
        [InlineData("Masked raiders attacked the Kessel checkpoint late on Tuesday.")]
        // the passive: the thing struck is the subject, the attacker after "by"
        [InlineData("The river outposts were attacked by Chilean helicopters without warning.")]
        [InlineData("The relief convoy was attacked by gunmen near the pass.")]
        // taking up a post, a burden or a manner with "assume"
        [InlineData("Ines Tovar assumed office as harbour master in 2019.")]
        [InlineData("The deputy mayor has assumed a newly created role as ferry commissioner.")]
        [InlineData("At first, the captain seems to simply assume a gentler tactic with the crews.")]
        public void TheOtherSenseReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence));

        [Fact]
        public void AClauseAfterTheSameNounStillReports()
        {
            // near miss: "feels the pressure is …" opens a clause, what the subject holds
            var f = Assert.Single(Run("Mayor Ines Tovar feels the pressure is unfair.", new CueThenContent()));
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal("Mayor Ines Tovar", f.Source);
            Assert.Equal("feels", f.Cue);
            Assert.Equal("the pressure is unfair", f.Content);
        }

        [Theory]
        [InlineData("Councillor Bram Okafor maintains that the moorings are safe.", "Councillor Bram Okafor", "maintains", "the moorings are safe")]
        [InlineData("Councillor Bram Okafor attacked the ferry plan as reckless.", "Councillor Bram Okafor", "attacked", "the ferry plan as reckless")]
        [InlineData("Councillor Bram Okafor attacked the Peruvian government as weak.", "Councillor Bram Okafor", "attacked", "the Peruvian government as weak")]
        // (a person's possessive is no name of a place: "attacked Okafor's posts" attacks what he wrote)
        [InlineData("Councillor Bram Okafor attacked Tovar's posts as cruel.", "Councillor Bram Okafor", "attacked", "Tovar's posts as cruel")]
        [InlineData("The dockworkers felt betrayed by the board.", "The dockworkers", "felt", "betrayed by the board")]
        [InlineData("The harbour master assumed the levy would pass.", "The harbour master", "assumed", "the levy would pass")]
        public void TheVerbOfSayingOrThinkingStillReports(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }
    }
}
