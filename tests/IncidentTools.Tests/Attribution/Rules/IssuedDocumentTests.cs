using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>IssuedDocument: a quotation in a participle's phrase after a document the subject issues is the issuer's.</summary>
    public class IssuedDocumentTests
    {
        [Theory]
        [InlineData("The harbour board released a statement Friday condemning the “reckless” vote on the pier.", "The harbour board", "reckless", "condemning")]
        [InlineData("The union published full-page ads calling the merger a “costly mistake.”", "The union", "costly mistake", "calling")]
        [InlineData("Councillor Ada Lund posted a short video on Sunday urging voters to “stay home and stay safe.”", "Councillor Ada Lund", "stay home", "urging")]
        [InlineData("The ferry company issued a letter to its customers describing the delays as “entirely avoidable.”", "The ferry company", "entirely avoidable", "describing")]
        [InlineData("Mayor Tom Reyes has released a brief written statement dubbing the pier the “harbour of hope.”", "Mayor Tom Reyes", "harbour of hope", "dubbing")]
        [InlineData("The union published a statement calling the merger a “costly mistake.”", "The union", "costly mistake", "calling")]
        [InlineData("The ferry company issued a letter to customers describing the delays as “entirely avoidable.”", "The ferry company", "entirely avoidable", "describing")]
        public void TheIssuerSpeaksThroughTheDocument(string body, string mention, string quote, string cue)
        {
            var a = Of(RunRules(body, new IssuedDocument()), quote)!;
            Assert.Equal("IssuedDocument", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The mayor wore a cap reading “Save the Pier” at the rally.")]                                    // worn, not issued
        [InlineData("The harbour board released a statement Friday, and critics called the vote “reckless.”")]        // another clause between
        [InlineData("The harbour board released a statement Friday showing “steady growth” at the port.")]             // a participle that voices nothing
        [InlineData("Critics said the board released a statement condemning the “reckless” vote.")]                    // the issuer is not the sentence's subject
        [InlineData("The statement released Friday condemning the “reckless” vote was brief.")]                         // no subject issues it
        [InlineData("The harbour board released a statement Friday condemning what Lund called “reckless” spending.")] // another clause between
        [InlineData("It released a statement calling the vote “reckless.”")]                                          // "it" speaks no words
        public void NoIssuerWhoseWordsTheyAre(string body)
        {
            var context = RunRules(body, new IssuedDocument());
            Assert.DoesNotContain(context.Found, a => a.Rule == "IssuedDocument");
        }

        [Fact]
        public void TheWholePipelineGivesTheQuotationToTheIssuer()
        {
            var q = Q(Quotes("The union published full-page ads calling the merger a “costly mistake.”"), "costly mistake");
            Assert.Equal("The union", q.SpeakerMention);
            Assert.Equal("IssuedDocument", q.Rule);
        }
    }
}
