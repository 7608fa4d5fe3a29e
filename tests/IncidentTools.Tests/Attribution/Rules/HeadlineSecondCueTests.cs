using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A headline's second verb phrase, set off by a comma, with no subject of its own: the subject that opens the headline
    /// said what it reports ("Board rejects pier survey, says divers were ‘never consulted’"), and a quotation after a
    /// comma and a verb of naming is its words too ("…, calls it ‘a whitewash’"). Headlines of the tests' own.
    /// </summary>
    public class HeadlineSecondCueTests
    {
        private const string Body = "The harbour board on Monday turned down the survey of the pier that the council had paid for.";

        private static IReadOnlyList<IncidentAttribution> Attributions(string headline, string body = Body)
        {
            using var tmp = new TempFolder();
            var doc = QuoteRuleText.Document(tmp, body, headline);
            return AttributionFinder.Find(doc, null);
        }

        private static IReadOnlyList<IncidentQuote> Quotes(string headline) => QuoteTestText.Quotes(headline, Body, null);

        [Fact]
        public void TheSecondVerbReportsForTheHeadlinesSubject()
        {
            var a = Attributions("Board rejects pier survey, says divers were ‘never consulted’")
                .Single(x => x.Rule == nameof(IncidentTools.Attribution.Rules.HeadlineSecondCue));
            Assert.Equal("divers were ‘never consulted’", a.Content);
            Assert.Equal("Board", a.Source);
            var q = Quotes("Board rejects pier survey, says divers were ‘never consulted’").Single(x => x.Text.StartsWith("never consulted", StringComparison.Ordinal));
            Assert.Equal("Board", q.Speaker);
        }

        [Fact]
        public void ANameThenTheSecondVerb()
        {
            // (a name the body writes again: a headline's source)
            var a = Attributions("Reyes accepts pier survey, insists the ferries will run in May", "Mayor Jo Reyes accepted the survey of the pier on Monday.")
                .Single(x => x.Rule == nameof(IncidentTools.Attribution.Rules.HeadlineSecondCue));
            Assert.Equal("the ferries will run in May", a.Content);
            Assert.Equal("Reyes", a.Source);
        }

        [Theory]
        [InlineData("Ferries to resume in May, says harbour master")]        // the source after the verb
        [InlineData("Board rejects pier survey, Reyes says divers were ignored")] // another subject after the comma
        [InlineData("Storm closes pier, damages ferry at the quay")]          // no verb of saying after the comma
        public void NoSecondCue(string headline)
        {
            Assert.DoesNotContain(Attributions(headline), x => x.Rule == nameof(IncidentTools.Attribution.Rules.HeadlineSecondCue));
        }

        [Fact]
        public void AQuotationAfterTheCommaAndAVerbOfNaming()
        {
            var q = Quotes("Board rejects pier survey, calls it ‘a whitewash’").Single(x => x.Text.StartsWith("a whitewash", StringComparison.Ordinal));
            Assert.Equal("Board", q.Speaker);
        }

        [Fact]
        public void ABodySentenceNeedsItsCoordinator()
        {
            // outside a headline a comma alone joins no verb phrases of one subject
            var quotes = QuoteTestText.Quotes("Ferry service resumes after the storm",
                "The board rejects the pier survey, calls it ‘a whitewash’ and other names.\n\nThe council said nothing.", null);
            Assert.DoesNotContain(quotes, x => x.Text.StartsWith("a whitewash", StringComparison.Ordinal) && x.Rule == "CoordinatedCue");
        }
    }
}
