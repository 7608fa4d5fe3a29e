using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// SpeakerResolution.SubjectBeforeQuotationTag: a "he"/"she" right after a closing quotation mark, in a sentence whose
    /// own subject names a person who has spoken before, stands for that subject, not for someone of an earlier paragraph
    /// known by the pronoun. A name inside the quotation does not take it.
    /// </summary>
    public class SubjectBeforeQuotationTagTests
    {
        private const string Before =
            "Dana Reyes lost the pilot's post in May. \"It was unfair,\" Reyes said.\n\n" +
            "Mayor Hal Costa ran the port then. He fired the staff, and he kept his own job.\n\n";

        [Fact]
        public void TheSentencesOwnSubjectTakesThePronoun()
        {
            var q = Quotes(Before + "Reyes, who puts the cost \"in the six figures,\" says the strain is \"awful. It wears you down,\" he said. Reyes will not say more.");
            Assert.Equal("he", Q(q, "awful").SpeakerMention);
            Assert.Equal("Dana Reyes", Q(q, "awful").Speaker);
        }

        /// <summary>
        /// With a verb that quotes the words itself ("called the strain “…”"), the subject past its aside (one that quotes words of
        /// its own: MentionParser.QuotingAsideBeforeCue) gives them before the tag is read: the same person, by her name.
        /// </summary>
        [Fact]
        public void TheSubjectsOwnVerbTakesTheWordsFirst()
        {
            var q = Quotes(Before + "Reyes, who puts the cost \"in the six figures,\" called the strain \"awful. It wears you down,\" he said. Reyes will not say more.");
            Assert.Equal("Reyes", Q(q, "awful").SpeakerMention);
            Assert.Equal("Dana Reyes", Q(q, "awful").Speaker);
        }

        [Fact]
        public void ANameInsideTheQuotationDoesNot()
        {
            var q = Quotes(Before + "\"Reyes is wrong about the port,\" he said.");
            Assert.NotEqual("Dana Reyes", Q(q, "Reyes is wrong").Speaker);
        }
    }
}
