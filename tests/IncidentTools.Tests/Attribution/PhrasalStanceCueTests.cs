using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Phrasal cues of speech, stance and denial (reporting-verbs.txt "+" lines): "spoke out against", "came out against",
    /// "took issue with", "took aim at", "brushed off"; the verb alone ("came", "took", "brushed") reports nothing. And
    /// "castigated", a verb of judging.
    /// </summary>
    public class PhrasalStanceCueTests
    {
        [Theory]
        [InlineData("Councillor Amir Haddad spoke out against the new harbour levy.", "spoke out against", "the new harbour levy")]
        [InlineData("Councillor Amir Haddad spoke out about the closure of the ferry office.", "spoke out about", "the closure of the ferry office")]
        [InlineData("Councillor Amir Haddad came out against the new harbour levy.", "came out against", "the new harbour levy")]
        [InlineData("Councillor Amir Haddad has come out in favor of the new harbour levy.", "come out in favor of", "the new harbour levy")]
        [InlineData("Councillor Amir Haddad took issue with the board's figures on the catch.", "took issue with", "the board's figures on the catch")]
        [InlineData("Councillor Amir Haddad took aim at the board's record on safety.", "took aim at", "the board's record on safety")]
        [InlineData("Councillor Amir Haddad brushed off the criticism from the fishermen.", "brushed off", "the criticism from the fishermen")]
        [InlineData("Councillor Amir Haddad castigated the board for its handling of the storm.", "castigated", "the board for its handling of the storm")]
        public void ThePhrasalCueReportsItsObject(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal("Councillor Amir Haddad", f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Councillor Amir Haddad came to the harbour on Monday with two of his aides.")]
        [InlineData("Councillor Amir Haddad took the ferry to the island and back.")]
        [InlineData("Councillor Amir Haddad brushed the sand from his coat before the meeting.")]
        public void TheVerbAloneReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));
    }
}
