using System;
using System.Linq;
using IncidentTools.Tests.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A "he" or "she" inside a transcript's labelled turn stands for someone of that turn or of the turn before it (the
    /// question), never for a person the story's lead named before the exchange; and a pronoun in a turn that stays
    /// unresolved takes no side from the turn's speaker (who is "I", never "he"). Texts of the tests' own.
    /// </summary>
    public class PronounInTurnTests
    {
        private const string Briefing =
            "A Southland army spokesman, Col. Ivo Marsh, said on Sunday that the raid was unprovoked.\n\n" +
            "Q: What happens to the ferry routes?\n\n" +
            "MR. LIND: We have other routes. We are working through it with them.\n\n" +
            "Q: Will Northland apologise?\n\n" +
            "MR. LIND: The Minister and the President have expressed their regret. I'd point you to the Minister's words. " +
            "He said this was \"a terrible loss for both our peoples\" and that we will find out what happened.\n";

        [Fact]
        public void AHeInATurnDoesNotReachThePersonOfTheStorysLead()
        {
            var quotes = QuoteRuleText.Quotes(Briefing);
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("a terrible loss", StringComparison.Ordinal) && q.Speaker != null && q.Speaker.Contains("Marsh"));
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("a terrible loss", StringComparison.Ordinal) && q.Speaker != null && q.Speaker.Contains("spokesman"));
        }

        [Fact]
        public void AHeInATurnStillReachesThePersonTheQuestionNamed()
        {
            var quotes = QuoteRuleText.Quotes(
                "Q: What happens to the ferry routes?\n\n" +
                "MR. LIND: We have other routes.\n\n" +
                "Q: Has General Ada Brandt's deputy, Colonel Tomas Vik, spoken to you?\n\n" +
                "MR. LIND: Yes. He told me that the ferries were \"never a target of any kind\" and I believe him.\n");
            var q = QuoteRuleText.Q(quotes, "never a target");
            Assert.Equal("Tomas Vik", q.Speaker);
        }

        [Fact]
        public void AnUnresolvedPronounInATurnTakesNoSideFromTheTurnsSpeaker()
        {
            using var folder = new TempFolder();
            var corpus = ShippedManifestCueGapTests.Load(folder,
                "Transcript of a Pentagon briefing on the inquiry",
                "Q: What went wrong that night?",
                "GEN. DALTON: The patrol came under fire from the ridge.",
                "Q: Did the coalition have the locations of the posts?",
                "GEN. DALTON: The data existed. Our people passed a location to a liaison officer that was off by a mile. He told us there were no troops there, and on that basis he was right.");
            var told = Assert.Single(corpus.Claims, c => c.Content.StartsWith("there were no troops there", StringComparison.Ordinal));
            Assert.Null(told.Speaker);
            Assert.Null(told.Party);
        }
    }
}
