using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Reported speech that quotes some of its words: the attribution's content is the whole reported clause (CueThenContent
    /// widens the quotation rule's attribution of the same cue), while the quote keeps the quoted words. A naming verb's content
    /// is its object and the name; a clause whose cue is another source's leaves the content as it was.
    /// </summary>
    public class QuotedWordsInClauseTests
    {
        private static IncidentAttribution Of(string body, string cue) =>
            Attributions(body).Single(a => a.Cue == cue);

        [Theory]
        [InlineData("The harbour master said that the pier was “in no state to reopen” and would stay shut until May.", "said",
            "the pier was “in no state to reopen” and would stay shut until May")]
        [InlineData("Ada Lund told the council the ferry timetable had become “a work of fiction” over the winter.", "told",
            "the ferry timetable had become “a work of fiction” over the winter")]
        [InlineData("Councillor Tomas Reyes warned that the repairs could run “well into next year” without more money.", "warned",
            "the repairs could run “well into next year” without more money")]
        public void TheContentIsTheWholeReportedClause(string body, string cue, string content)
        {
            var a = Of(body, cue);
            Assert.Equal(AttributionKind.Mixed, a.Kind);
            Assert.Equal(content, a.Content.TrimEnd('.'));
        }

        [Fact]
        public void TheQuoteKeepsOnlyTheQuotedWords()
        {
            var q = Quotes("The harbour master said that the pier was “in no state to reopen” and would stay shut until May.");
            Assert.Equal("in no state to reopen", Q(q, "in no state").Text);
        }

        [Fact]
        public void ANamingVerbGivesItsObjectAndTheNameOnly()
        {
            var body = "The union called the inspection report “a whitewash” and took its complaint to the regulator.";
            var a = Of(body, "called");
            Assert.Equal("the inspection report “a whitewash”", a.Content);
        }

        [Fact]
        public void AWordsOnlyQuotationStaysAsItWas()
        {
            // the quotation is the whole content: nothing to widen
            var body = "Ada Lund said: “The pier is in no state to reopen.”";
            var a = Of(body, "said");
            Assert.Equal(AttributionKind.Direct, a.Kind);
            Assert.Equal("The pier is in no state to reopen.", a.Content);
        }
    }
}
