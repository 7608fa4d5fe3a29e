using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SentenceMedialCue: the reporting clause between commas after the quotation.</summary>
    public class SentenceMedialCueTests
    {
        [Fact]
        public void TheClauseBetweenCommasAfterTheQuote()
        {
            var c = RunRules("“You kept the crews at sea for days” to save fuel, the captain said, pointing at the old logbook on the table.", new SentenceMedialCue());
            Assert.Equal("the captain", Of(c, "You kept")!.Source!.Text);
        }

        [Fact]
        public void AnotherQuotationBeforeTheClauseStopsTheSearch()
        {
            var c = RunRules("“You kept the crews at sea” and “the pumps broke,” so the board met, the captain said, without a date.", new SentenceMedialCue());
            Assert.Null(Of(c, "You kept"));
        }
    }

    /// <summary>NameThenParticiple: "footage of X saying, “…”".</summary>
    public class NameThenParticipleTests
    {
        [Fact]
        public void TheNameBeforeTheParticiple()
        {
            var c = RunRules("The ad shows footage of Ada Lund asking, “Why is the ferry always late?”", new NameThenParticiple(), new ParticipleCue());
            var a = Of(c, "Why is")!;
            Assert.Equal("NameThenParticiple", a.Rule);
            Assert.Equal("Ada Lund", a.Source!.Text);
        }

        [Fact]
        public void NoNameBeforeTheParticipleLeavesItToTheSubject()
        {
            var c = RunRules("The union blasted the plan, saying “nobody can sail on it.”", new NameThenParticiple());
            Assert.Empty(c.Found);
        }
    }

    /// <summary>Clause starts the subject-before-cue search reads.</summary>
    public class ClauseStartTests
    {
        [Theory]
        [InlineData("She asked whether he would stay, to which he said, “Only until the storm passes.”", "he")]
        [InlineData("The pier held for a decade ― the harbour board boasted, “Our wall never failed.”", "the harbour board")]
        public void AClauseAfterARelativeOrADash(string body, string mention)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true)), "")!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void AnAdverbBetweenThePronounAndItsVerb()
        {
            var c = RunRules("My mother has mellowed, but even now at 86 she still says things such as, “The sea takes what it wants.”", new NameBeforeCue());
            Assert.Equal("she", Of(c, "The sea")!.Source!.Text);
        }
    }
}
