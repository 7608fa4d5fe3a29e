using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A port official in Dover, who asked not to be named because the inquiry had only just begun, said …": a description
    /// with a phrase after its head ("in Dover", "at the harbour") and an inserted relative between commas is the subject of
    /// the verb after them, as it is without the phrase ("An official, who asked not to be named, said …"). The relative's
    /// own verb ("asked", "spoke") is no cue of the sentence. So without the commas ("A port official in Dover who asked not to
    /// be named said …"), and the phrase ends at the relative pronoun ("said a port official in Dover who asked …").
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

        [Theory]
        [InlineData("A port official in Dover who asked not to be named said the crew had been warned twice.", "port official in Dover")]
        [InlineData("Officials in Calais who spoke on condition of anonymity said the crew had been warned twice.", "Officials in Calais")]
        public void ARestrictiveRelativeAfterThePlacePhraseIsPassedOver(string sentence, string speaker)
        {
            // before: no attribution (the phrase of place ran into the relative)
            var a = Attributions("The ferry ran aground on Sunday.\n\n" + sentence).Single(x => x.Content == "the crew had been warned twice");
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("said", a.Cue);
        }

        [Fact]
        public void TheSpeakerAfterAnInvertedVerbEndsBeforeTheRelative()
        {
            // before: the speaker "retired official in Dover who"
            var q = Quotes("“The crew had been warned twice,” said a retired port official in Dover who asked not to be named.");
            Assert.Equal("retired port official in Dover", Q(q, "The crew had been warned twice").Speaker);
        }

        [Fact]
        public void APlaceBeforeARelativeWithNoSpeakerBeforeItReportsNothing()
        {
            var records = Attributions("The ferry ran aground on Sunday.\n\nThe talks in Calais who said nothing failed.");
            Assert.DoesNotContain(records, x => x.Speaker != null && x.Speaker.Contains("Calais"));
        }
    }
}
