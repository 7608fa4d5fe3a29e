using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8, wrong speakers: a described subject whose words run past its head ("a spokesman reached by phone",
    /// "a survey conducted this month") is named by its head noun, never by the last word of the phrase after it; and
    /// a capitalised modal that begins a person's name ("said Will Doyle") stays the given name.
    /// </summary>
    public class DescribedHeadSpeakerTests
    {
        private const string Opening = "The harbour board met on Tuesday to discuss the winter timetable.\n\n";

        private static IncidentTools.IncidentAttribution ByContent(string body, string contentStart) =>
            Attributions(Opening + body).Single(a => a.Content.StartsWith(contentStart, StringComparison.Ordinal));

        [Theory]
        [InlineData("“We have two boats out,” the coast guard said.", "coast guard")]
        [InlineData("“We have two boats out,” the national guard said.", "national guard")]
        public void AGuardServiceIsNamedWithItsModifier(string body, string speaker)
        {
            // a service named by "guard" speaks as a body, like "the port authority", not as "guard"
            var a = ByContent(body, "We have");
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("QuoteThenCue", a.Rule);
        }

        [Fact]
        public void ASpeakerNounBeforeAParticiplePhraseIsTheSpeaker()
        {
            var a = ByContent("A spokesman reached by phone said the timetable would not change.", "the timetable");
            Assert.Equal("A spokesman reached by phone", a.Source);
            Assert.Equal("spokesman", a.Speaker);
        }

        [Fact]
        public void ASpeakerNounBeforeAParticiplePhraseIsTheSpeakerAfterTheContent()
        {
            var a = ByContent("The timetable will stay as it is, a deckhand reached by phone said.", "The timetable");
            Assert.Equal("deckhand", a.Speaker);
        }

        [Fact]
        public void ANameAfterAPlaceIsThePersonsOwn()
        {
            // the place is the preposition's object; the name is in apposition to "envoy"
            var a = ByContent("Former envoy to Oslo Ingrid Halvorsen wrote that the timetable was a mistake.", "the timetable");
            Assert.EndsWith("Halvorsen", a.Speaker);
        }

        [Fact]
        public void ANameAfterATitleIsTheOneThePersonWorksFor()
        {
            var a = ByContent("An aide to Senator Ingrid Halvorsen said the timetable was a mistake.", "the timetable");
            Assert.Equal("aide", a.Speaker);
        }

        [Fact]
        public void ACompoundDocumentNounIsNamedByItsLastWord()
        {
            // the words after the parsed mention open no describing phrase: they go on with the noun
            var a = ByContent("The ferry was never inspected, according to court documents.", "The ferry");
            Assert.Equal("documents", a.Speaker);
        }

        [Fact]
        public void ACompoundDocumentNounBeforeAParticiplePhraseIsNamedByItsNoun()
        {
            var a = ByContent("The ferry was never inspected, according to court documents filed in March.", "The ferry");
            Assert.Equal("documents", a.Speaker);
        }

        [Fact]
        public void ADocumentBeforeAPhraseOfTimeIsTheSource()
        {
            var a = ByContent("Most residents oppose the cuts, according to a Coast Weekly/Radio North survey conducted this month.", "Most residents");
            Assert.Equal("survey", a.Speaker);
        }

        [Fact]
        public void APhraseThatEndsInItsOwnNounKeepsThatNoun()
        {
            // negative: no listed noun with a phrase after it, the last word still heads the phrase
            var a = ByContent("Many island families said the ferry was their only link.", "the ferry");
            Assert.Equal("families", a.Speaker);
        }

        [Fact]
        public void ANameThatEndsADocumentsPhraseIsItsAuthor()
        {
            // negative: a survey's author named at the end of its phrase stays the source's name
            var a = ByContent("A survey conducted by retired pilot Maria Lund found most residents oppose the cuts.", "most residents");
            Assert.Equal("Lund", a.Speaker);
        }

        [Fact]
        public void APersonBeforeTheNameTheyWorkForIsTheSpeaker()
        {
            var a = ByContent("A spokesman reached by phone for harbour master Maria Lund said the timetable would stay.", "the timetable");
            Assert.Equal("spokesman", a.Speaker);
        }

        [Fact]
        public void ANounAfterAPlaceOfThePhraseIsNoHead()
        {
            // negative: "court" is inside the phrase that describes the declaration, no head of the subject
            var a = ByContent("Most residents oppose the cuts, according to a declaration filed in county court by the ferry union.", "Most residents");
            Assert.NotEqual("court", a.Speaker);
        }

        [Fact]
        public void AModalAfterTheCueIsAGivenName()
        {
            var quotes = Quotes(Opening + "“It is a costly way to run a port,” said Will Doyle, a professor of shipping at the college.");
            var q = Q(quotes, "It is a costly way");
            Assert.Equal("Will Doyle", q.Speaker);
            Assert.Equal("Will Doyle", q.SpeakerMention);
        }

        [Fact]
        public void AModalBeforeANameAndAnInflectedCueIsAGivenName()
        {
            var quotes = Quotes(Opening + "Will Doyle said, “It is a costly way to run a port.”");
            Assert.Equal("Will Doyle", Q(quotes, "It is a costly way").Speaker);
        }

        [Fact]
        public void AModalBeforeANameWithABaseFormStaysTheModal()
        {
            // negative: "Will Doyle say …?" asks; no one is named "Will" here
            var quotes = Quotes(Opening + "Doyle Harris chairs the board.\n\n“Will Doyle say sorry?” a ferry pilot asked.");
            Assert.Equal("ferry pilot", Q(quotes, "Will Doyle say").Speaker);
        }
        [Theory]
        [InlineData("Families of those stranded by the storm said the timetable had failed them.", "Families of those stranded by the storm")]
        [InlineData("Owners of boats moored in the bay said the timetable had failed them.", "Owners of boats moored in the bay")]
        [InlineData("Commuters in three villages said the timetable had failed them.", "Commuters in three villages")]
        public void APluralBeforeItsDescribingPhraseHeadsAPhraseTheLexiconDoesNotKnow(string body, string speaker)
        {
            // no listed noun: the plural that the phrase describes speaks, not the phrase's last word ("storm", "bay", "villages")
            var a = ByContent(body, "the timetable");
            Assert.Equal(speaker, a.Source);
            Assert.Equal(speaker, a.Speaker);
        }

        [Fact]
        public void APluralHeadWithALongPhraseIsShownAloneWithThePhraseAsItsRole()
        {
            var a = ByContent("Owners of small boats moored near the old pier said the timetable had failed them.", "the timetable");
            Assert.Equal("Owners", a.Speaker);
        }

        [Theory]
        [InlineData("About six in 10 commuters said the timetable had failed them.", "commuters")]
        [InlineData("Most of the islanders said the timetable had failed them.", "islanders")]
        public void AShareBeforeItsGroupIsNoHead(string body, string speaker)
        {
            // the number or share before "in"/"of" is not the plural the phrase describes: the group after it speaks
            var a = ByContent(body, "the timetable");
            Assert.Equal(speaker, a.Speaker);
        }

        [Theory]
        [InlineData("The ferry was late on most days, according to astronomers at the observatory in Kirkwall.", "astronomers at the observatory in Kirkwall")]
        [InlineData("The ferry was late on most days, according to commuters in two villages on the coast.", "commuters in two villages on the coast")]
        public void AnUnknownPluralHeadsThePhraseAfterAccordingTo(string body, string speaker)
        {
            Assert.Equal(speaker, Attributions(Opening + body).Single(a => a.Rule == "AccordingToClause").Speaker);
        }

        [Fact]
        public void AShareAfterAccordingToIsNoHead()
        {
            // negative: "six in 10" is a share of the group after it, which speaks
            Assert.Equal("islanders", Attributions(Opening + "The ferry was late on most days, according to six in 10 islanders.").Single(a => a.Rule == "AccordingToClause").Speaker);
        }
    }
}
