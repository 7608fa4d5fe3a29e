using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "A Southern official said … ¶ An official of the harbour council said …": a person introduced by an office of a body the
    /// description's own words name is a new person of that body, and takes no side from the official who spoke before.
    /// </summary>
    public class ClaimOfficeOfBodyIntroducedTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("An official of the harbour council said")]
        [InlineData("A spokesman for the provincial hospital said")]
        [InlineData("An officer of the village council said")]
        public void AnOfficeOfAnotherBodyTakesNoSideFromTheOfficialBefore(string source)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Southern official in the capital said the patrol had kept to its own waters.",
                source + " the ferry would sail again next week.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "the patrol had kept to its own waters").Party);
            Assert.Null(corpus.Claims.Single(c => c.Content == "the ferry would sail again next week").Party);
        }

        [Fact]
        public void IsTrueOnlyForAnIntroducedOfficeOfABody()
        {
            Assert.True(IncidentTools.Attribution.MentionFacts.OfficeOfBodyIntroduced(Description("an", "official", "of the harbour council")));
            // near misses: no body named after the noun, a definite description (someone named before), no post-modifier
            Assert.False(IncidentTools.Attribution.MentionFacts.OfficeOfBodyIntroduced(Description("an", "official", "of long standing")));
            Assert.False(IncidentTools.Attribution.MentionFacts.OfficeOfBodyIntroduced(Description("the", "official", "of the harbour council")));
            Assert.False(IncidentTools.Attribution.MentionFacts.OfficeOfBodyIntroduced(Description("an", "official", null)));
            // nor a head that names no office of a body's staff ("a leader of a farmers' party" speaks for that party, not as its staff)
            Assert.False(IncidentTools.Attribution.MentionFacts.OfficeOfBodyIntroduced(Description("a", "leader", "of a farmers' party")));
        }

        private static IncidentTools.Attribution.Mention Description(string determiner, string head, string? post) =>
            new IncidentTools.Attribution.Mention { Kind = IncidentTools.Attribution.MentionKind.Description, Determiner = determiner, Head = head, PostModifier = post };
    }
}
