using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// OwnedStatement: a noun of saying owned by a possessive ("Ada Lund's claim that …", "his warning that …") or with its
    /// agent after "by" ("the allegation by Ada Lund that …"), standing where a subject stands, after "be" or after a
    /// preposition ("distanced themselves from Lund's claim that …"), reports the clause after "that" as the owner's. The noun as the object of another verb, inside another's report, or with a
    /// relative "that", reports nothing.
    /// </summary>
    public class OwnedStatementTests
    {
        private static List<IncidentAttribution> Owned(string body) =>
            Attributions(body).Where(a => a.Rule == nameof(OwnedStatement)).ToList();

        [Theory]
        [InlineData("Ada Lund's claim that the pier was safe surprised the harbour board.", "Ada Lund", "the pier was safe")]
        // a described owner, a noun of persons in the possessive after its determiner
        [InlineData("The mayor's claim that the audit was rigged shook the council.", "The mayor", "the audit was rigged")]
        // the object of a preposition: the preposition only places the noun, no other subject reports it
        [InlineData("The board members distanced themselves from Ada Lund's claim that the audit was rigged.", "Ada Lund", "the audit was rigged")]
        [InlineData("The move was reminiscent of the mayor's claim that the audit was rigged.", "the mayor", "the audit was rigged")]
        // the possessive of a word in -s is its apostrophe alone, a token of its own: a plural noun of persons, a name in -s
        [InlineData("The judges' claim that the audit was rigged shook the council.", "The judges", "the audit was rigged")]
        [InlineData("The board members distanced themselves from the pilots’ claim that the charts were wrong.", "the pilots", "the charts were wrong")]
        [InlineData("The move was reminiscent of Tom Gates' claim that the audit was rigged.", "Tom Gates", "the audit was rigged")]
        public void APossessedNounOfSayingReportsItsThatClause(string body, string source, string content)
        {
            var a = Assert.Single(Owned(body));
            Assert.Equal(source, a.Source);
            Assert.Equal("claim", a.Cue);
            Assert.StartsWith(content, a.Content);
        }

        [Fact]
        public void APossessivePronounAfterBeIsResolved()
        {
            var a = Assert.Single(Owned("Tomas Reyes spoke at the harbour on Monday. What stood out was his warning that the ferry would stop running in May."));
            Assert.Equal("his", a.Source);
            Assert.Equal("warning", a.Cue);
            Assert.Equal("the ferry would stop running in May", a.Content);
            Assert.Equal("Tomas Reyes", a.Speaker);
        }

        [Fact]
        public void TheAgentAfterByIsTheSource()
        {
            var a = Assert.Single(Owned("The allegation by Ada Lund that the audit was rigged shook the council."));
            Assert.Equal("Ada Lund", a.Source);
            Assert.Equal("allegation", a.Cue);
            Assert.StartsWith("the audit was rigged", a.Content);
        }

        [Theory]
        // the object of another verb: the council's report, not Lund's
        [InlineData("The council rebutted Ada Lund's claim that the audit was rigged.")]
        [InlineData("Tomas Reyes knocked a statement by Ada Lund that the audit was rigged.")]
        // an item of a list after "and": whose noun it is the list's first item says, not the grammar of this one
        [InlineData("The council heard Ada Lund's account of the storm and her claim that the audit was rigged.")]
        // another reports the clause
        [InlineData("Ada Lund's claim that the audit was rigged is false, Tomas Reyes said.")]
        // "that" opens a relative clause on the noun
        [InlineData("Ada Lund's statement that was read out on Monday ran to four pages.")]
        // no possessive owner of a person or body: a thing's ("the report's"), or "its"
        [InlineData("The report's claim that the audit was rigged shook the council.")]
        [InlineData("Its claim that the audit was rigged shook the council.")]
        // a thing's plural in the possessive ("the reports'"), and a closing mark of a quoted word, own nothing
        [InlineData("The reports' claim that the audit was rigged shook the council.")]
        [InlineData("The word ‘cuts’ that the board used shook the council.")]
        public void RefusesANounThatIsNoOnesReportHere(string body)
        {
            Assert.Empty(Owned(body));
        }

        [Fact]
        public void ACapitalisedPrepositionIsNoPartOfThePossessiveName()
        {
            var q = Quotes("Despite Ada Lund's insistence that the pier was “perfectly safe,” the council closed it.");
            Assert.Equal("Ada Lund", Q(q, "perfectly safe").SpeakerMention);
        }

        [Theory]
        // the owned noun as the subject of "is" or "was", the that-clause its complement
        [InlineData("Ada Lund's contention was that the pier was safe.", "Ada Lund", "contention", "the pier was safe")]
        [InlineData("But the harbour board's account is that the ferry never left the quay.", "the harbour board", "account", "the ferry never left the quay")]
        [InlineData("The ministry's position is that the levee held.", "The ministry", "position", "the levee held")]
        // a transcript's label and colon before the subject
        [InlineData("BELL: The council's account is that the gates were shut at noon.", "The council", "account", "the gates were shut at noon")]
        // a copula of a view still held, "remains" or "has been" (words.txt account-copula)
        [InlineData("The harbour board's view remains that the ferry never left the quay.", "The harbour board", "view", "the ferry never left the quay")]
        [InlineData("The ministry's position has been that the levee held.", "The ministry", "position", "the levee held")]
        // the point one puts across (words.txt side-stand)
        [InlineData("Ada Lund's message was that the pier was safe.", "Ada Lund", "message", "the pier was safe")]
        [InlineData("Tom Gates's point is that the levee held.", "Tom Gates", "point", "the levee held")]
        // an aside that tells who passed the account on, "as" and a past verb and "it"
        [InlineData("The ministry's position, as council members later relayed it, is that the levee held.", "The ministry", "position", "the levee held")]
        public void APossessedNounOfSayingBeforeIsOrWasReportsTheThatClause(string body, string source, string cue, string content)
        {
            var a = Assert.Single(Owned(body));
            Assert.Equal(source, a.Source);
            Assert.Equal(cue, a.Cue);
            Assert.Equal(content, a.Content);
            // (the story's headline and its blank line stand before the body)
            Assert.Equal("Ferry service resumes after the storm\n\n".Length + body.IndexOf(content, System.StringComparison.Ordinal), a.ContentStart);
        }

        [Fact]
        public void APronounOwnerAfterAPresentBriefingIsItsSubject()
        {
            // "briefs" ends the subject's noun phrase (words.txt np-stop), so "his" is the director who briefs, not the mayor before
            var a = Assert.Single(Owned("The mayor, Tom Gates, calls the delay regrettable.\n\n" +
                                        "The harbour board's director of operations briefs the council. His message, as members later relayed it, is that the levee held."));
            Assert.Equal("message", a.Cue);
            Assert.Equal("harbour board's director", a.Speaker);
        }

        [Theory]
        // near misses: the sentence's subject is another noun, or the owned noun follows "be" with no clause of its own
        [InlineData("The trouble with the harbour board's account is that nobody can check it.")]
        [InlineData("One problem with her claim is that the ferry had no crew.")]
        [InlineData("The harbour board's account was read out at the hearing.")]
        // "been" with no perfect before it, and a point with no owner
        [InlineData("The harbour board's account, having been that the ferry sank, changed.")]
        [InlineData("The point is that the ferry had no crew.")]
        public void AnotherSubjectBeforeIsThatReportsNothing(string body) => Assert.Empty(Owned(body));
    }
}
