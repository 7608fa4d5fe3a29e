using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A cue after a claim noun owned by another side ("the Southern report's claim of …") is that side's account, not the
    /// speaker's; the speaker's denial stays read when the sentence calls that claim false. Texts of the tests' own.
    /// </summary>
    public class ClaimOthersClaimNounTests
    {
        [Fact]
        public void AnotherSidesClaimNounIsNotTheSpeakersAccount()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southern report's claim that Northland fired first was an attempt to shift the blame.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Northland fired first");
        }

        [Fact]
        public void AClaimOwnedByAnInquiryOfNoSideIsNotTheSpeakersAccount()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Halvorsen inquiry's claim that Northland fired first was an attempt to shift the blame.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Northland fired first");
        }

        [Fact]
        public void TheSpeakersOwnSidesClaimStaysItsWord()
        {
            // the near miss: the owner names the speaker's own side
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Northern report's claim that Southland fired first had been sent to the envoys.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
        }

        [Fact]
        public void AnotherSidesClaimCalledFalseStaysTheSpeakersDenial()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southern report's claim that Northland fired first was false.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
        }

        [Theory]
        // a refused verb of accepting before another side's claim rejects it, as "rejected the Southern claim that …" does
        [InlineData("Anna Berg said Northland had never accepted the Southern claim that Northern troops fired first.")]
        [InlineData("Anna Berg said Northland did not accept the Southern claim that Northern troops fired first.")]
        [InlineData("Anna Berg said Northland refused to accept the Southern claim that Northern troops fired first.")]
        // "claim" after the phrase's determiner is the noun, not a verb of the claim's owner ("never accepted the claim that …")
        [InlineData("Anna Berg said Northland had never accepted the claim that Northern troops fired first.")]
        public void ARefusalToAcceptAnotherSidesClaimIsTheSpeakersDenial(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
            Assert.True(berg.Negated);
        }

        [Theory]
        // near misses: the claim accepted is no denial; the other side's people who "claim that …" speak their own words
        [InlineData("Anna Berg said Northland accepted the Southern claim that Northern troops fired first.")]
        [InlineData("Anna Berg said the Southerners claim that Northern troops fired first.")]
        public void AnAcceptedClaimOrAnotherSidesOwnClaimIsNoDenialOfTheSpeaker(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Position == "Southland fired first");
        }
    }
}
