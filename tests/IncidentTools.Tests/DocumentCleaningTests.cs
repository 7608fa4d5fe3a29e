using System;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Each kind of page cruft, on articles written for these tests.</summary>
    public class DocumentCleaningTests
    {
        private static IncidentDocument Read(string text, string? manifest = null)
        {
            using var folder = new TempFolder();
            folder.Write("story.txt", text);
            if (manifest != null) folder.Write("corpus.yaml", manifest);
            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.DoesNotContain(corpus.Problems, p => !p.IsWarning);
            return Assert.Single(corpus.Documents);
        }

        private const string Body1 = "The city council voted on Tuesday to close the old bridge after engineers found cracks in two of its piers.";
        private const string Body2 = "Repairs are expected to take at least eight months, the council said in a statement.";

        [Fact]
        public void HeadlineVideoCaptionAndHighlightsLeaveTheBody()
        {
            var doc = Read($"Council shuts river bridge\n01:45 - Source: WXYZ\n\nStory highlights\n\nEngineers found cracks in two piers\n\nRepairs will take months\n\nWXYZ  — \n\n{Body1}\n\n{Body2}\n");
            Assert.Equal("Council shuts river bridge", doc.Title);
            Assert.Equal("WXYZ", doc.Outlet);
            Assert.Equal(new[] { "Engineers found cracks in two piers", "Repairs will take months" }, doc.Highlights);
            Assert.Equal(new[] { Body1, Body2 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void BulletedHighlightsAreHighlights()
        {
            var doc = Read($"Council shuts river bridge\n  • Engineers found cracks\n  • NEW: \"It is not safe,\" the mayor says\n\n{Body1}\n");
            Assert.Equal(2, doc.Highlights.Count);
            Assert.Equal("NEW: \"It is not safe,\" the mayor says", doc.Highlights[1]);
            Assert.Single(doc.Paragraphs);
        }

        [Fact]
        public void DatelineWithOutletBecomesDatelineAndOutlet()
        {
            var doc = Read($"Bridge closed\n\nLyon, France (Reuters) - {Body1}\n\n{Body2}\n");
            Assert.Equal("Lyon, France", doc.Dateline);
            Assert.Equal("Reuters", doc.Outlet);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("LYON, France, Oct. 4 (UPI) — ", "LYON, France")]
        [InlineData("MARSEILLE, Sept 26 (Reuters) - ", "MARSEILLE")]
        [InlineData("Lyon, November 27 (AFP) -- ", "Lyon")]
        public void WireDatelineWithADateBecomesDatelineAndOutlet(string dateline, string place)
        {
            var doc = Read($"Bridge closed\n\n{dateline}{Body1}\n\n{Body2}\n");
            Assert.Equal(place, doc.Dateline);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Theory]
        // with the wire's date, any outlet's name in the bracket (not only the agencies the module knows)
        [InlineData("LYON, Nov 27 (Harbour Wire) - ", "LYON", "Harbour Wire")]
        [InlineData("LYON, France, Oct. 4 (Rhone Daily) — ", "LYON, France", "Rhone Daily")]
        public void WireDatelineWithADateNamesAnyOutlet(string dateline, string place, string outlet)
        {
            var doc = Read($"Bridge closed\n\n{dateline}{Body1}\n\n{Body2}\n");
            Assert.Equal(place, doc.Dateline);
            Assert.Equal(outlet, doc.Outlet);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
            // without the date, an unknown name in brackets after a place is the story's own words
            doc = Read($"Bridge closed\n\nLYON (Harbour Wire) - {Body1}\n\n{Body2}\n");
            Assert.Null(doc.Outlet);
        }

        [Theory]
        // the Indian wires' style: place in any case, the date, the agency in capitals in its bracket, no dash
        [InlineData("Lucknow, Jul 3 (PTI) ", "Lucknow", "PTI")]
        [InlineData("New Delhi, November 27 (IANS) ", "New Delhi", "IANS")]
        [InlineData("Chennai, Aug. 14 (KNW) ", "Chennai", "KNW")]
        public void IndianWireDatelineWithoutADash(string dateline, string place, string outlet)
        {
            var doc = Read($"Bridge closed\n\n{dateline}{Body1}\n\n{Body2}\n");
            Assert.Equal(place, doc.Dateline);
            Assert.Equal(outlet, doc.Outlet);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Theory]
        // near misses: no date before the bracket, or a bracket of words, or no capital after it: the story's own words
        [InlineData("Lucknow (PTI) The state government closed the bridge on Tuesday after the floods.")]
        [InlineData("Lucknow, Jul 3 (the day of the vote) The state government closed the bridge after the floods.")]
        [InlineData("Lucknow, Jul 3 (PTI) and the state government closed the bridge after the floods.")]
        public void ADateAndABracketWithoutTheWireShapeStayText(string line)
        {
            var doc = Read($"Bridge closed\n\n{line}\n\n{Body2}\n");
            Assert.Null(doc.Dateline);
            Assert.Equal(line, doc.Paragraphs[0].Text);
        }

        [Theory]
        // a wire's date with no place, as factboxes carry it: no place, the outlet, the body from its first word
        [InlineData("Dec 23 (Reuters) - ", "Reuters")]
        [InlineData("Oct. 4 (UPI) — ", "UPI")]
        public void WireDatelineOfADateAloneBecomesOutlet(string dateline, string outlet)
        {
            var doc = Read($"Bridge closed\n\n{dateline}{Body1}\n\n{Body2}\n");
            Assert.Null(doc.Dateline);
            Assert.Equal(outlet, doc.Outlet);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Fact]
        public void ADateAndABracketInsideASentenceStayText()
        {
            // near miss: a date and an agency in brackets that do not open the line stay the story's words
            var doc = Read($"Bridge closed\n\nThe council met on Dec 23 (Reuters) - and voted to shut the bridge.\n\n{Body2}\n");
            Assert.Null(doc.Outlet);
            Assert.StartsWith("The council met on Dec 23", doc.Paragraphs[0].Text);
        }

        [Fact]
        public void ADatelineAfterAHeadlineWrittenAsASentence()
        {
            // the headline ends with a full stop, so it is no title; the dateline still opens the story after it as it does
            // after any line as short as a headline
            var doc = Read($"Council shuts the river bridge after cracks are found.\n\nLYON, Oct. 4 (UPI) — {Body1}\n\n{Body2}\n");
            Assert.Equal("LYON", doc.Dateline);
            Assert.Equal("UPI", doc.Outlet);
            Assert.Equal(Body1, doc.Paragraphs[1].Text);
        }

        [Fact]
        public void ADatelineAfterALineOfPlaceAndDate()
        {
            // a wire's slug line of place and date before the story's own dateline
            var doc = Read($"Bridge closed\n\nLYON, France, Oct. 4, 2012\n\nLYON, France -- {Body1}\n\n{Body2}\n");
            Assert.Equal("LYON, France", doc.Dateline);
            Assert.Equal(Body1, doc.Paragraphs[1].Text);
        }

        [Fact]
        public void ADatelineLikeOpeningAfterALongParagraphStaysText()
        {
            // past the opening, a capitalised place and a dash are the story's own words
            var doc = Read($"Bridge closed\n\n{Body1}\n\nLYON — {Body2}\n");
            Assert.Null(doc.Dateline);
            Assert.StartsWith("LYON — ", doc.Paragraphs[1].Text);
        }

        [Theory]
        [InlineData("EXCLUSIVE – ")]
        [InlineData("BREAKING -- ")]
        public void ARubricBeforeTheDashIsNoDateline(string rubric)
        {
            // the label goes with the page's furniture; it names no place
            var doc = Read($"Bridge closed\n\n{rubric}{Body1}\n\n{Body2}\n");
            Assert.Null(doc.Dateline);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Fact]
        public void AnUnknownAgencyWithoutADateStaysInTheText()
        {
            // without the wire's date only a known agency in brackets closes a dateline: "(Wire)" could be anything
            var doc = Read($"Bridge closed\n\nLYON (Wire) - {Body1}\n");
            Assert.Null(doc.Dateline);
            Assert.StartsWith("LYON (Wire) - ", doc.Paragraphs[0].Text);
        }

        [Fact]
        public void UpperCaseDatelineWithDash()
        {
            var doc = Read($"Bridge closed\n\nMARSEILLE — {Body1}\n");
            Assert.Equal("MARSEILLE", doc.Dateline);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("MARSEILLE - ", "MARSEILLE")]
        [InlineData("MERAT, Delmora - ", "MERAT, Delmora")]
        public void UpperCaseDatelineWithAHyphenForTheDash(string dateline, string place)
        {
            // many sites print the wire's dash as a spaced hyphen: the place is still the dateline, not the first words of a sentence
            var doc = Read($"Bridge closed\n\n{dateline}{Body1}\n");
            Assert.Equal(place, doc.Dateline);
            Assert.Equal(Body1, doc.Paragraphs[0].Text);
        }

        [Fact]
        public void AHyphenedWordOpeningTheStoryIsNoDateline()
        {
            // near miss: a hyphen with no space after it joins a word ("UK-based"), no dateline
            var text = "UK-based engineers found cracks in two of the bridge's piers on Tuesday.";
            var doc = Read($"Bridge closed\n\n{text}\n");
            Assert.Null(doc.Dateline);
            Assert.Equal(text, doc.Paragraphs[0].Text);
        }

        [Fact]
        public void BylineAndUpdatedStampAreMetadata()
        {
            var doc = Read($"Skip to main content\n\nBridge closed\n\nFrom Ana Lima, for Example News\nupdated 9:05 AM EST, Tue January 8, 2013\n{Body1}\n");
            Assert.Equal("Ana Lima", doc.Byline);
            Assert.Equal("Example News", doc.Outlet);
            Assert.Equal(new DateTimeOffset(2013, 1, 8, 9, 5, 0, TimeSpan.FromHours(-5)), doc.UpdatedAt);
            Assert.Equal(new[] { Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ByLineAndPublishedStamp()
        {
            var doc = Read($"Bridge closed\n\nBy Tom Reed and Sara Kent\nPublished: 14 June 2019 16:20 BST\n\n{Body1}\n");
            Assert.Equal("Tom Reed and Sara Kent", doc.Byline);
            Assert.Equal(new DateTimeOffset(2019, 6, 14, 16, 20, 0, TimeSpan.FromHours(1)), doc.PublishedAt);
        }

        [Theory]
        [InlineData("By Tom Reed, The Harbor Post, Ashford, May 3, 2024", "Tom Reed, The Harbor Post, Ashford", null)]
        [InlineData("By Tom Reed, The Harbor Post | Sept. 3, 2024", "Tom Reed, The Harbor Post", null)]
        public void ADateThatEndsTheBylineIsWhenItWasPublishedNotTheOutlet(string byline, string name, string? outlet)
        {
            var doc = Read($"Bridge closed\n\n{byline}\n\n{Body1}\n");
            Assert.Equal(name, doc.Byline);
            Assert.Equal(outlet, doc.Outlet);
            Assert.Equal(2024, doc.PublishedAt!.Value.Year);
            Assert.Equal(3, doc.PublishedAt!.Value.Day);
            Assert.Equal(new[] { Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Theory]
        [InlineData("The Harbor Post | May 3, 2024", "The Harbor Post")]
        [InlineData("Coastal News Service | 3 May 2024", "Coastal News Service")]
        public void AnOutletAndADateUnderTheBylineDateTheStory(string stamp, string outlet)
        {
            // "By Jo Bell\nThe Harbor Post | May 3, 2024": a wire story's page stamps the outlet and the day under the byline
            var doc = Read($"Bridge closed\n\nBy Tom Reed\n{stamp}\n\n{Body1}\n");
            Assert.Equal("Tom Reed", doc.Byline);
            Assert.Equal(outlet, doc.Outlet);
            Assert.Equal(new DateTime(2024, 5, 3), doc.PublishedAt!.Value.Date);
            Assert.Equal(new[] { Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Theory]
        [InlineData("Prices rose 4 percent | May 3, 2024")]
        [InlineData("The Harbor Post | Spring 2024")]
        [InlineData("NEWS RELEASE | Harbour Board | May 3, 2024")]
        public void ABarredLineWithNoOutletOrNoDayGivesNoDate(string line)
        {
            // near misses: a figure before the bar is no outlet's name, and a season is no day of publication
            var doc = Read($"Bridge closed\n\nBy Tom Reed\n{line}\n\n{Body1}\n");
            Assert.Null(doc.PublishedAt);
        }

        [Theory]
        [InlineData("ASHFORD, March 8, 2011: ", 2011, 3, 8)]
        [InlineData("ASHFORD, Nov. 27, 2011 - ", 2011, 11, 27)]
        public void ADatelineWithItsYearInTheTextDatesTheStory(string dateline, int year, int month, int day)
        {
            // "LAHORE, March 8, 2011: A court …": the South Asian press writes the place and date before the first sentence
            var doc = Read($"Bridge closed\n\nBy Tom Reed\n\n{dateline}{Body1}\n");
            Assert.Equal(new DateTime(year, month, day), doc.PublishedAt!.Value.Date);
            Assert.StartsWith(dateline.Substring(0, 7), doc.Paragraphs[0].Text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("ASHFORD, March 8: ")]
        [InlineData("In March 8, 2011, ")]
        public void ADatelineWithNoYearOrAPhraseOfTimeGivesNoDate(string lead)
        {
            // near misses: a day without its year is not dated by the text, and a sentence that opens with a date is no dateline
            var doc = Read($"Bridge closed\n\nBy Tom Reed\n\n{lead}{Body1}\n");
            Assert.Null(doc.PublishedAt);
        }

        [Fact]
        public void ABylineThatEndsWithNoDateKeepsItsOutletAndGivesNoDate()
        {
            // near miss: a month and a year are no day of publication, and an outlet stays the outlet
            var doc = Read($"Bridge closed\n\nBy Tom Reed, The Harbor Monthly, May 2024\n\n{Body1}\n");
            Assert.Equal("May 2024", doc.Outlet);
            Assert.Null(doc.PublishedAt);
            doc = Read($"Bridge closed\n\nBy Tom Reed, The Harbor Post\n\n{Body1}\n");
            Assert.Equal("Tom Reed, The Harbor Post", doc.Byline);
            Assert.Null(doc.PublishedAt);
        }

        [Theory]
        [InlineData("March 4, 2026", 2026, 3, 4)]
        [InlineData("Tuesday, 4 March 2026", 2026, 3, 4)]
        [InlineData("Nov. 27, 2011", 2011, 11, 27)]
        [InlineData("2026-03-04", 2026, 3, 4)]
        public void ADateAloneInTheHeaderIsWhenItWasPublished(string line, int year, int month, int day)
        {
            var doc = Read($"Bridge closed\n\nBy Tom Reed\n{line}\n\n{Body1}\n");
            Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), doc.PublishedAt);
            Assert.Equal(new[] { Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ADateAloneInTheBodyStaysAndALineWithADateInItIsNoStamp()
        {
            // near misses: a date line between paragraphs of the body (a live blog's entry) is the body's; a line that holds a date
            // among other words is a sentence
            var doc = Read($"Bridge closed\n\nThe bridge closed on March 4, 2026 after the storm.\n\n{Body1}\n\nMarch 5, 2026\n\n{Body1}\n");
            Assert.Null(doc.PublishedAt);
            Assert.Equal(new[] { "The bridge closed on March 4, 2026 after the storm.", Body1, "March 5, 2026", Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void RelatedLinksPhotoCaptionsAndCountersLeaveTheBody()
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n\nREAD MORE: Why old bridges crack\n\nPhoto: City of Springfield\n\n1.2K shares\n\n24 comments\n\nExample.com: Council's budget in numbers\n\nShare this article\n\nAdvertisement\n\n{Body2}\n");
            Assert.Equal(new[] { Body1, Body2 }, doc.Paragraphs.Select(p => p.Text));
            Assert.Contains("READ MORE: Why old bridges crack", doc.RemovedCruft);
        }

        [Theory]
        // a link to one related piece, in the singular too: its headline is another story's, no sentence of this one
        [InlineData("Related article: Two ferry captains plan to retire")]
        [InlineData("Related story: Mayor says the pier will reopen")]
        [InlineData("Related posts: The bridge in pictures")]
        public void ARelatedPieceLinkLeavesTheBody(string link)
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n\n{link}\n\n{Body2}\n");
            Assert.Equal(new[] { Body1, Body2 }, doc.Paragraphs.Select(p => p.Text));
            Assert.Contains(link, doc.RemovedCruft);
        }

        [Fact]
        public void ContributorCreditsAreContributors()
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n\nThe Courier's Ana Lima, producer Jo Park and correspondent Ben Ode contributed to this report.\n");
            Assert.Equal(new[] { "Ana Lima", "Jo Park", "Ben Ode" }, doc.Contributors);
            Assert.Single(doc.Paragraphs);
        }

        [Fact]
        public void AgencyCreditsAreContributors()
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n\n(Reporting by Ana Lima; Editing by Jo Park)\n");
            Assert.Equal(new[] { "Ana Lima" }, doc.Contributors);
            Assert.Single(doc.Paragraphs);
        }

        [Fact]
        public void TeaserBlockEndsTheArticle()
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n\n{Body2}\n\nMore stories\nupdated 10:00 AM EST, Wed February 6, 2013\nA teaser about something else entirely, with \"quotes\" in it.\nAnother teaser.\n");
            Assert.Equal(2, doc.Paragraphs.Count);
            Assert.DoesNotContain("teaser", doc.Text);
            Assert.Null(doc.UpdatedAt); // a stamp in the teaser list is not the article's
        }

        [Fact]
        public void ATeaserHeadingUnderADigestsFirstLineHeadsItsStories()
        {
            // a newsletter: its title line (a sentence, so no headline), then "Top stories" over paragraphs of news
            const string Story = "HARBOR BRIDGE SHUT Mayor Dana Ortiz said the bridge was \u201cnot safe for anyone\u201d after engineers found cracks in two of its piers on Monday. Crews will close the road to trucks and buses until the end of the month at least. [Ledger.]";
            var doc = Read($"Wednesday\u2019s Morning Letter: The Harbor Bridge Is Shut.\n\nTOP STORIES.\n\n{Story}\n\n{Body1}\n");
            Assert.Equal(new[] { "Wednesday\u2019s Morning Letter: The Harbor Bridge Is Shut.", Story, Body1 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ATeaserHeadingAfterAOneLineBriefStillEndsIt()
        {
            // near miss: the line after the heading is a teaser's short line, not a paragraph of the story
            var doc = Read($"Bridge closed for repairs today.\n\nMore stories\nA teaser about something else entirely.\nAnother teaser.\n");
            Assert.DoesNotContain("teaser", doc.Text);
        }

        [Fact]
        public void SentenceFirstLineIsNotAHeadline()
        {
            var doc = Read($"{Body1}\n{Body2}\n");
            Assert.Null(doc.Title);
            Assert.Equal(2, doc.Paragraphs.Count);
        }

        [Fact]
        public void AHeadlineWrittenAsSentencesAboveABylineIsTheTitle()
        {
            var doc = Read($"Opinion: We were warned about the bridge. We did nothing.\n\nBy Jo Marsh\n\n{Body1}\n\n{Body2}\n");
            Assert.Equal("Opinion: We were warned about the bridge. We did nothing.", doc.Title);
            Assert.Equal("Jo Marsh", doc.Byline);
            Assert.Equal(new[] { Body1, Body2 }, doc.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ASentenceAboveABodyWithNoBylineStaysText()
        {
            var doc = Read($"We were warned about the bridge. We did nothing.\n\n{Body1}\n");
            Assert.Null(doc.Title);
            Assert.Equal(2, doc.Paragraphs.Count);
        }

        [Fact]
        public void BodyTextThatMentionsCruftWordsStays()
        {
            var text = "Bridge closed\n\nShe said the photo: a blurry image of the pier, was taken by a passer-by.\n\nBy the end of the day, 300 people had signed the petition.\n\nThe engineers contributed to this report, the council said, and to the repairs.\n";
            var doc = Read(text);
            Assert.Equal(3, doc.Paragraphs.Count);
            Assert.Empty(doc.Contributors);
        }

        [Fact]
        public void ManifestOverridesAndExtendsTheText()
        {
            var doc = Read($"Bridge closed\n\n{Body1}\n",
                "documents:\n  - file: story.txt\n    id: bridge-1\n    outlet: The Courier\n    published: 2020-05-04\n    url: https://example.invalid/bridge\n    language: en\n");
            Assert.Equal("bridge-1", doc.Id);
            Assert.Equal("The Courier", doc.Outlet);
            Assert.Equal(new DateTimeOffset(2020, 5, 4, 0, 0, 0, TimeSpan.Zero), doc.PublishedAt);
            Assert.Equal("https://example.invalid/bridge", doc.Metadata["url"]);
            Assert.Equal("language=en; url=https://example.invalid/bridge", doc.Metadata.ToString());
            Assert.Equal("bridge-1", doc.Paragraphs[0].DocumentId);
        }

        [Fact]
        public void VersionsOfOneStoryShareAStoryId()
        {
            using var folder = new TempFolder();
            var shared = string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"Paragraph {i} of the bridge story says something long enough to count."));
            folder.Write("a.txt", "Bridge closed\n\n" + shared + "\n");
            folder.Write("b.txt", "Bridge closed for months\n\n" + shared + "\n\nA new paragraph added in the update of the story.\n");
            folder.Write("c.txt", "Other story\n\nSomething else entirely happened at the harbour on Monday morning.\n");
            var docs = IncidentCorpus.Load(folder.Path).Documents;
            Assert.Equal(docs[0].StoryId, docs[1].StoryId);
            Assert.NotEqual(docs[0].StoryId, docs[2].StoryId);
        }

        [Fact]
        public void SameOutletAndHeadlineIsTheSameStory()
        {
            using var folder = new TempFolder();
            folder.Write("a.txt", "Bridge closed\n\nFirst version text of the story.\n");
            folder.Write("b.txt", "Bridge closed\n\nA rewritten version with other words.\n");
            folder.Write("corpus.yaml", "documents:\n  - {file: a.txt, outlet: Courier}\n  - {file: b.txt, outlet: Courier}\n");
            var docs = IncidentCorpus.Load(folder.Path).Documents;
            Assert.Equal(docs[0].StoryId, docs[1].StoryId);
        }

        [Theory]
        [InlineData("Prices have been falling since summer. Could there be a connection?")]
        [InlineData("Only one line in this file, and no article under it")]
        public void ALineThatIsNotAHeadlineStaysInTheBody(string first)
        {
            var doc = Read(first == "Only one line in this file, and no article under it" ? first + "\n" : first + "\n\n" + Body1 + "\n");
            Assert.Null(doc.Title);
            Assert.Equal(first, doc.Paragraphs[0].Text);
        }

        [Fact]
        public void HeadlineWithAnAbbreviationIsAHeadline()
        {
            var doc = Read("U.S. and Mexico sign deal on water, Dr. Ruiz says\n\n" + Body1 + "\n");
            Assert.Equal("U.S. and Mexico sign deal on water, Dr. Ruiz says", doc.Title);
        }
    }
}
