using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// "They have not told us anything officially": a cue with its own negator that ends in a verb of telling ("not told", "never
    /// informed"), with a word of the formal channel ("officially", "formally") a few words after it, says no formal word has
    /// come since, not that the side was kept in the dark: no position. "They had not told us of the patrol" still takes one
    /// (FormalChannel; accounts-stance.txt telling-verb, formal-manner).
    /// </summary>
    public class ClaimFormalChannelTests
    {
        private const string Manifest = AccountTestCorpus.Parties + @"questions:
  - id: warning
    text: Was the other side told of the patrol?
    positions:
      - label: Told
        cues: [told us of the patrol, informed us of the patrol]
      - label: Not told
        cues: [not told, never told, not informed, never informed]
";

        [Theory]
        [InlineData("Anna Berg said: \"They have not told us anything officially.\"")]
        [InlineData("Anna Berg said the Southerners had never informed the ministry formally.")]
        // a complaint that the truth was not told afterwards, not that the side was kept in the dark (truth-object)
        [InlineData("Anna Berg said: \"We were never told the truth about the patrol.\"")]
        [InlineData("Anna Berg said the Southerners had not told them the whole truth.")]
        public void NoFormalWordTakesNoPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg");
            Assert.Null(berg.Position);
        }

        [Theory]
        [InlineData("Anna Berg said: \"They have not told us of the patrol.\"")]
        [InlineData("Anna Berg said the Southerners had never informed the ministry before the patrol.")]
        // near miss: the truth named elsewhere in the sentence, not as what was not told
        [InlineData("Anna Berg said: \"The truth is that they have not told us of the patrol.\"")]
        public void NotToldOfTheActStillTakesItsPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, sentence);
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "warning");
            Assert.Equal("Not told", berg.Position);
        }
    }
}
