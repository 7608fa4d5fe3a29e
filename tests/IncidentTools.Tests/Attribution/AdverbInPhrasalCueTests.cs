using IncidentTools;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A phrasal cue with one adverb between its verb and its particle ("spoke glowingly of", "talked openly about",
    /// "called again for") is the cue as it is without the adverb (CueLexicon.ParticleEnd): what follows the particle is
    /// the subject's topic or call, and a quotation in it the subject's words. An adverb before a preposition that is no
    /// particle of a cue ("spoke only in short answers", "weighed heavily on") reports nothing.
    /// </summary>
    public class AdverbInPhrasalCueTests
    {
        [Theory]
        [InlineData("Harbor master Tom Reyes spoke glowingly of the new ferry schedule before the vote.", "Harbor master Tom Reyes", "spoke glowingly of", "the new ferry schedule before the vote")]
        [InlineData("Councillor Ada Lund talked openly about her plan to close the north pier.", "Councillor Ada Lund", "talked openly about", "her plan to close the north pier")]
        [InlineData("Ada Lund called again for the harbor board to resign.", "Ada Lund", "called again for", "the harbor board to resign")]
        public void AnAdverbBetweenVerbAndParticleKeepsTheCue(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AQuotationAfterTheParticleIsTheSubjectsWords()
        {
            const string body = "Mayor Jo Bell spoke warmly about “a harbor for everyone” and left before the vote.";
            var found = Run(body);
            var quote = Assert.Single(found, f => f.Kind == AttributionKind.Mixed);
            Assert.Equal("CueThenContent", quote.Rule);
            Assert.Equal("Mayor Jo Bell", quote.Source);
            Assert.Equal("spoke warmly about", quote.Cue);
            Assert.StartsWith("“a harbor for everyone”", quote.Content);
        }

        [Theory]
        [InlineData("Harbor master Tom Reyes spoke only in short answers during the interview.")]
        [InlineData("The winter storm weighed heavily on the harbor budget.")]
        [InlineData("Councillor Ada Lund walked slowly about the pier before the vote.")]
        public void AnAdverbBeforeAPrepositionOfNoCueReportsNothing(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }
    }
}
