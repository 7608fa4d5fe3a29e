using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A letter's or a speech's points, "First, …", "Second, the review …", "Third, the mayor said …": the ordinal before its
    /// comma numbers the point and is no speaker; an ordinal in a title or a name ("Second Lieutenant Jo Marsh", "Third Way")
    /// stays part of it. Texts written for these tests.
    /// </summary>
    public class ListOrdinalTests
    {
        [Fact]
        public void AnOrdinalBeforeItsCommaIsNoSpeaker()
        {
            var found = Run("First, we have read the board's review of the collapse. Second, the review describes what it calls \"poor upkeep\" of the pier.\n\n" +
                            "Third, the mayor said the pier was safe.", out _);
            var mayor = found.Single(f => f.Content == "the pier was safe");
            Assert.Equal("the mayor", mayor.Source);
            Assert.Equal("CueThenContent", mayor.Rule);
            var naming = found.Single(f => f.Rule == "NamingVerb");
            Assert.Equal("the review", naming.Source);
            Assert.DoesNotContain(found, f => f.Source == "Third" || f.Source == "Second" || f.Record.Speaker?.Display is "Third" or "Second");
        }

        [Fact]
        public void AnOrdinalInATitleOrANameStaysPartOfIt()
        {
            var found = Run("Second Lieutenant Jo Marsh said the pier was safe.\n\nThird Way, a think tank, said the pier was unsafe.", out _);
            Assert.Equal("Second Lieutenant Jo Marsh", found.Single(f => f.Content == "the pier was safe").Source);
            Assert.Equal("Third Way", found.Single(f => f.Content == "the pier was unsafe").Source);
        }
    }
}
