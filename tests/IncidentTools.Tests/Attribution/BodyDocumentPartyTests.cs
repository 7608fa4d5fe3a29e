using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "a ministry statement said", "according to an army statement": a document whose one word before it is a state body's bare
    /// word (organisation-words.txt 'institutional') is that body's, read as "the ministry's statement" is: the ministry the text
    /// named before, else the side a bare "the ministry" takes there (SpeakerResolver.BodyOfDocument). Texts and manifest of the
    /// tests' own.
    /// </summary>
    public class BodyDocumentPartyTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.SwedenAndDenmarkWithBodies;

        private const string Dateline = "COPENHAGEN, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday.\n\n";

        private static IncidentQuote Quote(string body) => Q(Quotes("Strait collision", body + "\n", Sides), "acted in good faith");

        [Theory]
        // filed from Copenhagen: the ministry's statement is the Danish ministry's, as a bare "the ministry" is
        [InlineData(Dateline + "The ferry's owners met officials on Monday. A ministry statement said the crew had \"acted in good faith\".", "ministry", "Denmark")]
        [InlineData(Dateline + "The ferry's owners met officials on Monday. According to an army statement, the crew had \"acted in good faith\".", "army", "Denmark")]
        // the ministry the text named before, with its country
        [InlineData("A Swedish patrol boat and a Danish ferry collided in the strait on Sunday.\n\nThe Swedish Defence Ministry in Stockholm met the boat's crew. A ministry statement said the crew had \"acted in good faith\".", "Swedish Defence Ministry", "Sweden")]
        // the near miss: no place reported from and no side named, the statement is of no side
        [InlineData("A patrol boat and a ferry collided in the strait on Sunday.\n\nA ministry statement said the crew had \"acted in good faith\".", "ministry", null)]
        // a statement of two words before it, a country's among them, names its side itself
        [InlineData(Dateline + "A Swedish ministry statement said the crew had \"acted in good faith\".", "Swedish ministry statement", "Sweden")]
        // a mission's statement is read as a mission's (none written before: no side), never as the host country's body
        [InlineData(Dateline + "An embassy statement said the crew had \"acted in good faith\".", "embassy statement", null)]
        public void ABodysStatementSpeaksForTheBody(string body, string speaker, string? party)
        {
            var quote = Quote(body);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }
    }
}
