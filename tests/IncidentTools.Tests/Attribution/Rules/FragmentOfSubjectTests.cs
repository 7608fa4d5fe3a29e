using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>FragmentOfSubject: a fragment quoted in the verb phrase of a subject who puts the words forward is the subject's.</summary>
    public class FragmentOfSubjectTests
    {
        [Theory]
        // a verb of the lexicon: praise, blame, stance, naming, speech
        [InlineData("The governor has hailed the deal, a “historic” step for the port.", "The governor", "historic", "hailed")]
        [InlineData("The union slammed the council over its “reckless” handling of the pier.", "The union", "reckless", "slammed")]
        [InlineData("Mayor Tom Reyes insisted on Monday, at a meeting in the harbour hall, on “full transparency.”", "Mayor Tom Reyes", "full transparency", "insisted")]
        // the subject of the nearer clause, not the sentence's
        [InlineData("Mayor Tom Reyes praised the crews, and they called the plan “a fine idea indeed.”", "they", "a fine idea", "called")]
        [InlineData("Councillor Ada Lund dubbed the ferry plan, to laughter from the benches, the “slow boat.”", "Councillor Ada Lund", "slow boat", "dubbed")]
        // a verb of putting forward a phrase of one's own (tagged advocacy)
        [InlineData("She has coined a new phrase, “the forgotten harbour,” to describe the old docks.", "She", "the forgotten", "coined")]
        [InlineData("The senator has pushed his promise of “free ferries” for years.", "The senator", "free ferries", "pushed")]
        [InlineData("The mayor talked up her “harbour-first plan,” promising a new pier.", "The mayor", "harbour-first plan", "talked up")]
        // any verb right after the sentence's subject, for a phrase of three words or more; a pronoun subject
        [InlineData("He offered “my deepest sympathy to the families” at the end of the meeting.", "He", "my deepest", "offered")]
        [InlineData("The mayor credited the crews with “keeping the whole island afloat” through the storm.", "The mayor", "keeping the whole", "credited")]
        public void TheSubjectPutsTheFragmentForward(string body, string mention, string quote, string cue)
        {
            var a = Of(RunRules(body, new FragmentOfSubject()), quote)!;
            Assert.Equal("FragmentOfSubject", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The so-called “reform package” passed the council on Monday.")]                           // a name after "so-called"
        [InlineData("The bill includes “emergency funds for the port” and a new pier.")]                      // a thing, no speaker, as subject
        [InlineData("The board approved nine “nonprobability” samples for the survey.")]                      // one word after a verb that reports nothing
        [InlineData("The pier was described by the council as “a death trap.”")]                              // a passive
        [InlineData("Mayor Tom Reyes praised the crews, and the tide brought “a fine load of timber” ashore.")] // another clause between
        [InlineData("Reyes hailed the deal, which the council had called “a historic moment.”")]              // another clause between
        [InlineData("It depended on the “very conservative voters” of the north.")]                           // "it" speaks no words
        [InlineData("Lund’s appeal for “law and order now” went unanswered.")]                                // an owner, not a subject
        [InlineData("The ferry company issued a report that praised the “new harbour wall” in detail.")]      // a relative pronoun's antecedent
        [InlineData("Hailing the “new harbour wall,” crowds gathered on the pier.")]                          // a participle of another clause
        [InlineData("The plan was talked up as a “turning point” for the port.")]                             // a passive
        [InlineData("The mayor talked to the “usuals” at the pier.")]                                          // "talked" with no "up": puts nothing forward
        public void NoSubjectWhoseWordsTheyAre(string body)
        {
            var context = RunRules(body, new FragmentOfSubject());
            Assert.DoesNotContain(context.Found, a => a.Rule == "FragmentOfSubject");
        }

        [Fact]
        public void TheWholePipelineGivesTheFragmentToTheSubject()
        {
            var q = Q(Quotes("Councillor Ada Lund spoke at the pier on Monday.\n\nShe has coined a new phrase, “the forgotten harbour,” to describe the old docks."), "the forgotten");
            Assert.Equal("She", q.SpeakerMention);
            // a term coined with a noun of words is UsedWording's, which runs first; the fragment reading gives the same subject
            Assert.Equal("UsedWording", q.Rule);
        }

        [Fact]
        public void AWritersScareQuoteAfterAVerbThatReportsNothingStaysUnattributed()
        {
            var quotes = Quotes("Councillor Ada Lund spoke at the pier on Monday.\n\nThe council brought the “usuals” to the opening.");
            Assert.DoesNotContain(quotes, q => q.Rule == "FragmentOfSubject");
        }
    }
}
