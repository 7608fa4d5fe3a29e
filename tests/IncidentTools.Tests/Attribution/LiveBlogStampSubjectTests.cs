using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>A live blog's clock stamp before an entry's subject: no part of it, and the colon of its time no clause mark (texts of their own).</summary>
    public class LiveBlogStampSubjectTests
    {
        private const string Blog =
            "14:20 GMT - Harbour spokesman Capt Odrin Kamal tells Radio Nine the pier was shelled without warning. He says the board will \"rebuild it.\"\n\n" +
            "14:05 GMT - Mayor Ada Lund says the city is safe.";

        [Fact]
        public void TheSubjectAfterAClockStampIsTheWholeTitledName()
        {
            var found = Run(Blog);
            var kamal = found.Single(f => f.Cue == "tells");
            Assert.Equal("Harbour spokesman Capt Odrin Kamal", kamal.Source);
            Assert.Equal("the pier was shelled without warning", kamal.Content);
            Assert.Equal("Odrin Kamal", kamal.Record.Speaker?.Display);
            Assert.Equal("Mayor Ada Lund", found.Single(f => f.Content == "the city is safe").Source);
            // the "he" of the entry is the spokesman named in full
            Assert.Equal("Odrin Kamal", Q(Quotes("Live: harbour strike", Blog, null), "rebuild it").Speaker);
        }

        [Fact]
        public void WithoutAStampTheSubjectIsTheSame()
        {
            // the near miss: the same entry with no stamp reads the same subject
            var found = Run("Harbour spokesman Capt Odrin Kamal tells Radio Nine the pier was shelled without warning.");
            Assert.Equal("Harbour spokesman Capt Odrin Kamal", found.Single(f => f.Cue == "tells").Source);
        }
    }
}
