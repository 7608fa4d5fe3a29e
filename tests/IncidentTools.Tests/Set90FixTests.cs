using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The patterns behind set 90's wrong position, wrong speaker and missed findings (fix90a), each on sentences of the tests'
    /// own with the near miss it must refuse: a target preposition left with no object ("U.S. troops fired on first", a passive
    /// whose "be" a headline leaves out); the inquiry itself, not only its findings, accepted or endorsed ("had not been
    /// accepted", "has not endorsed the investigation"); and a name inside what another said, which a later "he" does not take.
    /// </summary>
    public class Set90FixTests
    {
        private const string Us = "United States";
        private const string Pk = "Pakistan";

        private static IncidentClaim Claim(IncidentCorpus corpus, string content, string question) =>
            corpus.Claims.Single(c => c.Content.Contains(content, StringComparison.Ordinal) && c.Question == question);

        [Theory]
        [InlineData("Pentagon: U.S. troops fired on first at Pakistan border, inquiry finds", Us, "Pakistani side fired first")]
        [InlineData("Pentagon: Pakistani troops fired on first at Pakistan border, inquiry finds", Us, "U.S. side fired first")]
        public void AHeadlinesParticipleWithNoObjectIsAPassive(string headline, string party, string position)
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShippedUnder(folder, headline,
                "WASHINGTON -- The Pentagon on Friday released the report of its inquiry into the NATO air strike on the Salala border posts.");
            var claim = Claim(corpus, "fired on first", "first-fire");
            Assert.Equal(party, claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Fact]
        public void ParticiplesWithAnObjectStayActive()
        {
            // the near miss: "fired on" with its target after it is the subject's own act, as before; "fired on from the ridge" has
            // none, a passive (the troops who were fired on called in the helicopters)
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Pentagon spokesman said American troops fired on the posts first.",
                "A Pentagon spokesman said U.S. troops fired on from the ridge had called in helicopters.");
            Assert.Equal("U.S. side fired first", Claim(corpus, "American troops fired on the posts", "first-fire").Position);
            Assert.Equal("Pakistani side fired first", Claim(corpus, "U.S. troops fired on from the ridge", "first-fire").Position);
        }

        [Fact]
        public void TheInquiryNotAcceptedOrNotEndorsedIsFindingsAreWrong()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Foreign Office spokesman said the American inquiry had \"not been accepted by anyone in this country.\"",
                "A senior Pakistani diplomat said Islamabad has not endorsed the U.S. investigation and never will.",
                "A Pentagon spokesman said the investigation had been accepted by the families of the dead.");
            Assert.Equal("Findings are wrong", Claim(corpus, "not been accepted by anyone", "findings").Position);
            Assert.Equal(Pk, Claim(corpus, "not been accepted by anyone", "findings").Party);
            Assert.Equal("Findings are wrong", Claim(corpus, "has not endorsed the U.S. investigation", "findings").Position);
            Assert.Equal("Findings are accurate", Claim(corpus, "the investigation had been accepted", "findings").Position);
        }

        [Fact]
        public void AParliamentEndorsingAReportIsNoViewOfTheFindings()
        {
            // the near miss: "endorse" is read of the inquiry, not of any report (a side's parliament endorses its own committee's)
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "A Foreign Office spokesman said the National Assembly had endorsed the report of its own security committee.");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "findings");
        }

        [Fact]
        public void ANameInsideWhatAnotherSaidIsNoNewcomerForHe()
        {
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "The main speaker, Mir Jalal Hussain Dahri, a member of the provincial assembly, said the strike had shamed the nation. \"Our soldiers died at their posts,\" he said.",
                "The army said on Monday that the American report was wrong.",
                "The lawmaker said the province would not accept the inquiry led by Air Force Brigadier General Simon Pell. \"Who made them judges of themselves?\" he asked the crowd.");
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Who made them judges", StringComparison.Ordinal));
            Assert.NotEqual("Simon Pell", quote.Speaker);
        }

        [Fact]
        public void ANewcomerTheParagraphBringsInStillTakesHe()
        {
            // the near miss: a name the paragraph brings in outside anyone's words keeps the pronoun
            using var folder = new TempFolder();
            var corpus = TestManifest.LoadShipped(folder,
                "Rehan Qazi, a trader, said the border had been closed for weeks. \"We are losing money,\" he said.",
                "The seminar also heard from a retired brigadier, Tariq Mehmood Lodhi. \"The posts were well known to them,\" he told the students.");
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("The posts were well known", StringComparison.Ordinal));
            Assert.Equal("Tariq Mehmood Lodhi", quote.Speaker);
        }
    }
}
