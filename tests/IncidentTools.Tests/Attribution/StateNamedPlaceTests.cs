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

        [Fact]
        public void SheAfterATownAndItsStateIsThePersonNamedThen()
        {
            var quotes = Quotes("Mayor Tom Hale opened the fair. “We are proud,” Hale said.\n\nIn Salem, Oregon, retired nurse Brenda Moss also praised the fair. “It was lovely,” she said.");
            Assert.Equal("Brenda Moss", Q(quotes, "It was lovely").Speaker);
        }

        [Fact]
        public void NoSheStandsForAState()
        {
            // the state (a name of two words, as a person's full name is written) is the only one read before the pronoun: no speaker rather than the state
            var quotes = Quotes("The count ended late.\n\nSouth Carolina voted for the levy on Tuesday. “It was close,” she said.");
            Assert.DoesNotContain(quotes, q => q.Speaker == "South Carolina");
        }

        [Fact]
        public void NoWhoStandsForTheStateReadBeforeIt()
        {
            var claims = Attributions("“It will pass,” said Al Berg, a doctor from Englewood, New Jersey, who said he knows the mayor.");
            Assert.Equal("Al Berg", claims.First(a => a.Content.Contains("It will pass")).Speaker);
            Assert.DoesNotContain(claims, a => a.Speaker == "New Jersey");
        }
    }
}
