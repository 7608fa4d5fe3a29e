using IncidentTools.Corpus;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers and sides of court reporting and of officials named by their office alone, on text of the tests' own: an office's
    /// title with no holder named ("The Interior Minister said") and a judge speak for the dateline's country; a "he" right after
    /// a judge's statement is the judge, not a counsel named before with another role; one who works at a business school speaks
    /// for no side.
    /// </summary>
    public class Speaker110Tests
    {
        private static readonly PartyDefinition[] Sides =
        {
            new PartyDefinition("Northern side", aliases: new[] { "Sweden", "Swedish", "Stockholm" }),
            new PartyDefinition("Southern side", aliases: new[] { "Denmark", "Danish", "Copenhagen" }),
            new PartyDefinition("Independent", null, null, new[] { "Jo Analyst" }, "Analysts, and the other countries.", true),
        };

        private const string Headline = "Court hears ferry petition";

        // ---- an office's title with no holder named ----

        [Theory]
        [InlineData("The Interior Minister told reporters that the ferry had been shelled first. \"We will not accept this,\" the Interior Minister said.")]
        [InlineData("The Defence Minister told reporters that the ferry had been shelled first. \"We will not accept this,\" the minister said.")]
        // a law officer's title of three words (titles.txt; speaker117): one title, not a title before a person named "General"
        [InlineData("Appearing for the government, a Deputy Attorney General told the court \"We will not accept this\" on any terms.")]
        [InlineData("\"We will not accept this,\" an Additional Attorney General told the court.")]
        public void AnOfficeWithNoHolderNamedSpeaksForTheDatelinesCountry(string paragraph)
        {
            var quote = Q(Quotes(Headline, "STOCKHOLM, May 3 - " + paragraph, Sides), "We will not accept this");
            Assert.Equal("Northern side", quote.Party);
        }

        [Theory]
        // an office whose holder speaks abroad: the dateline does not say whose
        [InlineData("\"We will not accept this,\" the Ambassador said.")]
        // a sentence that names another country: the office may be that country's
        [InlineData("\"We will not accept this,\" the Interior Minister told Danish reporters.")]
        [InlineData("\"We will not accept this,\" a Deputy Attorney General told Danish reporters.")]
        public void AnOfficeAbroadOrBesideAnotherCountryTakesNoSideFromTheDateline(string paragraph)
        {
            var quote = Q(Quotes(Headline, "STOCKHOLM, May 3 - " + paragraph, Sides), "We will not accept this");
            Assert.NotEqual("Northern side", quote.Party);
        }

        [Fact]
        public void ALawOfficersTitleBeforeANameIsTheNamedPersonsTitle()
        {
            // near case: with a name after it the title is the person's, who is named
            var quote = Q(Quotes(Headline, "STOCKHOLM, May 3 - Deputy Attorney General Jo Berg told the court \"We will not accept this\" on any terms.", Sides), "We will not accept this");
            Assert.Equal("Jo Berg", quote.Speaker);
            Assert.Equal("Northern side", quote.Party);
        }

        // ---- a judge; one who works at a business school ----

        [Theory]
        [InlineData("STOCKHOLM, May 3 - \"The court will hear the families first,\" the judge said.", "The court will hear", "judge", "Northern side")]
        // near case: with no dateline, a judge is of no place the text names
        [InlineData("\"The court will hear the families first,\" the judge said.", "The court will hear", "judge", null)]
        [InlineData("Anna Berg, an economist at a Stockholm business school, said the trade was small. \"It will pass,\" she said.", "It will pass", "Anna Berg", "Independent")]
        public void AJudgeSpeaksForTheDatelinesCountryAndAScholarForNoSide(string body, string start, string speaker, string? party)
        {
            var quote = Q(Quotes(Headline, body, Sides), start);
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal(party, quote.Party);
        }

        // ---- "he" after a judge's statement ----

        private const string Counsel =
            "STOCKHOLM, May 3 - The shipping line's lawyer, Erik Dahl, argued that the ferry company had lied. \"The families want the logs,\" he said.\n\n";

        [Fact]
        public void AHeRightAfterTheJudgesStatementIsTheJudgeNotTheCounsel()
        {
            var quotes = Quotes(Headline, Counsel + "The judge observed that the case was one for the ministry, but said the court wanted to know more. " +
                                          "\"We will not run the ministry,\" he remarked, \"but the families deserve an answer.\"", Sides);
            Assert.Equal("Erik Dahl", Q(quotes, "The families want the logs").Speaker);
            Assert.Equal("judge", Q(quotes, "We will not run the ministry").Speaker);
            Assert.Equal("judge", Q(quotes, "but the families deserve").Speaker);
        }

        [Fact]
        public void AHeAfterADescriptionOfOneNamedWithNoRoleKeepsTheNamedOne()
        {
            // near case: the one named before was given no role, so the description may be that person again
            var quotes = Quotes("Tax row", "Martin Kohl said the plan was good. \"It is a fair plan,\" he said.\n\n" +
                                           "The Republican nominee noted that taxes were high. \"We can do better,\" he said.", Sides);
            Assert.Equal("Martin Kohl", Q(quotes, "We can do better").Speaker);
        }

        [Fact]
        public void AnEconomistAtABankIsNoScholar()
        {
            // near case: a bank is no body of research or teaching
            var quote = Q(Quotes(Headline, "Maria Lind, an economist at a Stockholm bank, said the trade was small. \"It will pass,\" she said.", Sides), "It will pass");
            Assert.Equal("Maria Lind", quote.Speaker);
            Assert.NotEqual("Independent", quote.Party);
        }
    }
}
