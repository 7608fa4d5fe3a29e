using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Wrong sides that own Salala set 76 showed, each on text of the tests' own: a "he said" after a reported clause whose
    /// subject is a group ("Southern fishermen had been attacked without warning, he said") is the one who spoke just before,
    /// not someone of two paragraphs back; a speaker brought in by a sentence that takes a stand and says no words ("A
    /// spokesman for the embassy went further.") owns the "he said" of the quotation after it; and findings described by
    /// words of their own that name no side ("a naval investigation released on Friday found") take no side from the last
    /// speaker.
    /// </summary>
    public class Speaker106Tests
    {
        /// <summary>The attributions of a file of these lines (its first line the headline), no manifest.</summary>
        internal static IReadOnlyList<IncidentAttribution> Found(string text)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", text.Replace("\r\n", "\n"));
            var doc = Assert.Single(IncidentCorpus.Load(file).Documents);
            return AttributionFinder.Find(doc, null);
        }

        internal static IncidentAttribution C(IReadOnlyList<IncidentAttribution> found, string start) =>
            found.First(c => c.Content.StartsWith(start, System.StringComparison.Ordinal));

        // ---- 1. "…, he said" after a reported clause whose subject is a group ----

        private const string Envoys =
            "Trawler inquiry divides capitals\n\n" +
            "PARIS - French Foreign Minister Alain Juppe told reporters on Monday that Paris wanted a full inquiry. A French official " +
            "travelling with him, who spoke on condition of anonymity, went further, saying the first reports showed the trawler had " +
            "\"ignored three warnings\". He said the reports were early.\n\n" +
            "Germany has refused to join the inquiry led by Admiral Jean Roux.\n\n";

        [Theory]
        [InlineData("A diplomat at Germany's embassy in Paris, who asked not to be named because he was not allowed to talk to reporters, said his government's view had not changed. German fishermen had been attacked without warning, he said, and the navy had known their position for hours.")]
        [InlineData("A diplomat at Germany's embassy in Paris, who asked not to be named, said his government's view had not changed. The fishermen had been attacked without warning, he said.")]
        public void HeAfterAGroupSubjectIsTheOneWhoSpokeJustBefore(string paragraph)
        {
            var found = Found(Envoys + paragraph);
            var claim = C(found, paragraph.Contains("German fishermen") ? "German fishermen had been" : "The fishermen had been");
            Assert.Equal("diplomat at Germany's embassy in Paris", claim.Speaker);
            Assert.Equal("Germany", claim.Party);
        }

        [Fact]
        public void APersonSubjectOfTheReportedClauseIsStillReadFirst()
        {
            // the change is for groups, bodies and things only: a person the reported clause names is handled as before
            var found = Found(Envoys + "A diplomat at Germany's embassy in Paris said his government's view had not changed. " +
                              "The trawler had been rammed without warning, he said.");
            Assert.Equal("diplomat at Germany's embassy in Paris", C(found, "The trawler had been").Speaker);
        }

        // ---- 2. a speaker who took a stand in a sentence of no words ----

        private const string Spokesman =
            "Trawler findings stand\n\n" +
            "PARIS - French Defence Ministry spokesman Pierre Lemaire said the ministry regretted the loss of the trawler. " +
            "\"The crew followed its orders, and we stand by them,\" he said.\n\n" +
            "A naval officer familiar with the boarding said the sailors \"had no idea\" until the next morning.\n\n";

        [Theory]
        [InlineData("A spokesman for the German Embassy went further. \"Our fishermen threatened no one that night,\" he said.", "spokesman for the German Embassy")]
        [InlineData("A spokesman for the German Embassy was blunter. \"Our fishermen threatened no one that night,\" he said.", "spokesman for the German Embassy")]
        [InlineData("A German diplomat took a harder line. \"Our fishermen threatened no one that night,\" he said.", "German diplomat")]
        public void HeAfterOneWhoTookAStandIsThatPerson(string paragraph, string speaker)
        {
            var found = Found(Spokesman + paragraph);
            Assert.Equal("Pierre Lemaire", C(found, "The crew followed").Speaker);
            var quote = C(found, "Our fishermen");
            Assert.Equal(speaker, quote.Speaker);
            // (the spokesman's phrase "for the German Embassy" is his own, as before a verb of saying: Germany, not the Paris
            // dateline's France; speaker107)
            Assert.Equal("Germany", quote.Party);
        }

        [Theory]
        [InlineData("A spokesman for the embassy went further.", true)]
        [InlineData("The ambassador was blunter.", true)]
        [InlineData("A German diplomat took a harder line.", true)]
        [InlineData("The patrol went further into the hills.", false)]          // a journey, not a stand: words follow
        [InlineData("The ambassador, who was blunter, left early.", false)]      // another's clause
        [InlineData("The ambassador said it went further.", false)]
        public void TakingAStandIsAPredicateThatClosesItsSentence(string sentence, bool expected)
        {
            var found = Attribution.ReportedSpeechText.Run(sentence, out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            var subject = ctx.SubjectOf(p, 0);
            Assert.Equal(expected, subject != null && Clauses.TookAStand(p.Tokens, subject, p.Sentences[0].End));
        }

        // ---- 3. findings described by words of their own that name no side ----

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Theory]
        [InlineData("a military investigation released on Friday found")]
        [InlineData("a naval inquiry found")]
        public void DescribedFindingsTakeNoSideFromTheLastSpeaker(string tail)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Southern Guard said on Thursday that it would answer any report in full.",
                "The Northern gunners who shelled two Southern outposts believed their patrol came under fire from the ridge, and were told that no Southern soldiers were near, " + tail + ".");
            var claim = corpus.Claims.First(c => c.Content.Contains("gunners who shelled"));
            Assert.Null(claim.Party);
        }

        [Fact]
        public void DescribedFindingsThatNameASideKeepIt()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Southern Guard said on Thursday that it would answer any report in full.",
                "The Northern gunners who shelled two Southern outposts believed their patrol came under fire from the ridge, a Northern military investigation found.");
            var claim = corpus.Claims.First(c => c.Content.Contains("gunners who shelled"));
            Assert.Equal("Northland", claim.Party);
        }
    }
}
