using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// An indefinite description with a participle phrase whose object is people ("A senior Northern official briefing
    /// reporters in the hall says …", "a diplomat escorting journalists") is the description of its noun of persons, not of
    /// the people it briefs: it is a mention of its own, with the side its own words name, and the later "the official" or
    /// "he" stands for it, not for another side's official named before. Texts of the tests' own (MentionParser
    /// IsParticipleAfterPerson).
    /// </summary>
    public class ParticipleDescriptionAntecedentTests
    {
        private const string Before = "A Southern official travelling with the president tells me there will be no deal. \"We have not had an apology,\" he says.";

        [Theory]
        [InlineData("A senior Northern official briefing reporters in the press hall says Northland will not apologise. \"Our people came under fire,\" the official says. He says the inquiry found that both sides made mistakes.")]
        [InlineData("A Northern official briefing journalists says Northland will not apologise. \"Our people came under fire,\" the official says. He says the inquiry found that both sides made mistakes.")]
        [InlineData("A Northern diplomat escorting reporters says Northland will not apologise. \"Our people came under fire,\" the diplomat says. He says the inquiry found that both sides made mistakes.")]
        public void TheLaterOfficialAndHeAreTheDescriptionWithTheParticiple(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, Before, paragraph);
            var first = corpus.Claims.Single(c => c.Content == "Northland will not apologise");
            Assert.Equal("Northland", first.Party);
            Assert.StartsWith(paragraph.Contains("diplomat") ? "Northern diplomat escorting reporters" : paragraph.Contains("senior") ? "senior Northern official briefing reporters" : "Northern official briefing journalists", first.Speaker);
            var quote = corpus.Quotes.Single(q => q.Text.StartsWith("Our people came under fire"));
            Assert.Equal(first.Speaker, quote.Speaker);
            Assert.Equal("Northland", quote.Party);
            var he = corpus.Claims.Single(c => c.Content.StartsWith("the inquiry found"));
            Assert.Equal(first.Speaker, he.Speaker);
            Assert.Equal("Northland", he.Party);
            // the Southern official keeps his own words
            Assert.Equal("Southland", corpus.Quotes.Single(q => q.Text.StartsWith("We have not had")).Party);
        }

        [Theory]
        // near misses: a noun before a noun that is no participle ("an official briefing paper"), and a participle whose object
        // is no person ("an official briefing documents") keep the reading they had
        [InlineData("An official briefing paper said the talks were over.", "official briefing paper")]
        [InlineData("The Northern official said the talks were over.", "Northern official")]
        public void ANounCompoundStaysOneDescription(string sentence, string speaker)
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, sentence);
            Assert.Equal(speaker, corpus.Claims.Single(c => c.Content == "the talks were over").Speaker);
        }
    }
}
