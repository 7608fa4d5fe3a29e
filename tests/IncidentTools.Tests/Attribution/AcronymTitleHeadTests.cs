using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Acme's CTO, Jo Bell, said": an office written as capitals (CEO, CFO, CTO, COO; speaker nouns tagged capitalised)
    /// heads the description after its owner, so the name in apposition is the speaker and the owned office its role,
    /// not the reverse (the capitalised run "Acme's CTO" read as a person's name, "Jo Bell" as a role).
    /// </summary>
    public class AcronymTitleHeadTests
    {
        [Theory]
        [InlineData("“Sales fell,” Acme's CTO, Jo Bell, said.", "Jo Bell", "Acme's CTO")]
        [InlineData("“Sales fell,” the company's CFO, Amy Hood, told analysts.", "Amy Hood", "company's CFO")]
        [InlineData("“The plant will reopen,” said Acme's COO, Tom Reyes.", "Tom Reyes", "Acme's COO")]
        public void TheNameAfterAnOwnedOfficeInCapitalsSpeaks(string body, string speaker, string role)
        {
            var q = Assert.Single(Quotes(body));
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(role, q.Role);
        }

        [Fact]
        public void AnOwnedOfficeInCapitalsWithNoNameStaysTheDescription()
        {
            // no name follows: the office is the speaker as written, and no earlier person is taken for it
            var quotes = Quotes("Jo Bell sails the ferry. “Sales fell,” Acme's CTO said.");
            var q = Q(quotes, "Sales fell");
            Assert.Equal("Acme's CTO", q.SpeakerMention);
            Assert.NotEqual("Jo Bell", q.Speaker);
            Assert.Null(q.Role);
        }

        [Fact]
        public void TheReportedSpeechOfAnOwnedOfficeInCapitalsIsTheNames()
        {
            var a = Assert.Single(Attributions("Acme's CTO, Jo Bell, said the servers were safe."));
            Assert.Equal("Jo Bell", a.Speaker);
            Assert.Equal("Acme's CTO", a.Role);
        }
    }
}
