using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// What a speaker reports another side as saying or holding is not the speaker's position, and what the speaker's own
    /// words hold is (ClaimFinder's ReportedOfOthersFrom and SharedSubject; texts of the tests' own): a quotation that opens
    /// at a verb of stance whose subject, before the mark, names another side ('told reporters that Southland had "admitted
    /// …"') is that side's; "what they said" after a plural speaker is that speaker's own; a predicate after "and" shares its
    /// clause's subject of findings ("the inquiry had been held … and could not be accepted"); a subject of nobody denies an
    /// aim ("nobody meant to …").
    /// </summary>
    public class ReportedOfOthersScopeTests
    {
        private const string Findings = @"
  - id: findings
    text: Is the inquiry right?
    positions:
      - label: Inquiry right
        cues: [""inquiry * been accepted""]
      - label: Inquiry wrong
        cues: [""inquiry * not be accepted"", ""inquiry * cannot be accepted""]
  - id: aim
    text: Did the gunners mean to kill?
    positions:
      - label: Meant
        cues: [meant to kill, set out to kill]
      - label: Not meant
        cues: [by error]
";

        private static IncidentClaim[] Claims(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions + Findings, paragraph);
            return corpus.Claims.ToArray();
        }

        private static string? PositionOf(string paragraph, string party, string question) =>
            Claims(paragraph).SingleOrDefault(c => c.Party == party && c.Question == question)?.Position;

        [Theory]
        [InlineData("Anna Berg told reporters on Monday that Southland had \"admitted firing by mistake.\"")]
        [InlineData("Anna Berg said that the Foreign Office had \u201Cconceded that the shelling was an accident.\u201D")]
        public void AQuotedStanceOfAnotherSideNamedBeforeTheMarkIsNotTheSpeakersPosition(string paragraph) =>
            Assert.Null(PositionOf(paragraph, "Northland", "deliberate"));

        [Theory]
        // near misses: the quoted words are no verb of stance, or the quoted verb's subject is the speaker's own side or a pronoun
        [InlineData("Anna Berg told reporters on Monday that Southland had \"fired by mistake.\"")]
        [InlineData("Anna Berg told reporters on Monday that the Northern Army had \"admitted firing by mistake.\"")]
        [InlineData("Anna Berg told reporters on Monday that she had \"conceded that the shelling was an accident.\"")]
        public void AQuotedVerbAfterTheSpeakersOwnSubjectStaysTheSpeakers(string paragraph) =>
            Assert.Equal("Not deliberate", PositionOf(paragraph, "Northland", "deliberate"));

        [Fact]
        public void WhatAnotherSideIsSaidToAdmitIsNotTheSpeakersPosition() =>
            // unquoted, the other side named as the subject of the verb of stance (as before this branch)
            Assert.Null(PositionOf("Anna Berg said the Southerners now admit that the shelling was an accident.", "Northland", "deliberate"));

        [Fact]
        public void WhatAPluralSpeakerSaysTheySaidIsItsOwnWord() =>
            Assert.Equal("Not deliberate", PositionOf(
                "Northern officials are saying privately what they said in public last week: that the shelling was an accident.", "Northland", "deliberate"));

        [Fact]
        public void WhatASingleSpeakerSaysTheySaidIsAnothersWord() =>
            // near miss: "they" cannot be Anna Berg
            Assert.Null(PositionOf("Anna Berg is repeating what they said in public last week: that the shelling was an accident.", "Northland", "deliberate"));

        [Theory]
        [InlineData("Anna Berg said the Southern inquiry into the shelling had been held without Northland and could not be accepted as the last word.")]
        [InlineData("Anna Berg said that the inquiry had ignored the Northern witnesses and would not be accepted as fair.")]
        public void APredicateAfterAndSharesItsClausesSubjectOfFindings(string paragraph) =>
            Assert.Equal("Inquiry wrong", PositionOf(paragraph, "Northland", "findings"));

        [Theory]
        // near misses: the predicate after "and" has a subject of its own, or the clause's subject is no document of findings
        [InlineData("Anna Berg said the Southern inquiry had been held without Northland and the minister could not be accepted as a judge.")]
        [InlineData("Anna Berg said the Southern general had led the inquiry and could not be accepted as a judge.")]
        [InlineData("Anna Berg said the Southern inquiry had been held without Northland, which could not be accepted.")]
        public void APredicateWithAnotherSubjectDoesNotShareTheFindings(string paragraph) =>
            Assert.Null(PositionOf(paragraph, "Northland", "findings"));

        [Theory]
        // a subject of nobody denies the aim, as "did not mean to" does (the cue's own words hold no negator)
        [InlineData("Omar Diaz said nobody meant to kill the Northern gunners.")]
        [InlineData("Omar Diaz said no one set out to kill the Northern gunners.")]
        [InlineData("Omar Diaz said none of the Southern pilots meant to kill anyone.")]
        public void ASubjectOfNobodyDeniesTheAim(string paragraph) =>
            Assert.Equal("Not meant", PositionOf(paragraph, "Southland", "aim"));
    }
}
