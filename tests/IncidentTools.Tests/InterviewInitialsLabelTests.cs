using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// An interview printed with initials as its labels ("LBR:"): the label is the one person the introduction names whose
    /// name's words open with those letters, and takes that person's side; with two such names, neither. Sentences of the
    /// tests' own.
    /// </summary>
    public class InterviewInitialsLabelTests
    {
        private const string Manifest = @"
parties:
  - name: Chile
    aliases: [Chile, Chilean]
  - name: Peru
    aliases: [Peru, Peruvian]
    people: [Lucia Beatriz Rojas]
";

        private static string[] Interview(string intro) => new[]
        {
            intro + " She spoke to us in her office about the collision in the bay.",
            "Q: Minister, who crossed the line?",
            "LBR: The Chilean boat did. Our crew followed the chart all night.",
            "Q: Will Peru protest?",
            "LBR: We already have. The note went to Santiago this morning.",
        };

        [Fact]
        public void AnInitialsLabelIsThePersonTheIntroductionNames()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, Interview("Lucia Beatriz Rojas has been the defence minister since March."));
            var lines = corpus.Claims.Where(c => c.Rule == "SpeakerLabel" && c.Text.StartsWith("LBR")).ToList();
            Assert.Equal(2, lines.Count);
            Assert.All(lines, c => Assert.Equal("Lucia Beatriz Rojas", c.Speaker));
            Assert.All(lines, c => Assert.Equal("Peru", c.Party));
        }

        [Fact]
        public void TwoNamesWithTheSameInitialsGiveTheLabelNoOne()
        {
            // the near miss: two people of the introduction match the letters, so the label stays as written
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                Interview("Lucia Beatriz Rojas has been the defence minister since March, after Luis Bruno Ramos left the post."));
            var line = corpus.Claims.First(c => c.Rule == "SpeakerLabel" && c.Text.StartsWith("LBR"));
            Assert.NotEqual("Lucia Beatriz Rojas", line.Speaker);
            Assert.Null(line.Party);
        }
    }
}
