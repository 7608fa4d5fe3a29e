using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// A slogan cried aloud right after a verb of a cry (tagged outcry: chant, shout, yell, scream) is words said, however
    /// much it reads like a title; and the people of a street protest (demonstrators, marchers, hecklers …) are speakers.
    /// </summary>
    public class CriedSloganTests
    {
        [Theory]
        [InlineData("The crowd chanted “Save The Ferry” as the mayor spoke.", "Save The Ferry", "The crowd")]
        [InlineData("Dock workers gathered at the gate, chanting “Kell Must Go”.", "Kell Must Go", "Dock workers")]
        [InlineData("Others shouted, “Not One Boat More” at the harbour master.", "Not One Boat More", "Others")]
        public void ATitleLikeSloganAfterAVerbOfACryIsSaid(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The band played “Harbour Lights” as the mayor walked on.", "Harbour Lights")]     // a song's title, no cry
        [InlineData("The choir sang “Harbour Lights” at the end of the service.", "Harbour Lights")]  // a song sung, not cried
        public void ATitleAfterAnyOtherVerbStaysATitle(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }

        [Theory]
        [InlineData("The demonstrators marched along the quay, chanting “we want our ferry back.”", "The demonstrators")]
        [InlineData("Several marchers gathered by the gate, shouting “shame on the board.”", "Several marchers")]
        [InlineData("Kell went on as the heckler yelled: “you sold the harbour!”", "the heckler")]
        public void ThePeopleOfAProtestSpeak(string body, string speaker)
        {
            var q = Quotes(body).Single();
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The dock workers were shouting, “Shame on the board.”", "Shame on the board.", "The dock workers")] // a plural subject's "were" before the cue, as "was"
        [InlineData("The dock workers are yelling “shame!” at the board.", "shame!", "The dock workers")]
        public void APluralSubjectsAreOrWereStandsBeforeTheCue(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The dock workers were told, “Go home.”", "Go home.")]                              // a passive: the subject is told, not telling
        [InlineData("The dock workers were asked, “Will you strike?”", "Will you strike?")]
        public void APluralPassiveIsNoCue(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }

        [Theory]
        [InlineData("The fishermen are crying “foul play” over the new fares.", "foul play", "The fishermen")]
        [InlineData("The fishermen cried “foul play” at the board.", "foul play", "The fishermen")]
        public void CryBeforeItsWordsIsAVerbOfACry(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The new boat was a far cry from “the finest ferry on the coast.”", "the finest ferry on the coast.")] // "cry" a noun
        [InlineData("The cries of “Shame!” rattled the harbour master.", "Shame!")]                                       // "cries" a noun with no owner: nobody named
        public void CryAsANounIsNoCue(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }

        [Theory]
        [InlineData("Harbour master Ines Vale declared “What A Night For The Fleet!” and left the quay.", "What A Night", "Harbour master Ines Vale")]
        [InlineData("Dock workers gathered at the gate, holding placards and chanting “Save The Ferry”.", "Save The Ferry", "Dock workers")]
        public void AnExclamationAfterAVerbOfSpeechOrACryJoinedToAParticipleIsSaid(string body, string quote, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The march filled the quay, with hundreds of dock workers chanting “Save The Ferry” and “No More Fares.”", "Save The Ferry", "hundreds of dock workers", "WithParticiple")]
        [InlineData("The ferry sailed at noon, with the fishermen shouting “Shame On The Board” from the pier.", "Shame On The Board", "the fishermen", "WithParticiple")]
        [InlineData("The parade went on, with many marchers and onlookers chanting “We Are Harbor Town” all the way.", "We Are Harbor Town", "onlookers", "CueRightBeforeQuote")] // the cue right before takes the nearer phrase first: part of the source, not another
        public void ASloganCriedInTheAbsoluteWithIsThePhrasesWords(string body, string quote, string speaker, string rule)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(speaker, q.SpeakerMention);
            Assert.Equal(rule, q.Rule);
            Assert.Equal(quote, q.Text);
            Assert.Equal("Ferry service resumes after the storm\n\n".Length + body.IndexOf(quote, System.StringComparison.Ordinal), q.Start);
        }

        [Theory]
        // near misses: a song after "with" and a participle of no cry stays a title; a sign nobody is said to cry stays one too
        [InlineData("The march filled the quay, with the band playing “Harbour Lights” at its head.", "Harbour Lights")]
        [InlineData("The march filled the quay, with dock workers holding signs reading “Save The Ferry”.", "Save The Ferry")]
        public void AfterWithATitleNobodyCriesStaysATitle(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }

        [Theory]
        [InlineData("The band played “Harbour Nights!” as the mayor walked on.", "Harbour Nights")]                   // an exclamation after no verb of speech
        [InlineData("Outside the town hall, hundreds gathered, holding placards and chanting “Save The Ferry”.", "Save The Ferry")] // no subject read: "Outside" is none
        [InlineData("Facing the crowd, Vale waved, holding her hat and singing “Harbour Lights”.", "Harbour Lights")]  // a song sung, not cried
        public void NoSpeakerWithoutASubjectOrAVerbOfSpeech(string body, string quote)
        {
            var q = Q(Quotes(body), quote);
            Assert.Null(q.SpeakerMention);
        }
    }
}
