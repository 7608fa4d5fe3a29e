using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// AimedStatement: a noun of saying aimed at a target ("attacks on", "criticism of"), owned by a possessive and standing
    /// as the sentence's subject, after "be" or after a preposition, reports that its owner spoke against the target: the
    /// owner the source, the noun the cue, the target's noun phrase the content. As another verb's object, inside another's
    /// report, with a thing's owner, "its" or "their", a pronoun that opens the sentence, a target of force ("attack on the guard") or with a day after "on", it reports nothing.
    /// </summary>
    public class AimedStatementTests
    {
        private static List<IncidentAttribution> Aimed(string body) =>
            Attributions(body).Where(a => a.Rule == nameof(AimedStatement)).ToList();

        [Theory]
        // the subject of the sentence: the target ends where the verb starts
        [InlineData("Ada Lund's attacks on the harbour board were sharper than ever.", "Ada Lund", "attacks", "the harbour board")]
        [InlineData("The mayor's criticism of the new levy has surprised the council.", "The mayor", "criticism", "the new levy")]
        // a past form after a word of the target is the sentence's verb
        [InlineData("Ada Lund's criticism of the ferry timetable drew applause from the crowd.", "Ada Lund", "criticism", "the ferry timetable")]
        // the object of a preposition: "in her critique of", "as for Lund's attacks on"
        [InlineData("Councillor Ada Lund was blunt in her critique of the ferry timetable.", "her", "critique", "the ferry timetable")]
        [InlineData("As for Tomas Reyes's attacks against the port authority, nobody on the board answered them.", "Tomas Reyes", "attacks", "the port authority")]
        public void APossessedAimedNounReportsItsTarget(string body, string source, string cue, string content)
        {
            var a = Assert.Single(Aimed(body));
            Assert.Equal(source, a.Source);
            Assert.Equal(cue, a.Cue);
            Assert.Equal(content, a.Content);
            // the content's offsets: right after the noun and its preposition
            Assert.Equal(body.IndexOf(content, System.StringComparison.Ordinal) - body.IndexOf(cue + " ", System.StringComparison.Ordinal), a.ContentStart - a.CueStart);
        }

        [Fact]
        public void APossessivePronounAfterAPrepositionIsResolvedToItsOwner()
        {
            var a = Assert.Single(Aimed("Councillor Ada Lund spoke at the pier on Monday. She was blunt in her criticism of the ferry timetable."));
            Assert.Equal("her", a.Source);
            Assert.Equal("Ada Lund", a.Speaker);
            Assert.Equal("the ferry timetable", a.Content);
        }

        [Theory]
        // the object of another verb: the council's act, not a report of Lund's words here
        [InlineData("The council condemned Ada Lund's attacks on the harbour board.")]
        // inside another's report
        [InlineData("Tomas Reyes said Ada Lund's attacks on the harbour board were unfair.")]
        // a thing's possessive or "its": a plan or a document, or an army's attacks
        [InlineData("The report's criticism of the new levy has surprised the council.")]
        [InlineData("Its attacks on the harbour board were sharper than ever.")]
        // a pronoun that opens the sentence reaches back for its owner, and "their" stands for a group: left alone
        [InlineData("Councillor Ada Lund spoke at the pier on Monday. Her criticism of the ferry timetable drew applause from the crowd.")]
        [InlineData("The divers were vocal in their criticism of the new levy.")]
        // a target of force (sense-objects.txt), an assault, not words
        [InlineData("Ali Musa's attack on the guard was caught on camera.")]
        [InlineData("Ali Musa's attacks on the nightclub were caught on camera.")]
        // a day after "on" says when, not at whom
        [InlineData("Ada Lund's attacks on Monday were sharper than ever.")]
        // a noun of saying that is not aimed by its preposition ("attack at dawn", "criticism from")
        [InlineData("Ada Lund's criticism from the floor was sharper than ever.")]
        public void RefusesANounThatReportsNoTargetHere(string body)
        {
            Assert.Empty(Aimed(body));
        }
    }
}
