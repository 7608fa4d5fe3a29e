using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Who speaks each turn of a transcript or an interview: the press's question turns ("QUESTION:", "QUESTION (HARBOR
    /// RADIO):", "QUESTION (Ola Dahl, regional radio):") are the questioner's, never the briefer's; an interviewing outlet's
    /// initials as its label ("HG:" after "Harbour Gazette:") are that outlet; a headline's quotation over "a conversation
    /// with" someone is theirs. Sentences of the tests' own.
    /// </summary>
    public class TranscriptQuestionTurnTests
    {
        private const string Manifest = @"
parties:
  - name: Norway
    aliases: [Norway, Norwegian, Norwegians]
  - name: Sweden
    aliases: [Sweden, Swedish, Swedes]
";

        private static IncidentCorpus Plain(TempFolder folder, string text)
        {
            folder.Write("briefing.txt", text);
            return IncidentCorpus.Load(folder.Path);
        }

        [Fact]
        public void AQuestionTurnIsNotTheOneNamedBriefersWithoutAManifest()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "JOHN ERIKSEN: We closed the bridge on Monday.\n\nQUESTION (HARBOR RADIO): When will it reopen?\n\nJOHN ERIKSEN: Not before June.\n\nQUESTION: And the ferry?\n\nJOHN ERIKSEN: It runs as usual.\n");
            var asked = corpus.Claims.Single(c => c.Content.StartsWith("When will it reopen"));
            Assert.Equal("QUESTION (HARBOR RADIO)", asked.Speaker);
            Assert.Null(asked.Party);
            var ferry = corpus.Claims.Single(c => c.Content.StartsWith("And the ferry"));
            Assert.NotEqual("John Eriksen", ferry.Speaker);
            Assert.Equal(2, corpus.Claims.Count(c => c.Speaker == "John Eriksen" && c.Rule == "SpeakerLabel" && !c.Content.StartsWith("We closed")));
        }

        [Fact]
        public void AQuestionTurnHasNoSideOfTheBrieferWithAManifest()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "MAJ GEN LARS BERG: Good morning. Our patrol boat did not open fire first.",
                "QUESTION: Did the Swedish crew fire at your boat?",
                "MAJ GEN LARS BERG: We cannot rule that out.",
                "QUESTION (SWEDISH RADIO): Will you publish the logs?",
                "MAJ GEN LARS BERG: The logs will go to the inquiry first.");
            var first = corpus.Claims.Single(c => c.Content.StartsWith("Did the Swedish crew"));
            Assert.Equal("QUESTION", first.Speaker);
            Assert.Null(first.Party);
            // an outlet's country in the brackets is no side: the press asks
            var logs = corpus.Claims.Single(c => c.Content.StartsWith("Will you publish"));
            Assert.Equal("QUESTION (SWEDISH RADIO)", logs.Speaker);
            Assert.Null(logs.Party);
            Assert.Null(corpus.Quotes.FirstOrDefault(x => x.Speaker == "QUESTION (SWEDISH RADIO)")?.Party);
        }

        [Fact]
        public void TheAskerNamedInBracketsIsTheQuestionsSpeakerAndReportedSpeechInsideKeepsItsOwn()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, Manifest,
                "MAJ GEN LARS BERG: Good morning. Our patrol boat did not open fire first.",
                "QUESTION (Ola Dahl, regional radio station): The Swedes are saying that their crew was fired upon first. Is that so?",
                "MAJ GEN LARS BERG: That is not so.",
                "QUESTION (Ola Dahl): Will there be an inquiry?",
                "MAJ GEN LARS BERG: There will be one.");
            var asked = corpus.Claims.Where(c => c.Rule == "SpeakerLabel" && c.Content.StartsWith("The Swedes are saying")).Single();
            Assert.Equal("Ola Dahl", asked.Speaker);
            Assert.Null(asked.Party);
            var swedes = corpus.Claims.Single(c => c.Content.StartsWith("their crew was fired upon first"));
            Assert.Equal("Sweden", swedes.Party);
            var again = corpus.Claims.Single(c => c.Content.StartsWith("Will there be an inquiry"));
            Assert.Equal("Ola Dahl", again.Speaker);
            Assert.Equal("Lars Berg", corpus.Claims.Single(c => c.Content.StartsWith("That is not so")).Speaker);
        }

        [Fact]
        public void AnOutletsInitialsAsALabelAreThatOutlet()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "A talk with the mayor\n\nThe Harbour Gazette met Mayor Lena Ortiz at City Hall on Monday.\n\nHarbour Gazette: When will the pier reopen?\n\nLena Ortiz: By spring, if the money comes.\n\nHG: And the ferry?\n\nOrtiz: The ferry runs again on Friday.\n\nHG: Thank you.\n");
            var ferry = corpus.Claims.Single(c => c.Content.StartsWith("And the ferry"));
            Assert.Equal("Harbour Gazette", ferry.Speaker);
            Assert.Equal("Lena Ortiz", corpus.Claims.Single(c => c.Content.StartsWith("The ferry runs")).Speaker);
        }

        [Fact]
        public void CapitalsThatSpellNoNameWrittenAreNoOutlet()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "A talk with the mayor\n\nThe Harbour Gazette met Mayor Lena Ortiz at City Hall on Monday.\n\nLena Ortiz: By spring, if the money comes.\n\nKX: And the ferry?\n\nOrtiz: The ferry runs again on Friday.\n");
            Assert.DoesNotContain(corpus.Claims, c => c.Content.StartsWith("And the ferry") && c.Speaker == "Harbour Gazette");
        }

        [Fact]
        public void AnInterviewingOutletsNameAsALabelIsThatOutlet()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "A talk with the mayor\n\nMayor Lena Ortiz spoke to the Harbour Ledger's city writer on Monday.\n\nThe Ledger: When will the pier reopen?\n\nOrtiz: By spring, if the money comes.\n\nThe Ledger: The council says the money is gone.\n\nOrtiz: It is not gone. It is late.\n");
            Assert.Equal("The Ledger", corpus.Claims.Single(c => c.Content.StartsWith("When will the pier")).Speaker);
            Assert.Equal("Lena Ortiz", corpus.Claims.Single(c => c.Content.StartsWith("It is not gone")).Speaker);
            // the reported speech inside the interviewer's line keeps its own speaker
            Assert.Contains(corpus.Claims, c => c.Content.StartsWith("the money is gone") && c.Speaker == "council");
        }

        [Fact]
        public void AnOutletsNameOverLinesThatAskNothingIsNoLabel()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "Ferry notes\n\nThe Weekly Review of the harbour board came out on Monday.\n\nWeekly Review: The board met twice and the ferry runs again.\n\nLena Ortiz: The pier will reopen by spring.\n\nWeekly Review: The next meeting is in May.\n\nOrtiz: We will be there.\n");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Weekly Review");
        }

        [Fact]
        public void InitialsThatLabelOneParagraphOnlyAreNoTurn()
        {
            using var folder = new TempFolder();
            var corpus = Plain(folder, "A talk with the mayor\n\nHG: Mayor says pier will reopen in May.\n\nThe Harbour Gazette met Mayor Lena Ortiz at City Hall on Monday. She said the pier would reopen in May.\n");
            Assert.DoesNotContain(corpus.Claims, c => c.Speaker == "Harbour Gazette");
        }

        [Fact]
        public void AHeadlineQuotationOverAConversationWithSomeoneIsTheirs()
        {
            using var folder = new TempFolder();
            folder.Write("talk.txt", "\u201cThe pier will be ready by spring\u201d: a conversation with Lena Ortiz\n\nThe Harbour Gazette met Mayor Lena Ortiz at City Hall on Monday.\n\nHarbour Gazette: When will the pier reopen?\n\nLena Ortiz: If the money comes, the pier will be ready by spring.\n");
            var corpus = IncidentCorpus.Load(folder.Path);
            var q = corpus.Quotes.Single(x => x.Text.StartsWith("The pier will be ready"));
            Assert.Equal("Lena Ortiz", q.Speaker);
            Assert.Equal("HeadlineInterview", q.Rule);
        }

        [Fact]
        public void AHeadlineQuotationOverAStoryAboutSomeoneIsNotTheirs()
        {
            using var folder = new TempFolder();
            folder.Write("story.txt", "\u201cThe pier will be ready by spring\u201d: a dispute with Lena Ortiz\n\nThe council and Mayor Lena Ortiz disagree on the pier.\n");
            var corpus = IncidentCorpus.Load(folder.Path);
            Assert.DoesNotContain(corpus.Quotes, x => x.Rule == "HeadlineInterview");
        }
    }
}
