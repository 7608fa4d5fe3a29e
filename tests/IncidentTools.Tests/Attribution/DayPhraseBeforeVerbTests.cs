using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Harbour officials in Lund on Friday said …": a day phrase between a description's phrase and its verb is the verb's,
    /// no part of who speaks; a phrase with no day in it ("officials in the port office said") stays whole.
    /// </summary>
    public class DayPhraseBeforeVerbTests
    {
        [Theory]
        [InlineData("Harbour officials in Lund on Friday confirmed two wrecks and warned that the storm was coming.", "Harbour officials in Lund")]
        [InlineData("Harbour officials in the port office confirmed two wrecks and warned that the storm was coming.", "Harbour officials in the port office")]
        public void TheSpeakerOfTheSecondVerbEndsBeforeADayPhrase(string body, string speaker) =>
            Assert.Equal(speaker, Attributions(body).Single(x => x.Cue == "warned").Speaker);
    }
}
