using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// After a verb that takes an addressee ("told reporters …", "promised voters …"), a noun followed by a preposition is
    /// not an addressee but the object itself, with a phrase of its own: "promised answers within a month" promised
    /// answers, not "a month". An addressee before "of" or "about" keeps its place ("reminded voters of …").
    /// </summary>
    public class AddresseeOrObjectTests
    {
        [Theory]
        [InlineData("The minister, for her part, has promised answers within a month.", "answers within a month")]
        [InlineData("The harbour master promised a decision within a week.", "a decision within a week")]
        [InlineData("The harbour master promised repairs within days.", "repairs within days")]
        public void ANounWithAPrepositionAfterItIsTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The mayor reminded voters of the cost of the new wall.", "the cost of the new wall")]
        [InlineData("The mayor promised fishermen a new harbour wall.", "a new harbour wall")]
        [InlineData("The mayor told reporters the harbour would reopen in May.", "the harbour would reopen in May")]
        public void AnAddresseeStaysOutOfTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }

        /// <summary>A negation after the verb or its addressee belongs to the content: "promised not to raise fares" is not "to raise fares".</summary>
        [Theory]
        [InlineData("The harbour master promised not to raise the mooring fees.", "not to raise the mooring fees")]
        [InlineData("The mayor urged residents not to travel on Monday.", "not to travel on Monday")]
        [InlineData("The coast guard warned fishermen never to sail alone.", "never to sail alone")]
        public void ANegationAfterTheAddresseeStaysInTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }
    }
}
