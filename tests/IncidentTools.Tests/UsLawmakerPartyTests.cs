using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A U.S. lawmaker written with a party and a state after the name ("Senator Jo Bell, Republican of Ohio", "Rep. Ann
    /// Cole (D-Maine)", "Sen. Tom Reed, R-New York") speaks for the United States, where the manifest's party names that
    /// country; so do the lawmaker's labelled turns in a transcript whose guest list introduced them so (accounts69). A
    /// senator with no such label, or a lawmaker of the other side, gets no U.S. side. Sentences of the tests' own.
    /// </summary>
    public class UsLawmakerPartyTests
    {
        private const string Manifest = @"
parties:
  - name: United States
    aliases: [United States, U.S., American, Washington]
    organisations: [Pentagon]
  - name: Southland
    aliases: [Southland, Southern]
    organisations: [Southern Guard]
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues:
          - {text: fired on first, party: United States}
      - label: The United States fired first
        cues:
          - {text: fired on first, party: Southland}
";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, Manifest, paragraphs);

        [Theory]
        [InlineData("Senator Jo Bell, Republican of Ohio, said the patrol was fired on first.", "Jo Bell")]
        [InlineData("Rep. Ann Cole (D-Maine) said the patrol was fired on first.", "Ann Cole")]
        [InlineData("Sen. Tom Reed, R-New York, said the patrol was fired on first.", "Tom Reed")]
        [InlineData("Senator Ada Lund, Democrat of North Carolina, said the patrol was fired on first.", "Ada Lund")]
        // the states as AP style abbreviates them, and the postal codes
        [InlineData("Sen. Carl Berg (D-Mich.) said the patrol was fired on first.", "Carl Berg")]
        [InlineData("Sen. Ida Moss, R-Nev., said the patrol was fired on first.", "Ida Moss")]
        [InlineData("Rep. Paul Kent (R-N.Y.) said the patrol was fired on first.", "Paul Kent")]
        [InlineData("Sen. Rosa Vale (R-FL) said the patrol was fired on first.", "Rosa Vale")]
        public void ALawmakerWithAPartyAndAStateSpeaksForTheUnitedStates(string sentence, string speaker)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, sentence).Claims.Single(c => c.Content == "the patrol was fired on first");
            Assert.Equal(speaker, claim.Speaker);
            Assert.Equal("United States", claim.Party);
            Assert.Equal("Southland fired first", claim.Position);
        }

        [Fact]
        public void ATranscriptTurnTakesTheSideOfTheGuestListsLabel()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "HOST (LIZ MORROW): With me are Senator Jo Bell, Republican of Ohio, and Southland's envoy, Omar Diaz.",
                "MORROW: Senator, what happened at the pass?",
                "SEN. BELL: I am told our patrol was fired on first.",
                "DIAZ: That is not what happened.",
                "MORROW: Senator, a last word?",
                "SEN. BELL: We regret every death.");
            var turn = corpus.Claims.Single(c => c.Text.Contains("our patrol was fired on first"));
            Assert.Equal("Jo Bell", turn.Speaker);
            Assert.Equal("United States", turn.Party);
        }

        [Theory]
        // the label in brackets after the name, then an apposition that gives the role: the lawmaker's later sentences too
        [InlineData("Rep. Jo Reed (R-Ohio), a member of the Armed Services Committee, said he had read the early findings.", "Reed said the patrol was fired on first.")]
        [InlineData("Sen. Ann Cole (D-Maine), who sits on the intelligence panel, spoke after the briefing.", "Cole said the patrol was fired on first.")]
        public void ALabelInBracketsBeforeAnAppositionStillGivesTheParty(string first, string second)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, first + " " + second).Claims.Single(c => c.Content == "the patrol was fired on first");
            Assert.Equal("United States", claim.Party);
        }

        [Theory]
        // a senator with no U.S. party and state: other countries have senators too
        [InlineData("Senator Jo Bell said the patrol was fired on first.")]
        // a party word with no state after it, or a place that is no U.S. state
        [InlineData("Senator Jo Bell, a Republican, said the patrol was fired on first.")]
        [InlineData("Senator Jo Bell, Democrat of Southland, said the patrol was fired on first.")]
        public void NoPartyAndStateNoUnitedStates(string sentence)
        {
            using var folder = new TempFolder();
            var claim = Load(folder, sentence).Claims.Single(c => c.Content == "the patrol was fired on first");
            Assert.NotEqual("United States", claim.Party);
        }

        [Fact]
        public void ALawmakerOfTheOtherSideKeepsIt()
        {
            using var folder = new TempFolder();
            var claim = Load(folder, "Senator Jo Bell, a Southern opposition lawmaker, said the patrol was fired on first.")
                .Claims.Single(c => c.Content == "the patrol was fired on first");
            Assert.Equal("Southland", claim.Party);
        }

        [Theory]
        [InlineData("Republican of Ohio", true)]
        [InlineData("D-Maine", true)]
        [InlineData("R-New York", true)]
        [InlineData("Democrat of New Mexico", true)]
        [InlineData("a Republican", false)]
        [InlineData("Republican of Southland", false)]
        [InlineData("R of Ohio", false)]
        public void TheLabelIsAPartyThenAState(string text, bool lawmaker) =>
            Assert.Equal(lawmaker, IncidentTools.Attribution.PartyResolver.NamesUsLawmaker(text));
    }
}
