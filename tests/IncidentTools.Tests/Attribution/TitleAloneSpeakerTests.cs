using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A title written with a capital after "the" and no name ("The General said") stands for the holder named before
    /// with that title, as "the general" in lower case does; not a person named "General".
    /// </summary>
    public class TitleAloneSpeakerTests
    {
        [Fact]
        public void ACapitalisedTitleAfterTheIsTheHolderNamedBefore()
        {
            var q = Quotes("Major General Tomas Reyes inspected the bridge on Monday. “The repairs will take a month,” the General said.");
            Assert.Equal("Tomas Reyes", Assert.Single(q).Speaker);
        }

        [Fact]
        public void ATitleWithANameAfterItIsStillThatName()
        {
            // near miss: the title before a name is the name's title, not a description
            var q = Quotes("Major General Tomas Reyes inspected the bridge on Monday. “The repairs will take a month,” said General Ana Lima.");
            Assert.Equal("Ana Lima", Assert.Single(q).Speaker);
        }
    }
}
