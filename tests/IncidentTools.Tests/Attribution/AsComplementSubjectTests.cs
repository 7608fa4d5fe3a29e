using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor praised Lena Ortiz as the best choice ever to lead the port and said …", "Bell defended the union as the
    /// most sensible group, praised the board and said …": the noun phrase after the "as" of a verb's object says what the
    /// object is held to be; it is never the subject of the verbs listed after it (the source was "the best choice"). "…, as the mayor said" and "safe as the mayor said" keep their as-clause's subject. Invented
    /// harbour stories.
    /// </summary>
    public class AsComplementSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("The mayor praised Lena Ortiz as the most qualified person ever to lead the port and said she would start in May.", "The mayor", "she would start in May")]
        [InlineData("Bell defended the union as the most sensible group in the port, praised the board and said the strike was fair.", "Bell", "the strike was fair")]
        public void TheListedVerbsHaveTheSentencesSubject(string sentence, string source, string content)
        {
            var found = Claims(sentence);
            Assert.DoesNotContain(found, x => x.Source != null && x.Source.Contains("qualified"));
            Assert.DoesNotContain(found, x => x.Source != null && x.Source.Contains("sensible"));
            var f = Assert.Single(found, x => x.Content == content);
            Assert.Equal(source, f.Source);
        }

        [Theory]
        // after a participle "as" gives the subject's role; after a word of time it opens a clause
        [InlineData("A woman later identified as Ada Lund, a harbour pilot, demanded to know whether the pier would close.", "Ada Lund")]
        [InlineData("The protest grew louder on Wednesday as Jo Bell, the mayor's sister, attacked the plan for the pier.", "Jo Bell")]
        public void AnAsThatOpensAClauseOrARoleKeepsItsSubject(string sentence, string source)
        {
            Assert.Contains(Claims(sentence), x => x.Source == source);
        }

        [Fact]
        public void AsWellIsNoComplement()
        {
            // "as well" closes the first phrase: the second's subject is the sentence's, never the object before it
            var found = Claims("Likewise, the chief went after Ada Lund for backing the board as well and called for her to quit the race.");
            Assert.DoesNotContain(found, x => x.Source == "Ada Lund");
        }
    }
}
