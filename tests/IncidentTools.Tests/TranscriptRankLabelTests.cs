using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A briefing transcript whose turns are labelled in capitals with a rank or title and a name longer than three words
    /// ("MAJ GEN LARS BERG:", "LT COL ANNA MARIE SOLBERG:"): each turn is the labelled speaker's, the rank their title. A heading
    /// in capitals that opens with a title word ("GENERAL ELECTION NIGHT RESULTS:") is no speaker. Sentences of the tests' own.
    /// </summary>
    public class TranscriptRankLabelTests
    {
        private const string Manifest = @"
parties:
  - name: Norway
    aliases: [Norway, Norwegian]
  - name: Sweden
    aliases: [Sweden, Swedish]
";

        private static readonly string[] Transcript =
        {
            "TRANSCRIPT OF A PRESS BRIEFING AT THE DEFENCE MINISTRY",
            "MAJ GEN LARS BERG: Good morning. Our patrol boat did not open fire first. The logs show it.",
            "QUESTION: Did the Swedish crew fire?",
            "MAJ GEN LARS BERG: We cannot rule that out. The inquiry will say.",
            "LT COL ANNA MARIE SOLBERG: The crew kept to the agreed channel all night.",
            "QUESTION: Will the navy publish the logs?",
            "LT COL ANNA MARIE SOLBERG: The logs will go to the inquiry first.",
        };

        [Fact]
        public void ARankAndANameInCapitalsLabelTheSpeakersTurns()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, Transcript);
            var berg = corpus.Claims.Where(c => c.Speaker == "Lars Berg" && c.Rule == "SpeakerLabel").ToList();
            Assert.Equal(2, berg.Count);
            Assert.Contains(berg, c => c.Content.StartsWith("We cannot rule that out"));
            var solberg = corpus.Claims.Where(c => c.Speaker == "Anna Marie Solberg" && c.Rule == "SpeakerLabel").ToList();
            Assert.Equal(2, solberg.Count);
        }

        [Fact]
        public void AHeadingInCapitalsOpeningWithATitleWordIsNoSpeaker()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest, new[]
            {
                "Voters in the north went to the polls on Sunday.",
                "GENERAL ELECTION NIGHT RESULTS: The count ended late in the evening and the turnout was high.",
            });
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "SpeakerLabel");
        }
    }
}
