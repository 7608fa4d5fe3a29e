using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Two wrong speakers of quoted words. A later quotation of a sentence is not the words of the source of an earlier one
    /// that stands, with that source, in a subordinate clause opening the sentence, when the quotation is in the main clause,
    /// which has a subject and a verb of its own ("While Reyes praises the survey as “careful,” Lund dwells on the “harbour”
    /// chapter": SameSentenceQuote, FragmentOfSubject). A verb of adding (reporting-verbs.txt tag adding) with a noun phrase object and "to" after
    /// it puts something somewhere and reports nothing ("can add a new title to her resume: “harbour poet”").
    /// </summary>
    public class Quotes103Tests
    {
        [Fact]
        public void AQuotationInTheMainClauseIsNotTheOpeningClauseSourcesWords()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "While Ada Lund praises the survey as a “careful and honest piece of work,” Tom Reyes dwells on its “harbour” chapter.");
            Assert.Equal("Ada Lund", Q(quotes, "careful and honest").Speaker);
            Assert.Null(Q(quotes, "harbour").Speaker);
            // nor does the verb of the opening clause voice the main clause's fragment (FragmentOfSubject)
            quotes = Quotes("The harbour board met on Monday.\n\n" +
                            "While Ada Lund proclaims the survey a “careful and honest piece of work,” Tom Reyes fixates on its “harbour” chapter.");
            Assert.Equal("Ada Lund", Q(quotes, "careful and honest").Speaker);
            Assert.Null(Q(quotes, "harbour").Speaker);
        }

        [Fact]
        public void AQuotationStillInTheOpeningClauseOrAfterOneWithoutAClauseStaysTheSources()
        {
            // the second quotation is in the opening clause too: the same source's words
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "After Ada Lund called the survey “careless” and “a waste of money,” the board voted to drop it.");
            Assert.Equal("Ada Lund", Q(quotes, "careless").Speaker);
            Assert.Equal("Ada Lund", Q(quotes, "a waste of money").Speaker);
            // both quotations in the main clause after the opening one: one source's words
            quotes = Quotes("The harbour board met on Monday.\n\n" +
                            "After the ferry broke down again, “Slow as a snail,” Tom Reyes wrote, and “full of rust.”");
            Assert.Equal("Tom Reyes", Q(quotes, "Slow as a snail").Speaker);
            Assert.Equal("Tom Reyes", Q(quotes, "full of rust").Speaker);
            // the main clause's own verb still voices its fragment
            quotes = Quotes("The harbour board met on Monday.\n\n" +
                            "When Ada Lund arrived at the pier, she championed the “harbour first” plan once more.");
            Assert.Equal("Ada Lund", Q(quotes, "harbour first").Speaker);
        }

        [Fact]
        public void AddingSomethingToSomethingReportsNothing()
        {
            var quotes = Quotes("The festival opens on Friday.\n\n" +
                                "Thanks to her new book of verse, Ada Lund can add a new title to her long resume: “harbour poet.”\n\n" +
                                "The band added two new songs to the set, “Sea Fever” and “Low Tide.”");
            Assert.Null(Q(quotes, "harbour poet").Speaker);
            Assert.Null(Q(quotes, "Sea Fever").Speaker);
        }

        [Fact]
        public void AddingACaveatOrAClauseStillReports()
        {
            var quotes = Quotes("The festival opens on Friday.\n\n" +
                                "Ada Lund, the organiser, added a caveat: “If it rains, we move indoors.”\n\n" +
                                "Tom Reyes added that the pier would be “closed to cars” for the weekend.");
            Assert.Equal("Ada Lund", Q(quotes, "If it rains").Speaker);
            Assert.Equal("Tom Reyes", Q(quotes, "closed to cars").Speaker);
        }
    }
}
