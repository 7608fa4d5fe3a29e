using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Sides that own Salala sets 75 and 76 left wrong or empty, each on text of the tests' own: a subject brought in by a
    /// sentence that takes a stand and says no words keeps the phrase after its head ("A spokesman for the Turkish Embassy in
    /// Rome went further."), so it speaks for the mission's country, not for the dateline's.
    /// </summary>
    public class Speaker107Tests
    {
        /// <summary>The attributions of a file of these lines (its first line the headline), no manifest.</summary>
        private static IReadOnlyList<IncidentAttribution> Found(string text) => Speaker106Tests.Found(text);

        private static IncidentAttribution C(IReadOnlyList<IncidentAttribution> found, string start) => Speaker106Tests.C(found, start);

        /// <summary>The attribution whose content holds these words.</summary>
        private static IncidentAttribution Holding(IReadOnlyList<IncidentAttribution> found, string words) =>
            found.First(c => c.Content.Contains(words));

        // ---- 1. a subject that took a stand keeps its phrase ----

        private const string Ferry =
            "Ferry inquiry blames the weather\n\n" +
            "ROME - The Italian coast guard said on Tuesday that its inquiry into the sinking of the ferry had found no fault with " +
            "its crews. \"We did everything the sea allowed,\" said Admiral Carlo Bassi, who led the inquiry.\n\n";

        [Theory]
        [InlineData("A spokesman for the Turkish Embassy in Rome went further. \"Our sailors asked for help three times that night,\" he said.",
                    "spokesman for the Turkish Embassy in Rome")]
        [InlineData("A spokeswoman for the Turkish consulate in Milan was less diplomatic. \"Our sailors asked for help three times that night,\" she said.",
                    "spokeswoman for the Turkish consulate in Milan")]
        public void OneWhoTookAStandSpeaksForTheMissionNotTheDateline(string paragraph, string speaker)
        {
            var found = Found(Ferry + paragraph);
            var quote = C(found, "Our sailors");
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal("Turkey", quote.Party);
        }

        [Fact]
        public void APhraseOfTheSubjectIsReadOnlyBeforeAStandThatClosesTheSentence()
        {
            // a journey, not a stand: "went further into the hills" goes on, and the subject is read as before
            var found = Attribution.ReportedSpeechText.Run("A patrol of the Turkish navy went further into the bay.", out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            var subject = ctx.SubjectOf(p, 0);
            Assert.True(subject == null || subject.PostModifier == null || !subject.PostModifier.Contains("went"));
            Assert.False(subject != null && Clauses.TookAStand(p.Tokens, subject, p.Sentences[0].End));
        }

        [Theory]
        [InlineData("A spokesman for the Turkish Embassy in Rome went further.", "for the Turkish Embassy in Rome")]
        [InlineData("The envoy of the Turkish government was blunter.", "of the Turkish government")]
        public void TheSubjectOfAStandTakenKeepsItsPhrase(string sentence, string phrase)
        {
            Attribution.ReportedSpeechText.Run(sentence, out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            var subject = ctx.SubjectOf(p, 0);
            Assert.NotNull(subject);
            Assert.Equal(phrase, subject!.PostModifier);
            Assert.True(Clauses.TookAStand(p.Tokens, subject, p.Sentences[0].End));
        }

        // ---- 2. "His spokesman, NAME," speaks for the principal's side ----

        [Theory]
        [InlineData("His spokesman, Emre Tunc, said the president found the sinking \"a failure of the sea, not of men\".", "Emre Tunc")]
        [InlineData("Her spokeswoman, Selin Arslan, said the minister found the sinking \"a failure of the sea, not of men\".", "Selin Arslan")]
        public void ANameSetOffAfterAPossessiveOfficeTakesThePrincipalsSide(string sentence, string speaker)
        {
            var opener = sentence.StartsWith("His", System.StringComparison.Ordinal)
                ? "LONDON - Turkish President Kemal Ozturk condemned the sinking of the ferry on Monday. "
                : "LONDON - Turkish Foreign Minister Ayla Ozturk condemned the sinking of the ferry on Monday. ";
            var found = Found("Ferry sinking angers Turkey\n\n" + opener + sentence + "\n");
            var quote = Holding(found, "a failure of the sea");
            Assert.Equal(speaker, quote.Speaker);
            Assert.Equal("Turkey", quote.Party);
        }

        [Fact]
        public void ANameSetOffAfterAnotherDescriptionTakesNoSideFromThePersonBefore()
        {
            // a name set off after a description that is no possessive office ("A fisherman, Nikos Pappas,") takes no side from
            // the person read before
            var found = Found("Ferry sinking angers Turkey\n\nLONDON - Turkish President Kemal Ozturk condemned the sinking of the ferry on Monday. " +
                              "Greek fishermen saw the ship go down. A fisherman, Nikos Pappas, said the crew had \"no chance at all\".\n");
            var quote = Holding(found, "no chance at all");
            Assert.Equal("Nikos Pappas", quote.Speaker);
            Assert.NotEqual("Turkey", quote.Party);
        }
            // ---- 3. a governor with no place written is of the place the story is filed from ----

        [Fact]
        public void AProvincialGovernorSpeaksForTheDatelinesCountry()
        {
            var found = Found("Flood relief slow, villagers say\n\nANKARA - Floods in the east have left thousands without homes. " +
                              "The provincial governor said help would come within days. \"Nobody will be left in the cold,\" he said.\n");
            Assert.Equal("Turkey", C(found, "Nobody will be left").Party);
            Assert.Equal("Turkey", C(found, "help would come").Party);
        }

        [Fact]
        public void AGovernorOfANamedProvinceIsNotTheDatelinesOfficial()
        {
            // a capitalised place before the noun names whose governor: the dateline's country is not read into it
            var found = Found("Flood relief slow, villagers say\n\nLONDON - Floods in eastern Anatolia have left thousands without homes. " +
                              "The Van governor said help would come within days.\n");
            Assert.NotEqual("United Kingdom", C(found, "help would come").Party);
        }
    }
}
