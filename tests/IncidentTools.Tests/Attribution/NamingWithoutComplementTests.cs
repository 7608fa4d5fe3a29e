using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A verb of naming ("call", "name", "dub") whose object, a name or an object pronoun, has nothing after it that says what
    /// the object is called (the sentence ends, or "and", a preposition or a subordinator follows, past a time) telephoned or
    /// summoned someone and reports nothing: "called Tom Reyes on Monday", "called him and asked". A second phrase after the
    /// object is a naming and still reports ("called Reyes a liar", "called him “reckless”"), and so do "to" and "as", which
    /// open the complement of verbs like "liken" and "portray". Texts written for these tests.
    /// </summary>
    public class NamingWithoutComplementTests
    {
        [Theory]
        [InlineData("Mayor Ada Lund called Tom Reyes on Monday.")]
        [InlineData("Mayor Ada Lund called Reyes.")]
        [InlineData("The harbour master called him and asked about the storm damage.")]
        [InlineData("Councillor Amir Haddad called Lena Ortiz after the vote.")]
        [InlineData("The ferry captain called them last night and warned of the gale.")]
        [InlineData("Ada Lund founded a group called Pier Watch, which has forty members.")]
        public void AnObjectAloneIsNoNaming(string sentence)
        {
            Assert.DoesNotContain(Run(sentence, new CueThenContent()), f => f.Cue == "called");
        }

        /// <summary>
        /// A noun one telephones (call-objects.txt), with nothing after it that names it, is a telephone call, whole pipeline:
        /// "called 911", "called police", "called her cellphone", "called the hotline"; "to" after it opens a purpose.
        /// </summary>
        [Theory]
        [InlineData("Dora Kemp called 911 after the crash on Route 9.")]
        [InlineData("A neighbour called police at about midnight.")]
        [InlineData("Her brother called her cellphone on Friday.")]
        [InlineData("The ferry captain called the coast guard hotline and waited.")]
        [InlineData("A passer-by called police to report the fire.")]
        public void ATelephonedObjectIsNoNaming(string sentence)
        {
            Assert.DoesNotContain(Run(sentence), f => f.Cue == "called");
        }

        /// <summary>
        /// An adverb of how often after the telephoned noun ("twice", "repeatedly", "again") names nothing; a number one
        /// dials is telephoned too ("called the home number").
        /// </summary>
        [Theory]
        [InlineData("Her brother called her cellphone twice.")]
        [InlineData("Dora Kemp called police repeatedly.")]
        [InlineData("The landlord called the office number twice.")]
        public void HowOftenAfterATelephonedObjectIsNoNaming(string sentence)
        {
            Assert.DoesNotContain(Run(sentence), f => f.Cue == "called");
        }

        /// <summary>The same nouns named something, or what a subject calls for, still report.</summary>
        [Theory]
        [InlineData("Councillor Amir Haddad called the police reckless.", "called", "the police reckless")]
        [InlineData("Mayor Ada Lund called the hotline a waste of money.", "called", "the hotline a waste of money")]
        [InlineData("Mayor Ada Lund called the jobless numbers a fiction.", "called", "the jobless numbers a fiction")]
        [InlineData("The union called for police to leave the pier.", "called for", "police to leave the pier")]
        public void ANamingOfATelephonedNounStillReports(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence), x => x.Cue == cue);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Mayor Ada Lund called Tom Reyes a liar.", "called", "Tom Reyes a liar")]
        [InlineData("The senator called Lund, the mayor, a fraud.", "called", "Lund, the mayor, a fraud")]
        [InlineData("Mayor Ada Lund called it a disgrace.", "called", "it a disgrace")]
        [InlineData("Councillor Amir Haddad likened Reyes to a ferry captain in a storm.", "likened", "Reyes to a ferry captain in a storm")]
        [InlineData("Councillor Amir Haddad portrayed Reyes as a bully.", "portrayed", "Reyes as a bully")]
        [InlineData("Councillor Amir Haddad called Friday for a vote on the pier.", "called", "Friday for a vote on the pier")]
        public void ANamingStillReports(string sentence, string cue, string content)
        {
            var f = Assert.Single(Run(sentence, new CueThenContent()), x => x.Cue == cue);
            Assert.Equal(content, f.Content);
        }
    }
}
