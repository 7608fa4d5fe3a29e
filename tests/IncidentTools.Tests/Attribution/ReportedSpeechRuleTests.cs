using System;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>The reported-speech rules, each on sentences written for it (an invented bridge closure in an invented town).</summary>
    public class ReportedSpeechRuleTests
    {
        // ------------------------------------------------------------ CueThenContent

        [Theory]
        [InlineData("Mayor Lena Ortiz implied that the contractor had lied about the cables.", "implied", "the contractor had lied about the cables")]
        [InlineData("Mayor Lena Ortiz bemoaned that the bridge would stay shut all winter.", "bemoaned", "the bridge would stay shut all winter")]
        [InlineData("Mayor Lena Ortiz railed against the contractor for the delays.", "railed against", "the contractor for the delays")]
        [InlineData("Mayor Lena Ortiz alluded to the cost of the repairs.", "alluded to", "the cost of the repairs")]
        [InlineData("Mayor Lena Ortiz discussed the closure with the harbour board.", "discussed", "the closure with the harbour board")]
        [InlineData("Mayor Lena Ortiz echoed the engineers' warning about the cables.", "echoed", "the engineers' warning about the cables")]
        [InlineData("Mayor Lena Ortiz made it clear that the bridge would stay shut.", "made it clear", "the bridge would stay shut")]
        [InlineData("Mayor Lena Ortiz has made clear she will not resign.", "made clear", "she will not resign")]
        [InlineData("Mayor Lena Ortiz portrayed the contractor as careless.", "portrayed", "the contractor as careless")]
        [InlineData("Mayor Lena Ortiz argued against a second closure of the bridge.", "argued against", "a second closure of the bridge")]
        [InlineData("Mayor Lena Ortiz disavowed the leaflet about the tolls.", "disavowed", "the leaflet about the tolls")]
        [InlineData("Mayor Lena Ortiz outlined her plan for a new ferry line.", "outlined", "her plan for a new ferry line")]
        [InlineData("Mayor Lena Ortiz deemed the repairs too costly.", "deemed", "the repairs too costly")]
        [InlineData("Mayor Lena Ortiz likened the closure to a siege.", "likened", "the closure to a siege")]
        [InlineData("Mayor Lena Ortiz reaffirmed that the tolls would not rise.", "reaffirmed", "the tolls would not rise")]
        [InlineData("Mayor Lena Ortiz asked for an inquiry into the closure.", "asked for", "an inquiry into the closure")]
        [InlineData("Mayor Lena Ortiz pushed for a second ferry line.", "pushed for", "a second ferry line")]
        [InlineData("Mayor Lena Ortiz argued in favor of a new bridge.", "argued in favor of", "a new bridge")]
        [InlineData("Mayor Lena Ortiz elaborated on her plan for the harbour.", "elaborated on", "her plan for the harbour")]
        [InlineData("Mayor Lena Ortiz compared the detour to a maze.", "compared", "the detour to a maze")]
        [InlineData("Mayor Lena Ortiz remembered that the old ferry had sunk twice.", "remembered", "the old ferry had sunk twice")]
        [InlineData("Mayor Lena Ortiz made the case that the bridge should be toll-free.", "made the case", "the bridge should be toll-free")]
        public void MoreVerbsOfSayingReport(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal("Mayor Lena Ortiz", f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Jo Bell, managing director of the harbour division of Kestrel Ferry Services, Inc., announced that the ferry would run on Sundays.", "Jo Bell")]
        [InlineData("Jo Bell, head of Kestrel Ferries Ltd., announced that the ferry would run on Sundays.", "Jo Bell")]
        public void AClosingAbbreviationBetweenCommasIsPartOfTheNameBeforeIt(string sentence, string source) =>
            Assert.Equal(source, Assert.Single(Run(sentence, new CueThenContent())).Source);

        [Fact]
        public void AClosingAbbreviationIsNeverTheSubject() =>
            Assert.DoesNotContain(Run("Tomas Reyes, Jr., said the pier was unsafe.", new CueThenContent()), f => f.Source == "Jr.");

        [Theory]
        [InlineData("The port authority, working with a diving firm called Deepwater, inspected the cables on Monday.")]
        [InlineData("The harbour board, acting for a ferry line called Northern Isles, sold the old pier last year.")]
        public void AVerbInsideAParticiplesPhraseIsNotTheSubjectsCue(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));

        [Theory]
        [InlineData("Anna Berg, speaking on condition of anonymity, said the pier was unsafe.", "said")]
        [InlineData("Anna Berg, in a call with the mayor, said the pier was unsafe.", "said")]
        public void AParticiplesPhraseClosedByItsCommaIsAnAside(string sentence, string cue)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.StartsWith("Anna Berg", f.Source);
            Assert.Equal(cue, f.Cue);
        }

        [Theory]
        [InlineData("The ferry union called off the strike after the talks on Monday.")]     // "- call off" in reporting-verbs.txt
        [InlineData("The ferry union called back the crews after the storm.")]
        [InlineData("Mayor Lena Ortiz added to the confusion over the tolls.")]             // "- add to"
        [InlineData("The contractor backed down from its demands over the cables.")]        // "- back down"
        [InlineData("The repairs to the pier add up to more than two million euros.")]    // "- add up"
        [InlineData("The unions backed up their threats with a strike at the pier.")]      // "- back up"
        [InlineData("The ferry crews thought of a better route across the bay.")]           // "- think of"
        [InlineData("The harbour board is thinking of a new ferry line to the islands.")]
        [InlineData("The pier's former manager pleaded guilty to fraud in March.")]            // "- plead guilty": a plea in court
        [InlineData("The contractor has pleaded not guilty to the charges.")]
        [InlineData("Most islanders tend to think of the ferry as a lifeline in winter.")]   // the particle after "to" too
        [InlineData("The ferry union voted to call off the strike after the talks.")]
        [InlineData("The rival bids only seemed to add to the confusion over the tolls.")]
        public void AParticleThatMakesAnotherVerbReportsNothing(string sentence) =>
            Assert.Empty(Run(sentence, new CueThenContent()));

        [Fact]
        public void AnInfinitiveWithoutTheParticleStillReports()
        {
            // near miss: "tend to think" with a clause, not "think of", is the islanders' view
            var f = Assert.Single(Run("Most islanders tend to think the ferry is a lifeline in winter.", new CueThenContent()));
            Assert.Equal("Most islanders", f.Source);
            Assert.Equal("think", f.Cue);
            Assert.Equal("the ferry is a lifeline in winter", f.Content);
        }

        [Fact]
        public void APleaInARelativeClauseIsNoCueOfTheQuotationAfterIt()
        {
            // the words are the lawyer's, in his report; "pleaded guilty" said none of them
            var found = Run("The lawyer argued that the star witness, a dredging executive who has pleaded guilty, \"will say whatever keeps him out of prison.\"");
            Assert.DoesNotContain(found, f => f.Cue == "pleaded");
            Assert.Contains(found, f => f.Cue == "argued" && f.Source == "The lawyer");
        }

        [Fact]
        public void APleaInWordsIsStillACue() =>
            // near miss: "pleaded" with no particle of a plea reports words
            Assert.Contains(Run("\"Please let him go,\" his mother pleaded."), f => f.Cue == "pleaded" && f.Source == "his mother");

        [Theory]
        [InlineData("Mayor Lena Ortiz said that the bridge would reopen in May.", "Mayor Lena Ortiz", "said", "the bridge would reopen in May")]
        [InlineData("The harbour authority told reporters on Monday that ferries were suspended.", "The harbour authority", "told", "ferries were suspended")]
        [InlineData("Councillor Amir Haddad accused the contractor of cutting corners.", "Councillor Amir Haddad", "accused", "the contractor of cutting corners")]
        [InlineData("The engineers' union called for an independent inquiry into the closure.", "The engineers' union", "called for", "an independent inquiry into the closure")]
        [InlineData("Many residents believe the river will flood again this winter.", "Many residents", "believe", "the river will flood again this winter")]
        [InlineData("Many residents think the old pier will close this winter.", "Many residents", "think", "the old pier will close this winter")]
        [InlineData("In a statement on Friday, the ministry said the border crossing would stay closed.", "the ministry", "said", "the border crossing would stay closed")]
        [InlineData("Tomas Reyes, who runs the ferry company, said the crossings would resume within a week.", "Tomas Reyes", "said", "the crossings would resume within a week")]
        [InlineData("Tomas Reyes, 44, said the crossings would resume within a week.", "Tomas Reyes", "said", "the crossings would resume within a week")]
        [InlineData("The ferry captains, 52 and 61, say the currents have changed.", "The ferry captains", "say", "the currents have changed")]
        [InlineData("In the harbour survey, 43 said they would wait for the bridge.", "43", "said", "they would wait for the bridge")]
        [InlineData("The inspector has repeatedly denied that the cables were ever tested.", "The inspector", "denied", "the cables were ever tested")]
        [InlineData("But 40 percent of the drivers said they would take the long road anyway.", "40 percent of the drivers", "said", "they would take the long road anyway")]
        [InlineData("However, Sen. Ada Brenner (I-Maine) said the money would arrive too late.", "Sen. Ada Brenner", "said", "the money would arrive too late")]
        [InlineData("Pia Lund -- a ferry captain for thirty years, now retired -- said the currents had changed.", "Pia Lund", "said", "the currents had changed")]
        [InlineData("Both Ms. Okafor and Mr. Lindqvist say the council ignored the warnings.", "Ms. Okafor and Mr. Lindqvist", "say", "the council ignored the warnings")]
        [InlineData("Shop owners and residents in the old town say the detour has emptied the streets.", "Shop owners and residents in the old town", "say", "the detour has emptied the streets")]
        [InlineData("Ortiz visited the divers and said the search would go on through the night.", "Ortiz", "said", "the search would go on through the night")]
        [InlineData("The mayor said that, if the tests fail, the bridge will be demolished.", "The mayor", "said", "if the tests fail, the bridge will be demolished")]
        [InlineData("Sharing the “official figures,” the inspector accused the council of hiding the report.", "the inspector", "accused", "the council of hiding the report")]
        [InlineData("A few days later, the harbour master told reporters the pier was unsafe.", "the harbour master", "told", "the pier was unsafe")]
        [InlineData("The port has had a cold relationship with Tobin, who in 2012 said the tolls were a tax on islanders.", "who", "said", "the tolls were a tax on islanders")]
        [InlineData("Kell sat beside Ada Lund, who on Monday told the board the timetable was unworkable.", "who", "told", "the timetable was unworkable")]
        [InlineData("The port authority, led by Ada Kerr, concluded that the pier was unsafe.", "The port authority", "concluded", "the pier was unsafe")]
        [InlineData("Ortiz, in a call with the harbour master, said the ferries would wait.", "Ortiz", "said", "the ferries would wait")]
        [InlineData("Residents, however, insisted the bridge had been closed too early.", "Residents", "insisted", "the bridge had been closed too early")]
        [InlineData("Chairman of the Harbour Board Ada Kerr said the pier was unsafe.", "Ada Kerr", "said", "the pier was unsafe")]
        [InlineData("Local officials have continued to say that the bridge is safe.", "Local officials", "say", "the bridge is safe")]
        [InlineData("Ortiz continued to insist the bridge was safe.", "Ortiz", "insist", "the bridge was safe")]
        [InlineData("The inspector appeared to suggest that the cables had failed.", "The inspector", "suggest", "the cables had failed")]
        [InlineData("Ortiz seemed to confirm the tolls would rise.", "Ortiz", "confirm", "the tolls would rise")]
        // the formal "wishes to state" of a diplomatic note or a government statement
        [InlineData("The Harbour Ministry wishes to state that the pier was closed on time.", "The Harbour Ministry", "state", "the pier was closed on time")]
        [InlineData("Ortiz went on to say the ferries would run again.", "Ortiz", "went on to say", "the ferries would run again")]
        // a split infinitive: one adverb in -ly between "to" and the cue
        [InlineData("Ortiz continued to publicly insist that the bridge was safe.", "Ortiz", "insist", "the bridge was safe")]
        [InlineData("The harbour column goes on to openly ridicule the mayor and her aides.", "The harbour column", "ridicule", "the mayor and her aides")]
        [InlineData("Ortiz tried to explain why the bridge had been closed.", "Ortiz", "explain", "why the bridge had been closed")]
        [InlineData("Older drivers were slightly more likely to say the detour was too long.", "Older drivers", "say", "the detour was too long")]
        [InlineData("The inspector asked whether the cables had ever been tested.", "The inspector", "asked", "whether the cables had ever been tested")]
        [InlineData("Ortiz believes, for example, that the tolls should be scrapped.", "Ortiz", "believes", "the tolls should be scrapped")]
        [InlineData("Ortiz said in April the ferries would run again by June.", "Ortiz", "said", "the ferries would run again by June")]
        [InlineData("Most islanders see the tolls as unfair.", "Most islanders", "see", "the tolls as unfair")]
        [InlineData("I think the bridge should stay closed.", "I", "think", "the bridge should stay closed")]
        [InlineData("I know the ferry crews are tired.", "I", "know", "the ferry crews are tired")]
        [InlineData("The mayor views the closure as a mistake.", "The mayor", "views", "the closure as a mistake")]
        [InlineData("The harbour board is considering a second ferry line.", "The harbour board", "considering", "a second ferry line")]
        [InlineData("The mayor rejected that version.", "The mayor", "rejected", "that version")]
        [InlineData("Police say the driver ignored the barrier.", "Police", "say", "the driver ignored the barrier")]
        [InlineData("Federal and state inspectors said the cables had failed.", "Federal and state inspectors", "said", "the cables had failed")]
        [InlineData("Ortiz says at a meeting in Kestrel, Northland, that the works will end soon.", "Ortiz", "says", "the works will end soon")]
        [InlineData("If anything, engineers say the bridge was closed too late.", "engineers", "say", "the bridge was closed too late")]
        [InlineData("The harbour master said on Friday he had closed the pier twice.", "The harbour master", "said", "he had closed the pier twice")]
        [InlineData("Ortiz said Tuesday the ferries would run again by June.", "Ortiz", "said", "the ferries would run again by June")]
        [InlineData("Pia Lund, who served as a pilot in Oslo, Bergen and Tromsø, said the currents had changed.", "Pia Lund", "said", "the currents had changed")]
        [InlineData("The ferry company, whose boats still cross the fjord twice a day, said the timetable would not change.", "The ferry company", "said", "the timetable would not change")]
        [InlineData("Tomas Reyes, who is 42, said the crossings would resume within a week.", "Tomas Reyes", "said", "the crossings would resume within a week")]
        [InlineData("Often, residents say the ferry runs late.", "residents", "say", "the ferry runs late")]
        [InlineData("Nearly a third of the ferry crews say they will strike.", "Nearly a third of the ferry crews", "say", "they will strike")]
        [InlineData("About 4 in 10 say the bridge should stay closed.", "About 4 in 10", "say", "the bridge should stay closed")]
        [InlineData("Some say the detour is too long.", "Some", "say", "the detour is too long")]
        [InlineData("But many say the tolls will rise.", "many", "say", "the tolls will rise")]
        [InlineData("A majority of her neighbours say the pier is unsafe.", "A majority of her neighbours", "say", "the pier is unsafe")]
        [InlineData("The mayor said that even after the bridge reopens, the tolls will stay.", "The mayor", "said", "even after the bridge reopens, the tolls will stay")]
        [InlineData("Ortiz said that after the vote the ferries would run again.", "Ortiz", "said", "after the vote the ferries would run again")]
        public void ReadsTheSubjectCueAndWhatFollows(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(AttributionKind.Indirect, f.Kind);
            Assert.Equal("CueThenContent", f.Rule);
        }

        [Theory]
        [InlineData("The mayor maintained that the bridge was safe.", "the bridge was safe")]
        [InlineData("The mayor maintained the bridge was safe.", "the bridge was safe")]
        [InlineData("The ferry company accepted that the timetable had failed.", "the timetable had failed")]
        [InlineData("Ortiz accepted he had closed the pier too late.", "he had closed the pier too late")]
        [InlineData("The ferry company has refused to accept the council's explanation.", "the council's explanation")]
        [InlineData("The islanders would not accept anything less than a new bridge.", "anything less than a new bridge")]
        [InlineData("The harbour board maintains ferry crews came under pressure.", "ferry crews came under pressure")]
        public void AClausalVerbReportsAClause(string sentence, string content)
        {
            Assert.Contains(Run(sentence, new CueThenContent()), f => f.Content == content && f.Source == sentence.Substring(0, f.Source!.Length));
        }

        [Theory]
        [InlineData("The ferry captain refused to blame the pilot for the collision.", "refused", "to blame the pilot for the collision")]
        [InlineData("Ortiz declined to criticise the harbour board after the vote.", "declined", "to criticise the harbour board after the vote")]
        public void AJudgementRefusedIsNoJudgement(string sentence, string cue, string content)
        {
            // the refusal reports; the verb of judging after it is a judgement nobody made
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The ferry captain continued to blame the pilot for the collision.", "blame", "the pilot for the collision")]
        [InlineData("The ferry captain did not blame the pilot for the collision.", "blame", "the pilot for the collision")]
        public void AJudgementNotGovernedByARefusalStillJudges(string sentence, string cue, string content)
        {
            Assert.Contains(Run(sentence, new CueThenContent()), f => f.Cue == cue && f.Content == content);
        }

        [Fact]
        public void APastFormBetweenANumberAndAPluralNounIsNoCue()
        {
            // "120 pledged delegates" are delegates, not a pledge
            Assert.Empty(Run("There are 120 pledged delegates at stake in the harbour ward.", new CueThenContent()));
            // a number as the subject of the verb still pledges
            var f = Assert.Single(Run("Of the ferry crews, 300 pledged their support to the mayor.", new CueThenContent()));
            Assert.Equal("pledged", f.Cue);
            Assert.Equal("their support to the mayor", f.Content);
        }

        [Theory]
        [InlineData("Ortiz maintains a wide lead over her rivals among ferry workers.")]
        [InlineData("The council accepted $20,000 from the ferry company last year.")]
        [InlineData("The harbour board has maintained its old pier for decades.")]
        [InlineData("Ortiz continues to maintain a wide lead over her rivals among ferry workers.")]
        public void AClausalVerbWithANounPhraseObjectIsNoCue(string sentence)
        {
            // "maintain" and "accept" report only a clause; with an object they keep, hold or take something
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("Kestrel Ferries posted a record loss of $4 million for the quarter.")]
        [InlineData("Shares of Kestrel Ferries posted a new 52-week — and all-time — low on Monday.")]
        [InlineData("Mayor Lena Ortiz posted an overwhelming victory in the harbour ward.")]
        [InlineData("The ferry company has added about 80 jobs at the pier since July.")]
        [InlineData("Kestrel Ferries charges $12 for a return ticket to the island.")]
        [InlineData("The harbour side's keeper Tom Reyes conceded a penalty in the last minute.")]
        [InlineData("Tom Reyes conceded two goals before half-time.")]
        public void ATallyVerbWithATallyOrAnAmountIsNoCue(string sentence)
        {
            // "post", "add", "charge" with a figure, a result or an amount as its object record it: nobody says anything
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("Councillor Amir Haddad added that 80 jobs at the pier were at risk.", "80 jobs at the pier were at risk", "added")]
        [InlineData("Councillor Amir Haddad added 80 jobs at the pier were at risk.", "80 jobs at the pier were at risk", "added")]
        [InlineData("Councillor Amir Haddad posted that the bridge would stay shut until May.", "the bridge would stay shut until May", "posted")]
        [InlineData("Councillor Amir Haddad posted a photo of the cracked cable on Twitter.", "a photo of the cracked cable on Twitter", "posted")]
        [InlineData("Councillor Amir Haddad posted a message blaming the loss of the ferry on the council.", "a message blaming the loss of the ferry on the council", "posted")]
        [InlineData("Councillor Amir Haddad conceded defeat in the harbour ward.", "defeat in the harbour ward", "conceded")]
        [InlineData("Tom Reyes conceded the penalty was his own fault.", "the penalty was his own fault", "conceded")]
        public void ATallyVerbWithAMessageOrAClauseStillReports(string sentence, string content, string cue)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The new timetable feels rushed to anyone who waits at the pier.")]
        [InlineData("This last change to the timetable feels almost generous.")]
        [InlineData("The harbour's old signal tower felt abandoned after the storm.")]
        public void FeelWithAThingAsSubjectIsNoCue(string sentence)
        {
            // a thing "feels" something only in the sense of seeming: nobody thinks anything
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("The ferry captain feels the detour is unsafe.", "The ferry captain", "feels")]
        [InlineData("The harbour board feels the bridge will reopen by May.", "The harbour board", "feels")]
        [InlineData("Ortiz's inner circle feels the bridge will reopen by May.", "Ortiz's inner circle", "feels")]
        [InlineData("Sixty percent feel the bridge will reopen by May.", "Sixty percent", "feel")]
        [InlineData("The old skipper felt cheated by the council.", "The old skipper", "felt")]
        [InlineData("Many commuters feel cheated by the council.", "Many commuters", "feel")]
        public void FeelWithAPersonOrGroupAsSubjectStillReports(string sentence, string source, string cue)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
        }

        [Theory]
        [InlineData("Councillor Amir Haddad said he would welcome a new ferry.", "welcome")]
        [InlineData("Most shop owners say they support the detour.", "support")]
        [InlineData("Ortiz told reporters she backs the harbour plan.", "backs")]
        [InlineData("The inspector told him he opposes the closure.", "opposes")]
        public void APronounOpeningTheContentOfASpeechVerbReportsNothingOfItsOwn(string sentence, string inner)
        {
            // the clause is what the outer verb reports: one attribution, to the outer subject
            var found = Run(sentence, new CueThenContent());
            Assert.DoesNotContain(found, f => f.Cue == inner);
            var outer = Assert.Single(found);
            Assert.Contains(inner, outer.Content);
        }

        [Fact]
        public void APronounOpeningItsOwnSentenceStillReports()
        {
            var f = Assert.Single(Run("The bridge stayed shut. He said the ferries would run.", new CueThenContent()));
            Assert.Equal("He", f.Source);
            f = Assert.Single(Run("In the interview she said the pier was unsafe.", new CueThenContent()));
            Assert.Equal("she", f.Source);
        }

        [Fact]
        public void ASayThatIsANounIsNoCue()
        {
            // "have some say": a share before "say" is its subject only when it opens the clause
            Assert.DoesNotContain(Run("The islanders want to have some say in the plan.", new CueThenContent()), f => f.Cue == "say");
        }

        [Theory]
        [InlineData("Ferries from the 12 towns that border the fjord were cancelled, and the 12 states that share the coast closed their ports.")]
        [InlineData("Several claims that the cables were never tested have spread online since Tuesday.")]
        [InlineData("The first four reports that reached the council described cracks in the deck.")]
        [InlineData("Both plans that the council weighed would keep the old pier open.")]
        [InlineData("Several coastal states that rely on the ferries have asked for money.")]
        [InlineData("There were reports the inspector had left the town before the collapse.")]
        [InlineData("The harbour board has plans to rebuild the pier within two years.")]
        public void APluralNounThatIsAlsoACueIsNoCue(string sentence)
        {
            // after a number or a plural quantifier, or after an auxiliary, a form in -s is a noun: no subject can govern it
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("The new plans to reroute the ferries will cost the town two million.")]
        [InlineData("Northern states that border the fjord have closed their ports.")]
        [InlineData("The mayor made similar remarks about the pier on Friday.")]
        [InlineData("Ferry crews walked out amid reports that the cables had snapped.")]
        [InlineData("The pier reopened despite claims that the deck was unsafe.")]
        public void AFormAfterAnAdjectiveOrAPrepositionIsANoun(string sentence)
        {
            // an adjective is never a subject, and a preposition takes a noun: the form in -s is the noun ("new plans", "amid reports")
            Assert.Empty(Run(sentence, new CueThenContent()));
        }

        [Theory]
        [InlineData("The new mayor says the pier will reopen in May.", "The new mayor", "says", "the pier will reopen in May")]
        [InlineData("Coastal towns say the ferries must run.", "Coastal towns", "say", "the ferries must run")]
        [InlineData("After the vote, Ortiz claims the council lied.", "Ortiz", "claims", "the council lied")]
        public void AnAdjectiveInsideTheSubjectLeavesTheVerbItsSubject(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The islanders cannot accept anything less than a new bridge.", "anything less than a new bridge")]
        [InlineData("The islanders didn’t accept anything less than a new bridge.", "anything less than a new bridge")]
        [InlineData("The islanders mustn't accept anything less than a new bridge.", "anything less than a new bridge")]
        public void ANegatedClausalVerbRefusesItsObject(string sentence, string content)
        {
            // "cannot", "didn’t", "mustn't" carry the negation tag of the lexicon, as "not" does
            Assert.Contains(Run(sentence, new CueThenContent()), f => f.Content == content);
        }

        [Theory]
        [InlineData("The report states that the cables were never tested.", "The report", "states", "the cables were never tested")]
        [InlineData("Officials in three states said that the ferries would run again.", "Officials in three states", "said", "the ferries would run again")]
        [InlineData("The 2019 audit states that the pier was unsafe.", "The 2019 audit", "states", "the pier was unsafe")]
        [InlineData("Article 12 states that the pier belongs to the town.", "Article 12", "states", "the pier belongs to the town")]
        [InlineData("The 40-page report claims that the inspector ignored the cracks.", "The 40-page report", "claims", "the inspector ignored the cracks")]
        [InlineData("In two weeks Ortiz reports that the pier will reopen.", "Ortiz", "reports", "the pier will reopen")]
        public void ACueAfterANumberThatIsNoCountStillReports(string sentence, string source, string cue, string content)
        {
            // a year, a compound ("40-page"), a number inside a name, or a count that ends an earlier phrase leaves the verb its subject
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void APollOpeningItsSentenceIsTheSourceOfWhatFollows()
        {
            var f = Assert.Single(Run("In a Harbour Gazette/Island Radio poll released Monday, 61 percent of islanders backed the new bridge.", new InPoll()));
            Assert.Equal("a Harbour Gazette/Island Radio poll released Monday", f.Source);
            Assert.Equal("In", f.Cue);
            Assert.Equal("61 percent of islanders backed the new bridge", f.Content);
            Assert.Equal("InPoll", f.Rule);
            // the speaker is the poll by its names, not the last word of its phrase ("Monday")
            Assert.Equal("Harbour Gazette Island Radio poll", f.Record.Speaker!.Display);
            // a poll phrase with a verb of its own, or no poll: nothing
            Assert.Empty(Run("In the poll the council ordered, residents backed the bridge.", new InPoll()));
            Assert.Empty(Run("In the harbour, ferries waited for the tide.", new InPoll()));
        }

        [Theory]
        [InlineData("The mayor has a wide lead in the polls.", "the polls", "The mayor has a wide lead")]
        [InlineData("But Reyes trails Lund by nine points in the latest Harbour Gazette survey.", "the latest Harbour Gazette survey", "Reyes trails Lund by nine points")]
        public void APollClosingAWritersSentenceOfAStandingIsItsSource(string sentence, string source, string content)
        {
            var f = Assert.Single(Run(sentence, new InPoll()));
            Assert.Equal(source, f.Source);
            Assert.Equal("in", f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The question on the bridge was asked in the poll.")]                    // no standing: something done in the poll
        [InlineData("The mayor said he has a wide lead in the polls.")]                       // someone's words: their own cue reports them
        [InlineData("While Lund leads in Kirkwall, Reyes is ahead in the polls.")]            // a clause opened by a subordinator
        [InlineData("Lund has a wide lead in the polls, which the council paid for.")]       // something follows the poll
        [InlineData("Lund needs to reach the. \n\n15 percent mark in polls.")]                   // a line a broken headline runs on to
        public void NoPollClosingASentenceOfAnotherKind(string sentence) =>
            Assert.Empty(Run(sentence, new InPoll()));

        [Fact]
        public void QuotedWordsInsideReportedSpeechMakeItMixedAndTakeItsSpeaker()
        {
            var found = Run("The minister said the survey was “deeply flawed” and should be withdrawn.", out var ctx, new CueThenContent());
            var f = Assert.Single(found);
            Assert.Equal(AttributionKind.Mixed, f.Kind);
            Assert.Equal("the survey was “deeply flawed” and should be withdrawn", f.Content);
            var quote = Assert.Single(ctx.Document.Quotations);
            Assert.Same(f.Record, ctx.AttributionOf(quote));
        }

        [Fact]
        public void AQuotationAfterAColonTheQuoteRulesLeftOpenIsTheSubjects()
        {
            var f = Assert.Single(Run("The mayor, Lena Ortiz, told the council: “The bridge will reopen in May.”", out var ctx, new CueThenContent()));
            Assert.Equal(AttributionKind.Direct, f.Kind);
            Assert.Equal("Lena Ortiz", f.Source);   // the name in apposition to "The mayor"
            Assert.Same(f.Record, ctx.AttributionOf(ctx.Document.Quotations.Single()));
        }

        [Fact]
        public void AnAdjectiveAfterBeThatGovernsAReportingInfinitiveReportsTheSubjectsWords()
        {
            var quick = Assert.Single(Run("Harbour officials were quick to say that the pier was safe.", new CueThenContent()));
            Assert.Equal("Harbour officials", quick.Source);
            Assert.Equal("say", quick.Cue);
            Assert.Equal("the pier was safe", quick.Content);
            var pains = Assert.Single(Run("The engineers are at pains to stress that nothing in the report has changed.", new CueThenContent()));
            Assert.Equal("The engineers", pains.Source);
            Assert.Equal("nothing in the report has changed", pains.Content);
            // no form of "be" before the adjective, or no reporting verb after it: no report
            Assert.Empty(Run("The ferry was quick to leave the harbour.", new CueThenContent()));
            Assert.Empty(Run("A quick to say list of answers was handed out.", new CueThenContent()));
        }

        [Fact]
        public void ADatePhraseWithoutItsCommaBeforeTheSubjectIsSkipped()
        {
            var f = Assert.Single(Run("In March the harbour board said that the pier was safe.", new CueThenContent()));
            Assert.Equal("the harbour board", f.Source);
            Assert.Equal("the pier was safe", f.Content);
            var monday = Assert.Single(Run("On Monday the ferry company insisted that the crossing was open.", new CueThenContent()));
            Assert.Equal("the ferry company", monday.Source);
        }

        [Fact]
        public void ARelativeClauseWithoutARelativePronounStandsBetweenTheSubjectAndItsVerb()
        {
            var f = Assert.Single(Run("Harbour pilots I have spoken to this week still believe the channel is unsafe.", new CueThenContent()));
            Assert.Equal("Harbour pilots", f.Source);
            Assert.Equal("the channel is unsafe", f.Content);
            // a pronoun after a word that names no speaker is no such clause
            Assert.Empty(Run("The storm we saw last week still believe nothing.", new CueThenContent()));
        }

        [Fact]
        public void NestedReportsGiveOneAttributionEach()
        {
            var found = Run("Ortiz said the engineer told her that the cables had corroded.", new CueThenContent());
            Assert.Equal(2, found.Count);
            Assert.Equal("the engineer told her that the cables had corroded", ByCue(found, "said").Content);
            var inner = ByCue(found, "told");
            Assert.Equal("the engineer", inner.Source);
            Assert.Equal("the cables had corroded", inner.Content);
        }

        [Fact]
        public void ASecondCueOfTheSameSubjectEndsTheFirstContent()
        {
            var found = Run("Ortiz thanked the divers and said the search would go on through the night.", new CueThenContent());
            Assert.Equal("the divers", ByCue(found, "thanked").Content);
            var said = ByCue(found, "said");
            Assert.Equal("Ortiz", said.Source);
            Assert.Equal("the search would go on through the night", said.Content);
        }

        [Fact]
        public void ACoordinatedVerbInASubordinateClauseTakesThatClausesSubject()
        {
            var found = Run("The mayor criticized the union after it picketed the bridge and accused the council of “gross negligence.”", out var ctx, new CueThenContent());
            var accused = ByCue(found, "accused");
            Assert.Equal("it", accused.Source);
            Assert.Same(accused.Record, ctx.AttributionOf(ctx.Document.Quotations.Single()));
        }

        [Fact]
        public void ASubjectInsideAnIntroductoryPhraseReportsOnlyToItsComma()
        {
            var found = Run("With residents worried about the cost, the mayor is promising a “quick and cheap” repair.", out var ctx, new CueThenContent());
            var worried = ByCue(found, "worried");
            Assert.Equal("about the cost", worried.Content);
            Assert.Equal("the mayor", ctx.AttributionOf(ctx.Document.Quotations.Single())!.Source!.Text);
        }

        [Fact]
        public void APlainNounPhraseInsideAReportIsNoNewSource()
        {
            var found = Run("Ortiz said the recent spate of closures demands that drivers show “more patience.”", out var ctx, new CueThenContent());
            Assert.Equal("said", Assert.Single(found).Cue);
            Assert.Equal("Ortiz", ctx.AttributionOf(ctx.Document.Quotations.Single())!.Source!.Text);
        }

        [Fact]
        public void ARelativePronounIsTheSourceAndItsClauseEndsAtTheComma()
        {
            var f = Assert.Single(Run("The council, which has insisted the works are safe, will vote on Tuesday.", new CueThenContent()));
            Assert.Equal("which", f.Source);
            Assert.Equal("The council", f.Record.Source!.Owner!.Text);
            Assert.Equal("the works are safe", f.Content);
        }

        [Fact]
        public void ASubordinateClauseEndsItsContentAtItsComma()
        {
            var f = Assert.Single(Run("When the mayor said the bridge was safe, few people believed her.", new CueThenContent()));
            Assert.Equal("the mayor", f.Source);
            Assert.Equal("the bridge was safe", f.Content);
        }

        [Theory]
        [InlineData("The harbour survey has shown that the cables are safe.", "The harbour survey")]
        [InlineData("The harbour survey hasn't shown that the cables are safe.", "The harbour survey")]  // a negated perfect is a perfect
        [InlineData("The harbour survey hadn’t shown that the cables are safe.", "The harbour survey")]
        public void AParticipleOnlyFormReportsAfterAFormOfHave(string sentence, string source)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal("shown", f.Cue);
            Assert.Equal("the cables are safe", f.Content);
        }

        [Theory]
        [InlineData("The claims of the contractor were rejected by the court.")]               // a noun, then a passive
        [InlineData("The repair plan, published in March, is expensive.")]                     // a noun before a comma
        [InlineData("Local support was stronger than expected.")]                               // a noun before a verb
        [InlineData("“We are ready,” she said after the meeting.")]                              // a quote's attribution
        [InlineData("It is unclear what the inspector said about the cables.")]                 // a free relative
        [InlineData("Ortiz said she plans to run again.")]                                      // only the outer report
        [InlineData("The ferry that the town wanted never came.")]                              // no subject of its own
        [InlineData("The bridge was reported to be unsafe.")]                                   // a passive
        [InlineData("In a notice posted Friday, the closure was extended.")]                    // a participle after a preposition
        [InlineData("Tomas Reyes, who runs the ferry company, is retiring.")]                   // a verb after a relative pronoun
        [InlineData("The Eastern claim of a cover-up spread quickly.")]                          // a base form needs a plural subject
        [InlineData("The divers found the cables badly corroded.")]                              // finding a thing is no report
        [InlineData("The ferry traffic shown in the chart doubled.")]                            // a participle without "has"
        [InlineData("It is a trend called the “quiet harbour” effect.")]                         // a participle after a plain noun
        [InlineData("The harbour master reported just after the storm had passed.")]           // a phrase of time, no "that"
        [InlineData("The details of the repair plan were published on Friday.")]               // a noun after a determiner
        [InlineData("Her forecasts of the traffic proved wrong.")]                             // a noun after a possessive
        [InlineData("The harbour board's outline of the works was short.")]                    // a noun after a possessive
        [InlineData("The old bridge appeared to sway in the wind.")]                           // a governing verb before no cue
        [InlineData("The harbour board wished to travel to the island in May.")]               // a governing verb before no cue
        [InlineData("The hearing on alleged abuses at the port lasted a day.")]               // a cue word after a preposition
        [InlineData("As reports of the closure spread, the ferries filled up.")]              // a noun after a word that opens a clause
        [InlineData("The old bridge is likely to reopen in May.")]                             // a catenative adjective before no cue
        [InlineData("The mayor said, and the crowd cheered.")]                                 // a comma, then no content
        [InlineData("The divers saw a crack in the main cable.")]                              // seeing in the past is perception
        [InlineData("The view from the old bridge drew tourists.")]                            // a noun after a determiner
        public void FindsNothingWhereNothingIsReported(string sentence)
        {
            var found = Run(sentence, new CueThenContent());
            if (sentence.StartsWith("Ortiz", System.StringComparison.Ordinal)) Assert.Equal("said", Assert.Single(found).Cue);
            else Assert.Empty(found);
        }

        [Theory]
        [InlineData("The harbour board wants to repeal the one rule the founders wrote “shall never change.”", "wants")]
        [InlineData("Commuters want a ferry line like the one the council promised “by next spring.”", "want")]
        [InlineData("Mayor Lena Ortiz said the town would keep the rule the founders wrote “shall never change.”", "said")]
        public void AQuotationInAClauseThatReportsSomeoneElsesWordsIsNotTheOuterSubjects(string sentence, string cue)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()), r => r.Cue == cue);
            Assert.Empty(f.Record.Quotations);
            Assert.Equal(AttributionKind.Indirect, f.Kind);
        }

        [Theory]
        [InlineData("The harbour board wants to repeal the one rule the founders wrote “shall never change.”", "the founders")]
        [InlineData("Commuters want a ferry line like the one the council promised “by next spring.”", "the council")]
        public void TheInnerClausesSubjectSpeaksItsQuotation(string sentence, string speaker)
        {
            Run(sentence, out var ctx, new CueThenContent());
            Assert.Equal(speaker, ctx.AttributionOf(ctx.Document.Quotations.Single())!.Source!.Text);
        }

        [Theory]
        [InlineData("Jo Smith said the plan was “a disaster.”")]
        [InlineData("Jo Smith said the new tolls would hurt “working families” most.")]
        [InlineData("Jo Smith said “the board” had lied when it called the pier safe.")]
        [InlineData("Jo Smith said he doubts the board will ever admit “a single mistake.”")]
        [InlineData("Jo Smith said the closures mean that drivers show “more patience” now.")]
        public void AQuotationBeforeAnyInnerReportStaysTheSubjects(string sentence)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()), r => r.Cue == "said");
            Assert.Single(f.Record.Quotations);
            Assert.Equal(AttributionKind.Mixed, f.Kind);
        }

        // ------------------------------------------------------------ ContentThenCue

        [Theory]
        [InlineData("The bridge will reopen in May, the mayor said.", "the mayor", "said", "The bridge will reopen in May")]
        [InlineData("The cables had corroded, said Tomas Reyes, an engineer with the port.", "Tomas Reyes", "said", "The cables had corroded")]
        [InlineData("The vote was close, officials told reporters on Tuesday.", "officials", "told", "The vote was close")]
        [InlineData("But the crossing was never safe, residents insist.", "residents", "insist", "the crossing was never safe")]
        [InlineData("The crossing, she said, was never safe.", "she", "said", "The crossing, she said, was never safe")]
        [InlineData("Otherwise, she said, the ferries will stop running in June.", "she", "said", "Otherwise, she said, the ferries will stop running in June")]
        [InlineData("Time, the mayor added, was not on the council's side.", "the mayor", "added", "Time, the mayor added, was not on the council's side")]
        [InlineData("Over the years, he said, the tolls have doubled twice.", "he", "said", "Over the years, he said, the tolls have doubled twice")]
        [InlineData("Mayor Ortiz, analysts said, has other reasons to keep the bridge shut.", "analysts", "said", "Mayor Ortiz, analysts said, has other reasons to keep the bridge shut")]
        [InlineData("The pier was insured for two million euros, the port records show.", "the port records", "show", "The pier was insured for two million euros")]
        [InlineData("Most drivers want a second bridge, the poll found.", "the poll", "found", "Most drivers want a second bridge")]
        [InlineData("Toll income fell by half in March, the new filings show.", "the new filings", "show", "Toll income fell by half in March")]
        [InlineData("The ferry will run on Sundays, Ortiz said, adding that tickets would be free.", "Ortiz", "said", "The ferry will run on Sundays")]
        public void ReadsTheContentBeforeItsAttribution(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new ContentThenCue()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal("ContentThenCue", f.Rule);
        }

        [Theory]
        [InlineData("The bridge closed, and the mayor said it would reopen.")]      // the content follows the verb
        [InlineData("Later, she said, adding nothing more.")]                        // the opening is no content, and no content follows
        [InlineData("Mayor Ortiz, the engineers said, the bridge is safe.")]         // after the aside a new clause, not the opening's verb
        [InlineData("Reyes, who advises the mayor, is no friend of the council.")]   // a relative clause between commas, no aside
        [InlineData("Previously, the mayor has not spoken about the closure for fear of the press, but she met the divers.")]   // a clause, no aside
        [InlineData("The cables had rusted through, the divers found.")]             // a verb of documents with people as its subject
        [InlineData("The ferry was late again, the film shows.")]                     // ... or a thing that is no document
        [InlineData("When the ferry sank, the company refused to pay the families.")] // an infinitive object, no attribution closing the sentence
        public void LeavesOtherShapesAlone(string sentence) => Assert.Empty(Run(sentence, new ContentThenCue()));

        [Theory]
        [InlineData("The port still lacks the 900 dock jobs it lost from 2001 to 2010, a 59 percent decline, according to the harbour board.")]
        [InlineData("Ferry crossings fell to 300 a week, a 40% decline, the harbour board's figures show.")]
        public void AFigureAfterAnArticleIsNoSubjectOfTheNounAfterIt(string sentence) =>
            Assert.DoesNotContain(Run(sentence, new ContentThenCue()), f => f.Source != null && f.Source.StartsWith("a ", StringComparison.Ordinal));

        // a figure with its percent sign or proportion word after the definite article is the noun's too: "decline" is no verb of refusal
        [Theory]
        [InlineData("Ferry fares rose after the 0.30% decline seen in March.")]
        [InlineData("Tolls went up again after the 12 percent decline reported last year.")]
        public void AFigureOfAShareAfterTheDefiniteArticleIsNoSubject(string sentence) => Assert.Empty(Run(sentence));

        // near miss: a bare number after "the" counts people, a subject of its own
        [Fact]
        public void TheDefiniteArticleBeforeABareNumberIsStillASubject()
        {
            var f = Assert.Single(Run("The 12 said they had never seen the cables.", new CueThenContent()));
            Assert.Equal("The 12", f.Source);
            Assert.Equal("they had never seen the cables", f.Content);
        }

        // a plain object ends before "and" and a second past verb of the subject with its own object: what it did, not what it said
        [Theory]
        [InlineData("The harbour board asked for twelve tankers and got two.", "asked for", "twelve tankers")]
        [InlineData("The union demanded a full inquiry and received a letter.", "demanded", "a full inquiry")]
        [InlineData("The harbour board asked the ferry company to cancel the crossing and boycotted the meeting.", "asked", "to cancel the crossing")]
        public void AnObjectEndsBeforeASecondVerbOfTheSubject(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        // near misses: a clause keeps its own coordinated verb; a form in -ed before a bare noun describes it
        [Theory]
        [InlineData("Mayor Lena Ortiz said the ferry sank and lost two boats.", "the ferry sank and lost two boats")]
        [InlineData("The harbour board asked for food and used clothing.", "food and used clothing")]
        // a content after an addressee or "that" is a clause, whatever verbs the lexicon knows in it
        [InlineData("Jo Bell told the paper that the shark swam up from under his board and grabbed him without warning.", "the shark swam up from under his board and grabbed him without warning")]
        [InlineData("Jo Bell told the paper the shark swam up from under his board and grabbed him without warning.", "the shark swam up from under his board and grabbed him without warning")]
        public void AClauseOrADescribedNounKeepsItsAnd(string sentence, string content) =>
            Assert.Equal(content, Assert.Single(Run(sentence, new CueThenContent())).Content);

        // in the present of reviews and sports reports, after an object pronoun, a plain object ends before "and", an adverb in -ly
        // and a second verb in -s with its own object; in the past an adverb may stand there too
        [Theory]
        [InlineData("In the second act, Ada Lund asks him a small loan and repeatedly pats his arm.", "Ada Lund", "asks", "a small loan")]
        [InlineData("The dockers' union backed the mayor in the primary but recently joined the rival campaign.", "The dockers' union", "backed", "the mayor in the primary")]
        public void AnObjectEndsBeforeAnAdverbAndASecondVerb(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.Equal(sentence.IndexOf(content, StringComparison.Ordinal), f.Record.Content.Start - f.Record.Paragraph.Start);
        }

        // near misses: a clause in the present keeps its "and" (its verb in -s is no known verb: "trains"), after the verb or an addressee
        [Theory]
        [InlineData("Coach Ada Lund says the keeper trains hard and quietly rebuilds the defence.", "the keeper trains hard and quietly rebuilds the defence")]
        [InlineData("Coach Ada Lund tells him the club trains hard and quietly wins games.", "the club trains hard and quietly wins games")]
        public void APresentClauseKeepsItsAdverbAndVerb(string sentence, string content) =>
            Assert.Equal(content, Assert.Single(Run(sentence, new CueThenContent())).Content);

        // "…, a claim that the board disputes", "…, news that lifts the crew": the writer's closing aside naming what was said is not part of it
        [Theory]
        [InlineData("Dock worker Jo Reyes alleges he was sacked for joining the union, a claim that the harbour board disputes.", "Dock worker Jo Reyes", "alleges", "he was sacked for joining the union")]
        [InlineData("A porter tells them that the ferry will sail at dawn, news that lifts the whole crew.", "A porter", "tells", "the ferry will sail at dawn")]
        [InlineData("Mayor Lena Ortiz denied the tolls would rise, remarks that the council welcomed.", "Mayor Lena Ortiz", "denied", "the tolls would rise")]
        public void AClosingAsideNamingTheStatementIsTheWriters(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        // near misses: an aside that closes before the clause goes on, and a bare singular that is the verb said again
        [Theory]
        [InlineData("Mayor Lena Ortiz said the plan, a notion that few share, would fail.", "said", "the plan, a notion that few share, would fail")]
        [InlineData("Dock worker Jo Reyes wanted to speak but thought he couldn't, thought that nobody cared.", "thought", "he couldn't, thought that nobody cared")]
        public void AnAsideInsideTheClauseOrARepeatedVerbStays(string sentence, string cue, string content) =>
            Assert.Equal(content, Run(sentence, new CueThenContent()).First(f => f.Cue == cue).Content);

        [Theory]
        [InlineData("A second bridge would cost far too much, say harbour officials.", "harbour officials")]
        public void ABaseFormBeforeItsSubjectHasAPluralOne(string sentence, string source) =>
            Assert.Equal(source, Assert.Single(Run(sentence, new ContentThenCue())).Source);

        [Theory]
        [InlineData("Now, in the main file, let's load the library, add our use statement and start the app.")]
        [InlineData("First open the harbour map, note the depth and mark the pier.")]
        public void ABaseFormBeforeASingularNounIsNoInvertedCue(string sentence) =>
            Assert.Empty(Run(sentence, new ContentThenCue()));

        [Theory]
        [InlineData("The bridge must reopen by May, a 54 percent majority of residents say.", "a 54 percent majority of residents")]
        [InlineData("The bridge must reopen by May, 54 percent of residents say.", "54 percent of residents")]
        public void AShareOfAGroupStillSpeaks(string sentence, string source) =>
            Assert.Equal(source, Assert.Single(Run(sentence, new ContentThenCue())).Source);

        [Fact]
        public void AQuotationTheQuoteRulesLeftOpenBeforeItsAttributionIsDirect()
        {
            // alone, the rule attributes the quotation; in the pipeline the quote rules take it first
            var f = Assert.Single(Run("“We are ready,” she said.", out var ctx, new ContentThenCue()));
            Assert.Equal(AttributionKind.Direct, f.Kind);
            Assert.Same(f.Record, ctx.AttributionOf(ctx.Document.Quotations.Single()));
            Assert.DoesNotContain(Run("“We are ready,” she said."), x => x.Rule == "ContentThenCue");
        }

        // ------------------------------------------------------------ AccordingToClause

        [Theory]
        [InlineData("According to the harbour authority, ferries will resume on Friday.", "the harbour authority", "ferries will resume on Friday")]
        [InlineData("Ferries will resume on Friday, according to a statement from the harbour authority.", "a statement from the harbour authority", "Ferries will resume on Friday")]
        [InlineData("The repairs cost, according to Ortiz, more than two million euros.", "Ortiz", "The repairs cost, according to Ortiz, more than two million euros")]
        [InlineData("But according to people close to the council, the vote will be delayed.", "people close to the council", "the vote will be delayed")]
        [InlineData("According to him, the vote will be delayed.", "him", "the vote will be delayed")]
        public void ReadsTheSourceAfterAccordingTo(string sentence, string source, string content)
        {
            var f = Assert.Single(Run(sentence, new AccordingToClause()));
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
            Assert.Equal("according to", f.Cue!.ToLowerInvariant());
        }

        // ------------------------------------------------------------ QuotedAsSaying

        [Theory]
        [InlineData("Ortiz was quoted as saying by the Kestrel Herald that the bridge would reopen.", "Ortiz", "quoted as saying", "the bridge would reopen")]
        [InlineData("A port official was quoted as telling a local radio station that the pier was unsafe.", "A port official", "quoted as telling", "the pier was unsafe")]
        // the passive of another verb of speech with "as" and a gerund of speech: the subject's words, the agent only carried them
        [InlineData("Ortiz was reported by the Kestrel Herald as saying that the bridge would reopen.", "Ortiz", "reported by the Kestrel Herald as saying", "the bridge would reopen")]
        [InlineData("The harbour master was reported as telling pilots that the pier was unsafe.", "The harbour master", "reported as telling", "the pier was unsafe")]
        public void TheOneQuotedIsTheSource(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new QuotedAsSaying()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // the active: the object is the one quoted, the subject only relays the words
        [InlineData("The Kestrel Herald quoted a port official as saying the pier was unsafe.", "a port official", "quoted a port official as saying", "the pier was unsafe")]
        [InlineData("State radio quoted him as saying that the bridge would reopen.", "him", "quoted him as saying", "the bridge would reopen")]
        [InlineData("The agency quoted her as saying, “The bridge will reopen.”", "her", "quoted her as saying", "“The bridge will reopen.”")]
        // the present and the base form of the active, as a statement or a paper relays words
        [InlineData("A harbour board statement quotes port chief Jo Bell as saying that the pier was unsafe.", "port chief Jo Bell", "quotes port chief Jo Bell as saying", "the pier was unsafe")]
        [InlineData("Local papers quote the ferry pilot as saying the bridge would reopen.", "the ferry pilot", "quote the ferry pilot as saying", "the bridge would reopen")]
        // the progressive active: "is quoting X as claiming" relays X's words, no passive of "quoted"
        [InlineData("A local paper is quoting port officials as claiming that the pier was unsafe.", "port officials", "quoting port officials as claiming", "the pier was unsafe")]
        [InlineData("The radio station was quoting the ferry pilot as saying the bridge would reopen.", "the ferry pilot", "quoting the ferry pilot as saying", "the bridge would reopen")]
        public void TheOneAnAgencyQuotesIsTheSource(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new QuotedAsSaying()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // near misses: "quoted" with no one quoted "as saying" after its object
        [InlineData("The Kestrel Herald quoted the figures in its report on the pier.")]
        [InlineData("The agency quoted it as saying the pier was unsafe.")]
        [InlineData("The agency quotes the figures as its source for the report on the pier.")]
        [InlineData("The quotes were read as saying the pier was unsafe.")]
        // a passive of speech with no "as" and gerund of speech after it: the agent's report, or hearsay of its own
        [InlineData("The closure of the pier was reported by the Kestrel Herald.")]
        [InlineData("Ortiz was reported by the Kestrel Herald to have said that the bridge would reopen.")]
        [InlineData("Ortiz was reported by the Kestrel Herald as missing.")]
        public void AQuotedObjectWithoutAsSayingOrAThingIsNoSource(string sentence)
        {
            Assert.Empty(Run(sentence, new QuotedAsSaying()));
        }

        [Fact]
        public void AHeAnAgencyQuotesIsThePersonNamedBefore()
        {
            var a = Assert.Single(QuoteRuleText.Attributions("Harbour master Jo Bell inspected the pier on Monday. The Kestrel Herald quoted her as saying the pier was unsafe."), x => x.Rule == nameof(QuotedAsSaying));
            Assert.Equal("Jo Bell", a.Speaker);
            Assert.Equal("the pier was unsafe", a.Content);
        }

        // ------------------------------------------------------------ PassiveBy

        [Theory]
        [InlineData("The new bridge was endorsed by the harbour board last week.", "the harbour board", "endorsed", "The new bridge")]
        [InlineData("The ferry crews were told by the port authority that the pier would close.", "the port authority", "told", "the pier would close")]
        public void APassiveGivesItsAgentTheContent(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new PassiveBy()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The bridge was closed by the storm.")]                 // no cue verb
        [InlineData("The plan was criticized in a report.")]                // no agent
        public void APassiveWithoutACueOrAnAgentIsNoAttribution(string sentence) => Assert.Empty(Run(sentence, new PassiveBy()));

        [Theory]
        [InlineData("Ortiz hopes to reopen the bridge by May.", "Ortiz", "hopes", "to reopen the bridge by May")]
        [InlineData("A 2019 study by a harbour engineer at the Kestrel Institute found 31 cracked cables.", "A 2019 study by a harbour engineer at the Kestrel Institute", "found", "31 cracked cables")]
        [InlineData("The harbour board backed Ortiz.", "The harbour board", "backed", "Ortiz")]
        [InlineData("The engineers agreed with the inspector.", "The engineers", "agreed with", "the inspector")]
        [InlineData("Residents said they wanted answers, but pledged to stay calm.", "Residents", "pledged", "to stay calm")]
        public void ShortAndLongContents(string sentence, string source, string cue, string content)
        {
            var f = ByCue(Run(sentence, new CueThenContent()), cue);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
        }

        // ------------------------------------------------------------ AsCue

        [Theory]
        [InlineData("As the mayor noted, the bridge is a century old.", "the mayor", "noted", "the bridge is a century old")]
        [InlineData("The bridge is a century old, as the mayor pointed out.", "the mayor", "pointed out", "The bridge is a century old")]
        public void ReadsAnAsClause(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new AsCue()));
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("As the mayor spoke, the bridge was closed.")]                                              // "as" of time
        [InlineData("Demand will not grow as quickly as the engineers expected, and the fares will fall.")]    // "as" of comparison
        public void AnAsClauseOfTimeOrComparisonIsNoAttribution(string sentence) =>
            Assert.Empty(Run(sentence, new AsCue()));

        [Theory]
        [InlineData("The bridge is a century old, as the mayor said on Monday.", "the mayor", "The bridge is a century old")]
        [InlineData("Still, the toll is “a scandal,” as the mayor said on the radio, and the council agreed.", "the mayor", "the toll is “a scandal,”")]
        public void AnAsClauseMayHaveItsTimeAndSettingWhereItClosesTheSentenceOrFollowsTheQuotedWords(string sentence, string source, string content)
        {
            var f = Assert.Single(Run(sentence, new AsCue()));
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("As the mayor joked with a friend at the table, the bridge was closed.")]        // opens the sentence: "as" of time
        [InlineData("Given that, as the paper reported on Monday, the bridge is closed.")]           // attributes what follows
        public void NotWithASettingWhereItOpensTheSentenceOrStandsInside(string sentence) =>
            Assert.Empty(Run(sentence, new AsCue()));

        // ------------------------------------------------------------ Participial

        [Fact]
        public void AParticipleReportsForTheSubjectOfTheSentence()
        {
            var f = Assert.Single(Run("The mayor defended the decision, saying the bridge was unsafe.", new Participial()));
            Assert.Equal("The mayor", f.Source);
            Assert.Equal("saying", f.Cue);
            Assert.Equal("the bridge was unsafe", f.Content);
        }

        [Theory]
        // one or two adverbs of the verb group, or a phrase of a moment, between the comma and the participle
        [InlineData("The mayor denied the report, even admitting that she had met the owners.", "admitting", "she had met the owners")]
        [InlineData("The mayor spoke for an hour, at one point saying that the bridge was unsafe.", "saying", "the bridge was unsafe")]
        [InlineData("The mayor took questions all night, at times insisting that the bridge was safe.", "insisting", "the bridge was safe")]
        public void AParticipleAfterAnAdverbOrAMomentReportsForTheSubject(string sentence, string cue, string content)
        {
            var f = ByCue(Run(sentence, new Participial()), cue);
            Assert.Equal("The mayor", f.Source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        // an adverb of another time: a later act, as often of someone named closer ("Bell and Reyes")
        [InlineData("The mayor stayed calm despite a few critics of the levy, such as Ada Bell and Tomas Reyes, now saying that it should go.")]
        [InlineData("The mayor denied the report, later admitting that she had met the owners.")]
        public void NoParticipleOfTheSubjectAfterAnAdverbOfAnotherTime(string sentence) =>
            Assert.DoesNotContain(Run(sentence, new Participial()), f => f.Cue is "saying" or "admitting");

        [Fact]
        public void AnObjectPronounAfterAccordingToIsResolvedLikeASubject()
        {
            var found = Run("Mayor Lena Ortiz spoke to the council. According to her, the vote will be delayed.");
            Assert.Equal("Lena Ortiz", found.Single(f => f.Rule == "AccordingToClause").Record.Speaker?.Display);
        }

        [Theory]
        [InlineData("The harbour board closed the pier for a week, fearing that the storm would wreck the old jetty.", "fearing", "the storm would wreck the old jetty")]
        [InlineData("The ferry union kept its strike short, hoping to win back the commuters it had lost.", "hoping", "to win back the commuters it had lost")]
        [InlineData("The mayor kept the pier closed all night, believing the missing boat had sunk near the buoy.", "believing", "the missing boat had sunk near the buoy")]
        public void AParticipleOfThoughtAfterACommaReportsForTheSubject(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new Participial()));
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            Assert.StartsWith("The ", f.Source);
        }

        [Fact]
        public void AParticipleOfThoughtOnlyAfterACommaAndNotAsAConjunction()
        {
            // "considering", "assuming": a condition or ground the writer gives, not the subject's thought
            Assert.Empty(Run("The harbour board expects fares to rise by a tenth, assuming no change in the price of fuel.", new Participial()));
            Assert.Empty(Run("The fares rose sharply last year, considering the ferry had been full all summer.", new Participial()));
            // without the comma the participle belongs to a noun ("commuters hoping to …"), not to the subject
            Assert.Empty(Run("The harbour board met commuters hoping to win back their old timetable.", new Participial()));
        }

        [Theory]
        [InlineData("Throughout the long winter, harbour pilots, saying the channel was unsafe, refused to sail.")]
        [InlineData("Arriving upon the pier, divers began their search, saying the boat had sunk near the buoy.")]
        [InlineData("Keeping fares low has filled the ferries, showing the old timetable still works.")]
        public void AnOpeningPrepositionOrParticipleIsNoSubjectOfTheSentence(string sentence)
        {
            foreach (var f in Run(sentence, new Participial()))
            {
                Assert.NotEqual("Throughout", f.Source);
                Assert.NotEqual("Arriving", f.Source);
                Assert.NotEqual("Keeping", f.Source);
            }
        }

        [Theory]
        [InlineData("Holding fares near cost has encouraged travel, supporting the shops on the island.")]
        [InlineData("Cutting fares has encouraged travel, supporting the shops on the island.")]
        public void AGerundPhraseAsSubjectIsNoSourceOfTheParticiple(string sentence)
        {
            // the subject of "has encouraged" is the phrase of "Holding", no one: neither "cost" nor "fares" says anything
            Assert.DoesNotContain(Run(sentence, new Participial()), f => f.Cue == "supporting");
        }

        [Theory]
        [InlineData("Visiting pilots defended the timetable, saying the ferries had never been late.", "Visiting pilots")]
        [InlineData("Running mate Ada Lund defended the timetable, saying the ferries had never been late.", "Running mate Ada Lund")]
        public void ASubjectOpenedByAFormInIngThatNamesSomeoneStillSpeaks(string sentence, string source)
        {
            // near miss: the words in -ing describe a speaker, the pilots or the running mate
            var f = Assert.Single(Run(sentence, new Participial()));
            Assert.Equal(source, f.Source);
        }

        [Fact]
        public void AYearAloneIsNoSpeakerButANumberEndingAPhraseIs()
        {
            Assert.Empty(Run("2015 showed that the port could recover.", new CueThenContent()));
            Assert.Empty(Run("But 2019 did feel like a turning point for the ferry crews.", new CueThenContent()));
            var f = Assert.Single(Run("About four in 10 said the ferry was too slow.", new CueThenContent()));
            Assert.Equal("About four in 10", f.Source);
        }

        [Fact]
        public void ANameInIngBeforeItsVerbIsASubject()
        {
            // "Manning" before a verb is the subject; "Keeping fares …" before a lower-case word that is no verb opens a phrase
            var f = Assert.Single(Run("Ann Manning defended the decision, saying the bridge was unsafe.", new Participial()));
            Assert.Equal("Ann Manning", f.Source);
            f = Assert.Single(Run("Manning defended the decision, saying the bridge was unsafe.", new Participial()));
            Assert.Equal("Manning", f.Source);
        }

        [Fact]
        public void AParticipleAfterByReportsForTheSubject()
        {
            var f = Assert.Single(Run("The mayor answered her critics by saying the bridge had never been safe.", new Participial()));
            Assert.Equal("The mayor", f.Source);
            Assert.Equal("saying", f.Cue);
            Assert.Equal("the bridge had never been safe", f.Content);
            // a gerund after "by" that reports nothing is no attribution
            Assert.Empty(Run("The ferry company cut its costs by selling two boats.", new Participial()));
        }

        [Fact]
        public void AParticipleThatAddsToSomethingReportsNothing()
        {
            // "adding to her lead" is the verb of increase, not of saying
            Assert.Empty(Run("Mayor Lena Ortiz won the harbour ward on Sunday, adding to her lead over the ferry party.", new Participial()));
            Assert.Empty(Run("Councillor Amir Haddad carried the vote, and adding to the mayor's troubles, the tolls went up.", new Participial()));
            // "adding that …" still reports
            var f = Assert.Single(Run("Mayor Lena Ortiz won the harbour ward on Sunday, adding that the ferry party had run a fair race.", new Participial()));
            Assert.Equal("adding", f.Cue);
            Assert.Equal("the ferry party had run a fair race", f.Content);
        }

        [Fact]
        public void AParticipleAfterAQuoteTakesTheQuotesSpeaker()
        {
            var f = Assert.Single(Run("“We will not reopen it,” the mayor said, adding that the divers needed more time.", new Participial()));
            Assert.Equal("the mayor", f.Source);
            Assert.Equal("the divers needed more time", f.Content);
        }

        [Fact]
        public void AParticipleAfterAReportTakesThatReportsSource()
        {
            var found = Run("In the afternoon, Ortiz said the works were late, adding that costs had doubled.", new CueThenContent(), new Participial());
            var adding = ByCue(found, "adding");
            Assert.Equal("Ortiz", adding.Source);
            Assert.Equal("costs had doubled", adding.Content);
            Assert.Equal("Participial", adding.Rule);
        }

        // ------------------------------------------------------------ bounds

        [Fact]
        public void ARunOnParagraphGivesBoundedContentsAndClaimTexts()
        {
            var body = string.Concat(Enumerable.Repeat("The mayor said the bridge is safe, officials said, ", 2000)) + "the end.";
            var found = Run(body);
            Assert.All(found, f => Assert.True(f.Content.Split(' ').Length <= 2 * ReportedSpeech.MaxContent + 20, f.Content.Length.ToString()));   // before and after a parenthetical attribution at most
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", "Run-on\n\n" + body + "\n");
            var claims = ClaimFinder.Find(IncidentCorpus.Load(file).Documents.Single(), null, null);
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.True(c.Text.Length <= 2000, c.Text.Length.ToString()));
        }

        // ------------------------------------------------------------ the pipeline

        [Fact]
        public void EachCueIsUsedOnce()
        {
            var found = Run("The bridge will reopen in May, the mayor said. According to the port, ferries will resume. The union said the works were late, adding that costs had doubled.");
            Assert.Equal(found.Count, found.Select(f => f.Record.Cue!.Value.Start).Distinct().Count());
            Assert.Equal(new[] { "AccordingToClause", "ContentThenCue", "CueThenContent", "Participial" }, found.Select(f => f.Rule).OrderBy(r => r).ToArray());
        }
    }
}
