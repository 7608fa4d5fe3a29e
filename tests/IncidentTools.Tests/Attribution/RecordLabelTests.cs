using System;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The RecordLabel rule: a hearing's record whose turns open with a title and a surname in capitals and a full stop (texts of its own).</summary>
    public class RecordLabelTests
    {
        private const string Record =
            "Witness: Major General Ines Corra, commander of the Kestrel Harbour garrison.\n\n" +
            "Senator HOLLOWAY. General, who fired first at the pass?\n\n" +
            "General CORRA. Senator, our patrol was fired on first. I have read every report.\n\n" +
            "The CHAIRMAN. Thank you, General. We will adjourn.\n\n" +
            "Ms. ABERNATHY. Is the garrison satisfied with the inquiry?";

        [Fact]
        public void EachTurnIsItsSpeakersWords()
        {
            var found = Run(Record, new RecordLabel());
            Assert.Equal(new[] { "Senator HOLLOWAY", "General CORRA", "The CHAIRMAN", "Ms. ABERNATHY" }, found.Select(f => f.Source).ToArray());
            Assert.All(found, f => Assert.Equal(nameof(RecordLabel), f.Rule));
            Assert.All(found, f => Assert.Equal(AttributionKind.Direct, f.Kind));
            Assert.All(found, f => Assert.Equal(".", f.Cue));
            Assert.Equal("Senator, our patrol was fired on first. I have read every report", found[1].Content);
            Assert.Equal("Is the garrison satisfied with the inquiry", found[3].Content);
            // the label's surname is the person the record named in full before
            Assert.Equal("Ines Corra", found[1].Record.Speaker?.Display);
            Assert.True(found[1].Record.IsTurn);
        }

        [Fact]
        public void AWeInATurnIsItsSpeakersSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Witness: Major General Omar Diaz, commander of the Southern Guard.",
                "Senator HOLLOWAY. General, was the shelling an accident?",
                "General DIAZ. No, Senator. We believe the shelling was deliberate.",
                "Senator HOLLOWAY. Thank you, General.");
            var we = corpus.Claims.Single(c => c.Source == "We" && c.Content.StartsWith("the shelling was deliberate", StringComparison.Ordinal));
            var turn = corpus.Claims.Single(c => c.Rule == nameof(RecordLabel) && c.Content.StartsWith("No, Senator", StringComparison.Ordinal));
            Assert.Equal("Omar Diaz", turn.Speaker);
            Assert.Equal("General DIAZ", turn.Source);
            Assert.Equal("Southland", we.Party);
            Assert.Equal("Deliberate", we.Position);
        }

        [Fact]
        public void AGroupOwnedByItsOrTheirInATurnIsNotTheSpeakersSide()
        {
            // the witness speaks of the other side's spokesmen: "its"/"their" own a body the speaker talks about; "our" is the
            // speaker's own
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Witness: Major General Omar Diaz, commander of the Southern Guard.",
                "Senator HOLLOWAY. And the other army disputes that?",
                "General DIAZ. It does, Senator. Its spokesmen have said the shelling was deliberate. Our officers said the shelling was an accident.");
            var turn = corpus.Claims.Single(c => c.Rule == nameof(RecordLabel) && c.Content.StartsWith("It does", StringComparison.Ordinal));
            Assert.Equal("Southland", turn.Party);
            var theirs = corpus.Claims.Single(c => c.Source == "Its spokesmen");
            Assert.Null(theirs.Party);
            Assert.Null(theirs.Position);
            var ours = corpus.Claims.Single(c => c.Source == "Our officers");
            Assert.Equal("Southland", ours.Party);
        }

        [Theory]
        [InlineData("Witness: Major General Ines Corra, Southern Guard, commander of the border posts.", "Southland")]
        // the near miss: a role set off by commas that names no organisation in capitals gives no side
        [InlineData("Witness: Major General Ines Corra, commander of the border posts.", null)]
        public void TheEmployerSetOffByCommasAfterTheWitnesssNameGivesTheSide(string witness, string? party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                witness,
                "Senator HOLLOWAY. General, was the shelling an accident?",
                "General CORRA. No, Senator. We believe the shelling was deliberate.",
                "Senator HOLLOWAY. Thank you, General.");
            var turn = corpus.Claims.Single(c => c.Rule == nameof(RecordLabel) && c.Content.StartsWith("No, Senator", StringComparison.Ordinal));
            Assert.Equal("Ines Corra", turn.Speaker);
            Assert.Equal(party, turn.Party);
            var we = corpus.Claims.Single(c => c.Source == "We" && c.Content.StartsWith("the shelling was deliberate", StringComparison.Ordinal));
            Assert.Equal(party, we.Party);
        }

        [Theory]
        [InlineData("NATO. The alliance said on Monday that its patrol was fired on first.\n\nNATO. Its envoy said the same a day later.")]   // an acronym, no title
        [InlineData("U.S. officials said the patrol was fired on first.\n\nU.S. envoys said the same on Tuesday.")]
        [InlineData("Gen. Corra said the patrol was fired on first.\n\nGen. Corra said it again on Tuesday.")]   // a title before a name in ordinary case
        [InlineData("SENATOR HOLLOWAY. GENERAL CORRA. THE HEARING IN FULL.\n\nSENATOR HOLLOWAY. WHO FIRED FIRST.")]   // headings in capitals
        [InlineData("Senator HOLLOWAY. General, who fired first at the pass?\n\nThe garrison said its patrol was fired on first.")]   // one label alone is no record
        public void ANearMissIsNoRecordTurn(string body) =>
            Assert.Empty(Run(body, new RecordLabel()));
    }
}
