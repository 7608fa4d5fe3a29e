using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Office-holders named once and spoken of again (texts and manifests of the tests' own): a bare title ("the Foreign
    /// Minister") is the holder written before with that title, even one met only as an object or by surname alone
    /// ("spoke with Foreign Minister Marten"); a name written short ("Ilse Karin") is the one longer name written before that
    /// opens with it ("Ilse Karin Marten"); an unnamed official whose office names a ministry by its portfolio ("a senior
    /// defence official") is of the side of that ministry as the text names it, when no other reading gives a side.
    /// </summary>
    public class OfficeHolderByTitleTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" }, organisations: new[] { "Pentagon" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, people: new[] { "Ilse Marten" }),
        };

        private static IncidentQuote Said(string body) =>
            Q(Quotes("Collision in the strait", body, Sides), "We will");

        [Theory]
        [InlineData("Prime Minister Ola Berg spoke on Sunday with Foreign Minister Marten about the collision.")]
        [InlineData("Prime Minister Ola Berg spoke on Sunday with Danish Foreign Minister Ilse Marten about the collision.")]
        public void ABareTitleIsTheHolderWrittenBeforeEvenAsAnObject(string introduction)
        {
            // before: "the Foreign Minister" named no one (an office of the place reported from, or of no side)
            var quote = Said("STOCKHOLM, Dec. 2 - " + introduction + "\n\n\"We will ask for the ship's logs,\" the Foreign Minister said.");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Denmark", quote.Party);
        }

        [Fact]
        public void ATitleOfAnotherOfficeIsNotItsHolder()
        {
            // near miss: the holder of another office written before is not "the Foreign Minister"
            var quote = Said("STOCKHOLM, Dec. 2 - Prime Minister Ola Berg spoke on Sunday with Interior Minister Marten about the collision.\n\n" +
                             "\"We will ask for the ship's logs,\" the Foreign Minister said.");
            Assert.NotEqual("Ilse Marten", quote.Speaker);
            Assert.NotEqual("Denmark", quote.Party);
        }

        [Fact]
        public void ANameWrittenShortIsTheLongerNameWrittenBefore()
        {
            var quote = Said("STOCKHOLM, Dec. 2 - The motion was moved by Justice Minister Ola Karl Berg on Tuesday.\n\n" +
                             "Speaking on the motion, Ola Karl said the ferry had been hit twice. \"We will not forget it,\" he said.");
            Assert.Equal("Ola Karl Berg", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Theory]
        // near misses: two longer names open with the short one; a headline's words in title case are no longer name
        [InlineData("The motion was moved by Justice Minister Ola Karl Berg, and Ola Karl Lund seconded it.")]
        [InlineData("The motion was moved on Tuesday.")]
        public void AShortNameOfTwoLongerNamesOrOfAHeadlineStaysAsWritten(string introduction)
        {
            var quotes = Quotes("Ola Karl Speaks On The Ferry", "STOCKHOLM, Dec. 2 - " + introduction + "\n\n" +
                                "Speaking on the motion, Ola Karl said the ferry had been hit twice. \"We will not forget it,\" he said.", Sides);
            Assert.Equal("Ola Karl", Q(quotes, "We will").Speaker);
        }

        [Theory]
        [InlineData("The Danish Ministry of Defence published its report on the collision on Monday.", "Denmark")]
        [InlineData("The Swedish defence ministry published its report on the collision on Monday.", "Sweden")]
        // a ministry by its other name, which the manifest gives a side
        [InlineData("The Pentagon published its report on the collision on Monday.", "Sweden")]
        public void AnOfficialOfAMinistryIsOfTheSideOfThatMinistryAsTheTextNamesIt(string before, string side)
        {
            // before: no side (no dateline, and the description's words name none)
            var quote = Said(before + "\n\nA senior defence official told reporters the crews had not seen each other. \"We will study the logs,\" the official said.");
            Assert.Equal(side, quote.Party);
        }

        [Theory]
        // near misses: no ministry named; one of no side the text says; ministries of both sides
        [InlineData("The navy published its report on the collision on Monday.")]
        [InlineData("The Ministry of Defence published its report on the collision on Monday.")]
        [InlineData("The Danish Ministry of Defence and the Swedish defence ministry published their reports on Monday.")]
        public void AnOfficialOfAMinistryWhoseSideIsNotPlainHasNone(string before)
        {
            var quote = Said(before + "\n\nA senior defence official told reporters the crews had not seen each other. \"We will study the logs,\" the official said.");
            Assert.Null(quote.Party);
        }
        /// <summary>A background briefing's turns under a description label ("SENIOR DEFENCE OFFICIAL:"), after the given first paragraph.</summary>
        private static string Briefing(string before) =>
            before + "\n\nMODERATOR: Thanks for joining us. Our briefer is a senior defence official, on background.\n\n" +
            "SENIOR DEFENCE OFFICIAL: We will study the logs of both ships before we say more.\n\n" +
            "Q: Will there be an inquiry?\n\nSENIOR DEFENCE OFFICIAL: There will be one, and it will report by the summer.";

        /// <summary>The first turn of the briefing's described speaker.</summary>
        private static IncidentAttribution LabelSaid(string before) =>
            QuoteRuleText.Attributions(Briefing(before), Sides).Single(a => a.Rule == "SpeakerLabel" && a.Content.StartsWith("We will", System.StringComparison.Ordinal));

        [Theory]
        [InlineData("The Danish Ministry of Defence held a briefing on the collision on Monday.", "Denmark")]
        [InlineData("The Pentagon held a briefing on the collision on Monday.", "Sweden")]
        public void ADescriptionLabelOfAMinistrysOfficialIsOfTheSideOfThatMinistry(string before, string side)
        {
            // before: the label's words name no side, and the label was read through the tables only
            Assert.Equal(side, LabelSaid(before).Party);
        }

        [Theory]
        // near misses: no ministry named; one of no side the text says; ministries of both sides
        [InlineData("The navy held a briefing on the collision on Monday.")]
        [InlineData("The Ministry of Defence held a briefing on the collision on Monday.")]
        [InlineData("The Danish Ministry of Defence and the Swedish defence ministry held a joint briefing on Monday.")]
        public void ADescriptionLabelOfAMinistryWhoseSideIsNotPlainHasNone(string before)
        {
            var quote = LabelSaid(before);
            Assert.Equal("SpeakerLabel", quote.Rule);
            Assert.Null(quote.Party);
        }
    }
}
