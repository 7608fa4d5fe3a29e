using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Rep. Jo Bell of Ohio, a member of the Armed Services Committee, said": after a name's "of" phrase, an apposition
    /// closed by a comma right before the cue is the named person's, who stays the speaker (a lawmaker "of" a U.S. state is
    /// of the United States). Texts of the test's own.
    /// </summary>
    public class OfStateThenAppositionTests
    {
        [Fact]
        public void NameOfStateThenAppositionIsTheSpeaker()
        {
            var quotes = Quotes("Representative Dora Quill of Vermont, a member of the Appropriations Committee, said the ferry " +
                                "contract was “a scandal in slow motion”.");
            var q = Q(quotes, "a scandal");
            Assert.Equal("Dora Quill", q.Speaker);
            Assert.Equal("United States", q.Party);
        }

        [Fact]
        public void LawmakersTitleAndStateGiveTheUnitedStates()
        {
            var quotes = Quotes("Sen. Dora Quill of New Hampshire said the ferry contract was “a scandal in slow motion”.");
            Assert.Equal("United States", Q(quotes, "a scandal").Party);
        }

        [Fact]
        public void LawmakersTitleAndAPlaceOfNoStateGiveNoSide()
        {
            var quotes = Quotes("Sen. Dora Quill of Tasmania said the ferry contract was “a scandal in slow motion”.");
            Assert.NotEqual("United States", Q(quotes, "a scandal").Party);
        }
    }
}
