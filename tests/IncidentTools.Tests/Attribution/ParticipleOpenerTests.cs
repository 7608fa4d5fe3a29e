using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A participle's phrase that opens the sentence and ends at its comma ("Standing beside him, …", "Looking ahead, …") is
    /// introductory: the subject after it speaks, with its apposition ("Gen. Ada Holm, the chairman of the joint staff, said"),
    /// never the apposition or the phrase's object. Not a name in -ing ("Ewing, the coach, said"), nor a subject that reaches
    /// the verb with no comma ("Voting rights advocates have said"). Texts of the tests' own.
    /// </summary>
    public class ParticipleOpenerTests
    {
        [Theory]
        [InlineData("Standing beside him, Gen. Ada Holm, the chairman of the joint staff, said the fleet was ready.", "Ada Holm")]
        [InlineData("Standing beside the minister, Ada Holm, the chairman, said the fleet was ready.", "Ada Holm")]
        [InlineData("Looking ahead, Ada Holm, the chairman, said the fleet was ready.", "Ada Holm")]
        public void TheSubjectAfterAnOpeningParticiplesPhraseSpeaks(string text, string name)
        {
            var f = Assert.Single(Run(text, new CueThenContent()));
            Assert.Equal(name, f.Record.Source!.Name);
            Assert.Equal("the fleet was ready", f.Content);
        }

        [Fact]
        public void TheQuoteAfterItIsThatSpeakersNotTheOneBefore()
        {
            var quotes = QuoteRuleText.Quotes("Mr. Berg said he regretted the loss. “We meant no harm,” he said.\n\n" +
                "Standing beside him, Gen. Ada Holm, the chairman of the joint staff, said the two navies had to share more. “Our procedures were not good enough,” she said.");
            Assert.Equal("Berg", QuoteRuleText.Q(quotes, "We meant no harm").Speaker);
            Assert.Equal("Ada Holm", QuoteRuleText.Q(quotes, "Our procedures").Speaker);
        }

        [Theory]
        [InlineData("Ewing, the coach, said the team was ready.", "Ewing")]
        [InlineData("Voting rights advocates have said the law was unfair.", "Voting rights advocates")]
        public void ANameOrASubjectInIngIsNoOpeningPhrase(string text, string source)
        {
            var f = Assert.Single(Run(text, new CueThenContent()));
            Assert.Equal(source, f.Source);
        }
    }
}
