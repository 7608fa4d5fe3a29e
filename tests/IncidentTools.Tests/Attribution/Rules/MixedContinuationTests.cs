using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// MixedContinuation: a quotation woven into the writer's sentence right after a person's quoted statement goes on in
    /// that person's voice, when the sentence reports no one else.
    /// </summary>
    public class MixedContinuationTests
    {
        [Theory]
        // the writer's opening phrase, then the speaker's words
        [InlineData("“The pier will not last,” said Ada Lund, the harbour master. By spring, “it will have fallen into the sea for good.”", "it will have fallen")]
        // the writer's own subject and verb, the speaker's words as the complement
        [InlineData("“It is a scandal,” Ada Lund says. It is “the worst run harbour on this coast.”", "the worst run")]
        // the speaker's words as the predicate of a subject the writer names (the topic, not a speaker)
        [InlineData("“We thought only the council was careless,” said Ada Lund, who wrote a book on the port. The ferry board “kind of misspoke. It should not talk about the pier in public.”", "kind of misspoke")]
        // the speaker's "I" in the woven words
        [InlineData("“It has been a very slow year,” said Ada Lund, who runs the boatyard. With the orders gone, “I never see the yard getting back” to its old size.", "I never see")]
        public void AWovenQuotationAfterAPersonsStatementIsTheirs(string body, string quote)
        {
            var q = Q(Quotes("The harbour council met on Monday.\n\n" + body), quote);
            Assert.Equal("MixedContinuation", q.Rule);
            Assert.Equal("Ada Lund", q.Speaker);
        }

        [Fact]
        public void ALaterQuotationOfTheSameSentenceGoesOnWithIt()
        {
            var quotes = Quotes("The harbour council met on Monday.\n\n“Nobody campaigned for the ferry,” said Ada Lund, the harbour master. " +
                                "“This was an example of the council” and its clerks “just quietly deciding that the island could wait.”");
            Assert.Equal("Ada Lund", Q(quotes, "This was an example").Speaker);
            Assert.Equal("Ada Lund", Q(quotes, "just quietly deciding").Speaker);
        }

        [Theory]
        // a term of one to three words is as often the writer's as the speaker's
        [InlineData("“We will win,” Ada Lund said. She is running for one of the “at-large” seats on the board.", "at-large")]
        // a verb of saying in the sentence brings in its own source
        [InlineData("“We will win,” Ada Lund said. Tom Reyes called it “a very long shot at best, I am afraid.”", "a very long shot")]
        // what a colon introduces is the sentence's subject's
        [InlineData("“We will win,” Ada Lund said. Tom Reyes had a short reply: “we will see about that, my friend.”", "we will see")]
        // another person as the subject of the sentence
        [InlineData("“We will win,” Ada Lund said. Tom Reyes wants “a recount of every single ballot in the county.”", "a recount of")]
        // the speaker's words were a fragment: nobody holds the floor
        [InlineData("Ada Lund blamed the storm on “the warm sea.” Her remarks came after she was asked about “the state of the old pier today.”", "the state of")]
        public void NoWovenQuotationWhenTheSentenceBringsInAnotherVoice(string body, string quote)
        {
            var quotes = Quotes("The harbour council met on Monday.\n\n" + body);
            var q = quotes.FirstOrDefault(x => x.Text.StartsWith(quote, System.StringComparison.Ordinal));
            Assert.True(q == null || q.Rule != "MixedContinuation" && q.Speaker != "Ada Lund", q?.Rule + " " + q?.Speaker);
        }

        [Fact]
        public void ATitleIsNoOnesWords()
        {
            var quotes = Quotes("The harbour council met on Monday.\n\n“We have persuaded the old crew to come back,” Ada Lund said. " +
                                "Tom Reyes and Jo Bell signed on for “The Harbour Nights Show,” but others did not.");
            Assert.DoesNotContain(quotes, x => x.Text.StartsWith("The Harbour Nights", System.StringComparison.Ordinal) && x.Speaker == "Ada Lund");
        }
    }
}
