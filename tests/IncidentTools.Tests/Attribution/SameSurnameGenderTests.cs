using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: where two people share a surname, a mention that tells a gender (a title "Mrs.", a reflexive
    /// "herself" right after the surname) is the one of them of that gender mentioned last, not simply the last one.
    /// </summary>
    public class SameSurnameGenderTests
    {
        private const string Couple =
            "Margaret Quill and her husband, David Quill, have run the harbour ferry for thirty years.\n\n" +
            "David Quill said the new timetable would cost them customers.\n\n";

        [Fact]
        public void AReflexiveAfterTheSurnameTellsWhichOfTheTwo()
        {
            var quotes = Quotes(Couple + "Quill herself warned that the last crossing could go. “We cannot run at a loss,” she said.");
            Assert.Equal("Margaret Quill", Q(quotes, "We cannot run").Speaker);
            Assert.Equal("she", Q(quotes, "We cannot run").SpeakerMention);
        }

        [Fact]
        public void TheReflexiveStaysInTheMentionAndTheCueAfterItIsRead()
        {
            var quotes = Quotes(Couple + "Quill herself said “the ferry is our life.”");
            var q = Q(quotes, "the ferry is our life");
            Assert.Equal("Margaret Quill", q.Speaker);
            Assert.Equal("Quill herself", q.SpeakerMention);
        }

        [Fact]
        public void ATitleOfAGenderTellsWhichOfTheTwo()
        {
            var quotes = Quotes(Couple + "“We cannot run at a loss,” Mrs. Quill said.");
            Assert.Equal("Margaret Quill", Q(quotes, "We cannot run").Speaker);
        }

        [Fact]
        public void WithNoGenderToldTheSurnameIsTheOneMentionedLast()
        {
            var quotes = Quotes(Couple + "“We cannot run at a loss,” Quill said.");
            Assert.Equal("David Quill", Q(quotes, "We cannot run").Speaker);
        }

        [Fact]
        public void AReflexiveOfTheOtherGenderDoesNotPickTheWoman()
        {
            var quotes = Quotes(Couple + "Margaret Quill spoke to the council on Monday.\n\nQuill himself said “the ferry is our life.”");
            Assert.Equal("David Quill", Q(quotes, "the ferry is our life").Speaker);
        }

        [Fact]
        public void AReflexiveAfterADescriptionKeepsTheDescriptionAsSpeaker()
        {
            var quotes = Quotes("The ferry will stay, the council decided.\n\n“It stays,” the mayor herself said.");
            var q = Q(quotes, "It stays");
            Assert.Equal("the mayor herself", q.SpeakerMention);
            Assert.Equal("mayor", q.Speaker);
        }
    }
}
