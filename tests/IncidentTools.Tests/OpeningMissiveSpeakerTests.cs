using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "In her statement, issued after the call, Lund said … ¶ “…,” the statement said": a sentence that opens with a missive
    /// as its setting ("in", a possessive or an article, the missive's word, a comma) tells who issued it: the source that
    /// comes first after the setting (SpeakerResolution.OpeningMissiveSpeaker); a later bare "the statement" is that one's and
    /// speaks for that one's side, not for the side the sentence's words name. Texts and manifests of the tests' own.
    /// </summary>
    public class OpeningMissiveSpeakerTests
    {
        private const string Opening = "Sweden said on Monday that its harbour was shelled first. ";

        private static IncidentTools.IncidentQuote Quote(string body, string start) =>
            Q(Quotes("Harbour shelling", Opening + body, AcademicTitlePartyTests.Sides(others: true)), start);

        [Theory]
        // the statement's issuer opens the sentence after the setting and an aside
        [InlineData("In her statement, issued in Copenhagen after the call, Danish Foreign Minister Mette Lind said she and Mr Berg had spoken of the Swedish sailors. \"We regret the loss of Swedish lives,\" the statement said.",
                    "We regret the loss", "statement", "Southern side")]
        [InlineData("In its letter, the Danish navy said the shelling had been a mistake. \"We regret the loss of Swedish lives,\" the letter said.",
                    "We regret the loss", "letter", "Southern side")]
        public void TheMissiveOfAnOpeningSettingIsItsIssuers(string body, string start, string speaker, string party)
        {
            var quote = Quote(body, start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        [Fact]
        public void ASettingOfAnotherWordGivesTheStatementNoIssuer()
        {
            // the near miss: "In her reply," names no statement; the later "the statement" is not hers by this reading (the
            // side its sentence before names is the one left to the resolver)
            var quote = Quote("In her reply, Danish Foreign Minister Mette Lind said she had spoken of the Swedish sailors. \"We regret the loss of Swedish lives,\" the statement said.",
                              "We regret the loss");
            Assert.NotEqual("Southern side", quote.Party);
        }
    }
}
