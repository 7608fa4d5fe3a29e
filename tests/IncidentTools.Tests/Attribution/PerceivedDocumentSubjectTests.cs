using System.Collections.Generic;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "A memo seen by reporters said …", "An email seen by the newspaper says …": after a document a past participle of
    /// perceiving or recording (words.txt perception: "seen", "shown") opens a phrase of its own whose "by" names who saw the
    /// document, never its speaker; the document is the source (it was "reporters", a wrong speaker). Invented harbour texts.
    /// </summary>
    public class PerceivedDocumentSubjectTests
    {
        private static IReadOnlyList<Found> Claims(string body) => Run(body, new CueThenContent());

        [Theory]
        [InlineData("A memo seen by reporters said the harbour board could not find the missing files.", "A memo", "reporters")]
        [InlineData("An internal email seen by the newspaper says the mayor knew of the plan to close the pier.", "An internal email", "the newspaper")]
        public void TheDocumentIsTheSourceNotWhoSawIt(string sentence, string document, string viewer)
        {
            // the source is the document's whole phrase ("A memo seen by reporters"), never the one who saw it alone
            var found = Claims(sentence);
            Assert.DoesNotContain(found, x => x.Source == viewer);
            Assert.Contains(found, x => x.Source != null && x.Source.StartsWith(document, System.StringComparison.Ordinal));
        }

        [Fact]
        public void APersonBeforeTheParticipleIsNoDocument()
        {
            // the near miss: a subject with no participle after it keeps its plain reading
            var found = Claims("The harbour master said the pier would stay closed until May.");
            Assert.Contains(found, x => x.Source == "The harbour master");
        }
    }
}
