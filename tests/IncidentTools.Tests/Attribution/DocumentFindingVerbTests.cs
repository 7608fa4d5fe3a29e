using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// accounts88: a document states a finding with no "that": "The inquiry blames poor maintenance …" (a form in -s that is a
    /// noun too is the verb right after the head of a document of findings), "The inquiry attributed the sinking to a faulty
    /// valve" (a verb of causes, reporting-verbs.txt likening, words.txt cause-verb), "The report put the blame on …" (phrasal
    /// cues of blame). A name after the "to" of "attributed" says who said a thing; a content cut before its "to" names no
    /// cause; "the report claims were false" keeps its noun. Sentences of the tests' own.
    /// </summary>
    public class DocumentFindingVerbTests
    {
        private static Found? WithCue(string sentence, string cue) =>
            Run(sentence).SingleOrDefault(f => f.Cue == cue);

        [Theory]
        [InlineData("The harbour board's report blames poor maintenance for the collision.", "blames", "poor maintenance for the collision")]
        [InlineData("The inquiry blames inadequate training by both crews.", "blames", "inadequate training by both crews")]
        [InlineData("The council's poll finds higher support for the levy among older voters.", "finds", "higher support for the levy among older voters")]
        public void AFormInSAfterADocumentOfFindingsIsItsVerb(string sentence, string cue, string content)
        {
            var f = WithCue(sentence, cue);
            Assert.NotNull(f);
            Assert.Equal(nameof(CueThenContent), f!.Rule);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AFormInSBeforeAFiniteVerbStaysANoun() =>
            // "the report claims" as a noun phrase: the subject of "were"
            Assert.Null(WithCue("The report claims were false, the harbour board said.", "claims"));

        [Theory]
        [InlineData("The inquiry attributed the sinking to a faulty valve.", "attributed", "the sinking to a faulty valve")]
        [InlineData("Captain Ada Lund attributes the delays to the strike by the pilots.", "attributes", "the delays to the strike by the pilots")]
        [InlineData("The inquiry put the blame on the harbour pilots.", "put the blame on", "the harbour pilots")]
        [InlineData("The harbour board's report put part of the blame on poor maintenance.", "put part of the blame on", "poor maintenance")]
        public void AVerbOfCausesOrOfBlameReportsItsObject(string sentence, string cue, string content)
        {
            var f = WithCue(sentence, cue);
            Assert.NotNull(f);
            Assert.Equal(content, f!.Content);
        }

        [Theory]
        // a name after "to": who said it, no cause
        [InlineData("Captain Ada Lund attributed the remark to Omar Reyes.", "attributed")]
        [InlineData("The ferry company attributed the leaked memo to the Harbour Board.", "attributed")]
        // no object: a participle of the words' noun
        [InlineData("The remarks attributed to the captain drew protests from the crews.", "attributed")]
        // the content of a subordinate clause ends at its comma, before the cause
        [InlineData("When the inquiry attributed the delays at some ports, like Hull and Tyne, to the strike, the pilots protested.", "attributed")]
        // "put" of another sense
        [InlineData("The crew put the boxes on the deck.", "put")]
        public void NoCauseAndNoBlameReportNothing(string sentence, string cue) =>
            Assert.DoesNotContain(Run(sentence), f => f.Cue != null && f.Cue.StartsWith(cue));

        private const string Manifest = AccountTestCorpus.Parties + @"
questions:
  - id: cause
    text: What sank the ferry?
    positions:
      - label: Faulty equipment
        cues: [poor maintenance, faulty valve]
      - label: Crew error
        cues: [pilot error, crew error]
";

        [Fact]
        public void TheDocumentsFindingIsItsOwnersPosition()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "The ferry sank at Kestrel Pass on Monday with Northern and Southern crews aboard.",
                "The Northern Army's report blames poor maintenance by the Southern operator.",
                "The Southern Guard's inquiry attributed the sinking to pilot error.",
                "The Interior Ministry's report put the blame on a faulty valve.");
            var positions = corpus.Claims.Where(c => c.Question == "cause").Select(c => (c.Party, c.Cue, c.Position)).ToList();
            Assert.Contains(("Northland", "blames", "Faulty equipment"), positions);
            Assert.Contains(("Southland", "attributed", "Crew error"), positions);
            Assert.Contains(("Northland", "put the blame on", "Faulty equipment"), positions);
        }
    }
}
