using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>FrontedParticiple: "Bemoaning the “…,” X accused …": the quotation in an opening participle's phrase is the main clause subject's.</summary>
    public class FrontedParticipleTests
    {
        [Theory]
        [InlineData("Bemoaning the “rigged tender,” Councillor Ada Lund accused the port board of favouritism.", "Councillor Ada Lund", "rigged tender", "Bemoaning")]
        [InlineData("After saying the old ferry was “a floating coffin,” she was asked to leave the hearing.", "she", "a floating coffin", "saying")]
        [InlineData("Citing “family reasons,” the harbour master's spokeswoman told reporters he would not attend.", "the harbour master's spokeswoman", "family reasons", "Citing")]
        [InlineData("Conceding that the tolls were “a bit steep,” though, Mayor Ruth Kell did defend the bridge.", "Mayor Ruth Kell", "a bit steep", "Conceding")]
        // the comma inside the closing marks of a quotation nested at the end of the quoted words
        [InlineData("Dismissing the plan as “just another ‘fix,’” Councillor Ada Lund accused the port board of waste.", "Councillor Ada Lund", "just another", "Dismissing")]
        public void TheMainClauseSubjectSaidIt(string body, string mention, string quote, string cue)
        {
            var a = Of(RunRules(body, new FrontedParticiple()), quote)!;
            Assert.Equal("FrontedParticiple", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("Holding signs that read “Save the pier,” the protesters marched to the town hall.")]    // no participle of saying
        [InlineData("Sharing the “official figures,” the inspector accused the council of hiding the report.")] // "share" only follows its quotation
        [InlineData("Describing the breakwater as “a lifesaver,” the report was upbeat.")]                   // a document is no speaker
        [InlineData("Calling the plan “a disaster” is easy for the opposition.")]                            // no comma: the phrase is the subject
        [InlineData("Mayor Kell, calling the plan “a disaster,” left the room.")]                            // the participle does not open the sentence
        public void NoOpeningParticipleOfSayingNoSpeaker(string body) => Assert.Empty(RunRules(body, new FrontedParticiple()).Found);
    }
}
