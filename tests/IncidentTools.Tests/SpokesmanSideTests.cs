using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "A Southern spokesman said the army had concluded …": a bare institution in what a body's spokesman reports takes the
    /// spokesman's side (a spokesman speaks for a body), not that of a body named before; another person does not give it.
    /// Texts written for these tests.
    /// </summary>
    public class SpokesmanSideTests
    {
        [Fact]
        public void ABareInstitutionInASpokesmansReportTakesTheSpokesmansSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Interior Ministry said on Monday that the shelling was deliberate.",
                "A Southern spokesman said the army had concluded that the shelling was an accident.");
            var army = corpus.Claims.Single(c => c.Source == "the army");
            Assert.Equal("Southland", army.Party);
            Assert.Equal("Not deliberate", army.Position);
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Source == "A Southern spokesman").Party);
        }

        [Fact]
        public void AnotherPersonGivesNoSideToTheInstitutionInHisReport()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Interior Ministry said on Monday that the shelling was deliberate.",
                "A Southern farmer said the army had concluded that the shelling was an accident.");
            Assert.NotEqual("Southland", corpus.Claims.Single(c => c.Source == "the army").Party);
        }
    }
}
