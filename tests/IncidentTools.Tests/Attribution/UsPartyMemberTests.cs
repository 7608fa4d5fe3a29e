using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A U.S. party's word right before a lawmaker's noun or title ("a Republican senator", "a Democratic aide on the
    /// committee", "Indiana GOP Rep. Ann Cole"; us-lawmakers.txt 'adjective' and 'member') is a speaker of the United States
    /// when no other country is named with it (accounts89); not one of a party who holds no office ("a Republican strategist"),
    /// nor another country's party of that name ("a Christian Democratic lawmaker"). Texts written for these tests.
    /// </summary>
    public class UsPartyMemberTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("American side", aliases: new[] { "United States", "American" }),
            new PartyDefinition("Independent", people: new[] { "Ivo Lund" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Theory]
        [InlineData("A Democratic aide on the Senate Armed Services Committee said the mood had soured. “Members are frustrated,” the aide said.", "Members are frustrated")]
        [InlineData("“Members are frustrated,” said a Republican senator.", "Members are frustrated")]
        [InlineData("One Republican member of the committee was blunter: “Members are frustrated.”", "Members are frustrated")]
        public void AUsPartysWordBeforeALawmakersNounIsTheUnitedStates(string paragraph, string quote)
        {
            var qs = Quotes("The ferry talks stalled again on Tuesday.\n\n" + paragraph);
            Assert.Equal("American side", Q(qs, quote).Party);
        }

        [Theory]
        // "Representative Jo Bell, a Republican member of …": the title with the name does not hide the role's party word (speaker125)
        [InlineData("Representative Ada Crane, a Republican member of the House Armed Services Committee, said: “Members are frustrated.”", "Ada Crane")]
        [InlineData("Senator Ada Crane, a Democratic member of the committee, said: “Members are frustrated.”", "Ada Crane")]
        public void ALawmakersTitleBeforeTheNameKeepsTheRolesParty(string paragraph, string speaker)
        {
            var q = Q(Quotes("The ferry talks stalled again on Tuesday.\n\n" + paragraph), "Members are frustrated");
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("American side", q.Party);
        }

        [Theory]
        // the near misses: one of a party who holds no office, another country's party of that name, a country named with it
        [InlineData("“Members are frustrated,” said a Republican strategist.")]
        [InlineData("“Members are frustrated,” said a Christian Democratic lawmaker.")]
        [InlineData("“Members are frustrated,” said a Social Democratic lawmaker from Norway's west coast.")]
        public void APartysWordWithoutALawmakerOrBesideAnotherCountryIsNot(string paragraph)
        {
            var qs = Quotes("The ferry talks stalled again on Tuesday.\n\n" + paragraph);
            Assert.NotEqual("American side", Q(qs, "Members are frustrated").Party);
        }

        [Theory]
        [InlineData("a Republican senator", true)]
        [InlineData("Democratic aide on the Senate Armed Services Committee", true)]
        [InlineData("Several Republican lawmakers", true)]
        [InlineData("Christian Democratic lawmakers", false)]
        [InlineData("a GOP donor", false)]
        [InlineData("Irish Republican lawmakers", false)]
        [InlineData("Indiana GOP Rep. Ann Cole", true)]
        [InlineData("a Democratic lawmaker in Germany", false)]
        // a lawmaker's title written with the name, joined to the role the apposition gave (speaker125)
        [InlineData("Representative Republican member of the committee", true)]
        [InlineData("Senator Democratic member of the Armed Services Committee", true)]
        // the near miss: a capitalised word of no lawmaker's title before the party's word
        [InlineData("Ambassador Republican member", false)]
        public void NamesUsPartyMember(string text, bool expected) =>
            Assert.Equal(expected, PartyResolver.NamesUsPartyMember(text));
    }
}
