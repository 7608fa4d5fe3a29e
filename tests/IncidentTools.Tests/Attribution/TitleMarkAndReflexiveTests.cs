using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two parts of a mention the grammar used to cut short: a mark of retirement in brackets after a rank, "Lt Gen (retd)
    /// Omar Qadri", is part of the title, so the name after it is the speaker; and a reflexive of no gender after a
    /// description, "the report itself states", is part of the mention, not the speaker. Texts written for these tests.
    /// </summary>
    public class TitleMarkAndReflexiveTests
    {
        [Theory]
        [InlineData("Lieutenant General (retd) Omar Qadri, the institute's director, said: “The ferries must sail.”")]
        [InlineData("Brig. (Retd) Omar Qadri said: “The ferries must sail.”")]
        public void ARetirementMarkInBracketsIsPartOfTheTitle(string body)
        {
            var q = Q(Quotes(body), "The ferries must sail");
            Assert.Equal("Omar Qadri", q.Speaker);
        }

        [Theory]
        [InlineData("Harbour analyst Lt Gen (retd) Omar Qadri said the two boards were stuck. “The ferries must sail,” he said.")]
        [InlineData("Port historian Brigadier (retd) Omar Qadri said the two boards were stuck. “The ferries must sail,” he said.")]
        public void ARetirementMarkAfterADescriptionAndItsTitleIsPartOfTheTitle(string body)
        {
            // "Defence analyst Lt Gen (retd) Naeem Rana said …": a description, then the rank with its mark, then the name
            var q = Q(Quotes(body), "The ferries must sail");
            Assert.Equal("Omar Qadri", q.Speaker);
        }

        [Fact]
        public void AMarkOfRetirementIsNeverATitleAlone()
        {
            Assert.Empty(IncidentTools.Text.Lexicon.TitlesOnlyStartingWith("retired"));
            Assert.Empty(IncidentTools.Text.Lexicon.TitlesOnlyStartingWith("retd"));
            var q = Q(Quotes("A retired officer, Omar Qadri, said: “The ferries must sail.”"), "The ferries must sail");
            Assert.Equal("Omar Qadri", q.Speaker);
        }

        [Fact]
        public void TheReportItselfIsTheReport()
        {
            var a = Assert.Single(Attributions("The report itself states that the ferries were never warned."));
            Assert.Equal("report", a.Speaker);
            // "itself" as an object is no part of a source
            Assert.DoesNotContain(Attributions("The board said the report contradicted itself."), x => x.Speaker == "itself");
        }
    }
}
