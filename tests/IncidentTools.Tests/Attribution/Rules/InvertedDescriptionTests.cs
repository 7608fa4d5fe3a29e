using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>InvertedDescription: after “…,” said, any plain noun phrase is the one who spoke.</summary>
    public class InvertedDescriptionTests
    {
        [Theory]
        [InlineData("“How deep is the harbour?” asked the boy, who wore a sailor's cap.", "the boy", "asked")]
        [InlineData("“The pier will hold,” said retired Navy Capt. Ingrid Solberg, who built it.", "retired Navy Capt. Ingrid Solberg", "said")]
        [InlineData("“We sail at noon,” said master of the watch Oskar Lind.", "master of the watch Oskar Lind", "said")]
        public void TheNounPhraseAfterTheInvertedVerbSpoke(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new InvertedDescription()), "")!;
            Assert.Equal("InvertedDescription", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
            Assert.Equal(CuePlace.After, a.Place);
        }

        [Theory]
        [InlineData("“The pier will hold,” said in a statement that nobody read.")]                   // a preposition, no speaker
        [InlineData("“The pier will hold,” said one of the divers who built it.")]                      // a clause inside the phrase
        [InlineData("“The pier will hold,” say the old charts of the harbour.")]                        // the base form: no inversion after a quote
        [InlineData("“The pier will hold,” smiled the old captain.")]                                   // no verb of speech
        public void NoPlainNounPhraseNoSpeaker(string body) => Assert.Empty(RunRules(body, new InvertedDescription()).Found);
    }
}
