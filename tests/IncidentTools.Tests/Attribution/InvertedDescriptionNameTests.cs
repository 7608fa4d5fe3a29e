using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, said the minister, Jo Bell.": after an inverting verb, a singular description, a comma and a name that closes
    /// the sentence or its clause. The name speaks (the description is its role), and the content ends before the verb.
    /// A name that opens a list ("the minister, Jo Bell, and the mayor") is not this shape.
    /// </summary>
    public class InvertedDescriptionNameTests
    {
        [Theory]
        [InlineData("“The ferry will not sail,” said the harbour master, Jo Bell.", "Jo Bell")]
        [InlineData("“The ferry will not sail,” said the port's chief executive, Amir Khan, who spoke in Oslo.", "Amir Khan")]
        public void TheNameAfterAnInvertedDescriptionSpeaksTheQuotation(string body, string speaker)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Fares rose by a third, said the transport minister, Jo Bell.", "Jo Bell", "Fares rose by a third")]
        [InlineData("The talks had stalled, said the union's leader, Amir Khan.", "Amir Khan", "The talks had stalled")]
        public void TheContentEndsBeforeTheInvertedVerb(string body, string source, string content)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(ContentThenCue));
            Assert.Equal(source, a.Source);
            Assert.Equal(content, a.Content);
        }

        [Fact]
        public void ANameThatOpensAListIsNotTheSpeaker()
        {
            // "the minister, Jo Bell, and the mayor, Ann Lee" are more than one speaker: Jo Bell alone is not given the words
            var attributions = Attributions("Fares rose by a third, said the minister, Jo Bell, and the mayor, Ann Lee.");
            Assert.DoesNotContain(attributions, a => a.Source == "Jo Bell");
        }
    }
}
