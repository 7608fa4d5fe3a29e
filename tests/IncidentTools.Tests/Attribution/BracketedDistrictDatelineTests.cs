using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two readings of where a speaker stands (texts of the tests' own, invented names):
    /// - "KORAGAI (Bajaur Agency), May 2:": a small place a dateline names with its district or tribal agency in a bracket before
    ///   the date (PageCruft.LeadDateline's region) gives the bracket's country when the bracket names a listed place whole
    ///   (cities.txt), never a wire's name in the bracket ("(Harbour News Agency)"); and "the commander in the agency" there is a
    ///   local one of that place (SpeakerResolver.InDatelineRegion);
    /// - "who follows Gulf shipping for a Doha research centre": a research centre is a body of research (organisation-words.txt
    ///   'research'), as an institute is, so one who works for it speaks for no side; so does such a clause after a name with a
    ///   description before it that names no employer ("Our guest tonight, NAME, who …": ReportedSpeech's WithScholarlyRelative);
    /// - "“…,” the general was quoted as writing by an aide": "as writing" (words.txt 'quoted-as') reports the subject's words as
    ///   "as saying" does.
    /// </summary>
    public class BracketedDistrictDatelineTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Pakistan", aliases: new[] { "Pakistan", "Pakistani" }),
            new PartyDefinition("United States", aliases: new[] { "United States", "U.S.", "American" }),
            new PartyDefinition("Independent", null, null, null, "other countries", others: true),
        };

        [Theory]
        [InlineData("KORAGAI (Bajaur Agency), May 2: Traders", "KORAGAI", "Bajaur Agency")]
        [InlineData("SPIN KOT (North Waziristan Agency), March 8, 2011: Traders", "SPIN KOT", "North Waziristan Agency")]
        public void TheBracketBeforeTheDateIsTheRegion(string line, string place, string region)
        {
            var m = PageCruft.LeadDateline.Match(line);
            Assert.True(m.Success);
            Assert.Equal(place, m.Groups["place"].Value.Trim());
            Assert.Equal(region, m.Groups["region"].Value);
        }

        [Fact]
        public void ABracketAfterTheDateIsNoRegion()
        {
            // near miss: the desk's or the day's bracket after the date stays what it was
            var m = PageCruft.LeadDateline.Match("LAHORE, May 2 (Staff Report): Traders");
            Assert.True(m.Success);
            Assert.False(m.Groups["region"].Success);
        }

        [Fact]
        public void ATribalAgencyInTheBracketGivesItsCountry()
        {
            var quote = Q(Quotes("Border posts", "KORAGAI (Bajaur Agency), May 2: The army reinforced two border posts this week.\n\n" +
                "Brig. Aamir Latif said the posts had been strengthened. \"Our men are ready,\" he said.", Sides), "Our men are ready");
            Assert.Equal("Aamir Latif", quote.Speaker);
            Assert.Equal("Pakistan", quote.Party);
        }

        [Fact]
        public void AWiresNameInTheBracketGivesNoCountry()
        {
            // near miss: an agency's name in the bracket is the wire's, no place
            var quote = Q(Quotes("Border posts", "KORAGAI (Harbour News Agency), May 2: The army reinforced two border posts this week.\n\n" +
                "Brig. Aamir Latif said the posts had been strengthened. \"Our men are ready,\" he said.", Sides), "Our men are ready");
            Assert.Equal("Aamir Latif", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Theory]
        [InlineData("who follows Gulf shipping for a Doha research centre", true)]
        [InlineData("who has written for a research center in Boston", true)]
        [InlineData("who follows Gulf shipping for a Doha trade centre", false)]
        public void AResearchCentreIsABodyOfResearch(string role, bool atResearch) =>
            Assert.Equal(atResearch, MentionFacts.TeachesAtResearchBody(role));

        [Fact]
        public void AnAnalystOfAResearchCentreSpeaksForNoSide()
        {
            var quote = Q(Quotes("Shipping talks", "DUBAI, May 2: Talks on the shipping lanes stalled again.\n\n" +
                "Omar Haddad, who follows Gulf shipping for a Doha research centre, said the deal was fragile. \"Nobody trusts anyone,\" he said.", Sides), "Nobody trusts anyone");
            Assert.Equal("Omar Haddad", quote.Speaker);
            Assert.Equal("Independent", quote.Party);
        }

        [Theory]
        // a description before the name that names no employer takes the clause after the name that does
        [InlineData("Our guest in the studio tonight, Dr Omar Haddad, who follows Gulf shipping for a Doha research centre, says the deal is fragile.", "Independent")]
        // near miss: a spokesman's description before the name says whom he speaks for; the clause does not undo it
        [InlineData("A spokesman for the port, Omar Haddad, who lectures at a university in Doha, says the deal is fragile.", null)]
        // near miss: the clause names no body of research
        [InlineData("Our guest in the studio tonight, Dr Omar Haddad, who follows Gulf shipping for a Doha trading firm, says the deal is fragile.", null)]
        public void AResearchClauseAfterAGuestsNameGivesTheAnalystsReading(string paragraph, string? party)
        {
            var quote = Q(Quotes("Shipping talks", "Talks on the shipping lanes stalled again on Monday.\n\n" + paragraph +
                " \"Nobody trusts anyone,\" he told us.", Sides), "Nobody trusts anyone");
            Assert.Equal("Omar Haddad", quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        [Theory]
        // "as writing" after "quoted" reports the subject's words as "as saying" does; the agent after "by" only relays them
        [InlineData("\"Hold the line at all costs,\" the general was quoted as writing by an aide who has seen the letter.", "general")]
        [InlineData("\"Hold the line at all costs,\" the general was quoted as writing.", "general")]
        [InlineData("\"Hold the line at all costs,\" the general was quoted as saying by an aide who has seen the letter.", "general")]
        public void QuotedAsWritingIsTheSubjectsQuote(string paragraph, string speaker)
        {
            var quote = Q(Quotes("Letter to the corps", "Letters went out to every corps on Monday.\n\n" + paragraph, Sides), "Hold the line");
            Assert.Equal(speaker, quote.Speaker);
        }

        [Theory]
        // "in the agency" after a local noun is the agency the dateline's bracket names, where the story is filed from
        [InlineData("KORAGAI (Bajaur Agency), May 2:", "The brigade commander in the agency", "Pakistan")]
        // near miss: a dateline with no such bracket; "the agency" may be a body the commander serves in
        [InlineData("PESHAWAR, May 2:", "The brigade commander in the agency", null)]
        // near miss: another noun than the bracket's head
        [InlineData("KORAGAI (Bajaur Agency), May 2:", "The brigade commander in the bureau", null)]
        public void InTheAgencyOfTheDatelinesBracketIsTheLocalPlace(string dateline, string subject, string? party)
        {
            var quote = Q(Quotes("Border posts", dateline + " The army reinforced two border posts this week.\n\n" + subject +
                " told the gathering that the posts had been strengthened. \"Our men are ready,\" the commander said.", Sides), "Our men are ready");
            Assert.Equal(party, quote.Party);
        }
    }
}
