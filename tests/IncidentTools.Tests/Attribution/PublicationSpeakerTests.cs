using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "publication" heads an organisation that speaks, as "newspaper" and "magazine" do ("The weekly publication has opposed
    /// the levy, arguing it is “…”"); the noun of the act of publishing is no speaker of a clause whose own cue names one.
    /// Invented harbour press.
    /// </summary>
    public class PublicationSpeakerTests
    {
        private const string Headline = "Harbour levy divides the press";

        [Fact]
        public void ThePublicationIsTheSpeaker()
        {
            var qs = Quotes(Headline, "The weekly publication has been outspoken in its opposition to the levy, arguing it is \"a tax on every fisherman who still sails from the old port.\"", null);
            Assert.Equal("The weekly publication", Q(qs, "a tax on every").SpeakerMention);
        }

        [Fact]
        public void ThePublicationOfAReportIsNoSpeaker()
        {
            var qs = Quotes(Headline, "The publication of the audit, harbour master Tomas Reyes said, was “long overdue.”", null);
            Assert.Equal("Tomas Reyes", Q(qs, "long overdue").Speaker);
        }
    }
}
