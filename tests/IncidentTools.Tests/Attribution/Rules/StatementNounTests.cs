using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>StatementNoun: a quotation in the that-clause of a possessed noun of saying, or completing a possessed noun of calling or promising, is the owner's words.</summary>
    public class StatementNounTests
    {
        [Theory]
        [InlineData("The paper checked Ada Lund's claim that there were “hundreds of delays” last winter.", "Ada Lund", nameof(MentionKind.Name), "claim")]
        [InlineData("Reporters checked Lund’s recent, oft-repeated assertion that the pier was “perfectly safe.”", "Lund", nameof(MentionKind.Name), "assertion")]
        [InlineData("The council ignored his warning that the fleet would be “wiped out” by a storm.", "his", nameof(MentionKind.Pronoun), "warning")]
        [InlineData("Her promise that the ferry would be “back by May” was broken.", "Her", nameof(MentionKind.Pronoun), "promise")]
        // a word that grades the modifier before the noun
        [InlineData("The paper checked Lund’s most serious charge that the board is “a closed club.”", "Lund", nameof(MentionKind.Name), "charge")]
        // what completes a possessed noun of calling or promising
        [InlineData("Voters cheered his call for a “fair deal” at the docks.", "his", nameof(MentionKind.Pronoun), "call")]
        [InlineData("Ada Lund's repeated calls to end the “ferry tax” drew crowds to the pier.", "Ada Lund", nameof(MentionKind.Name), "calls")]
        [InlineData("Lund’s pledge to stay “neutral” in the strike has held so far.", "Lund", nameof(MentionKind.Name), "pledge")]
        [InlineData("Her promise of “free buses” for students won her the district.", "Her", nameof(MentionKind.Pronoun), "promise")]
        [InlineData("Lund won the docks with his calls to end the “ferry tax” that he says hurts them.", "his", nameof(MentionKind.Pronoun), "calls")]
        [InlineData("Lund's votes, including his promise to be “neutral” in the strike, are known.", "his", nameof(MentionKind.Pronoun), "promise")]
        // the time, place or occasion of the saying between the noun and its "that"
        [InlineData("Critics seized on Lund's assertion during the hearing that the pier is “perfectly safe.”", "Lund", nameof(MentionKind.Name), "assertion")]
        [InlineData("He was pressed over his statement on Tuesday that the ferry tax was “gone for good.”", "his", nameof(MentionKind.Pronoun), "statement")]
        [InlineData("Ada Lund stood by her warning Monday that the breakwater would “not last the winter.”", "her", nameof(MentionKind.Pronoun), "warning")]
        [InlineData("Rivals mocked Lund’s boast before a packed town hall that the port is “the busiest in the north.”", "Lund", nameof(MentionKind.Name), "boast")]
        // a described owner: a noun of persons or of a body in the possessive after its determiner
        [InlineData("The mayor's claim that the ferry is “fine” was wrong.", "The mayor", nameof(MentionKind.Description), "claim")]
        [InlineData("The harbour board’s promise of “free moorings” drew boats to the port.", "The harbour board", nameof(MentionKind.Description), "promise")]
        [InlineData("Reporters checked the veteran pilot's warning that the channel was “too shallow.”", "the veteran pilot", nameof(MentionKind.Description), "warning")]
        // the speaker named after "by": "rejected remarks by Defence Secretary Jo Bell that …"
        [InlineData("The board rejected remarks by Harbour Master Ada Lund that the pier was “perfectly safe.”", "Harbour Master Ada Lund", nameof(MentionKind.Name), "remarks")]
        [InlineData("The board rejected remarks by US Defence Secretary Ada Lund that the pier was “perfectly safe.”", "US Defence Secretary Ada Lund", nameof(MentionKind.Name), "remarks")]
        // a verb that judges the owned statement, and a report of the judge's own after the quotation
        [InlineData("The board rejected remarks by US Defence Secretary Ada Lund that the pier was “perfectly safe,” and said the crews would stay.", "US Defence Secretary Ada Lund", nameof(MentionKind.Name), "remarks")]
        [InlineData("Critics mocked Tom Reyes's claim that the levee was “sound” and said the town must move.", "Tom Reyes", nameof(MentionKind.Name), "claim")]
        [InlineData("Reporters checked the claim by the harbour master that there were “hundreds of delays” last winter.", "the harbour master", nameof(MentionKind.Description), "claim")]
        public void TheOwnerOfTheClaimSaidIt(string body, string mention, string kind, string cue)
        {
            var a = Of(RunRules(body, new StatementNoun()), "")!;
            Assert.Equal("StatementNoun", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(kind, a.Source.Kind.ToString());
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The report was mocked for its prediction that the pier would be “a landmark.”")]      // "its": a document's as often as not
        [InlineData("His claim that Jo Bell said “no” was denied.")]                                      // another report inside the clause
        [InlineData("Lund suggested the vote would strengthen her argument that the port is “not regional.”")] // inside Lund's report
        [InlineData("The vote backs her argument that the port is not “regional,” as Lund suggested.")]       // inside Lund's report
        [InlineData("Her plan that the ferry would be “back by May” was dropped.")]
        [InlineData("The report's claim that the ferry is “fine” was wrong.")]                          // a thing's, as "its" may be
        [InlineData("Lund's claim, which reporters heard at the hearing, that the pier is “safe” was checked.")]   // a clause, not a setting, before "that"
        [InlineData("His warning to the crews who stayed that the storm was “close” came late.")]                 // a relative inside: no setting                        // no noun of saying
        [InlineData("Lund's claim was rejected; the board said the pier is “unsafe.”")]                  // the clause ended
        [InlineData("The remarks by the harbour master that angered the crews called the pier “perfectly safe.”")]  // a relative "that", not the remark's clause
        [InlineData("The board rejected a plan by Ada Lund that the pier be “closed for good.”")]                  // no noun of saying
        public void NoOwnedClaimNoSpeaker(string body) => Assert.Empty(RunRules(body, new StatementNoun()).Found);

        [Theory]
        [InlineData("The union denounced Lund's call for a “pay freeze” at the docks.")]       // the union's report of it
        [InlineData("The plan's call for a “fresh start” went unanswered.")]                    // a thing's, as "its" may be
        [InlineData("Its call for a “fresh start” went unanswered.")]                           // "its": a document's as often as not
        [InlineData("His call to the ferry office, which he called “useless,” went unanswered.")] // another clause before the quotation
        [InlineData("Her plan for a “green harbor” was dropped.")]                              // no noun of calling
        [InlineData("His call came late; the board wanted a “fresh start” anyway.")]            // the phrase ended
        [InlineData("His call for a “fresh start” was welcome, the mayor said.")]               // the mayor's report of it
        public void NoOwnedCallNoSpeaker(string body) => Assert.Empty(RunRules(body, new StatementNoun()).Found);
    }
}
