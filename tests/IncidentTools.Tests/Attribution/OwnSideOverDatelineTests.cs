using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A speaker's own words of side beat the dateline's country; the dateline places only people with none (texts of the tests'
    /// own, invented places and names):
    /// - "two Northland officers" written before, then "one of the officers said" or "the officers said" in a story filed from
    ///   Southland's city: Northland's officers, not Southland's (the same noun written before with a side is the side);
    /// - "a Northland sergeant said …. “…,” he said": a sergeant is a person who speaks (speaker-nouns.txt), of the side written
    ///   in the description, and the pronoun right after is the sergeant, not a man named paragraphs before;
    /// - "Military sources in Quetta": people of an institution placed by the city the description names, as "an official in Quetta";
    ///   "at" places them as "in" does ("a customs official at Peshawar"), not at a place that is no city ("at the depot");
    /// - "any report written without Pakistan would be “one-sided”": a participle that modifies a noun is no cue.
    /// </summary>
    public class OwnSideOverDatelineTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American" }),
            new PartyDefinition("Afghanistan", aliases: new[] { "Afghanistan", "Afghan" }),
        };

        private const string OfficersText =
            "KANDAHAR, Afghanistan, March 4 - The account of the raid on the orchard road is starting to come out in talks with officers here.\n\n" +
            "According to three American officers who took part, the convoy stopped near a bridge when its lead truck struck a mine.\n\n" +
            "The drivers waited for an hour, the officers said, before a patrol came to clear the road.\n\n" +
            "\"Nobody moved until the engineers had walked every yard of it,\" one of the officers said.";

        [Fact]
        public void OfficersWrittenWithTheirNationalityKeepItUnderAnotherDateline()
        {
            // before: Afghanistan (the dateline's country)
            var quote = Q(Quotes("Road report", OfficersText, Sides), "Nobody moved");
            Assert.Equal("United States", quote.Party);
        }

        [Fact]
        public void OfficersWithNoSideWrittenTakeTheDatelinesCountry()
        {
            // near miss: no nationality written with the noun, so the place the story is filed from still decides
            var quote = Q(Quotes("Road report", OfficersText.Replace("three American officers", "three officers"), Sides), "Nobody moved");
            Assert.Equal("Afghanistan", quote.Party);
        }

        private const string SergeantText =
            "KABUL, June 9 - A ministry spokesman, Gen. Karim Dost, said the new checks would start next month.\n\n" +
            "Coalition officials said the changes were overdue.\n\n" +
            "At an outpost in the south, a U.S. Army sergeant said his platoon had moved its tents. \"We sleep in shifts now,\" he said, declining to give his name.";

        [Fact]
        public void HeAfterASergeantDescribedJustBeforeIsTheSergeant()
        {
            // before: Karim Dost, of Afghanistan (the pronoun went back to the man named two paragraphs up)
            var quote = Q(Quotes("Outpost", SergeantText, Sides), "We sleep");
            Assert.Contains("sergeant", quote.Speaker);
            Assert.Equal("United States", quote.Party);
        }

        [Fact]
        public void MilitarySourcesInACityTakeItsCountry()
        {
            // before: no side ("sources" is no local noun); an official in the same city already took Pakistan
            var quotes = Quotes("Border report", "Military sources in Peshawar said the crossing had been \"shut for good\" and the sources added that trucks were turned back.", Sides);
            var quote = Q(quotes, "shut for good");
            Assert.Equal("Pakistan", quote.Party);
        }

        [Theory]
        // "at" places one at a city as "in" does (speaker117): the city's country, not the dateline's
        [InlineData("A customs official at Peshawar said the trucks had been \"cleared by noon\".", "Pakistan")]
        [InlineData("\"They were cleared by noon,\" a customs official at Peshawar said, asking not to be named.", "Pakistan")]
        // an aside of asking how one's words are given is no role (words.txt 'aside-participle': "requesting")
        [InlineData("A customs official at Peshawar, requesting anonymity, said the trucks had been \"cleared by noon\".", "Pakistan")]
        // near misses: a role of another country after the comma still gives that country; "at" before a place that is no city of
        // cities.txt ("the depot") names no country
        [InlineData("A customs official at Peshawar, an American adviser, said the trucks had been \"cleared by noon\".", "United States")]
        [InlineData("A customs official at the depot said the trucks had been \"cleared by noon\".", null)]
        public void AnOfficialAtACityTakesItsCountry(string text, string? party)
        {
            var quotes = Quotes("Border report", "KABUL, June 9 - Trucks crossed again on Tuesday.\n\n" + text, Sides);
            Assert.Equal(party, Assert.Single(quotes).Party);
        }

        [Theory]
        [InlineData("Ali Dost said that any plan written without the villagers would be \"worthless\".")]
        [InlineData("Ali Dost said that every word spoken at the meeting was \"on the record\".")]
        public void AParticipleAfterANounIsNoCue(string text)
        {
            // before: the speaker was the noun ("plan", "word"), the participle read as its verb
            var quotes = Quotes("Plan", text, Sides);
            Assert.Equal("Ali Dost", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void HasWrittenAfterAnUnclosedAppositionStillCues()
        {
            // near miss: the comma after the apposition is missing, and "has" stands right before the participle
            var quotes = Quotes("Book", "Ada Lund, a former aide to the mayor has written a book in which she calls the plan \"a disaster\".", Sides);
            Assert.Equal("Ada Lund", Assert.Single(quotes).Speaker);
        }

        [Fact]
        public void AFiniteWrittenStillCues()
        {
            // near miss: "has written" is a verb of the clause, its subject the speaker
            var quotes = Quotes("Plan", "The mayor has written that the plan is \"worthless\".", Sides);
            Assert.Contains("mayor", Assert.Single(quotes).Speaker);
        }
    }
}
