using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The depot's fire officer, Capt. Runa Dahl, had earlier thanked the crews and said that …": a description, a name in
    /// apposition closed by a comma, then the first of two coordinated verb phrases (with an auxiliary or without): the name
    /// is the subject of the second phrase's cue (ReportedSpeech.NameAfterDescriptionOpening). Not a name that opens a list
    /// ("the officer, Runa Dahl, and her deputy …": the two of them). Invented depot stories.
    /// </summary>
    public class NameAfterDescriptionOpeningTests
    {
        private const string Opening = "The grain depot at Varne burned for a second night.\n\n";

        [Theory]
        [InlineData("The depot's fire officer, Capt. Runa Dahl, had earlier thanked the crews for their work and said in a statement that the blaze had her \"full attention.\"")]
        [InlineData("The head of the regional fire service, Chief Officer Runa Dahl, visited the yard on Sunday and said that the blaze had her \"full attention.\"")]
        public void TheApposedNameIsTheSubjectOfTheCoordinatedCue(string body)
        {
            Assert.Equal("Runa Dahl", Q(Quotes(Opening + body), "full attention").Speaker);
        }

        [Fact]
        public void ANameThatOpensAListIsNoSubjectOfItsOwn()
        {
            var quotes = Quotes(Opening + "The depot's fire officer, Capt. Runa Dahl, and her deputy had earlier thanked the crews for their work and said in a statement that the blaze had their \"full attention.\"");
            Assert.NotEqual("Runa Dahl", Q(quotes, "full attention").Speaker);
        }
    }
}
