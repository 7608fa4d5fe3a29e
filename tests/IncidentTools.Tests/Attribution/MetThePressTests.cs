using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A US official briefed reporters on the plane. He said …": one who met the press has the floor, and the "he" or "she"
    /// after it stands for them, not for a speaker the chain held before (texts of its own).
    /// </summary>
    public class MetThePressTests
    {
        private const string Before = "The port authority's director, Tomas Ruud, told the council the cranes would stay idle. " +
                                      "The union, he said, had \"broken every promise\".\n\n";

        [Theory]
        [InlineData("Later a union negotiator briefed reporters outside the hall. He said the offer was \"an insult to every docker\".", "negotiator")]
        [InlineData("One union negotiator spoke to reporters outside the hall. He said the offer was \"an insult to every docker\".", "negotiator")]
        [InlineData("A union official has talked with journalists at the gate. He said the offer was \"an insult to every docker\".", "official")]
        [InlineData("A US official travelling with the mayor briefed reporters on the plane. He said the offer was \"an insult to every docker\".", "US official")]
        [InlineData("A union negotiator briefed the press after midnight. He said the offer was \"an insult to every docker\".", "negotiator")]
        public void HeAfterOneWhoMetThePressIsThatPerson(string paragraph, string head)
        {
            var found = Run(Before + paragraph, out _);
            Assert.Equal("Tomas Ruud", found.Single(f => f.Content.StartsWith("broken every")).Record.Speaker?.Display);
            var speaker = found.Single(f => f.Content.StartsWith("the offer was")).Record.Speaker;
            Assert.NotNull(speaker);
            Assert.Contains(head, speaker!.Display);
        }

        [Theory]
        [InlineData("The negotiator briefed reporters outside the hall.", true)]
        [InlineData("The negotiator later told the media nothing.", true)]
        [InlineData("A negotiator travelling with the mayor briefed reporters on the plane.", true)]
        [InlineData("The negotiator has spoken to reporters.", false)]                 // "spoken to": no form of the list
        [InlineData("The negotiator spoke to the mayor about reporters.", false)]
        [InlineData("The negotiator briefed the board.", false)]
        [InlineData("The negotiator met the mayor, who briefed reporters.", false)]     // another's verb
        public void MeetingThePressIsAVerbOfMeetingThenThePress(string sentence, bool expected)
        {
            var found = Run(sentence, out var ctx);
            var p = ctx.Document.Paragraphs.Last();
            var subject = ctx.SubjectOf(p, 0);
            Assert.NotNull(subject);
            Assert.Equal(expected, ctx.ClausesFor(p).MetThePress(p.Tokens, subject!, p.Sentences[0].End));
        }
    }
}
