using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Incident relevance (issue 9, item 4): an article that is not about the manifest's incident (its date,
    /// place, name, description and sides) gives no positions, and says so.
    /// </summary>
    public class IncidentRelevanceTests
    {
        private const string Incident = @"
incident:
  name: Kestrel Pass shelling
  date: 2024-03-02
  place: Kestrel Pass, Upper Valley
  description: >-
    Northern artillery shelled a Southern village at the Kestrel Pass, killing eleven farmers;
    a joint inquiry blamed faulty maps.
";

        private static IncidentCorpus Load(TempFolder folder, string manifest, params (string Name, string Text)[] files) =>
            AccountTestCorpus.LoadFiles(folder, manifest, files);

        private const string AboutIt = "Shelling at the pass\n\nThe shelling of the village at Kestrel Pass killed eleven farmers, Southern officials said.\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";

        private const string Elsewhere = "Harbour strike ends\n\nDock workers in the Southern capital ended their strike on Friday after a pay deal.\n\nOmar Diaz said the delay had been deliberate, and the union said the talks were held on purpose in secret.\n";

        [Fact]
        public void AnArticleAboutAnotherEventGivesNoPositionsButKeepsItsClaims()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident, ("a.txt", AboutIt), ("b.txt", Elsewhere));
            var about = corpus.FindDocument("a")!;
            var other = corpus.FindDocument("b")!;
            Assert.True(about.IsAboutIncident);
            Assert.StartsWith("about the incident 'Kestrel Pass shelling'", about.Relevance);
            Assert.False(other.IsAboutIncident);
            Assert.StartsWith("not about the incident 'Kestrel Pass shelling'", other.Relevance);
            Assert.Contains("no key term", other.Relevance);

            Assert.Contains(corpus.Claims, c => c.DocumentId == "a" && c.Position == "Deliberate");
            // the other article's attributions are still claims (who said what), with their side, and no position
            var claims = corpus.Claims.Where(c => c.DocumentId == "b").ToArray();
            Assert.Contains(claims, c => c.Speaker == "Omar Diaz" && c.Party == "Southland");
            Assert.All(claims, c => Assert.Null(c.Position));
            var row = corpus.CompareAccounts(questionPatterns: new[] { "deliberate" }).Single();
            Assert.Equal(1, row.DifferenceCount);
        }

        [Fact]
        public void AnEarlierIncidentDatedInTheBylineGivesNoPositions()
        {
            // an older shelling at the same pass, written alike: the date that ends its byline is before the incident's
            const string earlier = "Shelling at the pass\n\nBy Lena Hart, Valley Wire, Upper Valley, June 9, 2021\n\n" +
                "The shelling of the village at Kestrel Pass killed two farmers, Southern officials said.\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";
            // near miss: the same article dated after the incident is about it
            const string later = "Shelling at the pass\n\nBy Lena Hart, Valley Wire, Upper Valley, March 9, 2024\n\n" +
                "The shelling of the village at Kestrel Pass killed eleven farmers, Southern officials said.\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident, ("f.txt", earlier), ("g.txt", later));
            var old = corpus.FindDocument("f")!;
            Assert.False(old.IsAboutIncident);
            Assert.StartsWith("not about the incident 'Kestrel Pass shelling': published 2021-06-09", old.Relevance);
            Assert.Contains(corpus.Claims, c => c.DocumentId == "f" && c.Speaker == "Omar Diaz" && c.Position == null);
            Assert.DoesNotContain(corpus.Claims, c => c.DocumentId == "f" && c.Position != null);
            Assert.True(corpus.FindDocument("g")!.IsAboutIncident, corpus.FindDocument("g")!.Relevance);
            Assert.Contains(corpus.Claims, c => c.DocumentId == "g" && c.Speaker == "Omar Diaz" && c.Position == "Deliberate");
        }

        [Fact]
        public void AnEarlierIncidentDatedInTheDatelineAfterADeskLineGivesNoPositions()
        {
            // set 72's control: a bureau's line left in the body, then a dateline with its year before the incident
            const string earlier = "Shelling at the pass\n\nValley Courier Capital Bureau\n\nUPPER VALLEY, June 9, 2021 -- " +
                "The shelling of the village at Kestrel Pass killed two farmers, Southern officials said.\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";
            // near miss: the same article filed after the incident is about it
            const string later = "Shelling at the pass\n\nValley Courier Capital Bureau\n\nUPPER VALLEY, March 9, 2024 -- " +
                "The shelling of the village at Kestrel Pass killed eleven farmers, Southern officials said.\n\nOmar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident, ("f.txt", earlier), ("g.txt", later));
            var old = corpus.FindDocument("f")!;
            Assert.False(old.IsAboutIncident, old.Relevance);
            Assert.StartsWith("not about the incident 'Kestrel Pass shelling'", old.Relevance);
            Assert.Contains("2021-06-09", old.Relevance);
            Assert.DoesNotContain(corpus.Claims, c => c.DocumentId == "f" && c.Position != null);
            Assert.True(corpus.FindDocument("g")!.IsAboutIncident, corpus.FindDocument("g")!.Relevance);
            Assert.Contains(corpus.Claims, c => c.DocumentId == "g" && c.Speaker == "Omar Diaz" && c.Position == "Deliberate");
        }

        [Fact]
        public void AnEarlierIncidentDatedInTheDatelineAfterADeckAndABylineGivesNoPositions()
        {
            // fix83a: a headline, its deck and a byline the reader leaves in the body ("By a Valley Reporter"), then a dateline
            // with its year before the incident: the third body line is still the story's first
            const string head = "Two farmers die as shells hit Kestrel Pass village\n" +
                "South calls it \"a crime\"; North says its guns answered raiders\n\nBy a Valley Reporter\n\n";
            const string body = "The shelling of the village at Kestrel Pass killed two farmers, Southern officials said.\n\n" +
                "Omar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n";
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident,
                ("f.txt", head + "UPPER VALLEY, June 9, 2021: " + body),
                // near miss: the same article filed after the incident is about it
                ("g.txt", head + "UPPER VALLEY, March 9, 2024: " + body),
                // near miss: a dated line after a sentence of the story dates no story (a paragraph of its own, quoted later)
                ("h.txt", head + body.Replace("\n\nOmar", "\n\nUPPER VALLEY, June 9, 2021: Omar")));
            var old = corpus.FindDocument("f")!;
            Assert.False(old.IsAboutIncident, old.Relevance);
            Assert.Contains("filed 2021-06-09 by its dateline", old.Relevance);
            Assert.DoesNotContain(corpus.Claims, c => c.DocumentId == "f" && c.Position != null);
            Assert.True(corpus.FindDocument("g")!.IsAboutIncident, corpus.FindDocument("g")!.Relevance);
            Assert.Contains(corpus.Claims, c => c.DocumentId == "g" && c.Speaker == "Omar Diaz" && c.Position == "Deliberate");
            Assert.True(corpus.FindDocument("h")!.IsAboutIncident, corpus.FindDocument("h")!.Relevance);
        }

        [Fact]
        public void ASideIsNamedOnlyByAWholeNameItsWordsScatteredOrLongerNameNone()
        {
            // perf29: the names' words are checked against the words the article holds before any search; a name whose
            // words are all there but not in a row ("Diaz ... Omar"), or a longer word that starts alike ("Bergman" for
            // "Berg"), still names no side; "Interior Ministry" in a row does
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident,
                ("d.txt", "Shelling at the pass\n\nThe Interior Ministry said the shelling at Kestrel Pass killed eleven farmers. Diaz, a farmer called Omar, and Anna Bergman saw it.\n"),
                ("e.txt", "Shelling at the pass\n\nThe Interior Ministry said the shelling at Kestrel Pass killed eleven farmers. Omar Diaz saw it.\n"));
            var scattered = corpus.FindDocument("d")!;
            Assert.False(scattered.IsAboutIncident);
            Assert.Contains("names 1 of the 2 sides needed", scattered.Relevance);
            Assert.Contains("sides: Northland", scattered.Relevance);
            var named = corpus.FindDocument("e")!;
            Assert.Contains("sides: Northland, Southland", named.Relevance);
        }

        // accounts112: another event told with the incident's common words. "a mountain pass" is not "Kestrel Pass" (the manifest
        // writes the place's words capitalised: a proper name is held only as one), and "shelling" named once in passing, the
        // article's one key term, is not its subject however many of the description's words it holds
        private const string Depot = "Raid on the depot\n\nNorthern raiders attacked a Southern supply depot at Millbrook on Friday, killing eleven guards, Southern officials said. They came over a mountain pass at night.\n\n" +
            "A joint inquiry will look at the maps, the Interior Ministry said. Omar Diaz said the raid was deliberate.\n";

        [Theory]
        [InlineData(Depot, false, "no key term")]
        [InlineData(Depot + "Artillery shelling was heard in the hills.\n", false, "its one key term named once (shelling)")]
        // near misses: the incident's place written as a name is held; the one key term that recurs is the article's subject
        [InlineData(Depot + "The raiders had come from the Kestrel Pass.\n", true, "key terms: Kestrel, Pass")]
        [InlineData("Shelling in the valley\n\nThe shelling of a village killed eleven farmers, Southern officials said. A joint inquiry blamed the maps.\n\n" +
                    "Omar Diaz said the shelling was deliberate. Anna Berg said it was an accident.\n", true, "key terms: shelling;")]
        public void AProperKeyTermIsHeldCapitalisedAndALoneKeyTermMustRecur(string text, bool about, string reason) => AssertJudged(text, about, reason);

        /// <summary>One article judged with the test manifest: about it or not, the reason holding <paramref name="reason"/>, and no position when not.</summary>
        private static IncidentDocument AssertJudged(string text, bool about, string reason)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident, ("x.txt", text));
            var doc = corpus.Documents.Single();
            Assert.True(about == doc.IsAboutIncident, doc.Relevance);
            Assert.Contains(reason, doc.Relevance);
            if (!about) Assert.DoesNotContain(corpus.Claims, c => c.Position != null);
            return doc;
        }

        // relevance73: a briefing's transcript that calls the incident "the shelling" after its headline, naming neither the pass
        // nor the valley and few of the description's words, but whose questions and answers go through the points the sides
        // dispute (who fired first, whether it was deliberate, how many died): it is about the incident
        private const string Briefing = "Interior Ministry daily briefing (excerpt)\n\nSPOKESMAN: Good morning. Let me begin with the shelling, since it is on everyone's mind.\n\n" +
            "QUESTION: Southland says its men came under fire first and that the shelling was no accident. What is your answer?\n\n" +
            "SPOKESMAN: Nobody here wanted this. Whether it was deliberate is for the inquiry, and the toll is still unclear.\n";

        // near miss: another cross-border strike, both sides named, its one key term ("shelling") twice and the cue words of two
        // questions ("deliberate", "dozens"): not enough of the manifest's points to be about the incident
        private const string Convoy = "Drone hits convoy at the river crossing\n\nA Northern drone struck a Southland supply convoy at a river crossing on Monday, the Interior Ministry said. " +
            "Southern officials called the strike deliberate and said dozens of trucks burned.\n\nThe ministry said the crossing had been used by smugglers since the shelling of the old bridge, " +
            "and that the shelling had nothing to do with Monday's strike.\n";

        [Theory]
        [InlineData(Briefing, true, "cues of 3 of the 3 questions (first-shot, deliberate, casualties)")]
        [InlineData(Convoy, false, "cues of 2 of the 3 questions (deliberate, casualties), 3 needed")]
        // the briefing without its question on who fired first goes through two of the points only
        [InlineData("Interior Ministry daily briefing (excerpt)\n\nSPOKESMAN: Good morning. Let me begin with the shelling.\n\n" +
                    "QUESTION: Southland says the shelling was no accident. What is your answer?\n\nSPOKESMAN: The toll is still unclear.\n", false, "cues of 2 of the 3 questions (deliberate, casualties), 3 needed")]
        public void ALoneRecurringKeyTermWithTheCuesOfMostQuestionsIsAboutTheIncident(string text, bool about, string reason) =>
            Assert.Contains("key terms: shelling;", AssertJudged(text, about, reason).Relevance);

        [Fact]
        public void AnArticleThatNamesOnlyOneSideIsNotAboutAnIncidentBetweenTwo()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident,
                ("c.txt", "Farmers mourned\n\nSouthern farmers in the Upper Valley buried their dead at the pass. Omar Diaz said the shelling of the village was deliberate.\n"));
            var doc = corpus.Documents.Single();
            Assert.False(doc.IsAboutIncident);
            Assert.Contains("names 1 of the 2 sides needed", doc.Relevance);
            Assert.DoesNotContain(corpus.Claims, c => c.Position != null);
        }

        [Fact]
        public void AnArticlePublishedBeforeTheIncidentIsNotAboutIt()
        {
            using var folder = new TempFolder();
            var manifest = AccountTestCorpus.Parties + AccountTestCorpus.Questions + Incident + "documents:\n  - {file: early.txt, published: 2024-02-20}\n  - {file: late.txt, published: 2024-03-03}\n";
            var corpus = Load(folder, manifest, ("early.txt", AboutIt), ("late.txt", AboutIt));
            Assert.False(corpus.FindDocument("early")!.IsAboutIncident);
            Assert.Contains("before its date (2024-03-02)", corpus.FindDocument("early")!.Relevance);
            Assert.True(corpus.FindDocument("late")!.IsAboutIncident);
        }

        [Fact]
        public void WithoutAnIncidentEveryArticleIsAboutItAndNothingIsJudged()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, ("b.txt", Elsewhere));
            var doc = corpus.Documents.Single();
            Assert.True(doc.IsAboutIncident);
            Assert.Null(doc.Relevance);
            Assert.Contains(corpus.Claims, c => c.Position == "Deliberate");
        }

        [Theory]
        // a name alone: two of its words are needed (no sides to check without parties)
        [InlineData("incident:\n  name: Kestrel Pass shelling\n", AboutIt, true)]
        [InlineData("incident:\n  name: Kestrel Pass shelling\n", Elsewhere, false)]
        // a description alone: a share of its terms
        [InlineData("incident:\n  description: artillery shelled a village at a mountain pass and killed eleven farmers\n", AboutIt, true)]
        [InlineData("incident:\n  description: artillery shelled a village at a mountain pass and killed eleven farmers\n", Elsewhere, false)]
        // a key term is found in any case, its first letters ASCII or not ("SHELLING", "ÖTZTAL"); a word that only
        // looks like it ("Otztal") is another word
        [InlineData("incident:\n  name: Ötztal Pass shelling\n", "Guns\n\nTHE SHELLING WENT ON.\n", true)]
        [InlineData("incident:\n  name: Ötztal Pass shelling\n", "ÖTZTAL\n\nThe guns went quiet at ÖTZTAL.\n", true)]
        [InlineData("incident:\n  name: Ötztal Pass shelling\n", "Otztal\n\nThe guns went quiet at Otztal.\n", false)]
        // a term the manifest writes as one word ("airstrike") is held when an article writes it as two in a row,
        // with a blank or a hyphen between ("air strike", "Air-strikes"); not across a sentence's end, nor from a
        // longer first word ("fair strike") (with no description, one key term of two is enough)
        [InlineData("incident:\n  name: Ridgeway airstrike\n", "Raid\n\nThe air strike killed two.\n", true)]
        [InlineData("incident:\n  name: Ridgeway airstrike\n", "Raid\n\nAir-strikes hit the town again.\n", true)]
        [InlineData("incident:\n  name: Ridgeway airstrike\n", "Mill\n\nThe town smelled of cold air. Strike action closed the mill.\n", false)]
        [InlineData("incident:\n  name: Ridgeway airstrike\n", "Mill\n\nA fair strike vote passed.\n", false)]
        // a date alone judges the date only
        [InlineData("incident:\n  date: 2024-03-02\n", Elsewhere, true)]
        public void AManifestThatGivesLittleStillJudges(string incident, string text, bool about)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, incident, ("x.txt", text));
            Assert.Equal(about, corpus.Documents.Single().IsAboutIncident);
            Assert.NotNull(corpus.Documents.Single().Relevance);
        }

        [Fact]
        public void VerboseSaysWhichArticlesGiveNoPositions()
        {
            using var folder = new TempFolder();
            folder.Write("corpus.yaml", AccountTestCorpus.Parties + Incident);
            folder.Write("a.txt", AboutIt);
            folder.Write("b.txt", Elsewhere);
            var said = new List<string>();
            var reader = new CorpusReader { Verbose = said.Add };
            var docs = reader.Read(new[] { folder.Path }).Where(r => r.Document != null).Select(r => r.Document!).ToArray();
            Assert.Equal(2, docs.Length);
            var line = Assert.Single(said, s => s.Contains("gives no positions"));
            Assert.StartsWith("'b' gives no positions: not about the incident 'Kestrel Pass shelling'", line);
        }
    }
}
