using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The HeadlineOverInterview rule: a headline that is one quotation over an interview in labelled turns (texts of its own).</summary>
    public class HeadlineOverInterviewTests
    {
        private const string Headline = "‘We will not rebuild the pier without the money’";

        private const string Intro = "Harbour Master Piet Marsh spoke to The Kestrel Courier at the port on Monday.\n\n";

        private const string Turns =
            "Kestrel Courier: When will the pier reopen?\n\n" +
            "Marsh: Not before the money comes. The council knows our position.\n\n" +
            "KC: The ferries have been late all week.\n\n" +
            "Marsh: They run every hour, and they will keep running.";

        [Fact]
        public void TheHeadlineIsTheIntervieweesWords()
        {
            var found = Run(Headline, Intro + Turns, out var ctx);
            var headline = Assert.Single(found, f => f.Content.StartsWith("We will not rebuild"));
            Assert.Equal("HeadlineOverInterview", headline.Rule);
            Assert.Equal("Piet Marsh", headline.Record.Speaker?.Display);
        }

        [Fact]
        public void AThirdVoiceMakesItNoInterviewWithOnePerson()
        {
            var found = Run(Headline, Intro + Turns + "\n\nLund: The money is there.\n\nOrtiz: It is not.\n\nKC: Who pays?", out _);
            Assert.DoesNotContain(found, f => f.Rule == "HeadlineOverInterview");
        }

        [Fact]
        public void WithNoIntervieweeNamedTheHeadlineIsLeft()
        {
            var found = Run(Headline, "The harbour master took our questions at the port on Monday.\n\n" + Turns, out _);
            Assert.DoesNotContain(found, f => f.Rule == "HeadlineOverInterview");
        }

        [Fact]
        public void AHeadlineWithWordsBesideTheQuotationIsLeft()
        {
            var found = Run("Marsh on the pier: ‘We will not rebuild without the money’", Intro + Turns, out _);
            Assert.DoesNotContain(found, f => f.Rule == "HeadlineOverInterview");
        }
    }
}
