using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A "he" or "she" that opens its sentence, or the cue of the quotation that opens it, right after a sentence whose subject
    /// names a person in full stands for that person over the one the pronoun chain holds from further back: "He said …. Ivo
    /// Chandor blamed the weather. “…,” he said." is Chandor. Across a paragraph break only after a sentence of narration about
    /// one who has spoken before; after that person's own quotation the chain holds (a dialogue's turns alternate), and so it
    /// does for a pronoun later in its sentence.
    /// </summary>
    public class PronounAfterNamedSubjectTests
    {
        private const string Chain = "Marco Feld, the harbour master, said the crew had been warned. He said the warnings were ignored.";

        [Fact]
        public void TheNamedSubjectJustBeforeBeatsTheChainInTheParagraph()
        {
            const string body = Chain + " Ivo Chandor attributed the delay to the weather. “I am not sure the pumps were ever tested,” he said.";
            var quotes = Quotes(body);
            var q = Q(quotes, "I am not sure");
            Assert.Equal("Ivo Chandor", q.Speaker);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("QuoteThenCue", q.Rule);
            Assert.Equal("I am not sure the pumps were ever tested,", q.Text);
        }

        [Fact]
        public void AcrossAParagraphAfterNarrationAboutOneWhoSpokeBefore()
        {
            var quotes = Quotes("“The yard was never paid,” Ivo Chandor said on Monday.\n\n" +
                                Chain + "\n\n" +
                                // (narration: "attributed the delay to the weather" is a report since accounts88, as "blamed the weather" was)
                                "Chandor inspected the pumps after the delay.\n\n" +
                                "“I am not sure the pumps were ever tested,” he said.");
            Assert.Equal("Ivo Chandor", Q(quotes, "I am not sure").Speaker);
            Assert.Equal("Ivo Chandor", Q(quotes, "The yard was never").Speaker);
        }

        [Fact]
        public void TheChainHoldsForAPronounLaterInItsSentenceOrAfterTheNamedOnesQuotation()
        {
            // the pronoun not opening its sentence: the chain's
            var quotes = Quotes(Chain + " Ivo Chandor attributed the delay to the weather. On Tuesday he said the pumps were “never tested.”");
            Assert.Equal("Marco Feld", Q(quotes, "never tested").Speaker);
            // a named speaker's quotation, then a "he" across a paragraph break: the dialogue's other side
            quotes = Quotes("“The pumps were fine,” said Ivo Chandor.\n\n" +
                            "Marco Feld, the harbour master, disagreed. “They were never tested,” he said.\n\n" +
                            "“That is not true,” Chandor said.\n\n" +
                            "“The records are public,” he replied.");
            Assert.Equal("Marco Feld", Q(quotes, "They were never").Speaker);
            Assert.Equal("Marco Feld", Q(quotes, "The records are").Speaker);
        }
    }
}
