using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// On the shipped manifest: another side's conclusion named by its claim noun and denied after it in the perfect passive ("Its
    /// conclusion that the posts had fired first, she said, has been rejected by …"), past the speaker's aside of saying set off by
    /// commas, is the speaker's denial of it. Sentences of the tests' own.
    /// </summary>
    public class ClaimRejectedPastAsideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => TestManifest.LoadShipped(folder, paragraphs);

        [Theory]
        [InlineData("Its conclusion that the Pakistani soldiers had fired first, Rana said, had been rejected by every officer at the posts.")]
        [InlineData("Rana said the American conclusion that the Pakistani soldiers had fired first has been rejected by the army.")]
        public void AConclusionRejectedInThePerfectIsDenied(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman, Brig. Omar Rana, spoke about the U.S. inquiry into the NATO strike on the two border posts.",
                sentence);
            var rana = corpus.Claims.Where(c => c.Party == "Pakistan" && c.Question == "first-fire").ToList();
            Assert.NotEmpty(rana);
            Assert.All(rana, c => Assert.Equal("U.S. side fired first", c.Position));
        }

        [Fact]
        public void AnAsideThatOpensAClauseOfItsOwnIsNoDenial()
        {
            // near miss: after the aside a new clause of its own ("and the army …") rejects something else
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani army spokesman, Brig. Omar Rana, spoke about the U.S. inquiry into the NATO strike on the two border posts.",
                "Rana said the Pakistani soldiers had not fired first, and the army has rejected the report.");
            var rana = corpus.Claims.Single(c => c.Party == "Pakistan" && c.Question == "first-fire" && c.Speaker == "Omar Rana");
            Assert.Equal("U.S. side fired first", rana.Position);
        }
    }
}
