using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Names of organisations with connectives inside them ("Institute for …", "Council on …", "Committee to …",
    /// "Department of … and …") are one speaker, as subject, after "according to" and as the antecedent of "which";
    /// a connective after a name with no organisation word, or before a day, a person's given name or another
    /// organisation, ends the name.
    /// </summary>
    public class OrganisationNameTests
    {
        private static string SpeakerOf(string body, string cue) =>
            Attributions(body).First(a => a.Cue != null && a.Cue.StartsWith(cue, System.StringComparison.OrdinalIgnoreCase)).Speaker!;

        [Theory]
        [InlineData("The Institute for Harbour Safety said the pier was unsafe.", "said", "Institute for Harbour Safety")]
        [InlineData("According to the Council on Coastal Shipping, ferry traffic has doubled.", "According to", "Council on Coastal Shipping")]
        [InlineData("The Department of Ports and Inland Waterways said the channel would reopen.", "said", "Department of Ports and Inland Waterways")]
        [InlineData("The Committee to Protect Ferry Workers said two crews were detained.", "said", "Committee to Protect Ferry Workers")]
        [InlineData("According to the Institute for the Study of Tides, the water rose.", "According to", "Institute for the Study of Tides")]
        [InlineData("Doctors Without Borders said its clinic on the island was hit.", "said", "Doctors Without Borders")]
        // "brotherhood", "guild", "society" head organisations too: not a person "Signal Workers" with the role "Brotherhood of"
        [InlineData("The Brotherhood of Signal Workers told the railway that the detector \"has produced false alarms.\"", "told", "Brotherhood of Signal Workers")]
        [InlineData("The Guild of Harbour Pilots said the channel was \"far too shallow.\"", "said", "Guild of Harbour Pilots")]
        [InlineData("The Society of Tide Watchers said the water was \"higher than ever.\"", "said", "Society of Tide Watchers")]
        public void AConnectiveAfterAnOrganisationWordStaysInTheName(string body, string cue, string speaker) =>
            Assert.Equal(speaker, SpeakerOf(body, cue));

        [Theory]
        // a capitalised verb of saying in its base form before an organisation word is a word of the name ("State", "Note"):
        // not the speaker "Ohio", not the source "State University professor Ann Bell"
        [InlineData("\"The water is safe,\" said Ohio State University economist Ada Lund.", "Ohio State University economist Ada Lund", "Ada Lund")]
        [InlineData("Michigan State University professor Ann Bell said the tests were fine.", "Michigan State University professor Ann Bell", "Ann Bell")]
        // the organisation word in the possessive before the person: not the speaker "Kent"
        [InlineData("\"The water is safe,\" said Kent State University's Ada Lund.", "Kent State University's Ada Lund", "Ada Lund")]
        public void AVerbFormInsideAnOrganisationsNameStaysInIt(string body, string source, string speaker)
        {
            var a = Attributions(body).First(x => x.Cue == "said");
            Assert.Equal(source, a.Source);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void APossessiveOfNoOrganisationWordDoesNotJoinTheName()
        {
            // near miss: "Pier's" is no organisation word, so "State" is not read as a word of an organisation's name
            var a = Attributions("\"The water is safe,\" said Kent State Pier's Ada Lund.").First(x => x.Cue == "said");
            Assert.NotEqual("Kent State Pier's Ada Lund", a.Source);
        }

        [Fact]
        public void AVerbInSAfterANameStillEndsIt()
        {
            // near miss: in a headline, "Says" is the verb and "University" opens its content
            using var tmp = new TempFolder();
            var doc = Document(tmp, "The tests were fine, Ada Lund said.\n", "Lund Says University Tests Were Fine");
            var a = AttributionFinder.Find(doc).Single(x => x.Cue == "Says");
            Assert.Equal("Lund", a.Source);
            Assert.Equal("University Tests Were Fine", a.Content);
        }

        [Fact]
        public void WhichStandsForTheWholeName()
        {
            Assert.Equal("Centre for the Study of Tides", SpeakerOf("The gauges belong to the Centre for the Study of Tides, which said the water rose.", "said"));
        }

        [Fact]
        public void APlaceAfterTheNameDoesNotCutItAtItsConnective()
        {
            // no name "Marine Research" with the title "Centre for"
            Assert.Equal("Centre for Marine Research", SpeakerOf("Ferry traffic has doubled, according to the Centre for Marine Research at Lund University.", "according to"));
        }

        [Fact]
        public void ADayAfterTheConnectiveIsNoPartOfTheName()
        {
            Assert.Equal("Institute", SpeakerOf("The Institute on Monday said the pier was unsafe.", "said"));
        }

        [Fact]
        public void AndBeforeAPersonsGivenNameJoinsTwoSources()
        {
            var a = Attributions("The Department of Justice and Ada Lund said the port was safe.").Single(x => x.Cue == "said");
            Assert.NotEqual("Department of Justice and Ada Lund", a.Speaker);
        }

        [Fact]
        public void ANameWithNoOrganisationWordKeepsItsConnectiveOut()
        {
            Assert.NotEqual("Smith for the defence", SpeakerOf("Smith for the defence said the witness had lied.", "said"));
        }

        [Theory]
        [InlineData("The Bureau of Harbours, Tides, Ferries and Lighthouses said the channel would reopen.", "Bureau of Harbours, Tides, Ferries and Lighthouses")]
        [InlineData("The Ministry of Culture, Youth and Sport said the regatta would go ahead.", "Ministry of Culture, Youth and Sport")]
        public void AListOfFieldsAfterOfIsOneName(string body, string speaker) =>
            Assert.Equal(speaker, SpeakerOf(body, "said"));

        [Fact]
        public void AListOfPeopleAfterTheOrganisationIsNoPartOfItsName()
        {
            var a = Attributions("“The lock is closed,” said the Ministry of Ports, Ada Lund and Tom Reyes.").Single(x => x.Cue == "said");
            Assert.DoesNotContain("Ada Lund", a.Speaker ?? "");
        }
    }
}
