using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A reporting verb whose base and -s forms are nouns too (tagged noun in reporting-verbs.txt: "demand", "claim", "back",
    /// "attack") is read as a verb before a plain noun phrase only when the phrase starts like a content. Right after a subject
    /// pronoun of a person that agrees with it ("he demands", "she claims", "they demand") the form can be no noun: the noun
    /// phrase after it is the content. Only in a main clause: after a relative or a subordinator ("who he claims has …",
    /// "because he favors …") no claim is read this way, and without the pronoun ("his demands", "The demands") nothing changes.
    /// </summary>
    public class PronounSubjectNounFormTests
    {
        [Theory]
        [InlineData("Dock workers' leader Pavel Orsk spoke in Harlow on Monday. He demands new safeguards for the night crews.",
                    "He", "demands", "new safeguards for the night crews", "Pavel Orsk")]
        [InlineData("Councillor Ines Marlo spoke after the count. She claims victory in the harbour ward.",
                    "She", "claims", "victory in the harbour ward", "Ines Marlo")]
        [InlineData("Mayor Bram Tovar opened the session. And he backs higher fees for cruise ships.",
                    "he", "backs", "higher fees for cruise ships", "Bram Tovar")]
        public void TheFormAfterAPersonPronounIsTheVerb(string body, string source, string cue, string content, string speaker)
        {
            AssertReportedByCueThenContent(body, source, cue, content);
            // the pronoun stands for the person the paragraph named before it
            Assert.Equal(speaker, ByCue(Run(body, new CueThenContent()), cue).Record.Speaker?.Display);
        }

        [Theory]
        // no pronoun before the form: a noun
        [InlineData("Pavel Orsk spoke in Harlow. His demands for new safeguards went unanswered.", "demands")]
        [InlineData("Pavel Orsk spoke in Harlow. The claims of the night crews were heard.", "claims")]
        // a pronoun that does not agree with the form
        [InlineData("Pavel Orsk spoke in Harlow. Later they claims new halls.", "claims")]
        // a relative or a subordinator before the pronoun: not in a main clause
        [InlineData("Bram Tovar's quarrel is with Ada Lund, who he claims has misled the council.", "claims")]
        [InlineData("Union leaders distrust Bram Tovar, in part because he backs higher fees for cruise ships.", "backs")]
        public void NoClaimFromTheFormOutsideThatPattern(string body, string cue) =>
            Assert.DoesNotContain(Run(body, new CueThenContent()), f => f.Cue == cue);
    }
}
