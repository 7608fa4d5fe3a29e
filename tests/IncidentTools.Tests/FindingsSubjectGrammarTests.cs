using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Findings as the subject in four more kinds of grammar (ReportedSpeech): "the data show …" (a noun of findings, words.txt
    /// findings, agrees with the plural verb though it has no -s, Agrees); "…, where polls show …" (after a relative adverb,
    /// "where" or "when", a plain noun phrase may be the subject of the clause, as after no relative; not after a relative
    /// pronoun, "who runs …", IsRelativeAdverb); "Last year's statistics show …" (a time in the possessive opens a noun phrase,
    /// no phrase of time before the subject, IsTimeOwner); "A review by The Island Courier shows most …" (the form in -s after a
    /// document of findings and its maker's phrase is the verb, FindingsHeadBeforeMaker). Near cases that must not fire: a
    /// singular thing with a plural verb ("the chart show"), a phrase of time that does open the clause ("Last year, the harbour
    /// board said …" keeps its subject), the noun in -s before a finite verb ("A review by the board claims were rejected"), and
    /// after "where" or "when" a plain phrase headed by no noun of persons, document, findings or share ("where the tides now
    /// favor …", "when navy patrol boats and drones attacked …").
    /// Sentences of the tests' own.
    /// </summary>
    public class FindingsSubjectGrammarTests
    {
        private const string Head = "Ferry fares split the islands\n\n";

        [Theory]
        [InlineData("The data show that ferry use fell by a third after the fare rise.", "ferry use fell", "data")]
        [InlineData("Survey data suggest that islanders would pay more for a winter service.", "islanders would pay more", "data")]
        public void ANounOfFindingsAgreesWithThePluralVerb(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains(source) && c.Content.Contains(content));
        }

        [Fact]
        public void AThingThatIsNoFindingsDoesNotAgreeWithThePluralVerb()
        {
            var found = Speaker106Tests.Found(Head + "The old harbour chart show that the channel was deeper.\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && c.Speaker.Contains("chart"));
        }

        [Theory]
        [InlineData("The minister flew to Arran, where polls show that the fare rise is deeply unpopular.", "fare rise is deeply unpopular", "polls")]
        [InlineData("She spoke in Mull, where surveys show that most islanders oppose the timetable.", "most islanders oppose", "surveys")]
        [InlineData("The row began in March, when several councillors said the timetable was unworkable.", "timetable was unworkable", "councillors")]
        public void APlainSubjectAfterARelativeAdverbReports(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains(source) && c.Content.Contains(content));
        }

        [Fact]
        public void AThingAfterARelativeAdverbIsNoSource()
        {
            // "the tides" name no speaker, document or share: "favor" says what helps the route, not what anyone holds
            var found = Speaker106Tests.Found(Head + "The operator chose the northern crossing, where the tides now actually favor a larger ferry.\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && c.Speaker.Contains("tides"));
        }

        [Fact]
        public void MachinesAfterWhenAreNoSource()
        {
            // "attacked" is the boats' deed, not words: "boats and drones" head no speaker, document or share
            var found = Speaker106Tests.Found(Head + "Nine fishermen were hurt when navy patrol boats and drones attacked two camps on the shore.\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && (c.Speaker.Contains("drones") || c.Speaker.Contains("boats")));
        }

        [Fact]
        public void WordsAfterARelativePronounAreNoPlainSubject()
        {
            // "who runs the ferry company" is the relative's verb phrase, no subject of "said"
            var found = Speaker106Tests.Found(Head + "The fare rise hurt the skipper who runs the ferry company said little about it.\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && c.Speaker.Contains("ferry company"));
        }

        [Theory]
        [InlineData("Last year's harbour statistics show that crossings fell for the first time in a decade.", "crossings fell", "statistics")]
        [InlineData("Last month's survey found that most islanders back a winter timetable.", "most islanders back", "survey")]
        public void ATimeInThePossessiveOpensTheSubject(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains(source) && c.Speaker.StartsWith("Last", System.StringComparison.Ordinal) && c.Content.Contains(content));
        }

        [Fact]
        public void APhraseOfTimeBeforeTheSubjectStaysAnIntroduction()
        {
            var found = Speaker106Tests.Found(Head + "Last year, the harbour board said that fares would be frozen.\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains("board") && !c.Speaker.Contains("Last") && c.Content.Contains("fares would be frozen"));
        }

        [Theory]
        [InlineData("A review by The Island Courier shows most of the subsidy went to the mainland operator.", "most of the subsidy went", "Courier")]
        [InlineData("A survey of ferry users in Skye finds few would give up their cars.", "few would give up", "survey")]
        public void ADocumentOfFindingsShowsAfterItsMakersPhrase(string sentence, string content, string source)
        {
            var found = Speaker106Tests.Found(Head + sentence + "\n");
            Assert.Contains(found, c => c.Speaker != null && c.Speaker.Contains(source) && c.Content.Contains(content));
        }

        [Fact]
        public void ANounInSAfterTheMakersPhraseBeforeAFiniteVerbIsNoVerb()
        {
            // "claims" is the noun that the finite "were" follows: nothing the review found
            var found = Speaker106Tests.Found(Head + "A review by the harbour board claims were rejected in full.\n");
            Assert.DoesNotContain(found, c => c.Speaker != null && (c.Speaker.Contains("board") || c.Speaker.Contains("review")));
        }
    }
}
