using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two mention faults users saw in the resolved speaker. A description whose relative clause the grammar cut at its
    /// verb ("a harbour official who was not authorised to speak") is shown as the description alone, never ending in the
    /// relative pronoun ("harbour official who"). And a U.S. state in brackets between a place and a title ("Polk County
    /// (Ore.) Sheriff Joe Reyes") belongs to the title, so the titled name is the sentence's subject and a later "he" is
    /// that person's. Texts written for these tests.
    /// </summary>
    public class RelativeDisplayAndStateMarkTests
    {
        [Fact]
        public void AnInvertedDescriptionWithARelativeClauseIsShownWithoutThePronoun()
        {
            var q = Q(Quotes("“The ferries will sail on time,” said a harbour official who was not authorised to speak publicly."), "The ferries will sail");
            Assert.Equal("harbour official", q.Speaker);
        }

        [Fact]
        public void AnAccordingToSourceWithARelativeClauseIsShownWithoutThePronoun()
        {
            var a = Attributions("The ferry line will be sold in May, according to a port official who asked not to be named.")
                .Single(x => x.Rule == nameof(AccordingToClause));
            Assert.Equal("port official", a.Speaker);
        }

        [Fact]
        public void ABarePluralWithARelativeClauseIsShownWithoutThePronoun()
        {
            var a = Attributions("Skippers who say the harbour is too shallow have asked the board for a new pier.").Single(x => x.Cue == "say");
            Assert.Equal("Skippers", a.Speaker);
        }

        [Fact]
        public void APhraseOfPlaceAfterTheHeadIsStillShown()
        {
            // near miss: a phrase of place that the relative clause follows stays in the display
            var q = Q(Quotes("“The ferries will sail on time,” said an official in Dover who was not authorised to speak."), "The ferries will sail");
            Assert.Equal("official in Dover", q.Speaker);
        }

        private const string Rally =
            "Governor Tom Hale spoke for an hour at the pier.\n\n" +
            "“We will not give up,” Hale said. He added, “The ferries will sail again.”\n\n" +
            "He also vowed, “We are going to mend the docks,” pointing to the old quay.\n\n" +
            "Earlier, Polk County {0} Sheriff Joe Reyes, one of the best known voices in the harbour dispute, backed Hale's plan to dredge the channel.\n\n" +
            "He said, “The governor will dredge the channel and keep the boats safe.”";

        [Theory]
        [InlineData("(Ore.)")]
        [InlineData("(Oregon)")]
        public void AStateInBracketsBetweenPlaceAndTitleBelongsToTheTitle(string state)
        {
            var q = Q(Quotes(string.Format(Rally, state)), "The governor will dredge");
            Assert.Equal("Joe Reyes", q.Speaker);
        }
    }
}
