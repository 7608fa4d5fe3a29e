using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides and speakers that own Salala sets 72 and 73 and PolNeAR's interviews showed missing, each on text of the tests'
    /// own: a dateline with the day or the desk in brackets ("LAHORE (Staff Report):"); "Its spokesman" after a country's
    /// political party; a transcript whose heading names the briefer and the seat it is issued from; and an interview's
    /// one-letter labels ("Q:", "A:"), which name no one: the answers go to the one the headline and the introduction's
    /// subject name, the questions to no one.
    /// </summary>
    public class Speaker100Tests
    {
        /// <summary>The attributions of a file of these lines (its first line the headline), no manifest.</summary>
        private static IReadOnlyList<IncidentAttribution> Claims(string text)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", text.Replace("\r\n", "\n"));
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return AttributionFinder.Find(doc, null);
        }

        private static IncidentAttribution C(IReadOnlyList<IncidentAttribution> claims, string start) =>
            claims.First(c => c.Content.StartsWith(start, System.StringComparison.Ordinal));

        // ---- 1. a dateline with a bracket of the day or the desk ----

        [Theory]
        [InlineData("LAHORE (Monday): The army said the inquiry was \"full of holes\" and would be answered in full.")]
        [InlineData("LAHORE (Staff Report): The army said the inquiry was \"full of holes\" and would be answered in full.")]
        [InlineData("LAHORE: The army said the inquiry was \"full of holes\" and would be answered in full.")]
        public void ABracketAfterTheDatelinesPlaceKeepsItsCountry(string lead)
        {
            var claims = Claims("Inquiry draws a reply\n\n" + lead);
            Assert.Equal("Pakistan", C(claims, "the inquiry").Party);
        }

        [Fact]
        public void ABracketAfterAnUnknownPlaceGivesNoCountry()
        {
            var claims = Claims("Inquiry draws a reply\n\nHARBOURTON (Monday): The army said the inquiry was \"full of holes\" and would be answered in full.");
            Assert.Null(C(claims, "the inquiry").Party);
        }

        // ---- 2. "Its spokesman" after a political party of a country ----

        [Fact]
        public void ItsSpokesmanAfterACountrysPoliticalPartySpeaksForTheCountry()
        {
            var claims = Claims("Budget draws fire\n\nThe PML-N criticised the budget on Tuesday. Its spokesman, speaking in a town hall, said the plan was \"a burden on the poor\".");
            var c = C(claims, "the plan");
            Assert.Equal("spokesman", c.Speaker);
            Assert.Equal("Pakistan", c.Party);
        }

        [Fact]
        public void ItsSpokesmanAfterABodyOfNoSideHasNoSide()
        {
            var claims = Claims("Fares draw fire\n\nThe ferry company defended its fares on Tuesday. Its spokesman said the plan was \"fair to all\".");
            Assert.Null(C(claims, "the plan").Party);
        }

        // ---- 3. a transcript's heading names the briefer and the seat ----

        [Fact]
        public void TheHeadingsSeatGivesTheBriefersLabelItsSide()
        {
            var claims = Claims("Transcript of the Weekly Press Briefing by the Transport Ministry Spokesperson\n\nMinistry of Transport, Oslo\n\n" +
                                "QUESTION (Ada Lund, Harbour Radio): Will the ferry run on Monday?\n\n" +
                                "SPOKESPERSON: The ferry will run on Monday, and the pier has been repaired.\n\n" +
                                "QUESTION (Per Moe, Fjord Daily): What about the fares?\n\n" +
                                "SPOKESPERSON: The fares will stay as they are.");
            Assert.Equal("Norway", C(claims, "The ferry will run").Party);
            Assert.Equal("Norway", C(claims, "The fares will stay").Party);
            Assert.NotEqual("Norway", C(claims, "Will the ferry run").Party);
        }

        [Fact]
        public void TheHeadingsBriefersNameGivesTheNamedLabelItsSide()
        {
            var claims = Claims("THE WHITE HOUSE\n\nPRESS BRIEFING BY PRESS SECRETARY LENA HARTE\n\nMarch 3, 2014\n\n" +
                                "MS. HARTE: Good afternoon. The President will travel to Ohio on Friday.\n\n" +
                                "Q: Lena, will he meet the governor?\n\n" +
                                "MS. HARTE: I don't have a schedule to share yet.");
            Assert.Equal("United States", C(claims, "Good afternoon").Party);
        }

        [Fact]
        public void AHeadingWithTwoSeatsGivesNoSide()
        {
            var claims = Claims("Transcript of the Joint Briefing by the Spokesperson\n\nMinistry of Transport, Oslo\n\nEmbassy of Sweden, Stockholm\n\n" +
                                "QUESTION (Ada Lund, Harbour Radio): Will the ferry run on Monday?\n\n" +
                                "SPOKESPERSON: The ferry will run on Monday, and the pier has been repaired.\n\n" +
                                "QUESTION (Per Moe, Fjord Daily): What about the fares?\n\n" +
                                "SPOKESPERSON: The fares will stay as they are.");
            Assert.NotEqual("Norway", C(claims, "The ferry will run").Party);
        }

        // ---- 4. an interview's one-letter labels ----

        private const string Interview =
            "Singer Lena Harte has spent a decade writing songs about the docks of her home town. Questions and answers have been edited for length.\n\n" +
            "Q: How did it start?\n\n" +
            "A: I came to the harbour when I was six, and I never left it.\n\n" +
            "Q: And what comes next?\n\n" +
            "A: A record about the ferries, and a long rest after it.";

        [Fact]
        public void AnswersGoToThePersonTheHeadlineAndTheIntroductionName()
        {
            var claims = Claims("Harbour songs bring fame to singer Lena Harte\n\n" + Interview);
            Assert.Equal("Lena Harte", C(claims, "I came to the harbour").Speaker);
            Assert.Equal("Lena Harte", C(claims, "A record about").Speaker);
        }

        [Fact]
        public void AQuestionsLetterIsNoSpeaker()
        {
            var claims = Claims("Harbour songs bring fame to singer Lena Harte\n\n" + Interview);
            Assert.Null(C(claims, "How did it start").Speaker);
            Assert.DoesNotContain(claims, c => c.Speaker == "Q" || c.Speaker == "A");
        }

        [Fact]
        public void WithoutTheHeadlinesNameTheAnswersLetterIsNoSpeaker()
        {
            var claims = Claims("Songs of the harbour\n\n" + Interview);
            Assert.DoesNotContain(claims, c => c.Speaker == "Q" || c.Speaker == "A");
        }
            // ---- 6. a claim set off by commas, then denied ----

        [Fact]
        public void AClaimSetOffByCommasThenDeniedIsTheSpeakersDenial()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southern report's main assertion, that Northern troops fired first, was not borne out by the logs.");
            var berg = corpus.Claims.Single(c => c.Source == "Anna Berg" && c.Question == "first-shot");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Southland fired first", berg.Position);
        }

        [Fact]
        public void AClaimSetOffByCommasThenConfirmedIsNoDenial()
        {
            // the near miss: the set-off claim followed by no falsity word keeps its own reading
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the report's main assertion, that Southern troops fired first, was borne out by the logs.");
            Assert.DoesNotContain(corpus.Claims, c => c.Source == "Anna Berg" && c.Position == "Northland fired first");
        }
            // ---- 7. "One of them, who …, said": a relative aside between the partitive and the cue ----

        [Fact]
        public void OneOfThemWithARelativeAsideIsOneOfTheGroup()
        {
            var claims = Claims("Harbour inquiry disputed\n\nTwo senior harbour officials rejected the inquiry's account. One of them, who did not wish to be named, described the report as \"a story told backwards\".");
            // (the reported clause around the quotation is the same speaker's content since fix84b: "the report as “…”")
            var c = claims.First(x => x.Content.Contains("a story told backwards"));
            Assert.Equal("one of the senior harbour officials", c.Speaker);
        }

        [Fact]
        public void OneOfThemWithAnAsideOfNoRelativeIsReadAsBefore()
        {
            // the near miss: an aside that opens with no "who" is not read as the partitive's
            var claims = Claims("Harbour inquiry disputed\n\nTwo senior harbour officials rejected the inquiry's account. One of them, sadly, was too ill to speak.");
            Assert.DoesNotContain(claims, c => c.Speaker == "one of the senior harbour officials");
        }
    }
}
