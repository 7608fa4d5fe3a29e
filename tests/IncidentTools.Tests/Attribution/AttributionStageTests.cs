using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The attribution stage as a whole: records, the sieve's bookkeeping, the resolution pass, the views.</summary>
    public class AttributionStageTests
    {
        [Fact]
        public void EveryRecordNamesItsRuleAndPointsIntoTheFile()
        {
            var records = Attributions("Harbour master Tomas Reyes inspected the pier on Monday.\n\n" +
                                       "“The pumps failed at midnight,” he said. “Nobody could stop the water.”");
            var first = records.Single(r => r.Content.StartsWith("The pumps", System.StringComparison.Ordinal));
            Assert.Equal("QuoteThenCue", first.Rule);
            Assert.Equal("he", first.Source);
            Assert.Equal("said", first.Cue);
            Assert.Equal("Tomas Reyes", first.Speaker);
            Assert.Equal(AttributionKind.Direct, first.Kind);
            var second = records.Single(r => r.Content.StartsWith("Nobody", System.StringComparison.Ordinal));
            Assert.Equal("NextSentenceQuote", second.Rule);
            // a continued quotation shows the mention and cue where its source is written
            Assert.Equal(first.SourceStart, second.SourceStart);
            Assert.Equal("Tomas Reyes", second.Speaker);
            Assert.All(records, r => Assert.Contains(r.Rule, AttributionFinder.RuleNames));
        }

        [Fact]
        public void QuotesAndClaimsOfOneDocumentShareOneRunAndOtherPartiesGetTheirOwn()
        {
            using var tmp = new TempFolder();
            var doc = Document(tmp, "Harbour master Tomas Reyes inspected the pier.\n\n" +
                                    "“The pumps failed at midnight,” he said.");
            var norland = new[] { new PartyDefinition("Norland", people: new[] { "Tomas Reyes" }) };
            var first = AttributionPipeline.Run(doc, norland);
            // the same document and the same party objects (even in another array): the stage is not run again
            Assert.Same(first, AttributionPipeline.Run(doc, norland.ToArray()));
            // other parties: run again, and the speaker takes the party of the new definitions
            var other = new[] { new PartyDefinition("Harbour board", people: new[] { "Tomas Reyes" }) };
            var second = AttributionPipeline.Run(doc, other);
            Assert.NotSame(first, second);
            Assert.Equal("Harbour board", QuoteFinder.Find(doc, other).Single().Party);
            Assert.Equal("Norland", QuoteFinder.Find(doc, norland).Single().Party);
            // quotes and claims read the same run, so they agree
            Assert.Equal(QuoteFinder.Find(doc, norland).Single().Speaker, ClaimFinder.Find(doc, norland, null).Single(c => c.Kind == AttributionKind.Direct).Speaker);
        }

        [Fact]
        public void ReportedSpeechTakesTheTitlesItQuotesAndATitleElsewhereStaysNobodys()
        {
            var quotes = Quotes("The harbour master said the new ferry timetable was “Mission Impossible” for the crews.\n\n" +
                                "The crews watched “Mission Impossible” on the night crossing.");
            var inReport = quotes.First(q => q.Text == "Mission Impossible");
            Assert.Equal("The harbour master", inReport.SpeakerMention);
            Assert.Equal(QuoteKind.Partial, inReport.Kind);
            var alone = quotes.Last(q => q.Text == "Mission Impossible");
            Assert.Null(alone.SpeakerMention);
            Assert.Equal("TitleQuotation", alone.Rule);
        }

        [Theory]
        [InlineData("The harbour master refused to say the words “total loss” at the hearing.", "total loss", "The harbour master")]
        [InlineData("The ferry union attacked the board for never using the term “safety crisis” in its report.", "safety crisis", "The ferry union")]
        [InlineData("Captain Ada Lund's crew is already claiming victory in the so-called “harbour derby.”", "harbour derby.", "Captain Ada Lund's crew")]
        public void ReportedSpeechTakesTheTermsANounOfWordsMarks(string body, string term, string source)
        {
            var q = Quotes(body).Single(x => x.Text == term);
            Assert.Equal(source, q.SpeakerMention);
        }

        [Theory]
        // a name a verb gives names a thing, in reported speech too
        [InlineData("The harbour master said the crews watched a film called “Tidewater Nights” on the crossing.", "Tidewater Nights")]
        [InlineData("The harbour master said the old pier, known as “the Spine,” would close.", "the Spine,")]
        [InlineData("The harbour master said the files were labeled “confidential” by the board.", "confidential")]
        // a noun of a work someone made marks a title, not the source's words
        [InlineData("The harbour master said the documentary “Tidewater Nights” was wrong about the crews.", "Tidewater Nights")]
        public void ANameAVerbGivesStaysNobodysInReportedSpeech(string body, string name)
        {
            var q = Quotes(body).Single(x => x.Text == name);
            Assert.Null(q.SpeakerMention);
            Assert.Equal("NamedQuotation", q.Rule);
        }

        [Fact]
        public void QuotesAreAViewOfTheAttributions()
        {
            using var tmp = new TempFolder();
            var doc = Document(tmp, "“We sail at noon,” the captain said.");
            var quote = Assert.Single(QuoteFinder.Find(doc));
            var record = Assert.Single(AttributionFinder.Find(doc));
            Assert.Equal(record.ContentStart, quote.Start);
            Assert.Equal(record.SourceStart, quote.SpeakerStart);
            Assert.Equal(record.Rule, quote.Rule);
            Assert.Equal(doc.StoryId, quote.StoryId);
            Assert.Equal(doc.Title, quote.Title);
            Assert.Equal(doc.Outlet, quote.Outlet);
            Assert.Equal(doc.Published, quote.Published);
        }

        [Fact]
        public void AnExcludedQuotationNamesTheRuleThatExcludedIt()
        {
            var qs = Quotes("The documentary “Tidewater Nights” opened on Friday.");
            var q = Assert.Single(qs);
            Assert.Null(q.Speaker);
            Assert.Equal("NamedQuotation", q.Rule);
        }

        [Fact]
        public void AnAttributionCoversTheQuotationsInsideItsContent()
        {
            // what a reported-speech rule does: an attribution whose content holds a quotation covers it
            var context = RunRules("The union said that the plan was “a fantasy” and would fail.", new CoverClause());
            var a = Of(context, "a fantasy");
            Assert.NotNull(a);
            Assert.Equal("CoverClause", a!.Rule);
            Assert.Equal("union", a.Speaker?.Display);
        }

        [Fact]
        public void TheSameCueAndSourceJoinOneAttribution()
        {
            var context = RunRules("The union called the plan “a fantasy” and “a waste of money.”", new IncidentTools.Attribution.Rules.CueBeforeQuote(close: false));
            var a = Of(context, "a fantasy");
            Assert.Same(a, Of(context, "a waste"));
            Assert.Equal(2, a!.Quotations.Count);
            Assert.Single(context.Found);
        }

        [Fact]
        public void TheResolverServesEveryRuleInDocumentOrder()
        {
            var qs = Quotes("Transport Minister Ana Ruiz visited the port on Wednesday.\n\n" +
                            "Samir Aziz, the port engineer, met her there. “The pumps are old,” he said.\n\n" +
                            "“We will buy new ones,” the minister said.");
            Assert.Equal("Samir Aziz", Q(qs, "The pumps").Speaker);
            Assert.Equal("he", Q(qs, "The pumps").SpeakerMention);
            Assert.Equal("Ana Ruiz", Q(qs, "We will buy").Speaker);
        }

        /// <summary>A rule of a test's own: "X said that …" as one attribution whose content is the rest of the sentence.</summary>
        private sealed class CoverClause : IAttributionRule
        {
            public string Name => nameof(CoverClause);

            public void Apply(AttributionContext context)
            {
                var ap = context.Document.Paragraphs.Last();
                var tk = ap.Tokens;
                var (s, e) = ap.Sentences[0];
                var m = context.MentionsFor(ap).Parse(tk, s, e, inverted: false)!;
                var cue = context.MentionsFor(ap).ParseCue(tk, m.Next, e, allowAdverbs: true)!;
                var content = TextSpan.FromTo(ap.Start + tk[cue.End + 1].Start, ap.Start + tk[e - 1].End);
                var a = new FoundAttribution(Name, ap, 0, AttributionKind.Mixed, content)
                {
                    Source = m,
                    SourceParagraph = ap,
                    SourceTokens = tk,
                    CueWords = cue,
                    Cue = TextSpan.FromTo(ap.Start + tk[cue.Start].Start, ap.Start + tk[cue.End - 1].End),
                    Place = CuePlace.Before,
                };
                Assert.True(context.Add(a));
            }
        }
    }
}
