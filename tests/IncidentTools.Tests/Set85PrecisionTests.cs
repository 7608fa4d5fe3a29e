using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// fix85a: the wrong records of own set 85, each mended by its general pattern (texts of the tests' own).
    /// </summary>
    public class Set85PrecisionTests
    {
        // ---- a disbelief framed as a difficulty before a that-clause near twenty words long ----

        [Theory]
        [InlineData("Anna Berg said she found it hard to believe that a shelling lasting well over three hours against farms marked on the army's own survey maps could have been an accident.")]
        [InlineData("Anna Berg said she found it difficult to believe that a barrage lasting most of the night against two farms marked plainly on the northern army's own survey maps was an accident.")]
        public void DisbeliefBeforeALongClauseDeniesItsCue(string paragraph) =>
            Assert.NotEqual("Not deliberate", ChangeDeniedNegationTests.PositionOf(paragraph, "Anna Berg"));

        [Fact]
        public void ALongClauseWithNoNegatorBeforeItsThatKeepsItsCue() =>
            // near miss: the same long clause after a verb of belief with no negator is held
            Assert.Equal("Not deliberate", ChangeDeniedNegationTests.PositionOf(
                "Anna Berg said she came to believe that a shelling lasting well over three hours against farms marked on the army's own survey maps could have been an accident.", "Anna Berg"));

        // ---- a quoted phrase before the noun it describes and that noun's relative clause ----

        [Fact]
        public void AQuotedPhraseBeforeANounAndItsRelativeClauseIsNoInvertedCue()
        {
            var quotes = Quotes("An inquiry found that the pilots sent “careless and hasty” reports that misled the harbour master, port officials said Monday.");
            var q = Q(quotes, "careless");
            Assert.NotEqual("misled the harbour master", q.Speaker);
            Assert.NotEqual("QuoteThenCue", q.Rule);
        }

        [Fact]
        public void AnInvertedCueAfterAQuotationStillAttributes()
        {
            // near miss: a comma inside the marks, and a verb of speech with its subject after it
            var quotes = Quotes("“The pilots sent careless reports,” says the harbour master, Ada Lund.");
            Assert.Equal("Ada Lund", Q(quotes, "The pilots").Speaker);
        }

        // ---- an opening phrase with a relative clause on its place before the named subject ----

        [Fact]
        public void APronounAfterAnOpeningPhrasesRelativeClauseIsTheNamedSubjects()
        {
            var quotes = Quotes("The mayor left before noon.\n\n" +
                                "At the fish market in Stenport, where the news was talked over all morning, Ivo Chandor, a net maker whose son works on the ferries, welcomed the plan. " +
                                "“My son says the crews feel safer,” he said. “But he also says that boats do not fix the pier.”");
            Assert.Equal("Ivo Chandor", Q(quotes, "My son says").Speaker);
            Assert.Equal("Ivo Chandor", Q(quotes, "But he also says").Speaker);
        }
    }
}
