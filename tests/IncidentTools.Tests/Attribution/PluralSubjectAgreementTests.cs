using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A bare present "say", "show", "fear" needs a plural subject: a plural head before a phrase after it ("Aides to the
    /// mayor say"), a share written in words ("one in five say") or with a percent sign ("42% say") and "police" take it; a plural before "of" that the
    /// mention grammar did not read as a speaker ("Messages of calm echo …") and a noun that heads no speaker ("his hands in
    /// the air") do not. Invented ferry stories.
    /// </summary>
    public class PluralSubjectAgreementTests
    {
        private static System.Collections.Generic.IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        // a plural head before a phrase after it
        [InlineData("Aides to the mayor say the ferry will run late all week.", "Aides to the mayor", "the ferry will run late all week")]
        [InlineData("Most riders were calm. But engineers at the yard say the hull is too old to repair.", "engineers at the yard", "the hull is too old to repair")]
        [InlineData("Polls in the port city show the mayor is trailing by ten points.", "Polls in the port city", "the mayor is trailing by ten points")]
        // a share written in words
        [InlineData("The survey asked riders about the fares. One in five say the fares are too high.", "One in five", "the fares are too high")]
        [InlineData("Most riders were pleased. About two in three say the new boats are faster.", "About two in three", "the new boats are faster")]
        // a figure with its percent sign
        [InlineData("The riders were split: 42% say the fares are too high.", "42%", "the fares are too high")]
        [InlineData("On the new boats, 61% say they are faster than the old ones.", "61%", "they are faster than the old ones")]
        public void APluralSubjectTakesThePresent(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Source == source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("The mayor enjoys 48% support in the port, a jump from May.")]
        [InlineData("In the port, 3,000 riders took the ferry, a 30% decline from the year before.")]
        [InlineData("In the port, 3,000 riders took the ferry in May, a 30% decline from the last busy season, in 2019.")]
        public void AFigureBeforeANounIsNoSpeaker(string sentence)
        {
            // "48% support" and "a 30% decline" are nouns with their figures, not a share that supports or declines
            Assert.DoesNotContain(Run(sentence), x => x.Source != null && x.Source.Contains('%'));
        }

        [Fact]
        public void PoliceTakeThePresent()
        {
            var f = ByCue(Claims("The pier was closed at noon. But harbour police say they have not found the owner of the boat."), "say");
            Assert.Equal("harbour police", f.Source);
            Assert.Equal("they have not found the owner of the boat", f.Content);
        }

        [Fact]
        public void APluralOfWhatIsSaidBeforeOfIsNoSpeaker()
        {
            // "echo" here is "resemble": the messages are no speaker, and the phrase after them is no content
            Assert.Empty(Claims("The mayor spoke at the pier. Messages of calm echo those sent by the harbour board last year."));
        }

        [Fact]
        public void ANounThatHeadsNoSpeakerIsNoSubject()
        {
            // "claim" is a noun owned by the board: "his hands in the air" did not claim anything
            var found = Claims("A video shows that Lund had his hands in the air, contradicting the harbour board's earlier claim that he had refused to stop.");
            Assert.DoesNotContain(found, x => x.Source != null && x.Source.Contains("hands"));
        }
    }
}
