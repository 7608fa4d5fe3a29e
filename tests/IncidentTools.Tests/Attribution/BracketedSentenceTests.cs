using Xunit;
using static IncidentTools.Tests.Attribution.AbbreviationThenPronounTests;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "… calling it “dark water”. (The post is worth a read.) In short, …": a sentence in brackets after a sentence's end is a
    /// sentence of its own, and so is the sentence after a quotation that closes the brackets ("… at all.”) In summary"); a
    /// content stops before the brackets and, when it is the bracketed sentence, does not take the opening bracket.
    /// </summary>
    public class BracketedSentenceTests
    {
        [Fact]
        public void ABracketAfterAFullStopOpensASentence()
        {
            Assert.Equal(new[] { "The ferry left at noon.", "(The pier stayed open.)", "Then the storm came." },
                         Sentences("The ferry left at noon. (The pier stayed open.) Then the storm came."));
        }

        [Fact]
        public void NotABracketInsideTheSentenceNorOneBeforeALowerCaseWord()
        {
            Assert.Single(Sentences("The ferry (the older of the two) left at noon."));
            Assert.Single(Sentences("The ferry left at noon. (and the pier stayed open.)"));
        }

        [Fact]
        public void TheContentStopsBeforeTheBracketedSentence()
        {
            var wrote = Assert.Single(Attributions("Mayor Ada Lund said the pier would reopen in May. (The harbour board has not yet voted on it.) The ferry runs as before."),
                                      a => a.Cue == "said");
            Assert.Equal("the pier would reopen in May", wrote.Content);
        }

        [Fact]
        public void AQuotationThatClosesTheBracketsEndsItsSentence()
        {
            var argued = Assert.Single(Attributions("Tom Reyes praised the crew. (The report lists facts like “Only four boats sailed in March.”) In summary, he argued that the port was safe."),
                                       a => a.Cue == "argued");
            Assert.Equal("the port was safe", argued.Content);
            Assert.Equal("Tom Reyes", argued.Speaker);
        }

        [Fact]
        public void ABracketedContentLeavesItsOpeningBracket()
        {
            var said = Assert.Single(Attributions("The fares rose again in March. (The ferry will stay in service until June, Mayor Ada Lund said.) The pier is closed."),
                                     a => a.Cue == "said");
            Assert.Equal("The ferry will stay in service until June", said.Content);
        }
    }
}
