using System;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A timeline's dated entries, "Nov. 9, 2014 -- The Southern Guard publishes …": the date is the writer's, the entry's
    /// subject is read past it (so "It finds …" is that subject's), and each entry is an event of its own, so a bare
    /// institution ("the army") takes no side from an earlier entry. Texts written for these tests.
    /// </summary>
    public class TimelineEntryTests
    {
        [Fact]
        public void AnEntrysSubjectIsReadPastItsDateAndAnEarlierEntryGivesNoSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Nov. 3, 2014 -- The Interior Ministry says the shelling was deliberate.",
                "Nov. 9, 2014 -- The Southern Guard publishes its review of the clash. It finds that the shelling was an accident.",
                "Nov. 12, 2014 -- The army says the shelling was deliberate.");
            var review = corpus.Claims.Single(c => c.Content.StartsWith("the shelling was an accident", StringComparison.Ordinal));
            Assert.Equal("It", review.Source);
            Assert.Equal("Southland", review.Party);
            Assert.Equal("Not deliberate", review.Position);
            // the army of the third entry is no one's named before it: not the Southern Guard's of the entry before
            var army = corpus.Claims.Single(c => c.Source == "The army");
            Assert.Null(army.Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Source == "The Interior Ministry").Party);
        }

        [Fact]
        public void OutsideATimelineABareInstitutionStillSpeaksForTheSideNamedBefore()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Southern Guard published its review of the clash on Sunday.",
                "The army says the shelling was an accident.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Source == "The army").Party);
        }

        [Fact]
        public void ALiveBlogsClockStampedEntryTakesNoSideFromTheEntryBefore()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "10:40 GMT - The army says the shelling was deliberate.",
                "10:05 GMT - The Southern Guard publishes its review of the clash. It finds that the shelling was an accident.",
                "09:15 a.m. -- The Interior Ministry says the shelling was deliberate.");
            // newest entry first: the army of the 10:40 entry is no one's named in the entry below it
            var army = corpus.Claims.Single(c => c.Speaker == "army");
            Assert.Null(army.Party);
            // the stamp and its zone are the blog's: "It" is the Southern Guard of its own entry
            var review = corpus.Claims.Single(c => c.Content.StartsWith("the shelling was an accident", StringComparison.Ordinal));
            Assert.Equal("It", review.Source);
            Assert.Equal("Southland", review.Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Source == "The Interior Ministry").Party);
        }

        [Fact]
        public void AClockTimeBeforeAWordInCapitalsAndNoMarkIsAHeadingOfItsOwn()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "09:20 UN monitors say the shelling was deliberate.");
            // "UN" is no time zone here: no mark follows it, so it opens the entry's subject
            Assert.Equal("UN monitors", corpus.Claims.Single().Source);
        }

        [Theory]
        [InlineData("09:30 GMT - The army closes the road.", 5)]
        [InlineData("14:05 EST — The ministry says it.", 5)]
        [InlineData("10:05 a.m. -- The board votes.", 5)]
        [InlineData("10:05 -- The board votes.", 4)]
        [InlineData("09:30 GMT The army closes the road.", 0)]      // no mark after the zone
        [InlineData("09:30 Gmt - The army closes the road.", 0)]    // not a zone in capitals
        [InlineData("09:30 GMT - the army closes the road.", 0)]    // no capital after the mark
        public void ALiveBlogEntryOpensWithAClockTimeAZoneAndAMark(string paragraph, int expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(paragraph, Array.Empty<IncidentTools.Text.QuotationSpan>());
            Assert.Equal(expected, Clauses.AfterClockStamp(tokens, 0, tokens.Count));
        }

        [Theory]
        [InlineData("Nov. 26, 2011 -- The army closes the road.", 5)]
        [InlineData("22 December 2011 – The ministry says it.", 4)]
        [InlineData("March 3: The board votes.", 3)]
        [InlineData("Nov. 26, 2011 was a cold night.", 0)]          // no dash: the date is the subject
        [InlineData("March 3 -- the board votes.", 0)]              // no capital after the dash
        [InlineData("Monday -- The board votes.", 0)]               // a day's name and no date in digits
        [InlineData("2011 -- The board votes.", 0)]                 // a year alone, no month
        public void ATimelineEntryOpensWithADateAndADash(string paragraph, int expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(paragraph, Array.Empty<IncidentTools.Text.QuotationSpan>());
            Assert.Equal(expected, Clauses.AfterDateStamp(tokens, 0, tokens.Count));
        }
    }
}
