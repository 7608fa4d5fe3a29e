using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A document or poll as the subject of a verb of documents, read whole with the phrase of its participle of publishing or
    /// making ("Documents released this week show", "A survey released Friday by the Courier finds"): the source is the document,
    /// never a word of its phrase (the day, the maker after "by"). Texts of the test's own.
    /// </summary>
    public class PublishedDocumentSubjectTests
    {
        [Theory]
        // a bare plural opening the sentence, its participle's phrase of time up to the verb
        [InlineData("Documents released this week show that the ferry line lost money for six years.", "Documents released this week", "the ferry line lost money for six years")]
        // a bare plural with a phrase of time and a maker after "by"
        [InlineData("Records issued last month by the port authority show that the dredging cost twice the estimate.", "Records issued last month by the port authority", "the dredging cost twice the estimate")]
        // a singular document with a day named right after its participle, then its maker
        [InlineData("A survey released Friday by the Courier shows the harbour mayor trailing her rival.", "A survey released Friday by the Courier", "the harbour mayor trailing her rival")]
        [InlineData("A memo published Tuesday by the union says that the night shift will end in May.", "A memo published Tuesday by the union", "the night shift will end in May")]
        public void TheDocumentWithItsPhraseIsTheSource(string body, string source, string content)
        {
            var f = Assert.Single(Run(body), x => x.Content == content);
            Assert.Equal(nameof(CueThenContent), f.Rule);
            Assert.Equal(source, f.Source);
        }

        [Theory]
        [InlineData("Documents released this week show that the ferry line lost money for six years.", "Documents")]
        [InlineData("Records issued last month by the port authority show that the dredging cost twice the estimate.", "Records")]
        [InlineData("A survey released Friday by the Courier shows the harbour mayor trailing her rival.", "survey")]
        public void TheSpeakerIsTheDocumentNotAWordOfItsPhrase(string body, string speaker)
        {
            var f = Assert.Single(Run(body), x => x.Rule == nameof(CueThenContent));
            Assert.Equal(speaker, f.Record.Speaker?.Display);
        }

        [Theory]
        // a plural before a phrase of place, not of publishing: no source inside the phrase ("Lisbon")
        [InlineData("Reports from Lisbon say the harbour board has said it is sorry.", "Lisbon")]
        // the maker after "by" in a plural's phrase of publishing is no source of its own
        [InlineData("Reports released on Monday by Lisbon's harbour board say the ferries will run.", "Lisbon")]
        public void NoSpeakerFromInsideThePhrase(string body, string word)
        {
            var found = Run(body);
            Assert.DoesNotContain(found, x => x.Source == word || x.Record.Speaker?.Display == word);
        }
    }
}
