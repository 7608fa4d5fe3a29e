using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A cue read in the frame the writer gives it: the subject of a passive is told, not telling; a verb that governs
    /// an infinitive is no cue of its own; a speaker named after an inverted verb is not the words before it.
    /// </summary>
    public class PassiveCueTests
    {
        [Theory]
        [InlineData("The minutes were released on Friday. In one note she was warned that “the timetable cannot hold” for a second winter.", "the timetable")]
        [InlineData("Mayor Ada Lund was advised by the harbour board to wait until the plan was “workable”.", "workable")]
        [InlineData("Ada Lund was asked whether the ferry would be “a priority” this year.", "a priority")]
        public void TheSubjectOfAPassiveIsNotTheSpeaker(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.Speaker);
        }

        [Fact]
        public void AReportOfTheSubjectsOwnWordsInThePassiveStillNamesThem()
        {
            // "is reported to have called", "is said to be": the subject's words, relayed by others
            var q = Q(Quotes("Harbour master Ada Lund also is reported to have called the plan “a gift to the builders” in a private meeting."), "a gift");
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void AfterAPassiveClauseTheSpeakerOfTheMainClauseSpeaks()
        {
            var q = Q(Quotes("When Ada Lund was asked on Monday if the mayor would resign, she laughed and said, “We will see.”"), "We will see");
            Assert.Equal("CueRightBeforeQuote", q.Rule);
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void AVerbThatGovernsAnInfinitiveIsNoCue()
        {
            var q = Q(Quotes("Many of those passengers will probably continue to be “silent” about the delays."), "silent");
            Assert.Null(q.Speaker);
        }
    }

    public class NamedThingTests
    {
        [Theory]
        [InlineData("In an interview on CBS's “Harbour Weekly,” Ada Lund said the ferry was “a lifeline” for the island.", "Harbour Weekly")]
        [InlineData("Speaking on this weekend's broadcast of “Island Sunday,” Ada Lund said the ferry was “a lifeline” for the island.", "Island Sunday")]
        public void AShowNamedInAnOpeningPhraseIsNobodysWordsAndLeavesTheCueToTheQuote(string body, string title)
        {
            var quotes = Quotes(body);
            Assert.Null(Q(quotes, title).Speaker);
            Assert.Equal("Ada Lund", Q(quotes, "a lifeline").Speaker);
        }

        [Fact]
        public void AStatementAfterAPrepositionIsNoTitle()
        {
            // lower-case words are no title, whatever stands before them
            var q = Q(Quotes("Ada Lund turned to the crowd with “we will sail again,” and the crowd cheered."), "we will sail");
            Assert.NotEqual("NamedQuotation", q.Rule);
        }

        [Theory]
        [InlineData("In 1950 he starred in a film with Jane Doe called “Night Train.” The film was a hit.", "Night Train")]
        [InlineData("The overall bill, sometimes called a “megabill” by its critics, passed on Friday.", "megabill")]
        public void AThingCalledSoIsNobodysWords(string body, string quote) => Assert.Null(Q(Quotes(body), quote).Speaker);

        [Fact]
        public void CalledWithItsObjectStillNamesTheSpeaker()
        {
            var q = Q(Quotes("The mayor called her “the best harbour master we ever had.”"), "the best");
            Assert.Equal("mayor", q.Speaker);
        }
    }

    public class ReportedContentFrameTests
    {
        [Fact]
        public void AnInvertedVerbBetweenCommasNamesTheSpeakerAfterItNotTheWordsBefore()
        {
            var records = Attributions("The biggest reason crews quit, writes Daniel Moore, is “they never get a day off.” Moore ran the port for a decade.");
            Assert.DoesNotContain(records, a => a.Source != null && a.Source.StartsWith("The biggest", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AQuotationIntroducedByAnotherVerbInsideTheContentIsNotTheOuterSubjects()
        {
            var quotes = Quotes("I remember once running down the pier after a deckhand yelling, ‘COME BACK HERE.’ Nobody came back.");
            Assert.Null(Q(quotes, "COME BACK").Speaker);
        }

        [Fact]
        public void ACrossReferenceInBracketsIsNoPartOfTheContent()
        {
            var records = Attributions("Engineers have shown that the new hull works in rough seas (see “Hulls of the Future” and “The Year at Sea”).");
            var a = Assert.Single(records, r => r.Rule == "CueThenContent");
            Assert.Equal("the new hull works in rough seas", a.Content);
            Assert.Equal(IncidentTools.AttributionKind.Indirect, a.Kind);
        }

        [Fact]
        public void AnAddresseeAndAnInfinitiveAfterTheVerbAreItsContentNotATail()
        {
            // the apposition before the verb is no content of a "…, X urged" attribution: the infinitive after the addressee is
            var records = Attributions("In the first days of the search the harbour spokesman, Maj Tom Reyes, urged the town to pray.");
            Assert.DoesNotContain(records, a => a.Rule == "ContentThenCue");
            var a = Assert.Single(records, r => r.Rule == "CueThenContent");
            Assert.Equal("to pray", a.Content);
            Assert.Equal("Maj Tom Reyes", a.Source);
        }

        [Fact]
        public void AnAdverbWithHyphensIsNoPartOfTheName()
        {
            var q = Q(Quotes("In a 2005 interview, Helen Carter matter-of-factly explained that the plan had “failed” long before the vote."), "failed");
            Assert.Equal("Helen Carter", q.Speaker);
            Assert.Equal("Helen Carter", q.SpeakerMention);
        }
    }

    public class AfterReportedSpeechSourceTests
    {
        [Theory]
        [InlineData("Every parent I have met wanted their children back, but chose to wait. “Do you think she will be angry with you?” She might be.")]
        [InlineData("We can never know what the future holds. A birth mother cannot determine the effects of that choice. “Can you get your baby back?” Many ask it.")]
        public void AQuotationAfterAnyonesViewIsNobodysInParticular(string body) =>
            Assert.DoesNotContain(Quotes(body), q => q.Rule == "AfterReportedSpeech");

        [Fact]
        public void AQuotationAfterOnePersonsViewIsTheirs()
        {
            var q = Quotes("Ada Lund runs the harbour. The board may wait until spring, Lund said. “The pumps will not last another winter.”");
            Assert.Equal("Ada Lund", Q(q, "The pumps").Speaker);
        }

        [Fact]
        public void AQuotationAfterAPersonsWishIsTheirs()
        {
            var q = Quotes("Ada Lund wants to use the new boat as a floating classroom. “I think the children will love it.”");
            Assert.Equal("AfterReportedSpeech", Q(q, "I think").Rule);
            Assert.Equal("Ada Lund", Q(q, "I think").Speaker);
        }
    }

    public class PassiveByAgentTests
    {
        [Fact]
        public void APersonAdvisedByAnAgentIsNotWhatWasSaid()
        {
            var records = Attributions("Ada Lund was advised by the harbour board to wait for the spring tides.");
            Assert.DoesNotContain(records, a => a.Rule == "PassiveBy" && a.Content == "Ada Lund");
        }

        [Fact]
        public void AThingToldByAnAgentIsWhatWasSaid()
        {
            var records = Attributions("A different side of the ferry story was told by the Island Ledger on Sunday.");
            var a = Assert.Single(records, r => r.Rule == "PassiveBy");
            Assert.Equal("the Island Ledger", a.Source);
        }
    }
}
