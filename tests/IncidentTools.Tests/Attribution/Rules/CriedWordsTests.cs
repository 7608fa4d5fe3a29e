using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Words after the noun of a cry and its "of" ("chants of “…”") are cried by the noun's owner, or by the subject whose
    /// verb takes the cry's phrase after a preposition; never by anyone in a passive or in a phrase with no subject.
    /// Invented harbour crowds.
    /// </summary>
    public class CriedWordsTests
    {
        [Theory]
        [InlineData("Fans of the mayor responded with chants of “Four more years” until she spoke.", "Four more years", "Fans")]
        [InlineData("Dock workers joined in a thunderous chant of “Save the Pier!” near the gate.", "Save the Pier!", "Dock workers")]
        public void TheSubjectWhoseVerbTakesTheCryCriedIt(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
            Assert.Equal("CriedWords", q.Rule);
        }

        [Fact]
        public void TheOwnerOfTheCryCriedIt()
        {
            var a = Attributions("Harbour master Ines Vale spoke at the quay. Her shouts of “Clear the berth!” rang out over the water.")
                .Single(x => x.Content.StartsWith("Clear the berth", System.StringComparison.Ordinal));
            Assert.Equal("Her", a.Source);
            Assert.Equal("CriedWords", a.Rule);
        }

        [Theory]
        [InlineData("The mayor was met with chants of “Resign, resign” at the pier.", "Resign, resign")]          // a passive: the criers are not named
        [InlineData("Walking into the hall to chants of “Vale! Vale!”, the harbour master smiled.", "Vale! Vale!")] // no subject before the verb
        [InlineData("The ferry company chanted its praise of “Harbour Lights” in an advert.", "Harbour Lights")]      // a verb, not the noun of a cry
        public void NoCrierNamed(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.NotEqual("CriedWords", q.Rule);
        }
    }
}
