using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Quotes and speakers that own Salala set 81 showed missed or wrong, on text of the tests' own: a live blog's colon
    /// introductions after a name and an aside ("Jo Bell, in a statement: “…”") or after a role noun and a given name ("Reader
    /// Tomas in Halifax: “…”"), a live blog's clock stamp with its half of the day and no mark ("10:02 a.m. A city engineer
    /// said …"), the holder a verb of telling addresses ("As the president told President Lund, “…”", "She told the president …"), and the people of no side "a relative of …" and a party's
    /// worker ("a PML-N worker, Sajid Malik": the party names whom they follow, not a state).
    /// </summary>
    public class Speaker81bTests
    {
        private const string Headline = "Harbour locks closed";

        // ---- a colon introduction after a name set off by an aside, or after a role noun and a given name ----

        [Theory]
        [InlineData("Port director Ada Lund, in a statement: \"We regret the delay at the locks.\"", "Ada Lund")]
        [InlineData("Port director Ada Lund, on her blog: \"We regret the delay at the locks.\"", "Ada Lund")]
        [InlineData("Reader Tomas in Halifax: \"We regret the delay at the locks.\"", "Reader Tomas")]
        [InlineData("Listener Maren: \"We regret the delay at the locks.\"", "Listener Maren")]
        public void TheLabelBeforeTheColonIsTheSpeaker(string paragraph, string speaker)
        {
            var quote = Q(Quotes(Headline, paragraph, null), "We regret");
            Assert.Equal(speaker, quote.Speaker);
        }

        [Theory]
        // near cases: a single place or a rubric with the same aside names nobody
        [InlineData("Halifax, in a statement: \"We regret the delay at the locks.\"")]
        [InlineData("Update in Halifax: \"We regret the delay at the locks.\"")]
        public void APlaceOrARubricBeforeTheColonNamesNobody(string paragraph)
        {
            var quote = Q(Quotes(Headline, paragraph, null), "We regret");
            Assert.Null(quote.Speaker);
        }

        // ---- a live blog's stamp with "a.m." or "pm" and no mark ----

        [Theory]
        [InlineData("10:02 a.m. A city engineer, speaking to our reporter, said the gates were \"not the problem\" for now.")]
        [InlineData("4:15 pm A city engineer told us the gates were \"not the problem\" for now.")]
        public void TheStampIsNoPartOfTheSpeaker(string paragraph)
        {
            var quote = Q(Quotes(Headline, "9:48 a.m. Good morning. We follow the locks all day.\n\n" + paragraph, null), "not the problem");
            Assert.Equal("city engineer", quote.Speaker);
        }

        // ---- the holder a verb of telling addresses ----

        private const string Call = "President Tom Reyes of Sweden called President Ada Lund of Denmark on Sunday.\n\n" +
                                    "President Lund conveyed the anger of her people.\n\n";

        [Fact]
        public void ThePresidentToldIsNotTheOneWhoSpeaks()
        {
            var quote = Q(Quotes(Headline, Call + "As the president told President Lund, \"We will learn what happened at the locks.\"", TestSides.SwedenAndDenmark), "We will learn");
            Assert.Equal("Sweden", quote.Party);
        }

        [Fact]
        public void ThePresidentWhoTellsOthersIsTheOneNamedNearest()
        {
            // near case: the one told holds no such title, so the president named nearest before speaks, as before
            var quote = Q(Quotes(Headline, Call + "As the president told reporters, \"We will learn what happened at the locks.\"", TestSides.SwedenAndDenmark), "We will learn");
            Assert.Equal("Ada Lund", quote.Speaker);
        }

        [Fact]
        public void ThePresidentAHolderToldIsTheOtherHolderLater()
        {
            var body = Call.Replace("President Lund conveyed the anger of her people.", "President Lund conveyed the anger of her people. She told the president that the locks had failed.") +
                       "The president noted the cost of the repairs. \"We will learn what happened at the locks,\" the president said.";
            Assert.Equal("Sweden", Q(Quotes(Headline, body, TestSides.SwedenAndDenmark), "We will learn").Party);
        }

        [Fact]
        public void ThePresidentAnAideToldIsTheOneNamedNearest()
        {
            // near case: an aide, no holder's pronoun, tells the president: the president named nearest before speaks, as before
            var body = Call.Replace("President Lund conveyed the anger of her people.", "President Lund conveyed the anger of her people. An aide told the president that the locks had failed.") +
                       "The president noted the cost of the repairs. \"We will learn what happened at the locks,\" the president said.";
            Assert.Equal("Ada Lund", Q(Quotes(Headline, body, TestSides.SwedenAndDenmark), "We will learn").Speaker);
        }

        // ---- private people: a victim's relative; a party's rank and file ----

        [Fact]
        public void ARelativeOfAVictimSpeaksForNoSide()
        {
            var quote = Q(Quotes(Headline, "A relative of one of the divers, who asked not to be named, said the search ended early. \"They knew he was lost,\" she said.", TestSides.SwedenAndDenmark), "They knew");
            Assert.Equal("relative of one of the divers", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void AnOfficerOfASideKeepsItsSide()
        {
            // near case: a role of the state's service keeps the nationality's side
            var quote = Q(Quotes(Headline, "A Swedish coast guard officer, Per Alm, said the search ended early. \"They knew he was lost,\" he said.", TestSides.SwedenAndDenmark), "They knew");
            Assert.Equal("Sweden", quote.Party);
        }

        private static readonly PartyDefinition[] PakistanOnly = { new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani", "Islamabad" }) };

        [Fact]
        public void APartyWorkerSpeaksForNoState()
        {
            var quote = Q(Quotes(Headline, "A PML-N worker, Sajid Malik, said the mood was grim. \"Every street here has a sailor,\" he said.", PakistanOnly), "Every street");
            Assert.Equal("Sajid Malik", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void APartyLeaderSpeaksForTheCountry()
        {
            // near case: the party's politicians are their country's
            var quote = Q(Quotes(Headline, "PML-N leader Sajid Malik said the mood was grim. \"Every street here has a sailor,\" he said.", PakistanOnly), "Every street");
            Assert.Equal("Pakistan", quote.Party);
        }
    }
}
