using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "the report by the port board concludes that …": a document's maker after "by" is the document's phrase, as after "from"
    /// and "of", so the document with its maker is the subject of the verb. Before, the phrase stopped at "by", the subject was
    /// read as a plain noun phrase, and inside what another source relays ("According to the gazette, the report by … concludes
    /// that …") such a subject's finding was left as part of the relay: no claim of the report's own.
    /// </summary>
    public class DocumentMakerByTests
    {
        [Fact]
        public void ADocumentByItsMakerInsideARelayReportsItsOwnFinding()
        {
            var claims = Attributions("The ferry ran aground on Sunday.\n\nAccording to the harbour gazette, the report by the port board " +
                                      "concludes that the ferry left early.");
            var inner = Assert.Single(claims, c => c.Content == "the ferry left early");
            Assert.Equal("the report by the port board", inner.Source);
            Assert.Equal("port board", inner.Speaker);
            Assert.Equal("concludes", inner.Cue);
            // the relay keeps its own attribution
            Assert.Contains(claims, c => c.Speaker == "gazette" && c.Content.StartsWith("the report by the port board", System.StringComparison.Ordinal));
        }

        [Fact]
        public void TwoMakersJoinedByAndAreBothTheSpeaker()
        {
            // before: the speaker "study"
            var a = Assert.Single(Attributions("The ferry ran aground on Sunday.\n\nA study by Orrin College and the University of Kell " +
                                               "found that the hull was weak."));
            Assert.Equal("the hull was weak", a.Content);
            Assert.Equal("Orrin College and the University of Kell", a.Speaker);
        }

        [Fact]
        public void AMakerBeforeARelativeClauseIsLeftToIt()
        {
            // (near miss: "a post by Jo Bell that read, “…”" stays Jo Bell's words, the relative's antecedent the name)
            var q = Assert.Single(Attributions("The ferry ran aground on Sunday.\n\nI noticed a post by the reporter Jo Bell that read, " +
                                               "“the ferry is us,” and sighed."));
            Assert.Equal("Jo Bell", q.Speaker);
            Assert.Equal("the ferry is us,", q.Content);
        }

        [Fact]
        public void APassiveAgentAfterAnEventIsNoMaker()
        {
            // (an event, not a document: "by a wave" is the passive's agent and the report named after it is the source)
            var a = Assert.Single(Attributions("The ferry ran aground on Sunday.\n\nThe ferry was hit by a wave, the report said."));
            Assert.Equal("The ferry was hit by a wave", a.Content);
            Assert.Equal("the report", a.Source);
        }
    }
}
