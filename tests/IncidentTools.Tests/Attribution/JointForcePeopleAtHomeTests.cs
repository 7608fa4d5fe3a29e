using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix84b: people a joint force's word describes ("an alliance spokeswoman, Karen Moll,", "alliance officials", organisation-words
    /// 'joint-force') in a story filed from the city where the alliance sits speak for the alliance, not for the country of the
    /// dateline: the dateline gives them no side (a ministry's spokeswoman there still speaks for that country). Texts of the
    /// tests' own.
    /// </summary>
    public class JointForcePeopleAtHomeTests
    {
        private const string Dateline = "BRUSSELS, May 3 (Harbour News Agency/HNA) - Envoys met on Sunday to discuss the collision.\n\n";

        [Theory]
        [InlineData("An alliance spokeswoman, Karen Moll, said the alliance was \"fully committed\" to the inquiry.", "fully committed")]
        [InlineData("Alliance officials said the alliance was \"fully committed\" to the inquiry.", "fully committed")]
        [InlineData("\"We are fully committed to the inquiry,\" alliance officials said.", "We are fully committed")]
        public void AnAllianceSpeakerTakesNoSideFromTheDateline(string body, string quoted)
        {
            var q = Q(Quotes(Dateline + body), quoted);
            Assert.Null(q.Party);
        }

        [Fact]
        public void AMinistrySpokeswomanThereIsStillOfTheDatelinesCountry()
        {
            var q = Q(Quotes(Dateline + "A ministry spokeswoman, Karen Moll, said the ministry was \"fully committed\" to the inquiry."), "fully committed");
            Assert.Equal("Belgium", q.Party);
        }
    }
}
