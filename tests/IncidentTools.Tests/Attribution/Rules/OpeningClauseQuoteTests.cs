using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>OpeningClauseQuote: a quotation that closes, or stands in, an opening subordinate clause with its own speaker is that speaker's.</summary>
    public class OpeningClauseQuoteTests
    {
        [Theory]
        [InlineData("After Reyes said that the crews might do better on “a smaller boat,” Lund said the board would vote in May.", "a smaller", "Reyes", "said")]
        [InlineData("Even as the mayor claimed on Monday that the port was “in fine shape,” the board ordered an inspection.", "in fine", "the mayor", "claimed")]
        [InlineData("When a heckler shouted, “Sink it,” Lund laughed and kept going.", "Sink it", "a heckler", "shouted")]
        [InlineData("While Ada Lund insists the timetable is “settled”, the union wants another vote.", "settled", "Ada Lund", "insists")]
        // a list of quotations joined by "and" closes the clause together: each is the clause speaker's
        [InlineData("As the mayor complained about “rigged courts” and “our own struggling towns,” Ada Lund said yes.", "rigged", "the mayor", "complained")]
        [InlineData("As the mayor complained about “rigged courts” and “our own struggling towns,” Ada Lund said yes.", "our own", "the mayor", "complained")]
        // the subordinate clause after a comma and "and" opens a clause of its own
        [InlineData("Kevin was drifting off, and as the mayor complained about “our own struggling towns,” Ada Lund said yes.", "our own", "the mayor", "complained")]
        // the clause goes on past the quotation up to its comma: the quotation is still the clause speaker's, not the
        // sentence-final cue's
        [InlineData("Though Reyes said the new rule caused a “handful of delays” last winter, Lund said none of them mattered.", "handful", "Reyes", "said")]
        [InlineData("After the mayor wrote that the pier was “unsafe for anyone” in a letter to the board, Ada Lund said it would stay open.", "unsafe", "the mayor", "wrote")]
        // a quotation joined by "and" to words that are no quotation: still inside the clause, up to its comma
        [InlineData("As the mayor complained about “rigged courts” and the harbour fees, Ada Lund said yes.", "rigged", "the mayor", "complained")]
        public void TheSubordinateClauseSpeakerSaidIt(string body, string quote, string source, string cue)
        {
            var a = Of(RunRules(body, new OpeningClauseQuote(), new QuoteThenCue(), new SentenceFinalCue()), quote)!;
            Assert.Equal("OpeningClauseQuote", a.Rule);
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        // no subordinate clause: the attribution after the quotation
        [InlineData("Reyes said the crews would do better on “a smaller boat,” Lund said.")]
        // the clause's verb is no verb of speech
        [InlineData("After Reyes sailed to the island in “a smaller boat,” Lund said the crossing was safe.")]
        // a comma breaks the clause between its verb and the quotation ("said nothing, …")
        [InlineData("Although Reyes said nothing, “the boat is fine,” Lund said.")]
        // no subject of its own after the subordinator
        [InlineData("When asked about the crossing, “it is fine,” Lund said.")]
        // the quotation opens the main clause
        [InlineData("When Reyes spoke, Lund said the boat was “fine.”")]
        // "and" without a comma before the subordinator: no clause of its own ("tired and as angry as …")
        [InlineData("Kevin was tired and as the mayor complained about “our own struggling towns,” Ada Lund said yes.")]
        // no comma ends the opening clause after the quotation
        [InlineData("Though Reyes said the new rule caused a “handful of delays” Lund said none of them mattered.")]
        // another report after the quotation, before the clause's comma
        [InlineData("Though Reyes said the rule caused a “handful of delays” and Vail told reporters it was fine, Lund said none of them mattered.")]
        // the clause's verb is no verb of speech, the clause going on past the quotation
        [InlineData("After Reyes sailed past the “old pier” last winter, Lund said the crossing was safe.")]
        // the quotation stands in the main clause, after the opening clause's comma
        [InlineData("After Reyes said the rule caused delays, Lund called it “a handful of nothing” last winter, officials said.")]
        public void OtherwiseNothing(string body) =>
            Assert.Empty(RunRules(body, new OpeningClauseQuote()).Found);

        [Fact]
        public void TheWholePipelineGivesTheQuotationInsideTheOpeningClauseToItsSpeaker()
        {
            var quotes = Quotes("Though Tom Reyes said the new rule caused a “handful of delays” last winter, Ada Lund said none of them mattered.");
            var q = Q(quotes, "handful");
            Assert.Equal("handful of delays", q.Text);
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("Tom Reyes", q.SpeakerMention);
            Assert.Equal("OpeningClauseQuote", q.Rule);
        }

        [Fact]
        public void QuoteThenCueStillTakesAQuotationOutsideAnyOpeningClause()
        {
            var a = Of(RunRules("“The boat is fine,” Lund said after Reyes said it was not.", new OpeningClauseQuote(), new QuoteThenCue()), "The boat")!;
            Assert.Equal("QuoteThenCue", a.Rule);
            Assert.Equal("Lund", a.Source!.Text);
        }
    }

    /// <summary>ParticipleCue after the attribution of an earlier quotation: "“…,” Lund said, adding that “…”".</summary>
    public class ParticipleAfterAttributionTests
    {
        [Theory]
        [InlineData("The board will fold by May, “and soon,” Lund said, adding that the port “is finished.”", "is finished", "Lund", "adding")]
        [InlineData("After the storms of 2014 and the floods in Kent, “we need a plan,” said Reyes, noting that the crews feel “we were left alone.”", "we were left", "Reyes", "noting")]
        [InlineData("The mayor cannot claim that “from her office,” Lund added Tuesday, saying it is “up to the board.”", "up to the board", "Lund", "saying")]
        public void TheSourceOfThatAttributionSaidIt(string body, string quote, string source, string cue)
        {
            var a = Of(RunRules(body, new QuoteThenCue(), new ParticipleCue()), quote)!;
            Assert.Equal("ParticipleCue", a.Rule);
            Assert.Equal(source, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        // no quotation before: the sentence subject
        [InlineData("The union blasted the timetable on Monday, saying “nobody can sail on it.”", "The union")]
        // a quotation before with no attribution after it: the participle follows the quotation itself
        [InlineData("The union called the plan “a joke,” saying “nobody can sail on it.”", "The union")]
        public void OtherwiseTheSentenceSubject(string body, string source)
        {
            var a = Of(RunRules(body, new ParticipleCue()), "nobody")!;
            Assert.Equal(source, a.Source!.Text);
        }
    }
}
