using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A professor, by title or by role, speaks for no side: the manifest's party of people of no side, as an analyst does,
    /// unless a role of another kind stands beside the title (texts and manifests of the tests' own).
    /// </summary>
    public class AcademicTitlePartyTests
    {
        internal static PartyDefinition[] Sides(bool others) => others
            ? new[]
            {
                new PartyDefinition("Northern side", aliases: new[] { "Sweden", "Swedish", "Stockholm" }),
                new PartyDefinition("Southern side", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
                new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", true),
            }
            : new[]
            {
                new PartyDefinition("Northern side", aliases: new[] { "Sweden", "Swedish", "Stockholm" }),
                new PartyDefinition("Southern side", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
            };

        internal const string Opening = "Sweden said on Monday that its harbour was shelled first. ";

        [Fact]
        public void AProfessorByTitleSpeaksForNoSide()
        {
            var quote = Q(Quotes("Harbour shelling", Opening + "Professor Lena Varga of the Institute of Harbour Studies said the shelling had hurt trust. \"Both navies will need years to mend this,\" she said.", Sides(others: true)), "Both navies will need years");
            Assert.Equal("Lena Varga", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void AProfessorByRoleSpeaksForNoSide()
        {
            var quote = Q(Quotes("Harbour shelling", Opening + "\"Nobody wanted this,\" said Tomas Berg, a Danish professor of naval history.", Sides(others: true)), "Nobody wanted this");
            Assert.Equal("Tomas Berg", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void AProfessorWhoHoldsAnOfficeSpeaksForItsSide()
        {
            // the near miss: the title is academic, the role an office of a side: never the party of no side, but the side the
            // role names ("Denmark's planning minister"), which the quotation and the claim both give
            var quote = Q(Quotes("Harbour shelling", Opening + "Professor Ivo Maris, Denmark's planning minister, called the shelling \"self-defence.\"", Sides(others: true)), "self-defence");
            Assert.Equal("Ivo Maris", quote.Speaker);
            Assert.Equal("Southern side", quote.Party);
        }

        [Fact]
        public void WithNoPartyOfNoSideInTheManifestAProfessorHasNone()
        {
            var quote = Q(Quotes("Harbour shelling", Opening + "Professor Lena Varga of the Institute of Harbour Studies said the shelling had hurt trust. \"Both navies will need years to mend this,\" she said.", Sides(others: false)), "Both navies will need years");
            Assert.Equal("Lena Varga", quote.Speaker);
            Assert.Null(quote.Party);
        }
        [Fact]
        public void AnUnnamedExpertSpeaksForNoSide()
        {
            var quotes = Quotes("Visiting scholar calls shelling \"a failure of nerve\"", Opening + "A visiting scholar told students that \"nobody planned it.\" A Danish naval officer said the strike was \"a blunder.\"", Sides(others: true));
            var scholar = Q(quotes, "nobody planned it");
            Assert.Equal("visiting scholar", scholar.Speaker);
            Assert.Equal("Independent", scholar.Party);
            Assert.Equal("Independent", Q(quotes, "a failure of nerve").Party);
            // the near miss: an officer described by a side's name stays that side's
            var officer = Q(quotes, "a blunder");
            Assert.Equal("Southern side", officer.Party);
        }

        [Fact]
        public void WithNoPartyOfNoSideInTheManifestAnUnnamedExpertHasNone()
        {
            var quote = Q(Quotes("Harbour shelling", Opening + "A visiting scholar told students that \"nobody planned it.\"", Sides(others: false)), "nobody planned it");
            Assert.Equal("visiting scholar", quote.Speaker);
            Assert.Null(quote.Party);
        }
    }
}
