using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// fix91d: a legislator's office by its initials written bare after the name ("Karim Khan Tanoli, MNA, said", "Ali Raza,
    /// MPA,") is the role a later definite "the MNA" / "the MPA" points back to, as the same office with an article ("Karim
    /// Khan, a ruling party MNA,") and a lower-case role ("Ali Raza, senator,") are: the initials (speaker-nouns.txt, tagged
    /// capitalised) head a description after "the", no body named "MNA". Invented texts of the tests' own.
    /// </summary>
    public class BareAssemblyRoleAfterNameTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.PakistanAndUnitedStates, paragraphs);

        [Theory]
        [InlineData("Sardar Karim Khan Tanoli, MNA, said the college would reopen after the holidays.", "The MNA said", "Sardar Karim Khan Tanoli")]
        [InlineData("Ali Raza Bhatti, MPA, told the students the hostel would be rebuilt.", "The MPA said", "Ali Raza Bhatti")]
        [InlineData("Sardar Karim Khan Tanoli, a ruling party MNA from the district, said the college would reopen.", "The MNA said", "Sardar Karim Khan Tanoli")]
        public void TheBareOfficeLaterIsThePersonItWasSetOffAfter(string introduction, string cue, string speaker)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "ABBOTTABAD, March 4: A seminar on the flood was held at the district college on Thursday.",
                introduction,
                cue + " the money for the road had been promised twice already.");
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("the money for the road", StringComparison.Ordinal));
            Assert.Equal(speaker, claim.Speaker);
            Assert.Equal("Pakistan", claim.Party);
        }

        [Fact]
        public void TheMemberSetOffAfterAnotherRoleIsTheOneTheOfficePointsBackTo()
        {
            // "The chief guest, NAME, a ruling party MNA …": the second role set off after the name is the one "the MNA" takes
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "ABBOTTABAD, March 4: The chief guest, Karim Khan Tanoli, a ruling party MNA from the district, said the college would reopen.",
                "The MNA said the money for the road had been promised twice already. \"We will not wait,\" he told the audience.");
            Assert.Equal("Karim Khan Tanoli", corpus.Claims.Single(c => c.Content.StartsWith("the money for the road", StringComparison.Ordinal)).Speaker);
            Assert.Equal("Karim Khan Tanoli", corpus.Quotes.Single(q => q.Text.StartsWith("We will not wait", StringComparison.Ordinal)).Speaker);
        }

        [Fact]
        public void AHeadlinesBareOfficeDoesNotOutrankTheNameTheLeadSetsItOffAfter()
        {
            // "MNA tells …" in the headline, the member named in the lead: "the MNA" later is the named member, not a new one
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.LoadFiles(folder, AccountTestCorpus.PakistanAndUnitedStates, ("01_mna.txt",
                "Road will be rebuilt, MNA tells press club\n\nMULTAN, March 4: The road will be rebuilt by spring, Karim Raza Tanoli, a ruling party MNA from the division, said on Friday.\n\n" +
                "The MNA said the money for the road had been promised twice already.\n"));
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("the money for the road", StringComparison.Ordinal));
            Assert.Equal("Karim Raza Tanoli", claim.Speaker);
            Assert.Equal("Pakistan", claim.Party);
        }

        [Fact]
        public void TheInitialsDoNotPointBackToSomeoneOfAnotherRole()
        {
            // the near miss: no one was set off as an MNA; a teacher named before is not "the MNA"
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "ABBOTTABAD, March 4: A seminar on the flood was held at the district college on Thursday.",
                "Ali Raza Bhatti, a teacher, said the college would reopen after the holidays.",
                "The MNA said the money for the road had been promised twice already.");
            var claim = corpus.Claims.Single(c => c.Content.StartsWith("the money for the road", StringComparison.Ordinal));
            Assert.NotEqual("Ali Raza Bhatti", claim.Speaker);
        }
    }
}
