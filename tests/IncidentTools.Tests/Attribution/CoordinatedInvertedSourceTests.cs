using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "…, said Jo Doyle and others.": an inverted source of a name, "and", and a second name or a phrase of people is
    /// one source, both of them; and "Around that time, 47 percent said …": a phrase of approximate time opens the
    /// sentence before its subject.
    /// </summary>
    public class CoordinatedInvertedSourceTests
    {
        [Theory]
        [InlineData("The bridge will stay shut until May, said Councillor Amir Doyle and others.", "Councillor Amir Doyle and others")]
        [InlineData("The ferry is always late, said Lena Ortiz and two other skippers.", "Lena Ortiz and two other skippers")]
        [InlineData("The ferry is always late, said Lena Ortiz and Amir Haddad.", "Lena Ortiz and Amir Haddad")]
        public void ANameAndOthersAfterTheVerbAreTheSource(string sentence, string source)
        {
            var f = Assert.Single(Run(sentence, new ContentThenCue(), new CueThenContent()));
            Assert.Equal(nameof(ContentThenCue), f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal("said", f.Cue);
        }

        [Theory]
        [InlineData("The ferry is always late, said Lena Ortiz and added that the timetable was a joke.")]
        [InlineData("The ferry is always late, said Lena Ortiz and the harbour.")]
        public void NoPeopleAfterTheCoordinatorIsNoSecondSource(string sentence)
        {
            // a verb after "and" is the name's own second verb; a place is no speaker
            foreach (var f in Run(sentence, new ContentThenCue(), new CueThenContent()))
                Assert.DoesNotContain(" and ", f.Source ?? "");
        }

        [Fact]
        public void AnApproximateTimeOpensTheSentenceBeforeAShare()
        {
            var f = Assert.Single(Run("Around that time, 47 percent said the bridge should be rebuilt.", new CueThenContent()));
            Assert.Equal("47 percent", f.Source);
            Assert.Equal("the bridge should be rebuilt", f.Content);
        }

        [Fact]
        public void AnApproximateAmountIsNoPhraseOfTime()
        {
            // "About 40 residents" is the subject itself, not a phrase of time before it
            var f = Assert.Single(Run("About 40 residents said the bridge should be rebuilt.", new CueThenContent()));
            Assert.Equal("About 40 residents", f.Source);
        }
    }
}
