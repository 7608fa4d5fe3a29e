using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "That inquiry, carried out by a retired admiral and published in May, concluded that …": a capitalised demonstrative that
    /// opens the sentence before a document's noun is its determiner, so the document with its participle asides is the subject
    /// of the verb after them, as "The inquiry, …, concluded …" is; a "that" after a verb of saying keeps opening its clause.
    /// Sentences of the tests' own.
    /// </summary>
    public class ApposedDemonstrativeSubjectTests
    {
        [Fact]
        public void ThatBeforeADocumentWithParticipleAsidesIsItsDeterminer()
        {
            var a = Attributions("That inquiry, carried out by a retired admiral and published in May 2019, concluded that the ferry crew " +
                                 "had ignored the warnings from the pier.")
                .Single(x => x.Content.Contains("ignored the warnings"));
            Assert.Equal("inquiry", a.Speaker);
            a = Attributions("That inquiry, carried out by a retired admiral, concluded that the ferry crew had ignored the warnings from the pier.")
                .Single(x => x.Content.Contains("ignored the warnings"));
            Assert.Equal("inquiry", a.Speaker);
        }

        [Fact]
        public void ThatBeforeAPersonStaysNoDocument()
        {
            // not a document's noun after it: nothing changes for "That man, …"
            var all = Attributions("That inquiry was closed in May. That admiral, carried away by anger, concluded that the ferry crew had lied.");
            Assert.DoesNotContain(all, x => x.Speaker == "inquiry" && x.Content.Contains("had lied"));
        }
    }
}
