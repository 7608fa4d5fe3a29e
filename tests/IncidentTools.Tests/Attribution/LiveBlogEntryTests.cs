using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>A live blog's entries open with a clock time: the entry's subject is found past it (texts of its own).</summary>
    public class LiveBlogEntryTests
    {
        [Fact]
        public void TheSubjectOfAnEntryIsReadPastItsClockTime()
        {
            var found = Run("Live updates | Monday | All times local\n\n" +
                            "8:02 a.m. -- Good morning. The harbour board meets at nine.\n\n" +
                            "9:41 a.m. -- Mayor Lena Ortiz is on the line from the harbour. She says the divers found corrosion in four cables.\n\n" +
                            "9:52 a.m. -- At the port, spokesman Piet Marsh is asked about the ferries. “They run every hour,” he says.", out _);
            Assert.Equal("Lena Ortiz", found.Single(f => f.Content.StartsWith("the divers")).Record.Speaker?.Display);
            Assert.Equal("Piet Marsh", found.Single(f => f.Content == "They run every hour,").Record.Speaker?.Display);
        }

        [Fact]
        public void ADescriptionUsedAsATitleBeforeANameThenAVerbIsTheEntrysSubject()
        {
            // "Harbour press officer Piet Marsh opens …": the name ends at the verb; "he" is Marsh
            var found = Run("Live updates | Monday | All times local\n\n" +
                            "9:34 a.m. -- Harbour press officer Piet Marsh opens the briefing. The ferries “run every hour,” he says.\n\n" +
                            "9:40 a.m. -- City transport chief Anna Berg arrives late. “The buses wait,” she says.", out _);
            Assert.Equal("Piet Marsh", found.Single(f => f.Content.StartsWith("run every hour")).Record.Speaker?.Display);
            Assert.Equal("Anna Berg", found.Single(f => f.Content.StartsWith("The buses wait")).Record.Speaker?.Display);
        }

        [Fact]
        public void AClockTimeWithoutADashIsNotPartOfTheEntrysSubjectOrContent()
        {
            // "09:20 Emergency services say …": the stamp before a capital is the blog's heading, a sentence of its own
            var found = Run("Flood live\n\n" +
                            "09:20 Harbour pilots say they have towed six barges clear overnight.\n\n" +
                            "10:05 According to the coastguard, the swell will ease by noon.", out _);
            Assert.Equal("Harbour pilots", found.Single(f => f.Content.StartsWith("they have towed")).Source);
            Assert.Equal("the swell will ease by noon", found.Single(f => f.Source == "the coastguard").Content);
        }

        [Fact]
        public void AClockTimeWrittenWithAFullStopIsNotPartOfTheEntrysSubject()
        {
            // "00.30 Aviation experts believe …": British live reports write the time with a full stop, one token
            var found = Run("Flood live\n\n" +
                            "09.20 Harbour pilots believe the barges drifted overnight.\n\n" +
                            "23.05 The coastguard said the swell would ease by noon.", out _);
            Assert.Equal("Harbour pilots", found.Single(f => f.Content.StartsWith("the barges drifted")).Source);
            Assert.Equal("The coastguard", found.Single(f => f.Content.StartsWith("the swell")).Source);
        }

        [Theory]
        [InlineData("09.20 Harbour pilots say it.", 1)]
        [InlineData("9.45 Harbour pilots say it.", 1)]
        [InlineData("12.75 Pounds was the fare, the pilots said.", 0)]     // no clock: 75 minutes
        [InlineData("24.10 Harbour pilots say it.", 0)]                    // no clock: hour 24
        [InlineData("2.5 Million barges drifted, the pilots said.", 0)]    // one digit after the stop: a number
        [InlineData("09.20 the pilots say it.", 0)]                        // no capital after it
        public void AnOpeningClockTimeWithAFullStopBeforeACapitalIsASentenceOfItsOwn(string paragraph, int expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(paragraph, System.Array.Empty<IncidentTools.Text.QuotationSpan>());
            var first = IncidentTools.Text.Tokenizer.Sentences(tokens)[0];
            Assert.Equal(expected, first.End == 1 ? 1 : 0);
        }

        [Theory]
        [InlineData("09:20 Harbour pilots say it.", 3)]
        [InlineData("9:41 a.m. -- Mayor Lena Ortiz is on the line.", 0)]   // AfterClockStamp reads this one
        [InlineData("3:10 was the final score, the club said.", 0)]         // a number in the sentence, no heading
        [InlineData("The vote was 9:41 in favour.", 0)]
        public void AnOpeningClockTimeBeforeACapitalIsASentenceOfItsOwn(string paragraph, int expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(paragraph, System.Array.Empty<IncidentTools.Text.QuotationSpan>());
            var first = IncidentTools.Text.Tokenizer.Sentences(tokens)[0];
            Assert.Equal(expected, first.End == 3 && tokens.Count > 3 ? 3 : 0);
        }

        [Fact]
        public void AHeInAnEntryIsNoSpeakerOfAnEarlierEntryWhenItsOwnEntryHasAPerson()
        {
            // the ferry strike's blog: the director spoke two entries back; the new entry brings in a negotiator, and its "he" is his
            var found = Run("Ferry strike - live\n\n" +
                            "10.05 The port authority's director, Tomas Ruud, has told the council the cranes will stay idle. The union, he said, had \"broken every promise\".\n\n" +
                            "11.20 The ferry company's chief executive has arrived at the harbour. Her deputy said she would meet both sides.\n\n" +
                            "12.15 A union negotiator has just left the talks. He said the offer was \"an insult to every docker\".", out _);
            Assert.Equal("Tomas Ruud", found.Single(f => f.Content.StartsWith("broken every")).Record.Speaker?.Display);
            var insult = found.Single(f => f.Content.StartsWith("the offer was")).Record.Speaker;
            Assert.NotNull(insult);
            Assert.NotEqual("Tomas Ruud", insult!.Display);
            Assert.Contains("negotiator", insult.Display);
        }

        [Fact]
        public void AnEntryUnderAStampAloneRunsToTheNextStamp()
        {
            // "6:01 p.m." over the entry's paragraphs, as wire live pages write it: the second entry's "she" is its own mayor's
            var found = Run("The Latest: harbour vote\n\n" +
                            "5:40 p.m.\n\n" +
                            "Harbour board chair Anna Berg says the levy will pass.\n\n" +
                            "She says the board has \"counted every vote\".\n\n" +
                            "6:01 p.m.\n\n" +
                            "A councillor from the island wards has walked out of the chamber.\n\n" +
                            "She says the levy is \"a tax on the ferry towns\".", out var ctx);
            Assert.Equal("Anna Berg", found.Single(f => f.Content.StartsWith("the board has")).Record.Speaker?.Display);
            var tax = found.Single(f => f.Content.StartsWith("the levy is")).Record.Speaker;
            Assert.NotNull(tax);
            Assert.Contains("councillor", tax!.Display);
            var entries = ctx.Document.Paragraphs.Where(p => p.Section == IncidentTools.ParagraphSection.Body).Select(p => p.EntryStart).ToArray();
            Assert.Equal(new[] { -1, 2, 2, 2, 5, 5, 5 }, entries);
        }

        [Theory]
        [InlineData("12.15 A US official briefed reporters.", true)]
        [InlineData("09:20 Harbour pilots say it.", true)]
        [InlineData("9:41 a.m. -- Mayor Lena Ortiz is on the line.", true)]
        [InlineData("09:30 GMT - The army says the road is open.", true)]
        [InlineData("1:05pm Divers are back in the water.", true)]
        [InlineData("11:00 am – The ferries stop.", true)]
        [InlineData("6:01 p.m.", true)]
        [InlineData("4:40 p.m.:", true)]
        [InlineData("3:10 was the final score, the club said.", false)]
        [InlineData("The vote was 9:41 in favour.", false)]
        [InlineData("12.75 Pounds was the fare, the pilots said.", false)]
        [InlineData("09.20 the pilots say it.", false)]
        public void AParagraphOpensAnEntryWithATimeStamp(string paragraph, bool expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(paragraph, System.Array.Empty<IncidentTools.Text.QuotationSpan>());
            Assert.Equal(expected, IncidentTools.Text.Tokenizer.OpensTimeStamp(tokens));
        }

        [Theory]
        [InlineData("9:41 a.m. -- Mayor Lena Ortiz is on the line.", 5)]
        [InlineData("14:05 — Some context: Divers have said all along that the cables were sound.", 7)]
        [InlineData("9:52 a.m. -- Ortiz on the ferries: when asked, she smiled.", 5)]       // a label before lower case is the entry's own words
        [InlineData("The vote was 9:41 in favour.", 0)]
        public void AClockTimeAndALabelAreSkipped(string sentence, int expected)
        {
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(sentence, System.Array.Empty<IncidentTools.Text.QuotationSpan>());
            Assert.Equal(expected, Clauses.AfterClockStamp(tokens, 0, tokens.Count));
        }
    }
}
