using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Noting that the levy had stalled for months, Harlan said …": a participle of saying that opens the sentence reports, to
    /// the comma closing its phrase, what the main clause's subject says. Not a participle of another sense, nor one whose main
    /// clause has no speaker for its subject, nor a verb of answering or of what was spoken to. Sentences of the tests' own.
    /// </summary>
    public class OpeningParticipleTests
    {
        [Theory]
        [InlineData("Noting that the levy had stalled for months, Harlan said the vote would come next week.", "Noting", "Harlan", "the levy had stalled for months")]
        [InlineData("Citing the rising cost of the ferry service, the governor said lawmakers must act.", "Citing", "the governor", "the rising cost of the ferry service")]
        [InlineData("Acknowledging that the pier was unsafe, Dorn told the council it would reopen in May.", "Acknowledging", "Dorn", "the pier was unsafe")]
        // a lead paragraph that opens with its dateline: the participle opens the sentence after it
        [InlineData("RIVERTON, March 3: Noting that traffic on the old crossing had doubled, Mayor Helen Okafor said the council would fund a second bridge.", "Noting", "Mayor Helen Okafor", "traffic on the old crossing had doubled")]
        [InlineData("PORT ELLIS -- Citing the cost of repairs, the harbour master said the pier would stay shut.", "Citing", "the harbour master", "the cost of repairs")]
        public void TheOpeningParticipleIsTheMainSubjects(string text, string cue, string source, string content)
        {
            var records = Attributions(text);
            var opening = Assert.Single(records, a => a.Cue == cue);
            Assert.Equal(source, opening.Source);
            Assert.Equal(content, opening.Content);
        }

        [Theory]
        // near misses: a participle of no saying, and a main clause whose subject is no speaker
        [InlineData("Walking along the pier at dawn, Harlan said the vote would come next week.", "Walking")]
        [InlineData("Noting the rising cost of the ferry service, the budget grew by a third.", "Noting")]
        // a verb of answering or one that only says what was spoken to reports no proposition
        [InlineData("Responding to a question from the council, Dorn said the pier would reopen in May.", "Responding")]
        [InlineData("Referring to the storm of last winter, Dorn said the pier would reopen in May.", "Referring")]
        [InlineData("Reporting among the fishermen of the bay, Dorn found that few wanted the pier reopened.", "Reporting")]
        public void NotWithoutASpeakerOrAVerbOfSaying(string text, string cue)
        {
            var records = Attributions(text);
            Assert.DoesNotContain(records, a => a.Cue == cue);
        }
    }
}
