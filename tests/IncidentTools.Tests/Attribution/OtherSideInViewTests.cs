using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare "the official" whose noun was last read in a paragraph before does not reach past a described speaker of
    /// another side who spoke in this paragraph: it is that speaker when the speaker is one of a body's people ("a member of
    /// the delegation"), else no one. With no other side speaking in between it is still the earlier official. Texts of the
    /// test's own.
    /// </summary>
    public class OtherSideInViewTests
    {
        private const string Earlier =
            "A senior French official, speaking to reporters in Paris, said the fishing talks had gone well.\n\n";

        [Fact]
        public void TheOfficialAfterAMemberOfTheOtherSideIsThatMember()
        {
            var quotes = Quotes(Earlier +
                "The Spanish side saw it otherwise. A member of the Spanish delegation insisted that nothing had been settled. " +
                "“A handshake in a corridor is not a treaty,” the official said.");
            var q = Q(quotes, "A handshake");
            Assert.NotEqual("senior French official", q.Speaker);
            Assert.NotEqual("France", q.Party);
        }

        [Fact]
        public void TheOfficialAfterAMemberOfNoSideReadWhenTheParagraphNamesTheOtherSideIsThatMember()
        {
            var quotes = Quotes(Earlier +
                "Spanish officials told a different story. A member of the delegation insisted that nothing had been settled. " +
                "“A handshake in a corridor is not a treaty,” the official said.");
            Assert.Equal("member of the delegation", Q(quotes, "A handshake").Speaker);
        }

        [Fact]
        public void TheOfficialAfterAPrivatePersonOfTheOtherSideIsNoOne()
        {
            var quotes = Quotes(Earlier +
                "A Spanish fisherman in Vigo said that nothing had been settled. " +
                "“A handshake in a corridor is not a treaty,” the official said.");
            var q = Q(quotes, "A handshake");
            Assert.NotEqual("senior French official", q.Speaker);
        }

        [Fact]
        public void WithNoOtherSideBetweenTheOfficialIsTheEarlierOne()
        {
            var quotes = Quotes(Earlier +
                "The talks resume in Madrid next month. " +
                "“A handshake in a corridor is not a treaty,” the official said.");
            Assert.Equal("senior French official", Q(quotes, "A handshake").Speaker);
        }
    }
}
