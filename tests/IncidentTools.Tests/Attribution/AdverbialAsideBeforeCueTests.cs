using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The Harbour Gazette, after talks with port staff, reported that …": an adverbial aside opened by a subordinator
    /// between the subject's comma and the verb (one phrase, no comma of its own) is passed over; the subject is the noun
    /// phrase before it, never the aside's own noun ("port staff", "the board"). A clause after content, with a subject of
    /// its own next to the verb ("…, after the board voted, officials said") keeps that subject.
    /// </summary>
    public class AdverbialAsideBeforeCueTests
    {
        [Theory]
        [InlineData("The Harbour Gazette, after talks with port staff, reported that the pier would close.", "The Harbour Gazette", "the pier would close")]
        [InlineData("The harbour master, after the board voted, said the pier would close.", "The harbour master", "the pier would close")]
        [InlineData("Jo Bell, as the vote was read out, said the plan was dead.", "Jo Bell", "the plan was dead")]
        public void TheSubjectBeforeTheAdverbialAsideIsTheSource(string body, string source, string content)
        {
            var a = Attributions(body).Single(x => x.Content == content);
            Assert.Equal(source, a.Source);
        }

        [Fact]
        public void ASubordinateClauseBeforeANewSubjectLeavesThatSubject()
        {
            var attributions = Attributions("The pier will close, after the board voted, officials said.");
            Assert.DoesNotContain(attributions, a => a.Source == "the board voted" || a.Source == "the board");
            Assert.Contains(attributions, a => a.Source == "officials");
        }
    }
}
