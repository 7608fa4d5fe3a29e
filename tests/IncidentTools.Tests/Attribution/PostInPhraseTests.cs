using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "said in a Facebook post that …": the noun of a phrase after the verb ("post", "report", "remarks") is no verb, and a
    /// name after "a" ("a Facebook", "a Twitter") is no collective subject of one: the report is the subject's, whole.
    /// </summary>
    public class PostInPhraseTests
    {
        [Theory]
        [InlineData("A residents' group said in a Facebook post that the ferry cuts were being exaggerated.", "A residents' group", "the ferry cuts were being exaggerated")]
        [InlineData("The harbour master wrote in a blog post on Monday that the pier would reopen.", "The harbour master", "the pier would reopen")]
        [InlineData("Councillor Ada Lund said in her opening remarks that the budget was too small.", "Councillor Ada Lund", "the budget was too small")]
        public void TheReportIsTheSubjects(string body, string source, string content)
        {
            var a = Attributions(body).Single();
            Assert.Equal(source, a.Source);
            Assert.Equal(content, a.Content.TrimEnd('.'));
        }

        [Fact]
        public void ANameAfterAnArticleIsNoSubjectOfAVerb()
        {
            Assert.DoesNotContain(Attributions("A residents' group said in a Facebook post that the ferry cuts were exaggerated."), a => a.Cue == "post");
            // a collective organisation still reports with a plural verb
            Assert.Equal("Police", Attributions("Police say the pier will reopen on Monday.").Single().Source);
        }

        [Fact]
        public void APluralNounWithoutADeterminerIsStillAVerbsPlace()
        {
            // "in states that award …": no determiner, "that" opens a relative clause about the states, not the content
            var all = Attributions("The campaign was still hoping to win delegates in states that award them proportionally.");
            Assert.DoesNotContain(all, a => a.Content.StartsWith("award"));
        }
    }
}
