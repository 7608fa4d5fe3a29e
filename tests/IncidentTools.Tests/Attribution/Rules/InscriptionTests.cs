using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>Inscription: the words written on a sign, a banner or a headline are the thing's own.</summary>
    public class InscriptionTests
    {
        [Theory]
        [InlineData("At the pier a fisherman held up a sign that read “Save Our Ferry” and waved it at the cameras.", "a sign", "Save Our Ferry")]
        [InlineData("Dock workers unrolled a banner which read, “No Cuts Without Talks.”", "a banner", "No Cuts Without Talks")]
        [InlineData("A retired pilot stood by the gate with a placard reading “Kell Must Go” all morning.", "a placard", "Kell Must Go")]
        [InlineData("Outside the harbour office, a hand-painted sign saying “Boats Not Bonuses” leaned against the wall.", "a hand-painted sign", "Boats Not Bonuses")]
        [InlineData("The paper's front-page headline reads: “Ferry Chief Quits in Disgrace.”", "The paper's front-page headline", "Ferry Chief Quits")]
        public void TheThingWithTheWordsIsTheSource(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new Inscription()), quote)!;
            Assert.Equal("Inscription", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void InASentenceToldAccordingToSomeoneTheWordsAreTheirAccount()
        {
            var a = Of(RunRules("According to the Coast Gazette, one sign read, “Ferries Are Not a Luxury.”", new Inscription()), "Ferries Are Not")!;
            Assert.Equal("the Coast Gazette", a.Source!.Text);
        }

        [Fact]
        public void ATitleLikeSloganOnASignIsStillQuotedInTheWholeStage()
        {
            var quotes = Quotes("The crowd cheered when a boy held up a sign that read “Ferries For All” near the stage.");
            var q = Q(quotes, "Ferries For All");
            Assert.Equal("Inscription", q.Rule);
            Assert.Equal("a sign", q.SpeakerMention);
        }

        [Fact]
        public void TheOuterSubjectReportsNoWordsOfTheSign()
        {
            var records = Attributions("Mayor Kell posted her reply under a banner that said, “We Will Not Back Down.”");
            var a = Assert.Single(records);
            Assert.Equal("a banner", a.Source);
            Assert.Equal("Inscription", a.Rule);
        }

        [Theory]
        [InlineData("The senator read “The Old Man and the Sea” to the children at the library.", "The Old Man")]                 // a person reading a book
        [InlineData("The mayor is expected to sign “the harbour accord” on Friday, aides said.", "the harbour accord")]           // "sign" a verb
        [InlineData("Bell wrote the new plan, which read, “All crossings resume at dawn.”", "All crossings")]                     // no inscription
        public void NoInscriptionOrSomeoneElsesAccountAttributesNothing(string body, string quote)
        {
            var a = Of(RunRules(body, new Inscription()), quote);
            Assert.Null(a);
        }
    }
}
