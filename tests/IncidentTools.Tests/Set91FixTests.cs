using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The patterns behind set 91's wrong position and the U.S. side's missed positions (fix91a), each on sentences of the tests'
    /// own with the near miss it must refuse: a side's name that ends an aside set off by commas is no subject of the verb after
    /// the comma ("U.S. troops, having taken fire from the Pakistani posts, acted in self-defense"); a failure to coordinate named
    /// with the verb ("had failed to coordinate", "a failure to coordinate"); and a verb that a particle makes another ("called in
    /// air support") is no second cue of the source, so its content goes on after it.
    /// </summary>
    public class Set91FixTests
    {
        private const string Us = "United States";

        /// <summary>The one position of the sentence's claims on the question (the spokesman's and any source inside his words agree).</summary>
        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question)
        {
            var claims = corpus.Claims.Where(c => c.Content.Contains(content, StringComparison.Ordinal) && c.Question == question).ToList();
            Assert.NotEmpty(claims);
            Assert.Single(claims.Select(c => (c.Party, c.Position)).Distinct());
            return claims[0];
        }

        [Theory]
        [InlineData("A Pentagon spokesman said the American patrol, having come under fire from the direction of the Pakistani posts, acted in self-defense.", "acted in self-defense")]
        [InlineData("A Pentagon spokesman said the American soldiers, who had been shot at from the hills near the Pakistani posts, returned fire.", "returned fire")]
        public void ASidesNameEndingAnAsideIsNoSubject(string sentence, string content)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder, sentence);
            var claim = Claim(corpus, content, "first-fire");
            Assert.Equal(Us, claim.Party);
            Assert.Equal("Pakistani side fired first", claim.Position);
        }

        [Fact]
        public void ASidesNameRightBeforeItsVerbIsStillTheSubject()
        {
            // the near miss: with no comma between them, the side's name is the verb's subject as before
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pentagon spokesman said the Pakistani posts acted in self-defense after the helicopters arrived.");
            Assert.Equal("U.S. side fired first", Claim(corpus, "posts acted in self-defense", "first-fire").Position);
        }

        [Fact]
        public void AFailureToCoordinateIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pentagon spokesman said the inquiry found that the two armies had failed to coordinate their movements near the border.",
                "A Pentagon spokesman said the report blamed a failure to coordinate between the liaison officers.");
            Assert.Equal("Coordination failed", Claim(corpus, "failed to coordinate their movements", "coordination").Position);
            Assert.Equal("Coordination failed", Claim(corpus, "a failure to coordinate between", "coordination").Position);
        }

        [Fact]
        public void CalledInIsNoSecondCue()
        {
            // "called in" (a particle that makes the verb another) is no second report of the source: its content goes on to the
            // clause after it
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pentagon spokesman said the soldiers were shot at and called in helicopters, and that the two armies made mistakes in coordination.");
            Assert.Equal("Coordination failed", Claim(corpus, "mistakes in coordination", "coordination").Position);
        }
    }
}
