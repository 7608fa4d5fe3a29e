using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The mayor honoured the nurses and porters who stayed at their posts, saying, “…”": the people a coordinator joins after
    /// a noun of people are the object of the verb before, and the participle of saying after their comma hangs on that verb's
    /// subject, not on them. A cue of their own after the same conjunct ("and the porters said") is still theirs. Texts of the
    /// test's own.
    /// </summary>
    public class ParticipleAfterConjunctOfPeopleTests
    {
        [Fact]
        public void AParticipleAfterTheSecondConjunctIsTheSubjectsWords()
        {
            var quotes = Quotes("The harbour master thanked the pilots and deckhands who worked through the storm, saying, " +
                                "“The town owes them a great deal.”");
            var q = Q(quotes, "The town owes");
            Assert.Equal("harbour master", q.Speaker);
        }

        [Fact]
        public void ARelativeClauseOnTheConjunctDoesNotMakeItTheSpeaker()
        {
            var quotes = Quotes("The governor paid tribute to the nurses and orderlies who kept the ward open, saying, " +
                                "“Nobody asked them to stay.”");
            Assert.NotEqual("orderlies who kept the ward open", Q(quotes, "Nobody asked").Speaker);
            Assert.Equal("governor", Q(quotes, "Nobody asked").Speaker);
        }

        [Fact]
        public void AFiniteCueOfTheConjunctStaysTheirs()
        {
            // near miss: "and the deckhands said" opens a clause of its own, no participle after a comma
            var quotes = Quotes("The harbour master thanked the pilots and the deckhands said, “We only did our jobs.”");
            Assert.Equal("deckhands", Q(quotes, "We only did").Speaker);
        }
    }
}
