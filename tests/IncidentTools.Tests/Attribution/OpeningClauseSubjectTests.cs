using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subordinate clause that opens the sentence ("When Ortiz was asked about the pier, he said …"): the cue of the
    /// quotation is the main clause's, so is its subject; and the main clause's "he" or "she" is the opening clause's
    /// subject, a person of that gender, unless the clause is a condition ("If Ortiz loses, he said, …"), which is part
    /// of what is said.
    /// </summary>
    public class OpeningClauseSubjectTests
    {
        [Fact]
        public void TheMainClauseSubjectIsTheSourceOfItsCue()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "While Ada Lund affirmed that she likes the plan, she also stated a day earlier, “If it fails, we will have to fight.”\n\n" +
                                "In an interview with the hosts Tom Reyes and Ben Ortiz, the mayor stated that the plan was “divisive.”");
            var lund = Q(quotes, "If it fails");
            Assert.Equal("she", lund.SpeakerMention);
            Assert.Equal("Ada Lund", lund.Speaker);
            Assert.Equal("the mayor", Q(quotes, "divisive").SpeakerMention);
        }

        [Fact]
        public void ACueInsideTheOpeningClauseDoesNotReachIntoTheMainClause()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "When Tom Reyes suggested that the port would sue the city over the pier, Ada Lund fired back forcefully: “If they sue us, they will lose.”\n\n" +
                                "But as the Harbour Times noted in an editorial Thursday, the mayor “has surprisingly earned himself a few fans.”");
            Assert.Equal("Ada Lund", Q(quotes, "If they sue us").Speaker);
            quotes = Quotes("The harbour board met on Monday.\n\n" +
                            "After Tom Reyes said that the students might do better at “less advanced schools,” Ada Lund said: “I do not like what he said.”");
            Assert.Equal("Ada Lund", Q(quotes, "I do not like").Speaker);
            quotes = Quotes("The harbour board met on Monday.\n\n" +
                            "When Tom Reyes suggested that the port would sue the city over the pier, Ada Lund fired back forcefully: “If they sue us, they will lose.”\n\n" +
                            "But as the Harbour Times noted in an editorial Thursday, the mayor “has surprisingly earned himself a few fans.”");
            // "as X noted, …": the opening clause reports the main one
            Assert.Equal("the Harbour Times", Q(quotes, "has surprisingly earned").SpeakerMention);
        }

        [Fact]
        public void ASubordinatorAndASubjectAloneIsNoClauseOfItsOwn()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\nOr, as Tom Reyes, a former harbour master, put it: “The barbarians are inside.”");
            var q = Q(quotes, "The barbarians");
            Assert.Equal("Tom Reyes", q.SpeakerMention);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Fact]
        public void HeAfterAnOpeningClauseIsItsSubject()
        {
            var quotes = Quotes("Harbour master Tom Reyes spoke on Monday. Reyes said the pier was safe.\n\n" +
                                "When Mayor Ben Ortiz was asked about the pier, he said, “It is a disgrace.”");
            var q = Q(quotes, "It is a disgrace");
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Ben Ortiz", q.Speaker);
        }

        [Fact]
        public void NotAfterAConditionNorForAnotherGender()
        {
            var quotes = Quotes("Harbour master Tom Reyes spoke on Monday. Reyes said the pier was safe.\n\n" +
                                "If Mayor Ben Ortiz does not win the vote, he said, “we will all leave.”");
            Assert.Equal("Tom Reyes", Q(quotes, "we will all leave").Speaker);
            quotes = Quotes("Harbour master Tom Reyes spoke on Monday. Reyes said the pier was safe.\n\n" +
                            "Though Maria Costa led the vote, he said, “It is a disgrace.”");
            Assert.Equal("Tom Reyes", Q(quotes, "It is a disgrace").Speaker);
        }
    }
}
