using System;
using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf49: the attribution stage's largest allocations, cut without changing what it finds. The lexicon's pair look-ups
    /// (a noun of saying and the preposition after it, a verb and a noun of its other sense) are kept by the first word, so a
    /// look-up makes no "noun preposition" string (AimedStatement asks it of every pair of lower-case words); a letter's
    /// phrases are tried only at a paragraph whose first word begins one; a speaker's role text is made once while its title
    /// and role stay the same (every quote and attribution of the speaker reads it).
    /// </summary>
    public class Perf49AllocationTests
    {
        /// <summary>The bytes <paramref name="action"/> allocates on this thread over a hundred runs, after one run to warm it.</summary>
        private static long Allocated(Action action)
        {
            action();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Theory]
        [InlineData("attacks", "on", "attack")]
        [InlineData("criticism", "of", "criticism")]
        [InlineData("attacks", "against", "attack")]
        public void AnAimedNounAndItsPrepositionGiveTheFirstFormWithoutAString(string noun, string preposition, string first)
        {
            Assert.Equal(first, Lexicon.AimedNounBase(noun, preposition));
            Assert.Equal(0, Allocated(() => Lexicon.AimedNounBase(noun, preposition)));
        }

        [Theory]
        // a noun of the list with a preposition that opens no target of it, a word that is no such noun, a pair read the other way
        [InlineData("criticism", "on")]
        [InlineData("harbour", "of")]
        [InlineData("on", "attacks")]
        public void APairThatIsNoAimedNounGivesNothingWithoutAString(string noun, string preposition)
        {
            Assert.Null(Lexicon.AimedNounBase(noun, preposition));
            Assert.Equal(0, Allocated(() => Lexicon.AimedNounBase(noun, preposition)));
        }

        [Fact]
        public void ASenseObjectIsFoundByItsVerbWithoutAString()
        {
            Assert.True(Lexicon.IsSenseObject("attack", "guard"));
            Assert.False(Lexicon.IsSenseObject("attack", "timetable"));
            Assert.False(Lexicon.IsSenseObject("guard", "attack"));
            Assert.Equal(0, Allocated(() => Lexicon.IsSenseObject("attack", "guard")));
            Assert.Equal(0, Allocated(() => Lexicon.IsSenseObject("attack", "timetable")));
        }

        [Theory]
        [InlineData("Councillor Ada Lund's attacks on the harbour board were sharper than ever.", "Councillor Ada Lund", "attacks", "the harbour board")]
        [InlineData("The skipper's criticism of the ferry timetable drew applause.", "The skipper", "criticism", "the ferry timetable")]
        public void AnAimedStatementStillReportsItsTarget(string sentence, string source, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new AimedStatement()));
            Assert.Equal("AimedStatement", f.Rule);
            Assert.Equal(source, f.Source);
            Assert.Equal(cue, f.Cue);
            Assert.Equal(content, f.Content);
            int start = (Headline + "\n\n").Length + sentence.IndexOf(content, StringComparison.Ordinal);
            Assert.Equal(start, f.Record.Content.Start);
            Assert.Equal(content.Length, f.Record.Content.Length);
        }

        [Theory]
        // a target of force, and a noun with a preposition its line does not name
        [InlineData("Tomas Reyes's attack on the night guard shocked the village.")]
        [InlineData("Ada Lund's criticism on Monday surprised nobody.")]
        public void ANearMissOfAnAimedStatementStaysUnattributed(string sentence) =>
            Assert.Empty(Run(sentence, new AimedStatement()));

        [Theory]
        [InlineData("dear", true)]
        [InlineData("de", true)]
        [InlineData("yours", true)]
        [InlineData("very", true)]
        [InlineData("to whom", true)]
        [InlineData("deer", false)]
        [InlineData("harbour", false)]
        [InlineData("", false)]
        public void ALetterPhraseMayStartOnlyWithTheLettersOfOne(string lower, bool starts) =>
            Assert.Equal(starts, Lexicon.MayStartLetterPhrase(lower));

        private const string Letter =
            "To whom it may concern:\n\n" +
            "The pier society has counted the broken planks of the east pier. Forty of them must be replaced before the summer.\n\n" +
            "Very truly yours,\n\nMarta Quell, Chair of the Pier Society";

        [Fact]
        public void ALetterWithPhrasesOfSeveralWordsIsStillItsSignersStatement()
        {
            var found = Run("The pier society writes", Letter, out _);
            var own = Assert.Single(found, f => f.Rule == "PressRelease");
            Assert.Equal("Very truly yours", own.Cue);
            Assert.StartsWith("Marta Quell", own.Source);
            Assert.Equal("Marta Quell", own.Record.Speaker?.Display);
            Assert.Equal("The pier society has counted the broken planks of the east pier. Forty of them must be replaced before the summer.", own.Content);
        }

        [Fact]
        public void ALetterWhoseCloseBeginsNoPhraseIsNoStatement()
        {
            // "Truthfully yours" is no close of the list: no signer, the writer's own text
            var found = Run("The pier society writes", Letter.Replace("Very truly yours", "Truthfully yours"), out _);
            Assert.DoesNotContain(found, f => f.Rule == "PressRelease");
        }

        [Fact]
        public void ASpeakersRoleTextIsMadeOnceWhileItsTitleAndRoleStay()
        {
            var e = new Entity { Kind = EntityKind.Person, Display = "Ada Lund", Title = "Councillor", Role = "the chair of the pier society" };
            var first = e.RoleText;
            Assert.Equal("Councillor, chair of the pier society", first);
            Assert.Same(first, e.RoleText);
            e.Role = "a retired ferry pilot";
            Assert.Equal("Councillor, retired ferry pilot", e.RoleText);
            e.Title = null;
            Assert.Equal("retired ferry pilot", e.RoleText);
            e.Role = null;
            Assert.Null(e.RoleText);
        }
    }
}
