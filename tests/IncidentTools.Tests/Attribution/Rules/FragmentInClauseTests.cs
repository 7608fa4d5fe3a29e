using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>
    /// Fragments quoted in a clause other than the sentence's main one (issue #8, frag17): a relative clause of a person
    /// and a subordinate clause already give the fragment to that clause's subject through the cue rules, before
    /// FragmentOfSubject; a relative clause of a thing or a document gives it to no one. These pin that whole-pipeline
    /// behaviour so that a change to the order of the rules or to FragmentOfSubject's subjects shows here.
    /// </summary>
    public class FragmentInClauseTests
    {
        [Theory]
        // a relative clause whose antecedent is a person: "who" stands for that person
        [InlineData("Mayor Ana Reyes, who has called the harbour plan “a giveaway to developers,” said on Tuesday that the council would vote in May.", "a giveaway", "who", "Ana Reyes")]
        [InlineData("Councillor Ada Lund, who vowed “no new ferry fees” in her first race, lost the primary.", "no new ferry", "who", "Ada Lund")]
        // a subordinate clause: its own subject
        [InlineData("Councillor Ada Lund spoke at the pier.\n\nThe board met on Friday after she promised “a full review of every contract.”", "a full review", "she", "Ada Lund")]
        public void TheClausesSubjectSaidTheFragment(string body, string quote, string mention, string speaker)
        {
            var q = Q(Quotes(body), quote);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("Voters saw an ad that urges “a fresh start for the harbour” on Tuesday.", "a fresh start")]      // a document's relative: its sponsor is not in the sentence
        [InlineData("The ferry, which carries “the heaviest loads on the coast,” docked late.", "the heaviest")]     // a thing's relative that voices nothing
        public void ARelativeOfAThingGivesTheFragmentToNoOne(string body, string quote)
        {
            var quotes = Quotes(body);
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith(quote, System.StringComparison.Ordinal) && q.SpeakerMention != null);
        }
    }
}
