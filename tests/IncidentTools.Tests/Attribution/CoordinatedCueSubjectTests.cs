using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor praised the divers as the bravest in the county and said …": the second of two coordinated verb phrases
    /// has the subject of the cue verb that heads the first, past the first phrase's inner clauses ("as …", "that …", a
    /// reported clause). Not when another clause stands between ("when the police found her and told her …"), when the
    /// first verb stands inside what an earlier speaker says, or when the verb after the coordinator is of another form and
    /// so another subject's ("believes they are wrong and need to realize"). Invented harbour stories.
    /// </summary>
    public class CoordinatedCueSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("In his speech, the mayor praised the divers as the bravest in the county and said the harbour would reopen in May.", "the mayor", "the harbour would reopen in May")]
        [InlineData("The director of the port, Ada Lund, told the Gazette her crew never worked with the divers and said the board hired the crane on its own.", "Ada Lund", "the board hired the crane on its own")]
        [InlineData("Speaking on the radio show “Harbour Hour,” Carter admitted that the figure that appeared in his report was wrong, but said his office had found the receipts.", "Carter", "his office had found the receipts")]
        [InlineData("The fishermen's union strongly denounced the plan and said it would return the grant.", "The fishermen's union", "it would return the grant")]
        public void TheSecondPhraseHasTheFirstCuesSubject(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Content == content);
            Assert.Equal(source, f.Source);
        }

        [Fact]
        public void ARelativeClauseEndsBothPhrases()
        {
            var f = ByCue(Claims("Reed, who backed the ferry and opposed the bridge during the campaign, last week said the port was safe."), "opposed");
            Assert.Equal("the bridge during the campaign", f.Content);
        }

        [Fact]
        public void AnotherClauseBetweenKeepsItsOwnSubject()
        {
            // the union picketed and accused (a subordinate clause's verb is the nearer one)
            Assert.Equal("it", ByCue(Claims("The mayor criticized the union after it picketed the bridge and accused the council of negligence."), "accused").Source);
            // the police told her to leave, not the spokeswoman
            var found = Claims("A spokeswoman said the skipper was headed to the pier, which she was doing when the police found her and told her to leave.");
            Assert.DoesNotContain(found, x => x.Cue == "told" && x.Source == "A spokeswoman");
            // the harbour master told the crew, not the mayor whose announcement opens the sentence
            found = Claims("At the moment the mayor announced the closure, the harbour master was holding a meeting and told the crew that the pier was safe.");
            Assert.DoesNotContain(found, x => x.Cue == "told" && x.Source == "the mayor");
        }

        private const string Heading = "A headline for the test\n\n";

        [Fact]
        public void ANewClauseAfterACommaAndCoordinatorHasItsOwnSubject()
        {
            // the league denounced and said, not the rabbis who open the sentence
            const string body = "A group of rabbis called for a boycott of the talk, and the Civil Liberties League strongly denounced the remarks and said it would “return” the gifts.";
            var f = Assert.Single(Claims(body), x => x.Cue == "said");
            Assert.Equal("CueThenContent", f.Rule);
            Assert.Equal("the Civil Liberties League", f.Source);
            Assert.Equal("it would “return” the gifts", f.Content);
            Assert.Equal(Heading.Length + body.IndexOf("it would", System.StringComparison.Ordinal), f.Record.Content.Start);
            // a subject the grammar does not read leaves the second phrase unattributed, not the sentence subject's
            var found = Claims("A group of teachers called for a strike, and the city's largest parents' association strongly denounced the cuts and said it would “fight them in court.”");
            Assert.DoesNotContain(found, x => x.Cue == "said" && x.Source != null);
        }

        [Theory]
        [InlineData("Mayor Ada Lund thanked the crew, and the divers, and said the repairs were “long overdue.”")]
        [InlineData("Mayor Ada Lund met Reyes, Okafor, and a diver who was injured, and said the repairs were “long overdue.”")]
        [InlineData("Mayor Ada Lund toured the pier, met the crew, and said the repairs were “long overdue.”")]
        public void AListOfObjectsOrVerbPhrasesKeepsTheSentenceSubject(string sentence)
        {
            var f = Assert.Single(Claims(sentence), x => x.Cue == "said");
            Assert.Equal("Mayor Ada Lund", f.Source);
            Assert.Equal("the repairs were “long overdue.”", f.Content);
        }

        [Fact]
        public void InsideAnEarlierReportTheSentenceSubjectStays()
        {
            var f = ByCue(Claims("Marsh says Holt promised to stay on the board and said she would fight the closure."), "said");
            Assert.Equal("Marsh", f.Source);
        }

        [Fact]
        public void AnInfinitiveOfAnotherFormIsNoVerbOfTheSubject()
        {
            // "need to realize" belongs to "they", not to "he" who believes
            var found = Claims("The skipper disagrees and is letting them know he believes they are wrong and need to realize it soon.");
            Assert.DoesNotContain(found, x => x.Cue == "realize" && x.Source == "he");
        }

        // "A ferry company spokeswoman, reached by telephone, said the company did not discuss cases before the harbour court, but
        // repeated that …" (accounts126): a phrase of "before" or "after" and a noun ending the first phrase opens no clause, and an
        // aside after the subject that opens the sentence is passed over; not a clause of "after", nor an aside inside one
        [Fact]
        public void APhraseOfBeforeAndANounOpensNoClause()
        {
            var f = ByCue(Claims("The harbour master said the board did not discuss cases before the district court, but repeated that the pier was safe."), "repeated");
            Assert.Equal("The harbour master", f.Source);
            Assert.Equal("the pier was safe", f.Content);
        }

        [Fact]
        public void AnAsideBetweenTheSubjectAndItsVerbIsPassedOver()
        {
            var f = ByCue(Claims("A ferry company spokeswoman, reached by telephone, said the company did not discuss lawsuits, but repeated that the crossing was safe."), "repeated");
            Assert.Equal("A ferry company spokeswoman", f.Source);
            Assert.Equal("the crossing was safe", f.Content);
        }

        [Fact]
        public void AClauseOfAfterBeforeTheCoordinatorKeepsItsOwnSubject()
        {
            var found = Claims("The mayor praised the divers after the inspector examined the pier, and said the harbour would reopen.");
            Assert.DoesNotContain(found, x => x.Cue == "said" && x.Source == "The mayor");
        }

        [Fact]
        public void AnAsideInASubordinateClauseBeforeTheMainOneIsNotPassedOver()
        {
            // the subject with its aside opens a clause of "after", whose end the main clause follows: no claim of the mayor's
            // runs on into the union's words
            var found = Claims("But even after the mayor, responding to the protests, dropped her objection and agreed to meet the divers, the union continued to describe her as absent.");
            Assert.DoesNotContain(found, x => x.Cue == "agreed" && x.Source == "the mayor");
        }
    }
}
