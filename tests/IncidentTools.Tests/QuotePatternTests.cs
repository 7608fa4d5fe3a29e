using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The patterns of news attribution, each on a short story written for the test
    /// (a fictional harbour flood), checked through the public API.
    /// </summary>
    public class QuotePatternTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null, string headline = "Harbour flood leaves quay under water") =>
            QuoteTestText.Quotes(headline, body, parties);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void AttributionAfterTheQuoteWithTitle()
        {
            var qs = Quotes("“We will rebuild the pier by spring,” Mayor Elena Voss said on Tuesday.");
            var q = Q(qs, "We will rebuild");
            Assert.Equal("We will rebuild the pier by spring,", q.Text);
            Assert.Equal("Elena Voss", q.Speaker);
            Assert.Equal("Mayor Elena Voss", q.SpeakerMention);
            Assert.Contains("Mayor", q.Role);
            Assert.Equal("said", q.Cue);
            Assert.Equal(QuoteKind.Direct, q.Kind);
        }

        [Fact]
        public void AttributionBeforeTheQuoteAndPronounChain()
        {
            var qs = Quotes("Harbour master Tomas Reyes inspected the breakwater on Monday.\n\n" +
                            "He said that “the budget for repairs is already spent.”\n\n" +
                            "“We need help from the capital,” he added.");
            Assert.Equal("Tomas Reyes", Q(qs, "the budget").Speaker);
            Assert.Equal("he", Q(qs, "We need help").SpeakerMention);
            Assert.Equal("Tomas Reyes", Q(qs, "We need help").Speaker);
            Assert.Equal("added", Q(qs, "We need help").Cue);
        }

        [Fact]
        public void AttributionInTheMiddleOfAnInterruptedQuote()
        {
            var qs = Quotes("“The tide was higher than forecast,” said Tomas Reyes, the harbour master. “Nobody expected it.”");
            var a = Q(qs, "The tide");
            var b = Q(qs, "Nobody expected");
            Assert.Equal("Tomas Reyes", a.Speaker);
            Assert.Equal("Tomas Reyes", b.Speaker);
            Assert.Equal("harbour master", a.Role);
            Assert.Equal(a.SpeakerStart, b.SpeakerStart);
            Assert.NotEqual(a.Start, b.Start);
        }

        [Fact]
        public void AccordingToNamesTheSpeaker()
        {
            var qs = Quotes("Tomas Reyes runs the port.\n\nAccording to Reyes, the storm caused “serious damage” to the breakwater.");
            var q = Q(qs, "serious damage");
            Assert.Equal("Tomas Reyes", q.Speaker);
            Assert.Equal("According to", q.Cue);
            Assert.Equal(QuoteKind.Partial, q.Kind);
        }

        [Fact]
        public void ToldReportersWithColonIntroduction()
        {
            var qs = Quotes("Port engineer Samir Aziz toured the quay.\n\nAziz told reporters: “We need new pumps before the next storm.”");
            var q = Q(qs, "We need new pumps");
            Assert.Equal("Samir Aziz", q.Speaker);
            Assert.Equal("told", q.Cue);
            Assert.Equal(QuoteKind.Direct, q.Kind);
        }

        [Fact]
        public void ColonIntroductionAtTheEndOfAParagraph()
        {
            var qs = Quotes("Samir Aziz, the port engineer, spoke to reporters. He said:\n\n“The pumps were too old to cope.”");
            Assert.Equal("Samir Aziz", Q(qs, "The pumps were").Speaker);
        }

        [Fact]
        public void BlockQuotationInStraightMarksWithCurlyQuotationsInside()
        {
            // a statement quoted as a block, each paragraph opening with a straight mark, the last one closing it
            var qs = Quotes("Harbour trustee Vera Lund wants the board dissolved. Lund stated:\n\n" +
                            "\"The board isn't about “fair shares” any more. It is about its own budget.\n\n" +
                            "\"The latest example is the fee on “small boats,” which hits every fisherman.\n\n" +
                            "\"Dissolve it. Period.\"\n\nThe board meets on Monday.");
            Assert.Equal("Vera Lund", Q(qs, "The board isn't about “fair shares” any more").Speaker);
            Assert.Equal("Vera Lund", Q(qs, "The latest example is the fee on “small boats,”").Speaker);
            Assert.Equal("Vera Lund", Q(qs, "Dissolve it").Speaker);
        }

        [Fact]
        public void InvertedSaidTheMinisterResolvesToTheNamedMinister()
        {
            var qs = Quotes("Transport Minister Ana Ruiz visited the port on Wednesday.\n\n“The repairs will take months,” said the minister.");
            var q = Q(qs, "The repairs");
            Assert.Equal("Ana Ruiz", q.Speaker);
            Assert.Equal("the minister", q.SpeakerMention);
            Assert.Contains("Minister", q.Role);
        }

        [Fact]
        public void SaidXTheYOfZ()
        {
            var qs = Quotes("“We were warned weeks ago,” said Omar Haddad, the head of the dockworkers’ union.");
            var q = Q(qs, "We were warned");
            Assert.Equal("Omar Haddad", q.Speaker);
            Assert.Equal("head of the dockworkers’ union", q.Role);
        }

        [Fact]
        public void TwoSpeakersAlternatingWithPronounsAcrossParagraphs()
        {
            var qs = Quotes("“The sea wall held for ten years,” said Tomas Reyes.\n\n" +
                            "Transport Minister Ana Ruiz disagreed. “It was never finished,” she said.\n\n" +
                            "“That is simply not true,” Reyes said.\n\n" +
                            "“The records are public,” she replied.\n\n" +
                            "“Then let them be read,” he said.");
            Assert.Equal("Tomas Reyes", Q(qs, "The sea wall").Speaker);
            Assert.Equal("Ana Ruiz", Q(qs, "It was never").Speaker);
            Assert.Equal("Tomas Reyes", Q(qs, "That is simply").Speaker);
            Assert.Equal("Ana Ruiz", Q(qs, "The records").Speaker);
            Assert.Equal("Tomas Reyes", Q(qs, "Then let them").Speaker);
        }

        [Fact]
        public void GenderFromTitlesPicksTheCompatibleAntecedent()
        {
            var qs = Quotes("Mrs. Dana Holt and Mr. Victor Lang both run ferries from the quay.\n\n" +
                            "“We lost two boats,” Lang said.\n\n" +
                            "Holt was luckier. “Mine were in dry dock,” she said.\n\n" +
                            "“I hope the insurers pay quickly,” she added.");
            Assert.Equal("Victor Lang", Q(qs, "We lost").Speaker);
            Assert.Equal("Dana Holt", Q(qs, "Mine were").Speaker);
            Assert.Equal("Dana Holt", Q(qs, "I hope").Speaker);
        }

        [Fact]
        public void OrganisationsSpeakAndAreResolvedByTheirHead()
        {
            var qs = Quotes("The Interior Ministry said in a statement that “order has been restored in the port district.”\n\n" +
                            "“No arrests were made,” the ministry said.\n\n" +
                            "The curfew will be lifted on Friday, it said, adding that “patrols will continue.”");
            Assert.Equal("Interior Ministry", Q(qs, "order has been").Speaker);
            Assert.Equal("Interior Ministry", Q(qs, "No arrests").Speaker);
            Assert.Equal("the ministry", Q(qs, "No arrests").SpeakerMention);
            Assert.Equal("Interior Ministry", Q(qs, "patrols will").Speaker);
        }

        [Fact]
        public void QuoteInsideAQuoteStaysOneQuotation()
        {
            var qs = Quotes("“When the warden told me ‘run,’ I ran,” Reyes said.");
            var q = Assert.Single(qs);
            Assert.Equal("When the warden told me ‘run,’ I ran,", q.Text);
            Assert.Equal("Reyes", q.Speaker);
        }

        [Fact]
        public void MultiParagraphQuotationKeepsItsSpeakerForEveryPart()
        {
            var qs = Quotes("“The first pump failed at midnight,” Reyes said. “Then the second one went.\n\n" +
                            "“By dawn the quay was under water.”");
            Assert.Equal(3, qs.Count);
            Assert.All(qs, q => Assert.Equal("Reyes", q.Speaker));
            Assert.Equal("By dawn the quay was under water.", Q(qs, "By dawn").Text);
            Assert.Equal(QuoteKind.Direct, Q(qs, "By dawn").Kind);
        }

        [Fact]
        public void UnbalancedMarkClosedByItsAttribution()
        {
            var qs = Quotes("A senior Peruvian fisheries official spoke to reporters.\n\n" +
                            "“The harbour is closed to trawlers, the official said. “It will reopen next week.”");
            var a = Q(qs, "The harbour is closed");
            Assert.Equal("The harbour is closed to trawlers,", a.Text);
            Assert.Equal("senior Peruvian fisheries official", a.Speaker);
            Assert.Equal("Peru", a.Party);
            Assert.Equal("senior Peruvian fisheries official", Q(qs, "It will reopen").Speaker);
        }

        [Fact]
        public void MismatchedMarksStillMakeAQuotation()
        {
            var qs = Quotes("\"We are ready for the next storm,” Reyes said.\n\n“The pumps are on order,\" he added.");
            Assert.Equal("We are ready for the next storm,", Q(qs, "We are ready").Text);
            Assert.Equal("Reyes", Q(qs, "We are ready").Speaker);
            Assert.Equal("The pumps are on order,", Q(qs, "The pumps").Text);
            Assert.Equal("Reyes", Q(qs, "The pumps").Speaker);
        }

        [Fact]
        public void UnclosedQuotationRunsToTheEndOfItsParagraph()
        {
            var qs = Quotes("Reyes said: “We will not leave the quay until every boat is safe\n\nThe storm passed on Thursday.");
            var q = Assert.Single(qs);
            Assert.Equal("We will not leave the quay until every boat is safe", q.Text);
            Assert.Equal("Reyes", q.Speaker);
        }

        [Fact]
        public void CalledTheFindingsStrange()
        {
            var qs = Quotes("A union official called the inspection report “strange,” saying it “ignores what the divers saw.”");
            Assert.Equal("union official", Q(qs, "strange").Speaker);
            Assert.Equal("called", Q(qs, "strange").Cue);
            Assert.Equal(QuoteKind.Partial, Q(qs, "strange").Kind);
            Assert.Equal("union official", Q(qs, "ignores").Speaker);
        }

        [Fact]
        public void SaidThatWithSingleQuotes()
        {
            var qs = Quotes("Reyes said that ‘the worst is over’ for the fishing fleet.");
            var q = Assert.Single(qs);
            Assert.Equal("the worst is over", q.Text);
            Assert.Equal("Reyes", q.Speaker);
        }

        [Fact]
        public void MemberOfAGroupTakesTheGroupsNationality()
        {
            var qs = Quotes("Two Chilean navy officials spoke to reporters on Monday.\n\n" +
                            "“The point is that the sea wall failed,” one official said. “Everything else followed from that.”\n\n" +
                            "A second navy official said the divers “found cracks everywhere.”");
            var a = Q(qs, "The point is");
            Assert.Equal("official", a.Speaker);
            Assert.Equal("Chile", a.Party);
            Assert.Equal("Chile", Q(qs, "Everything else").Party);
            Assert.Equal("second navy official", Q(qs, "found cracks").Speaker);
            Assert.Equal("Chile", Q(qs, "found cracks").Party);
        }

        [Fact]
        public void ApposedRoleWithoutClosingComma()
        {
            var qs = Quotes("“We regret the delay and we accept responsibility,” Lina Park, a deputy port authority spokeswoman told reporters on Friday.");
            var q = Assert.Single(qs);
            Assert.Equal("Lina Park", q.Speaker);
            Assert.Equal("deputy port authority spokeswoman", q.Role);
            Assert.Equal("told", q.Cue);
        }

        [Fact]
        public void TheOfficialIsTheFullestEarlierDescription()
        {
            var qs = Quotes("“Currently we are counting the losses,” said a senior Peruvian fisheries official.\n\n" +
                            "The official spoke on condition of anonymity.\n\n" +
                            "“Larger decisions will come later,” the official said.");
            var q = Q(qs, "Larger decisions");
            Assert.Equal("senior Peruvian fisheries official", q.Speaker);
            Assert.Equal("the official", q.SpeakerMention);
            Assert.Equal("Peru", q.Party);
        }

        [Fact]
        public void ApostrophesAreNeverQuotationMarks()
        {
            var qs = Quotes("“Don’t blame the ’90s pumps or the fishermen’s rock 'n' roll nights,” Reyes said of the students’ complaints.");
            var q = Assert.Single(qs);
            Assert.Equal("Don’t blame the ’90s pumps or the fishermen’s rock 'n' roll nights,", q.Text);
            Assert.Equal("Reyes", q.Speaker);
        }

        [Fact]
        public void SingleQuotedWordInAHeadline()
        {
            var qs = Quotes("The port authority apologised on Friday.", headline: "Port Authority Expresses 'Regret' Over Flooding");
            var q = Assert.Single(qs);
            Assert.Equal("Regret", q.Text);
            Assert.Equal(ParagraphSection.Title, q.Section);
            Assert.Equal(QuoteKind.Partial, q.Kind);
        }

        [Fact]
        public void TitlesNamesAndScareQuotesHaveNoSpeaker()
        {
            var qs = Quotes("The documentary “Tidewater Nights” opened on Friday.\n\n" +
                            "Divers used a so-called “blue line” test on the wall.\n\n" +
                            "The “temporary” closure has lasted a year.\n\n" +
                            "Reyes said the film “Harbour Lights” was inaccurate.\n\n" +
                            "Locals call the pier “the Spine.”");
            Assert.Equal(5, qs.Count);
            Assert.All(qs, q => Assert.Null(q.Speaker));
        }

        [Fact]
        public void PartyComesFromTheManifestPeopleNotFromWords()
        {
            var parties = new[]
            {
                new PartyDefinition("Harbour Board", aliases: new[] { "board" }, people: new[] { "Maya Lind" }),
                new PartyDefinition("Independent", people: new[] { "Karl Brandt" }),
            };
            var qs = Quotes("Maya Lind, an independent member of the council, said that “the board ignored every warning.”\n\n" +
                            "“The board is right this time,” said Karl Brandt, a retired engineer.", parties);
            Assert.Equal("Harbour Board", Q(qs, "the board ignored").Party);
            Assert.Equal("Independent", Q(qs, "The board is right").Party);
        }

        [Fact]
        public void NationalityWordsGiveTheCountry()
        {
            var qs = Quotes("“The convoy was never in danger,” a Pakistani official said.\n\n" +
                            "“We saw it differently,” U.S. officials said.\n\n" +
                            "“Nobody told us anything,” a local fisherman said.");
            Assert.Equal("Pakistan", Q(qs, "The convoy").Party);
            Assert.Equal("United States", Q(qs, "We saw").Party);
            Assert.Null(Q(qs, "Nobody told").Party);
        }

        [Fact]
        public void NationalityMapsToTheManifestPartyThatNamesIt()
        {
            var parties = new[] { new PartyDefinition("Islamabad government", aliases: new[] { "Pakistan", "Pakistani" }) };
            var qs = Quotes("“The convoy was never in danger,” a Pakistani official said.", parties);
            Assert.Equal("Islamabad government", Assert.Single(qs).Party);
        }

        [Fact]
        public void AttributionAtTheEndOfTheSentence()
        {
            var qs = Quotes("The crews answered with a “show of strength,” sending six tugs into the storm, Reyes said.");
            Assert.Equal("Reyes", Assert.Single(qs).Speaker);
        }

        [Fact]
        public void AnswerRelayedWithoutCueHasNoSpeaker()
        {
            var qs = Quotes("The answer that came back was “not yet,” which the crews heard as “no.”");
            Assert.All(qs, q => Assert.Null(q.Speaker));
        }

        [Fact]
        public void PathologicalMarksAndNamesStillGiveOffsetsThatHold()
        {
            // Speed on such text is measured by the benchmark (bench/, --hostile); here only correctness.
            var sb = new StringBuilder();
            for (int i = 0; i < 400; i++) sb.Append("“A, b, c, he said, ' \" ’ ‘ , , , ");
            sb.Append('\n');
            for (int i = 0; i < 300; i++) sb.Append("Mr. A. B. C. D. Official official officials said, ");
            // Quotes() checks every quote's and mention's offsets against the file.
            var quotes = Quotes(sb.ToString());
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.True(q.Length > 0));
        }
    }
}
