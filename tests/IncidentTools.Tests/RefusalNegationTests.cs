using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A negated verb of accepting is a refusal ("will not accept any one-sided report"): the negator refuses
    /// the thing, and a cue that describes that thing keeps its position. A cue in a clause after the verb
    /// ("does not accept that it was an accident") is still denied. Invented text.
    /// </summary>
    public class RefusalNegationTests
    {
        private const string Manifest = @"
parties:
  - name: Northland
    aliases: [Northland, Northern]
    people: [Anna Berg]
  - name: Southland
    aliases: [Southland, Southern]
    organisations: [Southern Guard]
    people: [Omar Diaz]
questions:
  - id: report
    text: Is the inquiry right?
    positions:
      - label: Right
        cues: [""stand* by the * inquiry""]
      - label: Wrong
        cues: [one-sided report, whitewash]
  - id: deliberate
    text: Was the shelling deliberate?
    positions:
      - label: Deliberate
        cues: [deliberate]
      - label: Not deliberate
        cues: [accident]
";

        // Southland's claims on the question (the speaker's, and Southland's own when it is the subject of the clause)
        private static IncidentClaim[] Southland(string sentence, string question)
        {
            using var folder = new TempFolder();
            var claims = AccountTestCorpus.Load(folder, Manifest, sentence).Claims
                .Where(c => c.Question == question && c.Party == "Southland").ToArray();
            Assert.NotEmpty(claims);
            return claims;
        }

        [Theory]
        [InlineData("Omar Diaz said Southland will not accept any one-sided report on the shelling.")]
        [InlineData("Omar Diaz told the assembly that the Guard would never tolerate a whitewash.")]
        [InlineData("Omar Diaz said Southland could not fully accept such a one-sided report.")]
        public void ARefusalKeepsTheCueOfWhatItRefuses(string sentence)
        {
            Assert.All(Southland(sentence, "report"), claim =>
            {
                Assert.Equal("Wrong", claim.Position);
                Assert.False(claim.Negated);
            });
        }

        [Theory]
        // near misses: the cue in a clause after the verb, a claim noun before it, and a plain negator
        [InlineData("Omar Diaz said Southland does not accept that the shelling was an accident.", "deliberate", "Deliberate")]
        [InlineData("Omar Diaz said Southland will not accept the claim that it was an accident.", "deliberate", "Deliberate")]
        [InlineData("Omar Diaz said there had been no whitewash.", "report", "Right")]
        public void ANegatorStillDeniesAClauseAfterTheVerb(string sentence, string question, string position)
        {
            Assert.All(Southland(sentence, question), claim =>
            {
                Assert.Equal(position, claim.Position);
                Assert.True(claim.Negated);
            });
        }
    }
}
