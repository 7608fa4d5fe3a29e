using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb of casting (tagged casting: cast) reports only with "as" after its object, what the subject casts the object
    /// as ("cast the levy as a tax on the poor"); casting a ballot or votes reports nothing. Its past is spelled as its base
    /// ("cast casts cast casting"), so "Ortiz cast …" is a past with a singular subject, not a noun phrase.
    /// </summary>
    public class CastingTests
    {
        [Theory]
        [InlineData("Mayor Ines Ortiz cast the new levy as a tax on the poor.", "Mayor Ines Ortiz", "cast")]
        [InlineData("Mayor Ines Ortiz casts the new levy as a tax on the poor.", "Mayor Ines Ortiz", "casts")]
        [InlineData("Mayor Ines Ortiz has cast the new levy as a tax on the poor.", "Mayor Ines Ortiz", "cast")]
        [InlineData("The harbour workers cast the new levy as a tax on the poor.", "The harbour workers", "cast")]
        public void CastingTheObjectAsSomethingReports(string sentence, string source, string cue)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.StartsWith("the new levy as a tax", f.Content);
        }

        [Fact]
        public void CastingHerselfAsSomethingReports()
        {
            var f = Assert.Single(Run("Mayor Ines Ortiz cast herself as a champion of the harbour workers during a speech.", new CueThenContent()));
            Assert.Equal("Mayor Ines Ortiz", f.Source);
            Assert.Equal("cast", f.Cue);
            Assert.StartsWith("herself as a champion", f.Content);
        }

        [Theory]
        [InlineData("Nearly 900 residents of the island cast a ballot for the new mayor.")]
        [InlineData("The delegates from the northern towns cast their votes for other candidates.")]
        [InlineData("Hundreds of delegates cast their votes for other candidates as doubts grew about the count.")]
        [InlineData("Mayor Ines Ortiz cast her vote early on Tuesday, and went back to work.")]
        public void CastingABallotReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));

        [Fact]
        public void CastAsANounIsNoVerb()
        {
            var f = Assert.Single(Run("Several cast members of the harbour play said the director shouted at them.", new CueThenContent()));
            Assert.Equal("Several cast members of the harbour play", f.Source);
            Assert.Equal("said", f.Cue);
        }

        [Fact]
        public void AQuotedWordInWhatTheObjectIsCastAsIsTheSubjects()
        {
            var q = Assert.Single(Quotes("Harbour vote", "Councillor Amir Haddad casts the mayor as a newcomer who would “wreck” the harbour.", null));
            Assert.Equal("Councillor Amir Haddad", q.SpeakerMention);
        }
    }
}
