using System.Linq;
using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ColonIntroduction: a paragraph that ends "He said:" introduces the next one's quotation.</summary>
    public class ColonIntroductionTests
    {
        [Fact]
        public void TheNextParagraphsQuotationIsTheIntroducedSpeakers()
        {
            var c = RunRules("Ada Lund spoke to the crew on Monday. She said:\n\n“We stay in port until the wind drops.”", new ContinuationPass(new ColonIntroduction()));
            var a = Of(c, "We stay")!;
            Assert.Equal("ColonIntroduction", a.Rule);
            Assert.Equal("She", a.Source!.Text);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
            Assert.Equal(QuoteKind.Direct, c.Facts(c.Document.Quotations.Single()).Kind);
        }

        [Theory]
        [InlineData("The harbour board met on Monday. The following is the statement of Harbour Master Ada Lund:", "Ada Lund")]
        [InlineData("The board met on Monday. Here is the key passage from the harbour board's statement:", "harbour board")]
        [InlineData("Following is a letter by Ada Lund, sent to the crews on Monday:", "Ada Lund")]
        // the name set off after a description is the issuer, the description its role
        [InlineData("The board issued a statement. The following is the statement of its chairman, Ada Lund:", "Ada Lund")]
        public void AStatementThatTheTextPresentsIsItsIssuersOverItsParagraphs(string introduction, string issuer)
        {
            // a release or a story prints a statement after a sentence that presents it: each paragraph opens a quotation and
            // only the last closes it; all of them are the issuer's words
            var c = RunRules(introduction + "\n\n“We stay in port until the wind drops.\n\n“The ferries will run again on Friday.\n\n“We thank the crews.”",
                new ContinuationPass(new ColonIntroduction(), new ContinuedQuote()));
            var a = Of(c, "We stay")!;
            Assert.Equal("ColonIntroduction", a.Rule);
            Assert.Contains(issuer, a.Speaker!.Display);
            Assert.Equal(a.Speaker!.Display, Of(c, "The ferries")!.Speaker!.Display);
            Assert.Equal(a.Speaker!.Display, Of(c, "We thank")!.Speaker!.Display);
        }

        [Theory]
        [InlineData("The following is the timetable for the week:")]          // no missive
        [InlineData("Here is what the board decided on Monday:")]               // no issuer's missive
        [InlineData("The board issued a statement. The crews posted the following:")] // no presenting opening
        public void AColonAfterWordsThatPresentNoStatementOfAnIssuerIntroducesNobodysWords(string introduction)
        {
            var c = RunRules(introduction + "\n\n“We stay in port until the wind drops.”", new ContinuationPass(new ColonIntroduction()));
            Assert.Empty(c.Found);
        }

        [Fact]
        public void AColonInsideASentenceIsNoIntroductionOfTheNextParagraph()
        {
            var c = RunRules("The rules are simple: no sailing after dark.\n\n“We stay in port until the wind drops.”", new ContinuationPass(new ColonIntroduction()));
            Assert.Empty(c.Found);
        }
    }

    /// <summary>ContinuationPass: the chain of one speaker's quotations through a paragraph.</summary>
    public class ContinuationChainTests
    {
        [Fact]
        public void ATermQuotedInTheAttributionClauseDoesNotBreakTheChain()
        {
            var c = RunRules("“A lot of people were upset,” said Ada Lund, one of the original “big four” skippers on the board. “They said it was our job.”",
                new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote()));
            var a = Of(c, "They said")!;
            Assert.Equal("NextSentenceQuote", a.Rule);
            Assert.Equal("Ada Lund", a.Root.Source!.Text);
            Assert.Null(Of(c, "big four"));
        }

        [Fact]
        public void AQuotationInTheWritersNextSentenceStillBreaksIt()
        {
            var c = RunRules("“We lost the vote,” said Ada Lund. The union called the count “a fraud.” “It is over.”",
                new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote()));
            Assert.Null(Of(c, "It is over"));
        }
    }

    /// <summary>QuoteInRelative: a quotation in the relative clause about the one a quotation before it names.</summary>
    public class QuoteInRelativeTests
    {
        [Theory]
        [InlineData("Kell called the pilots “cowards” that are “afraid of the sea.”", "afraid")]
        [InlineData("Kell called the harbourmaster a “liar” who was not “honorable.”", "honorable")]
        public void TheNamersWordsGoOnInTheRelativeClause(string body, string quote)
        {
            var c = RunRules(body, new NamingVerb(), new ContinuationPass(new QuoteInRelative()));
            var a = Of(c, quote)!;
            Assert.Equal("QuoteInRelative", a.Rule);
            Assert.Equal("Kell", a.Root.Source!.Text);
        }

        [Theory]
        [InlineData("Kell called the harbourmaster a “liar” who, the board said, was “honorable.”")]   // another speaker inside
        [InlineData("Kell called the harbourmaster a “liar” who told the crew “we sail at noon.”")]    // a clause of its own with its own verb of saying
        [InlineData("Kell called the harbourmaster a “liar” whose boat was “the fastest.”")]           // not the relative of the one named
        public void NotWhenTheClauseHasItsOwnSpeakerOrSubject(string body)
        {
            var c = RunRules(body, new NamingVerb(), new ContinuationPass(new QuoteInRelative()));
            Assert.Null(Of(c, c.Document.Quotations[1].Text.Substring(0, 3)));
        }
    }

    /// <summary>ContinuedQuote: a paragraph that opens with a quotation continues the speaker before.</summary>
    public class ContinuedQuoteTests
    {
        [Fact]
        public void AnUnclosedQuotationAfterAClosedOneIsAnExcerptNotMoreOfTheSameWords()
        {
            var c = RunRules("“The pumps will hold,” Reyes said. “They always do.”\n\n\"The crew slept through the storm.\n\nThe ferry sailed at noon.",
                new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote(), new ContinuedQuote()));
            Assert.Null(Of(c, "The crew slept"));
        }

        [Fact]
        public void ASubheadInSingleMarksContinuesNobody()
        {
            var c = RunRules("“The pumps will hold,” Reyes said.\n\n‘Worth the wait.’\n\nThe ferry sailed at noon.",
                new QuoteThenCue(), new ContinuationPass(new ContinuedQuote()));
            Assert.Null(Of(c, "Worth the wait"));
        }

        [Fact]
        public void AQuotationThatRanOnIntoTheNextParagraph()
        {
            var c = RunRules("“The first pump failed at midnight,” Reyes said. “Then the second one went.\n\n“By dawn the quay was under water.”",
                new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote(), new ContinuedQuote()));
            Assert.Equal("ContinuedQuote", Of(c, "By dawn")!.Rule);
            Assert.Equal("Reyes", Of(c, "By dawn")!.Root.Source!.Text);
        }

        [Fact]
        public void ANewParagraphOfTheSameSpeakersWords()
        {
            var c = RunRules("“The pumps were old,” Reyes said.\n\n“Nobody listened to us for ten years.”", new QuoteThenCue(), new ContinuationPass(new ContinuedQuote()));
            Assert.Equal("Reyes", Of(c, "Nobody")!.Speaker!.Display);
        }

        [Theory]
        [InlineData("“… they still blame the crew for all of it. I know what I saw.”")]
        [InlineData("\"... and then the pumps stopped. Nobody came.\"")]
        public void AStatementCutAtItsStartIsMoreOfTheSameSpeakersWords(string paragraph)
        {
            var c = RunRules("“The pumps were old,” Reyes said.\n\n" + paragraph, new QuoteThenCue(), new ContinuationPass(new ContinuedQuote()));
            var q = c.Document.Quotations[1];
            Assert.Equal("Reyes", c.AttributionOf(q)!.Speaker!.Display);
            Assert.Equal(QuoteKind.Direct, c.Facts(q).Kind);
        }

        [Fact]
        public void AFragmentCutAtItsStartAfterTheWritersWordsContinuesNobody()
        {
            // the paragraph before ends with the writer's sentence, not with the attributed quotation
            var c = RunRules("“The pumps were old,” Reyes said. The harbour board met on Monday.\n\n“… they still blame the crew for all of it.”",
                new QuoteThenCue(), new ContinuationPass(new ContinuedQuote()));
            Assert.Null(Of(c, "… they"));
        }

        [Fact]
        public void AParagraphWithItsOwnAttributionIsNotContinued()
        {
            var c = RunRules("“The pumps were old,” Reyes said.\n\n“Nobody listened.” Then Mayor Ada Lund said “that is not true.”",
                new QuoteThenCue(), new CueBeforeQuote(close: false), new ContinuationPass(new ContinuedQuote()));
            Assert.Null(Of(c, "Nobody"));
        }
    }

    /// <summary>NextSentenceQuote: “A,” he said. “B.”</summary>
    public class NextSentenceQuoteTests
    {
        [Fact]
        public void TheNextSentenceOfQuotationIsTheSameSpeakers()
        {
            var c = RunRules("“We sail at noon,” the captain said. “The sea is calm.”", new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote()));
            Assert.Equal("the captain", Of(c, "The sea")!.Root.Source!.Text);
        }

        [Fact]
        public void AWritersSentenceBetweenBreaksTheChain()
        {
            var c = RunRules("“We sail at noon,” the captain said. The passengers cheered. “The sea is calm.”", new QuoteThenCue(), new ContinuationPass(new NextSentenceQuote()));
            Assert.Null(Of(c, "The sea"));
        }
    }

    /// <summary>SplitQuote: “A,” said X, “b …”.</summary>
    public class SplitQuoteTests
    {
        [Fact]
        public void TheRestOfAQuotationBrokenByItsAttribution()
        {
            var c = RunRules("“Fraudulent practices,” said Fleming, “can be hard to detect.”", new QuoteThenCue(), new ContinuationPass(new SplitQuote()));
            Assert.Equal("SplitQuote", Of(c, "can be")!.Rule);
            Assert.Equal("Fleming", Of(c, "can be")!.Root.Source!.Text);
        }

        [Fact]
        public void AQuotationFarFromTheAttributionIsNotSplit()
        {
            var c = RunRules("“Fraudulent practices,” said Fleming on a long call with the board of the bank, “can be hard to detect.”", new QuoteThenCue(), new ContinuationPass(new SplitQuote()));
            Assert.Null(Of(c, "can be"));
        }
    }

    /// <summary>SpeakingSubject: "X says he is heartbroken. “…”".</summary>
    public class SpeakingSubjectTests
    {
        [Fact]
        public void TheSubjectOfASentenceThatReportsTheirSpeech()
        {
            var c = RunRules("Ada Lund says she is heartbroken. “I grew up on these boats.”", new ContinuationPass(new SpeakingSubject()));
            Assert.Equal("Ada Lund", Of(c, "I grew")!.Source!.Text);
        }

        [Fact]
        public void ASubjectThatIsNotOnePersonSpeaksNoQuote()
        {
            var c = RunRules("The ferry companies say they are heartbroken. “I grew up on these boats.”", new ContinuationPass(new SpeakingSubject()));
            Assert.Empty(c.Found);
        }
    }

    /// <summary>SalientSpeaker: a quotation a few sentences after its speaker's, with only that speaker as the subject between.</summary>
    public class SalientSpeakerTests
    {
        [Fact]
        public void TheSpeakerStaysTheSubject()
        {
            var c = RunRules("“It can’t get any worse,” said Tom Foreman, who has applied for 20 jobs. He worked in construction. “I have two kids.”",
                new QuoteThenCue(), new ContinuationPass(new SalientSpeaker()));
            Assert.Equal("SalientSpeaker", Of(c, "I have")!.Rule);
        }

        [Fact]
        public void AnotherSubjectBetweenBreaksIt()
        {
            var c = RunRules("“It can’t get any worse,” said Tom Foreman, who has applied for 20 jobs. Ada Lund worked in construction. “I have two kids.”",
                new QuoteThenCue(), new ContinuationPass(new SalientSpeaker()));
            Assert.Null(Of(c, "I have"));
        }

        [Fact]
        public void ARelativeWithTheSameSurnameIsAnotherSubject()
        {
            // "Ada Foreman" after "Tom Foreman": one family name, two people
            var c = RunRules("“It can’t get any worse,” said Tom Foreman, who has applied for 20 jobs. Ada Foreman shook her head. “He is kinder than I am.”",
                new QuoteThenCue(), new ContinuationPass(new SalientSpeaker()));
            Assert.Null(Of(c, "He is kinder"));
            var same = RunRules("“It can’t get any worse,” said Tom Foreman, who has applied for 20 jobs. Foreman shook his head. “I have two kids.”",
                new QuoteThenCue(), new ContinuationPass(new SalientSpeaker()));
            Assert.Equal("SalientSpeaker", Of(same, "I have")!.Rule);
        }
    }
}

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>The continuation pass itself.</summary>
    public class ContinuationPassTests
    {
        [Fact]
        public void ATitleBetweenTwoQuotationsOfOneSpeakerDoesNotBreakTheChain()
        {
            var c = RunRules("“We lost two boats,” Ada Lund told the radio show “Island Mornings.” “The insurers will not pay.”",
                new NamedQuotation(), new QuoteThenCue(), new TitleQuotation(), new ContinuationPass(new NextSentenceQuote()));
            Assert.Equal("Ada Lund", Of(c, "The insurers")!.Speaker!.Display);
            Assert.Null(Of(c, "Island"));
        }
    }
}
