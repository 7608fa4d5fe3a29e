using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Sides of private speakers, precision first (accounts89): a private person described as retired ("a retired
    /// schoolteacher", speaker-nouns.txt 'private') held no office to leave and speaks for no side, not for the party of no side
    /// as a retired officer does; a member of a paper's or a programme's audience ("a reader", "a listener", now 'private') and
    /// the kin of the dead ("relatives said", accounts-unaffiliated-words.txt) take no side from the side quoted before them.
    /// Texts written for these tests.
    /// </summary>
    public class PrivateSpeakerPartyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorthernSouthernAndIndependent;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry talks stall at the border", body, Sides);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Theory]
        [InlineData("A retired schoolteacher in Tromso, whose son works on the ferries, put it plainly: “They say sorry. My son is not a number.”")]
        [InlineData("A retired farmer in Tromso put it plainly: “They say sorry. My son is not a number.”")]
        public void APrivatePersonWhoRetiredSpeaksForNoSide(string paragraph)
        {
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\n" + paragraph);
            Assert.Null(Q(qs, "They say sorry").Party);
        }

        [Fact]
        public void ARetiredOfficerStillSpeaksForTheSideOfNoSide()
        {
            // the near miss: one who left an office, as before
            var qs = Quotes("OSLO -- Ferries stayed in port for a third day.\n\nA retired navy officer in Tromso put it plainly: “They say sorry. My son is not a number.”");
            Assert.Equal("Independent", Q(qs, "They say sorry").Party);
        }

        [Theory]
        [InlineData("A reader, Tove in Bergen, emails: “Why does nobody ask the crews?”")]
        [InlineData("A listener said: “Why does nobody ask the crews?”")]
        [InlineData("“Why does nobody ask the crews?” relatives of the crew said.")]
        public void AnAudienceOrTheKinTakeNoSideFromTheSideQuotedBefore(string paragraph)
        {
            var qs = Quotes("The Norwegian Foreign Ministry said the ferries would stay in port. “We will not move first,” the ministry said.\n\n" + paragraph);
            Assert.Equal("Northern side", Q(qs, "We will not move first").Party);
            Assert.Null(Q(qs, "Why does nobody ask the crews").Party);
        }

        [Fact]
        public void TheWordIndependentInARoleIsNoPartysName()
        {
            // "an independent member of the assembly" sits with no party; it does not name the manifest's party "Independent"
            var qs = Quotes("OSLO -- The assembly met on Friday.\n\nAli Khosa, an independent member from Tromso, called the claim “a story written after the event.”");
            Assert.Null(Q(qs, "a story written after the event").Party);
        }
    }
}
