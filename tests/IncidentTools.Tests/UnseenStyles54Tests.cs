using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Patterns of unseen styles (accounts55, on the own Salala set 54): a negator before a that-clause longer than the
    /// negation window still denies the cue at its end ("found it impossible to believe that [a long clause] was an
    /// accident"); a sentence whose indefinite subject is the cue and whose verb is negated denies it ("An accident does not
    /// last all night"); a transcript's full-name label ("LENA VOSS:") is the person its list of guests wrote with a role of
    /// a body ("Lena Voss, spokeswoman of the Southern Guard"), and takes that body's side; the shipped manifest's "coordination between [the sides] failed", "reservations about the
    /// report" and "nobody informed us". Sentences of the tests' own.
    /// </summary>
    public class UnseenStyles54Tests
    {
        [Fact]
        public void ANegatorBeforeALongThatClauseDeniesTheCueAtItsEnd()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Omar Diaz said the Foreign Office found it impossible to believe that a shelling which went on for most of the night against clearly marked posts was an accident.");
            var claim = corpus.Claims.Single(c => c.Speaker == "Omar Diaz");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("deliberate", claim.Question);
            Assert.Equal("Deliberate", claim.Position);
            Assert.Equal(claim.Text.IndexOf("the Foreign Office found", System.StringComparison.Ordinal), claim.ContentStart - claim.Start);
        }

        [Fact]
        public void ANegatorJustPastTheWindowBeforeItsThatDeniesTheCue()
        {
            // "that" is the window's last word, the negator of its verb three words before it
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the ministry could not believe that an assault of such length on well known posts was an accident.");
            var claim = corpus.Claims.Single(c => c.Speaker == "Anna Berg");
            Assert.Equal("CueThenContent", claim.Rule);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
        }

        [Fact]
        public void ANegatorOfAnotherClauseBeforeTheThatDeniesNothing()
        {
            // the near miss: the negator is in the subject's own phrase, four words before "that"
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Foreign Office statement issued without any names said that a shelling which went on for most of the night against the posts was an accident.");
            var claim = corpus.Claims.Single(c => c.Question == "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void AnIndefiniteCueSubjectOfANegatedVerbDeniesIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "\"An accident does not go on for three hours,\" Omar Diaz said.");
            var claim = corpus.Claims.Single(c => c.Speaker == "Omar Diaz");
            Assert.Equal("QuoteThenCue", claim.Rule);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
            Assert.StartsWith("An accident", claim.Content);
        }

        [Fact]
        public void ADefiniteOrMidSentenceCueSubjectStaysAsItIs()
        {
            // the near misses: "The accident did not end there" still says there was one; a mid-sentence "an accident" is not generic
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "\"The accident did not end there,\" Omar Diaz said.",
                "Anna Berg said that in her view an accident does not excuse the silence that followed.");
            Assert.Equal("Not deliberate", corpus.Claims.Single(c => c.Speaker == "Omar Diaz").Position);
            Assert.Equal("Not deliberate", corpus.Claims.Single(c => c.Speaker == "Anna Berg" && c.Question == "deliberate").Position);
        }

        private static IncidentClaim ShippedClaim(IncidentCorpus corpus, string content) => ShippedManifestUnseenStyleCueTests.Claim(corpus, content);

        [Fact]
        public void CoordinationBetweenTheSidesFailedOrInadequateIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Pentagon officials conceded that coordination between the two armies failed on the night of the strike.",
                "A Pakistani general told the committee that coordination between its officers and ISAF had been inadequate for months.");
            var us = ShippedClaim(corpus, "coordination between the two armies failed");
            Assert.Equal("United States", us.Party);
            Assert.Equal("CueThenContent", us.Rule);
            Assert.Equal("Coordination failed", us.Position);
            Assert.Equal("coordination between the two armies failed", us.PositionCue);
            var pk = ShippedClaim(corpus, "coordination between its officers");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("Coordination failed", pk.Position);
        }

        [Fact]
        public void CoordinationBetweenTheSidesThatHadNotFailedIsCoordinationWorked()
        {
            // the near miss: denied, the cue says the other position
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Pentagon officials insisted that coordination between the two armies had not failed at any point.");
            Assert.Equal("Coordination worked", ShippedClaim(corpus, "coordination between the two armies").Position);
        }

        [Fact]
        public void ReservationsAboutTheReportAreFindingsWrong()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pakistani army spokesman said the military had strong reservations about the findings of the U.S. inquiry.",
                "A Pentagon official said the department had no reservations about the report.");
            var pk = ShippedClaim(corpus, "the military had strong reservations");
            Assert.Equal("Pakistan", pk.Party);
            Assert.Equal("Findings are wrong", pk.Position);
            Assert.Equal("reservations about the findings", pk.PositionCue);
            // denied, the reservations are the other position
            Assert.Equal("Findings are accurate", ShippedClaim(corpus, "the department had no reservations").Position);
        }

        private const string PanelIntroduction =
            "Tonight's guests: Lena Voss, spokeswoman of the Southern Guard; Piet Maron, spokesman for the Interior Ministry; Dr Ida Rask, a historian. Host: Tomas Hale.";

        [Fact]
        public void ATranscriptLabelOfAGuestListedWithARoleOfABodyTakesThatBodysSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                PanelIntroduction,
                "TOMAS HALE: Ms Voss, what happened at the pass?",
                "LENA VOSS: Our patrol came under fire from the ridge.",
                "MARON: That is not so. The shelling was deliberate.");
            var voss = corpus.Claims.Single(c => c.Speaker == "Lena Voss");
            Assert.Equal("SpeakerLabel", voss.Rule);
            Assert.Equal("Southland", voss.Party);
            Assert.Equal("Northland fired first", voss.Position);
            Assert.Equal("Our patrol came under fire from the ridge", voss.Content);
            var maron = corpus.Claims.Single(c => c.Speaker == "Piet Maron" && c.Question == "deliberate");
            Assert.Equal("Northland", maron.Party);
            Assert.Equal("Deliberate", maron.Position);
        }

        [Fact]
        public void ATranscriptLabelOfAHostOrAGuestOfNoBodyTakesNoSide()
        {
            // the near misses: the host has no role; the historian's role names no body; neither takes the side of the turn before
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                PanelIntroduction,
                "LENA VOSS: Our patrol came under fire from the ridge.",
                "IDA RASK: I think the shelling was an accident.",
                "TOMAS HALE: So the shelling was deliberate?");
            Assert.All(corpus.Claims.Where(c => c.Speaker == "Ida Rask" || c.Speaker == "Tomas Hale"), c => Assert.Null(c.Party));
            Assert.Contains(corpus.Claims, c => c.Speaker == "Ida Rask" && c.Rule == "SpeakerLabel");
            Assert.Contains(corpus.Claims, c => c.Speaker == "Tomas Hale" && c.Rule == "SpeakerLabel");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "deliberate");
        }

        [Fact]
        public void NobodyToldOneSideIsCoordinationFailed()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "\"Nobody informed us that a raid was planned,\" a Pakistani general said.",
                "Pakistani officials complained that no one had told Pakistan about the raid.");
            var quoted = ShippedClaim(corpus, "Nobody informed us");
            Assert.Equal("Pakistan", quoted.Party);
            Assert.Equal("QuoteThenCue", quoted.Rule);
            Assert.Equal("Coordination failed", quoted.Position);
            Assert.Equal("Nobody informed us", quoted.PositionCue);
            var reported = ShippedClaim(corpus, "no one had told Pakistan");
            Assert.Equal("Pakistan", reported.Party);
            Assert.Equal("Coordination failed", reported.Position);
        }

        [Fact]
        public void NobodyToldSomeoneElseIsNoCoordination()
        {
            // the near miss: those not told are not a side
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pakistani official said no one told the families of the dead soldiers for a day.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }
    }
}
