using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A person named in full and set off by commas after a described subject, in a sentence whose verb is no verb of saying
    /// ("The deputy harbour master from Dover, Ivo Chandor of the pilots' union, spoke to the crowd."), is that sentence's named
    /// subject: the "he" of the quotation right after it is that person, not the one the pronoun chain held from the paragraph
    /// before. A phrase after the description's head or an "of" phrase after the name does not hide the name; a name of the
    /// other gender leaves the pronoun to the chain (texts of its own).
    /// </summary>
    public class PronounAfterSetOffNameTests
    {
        private const string Chain = "Marco Feld, a fisherman whose boat sank in the storm, waited at the quay. “We lost everything,” he said.\n\n";
        private const string Quote = " “This was no accident and we will say so,” he said.";

        [Theory]
        [InlineData("The deputy harbour master from Dover, Ivo Chandor of the pilots' union, spoke to the crowd at the quay before noon.")]
        [InlineData("The deputy harbour master, Ivo Chandor of the pilots' union, spoke to the crowd at the quay before noon.")]
        [InlineData("The deputy chairman of the harbour board, Ivo Chandor, walked along the quay with the families.")]
        public void TheNameSetOffAfterADescribedSubjectKeepsThePronoun(string before)
        {
            var quotes = Quotes(Chain + before + Quote);
            var q = Q(quotes, "This was no accident");
            Assert.Equal("Ivo Chandor", q.Speaker);
            Assert.Equal("he", q.SpeakerMention);
            Assert.Equal("Marco Feld", Q(quotes, "We lost everything").Speaker);
        }

        [Theory]
        // a name of the other gender
        [InlineData("The deputy harbour master from Dover, Ana Bell of the pilots' union, spoke to the crowd at the quay before noon.")]
        // a plural description before the name is no apposition of it
        [InlineData("The pilots from Dover, Ivo Chandor's crew among them, walked along the quay.")]
        public void AnotherSubjectLeavesThePronounToTheChain(string before)
        {
            Assert.Equal("Marco Feld", Q(Quotes(Chain + before + Quote), "This was no accident").Speaker);
        }
    }
}
