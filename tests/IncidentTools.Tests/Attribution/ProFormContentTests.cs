using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A content that is only a pro-form for what was said ("said it", "said so", "said this") and adverbs or words of time
    /// ends at the comma before ", and"/", but": the clause after it has a subject of its own and is not the speaker's words.
    /// A content that is a clause ("said that prices rose, and that wages fell") keeps its coordinated part.
    /// </summary>
    public class ProFormContentTests
    {
        [Theory]
        [InlineData("Mayor Lena Ortiz said it again, and the harbour board agreed with her.")]
        [InlineData("Mayor Lena Ortiz said so repeatedly, but nobody on the board listened.")]
        [InlineData("Mayor Lena Ortiz said this yesterday, and the ferry company shut its office.")]
        [InlineData("Mayor Lena Ortiz said so too, and nobody on the board disagreed.")]
        [InlineData("I have said it too, and I am a ferry captain myself.")]
        public void ThePronounsContentDoesNotRunIntoTheNextClause(string sentence)
        {
            Assert.DoesNotContain(Run(sentence, new CueThenContent()), f => f.Content.Contains(", "));
        }

        [Theory]
        [InlineData("Mayor Lena Ortiz said that ferry fares rose, and that wages fell.", "ferry fares rose, and that wages fell")]
        [InlineData("Mayor Lena Ortiz said it was raining, and the ferry stayed in port.", "it was raining, and the ferry stayed in port")]
        [InlineData("Mayor Lena Ortiz said the fares rose, and wages fell.", "the fares rose, and wages fell")]
        public void AClauseForTheContentKeepsItsCoordinatedPart(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void TheProFormAndItsAdverbAreTheContent()
        {
            var f = Assert.Single(Run("Mayor Lena Ortiz said it again, and the harbour board agreed with her.", new CueThenContent()), a => a.Cue == "said");
            Assert.Equal("it again", f.Content);
        }

        [Fact]
        public void APronounAloneBeforeTheNextClauseIsTheContent()
        {
            var f = Assert.Single(Run("Few ferry captains admit this, but the harbour board agreed with them.", new CueThenContent()), a => a.Cue == "admit");
            Assert.Equal("this", f.Content);
        }

        [Fact]
        public void APronounAloneAtTheEndIsNoContent()
        {
            Assert.DoesNotContain(Run("Mayor Lena Ortiz said it.", new CueThenContent()), a => a.Cue == "said");
        }

        [Theory]
        [InlineData("Mayor Lena Ortiz said the ferry fares would stay low, but Sam Keller raised them in May.", "the ferry fares would stay low")]
        [InlineData("Mayor Lena Ortiz said she would not resign, and Sam Keller left the room.", "she would not resign")]
        public void AnIndirectContentEndsBeforeANewClauseOfItsOwn(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()), a => a.Cue == "said");
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AContentWithACommaBeforeTheCoordinatorKeepsIt()
        {
            var f = Assert.Single(Run("Mayor Lena Ortiz said the ferry, the bus and the tram would run, but Sam Keller would pay.", new CueThenContent()), a => a.Cue == "said");
            Assert.EndsWith("Sam Keller would pay", f.Content);
        }
    }
}
