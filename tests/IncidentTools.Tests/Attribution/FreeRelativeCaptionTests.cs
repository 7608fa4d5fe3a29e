using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "How long the Pakistani army says the strike went on. It says …": an explainer's caption that is a free relative (words.txt
    /// wh-lead, Clauses.FreeRelativeSubject) has no subject of its own, yet puts its subject in view, so the "it" of the next
    /// sentence is that body, of its side. Near misses: a question with its own verb, and a caption naming nobody. Texts written
    /// for these tests.
    /// </summary>
    public class FreeRelativeCaptionTests
    {
        private static readonly PartyDefinition[] Sides = TestSides.NorwayAndSwedenWithBodies;

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes("The ferry collision in numbers", body, Sides);

        [Theory]
        [InlineData("How long the Norwegian navy says the search went on.")]
        [InlineData("What the Norwegian navy says happened.")]
        [InlineData("Why the Norwegian navy says it stopped.")]
        public void TheCaptionsSubjectIsTheItAfterIt(string caption)
        {
            // before: no speaker for "It", the caption's subject unread
            var qs = Quotes("Six days\n\n" + caption + " It says \"its divers were on the telephone to the harbour.\"\n");
            var q = QuoteTestText.Q(qs, "its divers were on the telephone");
            Assert.Equal("Norwegian navy", q.Speaker);
            Assert.Equal("Norway", q.Party);
        }

        [Fact]
        public void AHeadingThatAsksWhatASideSaysPutsItInView()
        {
            var qs = Quotes("What does the Swedish navy say?\n\nIt says \"its divers were on the telephone to the harbour.\"\n");
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "its divers were on the telephone").Party);
        }

        [Fact]
        public void TheHeadlinesFreeRelativeIsTheTopicNotASpeakerInView()
        {
            // "What the navies say: …" as the headline names the digest's topic; the bare "the navy" after it is no navy of the headline
            var qs = QuoteTestText.Quotes("What the navies say: the ferry collision", "The Swedish navy spoke first. The navy later said \"its divers were on the telephone.\"\n", Sides);
            Assert.Equal("Sweden", QuoteTestText.Q(qs, "its divers were on the telephone").Party);
        }

        [Fact]
        public void ACaptionThatNamesNobodyPutsNoOneInView()
        {
            var qs = Quotes("Six days\n\nHow long the search went on. It says \"its divers were on the telephone to the harbour.\"\n");
            Assert.Null(QuoteTestText.Q(qs, "its divers were on the telephone").Party);
        }
    }
}
