using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "At the Pentagon, press secretary Jo Bell said …": a person whose job is written in lower case right before the name,
    /// right after the side's institution that opens the sentence, is of that institution's staff and speaks for its side, as
    /// "At the Pentagon, officials said" does; an office in capitals (a visitor may hold it), a job that names a country, a
    /// place that is no institution of a side, or a name that is no subject of the job give nothing new. Texts and manifests of
    /// the tests' own.
    /// </summary>
    public class StaffAtOpeningInstitutionTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }, organisations: new[] { "Coast Guard Command" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, organisations: new[] { "Royal Danish Navy" }),
        };

        private static string Story(string opening) =>
            "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
            opening + " said the boat had kept to its lane. \"We were where we should be,\" Marten said.\n";

        [Theory]
        [InlineData("At the Coast Guard Command, press officer Ilse Marten")]
        [InlineData("At the Coast Guard Command, deputy spokeswoman Ilse Marten")]
        public void AJobInLowerCaseAfterASidesInstitutionIsOfItsStaff(string opening)
        {
            // before: no side
            var quote = Q(Quotes("Strait collision", Story(opening), Sides), "We were where");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        // near misses: an office in capitals (a visiting minister), a place that is no side's institution: no side, as before
        [InlineData("At the Coast Guard Command, Transport Minister Ilse Marten", null)]
        [InlineData("At the harbour, press officer Ilse Marten", null)]
        // a job that names a country keeps that country's side
        [InlineData("At the Coast Guard Command, Danish press officer Ilse Marten", "Denmark")]
        public void AnOfficeInCapitalsOrNoInstitutionGivesNoStaffSide(string opening, string? side)
        {
            var quote = Q(Quotes("Strait collision", Story(opening), Sides), "We were where");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal(side, quote.Party);
        }

        [Fact]
        public void ANameThatIsNoSubjectOfAJobGetsNoSide()
        {
            // near miss: the words before the name are a clause ("reporters asked"), not the person's job
            var story = "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                        "At the Coast Guard Command, reporters asked Ilse Marten about the boat. \"We were where we should be,\" Marten said.\n";
            var quote = Q(Quotes("Strait collision", story, Sides), "We were where");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Null(quote.Party);
        }
    }
}
