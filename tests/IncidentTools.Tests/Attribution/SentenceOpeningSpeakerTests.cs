using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// What opens a sentence before its subject is no speaker ("Sure, he admits", "Hours later, she", "Shortly after …"),
    /// and what the resolver may take a pronoun's antecedent from (a crowd is no "he"; an organisation that opens the
    /// sentence in a subordinate clause is the "it" of its main clause).
    /// </summary>
    public class SentenceOpeningSpeakerTests
    {
        [Fact]
        public void ASubjectPronounAfterACommaIsNoApposition()
        {
            var quotes = Quotes("Dan Reyes has run the ferry for years.\n\nSure, he admits that “the boats are older than the crew,” but the money is there.");
            var q = Q(quotes, "the boats are older");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Dan Reyes", q.Speaker);
        }

        [Fact]
        public void AReportingAsideAfterTheSubjectMakesItsPronounTheSpeaker()
        {
            // "South Harbour, he said, was …": the place is what he speaks of, not a speaker nor the antecedent of "he"
            var quotes = Quotes("Dan Reyes leads the ferry campaign.\n\nSouth Harbour, he said, was “where we have a chance to win.”");
            var q = Q(quotes, "where we have a chance");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Dan Reyes", q.Speaker);
        }

        [Fact]
        public void ADescriptionInAppositionStillReads()
        {
            // a name in apposition still reads as one ("Reyes, the skipper, said")
            var quotes = Quotes("“The pier must close,” Dan Reyes, the skipper, said.");
            Assert.Equal("Dan Reyes", Q(quotes, "The pier must close").Speaker);
        }

        [Theory]
        [InlineData("Ada Lund chairs the board.\n\nHours later, she issued a statement calling the plan “a step backwards” for the island.", "a step backwards", "she", "Ada Lund")]
        [InlineData("Ada Lund chairs the board.\n\nMinutes later, she sent an email saying, “done.”", "done.", "she", "Ada Lund")]
        [InlineData("Shortly after the vote ended, the Harbour Board sent out a release saying the mayor owes “the island an explanation.”", "the island an explanation", "the Harbour Board", "Harbour Board")]
        public void ATimePhraseOrASentenceAdverbOpeningTheSentenceIsNoSpeaker(string body, string quote, string mention, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void APrepositionOpeningTheSentenceIsNoSpeaker()
        {
            var q = Q(Quotes("Alongside the union’s calls for action, a harbour official said the mayor must choose, saying, “She will have to come out on where she stands.”"), "She will have to");
            Assert.DoesNotContain("Alongside", q.SpeakerMention ?? "");
        }

        [Fact]
        public void ANameBeforeLaterWithoutACommaIsTheSubject()
        {
            // "Reyes later said": a name and a cue adverb, no time phrase
            var quotes = Quotes("Ferry operator Dan Reyes spoke first. Reyes later said, “We will reopen in May.”");
            Assert.Equal("Dan Reyes", Q(quotes, "We will reopen").Speaker);
        }

        [Fact]
        public void ANameThatIsAlsoAnAdverbBeforeAVerbStaysAName()
        {
            // only before a preposition does a capitalised adverb open the sentence: "Kelly said" is a name
            var quotes = Quotes("“The pier must close,” said harbour master Tom Connolly. Connolly later said, “We will reopen in May.”");
            Assert.Equal("Tom Connolly", Q(quotes, "We will reopen").Speaker);
        }

        [Fact]
        public void ACrowdIsNoHeOrShe()
        {
            var quotes = Quotes("Ada Lund spoke first at the pier. The crowd cheered for a long time.\n\n“This is our boat,” she said.");
            Assert.Equal("Ada Lund", Q(quotes, "This is our boat").Speaker);
        }

        [Fact]
        public void ACrowdAloneLeavesHeUnresolved()
        {
            // a wrong speaker is worse than none: "he" with only a crowd before it stays without a speaker
            var quotes = Quotes("The crowd at the pier cheered for a long time.\n\n“This is our boat,” he said.");
            Assert.Null(Q(quotes, "This is our boat").Speaker);
        }

        [Fact]
        public void ItIsTheOrganisationOfAClauseThatOpensTheSentence()
        {
            var quotes = Quotes("The ferry company lost its licence on Monday.\n\nAlthough the Harbour Board did not name the operator, it referenced “serious lapses” in the safety record.");
            var q = Q(quotes, "serious lapses");
            Assert.Equal("it", q.SpeakerMention);
            Assert.Equal("Harbour Board", q.Speaker);
        }

        [Fact]
        public void ItIsNeverAPersonOfAClauseThatOpensTheSentence()
        {
            var quotes = Quotes("Although Tom Reyes did not name the operator, it referenced “serious lapses” in the safety record.");
            Assert.NotEqual("Tom Reyes", Q(quotes, "serious lapses").Speaker);
        }

        [Fact]
        public void AKinNounWithATitledNameInApposition()
        {
            var quotes = Quotes("Ada Lund's niece, state Sen. Mara “Mo” Bell (D-Ore.), told the crowd: “The island is watching.”");
            var q = Q(quotes, "The island is watching");
            Assert.StartsWith("Ada Lund's niece, state Sen. Mara", q.SpeakerMention);
            Assert.Contains("Bell", q.Speaker);
            Assert.DoesNotContain("Lund", q.Speaker);
        }

        [Fact]
        public void AKinNounWithADescriptionInAppositionIsNoName()
        {
            // no titled name after the comma: the kin noun's own reading, never the possessor
            // (the subject before the apposition is the kin noun, "Ada Lund's niece": claims4 reads it so, where the
            // apposition "a harbour pilot" was the speaker before; the possessor alone is still never the speaker)
            var quotes = Quotes("Ada Lund's niece, a harbour pilot, told the crowd: “The island is watching.”");
            var q = Q(quotes, "The island is watching");
            Assert.NotEqual("Ada Lund", q.Speaker);
            Assert.True(q.Speaker == null || !q.Speaker.StartsWith("Ada Lund", System.StringComparison.Ordinal) || q.Speaker.StartsWith("Ada Lund's niece", System.StringComparison.Ordinal), q.Speaker);
        }
    }
}
