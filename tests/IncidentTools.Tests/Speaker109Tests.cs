using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers and sides that own Salala sets 76 and 77 left empty where no country word stands beside the speaker, each on
    /// text of the tests' own: the record of a country's legislature ("NATIONAL ASSEMBLY OF KENYA" over its turns) gives the
    /// minister whose label names the office in brackets ("JANE WAMBUI (Minister for Transport):") that country's side; one
    /// who works at a consultancy speaks for no side, as one at a think tank does; "a retired air marshal" is a described
    /// speaker who left the office, of no side.
    /// </summary>
    public class Speaker109Tests
    {
        /// <summary>The attributions of a file of these lines (its first line the headline), no manifest.</summary>
        private static IReadOnlyList<IncidentAttribution> Found(string text) => Speaker106Tests.Found(text);

        private static IncidentAttribution C(IReadOnlyList<IncidentAttribution> found, string start) => Speaker106Tests.C(found, start);

        // ---- 1. the record of a country's legislature ----

        private const string Turns =
            "MR. SPEAKER: The Honourable Minister for Transport will reply to the question of the Member for Kisumu.\n\n" +
            "JANE WAMBUI (Minister for Transport): Thank you, Mr. Speaker. The ferry was inspected in March and found fit to sail.\n\n" +
            "HON. PETER OTIENO: Mr. Speaker, the owners say the inspection never took place. Will the Minister table the report?\n\n" +
            "JANE WAMBUI: Mr. Speaker, the report will be tabled on Thursday.";

        private const string Record =
            "NATIONAL ASSEMBLY OF KENYA\n\nOFFICIAL REPORT\n\nTuesday, 14th May, 2013\n\n" + Turns;

        [Fact]
        public void AMinistersTurnsInACountrysRecordSpeakForThatCountry()
        {
            var found = Found(Record);
            var first = C(found, "Thank you, Mr. Speaker");
            Assert.Equal("Jane Wambui", first.Speaker);
            Assert.Equal("Kenya", first.Party);
            // the same minister's turn with a bare label
            Assert.Equal("Kenya", C(found, "Mr. Speaker, the report will be tabled").Party);
        }

        [Fact]
        public void TheMemberWhoAsksIsLeftAsHeIs()
        {
            var found = Found(Record);
            var asked = found.Where(c => c.Content.StartsWith("Mr. Speaker, the owners say", System.StringComparison.Ordinal)).ToList();
            Assert.All(asked, c => Assert.Null(c.Party));
        }

        [Fact]
        public void WithoutAHouseOfACountryOverItTheMinisterHasNoSideFromTheRecord()
        {
            var found = Found("OFFICIAL REPORT\n\nTuesday, 14th May, 2013\n\n" + Turns);
            var first = C(found, "Thank you, Mr. Speaker");
            Assert.Equal("Jane Wambui", first.Speaker);
            Assert.Null(first.Party);
        }

        [Theory]
        [InlineData("National Assembly Of Kenya", "Kenya")]
        [InlineData("Senate of Kenya", "Kenya")]
        [InlineData("Senate Armed Services Committee", null)]
        [InlineData("Parliament House", null)]
        [InlineData("Ministry of Kenya", null)]
        public void AHeadingLineNamesAHouseOfACountry(string line, string? country) =>
            Assert.Equal(country, SpeakerResolution.LegislatureOf(line)?.Name);

        [Fact]
        public void ANoteInBracketsThatIsNoOfficeMakesNoLabel()
        {
            // "(Kisumu)": the member's seat, no office; the label is not read, so no turn is his
            var found = Found(Record + "\n\nPETER OTIENO (Kisumu): Mr. Speaker, that is not good enough.");
            Assert.DoesNotContain(found, c => c.Content.StartsWith("Mr. Speaker, that is not good enough", System.StringComparison.Ordinal) && c.Speaker == "Peter Otieno");
        }

        // ---- 2. a name of four words after a title in a label ----

        private const string LongNames =
            "NATIONAL ASSEMBLY OF KENYA\n\nOFFICIAL REPORT\n\n" +
            "MR. SPEAKER: The Member for Kisumu, Hon. Mir Ali Khan Jamali, has the floor.\n\n" +
            "HON. MIR ALI KHAN JAMALI: Mr. Speaker, the owners say the ferry was never inspected.\n\n" +
            "JANE WAMBUI (Minister for Transport): Mr. Speaker, the ferry was inspected in March.\n\n" +
            "The inspectors found the hull sound and the engines serviced.\n\n" +
            "HON. MIR ALI KHAN JAMALI: Will the Minister table their report?\n\n" +
            "JANE WAMBUI: It will be tabled on Thursday.";

        [Fact]
        public void AFourWordNameAfterATitleIsALabel()
        {
            var found = Found(LongNames);
            Assert.Equal("Mir Ali Khan Jamali", C(found, "Will the Minister table").Speaker);
            // the minister's turn goes on in the paragraph between her label and the member's: hers, with her country's side
            var carried = C(found, "The inspectors found the hull sound");
            Assert.Equal("Jane Wambui", carried.Speaker);
            Assert.Equal("Kenya", carried.Party);
        }

        [Fact]
        public void ANameOfFiveWordsAfterATitleIsNoLabel()
        {
            var found = Found(LongNames.Replace("HON. MIR ALI KHAN JAMALI: Will", "HON. MIR ALI KHAN JAMALI BALOCH: Will"));
            Assert.DoesNotContain(found, c => c.Content.StartsWith("Will the Minister table", System.StringComparison.Ordinal) && c.Speaker != null && c.Speaker.Contains("Jamali"));
        }

        // ---- 3. a consultancy and a retired air marshal speak for no side ----

        /// <summary>Two sides and the manifest's party of no side, and a sentence of the first side's, as the professor's tests have them.</summary>
        private static PartyDefinition[] Sides() => AcademicTitlePartyTests.Sides(others: true);

        private const string Opening = AcademicTitlePartyTests.Opening;

        [Theory]
        [InlineData("\"Both navies will need years to mend this,\" said Ellen Marsh, a shipping specialist at a Stockholm consultancy.", "Ellen Marsh", "Independent")]
        [InlineData("\"Both navies will need years to mend this,\" said Ellen Marsh, a shipping specialist at the Swedish foreign ministry.", "Ellen Marsh", "Northern side")]
        [InlineData("A retired air vice marshal, Tomas Berg, said trust had collapsed. \"Both navies will need years to mend this,\" he said.", "Tomas Berg", "Independent")]
        [InlineData("A Swedish air marshal, Tomas Berg, said trust had collapsed. \"Both navies will need years to mend this,\" he said.", "Tomas Berg", "Northern side")]
        public void AConsultancysAnalystAndARetiredAirMarshalSpeakForNoSideAStatesPeopleForItsSide(string text, string speaker, string party)
        {
            var quote = Q(Quotes("Harbour shelling", Opening + text, Sides()), "Both navies");
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }
    }
}
