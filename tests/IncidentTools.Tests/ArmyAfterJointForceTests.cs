using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A bare "the army" is a state's own service: it takes no side from a force of another kind named before it (a coalition,
    /// an alliance, a multinational force named with no country of its side), while it still takes the side of a country's
    /// forces or army named before. And "…, a claim X has rejected": X is the source, and what it rejects, written before it,
    /// gives it no position, whatever its side.
    /// </summary>
    public class ArmyAfterJointForceTests
    {
        private static readonly string Manifest = AccountTestCorpus.PartiesWith(northOrganisations: "Northern Army, Interior Ministry, Lakes Shield Force") + AccountTestCorpus.Questions;

        [Fact]
        public void TheArmyAfterAMultinationalForceTakesNoSideFromIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Officials of the Lakes Shield Force said on Monday that an inquiry was under way.",
                "The army said the posts at the pass were shelled on purpose.");
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Content.StartsWith("an inquiry")).Party);
            var army = corpus.Claims.Single(c => c.Content.StartsWith("the posts"));
            Assert.Equal("army", army.Speaker);
            Assert.Null(army.Party);
        }

        [Fact]
        public void TheArmyAfterAnAllianceOfNoCountryTakesNoSideFromIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "A spokesman for the Lakes Shield Force said the patrol had been fired on first. The army said the posts were shelled on purpose.");
            Assert.Null(corpus.Claims.Single(c => c.Content.StartsWith("the posts")).Party);
        }

        [Fact]
        public void TheArmyAfterAircraftThatAttackedNamedPostsTakesNoSideFromThem()
        {
            // "Southern helicopters attacked the Ridge and Ferry posts" is an attack with force, no claim of the helicopters:
            // they are no side a bare "the army" after them speaks for
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Last spring, Southern helicopters and a gunship attacked the Ridge and Ferry posts near the pass, killing nine guards. The army says the posts had not fired on anyone.");
            Assert.DoesNotContain(corpus.Claims, c => c.Content.Contains("Ridge"));
            var army = corpus.Claims.Single(c => c.Content.StartsWith("the posts"));
            Assert.NotEqual("Southland", army.Party);
        }

        [Fact]
        public void TheArmyAfterACountrysForcesKeepsTheirSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Officials of the Southern forces said on Monday that an inquiry was under way.",
                "The army said the posts at the pass were shelled on purpose.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content.StartsWith("the posts")).Party);
        }

        [Fact]
        public void TheMinistryAfterAMultinationalForceStillTakesItsSide()
        {
            // (only a state's armed service is told apart from a force of another kind)
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Officials of the Lakes Shield Force said on Monday that an inquiry was under way.",
                "The ministry said the posts at the pass were shelled on purpose.");
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Content.StartsWith("the posts")).Party);
        }

        [Fact]
        public void ASourceRejectingAClaimBeforeItIsTheSubjectAfterTheClaimNoun()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "Southern officials said their patrol had come under fire near the pass, a claim the Interior Ministry has rejected.");
            var rejects = corpus.Claims.Single(c => c.Cue == "has rejected" || c.Cue == "rejected");
            Assert.Equal("Interior Ministry", rejects.Speaker);
            Assert.Equal("Northland", rejects.Party);
            Assert.Null(rejects.Position);
        }

        [Fact]
        public void ASourceOfTheSameSideRejectingAClaimBeforeItTakesNoPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "A patrol came under fire near the pass, a claim the Foreign Office has rejected.");
            var rejects = corpus.Claims.Single(c => c.Speaker == "Foreign Office");
            Assert.Equal("Southland", rejects.Party);
            Assert.Null(rejects.Position);
        }

        [Fact]
        public void ASourceSayingWhatStandsBeforeItKeepsItsPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "A patrol came under fire near the pass, the Foreign Office said.");
            var says = corpus.Claims.Single(c => c.Speaker == "Foreign Office");
            Assert.Equal("Southland", says.Party);
            Assert.Equal("Northland fired first", says.Position);
        }
    }
}
