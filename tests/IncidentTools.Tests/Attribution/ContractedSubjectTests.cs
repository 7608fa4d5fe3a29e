using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subject pronoun written with its auxiliary ("I’ve", "he’s", "we’re") before the verb group: the source is the
    /// word as written, the speaker the pronoun's (the writer for "I", the person named before for "he"); the auxiliary
    /// is the group's, so "we’re told" is a passive that reports no one's words and "she’s saying" a progressive.
    /// </summary>
    public class ContractedSubjectTests
    {
        [Theory]
        [InlineData("I’ve been saying for years that the ferry tolls are unfair.", "I’ve", "saying", "the ferry tolls are unfair")]
        [InlineData("I've long argued that the pier needs a new crane.", "I've", "argued", "the pier needs a new crane")]
        [InlineData("We’ve warned the council that the seawall will not last the winter.", "We’ve", "warned", "the seawall will not last the winter")]
        public void TheFirstPersonWithItsAuxiliaryIsTheWriter(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.NotNull(f.Record.Speaker);
            Assert.True(f.Record.Speaker!.IsFirstPerson);
        }

        [Fact]
        public void HeWithItsAuxiliaryResolvesToThePersonNamedBefore()
        {
            var found = Run("Harbour master Tomas Reyes met the ferry crews on Friday. He’s trying to tell them that the new rota will work.", new CueThenContent());
            var f = Assert.Single(found);
            Assert.Equal("He’s", f.Source);
            Assert.Equal("tell", f.Cue);
            Assert.Equal("Tomas Reyes", f.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("Ada Lund chairs the harbour board. She’s saying the dredging must wait until spring.", "She’s", "saying")]
        [InlineData("Ada Lund chairs the harbour board. She’d said the dredging must wait until spring.", "She’d", "said")]
        [InlineData("Ada Lund chairs the harbour board. In a letter to members, she’s argued the dredging must wait.", "she’s", "argued")]
        public void TheAuxiliaryCountsAsTheGroups(string text, string source, string cue)
        {
            var f = Assert.Single(Run(text, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal("Ada Lund", f.Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("We’re told that the bridge will reopen in May.")]
        [InlineData("They’re told the ferry will be late again.")]
        [InlineData("It’s now recommended that residents boil their water.")]
        [InlineData("I’m told the harbour board will meet again on Monday.")]
        public void AContractedBeBeforeAPastFormIsAPassive(string sentence)
        {
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Fact]
        public void AContractedPronounInsideTheClauseIsNoPartOfANounPhrase()
        {
            // the object of "told" and the contracted subject of the reported clause are no one subject of "planning"
            var found = Run("Reached on Tuesday, the skipper told The Island Times he’s not planning an appeal of the fine.", new CueThenContent());
            Assert.DoesNotContain(found, f => f.Source != null && f.Source.Contains("Times he’s"));
        }
    }
}
