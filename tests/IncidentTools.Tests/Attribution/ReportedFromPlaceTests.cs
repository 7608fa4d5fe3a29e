using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// The place a story or a correspondent reports from gives the side of local speakers written with no country:
    /// a dateline or byline stamp with a city (cities.txt), "officials here", "senior officers", "the army"; in a
    /// broadcast transcript, the place the anchor gives each correspondent. A role's acronym ("the DGMO") is the
    /// person given that role. Texts written for these tests.
    /// </summary>
    public class ReportedFromPlaceTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian", "Strelsau" },
                organisations: new[] { "Harbour Board of Strelsau" }, people: new[] { "Ali Raza Haider" }),
            new PartyDefinition("Borduria", aliases: new[] { "Borduria", "Bordurian", "Szohod" },
                organisations: new[] { "Bordurian Navy", "Ministry of Shipping" }),
        };

        private static IncidentAttribution A(IReadOnlyList<IncidentAttribution> records, string contentStart) =>
            records.First(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal));

        [Theory]
        [InlineData("PESHAWAR: Ferries stayed in port.", "Pakistan")]
        [InlineData("KANDAHAR, Dec. 2 - Ferries stayed in port.", "Afghanistan")]
        [InlineData("Staff Reporter | Karachi/Lahore | May 3, 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("Our Correspondent | Islamabad | May 3, 2013\n\nLAHORE: Ferries stayed in port.", "Pakistan")]
        [InlineData("Staff Reporter | Karachi/Kabul | May 3, 2013\n\nFerries stayed in port.", null)] // two countries: none
        // a masthead stamp: the paper's city after its name, when the stamp is dated
        [InlineData("The Harbour Courier, Karachi | Monday, May 3, 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("The Harbour Courier, Karachi | weekend edition\n\nFerries stayed in port.", null)]
        [InlineData("Press briefing | Harbour Board Headquarters, Karachi | May 3, 2013\n\nFerries stayed in port.", null)] // a venue
        [InlineData("Ferries stayed in port | all week.", null)]
        // a weekly's masthead under the standfirst: the paper and its city, a spaced dash, the date or span of days
        [InlineData("The Weekly Ledger, Lahore — May 3-9, 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("Two ports, two stories, writes Jo Bell\n\nThe Weekly Ledger, Lahore — April 29-May 5, 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("The Weekly Ledger, Lahore — 3 May 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("The Weekly Ledger, Lahore — every week\n\nFerries stayed in port.", null)]                       // no date
        [InlineData("The harbour board met on Monday.\n\nThe Weekly Ledger, Lahore — May 3-9, 2013\n\nFerries stayed in port.", null)] // after prose
        // a byline line whose last part before its date is a city or a capital: the place the story is filed from
        [InlineData("By our correspondent, Karachi, May 3, 2013\n\nFerries stayed in port.", "Pakistan")]
        [InlineData("By Jo Bell and Sam Ortiz, The Harbour Courier, Kabul, 3 May 2013\n\nFerries stayed in port.", "Afghanistan")]
        [InlineData("By our correspondent, Karachi\n\nFerries stayed in port.", null)]                  // no date: a place or a beat
        [InlineData("By Jo Bell, The Harbour Courier, May 3, 2013\n\nFerries stayed in port.", null)]   // no place before the date
        [InlineData("By our correspondent, Karachi, May 3, 2013\n\nKABUL: Ferries stayed in port.", "Afghanistan")] // the dateline first
        // the third paragraph, after a subhead and a byline, each a short line with no full stop; not after prose
        [InlineData("Minister tells harbour board \"no delay\", review to go on\n\nOur Staff Reporter\n\nPESHAWAR: Ferries stayed in port.", "Pakistan")]
        [InlineData("The harbour board met on Monday.\n\nOur Staff Reporter\n\nPESHAWAR: Ferries stayed in port.", null)]
        public void ACityInTheDatelineOrTheBylineStampNamesTheCountry(string first, string? country)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferries stay in port\n\n" + first + "\n\nThe harbour was quiet.\n");
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            Assert.Equal(country, DatelineCountry.Of(IncidentTools.Text.AnalysedDocument.Of(doc))?.Name);
        }

        [Fact]
        public void LocalSpeakersWithNoCountrySpeakForTheDatelinesCountry()
        {
            var records = QuoteRuleText.Attributions(
                "KARACHI: The port stayed closed for a third day on Friday.\n\n" +
                "Senior officers said the harbour had been mined. The army said the channel would be swept by Monday.\n\n" +
                "Western officials said the closure would hurt trade. Analysts said the mines were old.");
            Assert.Equal("Pakistan", A(records, "the harbour had been mined").Party);
            Assert.Equal("Pakistan", A(records, "the channel would be swept").Party);
            Assert.Null(A(records, "the closure would hurt trade").Party);   // a capitalised modifier says whose they are
            Assert.Null(A(records, "the mines were old").Party);             // no institution
        }

        [Fact]
        public void ABareInstitutionBetweenTheSideNamedBeforeAndThePlacesSideIsNeithers()
        {
            // the side named before is another country's than the place the story is filed from: "the army" may be either's
            var torn = QuoteRuleText.Attributions(
                "KARACHI: The port stayed closed for a third day on Friday.\n\n" +
                "The Pentagon said it accepts every finding of the harbour inquiry.\n\n" +
                "The army says the inquiry is wrong on the points that matter.");
            Assert.Equal("United States", A(torn, "it accepts every finding").Party);
            Assert.Null(A(torn, "the inquiry is wrong").Party);
            // the same side as the place's: the institution is that side's
            var same = QuoteRuleText.Attributions(
                "WASHINGTON: The port stayed closed for a third day on Friday.\n\n" +
                "The Pentagon said it accepts every finding of the harbour inquiry.\n\n" +
                "The army says the inquiry is right on the points that matter.");
            Assert.Equal("United States", A(same, "the inquiry is right").Party);
        }

        [Fact]
        public void AnOfficeHolderWithNoCountrySpeaksForTheBylinesPlace()
        {
            var records = QuoteRuleText.Attributions(
                "By our correspondent, Peshawar, March 4, 2013\n\n" +
                "The port stayed closed for a third day on Friday.\n\n" +
                "Shipping Minister Rashid Ali Khan said the harbour had been mined.");
            Assert.Equal("Pakistan", A(records, "the harbour had been mined").Party);
        }

        [Fact]
        public void LocalSpeakersInAParagraphThatOpensWithAnotherCountrysPlaceSpeakForThatCountry()
        {
            // "In Kabul, …" sets the scene of its paragraph: the local speakers there are Afghanistan's, not the dateline's; the
            // next paragraph, and one that opens with a time, are back at the dateline
            var records = QuoteRuleText.Attributions(
                "KARACHI: The port stayed closed for a third day on Friday.\n\n" +
                "In Kabul, the reaction was muted. A senior army officer said the harbour had been mined.\n\n" +
                "Senior officers said the ferries would sail by Monday.\n\n" +
                "In December, a senior naval officer said the channel had been swept.");
            Assert.Equal("Afghanistan", A(records, "the harbour had been mined").Party);
            Assert.Equal("Pakistan", A(records, "the ferries would sail").Party);
            Assert.Equal("Pakistan", A(records, "the channel had been swept").Party);
        }

        [Fact]
        public void ADescriptionOpeningItsSentenceIsNoNameForItsCapital()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Southern Guard spokesman said the talks had failed.",
                "Senior officers said the shelling had been deliberate.");
            var claim = corpus.Claims.Single(c => c.Text.StartsWith("Senior officers", StringComparison.Ordinal) && c.Question == "deliberate");
            Assert.Equal("Southland", claim.Party); // bare, so the side of the speaker before
        }

        [Fact]
        public void WithoutADatelineLocalSpeakersHaveNoParty()
        {
            var records = QuoteRuleText.Attributions("The port stayed closed for a third day.\n\nSenior officers said the harbour had been mined.");
            Assert.Null(A(records, "the harbour had been mined").Party);
        }

        [Fact]
        public void OfficialsHereSpeakForTheCorrespondentsPlaceAndTheyContinueThem()
        {
            var records = QuoteRuleText.Attributions(
                "ANNA LUND, anchor: The ferries sail again tonight. Jo Marsh is at the Harbour Board of Strelsau, and Pia Stenmark joins us from Szohod. Jo, what changed?\n\n" +
                "JO MARSH, correspondent: Very little, Anna. Officials here are at pains to say that the crews did nothing wrong. They still maintain that the channel was clear.\n\n" +
                "ANNA LUND: Pia?\n\n" +
                "PIA STENMARK, correspondent: Senior officers I spoke to are furious. Officials say the navy will escort every crossing.", Sides);
            var here = A(records, "the crews did nothing wrong");
            Assert.Equal("Officials here", here.Speaker);
            Assert.Equal("Ruritania", here.Party);
            Assert.Equal("Ruritania", A(records, "the channel was clear").Party); // "They": the officials here
            Assert.Equal("Borduria", A(records, "the navy will escort").Party);   // another correspondent's place
        }

        [Fact]
        public void ARolesAcronymIsThePersonGivenThatRole()
        {
            var records = QuoteRuleText.Attributions(
                "Maj Gen Ali Raza Haider, the Director General Maritime Operations, told the committee that the posts were marked.\n\n" +
                "The DGMO said the patrol boats had fired first.", Sides);
            var dgmo = A(records, "the patrol boats had fired first");
            Assert.Equal("Ali Raza Haider", dgmo.Speaker);
            Assert.Equal("Ruritania", dgmo.Party);
        }
    }
}
