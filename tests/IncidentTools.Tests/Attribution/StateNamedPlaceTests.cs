using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A U.S. state's name is a place, not a person: not the name after "former Gov. … of", not the subject of a sentence
    /// whose opening phrase ends on a town and its state ("At a rally in Salem, Oregon, …"), not a person a "she" or a "who"
    /// stands for. The speaker is the person the sentence names, or no one.
    /// </summary>
    public class StateNamedPlaceTests
    {
        [Fact]
        public void AFormerGovernorOfAStateIsThePersonNotTheState()
        {
            var quotes = Quotes("The bridge vote is on Friday.\n\n“We will finish the road,” said former Gov. Tom Hale of New Mexico. “It is late.”");
            Assert.Equal("Tom Hale", Q(quotes, "We will finish").Speaker);
            Assert.Equal("Tom Hale", Q(quotes, "It is late").Speaker);
        }

        [Fact]
        public void AFormerSenatorOfAStateAfterTheQuotationIsThePerson()
        {
            var quotes = Quotes("The bridge vote is on Friday.\n\n“We will finish the road,” said former Sen. Ann Lutz of Ohio.");
            Assert.Equal("Ann Lutz", Q(quotes, "We will finish").Speaker);
        }

        [Fact]
        public void TheStateAfterATownInAnOpeningPhraseIsNoSubject()
        {
            // the town's state is part of the opening phrase: the subject is Ann Hale, whom "Hale" then names
            var quotes = Quotes("Former President Tom Hale spoke first.\n\nAt a rally in Derry, N.H., Ann Hale rebuffed a heckler. “You are very rude,” Hale told him.");
            Assert.Equal("Ann Hale", Q(quotes, "You are very rude").Speaker);
        }
    }
}
