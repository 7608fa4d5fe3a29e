using System;
using System.Collections.Generic;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Someone named by nothing but being a person ("A man said", "a woman told reporters", "people say"; speaker-nouns.txt
    /// 'plain'), with no side in the words, takes no side from the speaker before, and ends the chain of sides (accounts93);
    /// an official after a side, or a man whose own words name a side, keeps it. Texts written for these tests.
    /// </summary>
    public class PlainPersonPartyTests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Norway", "Norwegian" }),
            new PartyDefinition("Southern side", aliases: new[] { "Sweden", "Swedish" }),
        };

        private const string Before = "The Norwegian Foreign Ministry said the ferries would stay in port. “We will not move first,” the ministry said.\n\n";

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("Ferries stay in port", body, Sides);

        private static IncidentClaim ClaimOf(string body, string contentStart)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Ferries stay in port\n\n" + body);
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return Assert.Single(ClaimFinder.Find(doc, Sides, null), c => c.Content.StartsWith(contentStart, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("A man said the crews had “waited three days for nothing.”")]
        [InlineData("“We waited three days for nothing,” a woman told reporters.")]
        [InlineData("Two men said they had “waited three days for nothing.”")]
        public void APlainPersonTakesNoSideFromTheSpeakerBefore(string paragraph)
        {
            var qs = Quotes(Before + paragraph);
            Assert.Equal("Northern side", QuoteTestText.Q(qs, "We will not move first").Party);
            Assert.Null(QuoteTestText.Q(qs, paragraph.Contains("“We") ? "We waited" : "waited three days").Party);
        }

        [Theory]
        [InlineData("A man in the audience said the crews had “waited three days for nothing.”")]
        [InlineData("A member of the crowd said the crews had “waited three days for nothing.”")]
        [InlineData("One questioner said the crews had “waited three days for nothing.”")]
        public void AnAskerOrOneOfAGatheringTakesNoSideFromTheSpeakerBefore(string paragraph)
        {
            // MentionFacts.AskerOrOneOfAGathering: one who asks, or one of the audience the side's speaker addressed, is none of its side
            var qs = Quotes(Before + paragraph);
            Assert.Equal("Northern side", QuoteTestText.Q(qs, "We will not move first").Party);
            Assert.Null(QuoteTestText.Q(qs, "waited three days").Party);
        }

        [Theory]
        [InlineData("A member of the delegation said the crews had “waited three days for nothing.”")]
        [InlineData("An official in the audience said the crews had “waited three days for nothing.”")]
        public void AMemberOfABodyOrAnOfficialInTheAudienceKeepsTheSide(string paragraph)
        {
            // the near misses: a member of a body, not of a gathering; an official, whose noun speaks for an institution
            var qs = Quotes(Before + paragraph);
            Assert.Equal("Northern side", QuoteTestText.Q(qs, "waited three days").Party);
        }

        [Fact]
        public void PeopleWhoQuestionTakeNoSide()
        {
            var claim = ClaimOf("The Norwegian Foreign Ministry said the figures were sound, even when people argue the ferries could have sailed.\n", "the ferries could have sailed");
            Assert.Null(claim.Party);
        }

        [Theory]
        [InlineData("A spokesman said the crews had “waited three days for nothing.”")]
        [InlineData("A man who said he was a Norwegian navy officer said the crews had “waited three days for nothing.”")]
        public void AnOfficialOrAManPlacedByHisWordsKeepsTheSide(string paragraph)
        {
            // the near misses: an institutional noun after a side spoke, and a man whose own words name the side
            var qs = Quotes(Before + paragraph);
            Assert.Equal("Northern side", QuoteTestText.Q(qs, "waited three days").Party);
        }
    }
}
