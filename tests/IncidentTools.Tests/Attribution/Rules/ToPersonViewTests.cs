using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The ToPersonView rule: "To her, …" opens a clause that is her view; a quotation in it is her words (texts of its own).</summary>
    public class ToPersonViewTests
    {
        [Fact]
        public void ANamedPersonOpeningTheSentence()
        {
            var q = Q(Quotes("The council voted on Monday to rebuild the old pier. To Lund, the new pier is “a monument to bad planning and worse timing.”"), "a monument");
            Assert.Equal("ToPersonView", q.Rule);
            Assert.Equal("Lund", q.Speaker);
        }

        [Fact]
        public void APronounAfterBecause()
        {
            var q = Q(Quotes("Harbour master Ida Berg has filmed the fishermen for ten years. She keeps filming because to her, “there is nothing more important than telling the story of the harbour.”"), "there is nothing");
            Assert.Equal("ToPersonView", q.Rule);
            Assert.Equal("Ida Berg", q.Speaker);
        }

        [Fact]
        public void AfterAConnective()
        {
            var q = Q(Quotes("Council member Tom Reyes voted against the plan. But to him, the pier was “never worth saving in the first place.”"), "never worth");
            Assert.Equal("ToPersonView", q.Rule);
            Assert.Equal("Tom Reyes", q.Speaker);
        }

        [Theory]
        [InlineData("To her surprise, the ferry company called the plan “a reasonable first step for the town.”")]      // no comma after the person
        [InlineData("To date, the ferry company has called the plan “a reasonable first step for the town.”")]          // no person
        [InlineData("To the council, the plan was “a reasonable first step for the town.”")]                            // a description, not a name
        [InlineData("Ida Berg spoke first. To Lund, Reyes wrote a letter that called the plan “a reasonable first step for the town.”")] // a reporting verb between
        [InlineData("Ida Berg spoke first. To Lund, the pier that Reyes designed is known as “the long walk to nowhere.”")] // a relative clause between
        [InlineData("Ida Berg spoke first. She gave the keys to Lund, and the ferry company called the plan “a reasonable first step for the town.”")] // "to" inside the clause
        public void NotWithoutAPersonsViewBeforeTheQuotation(string body) =>
            Assert.DoesNotContain(Quotes(body), q => q.Rule == "ToPersonView");
    }
}
