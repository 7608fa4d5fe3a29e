using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Admiral Jane Porter led the inquiry. I have read her report. It found that …": an "it" opening its sentence as the
    /// subject of a verb a document takes stands for the document that is the object of the sentence just before, when that
    /// sentence's subject is a person; a body as that subject ("The harbour board rejected the report. It said …") keeps the
    /// "it", as does a document after a preposition.
    /// </summary>
    public class DocumentObjectItTests
    {
        private const string Before = "The Harbour Authority said on Monday that the logbook does not show who was at fault.\n\n" +
                                      "Admiral Jane Porter led a careful inquiry into the collision of the two ferries. ";

        [Fact]
        public void ItIsTheDocumentReadJustBefore()
        {
            var a = Attributions(Before + "I have read her report. It found that the tanker had ignored the signals from the pier.")
                .Single(x => x.Content.Contains("ignored the signals"));
            Assert.Equal("It", a.Source);
            Assert.Equal("Jane Porter", a.Speaker);
            a = Attributions(Before + "I have read the final report. It concluded that the tanker had ignored the signals from the pier.")
                .Single(x => x.Content.Contains("ignored the signals"));
            Assert.NotEqual("Harbour Authority", a.Speaker);
            Assert.Contains("report", a.Speaker);
        }

        [Fact]
        public void APhraseOfTimeMayCloseTheSentenceBefore()
        {
            // "delivered her report on March 3. It found …": the date after the object leaves it the sentence's object
            var text = "Rear Admiral Jane Porter of the coast guard delivered her report on March 3. It concluded that the tanker had " +
                       "ignored the signals from the pier. It found no deliberate effort to ram the ferry.";
            var all = Attributions(text);
            Assert.Equal("Jane Porter", all.Single(x => x.Content.Contains("ignored the signals")).Speaker);
            Assert.Equal("Jane Porter", all.Single(x => x.Content.Contains("no deliberate effort")).Speaker);
            // not a place after it ("her report in Halifax"), where the sentence may end on more than the document
            var a = Attributions("Rear Admiral Jane Porter of the coast guard read her report in Halifax. It concluded that the tanker had " +
                                 "ignored the signals from the pier.").Single(x => x.Content.Contains("ignored the signals"));
            Assert.NotEqual("Jane Porter", a.Speaker);
        }

        [Fact]
        public void NotAfterABodyNorAPreposition()
        {
            var a = Attributions("The Harbour Authority rejected the report. It said that the tanker had ignored the signals from the pier.")
                .Single(x => x.Content.Contains("ignored the signals"));
            Assert.Equal("Harbour Authority", a.Speaker);
            a = Attributions(Before + "I have written about her report. It found that the tanker had ignored the signals from the pier.")
                .Single(x => x.Content.Contains("ignored the signals"));
            Assert.NotEqual("Jane Porter", a.Speaker);
        }

        [Fact]
        public void ItsResponseSpeaksForTheBodyAsItsStatementDoes()
        {
            // "Its March response to the … says": a noun of saying that "its" owns, a month between, before a verb a document takes
            var a = Attributions("The Chilean navy rejected the inquiry into the grounding. Its March response to the Peruvian report says " +
                                 "the trawler had never entered the channel.")
                .Single(x => x.Content.Contains("never entered"));
            Assert.Equal("Chilean navy", a.Speaker);
            a = Attributions("The Chilean navy rejected the inquiry into the grounding. Its response says the trawler had never entered the channel.")
                .Single(x => x.Content.Contains("never entered"));
            Assert.Equal("Chilean navy", a.Speaker);
        }
    }
}
