using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A relative pronoun names its speaker only inside its own sentence. “…,” said Tom Reyes, who noted that the repairs had been “slow …”: the
    /// relative clause keeps "who" as its source mention (the convention of annotated news, see SourceMentionConventionTests), but a
    /// quotation in the next sentence that continues that attribution, with no cue of its own, shows the noun phrase the pronoun
    /// stands for. A second quotation inside the relative clause itself keeps "who". Invented harbour story. (Quotes and
    /// Attributions check that each mention's offsets point at its words; every mention asserted here stands once in its story.)
    /// </summary>
    public class RelativeSourceLaterSentenceTests
    {
        [Fact]
        public void AQuotationInTheNextSentenceShowsTheNounTheRelativeStandsFor()
        {
            const string body = "“The pier is safe,” said Tom Reyes, who noted that the repairs had been “slow but careful.” “We checked every beam.”";
            var quotes = Quotes(body);
            var next = Q(quotes, "We checked");
            Assert.Equal("NextSentenceQuote", next.Rule);
            Assert.Equal("Tom Reyes", next.Speaker);
            Assert.Equal("Tom Reyes", next.SpeakerMention);
            var records = Attributions(body);
            var continued = records.Single(x => x.Content.StartsWith("We checked"));
            Assert.Equal("Tom Reyes", continued.Source);
            // the relative clause's own report keeps its pronoun
            var noted = records.Single(x => x.Content.StartsWith("the repairs had been"));
            Assert.Equal("who", noted.Source);
            Assert.Equal("Tom Reyes", noted.Speaker);
        }

        [Fact]
        public void ASecondQuotationInsideTheRelativeClauseKeepsThePronoun()
        {
            const string body = "Jo Bell, who called the pier “a disgrace” and “a danger,” left the meeting early.";
            var quotes = Quotes(body);
            Assert.Equal("who", Q(quotes, "a disgrace").SpeakerMention);
            var second = Q(quotes, "a danger");
            Assert.Equal("Jo Bell", second.Speaker);
            Assert.Equal("who", second.SpeakerMention);
        }
    }
}
