using IncidentTools.Attribution.Rules;
using IncidentTools.Text;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// "portray" names what its subject holds its object to be, as "describe" does: its participle after a comma takes the
    /// sentence's subject ("…, portraying the ferries as “…”"), like "calling", "describing" and "labeling". Invented harbour text.
    /// </summary>
    public class PortrayingParticipleTests
    {
        [Theory]
        [InlineData("The harbour board has staked its budget on the ferries, portraying them as “a bargain for the town.”", "The harbour board")]
        [InlineData("On Monday, Mayor Ada Lund tried to turn the tables, portraying her rival as “a friend of the developers.”", "Mayor Ada Lund")]
        public void TheSubjectSaidIt(string body, string mention)
        {
            var a = Of(RunRules(body, new ParticipleCue()), "")!;
            Assert.Equal("ParticipleCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("portraying", a.CueWords!.Text);
        }

        [Fact]
        public void APassiveParticipleAfterANounNamesNoSpeaker() =>
            Assert.Empty(RunRules("The new ferries, portrayed as “a bargain for the town,” cost more than the pier.", new ParticipleCue()).Found);

        [Fact]
        public void PortrayMayIntroduceAQuotation()
        {
            Assert.True(Lexicon.Verb("portraying")!.Has(VerbTag.Before));
            Assert.True(Lexicon.Verb("portrayed")!.Has(VerbTag.Naming));
        }
    }
}
