using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Everyday wire grammar that lost an attribution (texts of the tests' own): a subject picked out by a "who" clause with
    /// a verb in -s or a phrase of time, an addressee with its occasion and place before "that", "In X's reading/version",
    /// and a name with a particle joined by a hyphen ("al-Mansouri").
    /// </summary>
    public class WireGrammar69Tests
    {
        [Theory]
        [InlineData("A harbour official who follows the talks said the ferry deal was close.", "official", "the ferry deal was close")]
        [InlineData("A fisherman who lives near the quay said the storm wall had cracked.", "fisherman", "the storm wall had cracked")]
        // a "that" before a word of time is its demonstrative, and the "who" clause still picks out the subject
        [InlineData("An officer who was at headquarters that night said the crew had been warned.", "officer", "the crew had been warned")]
        // a rank written as a noun is a speaker noun, as "general" and "officer" are
        [InlineData("A brigadier who was at the depot that night, and who asked not to be named, told me the convoy had left early.", "brigadier", "the convoy had left early")]
        public void ASubjectPickedOutByAWhoClauseReports(string text, string head, string content)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Content == content && f.Source != null && f.Source.Contains(head) && f.Cue != null && (f.Cue == "said" || f.Cue == "told"));
        }

        [Theory]
        [InlineData("Harbour Master Ada Lund, head of operations of the Kestrel Port Authority, told a briefing for reporters at the authority's offices in Dover that the pier would reopen.", "Ada Lund", "the pier would reopen")]
        [InlineData("The mayor told a news conference for local papers at the town hall in Ashford on Monday that the budget was balanced.", "The mayor", "the budget was balanced")]
        public void AnAddresseeWithItsOccasionAndPlaceBeforeThatKeepsTheReport(string text, string source, string content)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Content == content && f.Source != null && f.Source.EndsWith(source, StringComparison.Ordinal) && f.Cue == "told");
        }

        [Fact]
        public void AClauseOpenedByAWordOfAskingIsNoAddressee()
        {
            // near miss: "asked if …" opens the question asked; a "that" further on is inside it, not the content's start
            var found = Run("The mayor was asked at a meeting if recent repairs in the harbour and on the pier meant that the port would reopen.");
            Assert.DoesNotContain(found, f => f.Content == "the port would reopen");
        }

        [Fact]
        public void AnInfinitiveAfterTheAddresseeIsNoOccasion()
        {
            // near miss: "to pick a day in …" is what the addressee is asked to do; the "that" after it opens a relative clause
            var found = Run("The mayor asked his deputy to pick a day in the spring that the council had kept free.");
            Assert.DoesNotContain(found, f => f.Content == "the council had kept free");
        }

        [Theory]
        [InlineData("In the port authority's reading, the storm wall was never at risk.", "the storm wall was never at risk", "reading")]
        [InlineData("In Lund's version the crew had been warned twice.", "the crew had been warned twice", "version")]
        [InlineData("In her account, the ferry left on time.", "the ferry left on time", "account")]
        public void InAnOwnersReadingReportsTheRestOfTheSentence(string text, string content, string cue)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Rule == "InOwnView" && f.Content == content && f.Cue == cue);
        }

        [Theory]
        // no owner, or no clause right after the noun
        [InlineData("In one version, the crew had been warned twice.")]
        [InlineData("In her account of the meeting the crew is not named.")]
        public void AReadingWithNoOwnerOrNoClauseIsNoReport(string text)
        {
            Assert.DoesNotContain(Run(text), f => f.Rule == "InOwnView");
        }

        [Theory]
        [InlineData("Khalid al-Mansouri, a regional analyst, said the talks would fail.", "Khalid al-Mansouri")]
        [InlineData("Layla el-Amin told reporters the talks would fail.", "Layla el-Amin")]
        public void ANameWithAParticleJoinedByAHyphenIsOneName(string text, string source)
        {
            var found = Run(text);
            Assert.Contains(found, f => f.Content == "the talks would fail" && f.Source == source);
        }
    }
}
