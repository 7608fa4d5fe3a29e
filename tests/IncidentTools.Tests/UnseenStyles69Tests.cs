using System;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Whole-document forms and statement speakers that the own Salala set 69 (salala69) showed missing, each on text of the
    /// tests' own: a Q&amp;A whose standfirst says the one interviewed spoke "to the magazine"; a release whose name stands
    /// under a letterhead of several lines (the issuer's name, its office, its address), the issuer read from the letterhead's
    /// first line and that line no headline; "a statement issued by X (ACR) said", the issuer after "issued by" the speaker as
    /// after "by" alone; and a bare "the statement" after "X said in a brief statement", X's.
    /// </summary>
    public class UnseenStyles69Tests
    {
        // ---- 1. a Q&A whose standfirst says the one interviewed spoke to "the magazine" ----

        [Theory]
        [InlineData("Anna Berg has chaired the Northern foreign affairs committee since spring. She spoke to the magazine in her office last week.")]
        [InlineData("Anna Berg has chaired the Northern foreign affairs committee since spring. She talked with the newspaper before the vote.")]
        // the words of a body's name before the pronoun are no other person ("Committee on Border Security")
        [InlineData("Senator Anna Berg chairs the Northern Committee on Border Security. She spoke to the magazine in her office last week.")]
        public void AnIntervieweeWhoSpokeToTheMagazineAnswers(string intro)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                intro,
                "Q: Why did the talks fail?",
                "A: Because Southland fired first, and nobody on the other side has said sorry.",
                "Q: Will you try again?",
                "A: We will, when they are ready.");
            var answers = corpus.Claims.Where(c => c.Rule == "InterviewAnswer").ToArray();
            Assert.Equal(2, answers.Length);
            Assert.All(answers, c => Assert.Equal("Anna Berg", c.Speaker));
            var first = Assert.Single(answers, c => c.Question == "first-shot");
            Assert.Equal("Northland", first.Party);
            Assert.Equal("Southland fired first", first.Position);
            // the questions stay the interviewer's, with no side
            Assert.All(corpus.Claims.Where(c => c.Source == "Q"), c => Assert.Null(c.Party));
        }

        [Fact]
        public void SpeakingToThePeopleOfAnotherKindNamesNoInterviewee()
        {
            // the near miss: "spoke to the council" is no outlet, so the answers stay the labels'
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg has chaired the Northern foreign affairs committee since spring. She spoke to the council in her office last week.",
                "Q: Why did the talks fail?",
                "A: Because Southland fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "InterviewAnswer");
        }

        // ---- 2. a release under a letterhead of several lines ----

        private static string Release(string letterhead) =>
            letterhead + "\n\nNEWS RELEASE\n\nRelease No. 04-17\n\nInquiry into the pass shelling opens\n\n" +
            "KESTREL -- The guard has opened an inquiry into the shelling of the pass on May 3.\n\n" +
            "The shelling was an accident, and any suggestion that it was planned is without foundation.\n\n" +
            "Media contact: Press Office, (01) 555-0100.\n\n-- END --\n";

        private static IncidentCorpus LoadRelease(TempFolder folder, string letterhead) =>
            AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, ("release.txt", Release(letterhead)));

        [Theory]
        [InlineData("SOUTHERN GUARD\nPublic Affairs\n12 Quay Road, Port Kestrel", "Southern Guard")]
        [InlineData("SOUTHERN GUARD\nOffice of the Press Secretary", "Southern Guard")]
        [InlineData("Southern Guard\nPublic Affairs\n12 Quay Road, Port Kestrel", "Southern Guard")]
        [InlineData("EMBASSY OF SOUTHLAND\nPublic Affairs\n12 Quay Road, Port Kestrel", "Embassy of Southland")]
        public void AReleaseUnderALetterheadIsItsFirstLinesIssuers(string letterhead, string issuer)
        {
            using var folder = new TempFolder();
            var corpus = LoadRelease(folder, letterhead);
            var own = corpus.Claims.Where(c => c.Rule == "PressRelease").ToList();
            Assert.NotEmpty(own);
            Assert.All(own, c => Assert.Equal(issuer, c.Speaker));
            Assert.All(own, c => Assert.Equal("Southland", c.Party));
            var accident = Assert.Single(own, c => c.Question == "deliberate");
            Assert.Equal("Not deliberate", accident.Position);
            // its number and its subtitle are no statements, and its first line is no headline ("GUARD" no verb)
            Assert.DoesNotContain(own, c => c.Content.StartsWith("Release No", StringComparison.Ordinal) || c.Content.StartsWith("Inquiry into", StringComparison.Ordinal));
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "HeadlineCue" || c.Rule == "HeadlineColon");
        }

        [Fact]
        public void ALetterheadInCapitalsIsNoHeadlineThatReports()
        {
            // "SOUTH STATES BORDER COMMAND": "STATES" read as the verb of a title-case headline gave a claim of "SOUTH"
            using var folder = new TempFolder();
            var corpus = LoadRelease(folder, "SOUTH STATES BORDER COMMAND\nPublic Affairs\nKestrel Air Base");
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "HeadlineCue" || c.Speaker == "SOUTH");
        }

        [Fact]
        public void ALetterheadWhoseFirstLineIsNoBodyGivesNoIssuer()
        {
            // the near miss: a first line that names no organisation ("Thursday, May 4") is no issuer
            using var folder = new TempFolder();
            var corpus = LoadRelease(folder, "Thursday, May 4\nPublic Affairs");
            Assert.DoesNotContain(corpus.Claims, c => c.Rule == "PressRelease");
        }

        [Fact]
        public void AHeadlineOverAStoryStillReports()
        {
            // the near miss: a headline over a story, no release's name under it, keeps its report
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                ("story.txt", "Southern Guard Says Pier Will Reopen\n\nPublic Affairs\n\nThe guard met on Monday and agreed to reopen the pier.\n"));
            Assert.Contains(corpus.Claims, c => c.Rule == "HeadlineCue");
        }

        // ---- 3. a statement issued by a body, with its acronym in brackets ----

        [Theory]
        [InlineData("\"The pier is shut,\" a short statement issued by the Harbour Safety Office (HSO) said in Port Kestrel.")]
        [InlineData("\"The pier is shut,\" a statement issued by the Harbour Safety Office said.")]
        [InlineData("\"The pier is shut,\" a statement released by the Harbour Safety Office (HSO) said.")]
        public void AStatementIssuedByABodyIsTheBodys(string body)
        {
            Assert.Equal("Harbour Safety Office", Q(Quotes(body), "The pier is shut").Speaker);
        }

        [Fact]
        public void AStatementIssuedByABodyReportsForItsSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "\"The shelling was an accident,\" a short statement issued by the Southern Guard (SG) said in the capital.");
            var claim = Assert.Single(corpus.Claims, c => c.Question == "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void ADocumentActedOnByABodyIsNotTheBodys()
        {
            // the near miss: "criticised by" names no maker of the document
            var said = Attributions("A statement criticised by the harbour board said the pier was unsafe.");
            Assert.DoesNotContain(said, a => a.Speaker == "harbour board");
        }

        // ---- 4. "the statement" after "X said in a brief statement" ----

        [Theory]
        [InlineData("The harbour board said in a brief statement that the pier had closed. \"The pier is shut,\" the statement said.")]
        [InlineData("The pier closed on Sunday, the harbour board said in a statement. \"The pier is shut,\" the statement said, adding that the ferries would run.")]
        public void TheStatementIsTheOneWhoSaidItInAStatement(string body)
        {
            Assert.Equal("harbour board", Q(Quotes(body), "The pier is shut").Speaker);
        }

        [Fact]
        public void TheStatementIsTheSideThatSaidItNotTheSideNamedLast()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Southern Guard said in a brief statement that two Northern aircraft had left the pass. \"The shelling was an accident,\" the statement said.");
            var claim = Assert.Single(corpus.Claims, c => c.Question == "deliberate");
            Assert.Equal("Southern Guard", claim.Speaker);
            Assert.Equal("Southland", claim.Party);
        }

        [Fact]
        public void ASpeakerWhoSaidItInAnInterviewIsNotTheStatements()
        {
            // the near miss: the missive the bare "the statement" goes back to is not the occasion of another's words
            var q = Q(Quotes("The harbour board said in an interview that the pier had closed. \"The pier is shut,\" the statement said."), "The pier is shut");
            Assert.NotEqual("harbour board", q.Speaker);
        }
    }
}
