using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// After a verb and its object noun, "that" followed by a verb opens the noun's relative clause, not a content clause
    /// (that clause has no subject of its own): "blamed the company that repaired the bridge" blames the company, and the
    /// content is the whole noun phrase, not "repaired the bridge". A "that" with a subject after it is still a content
    /// clause, and after an addressee ("told the council that …") the clause is the content.
    /// </summary>
    public class RelativeThatObjectTests
    {
        [Theory]
        [InlineData("The government blamed the company that repaired the bridge last year.", "the company that repaired the bridge last year")]
        [InlineData("The mayor praised the firefighters that were first on the scene.", "the firefighters that were first on the scene")]
        [InlineData("The union criticised a ruling that came too late for the dockers.", "a ruling that came too late for the dockers")]
        public void ThatAndAVerbAfterTheObjectKeepTheObject(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The minister told the council that repaired roads would reopen in May.", "repaired roads would reopen in May")]
        [InlineData("The mayor warned fishermen that the pier was unsafe.", "the pier was unsafe")]
        [InlineData("The harbour master said on Monday that the pier was unsafe.", "the pier was unsafe")]
        public void ThatWithASubjectOrAfterAnAddresseeOpensTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }

        /// <summary>"said that was not true": right after the verb, "that" before a finite verb is the clause's subject, kept in the content.</summary>
        [Theory]
        [InlineData("The harbour master said that was not true.", "that was not true")]
        [InlineData("The mayor said that would be a mistake.", "that would be a mistake")]
        [InlineData("The mayor said that the pier would be closed.", "the pier would be closed")]
        public void ThatBeforeAFiniteVerbIsTheSubject(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }
    }
}
