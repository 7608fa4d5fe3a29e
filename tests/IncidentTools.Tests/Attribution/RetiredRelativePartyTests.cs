using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// One who left an office, said in a relative clause between the name and the verb ("Gen. Odd Berg, who retired from the
    /// Norwegian Army in 2009, wrote …"), speaks as "Odd Berg, a retired general," does: for the party of no side, not for the
    /// dateline's country nor for the body the clause names (accounts93). The clause is kept as the name's role
    /// (<see cref="MentionFacts.LeftOfficeRelative"/>). Texts written for these tests.
    /// </summary>
    public class RetiredRelativePartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }, organisations: new[] { "Norwegian Army" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }),
            // people only: the party of those who speak for no side
            new PartyDefinition("Independent", people: new[] { "Ivo Lund" }),
        };

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferry sinking disputed", body, Sides);

        private const string Dateline = "OSLO, Norway -- The ferry sank on Tuesday night.\n\n";

        [Theory]
        [InlineData("Lt. Gen. Odd Berg, who retired from the Norwegian Army in 2009, wrote that the ferry was “sunk on purpose.”")]
        [InlineData("Lt. Gen. Odd Berg, who retired from the army in 2009, wrote that the ferry was “sunk on purpose.”")]
        [InlineData("Lt. Gen. Odd Berg, who has retired, said the ferry was “sunk on purpose.”")]
        public void ARetirementInARelativeClauseIsAPastOffice(string paragraph)
        {
            var qs = Quotes(Dateline + paragraph);
            Assert.Equal("Independent", QuoteTestText.Q(qs, "sunk on purpose").Party);
        }

        [Theory]
        [InlineData("Lt. Gen. Odd Berg, who commands the Norwegian Army, wrote that the ferry was “sunk on purpose.”")]
        [InlineData("Lt. Gen. Odd Berg, who met a retired admiral on Monday, wrote that the ferry was “sunk on purpose.”")]
        public void AnOfficeHeldStillSpeaksForItsSide(string paragraph)
        {
            // the near misses: the clause's verb is no leaving of an office
            var qs = Quotes(Dateline + paragraph);
            Assert.Equal("Northern side", QuoteTestText.Q(qs, "sunk on purpose").Party);
        }

        [Theory]
        [InlineData("who retired from the army in 2008", true)]
        [InlineData("who has retired", true)]
        [InlineData("who is a former diplomat", true)]
        [InlineData("who met a retired general", false)]
        [InlineData("who is not a former officer", false)]
        [InlineData("who commands the navy", false)]
        [InlineData("a retired general", false)]
        public void LeftOfficeRelativeReadsTheClausesVerb(string clause, bool left)
        {
            Assert.Equal(left, MentionFacts.LeftOfficeRelative(clause));
        }
    }
}
