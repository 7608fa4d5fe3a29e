using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "According to him, …" that opens a sentence names the sentence's source as "He said …" does: right after a sentence
    /// whose subject is a person named in full who spoke, the pronoun is that person, even when no word tells their gender
    /// and a man named earlier is known to be one (through an earlier "he said"). A subject of the other gender leaves the
    /// chain as it was.
    /// </summary>
    public class AccordingToPronounTests
    {
        private const string Chain = "Speaking on the levy, Omar Hale said the council should have no doubt about it. “This was a mistake,” he said. The treasurer also asked for a vote.\n\n";

        [Fact]
        public void AccordingToHimAfterANamedSpeakerIsThatSpeaker()
        {
            // the sentence's subject is resolved and touched (an institution), so the pronoun is not the last one touched
            var claims = Attributions(Chain + "Council leader Tariq Dunmore supported the motion and said the port board had done its part. According to him, the board had sent its plans to the ministry, and still they were ignored.");
            Assert.Equal("Tariq Dunmore", claims.Single(a => a.Rule == "AccordingToClause").Speaker);
        }

        [Fact]
        public void TheQuotationAfterItFollowsTheSamePerson()
        {
            var quotes = Quotes(Chain + "Council leader Tariq Dunmore supported the motion and said the port board had done its part. According to him, the board had sent its plans to the ministry, and still they were ignored. “There is only one side here,” he told the council.");
            Assert.Equal("Tariq Dunmore", Q(quotes, "There is only").Speaker);
        }

        [Fact]
        public void AccordingToHimAfterAWomanKeepsTheChain()
        {
            // near miss: the person who spoke just before is a woman; the "him" is the chain's known man
            var claims = Attributions(Chain + "Council leader Mary Dunmore supported the motion and said the port board had done its part. According to him, the board had sent its plans to the ministry, and still they were ignored.");
            Assert.Equal("Omar Hale", claims.Single(a => a.Rule == "AccordingToClause").Speaker);
        }
    }
}
