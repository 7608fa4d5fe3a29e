using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A manifest's bare ministry ("Foreign Ministry": a portfolio every state has and an organisation word, no country) in
    /// the role of a speaker in a story filed from another country's capital is, as far as the text says, that country's
    /// ministry: it gives the manifest's party no longer (no side rather than a wrong one); filed from a country that no side
    /// is, the speaker is of the manifest's party of the others, as that country's other officials are. Texts and manifests of
    /// the tests' own.
    /// </summary>
    public class BareMinistryAbroadTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Sweden", aliases: new[] { "Sweden", "Swedish", "Stockholm" },
                organisations: new[] { "Foreign Ministry", "Coast Guard Command" }),
            new PartyDefinition("Denmark", aliases: new[] { "Denmark", "Danish", "Copenhagen" }, organisations: new[] { "Royal Danish Navy" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", others: true),
        };

        private static string Story(string dateline, string role) =>
            dateline + " - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
            "\"We call on both sides to show restraint and to let the inquiry finish its work,\" " + role + " Ilse Marten said on Monday.\n";

        [Fact]
        public void ABareMinistryInAStoryFiledFromAThirdCapitalIsOfTheOthers()
        {
            // before: no side (the Berlin ministry's spokeswoman is Germany's: the others' party)
            var quote = Q(Quotes("Berlin urges calm after strait collision", Story("BERLIN, Dec. 2", "Foreign Ministry spokeswoman"), Sides), "We call on both sides");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Foreign Ministry spokeswoman", quote.Role);
            Assert.Equal("Independent", quote.Party);
        }

        [Fact]
        public void ABareMinistryInAThirdCapitalGivesNoSideBesideAnotherCountryOrWithoutAPartyOfTheOthers()
        {
            // near misses: the sentence that names the speaker names a side's country (whose ministry it may be), or the manifest
            // has no party of the others: no side, as before
            var beside = Story("BERLIN, Dec. 2", "Foreign Ministry spokeswoman").Replace("said on Monday", "said on Monday in reply to Sweden");
            Assert.Null(Q(Quotes("Berlin urges calm", beside, Sides), "We call on both sides").Party);
            var twoSides = new[] { Sides[0], Sides[1] };
            Assert.Null(Q(Quotes("Berlin urges calm", Story("BERLIN, Dec. 2", "Foreign Ministry spokeswoman"), twoSides), "We call on both sides").Party);
        }

        [Fact]
        public void ABareMinistryInAStoryFiledFromTheOtherSidesCapitalGivesNoSide()
        {
            var quote = Q(Quotes("Copenhagen urges calm", Story("COPENHAGEN, Dec. 2", "Foreign Ministry spokeswoman"), Sides), "We call on both sides");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Null(quote.Party);
        }

        [Fact]
        public void TheSameMinistryInAStoryFiledFromItsOwnSidesCapitalKeepsItsSide()
        {
            // the near miss: filed from Stockholm, the bare ministry is the Swedish one
            var quote = Q(Quotes("Stockholm urges calm", Story("STOCKHOLM, Dec. 2", "Foreign Ministry spokeswoman"), Sides), "We call on both sides");
            Assert.Equal("Ilse Marten", quote.Speaker);
            Assert.Equal("Sweden", quote.Party);
        }

        [Fact]
        public void ABareMinistryDescribedInAThirdCountrysCityIsThatCountrys()
        {
            // no dateline: the city that closes the description says whose ministry it is (Germany: the others' side)
            var story = "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                        "\"We call on both sides to show restraint,\" said an official of the foreign ministry in Berlin.\n";
            Assert.Equal("Independent", Q(Quotes("Strait collision", story, Sides), "We call on both sides").Party);
            // the near miss: the ministry in the side's own capital keeps the side
            Assert.Equal("Sweden", Q(Quotes("Strait collision", story.Replace("Berlin", "Stockholm"), Sides), "We call on both sides").Party);
        }

        /// <summary>
        /// fix87d: a named person whose role closes with a third country's city ("Ilse Marten, a Foreign Ministry spokeswoman in
        /// Berlin,"), or the description with its city and a name apposed after it ("A Foreign Ministry spokeswoman in Berlin, Ilse
        /// Marten, said"), is the city's country's, as the description alone is; the side's own capital keeps the side.
        /// </summary>
        [Theory]
        [InlineData("Ilse Marten, a Foreign Ministry spokeswoman in Berlin, said", "Independent")]
        [InlineData("A Foreign Ministry spokeswoman in Berlin, Ilse Marten, said", "Independent")]
        [InlineData("Ilse Marten, a Foreign Ministry spokeswoman in Stockholm, said", "Sweden")]
        [InlineData("A Foreign Ministry spokeswoman in Stockholm, Ilse Marten, said", "Sweden")]
        public void ABareMinistrysSpeakerNamedInAThirdCountrysCityIsThatCountrys(string subject, string side)
        {
            var story = "A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                        subject + " the collision was \"a grave failure\" and called for an inquiry.\n";
            Assert.Equal(side, Q(Quotes("Strait collision", story, Sides), "a grave failure").Party);
        }

        [Fact]
        public void ACountryWrittenWithTheMinistryOrANamedBodyKeepsItsSide()
        {
            // "Swedish Foreign Ministry" names the country; the "Coast Guard Command" is no portfolio every state has
            Assert.Equal("Sweden", Q(Quotes("Strait collision", Story("BERLIN, Dec. 2", "Swedish Foreign Ministry spokeswoman"), Sides), "We call on both sides").Party);
            Assert.Equal("Sweden", Q(Quotes("Strait collision", Story("BERLIN, Dec. 2", "Coast Guard Command spokeswoman"), Sides), "We call on both sides").Party);
        }

        /// <summary>
        /// The claim of the quotation is the same record as the quote: its side is the quote's, none filed from a third
        /// capital (the claim stage read the ministry's name as the manifest's before), the ministry's side from its own.
        /// </summary>
        [Theory]
        [InlineData("BERLIN, Dec. 2", "Independent")]
        [InlineData("COPENHAGEN, Dec. 2", null)]
        [InlineData("STOCKHOLM, Dec. 2", "Sweden")]
        public void TheClaimOfTheQuotationTakesTheQuotesSide(string dateline, string? side)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Capitals urge calm after strait collision\n\n" + Story(dateline, "Foreign Ministry spokeswoman"));
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var quote = Q(QuoteFinder.Find(doc, Sides), "We call on both sides");
            var claim = Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith("We call on both sides", System.StringComparison.Ordinal));
            Assert.Equal("Ilse Marten", claim.Speaker);
            Assert.Equal(side, quote.Party);
            Assert.Equal(side, claim.Party);
        }

        /// <summary>
        /// A sentence opened by a city of the ministry's side ("In Stockholm, Foreign Ministry spokeswoman …") places the speaker
        /// there, over the third capital of the dateline; a city of another side does not give the ministry's side, nor the
        /// dateline's (with none, the third capital's: the others' party).
        /// </summary>
        [Theory]
        [InlineData("In Stockholm, ", "Sweden")]
        [InlineData("In Copenhagen, ", null)]
        [InlineData("", "Independent")]
        public void ASentenceOpenedByTheMinistrysCapitalGivesItsSideOverTheDateline(string opener, string? side)
        {
            var story = "BERLIN, Dec. 2 - A Swedish patrol boat and a Danish ferry collided in the strait on Sunday, and both crews blamed the other.\n\n" +
                        opener + "Foreign Ministry spokeswoman Ilse Marten told reporters that the patrol boat had kept to its lane.\n";
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Capitals urge calm after strait collision\n\n" + story);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            var claim = Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith("the patrol boat had kept", System.StringComparison.Ordinal));
            Assert.Equal("Ilse Marten", claim.Speaker);
            Assert.Equal(side, claim.Party);
        }

        [Fact]
        public void ABareMinistryIsAPortfolioAndAnOrganisationWord()
        {
            Assert.True(PartyResolver.IsBareMinistry("Foreign Ministry"));
            Assert.True(PartyResolver.IsBareMinistry("Defence Ministry"));
            Assert.True(PartyResolver.IsBareMinistry("Foreign Office"));
            Assert.False(PartyResolver.IsBareMinistry("State Department"));
            Assert.False(PartyResolver.IsBareMinistry("Pakistan Army"));
            Assert.False(PartyResolver.IsBareMinistry("Coast Guard Command"));
        }
    }
}
