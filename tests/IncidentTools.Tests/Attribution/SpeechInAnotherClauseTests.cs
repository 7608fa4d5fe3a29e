using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A quotation whose verb of speech follows a clause with a subject of its own, after the cue of an earlier speaker:
    /// "“…?” Reyes asked as a waiter walked past, saying he was “…”", "“…,” Lund said to Okafor on the pier, who replied: “…”",
    /// "Reyes spoke near the pier, where fifty workers had gathered, chanting “…”". The words may be that other subject's:
    /// they are not given to the earlier speaker. Near misses keep the speaker: a pronoun's clause, a restrictive relative,
    /// an aside closed before the verb, a clause of state.
    /// </summary>
    public class SpeechInAnotherClauseTests
    {
        [Fact]
        public void AParticipleAfterAnotherSubjectsClauseIsNotTheFirstSpeakers()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "“Is that all?” Reyes asked as a waiter walked past her table, saying he was “about to close the kitchen.”\n\n" +
                                "Lund spoke near the pier, where fifty dock workers had gathered, chanting “no contract, no peace.”\n\n" +
                                "The mayor campaigned for Ada Bell, who is running for the council and who worked the crowd, praising “the best harbor in the state.”");
            Assert.Equal("Reyes", Q(quotes, "Is that all").SpeakerMention);
            Assert.NotEqual("Reyes", Q(quotes, "about to close").SpeakerMention);
            Assert.NotEqual("Lund", Q(quotes, "no contract").SpeakerMention);
            Assert.NotEqual("The mayor", Q(quotes, "the best harbor").SpeakerMention);
            var claims = Attributions("Lund spoke near the pier, where fifty dock workers had gathered, chanting that the port was “closed for good.”");
            Assert.DoesNotContain(claims, c => c.Source == "Lund" && c.Content.Contains("closed for good"));
        }

        [Fact]
        public void AnAnswerInARelativeClauseIsNotTheFirstSpeakers()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "“We are ready,” Lund said to Okafor on the pier, who replied at once: “Not yet.”\n\n" +
                                "Reyes said a word to Okafor on the pier, who answered: “Too late.”");
            Assert.Equal("Lund", Q(quotes, "We are ready").SpeakerMention);
            Assert.NotEqual("Lund", Q(quotes, "Not yet").SpeakerMention);
            Assert.NotEqual("Reyes", Q(quotes, "Too late").SpeakerMention);
        }

        [Fact]
        public void AParticipleAfterASubjectWithANameSetOffByCommasIsNotTheFirstSpeakers()
        {
            // before: "the bridge should close" went to Ada Lund (Participial), though her rival is the one saying it
            var claims = Attributions("The harbour board met on Monday.\n\nAda Lund argued that the tolls were too high, while her main " +
                                      "rival, Tom Reyes, has risen in the polls by saying that the bridge should close.");
            Assert.DoesNotContain(claims, c => c.Speaker == "Ada Lund" && c.Content == "the bridge should close");
            // (near miss: the speaker's own apposition, "Ada Lund, the mayor, won …", keeps the participle hers)
            var own = Attributions("The harbour board met on Monday.\n\nAda Lund, the mayor, won the vote by saying that the bridge should close.");
            Assert.Contains(own, c => c.Speaker == "Ada Lund" && c.Content == "the bridge should close" && c.Rule == "Participial");
        }

        [Fact]
        public void ThePronounsRelativesAndAsidesOfTheSpeakerKeepTheSpeaker()
        {
            var quotes = Quotes("The harbour board met on Monday.\n\n" +
                                "Reyes said as she left the hall, adding, “We will be back.”\n\n" +
                                "Lund mocked the complaint, saying anybody who complains about a ferry “is not having a good week.”\n\n" +
                                "Okafor, who runs the ferry, rejected the levy, saying it was “a tax on sailors.”\n\n" +
                                "Bell changed her story after her first statement was shown to be false, stating that the pier was “never closed.”\n\n" +
                                "Tom Reyes defended the plan, which the council approved in May, saying it would “save the port.”");
            Assert.Equal("Reyes", Q(quotes, "We will be back").SpeakerMention);
            Assert.Equal("Lund", Q(quotes, "is not having").SpeakerMention);
            Assert.Equal("Okafor", Q(quotes, "a tax on sailors").SpeakerMention);
            Assert.Equal("Bell", Q(quotes, "never closed").SpeakerMention);
            Assert.Equal("Tom Reyes", Q(quotes, "save the port").SpeakerMention);
        }
    }
}
