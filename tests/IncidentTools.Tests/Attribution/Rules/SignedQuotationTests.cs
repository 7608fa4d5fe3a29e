using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>SignedQuotation: a pull quote whose last line, inside the marks, is its speaker's signature.</summary>
    public class SignedQuotationTests
    {
        [Theory]
        [InlineData("The ferry board met on Monday.\n\n\"The ferry is the island's lifeline. Without it the school closes.\nAda Lund, Harwick Ferry Users.\"\n\nThe board voted later.", "Ada Lund")]
        [InlineData("The ferry board met on Monday.\n\n\"We will sail again by the spring.\nFormer ferry captain Tomas Reyes.\"", "Tomas Reyes")]
        [InlineData("The ferry board met on Monday.\n\n“Nobody on the board asked the islanders what they wanted?\nJo Bell.”", "Jo Bell")]
        public void TheLastLineSignsTheQuotation(string body, string speaker)
        {
            var c = RunRules(body, new SignedQuotation());
            var a = Assert.Single(c.Found);
            Assert.Contains(speaker, a.Source!.Text);
            Assert.Equal(speaker, a.Speaker!.Display);
            Assert.Null(a.CueWords);
            Assert.Equal(IncidentTools.AttributionKind.Direct, a.Kind);
        }

        [Fact]
        public void ADescriptionOfAPersonSigns()
        {
            var a = Assert.Single(RunRules("The ferry board met on Monday.\n\n\"If the pier closes, the island closes with it.\nA ferry company board member.\"", new SignedQuotation()).Found);
            Assert.Equal("A ferry company board member", a.Source!.Text);
        }

        [Theory]
        // a list of what people said: the quotation closed on its own line, the next line signs it, a date after its last comma
        [InlineData("Quotes of the week\n\n\"The pier must stay open for the ferry.\"\nJo Bell, harbour master of New Harwick, 3 December 2024\n\n\"We will vote again.\"\nTom Reyes, 4 December 2024", "Jo Bell")]
        [InlineData("Quotes of the week\n\n“The island will not forget this.”\nFormer ferry captain Tomas Reyes, Harwick", "Tomas Reyes")]
        public void TheLineAfterAClosedQuotationSignsIt(string body, string speaker)
        {
            var a = RunRules(body, new SignedQuotation()).Found.First();
            Assert.Equal(speaker, a.Speaker!.Display);
            Assert.Null(a.CueWords);
            Assert.Equal(IncidentTools.AttributionKind.Direct, a.Kind);
            Assert.EndsWith(speaker, a.Source!.Text);
        }

        [Theory]
        // the line after a closed quotation is the next sentence, with a verb of its own
        [InlineData("\"The pier must stay open.\"\nJo Bell, the mayor, said on Monday the pier would close.")]
        [InlineData("\"The pier must stay open.\"\nJo Bell, the mayor, has asked for a vote.")]
        // the closed quotation does not fill its paragraph
        [InlineData("The sign read \"Ferry closed.\" on Monday.\nJo Bell, harbour master")]
        // the next line names no one
        [InlineData("\"The pier must stay open.\"\nThe island decides in May")]
        // a stage direction, and a line that opens the next quotation: no comma, or a mark that is no comma
        [InlineData("\"Well, thank you so much.\"\n\nPause.\n\n\"Goodbye, then.\"")]
        [InlineData("\"We sail at noon.\"\n\nContinued Bell: \"And we come back at dusk.\"")]
        public void NoSignatureUnderAClosedQuotation(string body) => Assert.Empty(RunRules(body, new SignedQuotation()).Found);

        [Theory]
        // a poem's lines: the last line is no name
        [InlineData("\"The tide comes in at noon.\nThe boats go out at dawn.\"")]
        // the last line is a place, the words before it no statement
        [InlineData("\"Welcome to the island of\nNew Harwick.\"")]
        // one line only
        [InlineData("\"We will sail again by the spring,\" Ada Lund said.")]
        // the quotation does not fill its paragraph
        [InlineData("The sign read \"Ferry closed.\nAda Lund.\" on Monday.")]
        // the signature line goes on past the name with words of a sentence
        [InlineData("\"We sail at noon.\nAda Lund will not be on board.\"")]
        public void NoSignatureNoAttribution(string body) => Assert.Empty(RunRules(body, new SignedQuotation()).Found);
    }
}
