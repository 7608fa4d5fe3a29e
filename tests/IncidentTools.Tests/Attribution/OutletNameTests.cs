using System.Linq;
using IncidentTools;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Washington Post said", "according to the Jakarta Post", "The Daily Express reported": a newspaper's name whose head is also
    /// a verb ("post", "express") is one name, and the speaker, not its first word or its place (texts of its own).
    /// </summary>
    public class OutletNameTests
    {
        [Theory]
        [InlineData("The Washington Post said the ferry deal was off.", "Washington Post")]
        [InlineData("According to the Jakarta Post, the ferry deal was off.", "Jakarta Post")]
        [InlineData("The Daily Express reported that the ferry deal was off.", "Daily Express")]
        [InlineData("The Chicago Tribune reported that the ferry deal was off.", "Chicago Tribune")]
        public void TheWholeNameIsTheSpeaker(string text, string speaker)
        {
            var f = Assert.Single(Run(text));
            Assert.Equal(speaker, f.Record.Speaker?.Display);
            // a city's newspaper is no side of that city's country
            Assert.Null(f.Record.Speaker?.Party);
        }

        [Fact]
        public void ANewspaperThatHoldsACountrysNameIsNotThatSide()
        {
            var f = Assert.Single(Run("The Pakistan Observer said the border crossing would stay shut."));
            Assert.Equal("Pakistan Observer", f.Record.Speaker?.Display);
            Assert.Null(f.Record.Speaker?.Party);
            // near miss: a description of the country's own institution is its side
            var g = Assert.Single(Run("A Pakistani military spokesman said the border crossing would stay shut."));
            Assert.Equal("Pakistan", g.Record.Speaker?.Party);
        }

        [Fact]
        public void APersonAfterTheNameIsTheSpeaker()
        {
            // near miss: the newspaper's name is the role of a columnist named after it
            var f = Assert.Single(Run("Washington Post columnist Ruth Marcus wrote that the ferry deal was off."));
            Assert.Equal("Ruth Marcus", f.Record.Speaker?.Display);
        }

        [Fact]
        public void AnEditorialOfANamedNewspaperKeepsItsQuotation()
        {
            var found = Run("The council will reprint a Jakarta Post editorial that calls the plan “a fiasco” next week.");
            Assert.Contains(found, f => f.Cue == "calls" && f.Kind == AttributionKind.Mixed);
        }

        [Fact]
        public void APieceOfNoNamedPaperGivesItsQuotationToNoOne()
        {
            // near miss: an indefinite description with no newspaper's name picks out no one in particular
            var found = Run("The paper ran a piece that noted his plan was “a giveaway”.");
            Assert.DoesNotContain(found, f => f.Kind != AttributionKind.Indirect);
        }
    }
}
