using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Constructions of news English that carried positions the claims did not read (accounts123), each on sentences of the
    /// tests' own: a first-person conjunct after another's report inside the speaker's quotation ("they have apologised, and we
    /// have never said we accept their report") is the speaker's own clause; "According to the briefing" after the text named who
    /// conducted it speaks for that one; "is also understood to have told" (an adverb between "be" and the participle of
    /// hearsay); "handed the coalition the grid references" after a cue set between subject and verb.
    /// </summary>
    public class PositionConstructionTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) => ShippedManifestCueGapTests.Load(folder, paragraphs);

        private static void Takes(IncidentCorpus corpus, string content, string party, string question, string position) =>
            Set76PositionCausesTests.Takes(corpus, content, party, question, position);

        private static void TakesNone(IncidentCorpus corpus, string content, string question) =>
            Set76PositionCausesTests.TakesNone(corpus, content, question);

        [Fact]
        public void AFirstPersonConjunctAfterAnothersReportIsTheSpeakersOwn()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"The Americans have said sorry, and we have never said we accept their report,\" a Pakistani general said.",
                "\"They have never admitted they were wrong, but we will never accept their report,\" a Pakistani colonel said.");
            Takes(corpus, "have said sorry, and we", "Pakistan", "findings", "Findings are wrong");
            Takes(corpus, "admitted they were wrong, but we", "Pakistan", "findings", "Findings are wrong");
        }

        [Fact]
        public void AnotherSidesReportWithNoOwnConjunctStaysCut()
        {
            // a conjunct whose subject is not the speaker's first person is still the other side's report
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "\"The Americans have said that the report is sound, and they accept its findings,\" a Pakistani general said.");
            TakesNone(corpus, "and they accept its findings", "findings");
        }

        [Fact]
        public void AccordingToTheBriefingSpeaksForTheOneWhoConductedIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Pakistan's army invited editors to its headquarters on Sunday to hear its account of the border strike.",
                "The Pakistani army's spokesman, Brig Kamran Aziz, who led the briefing, was quoted by editors as saying that the helicopters had come back twice.",
                "According to the briefing, the posts had not opened fire on anyone before the helicopters attacked.");
            Takes(corpus, "the posts had not opened fire on anyone", "Pakistan", "first-fire", "U.S. side fired first");
        }

        [Fact]
        public void ABriefingWithNoGiverNamedSpeaksForNoOne()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Editors were invited to a briefing on Sunday.",
                "According to the briefing, the posts had not opened fire on anyone before the helicopters attacked.");
            TakesNone(corpus, "the posts had not opened fire on anyone", "first-fire");
        }

        [Fact]
        public void AnAdverbBeforeTheParticipleOfHearsayKeepsTheReport()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani general met editors on Sunday. He is also understood to have told them that the map references of both posts had been passed to NATO.");
            Takes(corpus, "the map references of both posts", "Pakistan", "coordination", "Coordination worked");
        }

        [Fact]
        public void AParentheticalCueReadsTheWholeClauseWithItsDitransitive()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Pakistani brigadier spoke to reporters on Monday. The army, he added, had handed NATO the precise grid references of the two posts weeks before, \"so no one can plead ignorance\".");
            Takes(corpus, "", "Pakistan", "coordination", "Coordination worked");
        }
    }
}
