using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A relative clause of a person after the cue of the sentence's subject, whose verb of speech reports the clause that holds
    /// the quotation ("The board wrote to Reyes, who replied that the levy was “…”"): the quoted words are the relative's
    /// antecedent's, never the subject of the outer cue.
    /// </summary>
    public class RelativeReportAfterCueTests
    {
        [Theory]
        [InlineData("The harbour board wrote to Tom Reyes, who replied that the new levy was “a tax on fishermen.”")]
        [InlineData("The harbour board wrote to Tom Reyes, who said the new levy was “a tax on fishermen.”")]
        [InlineData("The harbour board met Tom Reyes, who told them that the new levy was “a tax on fishermen.”")]
        public void TheRelativesAntecedentSpeaks(string text)
        {
            var q = Quotes(text).Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void ARelativeOfThoughtLeavesTheQuotationToTheOuterSpeaker()
        {
            var q = Quotes("Tom Reyes said voters who think the levy is “a tax on fishermen” are wrong.").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        // the relative's verb has a phrase, no clause, before the quotation: the quotation is the outer clause's
        [InlineData("Tom Reyes said the way the board treated skippers who complained about the levy “would shame any council.”")]
        // a verb of wondering relates no words of its subject
        [InlineData("Tom Reyes recalled that his crews, who wondered if “the levy would ever end,” kept fishing.")]
        public void ARelativeThatReportsNoClauseLeavesTheOuterSpeaker(string text)
        {
            var q = Quotes(text).SingleOrDefault();
            Assert.True(q == null || q.Speaker == "Tom Reyes", q?.Speaker);
        }

        [Fact]
        public void ARelativeOfTheSubjectItselfIsUnchanged()
        {
            var q = Quotes("Tom Reyes, who said the levy was “a tax on fishermen,” resigned on Monday.").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }
    }

    /// <summary>
    /// Two people joined by "and" with the "of" phrase of their organisation after them, as the trailing source of a quotation
    /// ("“…,” engineers Ada Lund and Jo Reyes of the Coastal Safety Institute wrote"): no word of the organisation's name is the
    /// speaker.
    /// </summary>
    public class JoinedPeopleOfOrganisationTests
    {
        [Theory]
        [InlineData("“The sea wall will not last the winter,” surveyors Tom Reyes and Mia Holt of the Eastern Board for Harbour Works wrote in June.")]
        [InlineData("“The sea wall will not last the winter,” surveyors Tom Reyes and Mia Holt of the harbour board wrote in June.")]
        public void NoWordOfTheOrganisationSpeaks(string text)
        {
            var q = Quotes(text).SingleOrDefault();
            Assert.True(q == null || q.Speaker is not ("Works" or "board" or "Eastern Board for Harbour Works" or "harbour board"), q?.Speaker);
        }

        [Fact]
        public void TheJoinedPeopleAloneStillSpeak()
        {
            var q = Quotes("“The sea wall will not last the winter,” surveyors Tom Reyes and Mia Holt wrote in June.").Single();
            Assert.Contains("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void OnePersonOfTheOrganisationStillSpeaks()
        {
            var q = Quotes("“The sea wall will not last the winter,” Tom Reyes of the Eastern Board for Harbour Works wrote in June.").Single();
            Assert.Equal("Tom Reyes", q.Speaker);
        }
    }
}
