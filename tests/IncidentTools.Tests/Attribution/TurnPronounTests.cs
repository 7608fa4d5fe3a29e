using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" inside a transcript's turn: the speakers taking turns call each other "you" and themselves "I", so
    /// the pronoun is someone they talk about, and a turn's first sentence puts its subject in the scene (texts of their own).
    /// </summary>
    public class TurnPronounTests
    {
        private const string Transcript =
            "ANNA VOSS, HOST: Good morning. Our reporter Tom Reyes is in Port Hale.\n\n" +
            "REYES: The police chief, Musa Bello, spoke late on Sunday. He said, \"We have made two arrests.\"\n\n" +
            "VOSS: What about the harbour?\n\n" +
            "REYES: That is the question.\n\n" +
            "VOSS: The port spokesman, Ade Kole, spoke to reporters on Monday. He said there was \"no sign of sabotage.\"\n\n" +
            "REYES: I asked the dockers myself. I told them, \"Nobody here is blaming you.\"";

        [Fact]
        public void AHeInATurnIsThePersonTalkedAboutNotTheCorrespondent()
        {
            var quotes = Quotes("Morning programme", Transcript, null);
            Assert.Equal("Musa Bello", Q(quotes, "We have made two arrests").Speaker);
            // the host's turn: its first sentence's subject after the label is the one "he" stands for
            Assert.Equal("Ade Kole", Q(quotes, "no sign of sabotage").Speaker);
        }

        [Fact]
        public void AnIInATurnStaysTheTurnsSpeaker()
        {
            // the near miss: the first person is the correspondent, whose turn it is
            var quotes = Quotes("Morning programme", Transcript, null);
            Assert.Equal("Tom Reyes", Q(quotes, "Nobody here is blaming you").Speaker);
        }

        [Fact]
        public void OutsideATranscriptHeStillFollowsTheLastSpeaker()
        {
            var quotes = Quotes("Harbour strike", "Tom Reyes, the union's organiser, spoke to the dockers on Monday. He said, \"Nobody here is blaming you.\"", null);
            Assert.Equal("Tom Reyes", Q(quotes, "Nobody here is blaming you").Speaker);
        }

        [Fact]
        public void ASurnameThatIsAlsoAnAdjectiveEndsAName()
        {
            // "Little" is a surname as well as a word: after a given name it ends the name, and alone it is that person again
            var quotes = Quotes("Harbour strike",
                "The port's spokeswoman, Rosa Little, spoke to reporters on Monday. She said there was \"no sign of sabotage.\"\n\n" +
                "\"We will reopen the gates,\" Little said.", null);
            Assert.Equal("Rosa Little", Q(quotes, "no sign of sabotage").Speaker);
            Assert.Equal("Rosa Little", Q(quotes, "We will reopen the gates").Speaker);
        }
    }
}
