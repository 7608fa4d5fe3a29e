using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Accounts
{
    /// <summary>
    /// A side's denial that its posts began the firing, in wordings the shipped manifest read no position from: the denial in
    /// the object ("the posts had fired on nobody"), "any fire" after a verb of beginning ("our posts did not initiate any
    /// fire"), the posts held by a service named in the possessive ("the army's posts did not fire first"); and the places of
    /// the posts the other side had or was handed ("NATO had their exact locations", "the grid references of both posts had
    /// been handed to ISAF"). Sentences of the tests' own.
    /// </summary>
    public class PostsDenialCueTests
    {
        private static string? PositionOf(string sentence, string question, string party = "Pakistan")
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, sentence);
            return corpus.Claims.Where(c => c.Question == question && c.Party == party).Select(c => c.Position).FirstOrDefault();
        }

        [Theory]
        [InlineData("A Pakistani colonel told reporters on Sunday that the posts had fired on nobody before the gunships arrived.")]
        [InlineData("The Pakistani military insists that the posts fired on no one that night.")]
        [InlineData("A Pakistani general said its men fired on nobody.")]
        [InlineData("A Pakistani army spokesman said: \"Our posts did not initiate any fire on that night.\"")]
        [InlineData("A spokesman for the Pakistani embassy said the army's posts had not fired first.")]
        public void APakistaniDenialThatItsPostsFiredPutsTheUsSideFirst(string sentence) =>
            Assert.Equal("U.S. side fired first", PositionOf(sentence, "first-fire"));

        [Theory]
        [InlineData("A Pakistani general said the helicopters fired on no one but the soldiers at the posts.")]
        [InlineData("A Pakistani general said the army's posts fired at the helicopters.")]
        public void NoDenialOfThePostsGivesNoSuchPosition(string sentence) =>
            Assert.NotEqual("U.S. side fired first", PositionOf(sentence, "first-fire"));

        [Theory]
        [InlineData("A Pakistani general said NATO had their exact locations for weeks.")]
        [InlineData("Pakistani officers say the grid references of the two posts had been handed to ISAF in the summer.")]
        [InlineData("A Pakistani colonel said the grid references were passed to the coalition long before.")]
        public void ThePostsPlacesWithTheOtherSideAreCoordinationThatWorked(string sentence) =>
            Assert.Equal("Coordination worked", PositionOf(sentence, "coordination"));
    }
}
