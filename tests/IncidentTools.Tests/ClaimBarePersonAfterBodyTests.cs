using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "Southern officials have said … ¶ The subedar said …": one person named by "the" and a noun that speaks for no body by
    /// office takes no side from a body, or from people, that merely spoke before it; a spokesman (the body's voice) and a
    /// person the resolver found to be one who spoke before (the same soldier) still do.
    /// </summary>
    public class ClaimBarePersonAfterBodyTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("Southern officials have said", "The subedar said")]
        [InlineData("The Southern Guard said", "The sergeant recalled")]
        [InlineData("Southern officials have said", "The soldier said")]
        public void ABarePersonAfterABodyTakesNoSide(string body, string person)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                body + " the patrol had kept to its own waters.",
                person + " the boats had left the harbour before dawn.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "the patrol had kept to its own waters").Party);
            Assert.Null(corpus.Claims.Single(c => c.Content == "the boats had left the harbour before dawn").Party);
        }

        [Fact]
        public void TheBodysSpokesmanAndTheSamePersonKeepTheSide()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Southern Guard said the patrol had kept to its own waters.",
                "A spokesman said the boats had left the harbour before dawn.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "the boats had left the harbour before dawn").Party);

            using var folder2 = new TempFolder();
            var corpus2 = Load(folder2,
                "A Southern sailor said the patrol had kept to its own waters.",
                "The sailor said the boats had left the harbour before dawn.");
            Assert.Equal("Southland", corpus2.Claims.Single(c => c.Content == "the boats had left the harbour before dawn").Party);
        }

        [Fact]
        public void IsTrueOnlyForABarePersonOfNoBody()
        {
            Assert.True(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("the", "sergeant")));
            Assert.True(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("the", "subedar")));
            // near misses: a body's voice or office, an indefinite person, words after the noun, a noun of no person
            Assert.False(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("the", "summary")));
            Assert.False(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("the", "spokesman")));
            Assert.False(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("the", "official")));
            Assert.False(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(Description("a", "sergeant")));
            var placed = Description("the", "sergeant");
            placed.PostModifier = "of the harbour guard";
            Assert.False(IncidentTools.Attribution.MentionFacts.BarePersonOfNoBody(placed));
        }

        private static IncidentTools.Attribution.Mention Description(string determiner, string head)
        {
            var m = new IncidentTools.Attribution.Mention { Kind = IncidentTools.Attribution.MentionKind.Description, Determiner = determiner, Head = head };
            m.End = m.Next = 0;
            return m;
        }
    }
}
