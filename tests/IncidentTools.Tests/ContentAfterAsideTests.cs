using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The content of a verb of saying after an aside between commas whose noun is a verb's form too (accounts52, own Salala
    /// set 51): "says, through its report, that …" and "says, through General Ada Vail's report, that …" (a name in the
    /// possessive standing where the determiner does) report the that-clause; a verb after a name that owns nothing is still a
    /// verb. Sentences of the tests' own.
    /// </summary>
    public class ContentAfterAsideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("The Interior Ministry says, through its report, that the Southern Guard fired first.")]
        [InlineData("The Interior Ministry now says, through General Anna Berg's report, that the Southern Guard fired first.")]
        public void AThatClauseAfterAnAsideWhoseNounIsAVerbFormIsTheContent(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, sentence);
            var claim = corpus.Claims.Single(c => c.Content == "the Southern Guard fired first");
            Assert.Equal("Interior Ministry", claim.Speaker);
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("says", claim.Cue);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
            Assert.Equal(sentence.IndexOf("the Southern Guard", StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Fact]
        public void AVerbAfterANameThatOwnsNothingIsStillAVerb()
        {
            // the near miss: "after General Omar Diaz reported the clash": "reported" is Diaz's verb, not a noun of the aside
            using var folder = new TempFolder();
            var corpus = Load(folder, "A Southern official said, after General Omar Diaz reported the clash, that the shelling was deliberate.");
            var diaz = corpus.Claims.Single(c => c.Cue == "reported");
            Assert.Equal("Omar Diaz", diaz.Speaker);
            Assert.Equal("the clash", diaz.Content);
            Assert.DoesNotContain(corpus.Claims, c => c.Cue == "said" && c.Content == "the shelling was deliberate" && c.Speaker == "Omar Diaz");
        }
    }
}
