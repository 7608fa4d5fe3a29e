using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A word that says an office is past ("former", "retired"; words.txt 'past-office'), capitalised or not, before a title
    /// of several words ("Secretary of State") belongs to the title: the name after the title is the speaker, not the
    /// words "Former Secretary".
    /// </summary>
    public class PastOfficeTitleTests
    {
        [Fact]
        public void AFormerSecretaryOfStateOpeningTheSentenceIsThePersonNamed()
        {
            var quotes = Quotes("The levy vote is on Friday.\n\nFormer Secretary of State Ann Lutz urged voters to back the levy: “There is a place for those who help.”");
            Assert.Equal("Ann Lutz", Q(quotes, "There is a place").Speaker);
        }

        [Fact]
        public void AFormerSecretaryOfStateAfterTheQuotationIsThePersonNamed()
        {
            var quotes = Quotes("The levy vote is on Friday.\n\n“We are not winning yet,” said former Secretary of State Ann Lutz.");
            Assert.Equal("Ann Lutz", Q(quotes, "We are not winning").Speaker);
        }
    }
}
