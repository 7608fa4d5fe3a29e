using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Rawalpindi, where the army has its headquarters, dismissed …": a clause of a relative adverb ("where") set off by
    /// commas between the subject and its verb is an aside, as one of "who" or "which" is; the subject is the noun phrase
    /// before it, not a noun phrase inside the aside ("its headquarters"). A seat of command a paper names for a
    /// government (countries.txt: Rawalpindi for Pakistan's army, as the Pentagon for the United States) speaks for that
    /// country when it stands alone as the subject, not inside a person's description ("a shopkeeper in Rawalpindi").
    /// </summary>
    public class PlaceRelativeAsideTests
    {
        [Theory]
        [InlineData("The port authority, where the pilots are trained, denied that the crew had been warned.", "The port authority", "port authority")]
        [InlineData("The Marrow Street office, where the inquiry was run, denied that the crew had been warned.", "The Marrow Street office", "Marrow Street office")]
        public void TheSubjectBeforeAWhereAsideReportsTheClause(string sentence, string source, string speaker)
        {
            var a = Attributions("The ferry ran aground on Sunday.\n\n" + sentence).Single(x => x.Content == "the crew had been warned");
            Assert.Equal("CueThenContent", a.Rule);
            Assert.Equal(source, a.Source);
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("denied", a.Cue);
        }

        [Fact]
        public void TheArmysSeatOfCommandSpeaksForItsCountry()
        {
            var a = Attributions("The border posts were hit on Sunday.\n\nRawalpindi, where the army keeps its headquarters, dismissed the inquiry as one-sided.")
                .Single(x => x.Content == "the inquiry as one-sided");
            Assert.Equal("Rawalpindi", a.Source);
            Assert.Equal("Rawalpindi", a.Speaker);
            Assert.Equal("Pakistan", a.Party);
        }

        [Fact]
        public void APersonInTheCityIsNoSide()
        {
            var a = Attributions("The border posts were hit on Sunday.\n\nA shopkeeper in Rawalpindi dismissed the inquiry as one-sided.")
                .Single(x => x.Content == "the inquiry as one-sided");
            Assert.Equal("shopkeeper in Rawalpindi", a.Speaker);
            Assert.Null(a.Party);
        }

        [Fact]
        public void AWhereClauseThatRunsOnKeepsItsOwnSubject()
        {
            // no comma closes the clause before its verb: the verb is the clause's own, its subject the pilots
            var a = Attributions("The ferry ran aground on Sunday.\n\nInspectors toured the harbour, where the pilots denied that the crew had been warned.")
                .Single(x => x.Content == "the crew had been warned");
            Assert.Equal("pilots", a.Speaker);
        }
    }
}
