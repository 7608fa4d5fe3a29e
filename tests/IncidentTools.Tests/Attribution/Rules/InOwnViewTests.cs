using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The InOwnView rule: "In her view, …" reports the sentence as its owner's view (texts of its own).</summary>
    public class InOwnViewTests
    {
        [Fact]
        public void APronounOwnerHoldsTheView()
        {
            var records = Attributions("Board chair Ada Lund spoke last. In her view, the pier should close for the winter.");
            var view = Assert.Single(records, a => a.Rule == "InOwnView");
            Assert.Equal("her", view.Source);
            Assert.Equal("view", view.Cue);
            Assert.Equal("the pier should close for the winter", view.Content);
            Assert.Equal("Ada Lund", view.Speaker);
        }

        [Fact]
        public void ANamedOwnerAfterAConnective()
        {
            var view = Assert.Single(Attributions("But in Reyes's view, the ferries were never safe in a storm."), a => a.Rule == "InOwnView");
            Assert.Equal("Reyes", view.Source);
            Assert.Equal("the ferries were never safe in a storm", view.Content);
        }

        [Fact]
        public void AQuotationInTheViewIsTheOwnersWords()
        {
            var quotes = Quotes("Opposition leader Tom Reyes attacked the plan on Tuesday. In his view, the review was “a way to get past the summer without a decision.”");
            Assert.Equal("Tom Reyes", Q(quotes, "a way to get past").Speaker);
        }

        [Theory]
        [InlineData("Harbour master Ida Berg spoke after the vote. In her own words, “The ferry company ignored three warnings and now the pier is gone.”", "Ida Berg", "The ferry company")]
        [InlineData("The vote went against the ferry company. In Berg’s words, “The company ignored three warnings and now the pier is gone.”", "Berg", "The company")]
        public void AQuotationRightAfterTheOwnersWordsIsTheirs(string body, string speaker, string quoteStart)
        {
            var q = Q(Quotes(body), quoteStart);
            Assert.Equal("InOwnView", q.Rule);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Harbour master Ida Berg spoke after the vote. In other words, “The ferry company ignored three warnings and now the pier is gone.”")] // no owner
        [InlineData("Harbour master Ida Berg spoke after the vote. In her words of thanks “The ferry company ignored three warnings” was not said.")]      // no comma
        public void WordsWithoutAnOwnerOrACommaAttributeNothing(string body) =>
            Assert.DoesNotContain(Quotes(body), q => q.Rule == "InOwnView");

        [Fact]
        public void WithoutACommaWhenAClauseFollows()
        {
            var records = Attributions("Harbour master Ida Berg spoke after the vote. In her view the ferry company had ignored three warnings.");
            var view = Assert.Single(records, a => a.Rule == "InOwnView");
            Assert.Equal("the ferry company had ignored three warnings", view.Content);
            Assert.Equal("Ida Berg", view.Speaker);
        }

        [Theory]
        [InlineData("Two harbour pilots have told the story differently. By their account, the ferry left the pier before the storm warning.", "their", "harbour pilots")]
        [InlineData("By the pilot's account, the ferry left the pier before the storm warning.", "the pilot", "pilot")]
        public void ByAnOwnersAccountOpensTheSameFrame(string body, string source, string speaker)
        {
            var view = Assert.Single(Attributions(body), a => a.Rule == "InOwnView");
            Assert.StartsWith(source, view.Source);
            Assert.Equal("account", view.Cue);
            Assert.Equal("the ferry left the pier before the storm warning", view.Content);
            Assert.Contains(speaker, view.Speaker);
        }

        [Theory]
        [InlineData("By his view, the ferry left the pier before the storm warning.")]            // "by" with a noun of thought
        [InlineData("By her words, the ferry left the pier before the storm warning.")]           // "by" with a noun of words
        [InlineData("By all accounts, the ferry left the pier before the storm warning.")]        // no owner
        [InlineData("By his account of the storm the ferry left the pier early.")]                // no comma and a preposition after the noun
        public void ByWithoutAnOwnersAccountAttributesNothing(string body) =>
            Assert.DoesNotContain(Attributions(body), a => a.Rule == "InOwnView");

        [Theory]
        [InlineData("In his view of the harbour the ferries were small and grey.")]   // no comma and a preposition after the noun
        [InlineData("In her view from the bridge the ferries looked small.")]        // the same, "from"
        [InlineData("In public view, the ferries kept sailing through the storm.")]     // no owner
        [InlineData("In this view, the ferries kept sailing through the storm.")]       // a determiner, no owner
        [InlineData("In his office, the ferry captain kept the old charts.")]          // no noun of thought
        [InlineData("The ferries, in his view, kept sailing through the storm.")]     // the phrase inside the clause
        public void NotWithoutAnOwnersViewBeforeTheClause(string body) =>
            Assert.DoesNotContain(Attributions(body), a => a.Rule == "InOwnView");

        [Theory]
        [InlineData("Harbour master Ida Berg spoke after the vote. The facts, in her telling, are that the ferry company ignored three warnings.", "her", "Ida Berg", "the ferry company ignored three warnings")]
        [InlineData("The trouble, in Reyes's view, was that the pier had never been inspected.", "Reyes", "Reyes", "the pier had never been inspected")]
        public void AFrameSetOffAfterTheSubjectBeforeBeThatReportsTheClause(string body, string source, string speaker, string content)
        {
            var view = Assert.Single(Attributions(body), a => a.Rule == "InOwnView");
            Assert.Equal(source, view.Source);
            Assert.Equal(speaker, view.Speaker);
            Assert.Equal(content, view.Content);
        }

        [Theory]
        [InlineData("The facts, in her telling, were simple enough for anyone.")]           // no "that" after "be"
        [InlineData("The harbour board said, in its view, that the ferries were safe.")]    // a verb before the aside: the board's own cue
        [InlineData("The ferries and the old pier, in his view, are that town's pride.")]   // too long a subject, no "that"-clause
        public void NotAFrameAsideWithoutASubjectBeThat(string body) =>
            Assert.DoesNotContain(Attributions(body), a => a.Rule == "InOwnView");

        [Theory]
        // the one described just before, who spoke, owns the frame, not the one an earlier "he" stood for
        [InlineData("One harbour pilot said the tide had turned early. He asked not to be named.\n\nA second port official said the warning \u201ccame far too late.\u201d In his telling, nobody at the port ignored the storm.", "second port official")]
        [InlineData("One harbour pilot said the tide had turned early. He asked not to be named.\n\nA second port official said the warning \u201ccame far too late.\u201d In his view, nobody at the port ignored the storm.", "second port official")]
        public void APronounOwnerOfAnOpeningFrameIsTheSpeakerJustBefore(string body, string speaker)
        {
            var view = Assert.Single(Attributions(body), a => a.Rule == "InOwnView");
            Assert.Equal(speaker, view.Speaker);
        }
    }
}
