using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// CoordinatedFinding (accounts88): "… concluded that …, and found no evidence of …": a verb of finding after a clause
    /// coordinator whose object denies a finding ("no" and a noun of words.txt <c>finding-object</c>) is the finding of the
    /// subject of the first verb phrase's cue, also where a clause or a cue of the reported clause stands between. A verb
    /// phrase with no cue before it, or a finding of another object, reports nothing. Sentences of the tests' own.
    /// </summary>
    public class CoordinatedFindingTests
    {
        private static Found? Finding(string sentence) =>
            Run(sentence).SingleOrDefault(f => f.Rule == nameof(CoordinatedFinding));

        [Theory]
        // after a that-clause
        [InlineData("The harbour board concluded that the pilot had misread the chart and found no evidence of sabotage.", "The harbour board", "no evidence of sabotage")]
        // after an object and a comma
        [InlineData("Inspector Ada Lund blamed the crew, and found no deliberate effort to sink the ferry.", "Inspector Ada Lund", "no deliberate effort to sink the ferry")]
        // a subordinate clause inside the reported clause ("after being warned"): the report's source, the sentence's subject
        [InlineData("Inspector Ada Lund concluded that the crew turned back only after being warned and found no intent to harm the passengers.", "Inspector Ada Lund", "no intent to harm the passengers")]
        // a cue of the reported clause ("responded") stands between
        [InlineData("The harbour board concluded that the crew responded with care and found no evidence of negligence.", "The harbour board", "no evidence of negligence")]
        public void AFindingDeniedAfterACoordinatorIsTheFirstCuesSubjects(string sentence, string source, string content)
        {
            var f = Finding(sentence);
            Assert.NotNull(f);
            Assert.Equal(source, f!.Source);
            Assert.Equal("found", f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the first verb phrase reports nothing: the divers found
        [InlineData("The divers searched the hull and found no evidence of a bomb.")]
        // a finding of another object: "found" keeps its everyday sense
        [InlineData("Inspector Ada Lund blamed the crew and found the keys of the engine room.")]
        // "no" with no noun of a finding after it
        [InlineData("Inspector Ada Lund blamed the crew and found no one on the bridge.")]
        public void NoFindingWithoutACueBeforeOrADeniedFinding(string sentence) =>
            Assert.Null(Finding(sentence));

        [Fact]
        public void TheFindingGivesTheInquirysPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army's inquiry into the shelling at Kestrel Pass concluded that the gunners had misread the grid and found no deliberate effort to hit the Southern posts.");
            var claim = Assert.Single(corpus.Claims, c => c.Cue == "found");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("deliberate", claim.Question);
            Assert.Equal("Not deliberate", claim.Position);
        }
    }
}
