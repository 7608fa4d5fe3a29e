using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A port official in Dover, who asked not to be named because the inquiry had only just begun, said …": a description
    /// with a phrase after its head ("in Dover", "at the harbour") and an inserted relative between commas is the subject of
    /// the verb after them, as it is without the phrase ("An official, who asked not to be named, said …"). The relative's
    /// own verb ("asked", "spoke") is no cue of the sentence.
    /// </summary>
    public class RelativeAfterPlacePhraseTests
    {
        [Theory]
        [InlineData("A port official in Dover, who asked not to be named because the inquiry had only just begun, said the crew had been warned twice.", "port official in Dover")]
        [InlineData("A ferry company manager at the harbour, who spoke on condition of anonymity, said the crew had been warned twice.", "ferry company manager at the harbour")]
        [InlineData("Two port officials in Dover, who were not authorised to speak publicly, said the crew had been warned twice.", "port officials in Dover")]
        public void TheDescriptionBeforeTheInsertedRelativeReportsTheClause(string sentence, string speaker)
        {
            var a = Attributions("The ferry ran aground on Sunday.\n\n" + sentence).Single(x => x.Content == "the crew had been warned twice");
            Assert.Equal("CueThenContent", a.Rule);
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("said", a.Cue);
        }

        [Fact]
        public void ARelativeThatRunsOnToTheEndOfTheSentenceReportsNothingForTheDescription()
        {
            // no verb after the relative's comma: the relative's own verb is the only one, and it is the relative's
            var records = Attributions("The ferry ran aground on Sunday.\n\nA port official in Dover, who said the crew had been warned twice.");
            Assert.DoesNotContain(records, x => x.Speaker != null && x.Speaker.Contains("Dover") && x.Content != "the crew had been warned twice");
        }
    }
}
