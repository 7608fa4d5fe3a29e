using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Titles of several words with "of" and "for" complements, before a name and in apposition after one: the named person
    /// speaks, the complement is part of the title, never a name of its own ("State Jo Bell", "Policy Jo Bell") nor the last
    /// place of a list the complement names.
    /// </summary>
    public class Speaker144Tests
    {
        [Theory]
        // a role after the name whose "for" complement lists places: the list runs to the comma before the verb
        [InlineData("Ann Corbett, Deputy Assistant Secretary of Defense for Europe, Russia and Central Asia, said the agreement \"will hold for now.\"", "Ann Corbett")]
        [InlineData("Ann Corbett, the envoy for Peru, Chile and Bolivia, said the accord \"will hold for now.\"", "Ann Corbett")]
        [InlineData("Mr. Ann Corbett, Assistant Secretary of State for East Asian and Pacific Affairs, said the deal \"is close.\"", "Ann Corbett")]
        // a title with "of" and a department, or a "for" complement, before a full name
        [InlineData("Under Secretary of Defense for Policy Mark Ellison told reporters the review \"is not finished.\"", "Mark Ellison")]
        [InlineData("Undersecretary for Political Affairs Wendy Marsh said the talks \"were useful.\"", "Wendy Marsh")]
        [InlineData("Secretary of State for Political Affairs Wendy Marsh said the talks \"were useful.\"", "Wendy Marsh")]
        // a title with "of the" and a house before a second title and the name
        [InlineData("Speaker of the House Rep. Tom Baxter said the bill \"is dead on arrival.\"", "Tom Baxter")]
        [InlineData("Speaker of the House Tom Baxter said the bill \"is dead on arrival.\"", "Tom Baxter")]
        // titles that were read right before stay so
        [InlineData("Chief of Staff Rob Kellerman said the president \"will veto the bill.\"", "Rob Kellerman")]
        [InlineData("Minister of State for Foreign Affairs Nadia Rahman said the talks \"went well for both sides.\"", "Nadia Rahman")]
        [InlineData("Deputy Secretary of State Paul Marchetti said the envoy \"has our full support.\"", "Paul Marchetti")]
        public void TheNamedHolderOfTheTitleSpeaks(string body, string speaker)
        {
            var q = Quotes(body).Single();
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Under Secretary of Defense for Policy Mark Ellison said the review \"is not finished.\"", "Under Secretary of Defense for Policy")]
        [InlineData("Speaker of the House Rep. Tom Baxter said the bill \"is dead on arrival.\"", "Speaker of the House Rep.")]
        public void TheComplementIsPartOfTheTitle(string body, string title)
        {
            var a = Attributions(body).Single();
            Assert.Contains(title, a.Role ?? "");
        }

        [Fact]
        public void AListOfPlacesIsTheRolesNotTheSpeaker()
        {
            var all = Attributions("Ann Corbett, Deputy Assistant Secretary of Defense for Europe, Russia and Central Asia, said the agreement \"will hold for now.\"");
            Assert.DoesNotContain(all, x => x.Speaker == "Asia" || x.Speaker == "Central Asia" || x.Speaker == "Russia");
            Assert.Contains("Central Asia", all.Single().Role ?? "");
        }

        [Fact]
        public void AWordOfATitleAfterOfIsNoNameWord()
        {
            // "State" of "Secretary of State" is a form of the verb too: it is the title's, not the name's
            var all = Attributions("Here is the text of Secretary of State Jane Holloway's statement: \"We regret the loss of life and will work with our partners.\"");
            Assert.DoesNotContain(all, x => (x.Speaker ?? "").StartsWith("State", System.StringComparison.Ordinal));
        }

        [Theory]
        // near misses: a list of people, not of places, after the role is no part of it; a list not closed before the verb is none
        [InlineData("Ann Corbett, director for Europe, Tom Baxter and Jo Bell said the agreement \"will hold for now.\"", "Europe")]
        [InlineData("Ann Corbett, the envoy for Peru, Chile and Bolivia, said the accord \"will hold for now.\"", "Bolivia")]
        public void NoPlaceOfTheListSpeaks(string body, string notSpeaker)
        {
            Assert.DoesNotContain(Quotes(body), x => x.Speaker == notSpeaker);
        }
    }
}
