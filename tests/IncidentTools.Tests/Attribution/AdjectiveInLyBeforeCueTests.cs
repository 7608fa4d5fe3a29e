using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The ferry board's weekly report said …", "the previously announced closure": a word in -ly alone between an article or a
    /// possessive and a cue word is the noun's adjective, so the cue word is a noun and no verb of a subject before it. After a
    /// subject with its auxiliary ("Some have openly wondered") or a plain subject ("Some openly wondered") it stays a verb.
    /// </summary>
    public class AdjectiveInLyBeforeCueTests
    {
        [Fact]
        public void AReportAfterAPossessiveAndAnAdjectiveInLyIsTheSubject()
        {
            var records = Attributions("The ferry board's weekly report said crossings fell by a third in May.");
            Assert.DoesNotContain(records, a => a.Cue == "report");
            var said = Assert.Single(records, a => a.Cue == "said");
            Assert.Equal("The ferry board's weekly report", said.Source);
            Assert.Equal("crossings fell by a third in May", said.Content);
        }

        [Fact]
        public void AParticipleAfterAnArticleAndAnAdverbIsNoCue()
        {
            var records = Attributions("The previously announced closure of the pier means the ferries will stop in June.");
            Assert.DoesNotContain(records, a => a.Cue == "announced");
        }

        [Fact]
        public void NotAfterAPlainSubject()
        {
            var records = Attributions("Some openly wondered whether the pier would reopen before the summer.");
            var wondered = Assert.Single(records, a => a.Cue == "wondered");
            Assert.Equal("Some", wondered.Source);
        }
    }
}
