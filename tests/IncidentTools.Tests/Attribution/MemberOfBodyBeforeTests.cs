using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// One of a body's people written with the body as its bare word ("Senator Ola Berg, a committee member,", "Ola Berg, a
    /// member of the committee,"; speaker-nouns.txt 'member') takes the side of the body the text named before with that word,
    /// its name read with the connective and the capitalised words it governs ("the Northland Committee on Harbour Safety").
    /// No dateline, so no office of the place reported from gives a side (texts and manifest of the tests' own).
    /// </summary>
    public class MemberOfBodyBeforeTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northland", aliases: new[] { "Northland", "Northern" }, organisations: new[] { "Standing Committee on Harbour Safety" }),
            new PartyDefinition("Southland", aliases: new[] { "Southland", "Southern" }),
        };

        private static IncidentQuote Said(string body) =>
            Q(Quotes("Ferry inquiry", body, Sides), "a cover-up");

        [Theory]
        [InlineData("Senator Ola Berg, a committee member, said")]
        [InlineData("Ola Berg, a member of the committee, said")]
        // its chairman is one of its people too
        [InlineData("Senator Ola Berg, the committee chairman, said")]
        [InlineData("Ola Berg, the committee chairwoman, said")]
        public void AMemberOfTheBodyNamedBeforeTakesItsSide(string speaker)
        {
            // before: no side (the role's words name no body the manifest knows, and there is no dateline)
            var quote = Said("The Standing Committee on Harbour Safety met for four hours on Tuesday to study the ferry report.\n\n" +
                             speaker + " the report was \"a cover-up\" and would be rejected.");
            Assert.Equal("Ola Berg", quote.Speaker);
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void TheRoleWrittenBeforeTheNameIsNoNearerBody()
        {
            // "committee chairman Senator Ola Berg": the role's own "committee" right before the title and name is hers
            var quote = Said("The Standing Committee on Harbour Safety met for four hours on Tuesday to study the ferry report.\n\n" +
                             "The motion, moved in the house by committee chairman Senator Ola Berg, calls for changes. Senator Berg said the report was \"a cover-up\" and would be rejected.");
            Assert.Equal("Ola Berg", quote.Speaker);
            Assert.Equal("Northland", quote.Party);
        }

        [Fact]
        public void AMemberOfTheBodyKeepsItsSideForTheLaterHe()
        {
            var quote = Said("The Standing Committee on Harbour Safety met on Tuesday.\n\n" +
                             "Senator Ola Berg, a committee member, told the house the crew had been warned. He called the report \"a cover-up\".");
            Assert.Equal("Ola Berg", quote.Speaker);
            Assert.Equal("Northland", quote.Party);
        }

        [Theory]
        // near misses: a nearer committee of no side; no committee named at all; a body of another word
        [InlineData("The Standing Committee on Harbour Safety met on Tuesday. The ports committee met too.", "Senator Ola Berg, a committee member, said")]
        [InlineData("The senators met on Tuesday.", "Senator Ola Berg, a committee member, said")]
        [InlineData("The Standing Committee on Harbour Safety met on Tuesday.", "Senator Ola Berg, a council member, said")]
        [InlineData("The Standing Committee on Harbour Safety met on Tuesday.", "Senator Ola Berg, the council chairman, said")]
        public void NoSideWithoutTheNearestBodyOfThatWordHavingOne(string before, string speaker)
        {
            var quote = Said(before + "\n\n" + speaker + " the report was \"a cover-up\" and would be rejected.");
            Assert.Equal("Ola Berg", quote.Speaker);
            Assert.Null(quote.Party);
        }
    }
}
