using System;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A description "its" or "their" owns ("Its spokesman says", "Its response to the Swedish report says", "Their commander
    /// said") speaks for the body the pronoun stands for: the body the resolver found, whatever side the words after the noun
    /// answer; the side of a speaker of its paragraph, or of a body that spoke in the paragraph before; and no side when the
    /// owner is something named since, not the last speaker (accounts93). Texts written for these tests.
    /// </summary>
    public class PossessiveOwnerPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }, organisations: new[] { "Swedish Coast Guard" }),
        };

        private static IncidentClaim ClaimOf(string body, string contentStart)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferry sinking disputed\n\n" + body);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith(contentStart, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Norway's army rejected the findings. Its response to the Swedish report says the ferry had no warning.\n")]
        [InlineData("Norway's army rejected the findings. Its March response to the Swedish report says the ferry had no warning.\n")]
        public void WhatItsBodyAnswersIsNotItsSide(string body)
        {
            var claim = ClaimOf(body, "the ferry had no warning");
            Assert.Equal("Northern side", claim.Party);
        }

        [Fact]
        public void ItsSpokesmanAfterTheBodyIsTheBodys()
        {
            // the near miss that kept its side before: the body spoke in the same paragraph
            var claim = ClaimOf("The Norwegian army says the report is wrong. Its spokesman says the ferry had no warning.\n", "the ferry had no warning");
            Assert.Equal("Northern side", claim.Party);
        }

        [Theory]
        [InlineData("The posts stood on a ridge above the harbour.\n\nTheir commander said the crews were asleep.\n")]
        [InlineData("The ferry company has run the route since 1990.\n\nIts spokesman said the crews were asleep.\n")]
        public void AnOwnerNamedSinceTheLastSpeakerGivesNoSide(string rest)
        {
            var claim = ClaimOf("The Swedish Coast Guard said its boats had come under fire first.\n\n" + rest, "the crews were asleep");
            Assert.Null(claim.Party);
        }
    }
}
