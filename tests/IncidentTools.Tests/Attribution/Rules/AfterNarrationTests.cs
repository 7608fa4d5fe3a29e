using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>AfterNarration: a paragraph's quotation after a few sentences of narration about the last speaker.</summary>
    public class AfterNarrationTests
    {
        private static IncidentTools.Attribution.AttributionContext Run(string body) =>
            RunRules(body, new QuoteThenCue(), new ContinuationPass(new ContinuedQuote(), new NextSentenceQuote(), new SalientSpeaker(), new AfterNarration()));

        [Fact]
        public void ANarrationParagraphAboutTheSpeakerBetween()
        {
            var c = Run("“We are out of diesel,” Ada Lund said.\n\nShe looked at the sky.\n\n“The boats stay in until Friday.”");
            var a = Of(c, "The boats")!;
            Assert.Equal("AfterNarration", a.Rule);
            // a narration that does not say she speaks only breaks her words: the source stays the one of her quotation
            Assert.Equal("Ada Lund", a.Root.Source!.Text);
            Assert.Equal("Ada Lund", a.Root.Speaker!.Display);
        }

        [Fact]
        public void NarrationThatEndsTheParagraphBefore()
        {
            var c = Run("“We are out of diesel,” Ada Lund said. She then had a question for the crew.\n\n“Who will pay for the fuel?”");
            var a = Of(c, "Who will pay")!;
            Assert.Equal("AfterNarration", a.Rule);
            // the narration says she asks: its mention of her is the source
            Assert.Equal("She", a.Source!.Text);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
        }

        [Fact]
        public void NarrationWithoutASubjectKeepsTheQuotationsSource()
        {
            var c = Run("“We are out of diesel,” Ada Lund said.\n\nSilence.\n\n“The boats stay in until Friday.”");
            var a = Of(c, "The boats")!;
            Assert.Equal("AfterNarration", a.Rule);
            Assert.Equal("Ada Lund", a.Root.Source!.Text);
        }

        [Fact]
        public void TheSpeakersNameInAClauseOfTheNarrationIsTheSource()
        {
            // the narration repeats a fragment of her words (no rule attributes it) and names her in a clause
            var quotes = Quotes("Ada Lund told the radio station that the ferries would “stay in port.”\n\n" +
                                "What “stay in port” means for the islanders is unclear, since Lund spoke only briefly.\n\n" +
                                "“We have to wait. The wind decides.”\n\n“Nobody sails in this.”");
            var first = Q(quotes, "We have to wait");
            Assert.Equal("AfterNarration", first.Rule);
            Assert.Equal("Lund", first.SpeakerMention);
            Assert.Equal("Ada Lund", first.Speaker);
            // the next paragraph's quotation goes on with hers
            Assert.Equal("Ada Lund", Q(quotes, "Nobody sails").Speaker);
        }

        [Fact]
        public void AnotherSubjectInTheNarrationBreaksIt()
        {
            var c = Run("“We are out of diesel,” Ada Lund said.\n\nTom Reyes shook his head.\n\n“The boats stay in until Friday.”");
            Assert.Null(Of(c, "The boats"));
        }

        [Fact]
        public void ANarrationThatNamesSomeoneElseBreaksIt()
        {
            var c = Run("“We are out of diesel,” Ada Lund said.\n\nThe news angered the cafe owner, Tom Reyes.\n\n“We lose a week of trade.”");
            Assert.Null(Of(c, "We lose"));
        }

        [Fact]
        public void AnotherPersonAfterTheQuotationInItsParagraphBreaksIt()
        {
            // the quotation's sentence ends at its question mark; the person after it may be the one who asks
            var c = Run("“We are out of diesel,” Ada Lund said. She is 45.\n\n“You know, it happens, right?” Tom Reyes looked away.");
            Assert.Null(Of(c, "You know"));
        }

        [Fact]
        public void ATitleInSingleMarksIsNoNewQuotation()
        {
            var c = Run("“We are out of diesel,” Ada Lund said. She looked at the sky.\n\n‘Waiting for the wind.’");
            Assert.Null(Of(c, "Waiting"));
        }

        [Fact]
        public void NarrationLongerThanThreeSentencesBreaksIt()
        {
            var c = Run("“We are out of diesel,” Ada Lund said.\n\nShe looked at the sky. She sat down. She waited. She sighed.\n\n“The boats stay in until Friday.”");
            Assert.Null(Of(c, "The boats"));
        }

        [Fact]
        public void AnOrganisationsStatementIsNotCarriedOn()
        {
            var c = Run("“Services are suspended,” the ferry company said.\n\nIt gave no date.\n\n“Passengers will be refunded.”");
            Assert.Null(Of(c, "Passengers"));
        }
    }
}
