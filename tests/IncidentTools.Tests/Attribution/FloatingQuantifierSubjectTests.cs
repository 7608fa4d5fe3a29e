using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor and the governor have both argued that …", "the pilots all said …": a quantifier floated from its plural
    /// subject to the verb (words.txt floating-quantifier) is part of the verb group, and the subject is the noun phrase
    /// before it, not "both" or "all" (the source was the quantifier). "Both said …" at the sentence's start and "in both"
    /// after a preposition still head noun phrases of their own. Invented harbour stories.
    /// </summary>
    public class FloatingQuantifierSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("The mayor and the governor have both argued that the bridge is unsafe.", "The mayor and the governor", "the bridge is unsafe")]
        [InlineData("The harbour pilots all said the channel was too shallow for the ferry.", "The harbour pilots", "the channel was too shallow for the ferry")]
        [InlineData("Reyes and Bell both warned that the pier would not hold another winter.", "Reyes and Bell", "the pier would not hold another winter")]
        [InlineData("They will both say that the crane was never inspected.", "They", "the crane was never inspected")]
        public void TheSubjectIsThePhraseBeforeTheQuantifier(string sentence, string source, string content)
        {
            var f = Assert.Single(Claims(sentence), x => x.Content == content);
            Assert.Equal(source, f.Source);
        }

        [Fact]
        public void AQuantifierThatOpensTheSentenceIsTheSubject()
        {
            var f = Assert.Single(Claims("The two skippers met on Friday. Both said the harbour fees were too high."), x => x.Content == "the harbour fees were too high");
            Assert.Equal("Both", f.Source);
        }
    }
}
