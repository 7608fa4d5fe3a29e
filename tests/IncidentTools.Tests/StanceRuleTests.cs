using System;
using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Stance read from the whole clause (issue 9, item 1), each rule on invented text: hedges under a
    /// negator, the reach of a negator (it stops at a subordinate clause), clauses that are asked or
    /// supposed, obligations that report nothing, a side's cue whose doer is that side, and concessions.
    /// </summary>
    public class StanceRuleTests
    {
        /// <summary>Two sides, with "fired on", "shot at" and "under attack" as each side's words of being the target (UnseenStyles55Tests reads it too).</summary>
        internal static readonly string Manifest = AccountTestCorpus.PlainParties + @"
questions:
  - id: first-shot
    text: Who fired first?
    positions:
      - label: Southland fired first
        cues:
          - ""{Southland} fired first""
          - {text: fired on, party: Northland}
          - {text: shot at, party: Northland}
          - {text: under attack, party: Northland}
          - {text: unprovoked, party: Northland}
          - {text: self-defence, party: Northland}
      - label: Northland fired first
        cues:
          - ""{Northland} fired first""
          - {text: fired on, party: Southland}
          - {text: shot at, party: Southland}
          - {text: under attack, party: Southland}
          - {text: unprovoked, party: Southland}
          - {text: self-defence, party: Southland}
  - id: deliberate
    text: Was the shelling deliberate?
    positions:
      - label: Deliberate
        cues: [deliberate, deliberately]
      - label: Not deliberate
        cues: [accident, mistakes]
  - id: report
    text: Is the inquiry right?
    positions:
      - label: Right
        cues: [""stand* by the * inquiry"", ""accept* * findings""]
      - label: Wrong
        cues: [one-sided report, whitewash]
";

        private static IncidentClaim[] Claims(string paragraph, string question)
        {
            using var folder = new TempFolder();
            return AccountTestCorpus.Load(folder, Manifest, paragraph).Claims.Where(c => c.Question == question).ToArray();
        }

        private static IncidentClaim One(string paragraph, string question) => Assert.Single(Claims(paragraph, question));

        [Theory]
        // a hedge under a negator leaves the clause standing: two negators
        [InlineData("Omar Diaz said he could not rule out the possibility that the shelling was deliberate.", "Deliberate")]
        [InlineData("“We cannot rule out that this was deliberate,” Omar Diaz said.", "Deliberate")]
        [InlineData("Omar Diaz said he would not exclude the possibility that the shelling was deliberate.", "Deliberate")]
        // "rule out" alone denies
        [InlineData("Omar Diaz said the inquiry had ruled out a deliberate attack.", "Not deliberate")]
        // a hedge that is no negator keeps the position
        [InlineData("Omar Diaz said the shelling may have been deliberate.", "Deliberate")]
        public void HedgesReadTheWholeClause(string sentence, string position)
        {
            var claim = One(sentence, "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Theory]
        [InlineData("Omar Diaz insisted that the Southern posts had not fired across the valley before they came under attack.", "Northland fired first")]
        [InlineData("Omar Diaz said his men did not shoot until they were under attack.", "Northland fired first")]
        // the negator still reaches a cue in its own clause (a cue of no side's word: a denied word of either side, "under attack"
        // of posts of no side, takes no position, ADeniedWordOfEitherSideTakesNoPosition)
        [InlineData("Omar Diaz denied that Northern troops had fired first.", "Southland fired first")]
        public void ANegatorStopsAtASubordinateClause(string sentence, string position)
        {
            var claim = Assert.Single(Claims(sentence, "first-shot"), c => c.Party == "Southland");
            Assert.Equal(position, claim.Position);
        }

        [Theory]
        [InlineData("Omar Diaz rejected suggestions from Northern officials that the Southern posts had fired first.")]
        [InlineData("Omar Diaz rejected suggestions, circulated by Northern officials, that Southern troops fired first.")]
        // both rules at once: a passive whose subject is the other side, in a rejected claim
        [InlineData("Omar Diaz rejected suggestions from Northern officials that the Northern patrol had been shot at first.")]
        public void AClaimRejectedWithWhoseItIsBetweenIsStillRejected(string sentence)
        {
            var claim = Assert.Single(Claims(sentence, "first-shot"), c => c.Party == "Southland");
            Assert.Equal("Northland fired first", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        // an inquiry's result disputed: "finding" and "conclusion" are claim nouns too
        [InlineData("Omar Diaz disputed the finding that the Southern posts had fired first.", "first-shot", "Northland fired first", true)]
        [InlineData("Omar Diaz rejected the conclusion that the Southern posts had fired first.", "first-shot", "Northland fired first", true)]
        // a doubt that refuses the claim or the clause after it
        [InlineData("Omar Diaz said the Guard was unconvinced by any suggestion that the shelling was an accident.", "deliberate", "Deliberate", true)]
        [InlineData("Omar Diaz said the Guard remained unpersuaded that the shelling was an accident.", "deliberate", "Deliberate", true)]
        // near misses: a finding accepted, one convinced, and "the findings of …" that name whose findings they are
        [InlineData("Omar Diaz accepted the finding that the Southern posts had fired first.", "first-shot", "Southland fired first", false)]
        [InlineData("Omar Diaz said the Guard was convinced that the shelling was an accident.", "deliberate", "Not deliberate", false)]
        [InlineData("Omar Diaz rejected the findings of the inquiry into the deliberate shelling.", "deliberate", "Deliberate", false)]
        public void AFindingDisputedOrADoubtNegatesTheCue(string sentence, string question, string position, bool negated)
        {
            var claim = Assert.Single(Claims(sentence, question), c => c.Party == "Southland");
            Assert.Equal(position, claim.Position);
            Assert.Equal(negated, claim.Negated);
        }

        [Fact]
        public void AFindingDisputedInTheSentenceBeforeDoesNotTurnTheNextSentencesDenial()
        {
            // the second sentence denies by itself; the disputed finding ends with its sentence
            var claims = Claims("Omar Diaz disputed the finding that the Southern posts had fired at dawn. He said the Southern posts had not fired first.", "first-shot");
            var denial = Assert.Single(claims, c => c.Text.StartsWith("He said", StringComparison.Ordinal));
            Assert.Equal("Northland fired first", denial.Position);
            Assert.True(denial.Negated);
        }

        [Theory]
        [InlineData("Omar Diaz would not say whether the shelling was deliberate.")]
        [InlineData("Omar Diaz said that if the shelling was deliberate, the talks were over.")]
        [InlineData("Omar Diaz asked whether anyone could still believe the shelling was an accident.")]
        public void AClauseThatIsAskedOrSupposedTakesNoPosition(string sentence)
        {
            Assert.Empty(Claims(sentence, "deliberate"));
        }

        [Theory]
        [InlineData("Asked whether the shelling had been deliberate, Omar Diaz replied: “Apparently so.”", "Deliberate")]
        [InlineData("Asked if the shelling was deliberate, Omar Diaz said: “Certainly not.”", "Not deliberate")]
        public void AShortAnswerSaysTheAskedClause(string sentence, string position)
        {
            var claim = One(sentence, "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Fact]
        public void AnAnswerThatIsNoYesOrNoLeavesTheAskedClauseOpen()
        {
            Assert.Empty(Claims("Asked whether the shelling had been deliberate, Omar Diaz replied: “We are still looking into it.”", "deliberate"));
        }

        [Theory]
        // an answer whose "that" or "it" points back to the question put before it, after a subject of a few words
        [InlineData("Asked whether Southland believed the shelling was deliberate, Omar Diaz said his army could not rule that out.", "Deliberate")]
        [InlineData("Asked if the shelling was deliberate, Omar Diaz said he couldn’t rule it out.", "Deliberate")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz said that was not the case.", "Not deliberate")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz declined to rule it out.", "Deliberate")]
        // the asked possibility named as such, a doubt that it was anything else, and an answer that is a quotation's first sentence
        [InlineData("Asked whether the shelling had been deliberate, Omar Diaz was reported to have said that the navy could not exclude that possibility.", "Deliberate")]
        [InlineData("Asked if Southland saw the shelling as deliberate, Omar Diaz said it was “hard to see how it could have been anything else”.", "Deliberate")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz says: “We can’t rule it out. The logs will tell.”", "Deliberate")]
        [InlineData("Asked if the shelling was deliberate, Omar Diaz answered: “Certainly not. The gunners lost their bearings.”", "Not deliberate")]
        public void AnAnswerThatPointsBackSaysTheAskedClause(string sentence, string position)
        {
            var claim = One(sentence, "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal(position, claim.Position);
        }

        [Theory]
        // its near misses: no question before it, an answer with words of its own after the subject, a ruling out
        [InlineData("Omar Diaz said his army could not rule that out.")]
        [InlineData("Omar Diaz declined to rule it out.")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz said the men who had been on duty at the border post that night could not rule that out.")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz said the inquiry could not rule that out for now but would report.")]
        [InlineData("Omar Diaz said the navy could not exclude that possibility.")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz said the navy could not exclude the possibility of a second salvo.")]
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz said it was hard to see how the gunners could have done anything else.")]
        // the answer is the quotation's first sentence only: one that comes later is no answer to the question
        [InlineData("Asked whether the shelling was deliberate, Omar Diaz says: “The logs will tell. We can’t rule it out.”")]
        public void AnAnswerThatDoesNotPointBackLeavesTheAskedClauseOpen(string sentence)
        {
            Assert.Empty(Claims(sentence, "deliberate"));
        }

        [Fact]
        public void AnObligationOfTheOtherSideIsNoReportThatCutsTheClaim()
        {
            // "they must tell us …" is not what they said: the rest of the quotation is still Diaz's
            var claim = One("“If they lost men, they must tell us who, and we cannot rule out that this was deliberate,” Omar Diaz said.", "deliberate");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Deliberate", claim.Position);
            // a report of the other side's words still cuts it
            Assert.DoesNotContain(Claims("“They claim that the shelling was deliberate,” Anna Berg said.", "deliberate"), c => c.Party == "Northland");
        }

        [Theory]
        // a side's cue of being the target, with that side as the doer: the other position
        [InlineData("Southern officials denied that their soldiers shot at anyone that night.", "Northland fired first")]
        [InlineData("Southern officials said their soldiers shot at the patrol.", "Southland fired first")]
        [InlineData("Omar Diaz said the claim that it was an unprovoked attack by Southern troops was false.", "Northland fired first")]
        // the usual reading stays: a passive, another side as the doer
        [InlineData("Southern officials said their soldiers were shot at first.", "Northland fired first")]
        [InlineData("Omar Diaz said it was an unprovoked attack by Northern troops.", "Northland fired first")]
        [InlineData("Omar Diaz said Northern troops fired on the post.", "Northland fired first")]
        // a passive whose subject is another side: that side was the target
        [InlineData("Omar Diaz said the Northern patrol was fired on first.", "Southland fired first")]
        [InlineData("Omar Diaz said the Southern patrol was fired on first.", "Northland fired first")]
        // a passive's subject with a participle and a place phrase after its noun: the place's side is where the men were, not
        // whose they were; the noun before the participle says whose (ClaimFinder.HeadBeforePlacePhrase)
        [InlineData("Omar Diaz said Southern commandos operating near the Northern border were fired on first.", "Northland fired first")]
        [InlineData("Omar Diaz said that troops patrolling near the Northern border had been fired on first.", "Northland fired first")]
        [InlineData("Omar Diaz said Northern gunners sitting on the Southern ridge were fired on first.", "Southland fired first")]
        // near miss: a place phrase right after the noun still names whose men they were
        [InlineData("Omar Diaz said the soldiers at the Northern posts were fired on first.", "Southland fired first")]
        // a noun cue's "by" names who does it, not who attacked: the speaker's side keeps the cue's reading
        [InlineData("Omar Diaz said the self-defence by Southern soldiers was lawful.", "Northland fired first")]
        [InlineData("Omar Diaz said the post was fired on by Southern aircraft in the confusion.", "Southland fired first")]
        // near misses of an active cue aimed at another side (AnActiveCueAimedAtAnotherSideByNoNamedSideTakesNoPosition): the
        // speaker's own side as the subject, another side as the subject, a passive
        [InlineData("Omar Diaz said their soldiers had not fired on the Northern convoy.", "Northland fired first")]
        [InlineData("Omar Diaz said Northern troops fired on the convoy.", "Northland fired first")]
        [InlineData("Omar Diaz said the men at the ridge post had been fired on by the Northern convoy.", "Northland fired first")]
        // a side denies what its own men did: a denied active "fired on" with a subject of no side is the speaker's men not firing
        [InlineData("Omar Diaz insisted that the soldiers at the ridge post had not fired on the patrol.", "Northland fired first")]
        [InlineData("Omar Diaz said the gunners on the hill never fired on the convoy.", "Northland fired first")]
        // near miss: not denied, a subject of no side keeps the cue as written (the other side's helicopters fired on the post)
        [InlineData("Omar Diaz said that the helicopters fired on the ridge post.", "Northland fired first")]
        public void ASidesCueWithThatSideAsTheDoerTakesTheOtherPosition(string sentence, string position)
        {
            var claim = Assert.Single(Claims(sentence, "first-shot"), c => c.Party == "Southland");
            Assert.Equal(position, claim.Position);
        }

        [Theory]
        // a side's word of being the target, denied by the side that did the act: the other side's word denied, no position of the
        // speaker's own (without the rule "Southland fired first", the speaker's side accusing itself)
        [InlineData("Omar Diaz did not accept that the shelling of the Northern post had been unprovoked.")]
        [InlineData("Omar Diaz rejected the charge that the raid on the Northern camp was unprovoked.")]
        // posts of no side: whose posts were not attacked is not said
        [InlineData("Omar Diaz denied that the posts were ever under attack.")]
        public void ADeniedWordOfEitherSideTakesNoPosition(string sentence)
        {
            var claims = Claims(sentence, "first-shot");
            Assert.DoesNotContain(claims, c => c.Party == "Southland");
        }

        [Theory]
        // near misses: the word not denied reads as written; a denied word whose doer the sentence names keeps the other position
        [InlineData("Omar Diaz said the raid on the Southern camp was unprovoked.", "Northland fired first", false)]
        [InlineData("Southern officials denied that their soldiers shot at anyone that night.", "Northland fired first", true)]
        // a denied cue of no side's own words still turns over
        [InlineData("Omar Diaz said Northern troops had not fired first.", "Southland fired first", true)]
        public void AWordOfEitherSideReadsAsWrittenWhenNotDeniedOrItsDoerIsNamed(string sentence, string position, bool negated)
        {
            var claim = Assert.Single(Claims(sentence, "first-shot"), c => c.Party == "Southland");
            Assert.Equal(position, claim.Position);
            Assert.Equal(negated, claim.Negated);
        }

        [Fact]
        public void HeOrSheInAPersonsReportedSpeechIsThatPerson()
        {
            var claim = One("Anna Berg wrote to the Southern minister to offer her regrets for what she called a “tragic accident,” saying more talks were needed.", "deliberate");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
            // inside a quotation "he" is someone else: his report is not the speaker's
            Assert.DoesNotContain(Claims("“He calls it an accident, and he is wrong,” Omar Diaz said.", "deliberate"), c => c.Party == "Southland" && c.Position == "Not deliberate");
        }

        [Theory]
        // an active "fired on" whose target is another side: the speaker's side was not the target, and a subject of no side
        // does not say who fired (the speaker's troops, or gunmen): no position
        [InlineData("Omar Diaz said the men at the ridge post had not fired on the Northern convoy.")]
        [InlineData("Omar Diaz said gunmen in the hills shot at the Northern patrol.")]
        public void AnActiveCueAimedAtAnotherSideByNoNamedSideTakesNoPosition(string sentence)
        {
            Assert.DoesNotContain(Claims(sentence, "first-shot"), c => c.Party == "Southland");
        }

        // A negated verb of accepting is a refusal ("will not accept any one-sided report"): the negator refuses the thing, and a
        // cue that describes that thing keeps its position; a cue in a clause after the verb is still denied.
        [Theory]
        [InlineData("Omar Diaz said Southland will not accept any one-sided report on the shelling.")]
        [InlineData("Omar Diaz told the assembly that the Guard would never tolerate a whitewash.")]
        [InlineData("Omar Diaz said Southland could not fully accept such a one-sided report.")]
        [InlineData("Omar Diaz said Southland had refused to accept any one-sided report.")]
        public void ARefusalKeepsTheCueOfWhatItRefuses(string sentence)
        {
            var claims = Claims(sentence, "report").Where(c => c.Party == "Southland").ToArray();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.Equal(("Wrong", false), (c.Position, c.Negated)));
        }

        [Theory]
        // near misses: the cue in a clause after the verb, a claim noun before it, and a plain negator
        [InlineData("Omar Diaz said Southland does not accept that the shelling was an accident.", "deliberate", "Deliberate")]
        [InlineData("Omar Diaz said Southland will not accept the claim that it was an accident.", "deliberate", "Deliberate")]
        [InlineData("Omar Diaz said there had been no whitewash.", "report", "Right")]
        // "refused to" denies the act it refuses, as "will not" does: refusing to accept the findings is the other position
        [InlineData("Omar Diaz said Southland refused to accept the findings of the inquiry.", "report", "Wrong")]
        [InlineData("The Southern Guard has refused to accept its findings, Omar Diaz said.", "report", "Wrong")]
        [InlineData("Omar Diaz said the Guard's refusal to accept the findings was final.", "report", "Wrong")]
        public void ANegatedAcceptingVerbStillDeniesAClauseAfterIt(string sentence, string question, string position)
        {
            // (Southland's claims: the speaker's, and Southland's own where it is the subject of the clause)
            var claims = Claims(sentence, question).Where(c => c.Party == "Southland").ToArray();
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.Equal((position, true), (c.Position, c.Negated)));
        }

        // near miss of a refusal ("refused to accept the findings", ANegatedAcceptingVerbStillDeniesAClauseAfterIt): it ends at
        // the clause it refuses; a cue in a clause after it is asserted
        [Fact]
        public void ARefusalDoesNotReachACueInTheNextClause()
        {
            var claims = Claims("Omar Diaz said Southland refused to comment, but it accepts the findings of the inquiry.", "report");
            Assert.Contains(claims, c => c.Party == "Southland" && c.Position == "Right" && !c.Negated);
            Assert.DoesNotContain(claims, c => c.Position == "Wrong");
        }

        [Fact]
        public void ANounCueThatIsAnotherSidesActTakesNoPosition()
        {
            Assert.DoesNotContain(Claims("Omar Diaz said the claim of self-defence by the Northern soldiers was an afterthought.", "first-shot"), c => c.Party == "Southland");
        }

        [Fact]
        public void AConcessionCountsForTheSideThatMakesIt()
        {
            var claims = Claims("Northern officials acknowledged that the Northern side also made mistakes, Omar Diaz said, but he insisted the shelling was deliberate.", "deliberate");
            Assert.Equal("Not deliberate", Assert.Single(claims, c => c.Party == "Northland").Position);
            Assert.Equal("Deliberate", Assert.Single(claims, c => c.Party == "Southland").Position);

            var own = One("Omar Diaz conceded that Southern commanders had made mistakes.", "deliberate");
            Assert.Equal("Southland", own.Party);
            Assert.Equal("Not deliberate", own.Position);
        }

        [Fact]
        public void TheStanceWordsLoadWithTheirTags()
        {
            var lexicon = AccountLexicon.Default;
            Assert.Contains("before", lexicon.ScopeEnds);
            Assert.Contains("whether", lexicon.OpenWords);
            Assert.Contains("must", lexicon.Modals);
            Assert.Contains("were", lexicon.PassiveWords);
            Assert.Contains("at", lexicon.TargetPrepositions);
            Assert.Contains("by", lexicon.AgentPrepositions);
            Assert.Contains(lexicon.Negators, n => string.Join(" ", n) == "rule out");
            Assert.Contains("apparently so", lexicon.Affirmations);
            Assert.Contains("certainly not", lexicon.Denials);
        }
    }
}
