using System.Collections.Generic;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Correspondent (Tom Reyes): The Ruritanian government's position is simple. The ministry still says …": the first
    /// sentence of a labelled turn has its subject after the label, so a bare institution later in the turn is the side
    /// that subject named, not the side named before the turn. A label of a role and the name in brackets is a turn of a
    /// dialogue (a name that speaks twice), and not once alone or without a speaker noun. Texts written for these tests.
    /// </summary>
    public class TurnLabelSubjectTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body) => DateOpeningSubjectTests.Quotes(body);

        private const string After = "\n\nHost (Ada Berg): Thank you, Tom.";

        private const string Before = "Host (Ada Berg): Good evening. The Bordurian Navy said on Friday that the ferries had been warned. What does the other side say?\n\n";

        [Fact]
        public void TheTurnsFirstSubjectIsReadAfterItsLabel()
        {
            var quotes = Quotes(Before + "Correspondent (Tom Reyes): The Ruritanian government's position is simple. The ministry still says: “The ferries were never warned.”" + After);
            Assert.Equal("Ruritania", QuoteTestText.Q(quotes, "The ferries were never warned").Party);
        }

        [Fact]
        public void ARoleWithTheNameInBracketsLabelsATurnOfADialogue()
        {
            var quotes = Quotes(Before + "Correspondent (Tom Reyes): I was at the quay. “The ferries were never warned,” said one pilot." + After);
            var attributions = QuoteRuleText.Attributions(Before + "Correspondent (Tom Reyes): I was at the quay all day." + After);
            Assert.Contains(attributions, a => a.Rule == "TranscriptSpeaker" && a.Speaker == "Tom Reyes" && a.Content.StartsWith("I was at the quay", System.StringComparison.Ordinal));
            // a quotation inside the turn keeps its own speaker
            Assert.Equal("pilot", QuoteTestText.Q(quotes, "The ferries were never warned").Speaker);
        }

        [Fact]
        public void ABracketLabelOnceOrWithoutARoleNounIsNoTurn()
        {
            // one such label only (no dialogue), and a label whose words before the bracket name no speaker
            Assert.DoesNotContain(QuoteRuleText.Attributions("Correspondent (Tom Reyes): I was at the quay all day."), a => a.Rule == "TranscriptSpeaker");
            Assert.DoesNotContain(QuoteRuleText.Attributions("Update (Tom Reyes): The quay is open.\n\nUpdate (Tom Reyes): The quay is shut."), a => a.Rule == "TranscriptSpeaker");
        }

        [Fact]
        public void APlaceInBracketsAfterARoleIsNoSpeaker()
        {
            // where the correspondent reports from, in capitals or as written: no name, so no turn of a speaker called "London"
            const string dialogue = "HOST: Good evening.\n\nREPORTER (LONDON): The ferry talks ended without a deal tonight.\n\nHOST: Thank you.\n\nREPORTER (LONDON): They resume on Monday.";
            Assert.DoesNotContain(QuoteRuleText.Attributions(dialogue), a => a.Rule == "TranscriptSpeaker");
            Assert.DoesNotContain(QuoteRuleText.Attributions(Before + "Correspondent (Washington): I was at the quay all day." + After), a => a.Content.StartsWith("I was at the quay", System.StringComparison.Ordinal));
            // near miss: a name in the same brackets is the speaker
            Assert.Contains(QuoteRuleText.Attributions(dialogue.Replace("(LONDON)", "(TOM REYES)")), a => a.Rule == "TranscriptSpeaker" && a.Content.StartsWith("The ferry talks", System.StringComparison.Ordinal));
        }

        [Fact]
        public void WithoutASubjectAfterTheLabelTheSideNamedBeforeStands()
        {
            // near miss: the turn opens with an address, not a subject; nothing here names the ministry's side
            var quotes = Quotes(Before + "Correspondent (Tom Reyes): Well, Ada, it is simple. The ministry still says: “The ferries were never warned.”" + After);
            Assert.NotEqual("Ruritania", QuoteTestText.Q(quotes, "The ferries were never warned").Party);
        }
    }
}
