using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A one-word name after an article, then a bare form that is a noun too ("the Kestrel attack", "a Dunmore raid", "the Ola
    /// claim"), is a noun phrase (a place's or an event's name modifying the noun), not a subject and its verb: a person's name
    /// takes no article. The quotation after it is not that name's words (Clauses.NounAfterNameWithArticle). Texts of the tests' own.
    /// </summary>
    public class NounAfterNameWithArticleTests
    {
        private const string Opening = "The harbour board met on Monday to hear the ferry report.\n\n";

        [Theory]
        [InlineData("The inspector told the board that the Kestrel attack \"was no accident of the weather\".")]
        [InlineData("She said a Dunmore raid \"was no accident of the weather\" and left.")]
        public void TheNameBeforeTheNounIsNoSpeaker(string body)
        {
            var q = Q(Quotes(Opening + body), "was no accident");
            Assert.NotEqual("Kestrel", q.Speaker);
            Assert.NotEqual("Dunmore", q.Speaker);
        }

        [Fact]
        public void TheSubjectOfTheClauseBeforeSpeaksInstead()
        {
            var q = Q(Quotes(Opening + "Tom Reyes told the board that the Kestrel attack \"was no accident of the weather\"."), "was no accident");
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        // near misses: a name without an article is a subject ("Kestrel claims …"), and so is a plural after one ("the Reyeses claim")
        [InlineData("Tom Reyes claims \"the ferry was never safe\".", "Tom Reyes")]
        [InlineData("Reyes and Lund claim \"the ferry was never safe\".", "Lund")]
        public void ANameWithoutAnArticleKeepsItsVerb(string body, string speaker)
        {
            var q = Q(Quotes(Opening + body), "the ferry was never safe");
            Assert.Contains(speaker, q.Speaker);
        }

        [Fact]
        public void AParticipantIsOneWhoSpeaks()
        {
            // "participant" is a speaker noun (speaker-nouns.txt, anonymous): "a participant quoted X as telling" after a quotation
            var q = Q(Quotes(Opening + "\"Two hours of delay is no accident,\" a participant quoted one of the engineers as telling the meeting."), "Two hours");
            // (one of the engineers is one engineer: SpeakerResolver.OneOfTheGroup)
            Assert.Equal("engineer", q.Speaker);
        }
    }
}
