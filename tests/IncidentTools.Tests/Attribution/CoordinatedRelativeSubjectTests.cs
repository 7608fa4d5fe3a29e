using System.Collections.Generic;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The dock union, which called the audit “thin on evidence” in May and says it does not accept its conclusions, …": a
    /// verb phrase after "and" that ends a relative clause set off by a comma has the relative's antecedent as its subject, as
    /// the clause's first verb phrase does, whatever that first verb is and across a change of tense. Not when the first
    /// phrase holds another verb whose clause the second phrase may belong to ("which said the pilots were tired and say …"),
    /// nor when the relative pronoun is the object of its clause, nor when a bare second verb does not agree with the
    /// antecedent. Invented harbour stories.
    /// </summary>
    public class CoordinatedRelativeSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("Who disputes it: the dock union, which called the audit “thin on evidence” in May and says it does not accept its conclusions.", "says", "it does not accept its conclusions")]
        [InlineData("The ferry company, which represents most of the crews and says the new timetable is unsafe, will meet the board on Friday.", "says", "the new timetable is unsafe")]
        [InlineData("Mayor Ada Lund, who toured the pier on Monday and told reporters the repairs were overdue, will ask for more money.", "told", "the repairs were overdue")]
        public void TheSecondPhraseOfARelativeClauseHasItsAntecedent(string sentence, string cue, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Cue == cue);
            Assert.Equal(content, f.Content);
            Assert.NotNull(f.Record.Source!.Owner);
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.NotNull(f.Record.Speaker);
        }

        [Theory]
        // another verb in the first phrase: "say" may be the pilots'
        [InlineData("The harbour board, which said the pilots were tired and say they need rest, met on Friday.", "say")]
        // the pronoun is the object of its clause: the council praised the pier
        [InlineData("The new pier, which the council praised in May and says is safe, opens on Friday.", "says")]
        // a bare verb in the base form does not agree with one union
        [InlineData("The dock union, which criticised the audit in May and say the figures are wrong, met on Friday.", "say")]
        // a comma ends the first phrase
        [InlineData("The dock union, which criticised the audit, and says the figures are wrong, met on Friday.", "says")]
        public void NotWhereTheSecondPhraseMayBeAnothers(string sentence, string cue)
        {
            Assert.DoesNotContain(Claims(sentence), x => x.Cue == cue && x.Record.Source?.Owner != null);
        }
    }
}
