using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// party139: a side's capital or seat named in a relative clause inside a description, after a verb of an act done there
    /// (words.txt 'place-act': "a preacher who addressed a rally in Islamabad"), is where the act was, not a side the speaker
    /// speaks for; one after a verb of a post ("an engineer who serves in Islamabad") or in the description itself ("an
    /// official in Islamabad") keeps its side. Sentences of the tests' own.
    /// </summary>
    public class PlaceOfAnActTests
    {
        private static string PartyOf(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates,
                "Crowds gathered across the region on Friday after the clash at the pass.", sentence);
            return corpus.Claims.Single(c => c.Speaker == "Hamid Rauf Chaudhry").Party ?? "";
        }

        [Theory]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, a preacher who addressed one of the marches in Islamabad.")]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, a teacher who had spoken at a seminar in Islamabad.")]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, a shopkeeper who also attended the vigil in Islamabad.")]
        // (a seat of command the country table lists, countries.txt's fourth column, as the capital)
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, a preacher who addressed one of the marches in Rawalpindi.")]
        public void ACapitalWhereThePersonDidSomethingNamesNoSide(string sentence) => Assert.Equal("", PartyOf(sentence));

        [Theory]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, an official in Islamabad.")]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, an official who serves in Islamabad.")]
        [InlineData("\"The clash shames everyone who planned it,\" said Hamid Rauf Chaudhry, an officer at army headquarters in Rawalpindi.")]
        public void ACapitalWhereThePersonHoldsAPostKeepsTheSide(string sentence) => Assert.Equal("Pakistan", PartyOf(sentence));
    }
}
