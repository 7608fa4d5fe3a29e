using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Issue #8: a finite verb of the clause after a person's noun ends the noun phrase ("The senator met voters saying
    /// …" is no speaker "senator met voters"); descriptions that hold a participle or a relative clause keep it.
    /// </summary>
    public class VerbAfterPersonTests
    {
        [Theory]
        // the people the verb meets may be the ones speaking: no speaker rather than a verb phrase as one
        [InlineData("The senator met voters saying: “We want the ferry back by May.”")]
        [InlineData("The harbour master greeted fishermen saying: “The pier is safe again.”")]
        [InlineData("The governor visits families saying: “Nobody will be left behind.”")]
        public void NoVerbPhraseIsTheSpeaker(string body)
        {
            var q = Quotes(body).Single();
            Assert.True(q.Speaker == null || !q.Speaker.Contains(' '), q.Speaker);
        }

        [Theory]
        // after the comma the participle is the subject's
        [InlineData("The senator greeted supporters, saying: “We will win this island.”", "senator")]
        [InlineData("The chairwoman rallied volunteers, saying: “This is our harbour.”", "chairwoman")]
        [InlineData("The mayor joined firefighters, saying: “They saved the pier.”", "mayor")]
        public void TheSubjectAloneSpeaks(string body, string speaker) => Assert.Equal(speaker, Quotes(body).Single().Speaker);

        [Theory]
        // descriptions that hold a participle: the same head, the same speaker
        [InlineData("Officials involved in the talks said: “There is progress on the ferry.”", "Officials involved in the talks")]
        [InlineData("The businessman turned politician said: “I am no insider.”", "businessman turned politician")]
        [InlineData("A woman named Caroline Berg said: “The pier was my whole life.”", "Caroline Berg")]
        public void ADescriptionWithAParticipleStays(string body, string speaker) => Assert.Equal(speaker, Quotes(body).Single().Speaker);
    }
}

namespace IncidentTools.Tests.Attribution
{
    using IncidentTools.Attribution.Rules;
    using static ReportedSpeechText;

    /// <summary>Issue #8 in reported speech: a subject and its verb read as a plain noun phrase before a noun taken for a cue.</summary>
    public class SubjectAndVerbNoSourceTests
    {
        [Theory]
        [InlineData("He scrapped plans to attend the ferry meeting on Monday.")]
        [InlineData("She also proved adept at dodging questions about the pier.")]
        [InlineData("Lund paused, then revealed why the pier had closed.")]
        [InlineData("Lund thanked volunteers who said the pier was safe.")]
        public void NoSourceHoldsTheVerb(string body)
        {
            var found = Run(body, new CueThenContent());
            Assert.DoesNotContain(found, f => f.Source != null && f.Source.Contains(' '));
        }

        [Theory]
        [InlineData("Those surveyed said the ferry was always late.", "Those surveyed")]
        [InlineData("Islanders polled said the ferry was always late.", "Islanders polled")]
        [InlineData("She and her aides argue that the pier was never safe.", "She and her aides")]
        [InlineData("The recently elected councillors said the pier was never safe.", "The recently elected councillors")]
        public void APhraseWithAParticipleOrACoordinationIsStillASource(string body, string source) =>
            Assert.Equal(source, Run(body, new CueThenContent()).Single().Source);

        [Theory]
        // the antecedent of "who" is the people the verb takes, not the clause before them
        [InlineData("Mayor Lund sharply rebuked critics who say the pier is unsafe.", "say", "critics")]
        [InlineData("The way the agency treated fishermen who complained about the pier was wrong.", "complained about", "fishermen")]
        public void TheRelativeStandsForTheObject(string body, string cue, string antecedent) =>
            Assert.Equal(antecedent, ByCue(Run(body, new CueThenContent()), cue).Record.Source!.Owner!.Text);

        [Theory]
        // the subject of a past form right before the verb is the source alone
        [InlineData("Lund paused, then revealed why the pier had closed.", "revealed", "Lund")]
        public void TheSubjectAloneIsTheSource(string body, string cue, string source) =>
            Assert.Equal(source, ByCue(Run(body, new CueThenContent()), cue).Source);
    }
}
