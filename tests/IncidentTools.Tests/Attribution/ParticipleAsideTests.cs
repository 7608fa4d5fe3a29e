using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Tomas Reyes, asked about the vote, said, “…”": a participle phrase between a name and its verb, closed by a comma
    /// right before the cue, is an aside of the occasion; the name is still the speaker. Without a cue after the aside's
    /// comma there is no verb to take ("Ada Bell, responding to critics, the plan stands"). The same after a description
    /// ("A spokesman, asked about the vote, said"), and for claims as for quotes.
    /// </summary>
    public class ParticipleAsideTests
    {
        private const string Opening = "The harbour board voted on Monday to close the old pier.\n\n";

        [Theory]
        [InlineData("Tomas Reyes, asked about the vote, said, “No comment.”", "Tomas Reyes")]
        [InlineData("Ada Bell, responding to critics, said, “The plan stands.”", "Ada Bell")]
        [InlineData("Ada Bell, reacting to the vote on Monday, told reporters: “We will appeal.”", "Ada Bell")]
        public void TheNameBeforeAParticipleAsideIsTheSpeaker(string body, string speaker)
        {
            var a = Attributions(Opening + body).Single(x => x.Kind == IncidentTools.AttributionKind.Direct);
            Assert.Equal(speaker, a.Speaker);
        }

        [Theory]
        [InlineData("A spokesman, asked about the vote, said, “No comment.”", "spokesman")]
        [InlineData("The harbour master, reacting to the vote, said, “We will keep the port open.”", "harbour master")]
        [InlineData("The union leader, speaking after the vote, told reporters: “We will appeal.”", "union leader")]
        public void TheDescriptionBeforeAParticipleAsideIsTheSpeaker(string body, string speaker)
        {
            var a = Attributions(Opening + body).Single(x => x.Kind == IncidentTools.AttributionKind.Direct);
            Assert.Equal(speaker, a.Speaker);
        }

        /// <summary>The claim side reads the aside as an aside too: its participle is no verb of the subject's ("asked" the vote).</summary>
        [Theory]
        [InlineData("A spokesman, asked about the vote, said that the board would meet again.", "A spokesman", "the board would meet again")]
        [InlineData("Tomas Reyes, asked about the vote, said the result was fair.", "Tomas Reyes", "the result was fair")]
        [InlineData("The harbour master, asked about the vote, said, “We will keep the port open.”", "The harbour master", "We will keep the port open.")]
        public void TheAsideGivesNoClaimOfItsOwn(string body, string source, string content)
        {
            var a = Assert.Single(Attributions(Opening + body));
            Assert.Equal(source, a.Source);
            Assert.Equal("said", a.Cue);
            Assert.Equal(content, a.Content);
        }

        /// <summary>
        /// A past form after the comma whose phrase ends in a participle of speech is the subject's own verb, the -ing form
        /// its participle ("Ada Bell, the mayor's aide, defended the plan, saying …"; "Ada Bell, voiced support, saying …").
        /// </summary>
        [Theory]
        [InlineData("A spokesman, defended the plan on Monday, saying that the board was right.", "defended")]
        [InlineData("Ada Bell, the harbour board's chair, repeated her warning on Monday, saying that the pier was unsafe.", "repeated")]
        public void APastVerbBeforeAParticipleOfSpeechIsTheSubjectsVerb(string body, string cue)
        {
            var all = Attributions(Opening + body);
            Assert.Contains(all, x => x.Cue == cue && x.Rule == "CueThenContent");
        }

        [Fact]
        public void NoCueAfterTheAsideGivesNoSpeaker()
        {
            var all = Attributions(Opening + "Ada Bell, responding to critics, the “plan” stands firm for now.");
            Assert.DoesNotContain(all, x => x.Speaker == "Ada Bell");
        }
    }
}
