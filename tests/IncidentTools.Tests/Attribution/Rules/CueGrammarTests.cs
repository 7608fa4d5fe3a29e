using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>Cues beyond a single verb: carried verbs, "put it", the passive "is quoted as saying", participles after a preposition.</summary>
    public class CueGrammarTests
    {
        [Theory]
        [InlineData("Ada Lund went on to say, “The pier has never been safe.”", "went on to say")]
        [InlineData("Ada Lund continued to argue that “the pier has never been safe.”", "continued to argue")]
        [InlineData("As the harbour official put it, “The pier has never been safe.”", "put it")]
        public void CarriedVerbsAndPutIt(string body, string cue)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), "")!;
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Fact]
        public void ThePassiveQuotedAsSayingGivesTheSubject()
        {
            var a = Of(RunRules("“The pier has never been safe,” Ada Lund was quoted as saying.", new QuoteThenCue()), "")!;
            Assert.Equal("Ada Lund", a.Source!.Text);
        }

        [Fact]
        public void AParticipleAfterByTakesTheSubject()
        {
            var a = Of(RunRules("The captain ended the meeting by saying, “We sail at dawn.”", new ParticipleCue()), "")!;
            Assert.Equal("The captain", a.Source!.Text);
        }

        [Theory]
        [InlineData("“Who pays for the repairs?” the reporter pressed.", "the reporter")]
        [InlineData("“That is simply false,” the tycoon retorted.", "the tycoon")]
        [InlineData("“Not a chance,” an angry mayor snapped.", "an angry mayor")]
        public void VerbsThatFollowAQuotation(string body, string mention) =>
            Assert.Equal(mention, Of(RunRules(body, new QuoteThenCue()), "")!.Source!.Text);

        [Theory]
        [InlineData("“That is simply false,” the tycoon shot back.", "the tycoon", "shot back")]
        [InlineData("“Not on my watch,” Mayor Ada Lund fired back on Monday.", "Mayor Ada Lund", "fired back")]
        [InlineData("“And the ferry too,” the spokeswoman chimed in.", "the spokeswoman", "chimed in")]
        [InlineData("“We sail at dawn,” hit back the captain.", "the captain", "hit back")]
        [InlineData("“The ferry is late again,” the spokeswoman groused.", "the spokeswoman", "groused")]
        [InlineData("“Nobody listens to the fishermen,” Ada Lund crowed.", "Ada Lund", "crowed")]
        [InlineData("“Captain, let me help you out - the answer is no,” the harbour master riffed on the captain's silence.", "the harbour master", "riffed")]
        public void AMannerOfSpeakingWithItsParticleFollowsAQuotation(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The police fired back at the gunmen, who shouted “Stay down” at the crowd.")] // a deed before a quotation, not a cue
        [InlineData("“We sail at dawn,” the captain shot the flare.")]                           // the verb without its particle
        [InlineData("The band opened with a guitar riff, “Harbour Lights,” and the crowd sang along.")] // "riff" a noun, no cue
        public void AParticleVerbCuesNoQuotationBeforeIt(string body) =>
            Assert.Null(Of(RunRules(body, new QuoteThenCue(), new CueBeforeQuote(close: true), new CueBeforeQuote(close: false)), ""));

        [Fact]
        public void InterjectedMayIntroduceAQuotation() =>
            Assert.Equal("The spokeswoman", Of(RunRules("The spokeswoman interjected, “The ferry is late again.”", new CueBeforeQuote(close: true)), "")!.Source!.Text);
    }

    /// <summary>NameColonQuote: "Jo Bell: “…”".</summary>
    public class NameColonQuoteTests
    {
        [Theory]
        [InlineData("Ferry numbers keep falling - Ada Lund: “Nobody takes the boat in winter any more.”", "Ada Lund")]
        [InlineData("Here's Tomas Reyes in 1992: “The pier will outlast us all.”", "Tomas Reyes")]
        public void ANameBeforeTheColon(string body, string mention) =>
            Assert.Equal(mention, Of(RunRules(body, new NameColonQuote()), "")!.Source!.Text);

        [Theory]
        [InlineData("The rules are simple: “No sailing after dark.”")]
        [InlineData("Tomas Reyes said in 1992: “The pier will outlast us all.”")]
        [InlineData("Reyes: “The pier will outlast us all.”")]
        public void NoNameOrAVerbBeforeTheColon(string body) => Assert.Empty(RunRules(body, new NameColonQuote()).Found);
    }
}

namespace IncidentTools.Tests.Attribution.Rules
{
    public class NameColonQuoteAfterADashTests
    {
        [Fact]
        public void ADashSetsTheNameOffAVerbBeforeIt() =>
            Assert.Equal("Ada Lund", Of(RunRules("Ferry captains agree - Ada Lund: “Nobody sails in January any more.”", new NameColonQuote()), "")!.Source!.Text);
    }
}
