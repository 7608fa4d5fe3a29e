using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "An officer who was at the pier that night, and who asked not to be named, said …": a subject picked out by a relative
    /// clause with no comma, and a second relative joined to it by ", and who", is the subject of the verb after them; so is one
    /// whose relative clause holds a "that" of its own ("who was at the pier that night said"). A later "he" then stands for
    /// the officer, not for the speaker before.
    /// </summary>
    public class JoinedRelativeSubjectTests
    {
        private const string Headline = "Ferry service resumes after the storm";
        private const string Before = "Captain Tom Reyes spoke first. “We are safe,” he said. ";

        [Theory]
        [InlineData("An officer who was at the pier that night, and who asked not to be named, said the gate had been left open.")]
        [InlineData("An officer who was at the pier, and who asked that his name be withheld, said the gate had been left open.")]
        [InlineData("An officer who was at the pier that night said the gate had been left open.")]
        public void TheDescriptionBeforeTheRelativesReportsTheClause(string sentence)
        {
            string body = Before + sentence + " “Nobody checked,” he said.";
            var a = Attributions(body).Single(x => x.Content == "the gate had been left open");
            Assert.Equal("CueThenContent", a.Rule);
            // (the resolver names the officer by the phrase, or by its head when a "that" follows in the clause)
            Assert.StartsWith("officer", a.Speaker);
            Assert.StartsWith("An officer who was at the pier", a.Source);
            Assert.Equal("said", a.Cue);
            // offsets in the file: the headline and a blank line stand before the body
            int at = Headline.Length + 2;
            Assert.Equal(at + body.IndexOf("An officer"), a.SourceStart);
            Assert.Equal(at + body.IndexOf("the gate had"), a.ContentStart);
            // the "he" of the next quotation is the officer, not Captain Reyes
            var q = Q(Quotes(body), "Nobody checked");
            Assert.Equal(a.Speaker, q.Speaker);
            Assert.Equal("QuoteThenCue", q.Rule);
        }

        [Fact]
        public void ANamedSubjectWithTwoInsertedRelativesKeepsItsName()
        {
            var a = Attributions("Captain Tom Reyes, who was at the pier that night, and who asked about the gate, said the gate had been left open.")
                .Single(x => x.Content == "the gate had been left open");
            Assert.Equal("Tom Reyes", a.Speaker);
        }

        [Theory]
        [InlineData("The harbour that officers patrol that night said the gate had been left open.")]
        [InlineData("The boats that sailed that night, and which nobody checked, show the gate had been left open.")]
        public void ARelativeAboutAThingGivesNoSource(string sentence)
        {
            var records = Attributions(sentence);
            Assert.DoesNotContain(records, x => x.Content == "the gate had been left open");
        }
    }
}
