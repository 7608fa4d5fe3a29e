using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An act of saying or a stance tagged bare-noun in reporting-verbs.txt ("deny", "express", "announce", "condemn", "claim", …)
    /// reports one plain noun alone as its object ("denied wrongdoing", "expressed concern"): that word is the claim's content.
    /// Not a noun of the verb's everyday sense (sense-objects.txt: "admitted patients", "was denied entry"), a noun of people, a
    /// pronoun, an adverb, nor the one-word object of a verb without the tag ("told reporters", "welcomed visitors").
    /// </summary>
    public class BareNounObjectTests
    {
        private const string Headline = "A headline for the test\n\n";

        [Theory]
        [InlineData("The Velmar Port Authority denied wrongdoing.", "The Velmar Port Authority", "denied", "wrongdoing")]
        [InlineData("Councillor Ada Quist also expressed concern.", "Councillor Ada Quist", "expressed", "concern")]
        [InlineData("The Orlen Ferry Company announced layoffs.", "The Orlen Ferry Company", "announced", "layoffs")]
        [InlineData("Mayor Ines Tovar has expressed concerns but has said little about the vote.", "Mayor Ines Tovar", "expressed", "concerns")]
        [InlineData("The dockers' union condemned violence and called for calm.", "The dockers' union", "condemned", "violence")]
        [InlineData("In a short speech, Bram Okafor claimed victory.", "Bram Okafor", "claimed", "victory")]
        [InlineData("Jo Lindqvist was calling for change.", "Jo Lindqvist", "calling for", "change")]
        public void OnePlainNounIsTheContent(string body, string source, string cue, string content)
        {
            var f = ByCue(Run(body, new CueThenContent()), cue);
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal(AttributionKind.Indirect, f.Kind);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
            Assert.Equal((Headline + body).IndexOf(content, (Headline + body).IndexOf(cue, System.StringComparison.Ordinal), System.StringComparison.Ordinal), f.Record.Content.Start);
            Assert.Equal(content.Length, f.Record.Content.Length);
        }

        [Fact]
        public void ANegatedActKeepsItsNoun()
        {
            var found = Run("The Dorvan Shipping Company was fined on Monday. It did not admit wrongdoing.", new CueThenContent());
            var f = ByCue(found, "admit");
            Assert.Equal("It", f.Source);
            Assert.Equal("wrongdoing", f.Content);
        }

        [Theory]
        // the everyday sense of the verb (sense-objects.txt)
        [InlineData("The Marlow clinic admitted patients.")]
        [InlineData("Bram Okafor was denied entry.")]
        [InlineData("Bram Okafor denied access to the depot.")]
        [InlineData("Bram Okafor claimed benefits.")]
        // a noun of people
        [InlineData("Bram Okafor criticized officials.")]
        // no noun: an adverb, a pronoun that names nothing, a phrase of time
        [InlineData("Bram Okafor denied repeatedly.")]
        [InlineData("Bram Okafor denied it.")]
        [InlineData("Bram Okafor confirmed yesterday.")]
        // a verb's past or -ing form, no noun ("condemned said" in a garbled copy)
        [InlineData("The harbour officials condemned said.")]
        // near misses: one noun after a verb without the tag
        [InlineData("Bram Okafor told reporters.")]
        [InlineData("Bram Okafor welcomed visitors.")]
        [InlineData("Bram Okafor said goodbye.")]
        public void NoClaimWithoutAPlainNounOfSaying(string body) =>
            Assert.Empty(Run(body, new CueThenContent()));
    }
}
