using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A fragment of three words or more quoted in the verb phrase right after the subject that opens the sentence is the
    /// subject's (FragmentOfSubject), also when that verb has a finite auxiliary ("has ordered", "will close") and when an
    /// aside set off by commas stands between the subject and its verb ("The harbour board, chaired by Ada Lund, has …").
    /// A finite auxiliary of a later clause with its own subject still keeps the fragment from the first.
    /// </summary>
    public class FragmentAfterAuxiliaryTests
    {
        private const string Opening = "The storm closed the old pier on Friday.\n\n";

        [Theory]
        [InlineData("The harbour board has decided to close the ferry berths “with immediate effect” and to review every lease.")]
        [InlineData("The harbour board, chaired by Mayor Ada Lund, has decided to close the ferry berths “with immediate effect” and to review every lease.")]
        [InlineData("The Harbour Board of the Northern Isles has ordered the ferry berths closed “with immediate effect” from Monday.")]
        public void AFragmentInTheVerbPhraseAfterAnAuxiliaryIsTheSubjects(string body)
        {
            var q = Assert.Single(Quotes(Opening + body));
            Assert.Contains("harbour board", (q.Speaker ?? "").ToLowerInvariant());
            Assert.Equal("FragmentOfSubject", q.Rule);
        }

        [Theory]
        [InlineData("The dockers had ropes at the ready to “haul the old barge ashore” before the tide.")]
        [InlineData("The harbour board, which met on Monday, leads with “keep the berths open” in the survey.")]
        public void NoVerbAfterTheAuxiliaryOrTheAsideReadsNoFragment(string body)
        {
            // "had ropes": no verb after the auxiliary (a noun); "leads": after an aside, no verb of the lexicon nor a participle
            Assert.DoesNotContain(Quotes(Opening + body), x => x.Rule == "FragmentOfSubject");
        }

        [Fact]
        public void AnAuxiliaryOfAnotherClauseKeepsTheFragmentFromTheFirstSubject()
        {
            // "the ferries have …": a clause with its own subject after the verb: not the board's words
            var q = Quotes(Opening + "The harbour board decided on Monday that the ferries have to leave “with immediate effect” after the storm.");
            Assert.DoesNotContain(q, x => x.Rule == "FragmentOfSubject");
        }
    }
}
