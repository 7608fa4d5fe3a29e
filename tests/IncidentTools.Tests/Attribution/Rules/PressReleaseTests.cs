using System;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The PressRelease rule: a release's own sentences are its issuer's statements (texts of its own).</summary>
    public class PressReleaseTests
    {
        private const string Release =
            "NEWS RELEASE | Kestrel Harbour Board, Office of Public Affairs | May 3, 2024\n\n" +
            "KESTREL -- The survey of the harbour bridge has been completed. The divers found corrosion in four cables.\n\n" +
            "The Board accepts that the engineers' recommendations are sound.\n\n" +
            "“We regret the delay,” said Jo Bell, the board's spokeswoman.\n\n" +
            "The bridge will stay closed until May. Ferries will run every hour.\n\n" +
            "Media contact: Office of Public Affairs, 555-0100.";

        [Fact]
        public void TheReleasesOwnSentencesAreItsIssuers()
        {
            var found = Run("Survey of the Harbour Bridge Completed", Release, out _, new PressRelease());
            Assert.All(found, f => Assert.Equal("PressRelease", f.Rule));
            Assert.All(found, f => Assert.Equal(AttributionKind.Indirect, f.Kind));
            Assert.All(found, f => Assert.Equal("Kestrel Harbour Board", f.Source ?? f.Record.Root.Source?.Text));
            Assert.Equal("NEWS RELEASE", found[0].Cue);
            // the dateline is no statement; the contact line neither
            Assert.Equal("The survey of the harbour bridge has been completed. The divers found corrosion in four cables.", found[0].Content);
            Assert.DoesNotContain(found, f => f.Content.Contains("555-0100"));
            Assert.Contains(found, f => f.Content == "The bridge will stay closed until May. Ferries will run every hour.");
            Assert.All(found, f => Assert.Equal("Kestrel Harbour Board", f.Record.Speaker?.Display));
        }

        [Fact]
        public void ASentenceOfAnotherSourceStaysItsOwn()
        {
            var found = Run("Survey of the Harbour Bridge Completed", Release, out var ctx);
            var quote = ctx.Document.Quotations.Single();
            Assert.Equal("Jo Bell", ctx.AttributionOf(quote)!.Speaker?.Display);
            Assert.DoesNotContain(found, f => f.Rule == "PressRelease" && f.Content.Contains("regret"));
            // "The Board accepts …" is read by the reported-speech rules, and "the Board" is the issuer
            var accepts = Assert.Single(found, f => f.Cue == "accepts");
            Assert.Equal("Kestrel Harbour Board", accepts.Record.Speaker?.Display);
            Assert.DoesNotContain(found, f => f.Rule == "PressRelease" && f.Content.Contains("accepts"));
        }

        [Theory]
        [InlineData("Statement by the Kestrel Harbour Board", "The bridge will stay closed until May.")]
        [InlineData("A headline for the test", "KHB Press Release\n\nThe bridge will stay closed until May.")]
        [InlineData("A headline for the test", "Press statement from the Kestrel Harbour Board\n\nThe bridge will stay closed until May.")]
        public void TheIssuerIsNamedInTheHeading(string headline, string body)
        {
            var found = Run(headline, body, out _, new PressRelease());
            var f = Assert.Single(found);
            Assert.Equal("The bridge will stay closed until May.", f.Content);
            Assert.NotNull(f.Source);
            Assert.Contains(f.Source!.Split(' ').Last(), new[] { "Board", "KHB" });
        }

        [Theory]
        [InlineData("Bridge to Stay Shut", "The Kestrel Harbour Board said in a press release on Monday that the bridge will stay closed until May.\n\nFerries will run every hour.")]
        [InlineData("Bridge to Stay Shut", "Press release\n\nThe bridge will stay closed until May.")]                         // whose?
        [InlineData("Bridge to Stay Shut", "The bridge will stay closed.\n\nThe board issued a statement by fax.\n\nFerries will run every hour.")]
        [InlineData("Bridge to Stay Shut", "A\n\nB\n\nC\n\nNEWS RELEASE | Kestrel Harbour Board\n\nThe bridge will stay closed until May.")] // too far down to be the heading
        public void AnArticleThatIsNoReleaseGivesNothing(string headline, string body) =>
            Assert.Empty(Run(headline, body, out _, new PressRelease()));

        [Fact]
        public void TheReleaseGivesItsIssuersSideAndPositions()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "NEWS RELEASE | Interior Ministry | 4 June",
                "The investigation found that the patrol came under fire before it answered.",
                "The shelling of the border village was an accident, and the Ministry regrets the loss of life.");
            var claims = corpus.Claims.Where(c => c.Rule == "PressRelease").ToArray();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.Equal("Northland", c.Party));
            Assert.Contains(corpus.Claims, c => c.Party == "Northland" && c.Question == "deliberate" && c.Position == "Not deliberate");
        }

        [Fact]
        public void HeOpeningASentenceOfTheReleaseContinuesTheIssuersOwnOfficer()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "NEWS RELEASE | Interior Ministry | 4 June",
                "The investigating officer, Anna Berg, concluded that the patrol had kept to its orders.",
                "He found no deliberate act in the shelling of the border village.");
            var he = corpus.Claims.Single(c => c.Text.StartsWith("He found", StringComparison.Ordinal) && c.Question == "deliberate");
            Assert.Equal("Northland", he.Party);
            Assert.Equal("Not deliberate", he.Position);
            // after a person of the other side, what "he" found is that side's report, not the issuer's position
            using var other = new TempFolder();
            var corpus2 = AccountTestCorpus.Load(other, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "NEWS RELEASE | Interior Ministry | 4 June",
                "Omar Diaz, a Southern Guard commander, told reporters that the patrol had crossed the line.",
                "He found no deliberate act in the shelling of the border village.");
            Assert.DoesNotContain(corpus2.Claims, c => c.Text.StartsWith("He found", StringComparison.Ordinal) && c.Party == "Northland" && c.Question == "deliberate");
        }

        private const string SignedRelease =
            "No PR 12/2024\n\nPORT ELLIS, May 3, 2024\n\nThe board's reply to the survey of the harbour bridge\n\n" +
            "The survey of the harbour bridge has been completed. The divers found corrosion in four cables.\n\n" +
            "We reject the claim that the engineers ignored the warnings.\n\n" +
            "Kestrel Harbour Board";

        [Fact]
        public void AReleaseNamedAloneIsSignedByTheBodyOnItsClosingLine()
        {
            var found = Run("PRESS RELEASE", SignedRelease, out _);
            var own = found.Where(f => f.Rule == "PressRelease").ToArray();
            // its number, its dateline line and its subtitle are no statements; the closing line is the issuer
            Assert.Equal(new[] { "The survey of the harbour bridge has been completed. The divers found corrosion in four cables." }, own.Select(f => f.Content));
            Assert.Equal("Kestrel Harbour Board", own[0].Source);
            Assert.Equal("PRESS RELEASE", own[0].Cue);
            Assert.Equal("Kestrel Harbour Board", own[0].Record.Speaker?.Display);
            // the release's "we" is its issuer
            var reject = Assert.Single(found, f => f.Cue == "reject");
            Assert.Equal("We", reject.Source);
            Assert.Equal("the claim that the engineers ignored the warnings", reject.Content);
            Assert.Equal("Kestrel Harbour Board", reject.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("PRESS RELEASE", "The survey of the harbour bridge has been completed.\n\nWe reject the claim that the engineers ignored the warnings.")]   // signed by no one
        [InlineData("PRESS RELEASE", "The survey of the harbour bridge has been completed.\n\nWe reject the claim that the engineers ignored the warnings.\n\nJo Bell")] // a person's byline
        [InlineData("PRESS RELEASE", "The survey of the harbour bridge has been completed.\n\nWe reject the claim that the engineers ignored the warnings.\n\nThe board met on Monday.")] // no closing line
        [InlineData("The Bridge Survey", "The survey of the harbour bridge has been completed.\n\nWe reject the claim that the engineers ignored the warnings.\n\nKestrel Harbour Board")] // an op-ed with a body's name last
        public void AnUnsignedReleaseOrAnOpEdKeepsTheWritersWe(string headline, string body)
        {
            var found = Run(headline, body, out _);
            Assert.DoesNotContain(found, f => f.Rule == "PressRelease");
            var reject = Assert.Single(found, f => f.Cue == "reject");
            Assert.Equal("we", reject.Record.Speaker?.Display);
            Assert.True(reject.Record.Speaker?.IsWriter);
        }

        [Fact]
        public void ASignedReleaseGivesItsWeTheIssuersSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "PRESS RELEASE",
                "We reject the claim that the shelling of the border village was deliberate. The patrol came under fire before it answered.",
                "Interior Ministry");
            var we = corpus.Claims.Where(c => c.Rule == "CueThenContent").ToArray();
            Assert.NotEmpty(we);
            Assert.All(we, c => Assert.Equal("Interior Ministry", c.Speaker));
            Assert.All(we, c => Assert.Equal("Northland", c.Party));
            var own = corpus.Claims.Single(c => c.Rule == "PressRelease");
            Assert.Equal("Northland", own.Party);
            Assert.Contains(corpus.Claims, c => c.Party == "Northland" && c.Question == "first-shot" && c.Position == "Southland fired first");
        }
    

        private const string Letter =
            "Office of Representative Ann Cole\n\nMay 3, 2024\n\nDear Minister Ortega:\n\n" +
            "The survey of the harbour bridge has been completed. The divers found corrosion in four cables.\n\n" +
            "We urge the ministry to keep the bridge closed until the cables are replaced.\n\n" +
            "Sincerely,\n\nRep. Ann Cole, Member of the Harbour Committee\nBen Ortiz, Member of the Harbour Committee";

        [Fact]
        public void ASignedLettersOwnSentencesAndItsWeAreItsSigners()
        {
            var found = Run("Lawmakers write to the minister", Letter, out _);
            var own = Assert.Single(found, f => f.Rule == "PressRelease");
            // its letterhead, date and salutation are no statements; the close is the cue, the line after it the signer
            Assert.Equal("The survey of the harbour bridge has been completed. The divers found corrosion in four cables.", own.Content);
            Assert.Equal("Sincerely", own.Cue);
            Assert.StartsWith("Rep. Ann Cole", own.Source);
            Assert.Equal("Ann Cole", own.Record.Speaker?.Display);
            // the letter's "we" is its signers, not the writer
            var urge = Assert.Single(found, f => f.Cue == "urge");
            Assert.Equal("We", urge.Source);
            Assert.Equal("Ann Cole", urge.Record.Speaker?.Display);
            Assert.False(urge.Record.Speaker?.IsWriter);
        }

        [Theory]
        [InlineData("Office of Representative Ann Cole\n\nWe urge the ministry to keep the bridge closed until the cables are replaced.\n\nSincerely,\n\nRep. Ann Cole")] // no salutation: no letter
        [InlineData("Dear readers,\n\nWe urge the ministry to keep the bridge closed until the cables are replaced.\n\nSincerely, we hope, the bridge will reopen.")]          // no close alone on its line
        [InlineData("Dear Minister Ortega:\n\nWe urge the ministry to keep the bridge closed until the cables are replaced.\n\nSincerely,\n\nthe bridge will reopen in May.")] // no signer after the close
        [InlineData("Dear Minister Ortega:\n\nWe urge the ministry to keep the bridge closed until the cables are replaced.\n\nAnn Cole is a member of the Harbour Committee.")] // an op-ed's note on its writer
        public void ATextThatIsNoSignedLetterKeepsTheWritersWe(string body)
        {
            var found = Run("The Bridge Survey", body, out _);
            Assert.DoesNotContain(found, f => f.Rule == "PressRelease");
            var urge = Assert.Single(found, f => f.Cue == "urge");
            Assert.True(urge.Record.Speaker?.IsWriter);
        }

        [Fact]
        public void ASignedLetterGivesItsSignersSideAndAReadersLetterNone()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Letter to the commission",
                "Dear Commissioner:",
                "We have read the inquiry's findings. The patrol came under fire before it answered.",
                "Yours faithfully,",
                "Anna Berg");
            var own = corpus.Claims.Single(c => c.Rule == "PressRelease" && c.Question == "first-shot");
            Assert.Equal("Anna Berg", own.Speaker);
            Assert.Equal("Northland", own.Party);
            Assert.Equal("Southland fired first", own.Position);
            // a private reader's letter to the editor is the reader's, of no side
            using var other = new TempFolder();
            var corpus2 = AccountTestCorpus.Load(other, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Letters",
                "To the Editor:",
                "We have read the inquiry's findings. The patrol came under fire before it answered.",
                "Sincerely,",
                "Carla Moss");
            var reader = corpus2.Claims.Single(c => c.Rule == "PressRelease");
            Assert.Equal("Carla Moss", reader.Speaker);
            Assert.Null(reader.Party);
        }
    }
}
