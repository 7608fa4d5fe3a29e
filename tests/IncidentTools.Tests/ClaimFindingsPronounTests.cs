using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// A pronoun in a side's words that stands, beyond doubt, for a noun of findings the text wrote just before is read as that
    /// noun on the findings' questions: "they" for the one plural of the sentence before it or just before ("The Interior
    /// Ministry says the conclusions stand. The Southern Guard says they are wrong."), "it" as an object for a document of
    /// findings that is the subject of the sentence just before ("The Northern Army's review blamed both patrols. ¶ The Southern
    /// Guard has never accepted a word of it."). Not where another plural may be "they", where "they" may be the speakers
    /// themselves, nor "it" as the subject of the side's words, which is most often the side. Sentences of the tests' own.
    /// </summary>
    public class ClaimFindingsPronounTests
    {
        private const string Findings = @"
questions:
  - id: review
    text: Is the Northern review right?
    positions:
      - label: Review right
        cues: [conclusions stand, accept* * review]
      - label: Review wrong
        cues: [conclusions * wrong, review * wrong]
";

        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + Findings, paragraphs);

        [Fact]
        public void TheyForTheOnePluralJustBeforeIsThatNoun()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "The Interior Ministry says the conclusions stand. The Southern Guard says they are wrong.");
            var claim = corpus.Claims.Single(c => c.Content == "they are wrong");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("review", claim.Question);
            Assert.Equal("Review wrong", claim.Position);
            Assert.Equal("they are wrong", claim.PositionCue);
            Assert.Equal("CueThenContent", claim.Rule);
        }

        [Fact]
        public void TheyForTheOnePluralEarlierInItsSentence()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "Anna Berg said on Monday that the shelling was an accident.",
                "Who disputes it: the Interior Ministry, which received the conclusions on Friday and says they stand.");
            var claim = corpus.Claims.Single(c => c.Content == "they stand");
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Review right", claim.Position);
        }

        [Fact]
        public void TheyAfterAPronounThatNamesThePluralAgain()
        {
            // "… the conclusions, and the ministry has accepted them.": "them" is the conclusions again, no second plural
            using var folder = new TempFolder();
            var corpus = Load(folder, "HOST: The review found that both patrols fired. Those are the conclusions, and the ministry has accepted them.",
                "GUEST: The Southern Guard says they are wrong.");
            var claim = corpus.Claims.Single(c => c.Content == "they are wrong");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Review wrong", claim.Position);
        }

        [Fact]
        public void ItAsAnObjectForTheReviewThatOpensTheSentenceBefore()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "General Ivo Brandt's review blamed both patrols for the shelling.",
                "The Southern Guard has never accepted a word of it.");
            var claim = corpus.Claims.Single(c => c.Content == "a word of it");
            Assert.Equal("Southland", claim.Party);
            Assert.Equal("Review wrong", claim.Position);
            Assert.True(claim.Negated);
            Assert.Equal("accepted a word of it", claim.PositionCue);
        }

        [Fact]
        public void ThatAtTheClauseEndForTheReviewThatOpensTheSentenceBefore()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "General Ivo Brandt's review says both patrols acted in self-defence.",
                "Omar Diaz, the Southern Guard commander, said: \"We do not accept that. Our patrol was asleep.\"");
            var claim = corpus.Claims.Single(c => c.Party == "Southland" && c.Question == "review");
            Assert.Equal("Review wrong", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        // "that" or "this" and a noun of what findings hold (findings-noun), ending the clause
        [InlineData("We have never accepted that account.")]
        [InlineData("We do not accept that version.")]
        [InlineData("We do not accept this conclusion, and never will.")]
        // "this" or "that account" followed only by a phrase of time
        [InlineData("We did not accept this in January 2012.")]
        [InlineData("We did not accept that account on Monday.")]
        public void ThisOrThatAccountForTheReviewThatOpensTheSentenceBefore(string words)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, "General Ivo Brandt's review says both patrols acted in self-defence.",
                "Omar Diaz, the Southern Guard commander, said: \"" + words + " Our patrol was asleep.\"");
            var claim = corpus.Claims.Single(c => c.Party == "Southland" && c.Question == "review");
            Assert.Equal("Review wrong", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        // "that" with a clause after it is the complementizer: what is not accepted is that clause
        [InlineData("General Ivo Brandt's review says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We do not accept that both patrols were awake.\"")]
        // "that" before a noun that is no noun of what findings hold is a determiner
        [InlineData("General Ivo Brandt's review says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We do not accept that offer.\"")]
        // a noun of what findings hold, but with its own complement: another account
        [InlineData("General Ivo Brandt's review says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We do not accept that account of the talks.\"")]
        // "this" before a time word is a determiner ("this week"), no phrase of time after a pronoun
        [InlineData("General Ivo Brandt's review says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We will not accept this week.\"")]
        // a phrase after "this" that is no phrase of time
        [InlineData("General Ivo Brandt's review says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We did not accept this in the spirit offered.\"")]
        // a noun of what findings hold with no document of findings before
        [InlineData("Anna Berg says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We have never accepted that account.\"")]
        // no document of findings opens the sentence before
        [InlineData("Anna Berg says both patrols acted in self-defence.",
            "Omar Diaz, the Southern Guard commander, said: \"We do not accept that.\"")]
        public void ThatIsNoFindingsWhereItMayBeAnotherThing(string before, string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, before, paragraph);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Southland" && c.Position != null);
        }

        [Theory]
        // another plural before it: "they" may be the patrols
        [InlineData("The Interior Ministry says the conclusions stand and the patrols acted alone. The Southern Guard says they are wrong.", "they are wrong")]
        // plural speakers may be "they" themselves
        [InlineData("The Interior Ministry says the conclusions stand. Southern officers say they are wrong.", "they are wrong")]
        // "it" as the subject of the side's words is the side
        [InlineData("General Ivo Brandt's review blamed both patrols. The Southern Guard says it is wrong.", "it is wrong")]
        // another document after the review: "it" may be the letter
        [InlineData("General Ivo Brandt's review cited a letter from the pass. The Southern Guard has never accepted a word of it.", "a word of it")]
        public void NotWhereThePronounMayStandForAnother(string paragraph, string content)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            var claim = corpus.Claims.Single(c => c.Content == content);
            Assert.Null(claim.Position);
        }

        [Fact]
        public void ThatAccountForTheReviewNamedAFewSentencesBefore()
        {
            // "that account" a paragraph after the review was named, a quotation between
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "A Northern official said the truce did not change the conclusions of General Ivo Brandt's review, which found that both patrols had acted in self-defence. \"The facts stand,\" the official said.",
                "The Southern Guard has never accepted that account. Its officers say the patrol was asleep.");
            var claim = corpus.Claims.Single(c => c.Party == "Southland" && c.Question == "review");
            Assert.Equal("Review wrong", claim.Position);
            Assert.True(claim.Negated);
        }

        [Theory]
        // a side's own account named after the review: "that account" may be that one
        [InlineData("General Ivo Brandt's review blamed both patrols for the shelling.",
            "The Northern Army's account is that the Southern patrol fired first. Anna Berg repeated it on Monday.")]
        // another document named after the review: "that account" may be the letter's
        [InlineData("General Ivo Brandt's review blamed both patrols for the shelling.",
            "Anna Berg later sent a long letter to the Southern capital. Nobody answered for a week.")]
        // words reported after the review: "that account" may be theirs
        [InlineData("General Ivo Brandt's review blamed both patrols for the shelling.",
            "Northern officials told reporters on Monday that the Southern patrol had fired first.")]
        // the review named beyond reach
        [InlineData("General Ivo Brandt's review blamed both patrols for the shelling.",
            "The pass stayed closed. Traders waited at the gate. Prices rose in the market. Farmers sold their grain early.")]
        public void ThatAccountIsNoFindingsNamedBeforeWhereItMayBeAnother(string review, string between)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, review, between, "The Southern Guard has never accepted that account.");
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Southland" && c.Position != null);
        }

        [Fact]
        public void ItAsAnObjectForTheOneReviewItsOwnSentenceNamesBefore()
        {
            // the review named in an opening "Asked about" clause, a person and a name between
            using var folder = new TempFolder();
            var corpus = Load(folder, "Asked about General Ivo Brandt's review, published in March, a Southern Guard officer said Southland did not accept it.",
                "Anna Berg declined to comment on the review beyond saying that the Interior Ministry had accepted it.");
            var officer = corpus.Claims.Single(c => c.Party == "Southland" && c.Question == "review");
            Assert.Equal("Review wrong", officer.Position);
            Assert.True(officer.Negated);
            var berg = corpus.Claims.Single(c => c.Speaker == "Anna Berg" && c.Question == "review");
            Assert.Equal("Northland", berg.Party);
            Assert.Equal("Review right", berg.Position);
        }

        [Theory]
        // another noun between the review and the pronoun: "it" may be the proposal
        [InlineData("Asked about the review, a Southern Guard officer said the proposal was unfair and his government did not accept it.")]
        // two documents before it: "it" may be the letter
        [InlineData("Asked about the review and the letter, a Southern Guard officer said his government did not accept it.")]
        // a quotation between: "it" may be what it names
        [InlineData("Asked about the review, a Southern Guard officer spoke of \"a night of shame\" and said his government did not accept it.")]
        public void ItIsNoReviewOfItsOwnSentenceWhereItMayBeAnother(string paragraph)
        {
            using var folder = new TempFolder();
            var corpus = Load(folder, paragraph);
            Assert.DoesNotContain(corpus.Claims, c => c.Party == "Southland" && c.Position != null);
        }
    }
}
