using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The mention grammar the rules share: names with their appositions.</summary>
    public class MentionGrammarTests
    {
        [Theory]
        [InlineData("“The pier must close,” Ada Lund, the harbour's chief engineer, one of three on the island, said on Monday.", "Ada Lund")]
        [InlineData("“The pier must close,” Senator Ada Lund, R-Ky., said on Monday.", "Senator Ada Lund")]
        [InlineData("“The pier must close,” Senator Ada Lund, D-N.Y., said on Monday.", "Senator Ada Lund")]
        // a statehouse paper's label: the party and the member's home town
        [InlineData("“The pier must close,” Senator Ada Lund, D-Portland, said on Monday.", "Senator Ada Lund")]
        [InlineData("“The pier must close,” Rep. Tom Reyes, R-Minneapolis, said on Monday.", "Rep. Tom Reyes")]
        public void ANameWithAppositionsBeforeItsCue(string body, string mention)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("said", a.CueWords!.Text);
        }

        [Fact]
        public void AHomeTownLabelThatEndsTheSentenceIsNoApposition()
        {
            // no cue after the label: the name ends a sentence of its own
            var c = RunRules("“The pier must close.” Senator Ada Lund, D-Portland.", new QuoteThenCue());
            Assert.Empty(c.Found);
        }

        [Fact]
        public void ASecondCommaPhraseThatIsNotClosedBeforeACueIsNoApposition()
        {
            // "…, one of three on the island" runs to the end of the sentence: no cue after it
            var c = RunRules("“The pier must close,” Ada Lund, the harbour's chief engineer, one of three on the island.", new QuoteThenCue());
            Assert.Empty(c.Found);
        }

        [Theory]
        [InlineData("“The pier must close,” said a Harbour County Democrat.", "a Harbour County Democrat")]
        [InlineData("“The pier must close,” one senior Republican said.", "one senior Republican")]
        [InlineData("“The pier must close,” added another Harbour County Republican.", "another Harbour County Republican")]
        [InlineData("“The pier must close,” said one Democrat familiar with the talks, who asked not to be named.", "one Democrat")]
        [InlineData("“The pier must close,” said the 46-year-old.", "the 46-year-old")]
        [InlineData("“The pier must close,” a 20-year-old deckhand said.", "a 20-year-old deckhand")]
        [InlineData("“The pier must close,” said one island confidant.", "one island confidant")]
        public void ADescriptionHeadedByAPartyMemberOrAnAge(string body, string mention)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(MentionKind.Description, a.Source.Kind);
        }

        [Fact]
        public void APartyMemberBeforeANameIsATitleAndAPartyNameStaysAName()
        {
            var a = Of(RunRules("“The pier must close,” Democrat Ada Lund said.", new QuoteThenCue()), "")!;
            Assert.Equal(MentionKind.Name, a.Source!.Kind);
            Assert.Equal("Ada Lund", a.Source.Name);
            var b = Of(RunRules("“The pier must close,” the Republican National Committee said.", new QuoteThenCue()), "")!;
            Assert.NotEqual(MentionKind.Description, b.Source!.Kind);
            Assert.Contains("Committee", b.Source.Text);
        }

        [Theory]
        [InlineData("“The pier must close,” stated Ada Lund, the harbour's chief engineer.", "stated")]
        [InlineData("“The pier must close,” remembered Ada Lund.", "remembered")]
        [InlineData("“The pier must close,” Ada Lund barked.", "barked")]
        [InlineData("“The pier must close,” she surmised.", "surmised")]
        [InlineData("“The pier must close,” proclaimed Ada Lund.", "proclaimed")]
        public void MoreVerbsThatFollowAQuotation(string body, string cue)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("She also referenced the “Charleston gap,” a flaw in the rules.", "referenced")]
        [InlineData("He voiced a wish for a “strong, prosperous harbour.”", "voiced")]
        [InlineData("Lund invoked the “spirit of the harbour” at the meeting.", "invoked")]
        public void MoreVerbsThatIntroduceAQuotation(string body, string cue)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("He’s claiming that the pier is “a real mess” in town.", "He")]
        [InlineData("They've said that the pier is “a real mess” in town.", "They")]
        public void APronounWithItsAuxiliaryBeforeAReportingVerb(string body, string mention)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "a real mess")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(MentionKind.Pronoun, a.Source.Kind);
        }

        [Fact]
        public void APronounWithItsAuxiliaryBeforeAnythingElseIsNoMention()
        {
            var c = RunRules("He’s a fine captain, “the best in town.”", new CueBeforeQuote(close: false), new CueBeforeQuote(close: true));
            Assert.Empty(c.Found);
        }
    }
}
