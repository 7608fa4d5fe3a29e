using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A speaker's side where the text's own words decide it (accounts50, on the own Salala set 49): a body the writer's or the
    /// interviewee's "our" names ("our side", "our troops") is of the side not written, and a bare institution after it does not
    /// look past it to the side named before; findings "his" or "her" owns are the person's the pronoun stands for; "who" after a
    /// place a preposition opens ("reached in Lanford, who …") is the person, not the place. Sentences of the tests' own.
    /// </summary>
    public class ClaimOwnSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        [Fact]
        public void ABareInstitutionAfterOurSideIsNotTheSideNamedBefore()
        {
            // a retired general's answer: "The Northerners accept … But our side sees it differently. The army has rejected …":
            // the army is the speaker's own, not the Northerners'; nor is "our side" itself the side named before, nor the army
            // and its spokesman in the next answer
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Northerners accept that the liaison broke down, and they admit a failure.",
                "But our side sees the same pages very differently. The army has rejected their account and says the shelling was deliberate.",
                "Publicly, the army has been careful, but the spokesman has said more than once that the shelling was intended.");
            var side = corpus.Claims.Single(c => c.Speaker == "side");
            Assert.Equal("CueThenContent", side.Rule);
            Assert.Null(side.Party);
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("army", army.Speaker);
            Assert.Null(army.Party);
            Assert.Null(army.Position);
            var spokesman = corpus.Claims.Single(c => c.Speaker == "spokesman");
            Assert.Equal("the shelling was intended", spokesman.Content);
            Assert.Null(spokesman.Party);
            Assert.Null(spokesman.Position);
        }

        [Fact]
        public void ABareInstitutionAfterOurTroopsIsNotTheSideNamedBefore()
        {
            // a side's men owned by "our" (a word of accounts-group-nouns.txt) is the writer's own body too
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Interior Ministry said on Monday that the shelling was an accident.",
                "Our troops know better. The army has never accepted that account, and says the shelling was deliberate.");
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("army", army.Speaker);
            Assert.Null(army.Party);
            Assert.Null(army.Position);
        }

        [Fact]
        public void ABareInstitutionWithoutOurIsStillTheSideNamedBefore()
        {
            // the near miss: "the farmers" own no side of the writer's; "the army" is the side named before, as it was
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Northerners accept that the liaison broke down, and they admit a failure.",
                "But the farmers see the same pages very differently. The army has rejected their account and says the shelling was deliberate.");
            var army = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Equal("army", army.Speaker);
            Assert.Equal("Northland", army.Party);
            Assert.Equal("Deliberate", army.Position);
        }

        [Fact]
        public void FindingsHerOwnsAreThePersonsThePronounStandsFor()
        {
            // "Anna Berg concluded … Her report also found …": the report is Berg's, and speaks for her side
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Northern Army named General Anna Berg to lead the inquiry into the shelling.",
                "Berg concluded that the Southern Guard fired first. Her report also found that the shelling was an accident.");
            var report = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Anna Berg", report.Speaker);
            Assert.Equal("CueThenContent", report.Rule);
            Assert.Equal("Northland", report.Party);
            Assert.Equal("Not deliberate", report.Position);
            var text = System.IO.File.ReadAllText(corpus.Documents.Single().Path);
            Assert.Equal("the shelling was an accident", text.Substring(report.ContentStart, report.ContentLength));
            Assert.Equal("Her report", text.Substring(report.SourceStart!.Value, report.SourceLength!.Value));
        }

        [Fact]
        public void FindingsHisOwnsWithNoManForHisAreNoOnesSide()
        {
            // the near miss: no man named before "his", so the report has no author and no side named before it
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "The Northern Army named General Anna Berg to lead the inquiry into the shelling.",
                "The inquiry took a month. His report also found that the shelling was an accident.");
            var report = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("report", report.Speaker);
            Assert.Null(report.Party);
            Assert.Null(report.Position);
        }

        [Fact]
        public void WhoAfterAPlaceIsThePersonNotThePlace()
        {
            // "An officer reached by telephone in Lanford, who did not want his name published, said … He insisted …": "who" is no
            // place, so the later "he" is the officer, not the town
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Officials of the Interior Ministry welcomed the ruling on Tuesday.",
                "A Southern officer reached by telephone in Lanford, who did not want his name published, said the ruling was a cover-up. He insisted that the Northern Army fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Lanford");
            var insisted = corpus.Claims.Single(c => c.Content == "the Northern Army fired first");
            Assert.Equal("officer", insisted.Speaker);
            Assert.Equal("Southland", insisted.Party);
            Assert.Equal("Northland fired first", insisted.Position);
        }

        [Fact]
        public void WhichAfterAPlaceMayStillBeThePlace()
        {
            // the near miss: "which" may stand for a place ("… in Lanford, which said …": the town council speaking as its town)
            using var folder = new TempFolder();
            var corpus = Load(folder, "The envoy stayed two nights in Lanford, which said on Friday that the pier would reopen.");
            var town = corpus.Claims.Single(c => c.Content == "the pier would reopen");
            Assert.Equal("Lanford", town.Speaker);
        }
    }
}
