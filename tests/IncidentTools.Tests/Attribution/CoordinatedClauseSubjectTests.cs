using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A name that ends a clause, then a comma, "and" or "but", an opening phrase and a subject pronoun of a clause of its own ("… between
    /// her and Reyes, and since 2008 she has told the council that “…”"): the words after the comma are no apposition of the name,
    /// and the name is not the speaker of the later verb.
    /// </summary>
    public class CoordinatedClauseSubjectTests
    {
        [Theory]
        [InlineData("The gap is between her and Reyes, and since 2008 she has told the council that “I only lost one vote.”", "Reyes")]
        [InlineData("The race is between him and Lund, and in every debate he has told voters: “I never lose twice.”", "Lund")]
        [InlineData("The vote split the council and Ortiz, but after the recount she told reporters: “We will appeal.”", "Ortiz")]
        public void TheNameBeforeTheCoordinatedClauseIsNotItsSpeaker(string text, string name)
        {
            var q = Quotes(text).Single();
            Assert.NotEqual(name, q.Speaker);
            Assert.NotEqual(name, q.SpeakerMention);
        }

        [Theory]
        [InlineData("Reyes agrees, and since 2008 she has told the council that “the pier is safe.”", "Reyes")]
        [InlineData("Tom and Reyes agree, and since 2008 she has told the council that “the pier is safe.”", "Tom and Reyes")]
        public void AYearBeforeTheNewClausesSubjectLeavesTheQuotationToThatSubject(string text, string name)
        {
            // a clause after "and"/"but" that opens with a year and no comma ("since 2008 she has told"): its pronoun is the
            // subject of its verb, and the subject of the first clause does not reach over it to the quotation
            var q = Quotes(text).Single();
            Assert.NotEqual(name, q.Speaker);
            Assert.Equal("she", q.SpeakerMention);
        }

        [Fact]
        public void ANameAfterTheOpeningYearIsTheSpeaker()
        {
            // near miss: the year opens the sentence and a name is its subject
            var q = Quotes("Since 2008 Reyes has told the council that “the pier is safe.”").Single();
            Assert.Equal("Reyes", q.Speaker);
        }

        [Fact]
        public void AnAppositionClosedByItsCommaStaysTheNames()
        {
            // near miss: an aside closed by a comma before the verb is still the name's
            var q = Quotes("Jo Reyes, and she alone, said “we stand firm.”").Single();
            Assert.Equal("Jo Reyes", q.Speaker);
        }
    }
}
