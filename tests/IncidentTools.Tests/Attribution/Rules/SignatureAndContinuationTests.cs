using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>Signatures in the next paragraph, paragraphs that go on with a speaker, and more cue forms.</summary>
    public class SignatureAndContinuationTests
    {
        [Fact]
        public void ASignatureParagraphAfterTheQuotation()
        {
            var c = RunRules("“I will look into the timetable, and I will answer every letter.”\n\n- Ada Lund.\n\nThe ferry sailed.", new QuoteThenDash());
            var a = Of(c, "I will look")!;
            Assert.Equal("Ada Lund", a.Source!.Text);
            Assert.NotSame(a.Paragraph, a.SourceParagraph);
        }

        [Theory]
        [InlineData("- Ada Lund, Harwick.")]
        [InlineData("-Ada Lund, speaking after the vote.")]
        public void ASignatureParagraphWithAPlaceOrWhatTheSpeakerWasDoing(string signature)
        {
            var c = RunRules("“I will look into the timetable, and I will answer every letter.”\n\n" + signature + "\n\nThe ferry sailed.", new QuoteThenDash());
            Assert.Equal("Ada Lund", Of(c, "I will look")!.Source!.Text);
        }

        [Theory]
        // no dash; a sentence after the name; a quotation after the comma
        [InlineData("Ada Lund, Harwick.")]
        [InlineData("- Ada Lund said the ferry was late.")]
        [InlineData("- Ada Lund, who called it “a disgrace.”")]
        public void NoSignatureParagraphNoAttribution(string paragraph) =>
            Assert.Null(Of(RunRules("“I will look into the timetable, and I will answer every letter.”\n\n" + paragraph, new QuoteThenDash()), "I will look"));

        [Fact]
        public void ANameParagraphWithoutADashSignsNothing()
        {
            var c = RunRules("“I will look into the timetable.”\n\nAda Lund.", new QuoteThenDash());
            Assert.Empty(c.Found);
        }

        [Fact]
        public void AParagraphGoesOnWithTheSpeakerOfAPartialQuotation()
        {
            var c = RunRules("The island needs captains “who understand the sea,” Ada Lund said.\n\n“And that is why experience matters so much in winter.”",
                new QuoteThenCue(), new ContinuationPass(new ContinuedQuote()));
            Assert.Equal("Ada Lund", Of(c, "And that")!.Root.Source!.Text);
        }

        [Theory]
        [InlineData("At the bottom of the poster it reads, “Vote for the ferry.”", "it")]
        public void APronounBeforeTheFirstSpeechVerb(string body, string mention) =>
            Assert.Equal(mention, Of(RunRules(body, new NameBeforeCue()), "")!.Source!.Text);

        [Theory]
        [InlineData("“Nobody reads the timetable,” the captain went on, shaking his head.", "went on")]
        [InlineData("“I never checked the pumps,” the engineer confessed.", "confessed")]
        [InlineData("“This is fantastic!” beamed a passenger.", "beamed")]
        public void VerbsAndPhrasesAfterAQuotation(string body, string cue) =>
            Assert.Equal(cue, Of(RunRules(body, new QuoteThenCue()), "")!.CueWords!.Text);

        [Fact]
        public void AnAppositionAfterBrackets()
        {
            var c = RunRules("Sen. Ada Lund (R-Tex.), a candidate for governor, tweeted: “The ferry must run on Sundays.”", new CueBeforeQuote(close: true));
            Assert.Equal("Sen. Ada Lund", Of(c, "The ferry")!.Source!.Text);
        }
    }
}

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>AfterReportedSpeech: a quotation after a sentence that reports one person's words.</summary>
    public class AfterReportedSpeechTests
    {
        private sealed class ReportedClause : IncidentTools.Attribution.IAttributionRule
        {
            // "…, X said." as a reported-speech rule records it: content the clause before the cue
            public string Name => nameof(ReportedClause);

            public void Apply(IncidentTools.Attribution.AttributionContext context)
            {
                foreach (var ap in context.Document.Paragraphs)
                {
                    var tk = ap.Tokens;
                    for (int si = 0; si < ap.Sentences.Count; si++)
                    {
                        var (s, e) = ap.Sentences[si];
                        var clause = context.ClausesFor(ap).FindAtSentenceEnd(tk, s, e);
                        if (clause == null || tk[s].IsQuote) continue;
                        var content = IncidentTools.Attribution.TextSpan.FromTo(ap.Start + tk[s].Start, ap.Start + tk[clause.Cue.Start - 2].End);
                        context.Add(new IncidentTools.Attribution.FoundAttribution(Name, ap, si, AttributionKind.Indirect, content)
                        {
                            Source = clause.Mention, SourceParagraph = ap, SourceTokens = tk, CueWords = clause.Cue,
                            Cue = IncidentTools.Attribution.TextSpan.FromTo(ap.Start + tk[clause.Cue.Start].Start, ap.Start + tk[clause.Cue.End - 1].End),
                        });
                    }
                }
            }
        }

        [Theory]
        [InlineData("The board may wait until spring, Reyes said. “The pumps will not last another winter.”")]
        [InlineData("The board may wait until spring, Reyes said.\n\n“The pumps will not last another winter.”")]
        public void TheQuotationAfterTheReportIsTheReportersSpeakers(string body)
        {
            var c = RunRules(body, new ReportedClause(), new ContinuationPass(new AfterReportedSpeech()));
            Assert.Equal("Reyes", Of(c, "The pumps")!.Root.Source!.Text);
        }

        [Fact]
        public void AReportOfManyIsNoOnesQuotation()
        {
            var c = RunRules("The board may wait until spring, officials said. “The pumps will not last another winter.”", new ReportedClause(), new ContinuationPass(new AfterReportedSpeech()));
            Assert.Null(Of(c, "The pumps"));
        }
    }
}
