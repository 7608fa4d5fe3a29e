using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>Claims, their party, question and position, on texts of the tests' own.</summary>
    public class ClaimFinderTests
    {
        private static IncidentClaim Single(IncidentCorpus corpus, string textStart, string? question = null) =>
            corpus.Claims.Single(c => c.Text.StartsWith(textStart, StringComparison.Ordinal) && (question == null || c.Question == question));

        [Theory]
        [InlineData("Northland insisted that the shelling was deliberate.", "Northland", "insisted")]
        [InlineData("The Southern Guard has repeatedly maintained the shelling was deliberate.", "Southland", "maintained")]
        [InlineData("Officials of the Interior Ministry argued the shelling was deliberate.", "Northland", "argued")]
        [InlineData("The shelling was deliberate, the Foreign Office said on Monday.", "Southland", "said")]
        [InlineData("The shelling was deliberate, said a senior Southern Guard officer.", "Southland", "said")]
        [InlineData("According to the Northern Army, the shelling was deliberate.", "Northland", "according to")]
        [InlineData("The shelling was deliberate, according to Omar Diaz.", "Southland", "according to")]
        [InlineData("The apology will not satisfy Southland, which has claimed the shelling was deliberate.", "Southland", "claimed")]
        [InlineData("Anna Berg, a veteran negotiator, told reporters that the shelling was deliberate.", "Northland", "told")]
        public void ReportedSpeechGivesTheSubjectsParty(string sentence, string party, string verb)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            var claim = Single(corpus, sentence.Substring(0, 20), "deliberate");
            Assert.Equal(party, claim.Party);
            Assert.Equal(verb, claim.Cue, ignoreCase: true);
            Assert.Equal("Deliberate", claim.Position);
            Assert.Equal(AttributionKind.Indirect, claim.Kind);
            Assert.False(claim.Negated);
        }

        [Fact]
        public void ASentenceThatReportsNobodyIsNoClaim()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The shelling of the Southland post was deliberate in the eyes of many.",
                "Northland and Southland officials have disagreed about the clash.",
                "Northern and Southern officials said the talks would resume.");
            // an attribution is a claim, but officials of two sides speak for neither
            Assert.DoesNotContain(corpus.Claims, c => c.Party != null || c.Question != null);
            Assert.Equal("said", Assert.Single(corpus.Claims).Cue);
        }

        [Fact]
        public void PronounsAndBareOfficialsTakeTheNearestEarlierSpeakersSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Southern Guard spokesman said the talks had failed.",
                "The spokesman added that the shelling had been deliberate.",
                "Anna Berg said the talks would go on. She said the shelling was an accident.");
            var spokesman = Single(corpus, "The spokesman added");
            Assert.Equal("Southland", spokesman.Party);
            Assert.Equal("Deliberate", spokesman.Position);
            var she = Single(corpus, "She said");
            Assert.Equal("Northland", she.Party);
            Assert.Equal("Anna Berg", she.Speaker);
            Assert.Equal("Not deliberate", she.Position);
        }

        [Fact]
        public void ASpeakerOfNoPartyEndsTheChain()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the talks would go on.",
                "Jon Haller, a farmer near the pass, said he saw the first shells land at dawn.",
                "He said the shelling was deliberate.");
            var withParty = Assert.Single(corpus.Claims, c => c.Party != null);
            Assert.Equal("Anna Berg", withParty.Speaker);
            Assert.Equal(3, corpus.Claims.Count);
        }

        [Fact]
        public void FindingsWithNoOwnerTakeNoSideFromTheSpeakerBeforeThem()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said the shelling was deliberate.",
                "The investigation found that the shelling was an accident. He found that the shelling was deliberate.",
                "The Interior Ministry said the shelling was deliberate. The statement said the shelling was deliberate.");
            // an inquiry of no side named is nobody's side, and neither is the "he" of its findings
            var found = Single(corpus, "The investigation found");
            Assert.Null(found.Party);
            Assert.Null(Single(corpus, "He found").Party);
            // a statement still speaks for the side named before it
            Assert.Equal("Northland", Single(corpus, "The statement said").Party);
        }

        [Fact]
        public void FindingsNamedBeforeWithTheirSideKeepIt()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Southland inquiry into the clash was finished in March.",
                "The Northern Army said the shelling was deliberate.",
                "The inquiry concluded that the shelling was an accident.");
            Assert.Equal("Southland", Single(corpus, "The inquiry concluded").Party);
        }

        [Fact]
        public void ABareReportIsTheFindingsJustSpokenOf()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "A Southland investigation has concluded that the shelling was an accident.",
                "According to the report, the shelling was an accident.");
            Assert.Equal("Southland", Single(corpus, "According to the report").Party);
        }

        [Fact]
        public void QuotedSentencesFollowTheirAttributedNeighbour()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "“We were patrolling our side,” a Northern Army officer said. “They fired first. We answered.”");
            var claim = Single(corpus, "“They fired first", "first-shot");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal(AttributionKind.Direct, claim.Kind);
            Assert.Equal("Southland fired first", claim.Position);
        }

        [Fact]
        public void PartyRelativeCuesMeanOppositeThingsFromEachSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The Northern Army said its patrol came under fire near the pass.",
                "The Southern Guard said its post came under fire before dawn.",
                "Southland insisted that Northern troops fired first.");
            Assert.Equal("Southland fired first", Single(corpus, "The Northern Army said").Position);
            Assert.Equal("Northland fired first", Single(corpus, "The Southern Guard said").Position);
            // a {Party} placeholder names the side in the text, whoever speaks
            var placeholder = Single(corpus, "Southland insisted");
            Assert.Equal("Northland fired first", placeholder.Position);
            Assert.Equal("Northern troops fired first", placeholder.PositionCue);
        }

        [Theory]
        [InlineData("Northland said the shelling was not deliberate.")]
        [InlineData("Northland said its gunners never intended to hit the village.")]
        [InlineData("Northland denied that the village was shelled deliberately.")]
        [InlineData("Northland said there was no deliberate or intended attack on the village.")]
        [InlineData("Northland said the shelling wasn’t deliberate.")]
        [InlineData("Northland said the shelling wasn't deliberate.")]
        [InlineData("Northland said the shelling cannot have been deliberate.")]
        public void NegatedCuesTakeTheOtherPosition(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            var claim = Single(corpus, "Northland", "deliberate");
            Assert.Equal("Not deliberate", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        [InlineData("Northland said the shelling was deliberate, but it did not name the gunners.", "Deliberate")]
        [InlineData("Northland said there is no doubt the shelling was deliberate.", "Deliberate")]
        [InlineData("Northland said the shelling was not only deliberate but planned.", "Deliberate")]
        public void NegationStaysInItsClause(string sentence, string position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            Assert.Equal(position, Single(corpus, "Northland", "deliberate").Position);
        }

        private const string FirstShotWithBracketedWord = @"
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues:
          - {text: ""{self} fired (first)"", party: Southland}
      - label: Northland fired first
        cues:
          - {text: ""{self} fired (first)"", party: Northland}
";

        [Theory]
        [InlineData("The Southern Guard said its soldiers had not fired at anyone that night.", "Northland fired first")]
        [InlineData("The Southern Guard said its soldiers never fired at the patrol.", "Northland fired first")]
        [InlineData("The Southern Guard said its soldiers fired first.", "Southland fired first")]
        // near misses: the word left out with no denial is no cue
        [InlineData("The Southern Guard said its soldiers fired at the patrol after it crossed the pass.", null)]
        [InlineData("The Southern Guard said its soldiers had fired warning shots.", null)]
        public void ABracketedCueWordMayBeLeftOutOnlyInADenial(string sentence, string? position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + FirstShotWithBracketedWord, sentence);
            Assert.Equal(position, Single(corpus, "The Southern Guard said").Position);
        }

        [Theory]
        // a side denies what its own men did: "the" and a group noun with no side named, with a negator after it
        [InlineData("The Southern Guard said the soldiers at the border post had not fired first.", "Northland fired first")]
        [InlineData("The Southern Guard said the troops had never fired at anyone.", "Northland fired first")]
        // a word in lower case before the group noun of "its"/"our"
        [InlineData("The Southern Guard said its brave soldiers had not fired at anyone.", "Northland fired first")]
        // near misses: "the soldiers" with no denial do not say whose men they are; a side named in capitals is no own side
        [InlineData("The Southern Guard said the soldiers at the border post fired first.", null)]
        [InlineData("The Southern Guard said its Northern soldiers fired first.", null)]
        public void TheSpeakersOwnMenMayBeNamedByTheirGroupNounInADenial(string sentence, string? position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + FirstShotWithBracketedWord, sentence);
            Assert.Equal(position, Single(corpus, "The Southern Guard said").Position);
        }

        [Theory]
        // the place where the men stand may be a place's name in capitals or a noun of terrain ("at Harwick", "on the ridge")
        [InlineData("The Southern Guard said the soldiers at Harwick had not fired at anyone.", "Northland fired first")]
        [InlineData("The Southern Guard said the gunners on the Harwick ridge had not fired a single shot.", "Northland fired first")]
        [InlineData("The Southern Guard said its troops on the hilltop never fired at the patrol.", "Northland fired first")]
        // near misses: men in a side's or a country's land are not the speaker's own; no denial, no position
        [InlineData("The Southern Guard said the soldiers in Northland had not fired at anyone.", null)]
        [InlineData("The Southern Guard said the soldiers in France had not fired at anyone.", null)]
        [InlineData("The Southern Guard said the soldiers at Harwick fired at the patrol.", null)]
        public void TheSpeakersOwnMenMayBeNamedWithThePlaceTheyHold(string sentence, string? position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + FirstShotWithBracketedWord, sentence);
            Assert.Equal(position, Single(corpus, "The Southern Guard said").Position);
        }

        private const string NotToldQuestion = @"
questions:
  - id: coordination
    text: Did coordination fail?
    positions:
      - label: Coordination failed
        cues:
          - never told
      - label: Coordination worked
        cues:
          - coordination worked
";

        [Fact]
        public void ACueWithANegatorOfItsOwnCountsInWhatTheSourceSays()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + NotToldQuestion,
                "Northland said it was never told about the patrol.");
            Assert.Equal("Coordination failed", Single(corpus, "Northland", "coordination").Position);
        }

        [Fact]
        public void ACueWithANegatorOfItsOwnOverTheSourcesVerbSaysTheSourceDidNotSpeak()
        {
            // near miss of the above: "never told" holds the attribution's own verb; the Southern Guard said nothing
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + NotToldQuestion,
                "The Southern Guard never told Northland about the patrol.");
            Assert.Contains(corpus.Claims, c => c.Party == "Southland");
            Assert.DoesNotContain(corpus.Claims, c => c.Question == "coordination");
        }

        [Fact]
        public void AReportTheOtherSideIsSaidNotToHaveMadeIsTheSpeakersOwnWordUpToItsVerb()
        {
            // "the Southern Guard never told …" is no report of the Southern Guard's: Northland says it, and "never told" counts
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + NotToldQuestion,
                "Northland said the Southern Guard never told its officers about the patrol.",
                "“They never told us about the patrol,” a Northern Army officer said.");
            var said = Single(corpus, "Northland said the Southern Guard", "coordination");
            Assert.Equal("Northland", said.Party);
            Assert.Equal("Coordination failed", said.Position);
            Assert.Equal("never told", said.PositionCue);
            var quoted = Single(corpus, "“They never told us", "coordination");
            Assert.Equal("Northland", quoted.Party);
            Assert.Equal("Coordination failed", quoted.Position);
            Assert.Equal("QuoteThenCue", quoted.Rule);
        }

        [Fact]
        public void WhatTheOtherSideIsSaidToHaveToldStaysItsOwn()
        {
            // near miss: the other side's report not negated is cut at its subject as before
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + NotToldQuestion,
                "Northland said the Southern Guard told its officers that coordination worked.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Question == "coordination");
        }

        [Fact]
        public void ANegatedCueOfAQuestionWithThreePositionsSaysNothing()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Northland said that not dozens but a handful of soldiers died.");
            var claim = Single(corpus, "Northland", "casualties");
            Assert.Equal("Few", claim.Position);
        }

        [Fact]
        public void WhatTheSpeakerReportsTheOtherSideAsSayingDoesNotCount()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "“They claim that Northland fired first,” Anna Berg said.");
            var claim = Single(corpus, "“They claim");
            Assert.Equal("Northland", claim.Party);
            Assert.Null(claim.Question);
        }

        [Fact]
        public void TheSpeakersOwnWordsGoOnAfterTheOtherSidesReportAtButThat()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southerners had denied it but that Southland fired first.");
            Assert.Equal("Southland fired first", corpus.Claims.Single(c => c.Party == "Northland" && c.Question == "first-shot").Position);
        }

        [Fact]
        public void AnAndThatAfterTheOtherSidesThatClauseStaysTheirs()
        {
            // near miss of the above: "and that" after the Southerners' own "that" may go on with what they claimed
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Anna Berg said the Southerners claimed that the shelling began at dawn and that Southland fired first.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Question == "first-shot");
        }

        [Theory]
        // the finding in a relative clause on the object is the antecedent's (the other side's inquiry), not the subject's
        [InlineData("Northland has rejected the results of the Southern Guard inquiry, which found that Southland soldiers fired first.")]
        [InlineData("Northland dismissed the report, which said that Southland soldiers fired first.")]
        [InlineData("Northland disputed a Southland report that claimed Southland soldiers fired first.")]
        public void AReportInARelativeClauseOnTheObjectIsNotTheSubjects(string sentence)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Northland" && c.Question == "first-shot");
        }

        [Theory]
        // near misses: a relative clause on the subject, before its cue, leaves the content the subject's own
        [InlineData("Northland, which rejected the report, said its soldiers came under fire.", "Southland fired first")]
        // the antecedent is the subject's own side: its inquiry's finding is its own account
        [InlineData("Northland cited the findings of the Northern Army inquiry, which found that Southland soldiers fired first.", "Southland fired first")]
        public void ARelativeClauseOfTheSubjectsOwnSideKeepsItsPosition(string sentence, string position)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            // (the inquiry's own finding in the writer's aside, "…, which found …", is a claim of its own, of the same side: accounts40)
            var claim = Assert.Single(corpus.Claims, c => c.Party == "Northland" && c.Question == "first-shot" && c.Cue != "found");
            Assert.Equal(position, claim.Position);
            Assert.All(corpus.Claims.Where(c => c.Party == "Northland" && c.Question == "first-shot"), c => Assert.Equal(position, c.Position));
        }

        [Theory]
        // a relative pronoun stands for its antecedent: a report no side owns is no side's, not the side of the subject that dismissed it
        [InlineData("Northland dismissed the report, which said the shelling was deliberate.", null)]
        // near miss: an antecedent that names a side's person gives that side
        [InlineData("Anna Berg praised Omar Diaz, who said the shelling was deliberate.", "Southland")]
        public void ARelativePronounSourceTakesItsAntecedentsSide(string sentence, string? party)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            var claim = Assert.Single(corpus.Claims, c => c.Cue == "said");
            Assert.Equal(party, claim.Party);
        }

        [Fact]
        public void QuotesWithAPartyBecomeThatPartysClaims()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Smoke rose over the pass on Monday.",
                "“The shelling was no accident,” said Omar Diaz, a commander of the Southern Guard.",
                "“It was no accident.”");
            var doc = corpus.Documents.Single();
            var p = doc.Paragraphs.Single(x => x.Text.StartsWith("“The shelling", StringComparison.Ordinal));
            var claims = ClaimFinder.Find(doc, corpus.Parties, corpus.Questions);
            var claim = claims.Single(c => c.Question == "deliberate" && c.Paragraph == p.Number);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Omar Diaz", claim.Speaker);
            Assert.Equal(AttributionKind.Direct, claim.Kind);
            Assert.Equal("Deliberate", claim.Position);
            Assert.True(claim.Negated);
            Assert.Equal(p.Line, claim.Line);
            Assert.Equal("The shelling was no accident,", claim.Content);
            Assert.StartsWith(doc.Id + " ¶" + p.Number + ": Omar Diaz: ", claim.ToString());
            // a quotation nobody is given says nothing for anyone
            Assert.DoesNotContain(claims, c => c.Content.StartsWith("It was no accident", StringComparison.Ordinal) && c.Party != null && c.Question != null && c.Paragraph != p.Number + 1);
        }

        [Fact]
        public void CuesMatchWholeWordsWithAnyApostropheAndHyphen()
        {
            using var folder = new TempFolder();
            var manifest = AccountTestCorpus.Parties + @"
questions:
  - id: defence
    text: Self-defence?
    positions:
      - label: Self-defence
        cues: [""self-defence"", ""army's right""]
      - label: Aggression
        cues: [""aggress*""]
";
            var corpus = AccountTestCorpus.Load(folder, manifest,
                "Northland said its troops acted in self defence and that it was the army’s right.",
                "Southland said the shelling was aggression.",
                "Southland said the shelling was unaggressive.");
            Assert.Equal("Self-defence", Single(corpus, "Northland said").Position);
            Assert.Equal("Aggression", Single(corpus, "Southland said the shelling was aggression").Position);
            Assert.Null(Single(corpus, "Southland said the shelling was unaggressive").Question);
        }

        [Fact]
        public void ASentenceAnsweringTwoQuestionsGivesTwoClaims()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Southland said Northern gunners fired first and shelled the village deliberately.");
            var claims = corpus.Claims;
            Assert.Equal(2, claims.Count);
            Assert.Contains(claims, c => c.Question == "first-shot" && c.Position == "Northland fired first");
            Assert.Contains(claims, c => c.Question == "deliberate" && c.Position == "Deliberate");
        }

        [Fact]
        public void ACueWithANegativePrefixAlsoMatchesNotAndTheRestOfTheWord()
        {
            const string questions = @"
questions:
  - id: report
    text: Is the report right?
    positions:
      - label: Right
        cues: [report is accurate]
      - label: Wrong
        cues: [factually incorrect, unacceptable, intent]
";
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + questions,
                "Northland called the border report factually not correct on Monday.",
                "Omar Diaz said the report was not acceptable to the Guard.",
                "Anna Berg said nobody had shown any tent at the border.");
            Assert.Equal("Wrong", Single(corpus, "Northland called").Position);
            Assert.Equal("Wrong", Single(corpus, "Omar Diaz said").Position);
            Assert.Null(Single(corpus, "Anna Berg said").Question); // "intent": too short a rest to stand alone
            Assert.Equal("correct", IncidentTools.Accounts.PositionCues.NegatedForm("incorrect", new[] { "in", "un" }));
            Assert.Null(IncidentTools.Accounts.PositionCues.NegatedForm("intent", new[] { "in", "un" }));
        }
    }
}