using System.Linq;
using IncidentTools.Text;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Patterns of unseen styles (accounts53, on the own Salala set 53): a report's reference numbers written against a full
    /// stop end the sentence they close ("… in self-defence.[2] The inquiry found …"); a diplomatic mission's host ("Embassy
    /// Nordhaven", "the consulate in Nordhaven") is not the side it speaks for. Sentences of the tests' own.
    /// </summary>
    public class UnseenStyles53Tests
    {
        /// <summary>The tests' sides with a capital among Northland's aliases (a city that hosts missions).</summary>
        private static readonly string PartiesWithCapital = AccountTestCorpus.PartiesWith(northAliases: "Northland, Northern, Northerners, Nordhaven");

        private static string[] SentencesOf(string text)
        {
            var tokens = Tokenizer.Tokenize(text, QuotationScanner.Scan(text));
            return Tokenizer.Sentences(tokens).Select(s => text.Substring(tokens[s.Start].Start, tokens[s.End - 1].End - tokens[s.Start].Start)).ToArray();
        }

        [Fact]
        public void AReferenceNumberAfterAFullStopEndsTheSentence()
        {
            var sentences = SentencesOf("The review found that the patrol was fired upon.[4] The Interior Ministry said the shelling was an accident.[5][6] It gave no names.");
            Assert.Equal(new[]
            {
                "The review found that the patrol was fired upon.[4]",
                "The Interior Ministry said the shelling was an accident.[5][6]",
                "It gave no names.",
            }, sentences);
        }

        [Fact]
        public void AReferenceNumberBeforeALowerCaseWordOrAfterABlankEndsNothing()
        {
            // the near misses: a lower-case word goes on the sentence; a bracket after a blank is not a mark written against the stop
            Assert.Single(SentencesOf("The review cites the log at p.[4] and the map."));
            Assert.Single(SentencesOf("The review found that the patrol was fired upon. [4] The ministry gave no names."));
        }

        [Fact]
        public void TheSentenceAfterAReferenceNumberHasItsOwnClaim()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "An inquiry concluded that the patrol came under fire on the ridge.[2] The Interior Ministry said the shelling was an accident.[3]");
            var ministry = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Interior Ministry", ministry.Speaker);
            Assert.Equal("CueThenContent", ministry.Rule);
            Assert.Equal("Northland", ministry.Party);
            Assert.Equal("Not deliberate", ministry.Position);
            Assert.StartsWith("The Interior Ministry said", ministry.Text);
            Assert.Equal(ministry.Text.IndexOf("the shelling", System.StringComparison.Ordinal), ministry.ContentStart - ministry.Start);
        }

        [Fact]
        public void AMissionNamedByItsHostSpeaksForNoSideOfTheHost()
        {
            // "Embassy Nordhaven" (a cable's own mission) and "the consulate in Nordhaven" are missions in Northland, not Northland's
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, PartiesWithCapital + AccountTestCorpus.Questions,
                "Embassy Nordhaven has told the ministry in every meeting that the shelling was an accident.",
                "A spokesman for the consulate in Nordhaven said the shelling was deliberate.");
            var embassy = corpus.Claims.Single(c => c.Content == "the shelling was an accident");
            Assert.Equal("Embassy Nordhaven", embassy.Speaker);
            Assert.Equal("CueThenContent", embassy.Rule);
            Assert.Null(embassy.Party);
            var consulate = corpus.Claims.Single(c => c.Content == "the shelling was deliberate");
            Assert.Null(consulate.Party);
        }

        [Fact]
        public void ASideWrittenBeforeTheMissionOrOfficialsInTheCapitalKeepTheirSide()
        {
            // the near misses: "the Southern embassy in Nordhaven" is Southland's; "officials in Nordhaven" are Northland's
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, PartiesWithCapital + AccountTestCorpus.Questions,
                "The Southern embassy in Nordhaven said the shelling was deliberate.",
                "Officials in Nordhaven said the shelling was an accident.");
            Assert.Equal("Southland", corpus.Claims.Single(c => c.Content == "the shelling was deliberate").Party);
            Assert.Equal("Northland", corpus.Claims.Single(c => c.Content == "the shelling was an accident").Party);
        }

        [Fact]
        public void AMissionsHostGivesNoSideToAQuotation()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, PartiesWithCapital + AccountTestCorpus.Questions,
                "Embassy Nordhaven said in a cable: \"The shelling was an accident and we regret it.\"");
            var quote = corpus.Quotes.Single();
            Assert.Equal("Embassy Nordhaven", quote.Speaker);
            Assert.Null(quote.Party);
        }
        [Fact]
        public void ABodysSpokespersonNamedOutsideASpeakersPlaceKeepsTheBodysSideUnderTitleAndSurname()
        {
            // "given by Southern Guard spokesperson Lena Holm": the role written before the name, in no speaker's place, gives the
            // person the side; "Ms. Holm told" and her quotation are of it
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The weekly briefing was given by Southern Guard spokesperson Lena Holm at the border office on Monday.",
                "\"The shelling was an accident and we regret it,\" Ms. Holm told reporters.");
            var quote = corpus.Quotes.Single();
            Assert.Equal("Lena Holm", quote.Speaker);
            Assert.Equal("Southland", quote.Party);
            var claim = corpus.Claims.Single(c => c.Kind == AttributionKind.Direct);
            Assert.Equal("Lena Holm", claim.Speaker);
            Assert.Equal("QuoteThenCue", claim.Rule);
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }

        [Fact]
        public void APrivatePersonNamedAfterANationalityKeepsNoSide()
        {
            // the near miss: "Southern student Per Lind" is no official of the side; "Mr. Lind" speaks for none
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "The march was led by Southern student Per Lind on Monday.",
                "\"The shelling was deliberate,\" Mr. Lind told reporters.");
            Assert.Null(corpus.Quotes.Single().Party);
            Assert.Null(corpus.Claims.Single(c => c.Kind == AttributionKind.Direct).Party);
        }
    }
}
