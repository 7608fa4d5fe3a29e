using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Appositions a reader meets on new text: a description that opens the sentence before a name and its comma, a
    /// verb phrase after a name's comma that is no apposition ("Jo Bell, declined to comment"), an organisation's
    /// common noun before its name, and a description with a phrase after its head before a name.
    /// </summary>
    public class AppositionShapesTests
    {
        [Theory]
        [InlineData("The harbour's spokeswoman, Jo Bell, declined to comment.")]
        [InlineData("The umpire, Colin Webb, declined to comment on the ruling.")]
        public void ADescriptionOpeningTheSentenceIsNoContent(string body)
        {
            // the description and the name are one subject: no claim whose content is the description
            Assert.DoesNotContain(Attributions(body), a => a.Rule == nameof(ContentThenCue));
        }

        [Fact]
        public void AQuotationBeforeADescriptionTheLexiconDoesNotKnow()
        {
            var q = Assert.Single(Quotes("“We need tents,” a village elder, Ghulam Rasool, said."));
            Assert.Equal("Ghulam Rasool", q.Speaker);
            Assert.Equal("We need tents,", q.Text);
        }

        [Fact]
        public void ContentBeforeTheDescriptionStaysContent()
        {
            // near miss: a clause before the description is what was said
            var a = Attributions("The umpire was wrong, the club's secretary, Colin Webb, said.").Single(x => x.Rule == nameof(ContentThenCue));
            Assert.Equal("The umpire was wrong", a.Content);
            Assert.Equal("Colin Webb", a.Source);
        }

        [Theory]
        // "speaking to …" between the name's commas says where the words were said; "The last time Ada Lund came …" says when:
        // neither is who the speaker is. Near miss of each: a description between the commas, or lower-case words of an office
        // before the name, are the role.
        [InlineData("Ada Lund, speaking to reporters on Sunday, said the ferry would sail. “It is safe,” she said.",
                    "Ada Lund, a harbour pilot, said the ferry would sail. “It is safe,” she said.", "harbour pilot")]
        [InlineData("The last time Ada Lund came to Stenport, the ferry was late. “It is late again,” Lund said.",
                    "Harbour master Ada Lund came to Stenport. “It is late again,” Lund said.", "Harbour master")]
        public void AnAsideOfTheOccasionIsNoRole(string body, string nearMiss, string role)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Null(q.Role);
            Assert.Equal(role, Assert.Single(Quotes(nearMiss)).Role);
        }

        [Fact]
        public void AVerbPhraseAfterANameIsNoApposition()
        {
            var all = Attributions("Jo Bell, declined to comment on the ferry.");
            Assert.DoesNotContain(all, x => x.Rule == nameof(ContentThenCue));
            var a = all.Single(x => x.Cue == "declined");
            Assert.Equal("Jo Bell", a.Source);
            // near miss: an apposition with "to" and no verb of saying after it is still one
            var q = Assert.Single(Quotes("“The ferry will not sail,” Jo Bell, adviser to the harbour board, said."));
            Assert.Equal("Jo Bell", q.Speaker);
            Assert.Equal("adviser to the harbour board", q.Role);
        }

        [Fact]
        public void AnOrganisationsCommonNounBeforeItsName()
        {
            var q = Assert.Single(Quotes("“The runway will reopen on Monday,” the airline, Skylark Air, said."));
            Assert.Equal("Skylark Air", q.Speaker);
            Assert.Equal("The runway will reopen on Monday,", q.Text);
            Assert.Equal(nameof(QuoteThenCue), q.Rule);
        }

        [Theory]
        [InlineData("“The berths are full,” a spokesman for the port, Amir Khan, said.", "Amir Khan")]
        [InlineData("“The berths are full,” said a spokesman for the port, Amir Khan.", "Amir Khan")]
        public void ANameAfterADescriptionWithItsPhrase(string body, string speaker)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(nameof(QuoteThenCue), q.Rule);
        }

        [Theory]
        // the name may be the mayor's, the airline's own or the place's tail: not the description's speaker
        [InlineData("“The bridge is safe,” a spokesman for the mayor, Jo Bell, said.", "Jo Bell")]
        [InlineData("“The runway is safe,” a spokesman for the airline, Skylark, said.", "Skylark")]
        public void ANameAfterAPhraseOfAPersonOrAnOrganisationIsNotTheSpeaker(string body, string name)
        {
            var q = Assert.Single(Quotes(body));
            Assert.False(q.Rule == nameof(QuoteThenCue) && q.Speaker == name);
        }

        [Fact]
        public void ANameAfterADescriptionWithAPlaceSpeaks()
        {
            var a = Attributions("Our correspondent in Stenport, David Oyelaran, says the roads are closed.").Single();
            Assert.Equal("David Oyelaran", a.Source);
            Assert.Equal("the roads are closed", a.Content);
            // near miss: after a place, a word that is no given name goes on with the place
            var b = Attributions("A fisherman in Stenport, Nordland, told me the roads are closed.").Single(x => x.Cue == "told");
            Assert.NotEqual("Nordland", b.Source);
        }
    }
}
