using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// After a verb and its object noun phrase, "that" followed by a subject of its own may open the noun's relative clause,
    /// whose object is the noun ("found the parking lot that the officer had pointed out"): the words after "that" lack their
    /// object and are not what the verb reports. After a noun that takes a that-clause as its content ("rejected the idea
    /// that …", "denied the claim that …") or a noun of persons who are told ("assured the families that …"), the clause
    /// is still the content.
    /// </summary>
    public class ObjectRelativeThatTests
    {
        [Theory]
        [InlineData("I found the parking lot that the officer had pointed out to me.", "the officer had pointed out to me")]
        [InlineData("Parents cannot determine the effects that a move will have on a child.", "a move will have on a child")]
        [InlineData("The coach found the old bag that he had left in the van.", "he had left in the van")]
        public void ThatAndASubjectAfterAnObjectNounOpenNoContent(string sentence, string relativeClause)
        {
            Assert.DoesNotContain(Run(sentence, new CueThenContent()), f => f.Content == relativeClause);
        }

        [Theory]
        [InlineData("The mayor rejected the idea that the bridge was unsafe.", "the bridge was unsafe")]
        [InlineData("The mayor accepted the fact that the pier would close.", "the pier would close")]
        [InlineData("The council accepted the possibility that the pier would close.", "the pier would close")]
        [InlineData("The minister assured the families that they would be housed.", "they would be housed")]
        public void AfterANounOfContentOrOfPersonsTheClauseIsTheContent(string sentence, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(content, f.Content);
        }
    }
}
