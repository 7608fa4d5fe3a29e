using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8, wrong speakers from known parse bugs: a phrase of the occasion between a subject and its verb, a
    /// document's plural before its phrase, a place's tail between commas, and a described
    /// document that is not the findings spoken of before.
    /// </summary>
    public class SpeakerParseBugTests
    {
        private const string Opening = "The harbour board met on Tuesday to discuss the winter timetable.\n\n";

        private static IncidentAttribution About(string body, string content) =>
            Attributions(Opening + body).Single(x => x.Content.IndexOf(content, StringComparison.Ordinal) >= 0);

        [Fact]
        public void AnOccasionAfterANameBelongsToTheVerb()
        {
            var a = About("Lund during a rally thanked the volunteers who had loaded the ferry.", "the volunteers");
            Assert.Equal("Lund", a.Source);
            Assert.Equal("Lund", a.Speaker);
        }

        [Fact]
        public void AnOccasionAfterADescriptionBelongsToTheVerb()
        {
            var a = About("The harbour master at a briefing on Monday said the pier would reopen next week.", "the pier would reopen");
            Assert.Equal("The harbour master", a.Source);
            Assert.DoesNotContain("briefing", a.Speaker ?? "");
        }

        [Fact]
        public void APlacePhraseAfterADescriptionStaysItsOwn()
        {
            // negative: "officials in three ports" names which officials; the place is no occasion
            var a = About("Officials in three ports said the pier would reopen next week.", "the pier would reopen");
            Assert.Equal("Officials in three ports", a.Source);
        }

        [Fact]
        public void ADocumentsPluralHeadsItsPhrase()
        {
            var a = About("According to documents filed in March, the ferry company paid its fines late.", "paid its fines late");
            Assert.NotEqual("March", a.Speaker);
        }

        [Fact]
        public void AStateAfterAPlaceIsNoSubject()
        {
            var all = Attributions(Opening + "The timeline of the storm in Dayton, Ohio, shows that the warning came late.");
            Assert.DoesNotContain(all, x => x.Source == "Ohio");
        }

        [Fact]
        public void ANameAfterAnAsideStillSpeaks()
        {
            // negative: the comma after a place that no preposition opens is an aside's, the name after it speaks
            var a = About("The pilot from the night crossing, Tom Reyes, said the warning came late.", "the warning came late");
            Assert.Contains("Tom Reyes", a.Source);
        }

        [Fact]
        public void ADescribedSurveyIsNotTheEarlierReport()
        {
            var a = About("A report by the harbour board came out on Monday. The survey, taken last month, found that most residents wanted a new pier.", "most residents");
            Assert.NotEqual("harbour board", a.Speaker);
            Assert.DoesNotContain("report", a.Speaker ?? "");
        }

        [Fact]
        public void ADocumentWhoseMakerIsNamedAfterByIsNotAnotherMakersDocument()
        {
            // "data compiled by the Courier" after "Harbour Board data": the phrase names another maker, so it is other data
            var a = About("The island lost 400 jobs last year, according to Harbour Board data. The data compiled by the Tarvik Courier shows that ferry traffic fell by a third.", "ferry traffic fell");
            Assert.Equal("data", a.Speaker);
            Assert.Equal("The data compiled by the Tarvik Courier", a.Source);
            Assert.Equal("CueThenContent", a.Rule);
            // and with no "by" at all it is the same data, the board's
            var b = About("Fares rose by a tenth, according to Harbour Board data. The data shows that ferry traffic fell too.", "ferry traffic fell");
            Assert.Equal("Harbour Board data", b.Speaker);
            // negative: "led by" names who leads the inquiry, no other maker; it is still the Pentagon's inquiry, the Pentagon speaks
            var c = About("A Pentagon investigation into the pier collapse ended on Friday. The investigation, led by Colonel Ada Lund, found that the cables were worn.", "the cables were worn");
            Assert.Equal("Pentagon", c.Speaker);
        }

        [Fact]
        public void ADescribedSurveyAfterAPollIsThatPoll()
        {
            // negative: a poll and a survey are findings of one kind; the survey described is the poll just named
            var a = About("Most residents want a new pier, according to a new poll. The survey, conducted by the harbour board, found that the ferry was too slow.", "the ferry was too slow");
            Assert.Contains("poll", a.Speaker ?? "");
        }

        [Fact]
        public void AnAsideAfterAPlaceKeepsTheSubject()
        {
            // negative: "Reyes" after the place's comma is the subject, set off by an aside, no tail of the place
            var a = About("Speaking in Harlem, Reyes, without naming her, accused Lund of neglecting the ferry.", "of neglecting");
            Assert.Equal("Reyes", a.Source);
        }

        [Fact]
        public void ABareReportIsTheFindingsSpokenOf()
        {
            // negative: a bare document of findings right after an investigation is that investigation's
            var a = About("An investigation concluded on Monday. The report found that the pier was unsafe.", "the pier was unsafe");
            Assert.Equal("investigation", a.Speaker);
            // (and, when the investigation's maker is named after "by" or "from", its maker's: the harbour board speaks through it)
            var made = About("An investigation by the harbour board concluded on Monday. The report found that the pier was unsafe.", "the pier was unsafe");
            Assert.Equal("harbour board", made.Speaker);
        }
    }
}
