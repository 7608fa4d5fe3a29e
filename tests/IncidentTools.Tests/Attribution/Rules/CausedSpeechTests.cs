using System;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>CausedSpeech: the object of a verb of causing before an infinitive of saying says the quotation after it.</summary>
    public class CausedSpeechTests
    {
        private const string Headline = "Ferry service resumes after the storm\n\n";

        [Theory]
        [InlineData("The tally prompted the Harbour Board to state, “Dunmore is the best guide to the county vote.”", "Dunmore is", "Harbour Board", "Ruritania")]
        // past an aside of the object between commas
        [InlineData("The tally prompted the Harbour Board, which runs the ferries, to state, “Dunmore is the best guide to the county vote.”", "Dunmore is", "Harbour Board", "Ruritania")]
        // the -ing form, and a that-clause the quotation opens
        [InlineData("The post was shared 3,000 times, leading the Bordurian Navy to counter that “every cent went to the old pier.”", "every cent", "Bordurian Navy", "Borduria")]
        // a quotation inside the that-clause
        [InlineData("The narrow win led Tom Reyes to declare that the crossing was “in sight.”", "in sight", "Tom Reyes", null)]
        // a verb of naming with its object before the quotation
        [InlineData("The delay provoked Ada Lund to call the plan “a disgrace.”", "a disgrace", "Ada Lund", null)]
        public void TheObjectOfTheCausingVerbSaysIt(string body, string quote, string speaker, string? party)
        {
            var q = Q(Quotes(body, DateOpeningSubjectTests.Sides), quote);
            Assert.Equal("CausedSpeech", q.Rule);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(party, q.Party);
            Assert.Equal(Headline.Length + body.IndexOf(quote, StringComparison.Ordinal), q.Start);
            Assert.Equal(body.IndexOf('”') - body.IndexOf(quote, StringComparison.Ordinal), q.Length);
        }

        [Fact]
        public void TheSentenceSubjectIsOnlyWhatMadeTheObjectSpeak()
        {
            var a = Of(RunRules("The harsh report prompted Tom Reyes to say, “We will rebuild the pier.”", new CausedSpeech()), "We will")!;
            Assert.Equal("CausedSpeech", a.Rule);
            Assert.Equal("Tom Reyes", a.Source!.Text);
            Assert.Equal("to say", a.CueWords!.Text);
        }

        [Theory]
        // near misses: a verb of urging (the object only may speak), a base form after a modal (saying only foreseen), an
        // infinitive that is no verb of saying, a quotation far past the infinitive, a sentence break between
        [InlineData("The mayor urged Tom Reyes to say, “We will rebuild the pier.”")]
        [InlineData("The storm will prompt Tom Reyes to say, “We will rebuild the pier.”")]
        [InlineData("The storm prompted Tom Reyes to sail to the island, where the sign read “Welcome home.”")]
        [InlineData("The storm prompted Tom Reyes to say nothing about the ferries or the fees for weeks, until the “old pier” fell.")]
        [InlineData("The storm prompted Tom Reyes to speak. “We will rebuild the pier.”")]
        public void OtherwiseTheRuleLeavesTheQuotation(string body) =>
            Assert.Empty(RunRules(body, new CausedSpeech()).Found);
    }
}
