using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two subjects the mention grammar once misread. A described person, then a relative clause without its pronoun whose
    /// subject is "I" ("One senior officer I spoke to this evening said"): the person is the subject, not the time phrase that
    /// ends the clause ("evening"); "my brothers and I" stays one subject. And a name in apposition after one member of a group
    /// an object pronoun stands for ("said one of them, Haji Omar Dost"): the name is the speaker, not "them"; without a name
    /// the share stays as it was.
    /// </summary>
    public class ContactClauseAndMemberNameTests
    {
        [Fact]
        public void TheDescribedPersonBeforeAContactClauseWithIIsTheSubject()
        {
            var f = Assert.Single(Run("One senior officer I spoke to this evening said the convoy was never at risk.", new CueThenContent()));
            Assert.Equal("One senior officer", f.Source);
            Assert.Equal("officer", f.Record.Source!.Head);
            Assert.Equal("I spoke to this evening", f.Record.Source!.Apposition);
            Assert.Equal("the convoy was never at risk", f.Content);
        }

        [Fact]
        public void ACoordinatedIStaysPartOfTheSubject()
        {
            var f = Assert.Single(Run("Later, my brothers and I said the pier was unsafe.", new CueThenContent()));
            Assert.Equal("my brothers and I", f.Source);
            Assert.Equal("the pier was unsafe", f.Content);
        }

        [Fact]
        public void TheNameAfterOneOfThemIsTheSpeaker()
        {
            var quotes = QuoteRuleText.Quotes("Two farmers watched the convoy pass. “The trucks drove fast,” said one of them, Haji Omar Dost. “They never stopped.”");
            var q = QuoteRuleText.Q(quotes, "The trucks drove fast");
            Assert.Equal("Haji Omar Dost", q.Speaker);
            Assert.Equal("QuoteThenCue", q.Rule);
            Assert.Equal("Haji Omar Dost", QuoteRuleText.Q(quotes, "They never stopped").Speaker);
            var f = Assert.Single(Run("Two farmers watched the convoy pass. One of them, Haji Omar Dost, a farmer, said the trucks drove fast.", new CueThenContent()));
            Assert.Equal("One of them, Haji Omar Dost", f.Source);
            Assert.Equal(IncidentTools.Attribution.MentionKind.Name, f.Record.Source!.Kind);
            Assert.Equal("the trucks drove fast", f.Content);
        }

        [Fact]
        public void WithoutANameOneOfThemStaysAShare()
        {
            var quotes = QuoteRuleText.Quotes("Two farmers watched the convoy pass. “The trucks drove fast,” said one of them. “They never stopped.”");
            var q = QuoteRuleText.Q(quotes, "The trucks drove fast");
            Assert.Equal("one of them", q.SpeakerMention);
            Assert.NotEqual("Haji Omar Dost", q.Speaker);
        }
    }
}
