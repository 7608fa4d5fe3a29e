using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A relative pronoun names its speaker only inside its own sentence. “…,” said Tom Reyes, who noted that the repairs had been “slow …”: the
    /// relative clause keeps "who" as its source mention (the convention of annotated news, see SourceMentionConventionTests), but a
    /// quotation in the next sentence that continues that attribution, with no cue of its own, shows the noun phrase the pronoun
    /// stands for. A second quotation inside the relative clause itself keeps "who"; one after the relative clause has closed, in the
    /// same sentence, stands in the clause of the noun phrase and shows it (and takes no cue from the relative). Invented harbour story. (Quotes and
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

        [Fact]
        public void AQuotationAfterTheRelativeClauseClosedShowsTheNounItStandsFor()
        {
            // the aside "who called …" closes with the comma typed inside the marks, and the antecedent's own verb follows
            const string body = "Jo Bell, who called the pier “a disgrace,” plainly wanted the council to “tear it down.”";
            var quotes = Quotes(body);
            Assert.Equal("who", Q(quotes, "a disgrace").SpeakerMention);
            var after = Q(quotes, "tear it down");
            Assert.Equal("Jo Bell", after.Speaker);
            Assert.Equal("Jo Bell", after.SpeakerMention);
        }

        [Fact]
        public void AQuotationBeforeTheRelativeClauseClosesKeepsThePronoun()
        {
            // the first comma after "who" opens a condition, no verb of Tom Reyes: the relative clause runs on to both quotations
            const string body = "Tom Reyes, who said the pier, if left alone, would become “a danger” and “a ruin.”";
            var quotes = Quotes(body);
            Assert.Equal("who", Q(quotes, "a danger").SpeakerMention);
            Assert.Equal("who", Q(quotes, "a ruin").SpeakerMention);
        }

        [Fact]
        public void TheCueOfAClosedRelativeClauseIsNotTheCueOfTheMainClausesQuotation()
        {
            const string body = "Mr. Reyes, who said on Monday that the ferry would keep running, issued a statement on Friday saying, “We are stopping the service.”";
            var quotes = Quotes(body);
            var q = Q(quotes, "We are stopping");
            Assert.Equal("Mr. Reyes", q.SpeakerMention);
            Assert.Equal("saying", q.Cue);
            var records = Attributions(body);
            // the relative clause keeps its own cue and content, with its pronoun
            var said = records.Single(x => x.Content.StartsWith("the ferry would keep running"));
            Assert.Equal("who", said.Source);
            Assert.Equal("Reyes", said.Speaker);
        }

        [Fact]
        public void AQuotationInsideTheRelativeClauseKeepsItsCue()
        {
            const string body = "Mr. Reyes, who said on Monday that the ferry was “perfectly sound,” left the meeting early.";
            var q = Q(Quotes(body), "perfectly sound");
            Assert.Equal("who", q.SpeakerMention);
            Assert.Equal("said", q.Cue);
        }
    }
}
