using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" that opens the cue of a quotation right after a sentence whose subject is a person stands for that person
    /// over the one the pronoun chain holds, even when the sentence's verb is no verb of saying and someone else's report was read
    /// inside it after the subject ("Ivo Chandor, whose union the ministry says is a front, left the talks. “…,” he said."), and
    /// when the subject is a description with the person's name set off after it ("The ferry company's owner, Ivo Chandor, said
    /// …", "Norway's harbour minister, Ivo Chandor, a former pilot, said …"). A subject that is a body, a thing or a person of the other gender leaves the pronoun to the chain (texts of its own).
    /// </summary>
    public class PronounAfterSubjectWithReportTests
    {
        private const string Chain = "Marco Feld, the harbour master, said the crew had been warned. “They were warned twice,” he said.";
        private const string Quote = " “I am not sure the pumps were ever tested,” he said.";

        [Theory]
        [InlineData(" Ivo Chandor, who now runs Dock Relief, which the European Union says is a front for the owners, arrived at the pier on Monday.")]
        [InlineData(" Ivo Chandor, who heads the Dockers League, which the United Nations says is a front for the owners, left the talks.")]
        public void TheNamedSubjectKeepsThePronounOverABodyReportedInsideItsSentence(string before)
        {
            var q = Q(Quotes(Chain + before + Quote), "I am not sure");
            Assert.Equal("Ivo Chandor", q.Speaker);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("QuoteThenCue", q.Rule);
        }

        [Fact]
        public void ANameSetOffAfterADescribedSubjectIsThatSubject()
        {
            var quotes = Quotes(Chain + " The ferry company's chief engineer, Ivo Chandor, said the pumps had been serviced." + Quote);
            Assert.Equal("Ivo Chandor", Q(quotes, "I am not sure").Speaker);
            Assert.Equal("Marco Feld", Q(quotes, "They were warned").Speaker);
        }

        [Fact]
        public void APossessiveRoleWithANameAndASecondApposition()
        {
            // "Norway's harbour minister, Ivo Chandor, a former pilot, said": the name is the source, and "he" is his
            var quotes = Quotes(Chain + " Norway's harbour minister, Ivo Chandor, a former pilot, said the pumps had been serviced." + Quote);
            Assert.Equal("Ivo Chandor", Q(quotes, "I am not sure").Speaker);
            Assert.Contains(Attributions(Chain + " Norway's harbour minister, Ivo Chandor, a former pilot, said the pumps had been serviced."),
                a => a.Speaker == "Ivo Chandor" && a.Source == "Norway's harbour minister, Ivo Chandor" && a.Content == "the pumps had been serviced");
        }

        [Fact]
        public void APredicateAfterThePossessiveRoleAndNameIsNoApposition()
        {
            // near miss: "Chandor's brother, Ivo, hurled …, saying …": a predicate, not a second apposition; the participle report stays
            var found = Attributions("Marta Chandor's brother, Ivo, effectively hurled the blame at the harbour board in a speech on Monday, saying the pumps had been serviced.");
            Assert.Contains(found, a => a.Rule == "Participial" && a.Content == "the pumps had been serviced");
        }

        [Theory]
        // a body as the subject, with a report inside its sentence
        [InlineData(" The ferry company, which the union says is run by the owners, left the talks.")]
        // a thing
        [InlineData(" The pier, which the ministry says is unsafe, was closed on Monday.")]
        // a person of the other gender
        [InlineData(" Ana Bell, whose union the ministry says is a front for the owners, left the talks.")]
        // "it" with an aside of a report
        [InlineData(" It was, the ministry says, an old pier.")]
        public void AnotherSubjectLeavesThePronounToTheChain(string before)
        {
            Assert.Equal("Marco Feld", Q(Quotes(Chain + before + Quote), "I am not sure").Speaker);
        }
    }
}
