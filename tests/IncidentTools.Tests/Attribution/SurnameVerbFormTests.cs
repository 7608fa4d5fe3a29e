using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A capitalised verb form right after a given name and right before a comma or a full stop is the person's surname
    /// ("said Martin States, a carpenter"), not a verb that ends the name; "Martin Says Goodbye" keeps it a verb.
    /// </summary>
    public class SurnameVerbFormTests
    {
        [Theory]
        [InlineData("“We will rebuild the jetty,” said Martin States, a carpenter from Ostby.", "Martin States")]
        [InlineData("“We will rebuild the jetty,” said Helen Reports.", "Helen Reports")]
        public void TheVerbFormIsTheSurname(string sentence, string source)
        {
            var f = Assert.Single(Run(sentence));
            Assert.Equal(nameof(QuoteThenCue), f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(source, f.Record.Speaker!.Display);
            Assert.Equal("We will rebuild the jetty,", f.Content);
        }

        [Fact]
        public void ASubjectWithTheVerbFormAsSurnameReports()
        {
            var f = Assert.Single(Run("Martin States, a carpenter, said the town would rebuild the jetty.", new CueThenContent()));
            Assert.Equal("Martin States", f.Record.Speaker!.Display);
            Assert.Equal("said", f.Cue);
            Assert.Equal("the town would rebuild the jetty", f.Content);
        }

        [Fact]
        public void AVerbFormBeforeAWordStaysAVerb()
        {
            // near miss: a headline in title case, where the capitalised form after the given name is its verb
            var f = Assert.Single(Run("Mayor Helen Says Jetty Will Reopen", "The jetty closed in May.", out _));
            Assert.Equal(nameof(HeadlineCue), f.Rule);
            Assert.Equal("Says", f.Cue);
            Assert.Equal("Jetty Will Reopen", f.Content);
        }
    }
}
