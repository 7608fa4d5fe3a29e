using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>"A rival charity, the Harbour Trust, said …": the organisation named in apposition after a description is the source (texts of its own).</summary>
    public class ApposedOrganisationSourceTests
    {
        [Theory]
        [InlineData("A rival charity, the Harbour Trust, said the plan was rushed.", "the Harbour Trust", "A rival charity")]
        [InlineData("The regulator, the Maritime Safety Authority, said the ferry was sound.", "the Maritime Safety Authority", "The regulator")]
        public void TheNameAfterTheDescriptionIsTheSource(string text, string source, string description)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Source == source && f.Cue == "said");
            Assert.DoesNotContain(found, f => f.Source == description);
        }

        [Fact]
        public void ANameThatOpensTheClauseStaysTheSource()
        {
            // near miss: the description after the name is its apposition; the name opening the clause is the source
            var found = Run("The Harbour Trust, a rival charity, said the plan was rushed.");
            Assert.Contains(found, f => f.Source == "The Harbour Trust" && f.Content == "the plan was rushed");
        }
    }
}
