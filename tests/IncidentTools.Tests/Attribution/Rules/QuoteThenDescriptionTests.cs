using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>QuoteThenDescription: “…,” a noun phrase the mention grammar does not read, then a verb of saying.</summary>
    public class QuoteThenDescriptionTests
    {
        [Theory]
        [InlineData("“We will not run his columns again,” Harbour Gazette opinion editor Jo Bell told the magazine.", "Harbour Gazette opinion editor Jo Bell")]
        [InlineData("“The ferry must sail,” the Kestrel senator and harbour board candidate said in a statement.", "the Kestrel senator and harbour board candidate")]
        [InlineData("“We never give up,” an angry Morales retorted.", "an angry Morales")]
        [InlineData("“My dear friends,” the conference speaker says into the camera.", "the conference speaker")]
        [InlineData("“Vote for the ferry,” a narrator in the harbour board's ad says.", "a narrator in the harbour board's ad")]
        public void TheNounPhraseBeforeTheVerbOfSayingSpoke(string body, string mention)
        {
            var a = Of(RunRules(body, new QuoteThenDescription()), "")!;
            Assert.Equal("QuoteThenDescription", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(CuePlace.After, a.Place);
        }

        [Fact]
        public void ANameOrADescriptionInApposition()
        {
            var c = RunRules("“Positions will soften,” Ohio Rep. Jane Doe’s chief of staff, Tom Bell, told reporters.\n\n" +
                             "“I am calling from the campaign,” Miller, a retired worker from the pier, said pleasantly into the phone.\n\n" +
                             "“The council acted with malice,” the lawsuit reads.\n\n" +
                             "“Vote for the ferry,” a voice over says as the pier is shown.", new QuoteThenDescription());
            Assert.Equal("Tom Bell", Of(c, "Positions")!.Source!.Text);
            Assert.Equal("Miller", Of(c, "I am calling")!.Source!.Text);
            Assert.Equal("the lawsuit", Of(c, "The council")!.Source!.Text);
            Assert.Equal("a voice over", Of(c, "Vote for")!.Source!.Text);
        }

        [Theory]
        [InlineData("“We will win,” the mayor, a tired woman, and the crowd said.")]   // the second comma is no apposition's close before the verb
        [InlineData("“We will win,” Lund, tired and angry, said.")]                   // a lower-case apposition must open with its determiner
        public void NoApposition(string body)
        {
            Assert.Empty(RunRules(body, new QuoteThenDescription()).Found);
        }

        [Fact]
        public void AnExclamationThatClosesTheSentenceStillTakesTheClauseAfterIt()
        {
            var a = Of(RunRules("“The harbour town is proud to cast its votes for the next mayor!” Harbour Senator Jo Bell said as he opened the count.", new QuoteThenDescription()), "")!;
            Assert.Equal("Harbour Senator Jo Bell", a.Source!.Text);
        }

        [Fact]
        public void ACueWordAfterAPossessiveInApostropheSIsTheOwnersNounOrItsModifier()
        {
            // "written" after "senator's" modifies the statement, and the verb of saying comes after it ("reply" after "master's" is a noun)
            var a = Of(RunRules("“We sail at dawn,” the harbour senator's written statement said.", new QuoteThenDescription()), "")!;
            Assert.Equal("the harbour senator's written statement", a.Source!.Text);
        }

        [Fact]
        public void TheNameAtTheEndOfThePhraseIsTheSpeakersName()
        {
            var q = Q(Quotes("“We will not run his columns again,” Harbour Gazette opinion editor Jo Bell told the magazine."), "We will");
            Assert.Equal("Jo Bell", q.Speaker);
        }

        [Theory]
        [InlineData("“Call the roll,” came shouts from the crowd, as the crowd booed.")]                                 // no determiner, no name: no speaker
        [InlineData("The marchers sang “stronger together,” playing on the mayor's more divisive remarks about the port.")] // a participle goes on with the writer's sentence
        [InlineData("“Tidewater Nights,” which critics praised, is back.")]                                                  // a clause word
        [InlineData("“It works,” in the mayor's words, said nothing new.")]                                                  // a preposition first
        [InlineData("The crowd sang “Anchors Aweigh” and the captain said nothing.")]                                      // no comma of its own: no attribution after it
        [InlineData("“We will win,” the mayor, who was tired, said.")]                                                     // a comma inside the phrase
        [InlineData("“There was no firing from our side,” a senior military these told reporters.")]                        // a second determiner: no one phrase
        [InlineData("Asked whether Kell “has the integrity to serve as mayor,” 75 percent of voters said yes.")]         // a question's words are the asker's
        [InlineData("“The port has control over the river,” Kell said.Kell claimed that he learned this from traders.")] // words run together over a full stop
        // a noun after a possessive in 's is no verb of saying (with a verb the lexicon lacks: "riffed" is now a verb of speech)
        [InlineData("“That is not what happened,” the ferry captain pounced on the harbour master's reply, drawing laughs.")]
        public void NoSpeakerWithoutThatShape(string body)
        {
            Assert.Empty(RunRules(body, new QuoteThenDescription()).Found);
        }
    }
}
