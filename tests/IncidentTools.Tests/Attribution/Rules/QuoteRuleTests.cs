using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>NamedQuotation: a quotation right after a naming word or a work's noun is nobody's words.</summary>
    public class NamedQuotationTests
    {
        [Theory]
        [InlineData("The ferry company launched a campaign called “Sail Again” on Friday.")]
        [InlineData("Crews call it the so-called “blue line” test.")]
        [InlineData("The pier is known as “the Spine” to the fishermen.")]
        [InlineData("The captain hummed the song “Harbour Lights” all night.")]
        public void TheQuotationIsExcluded(string body)
        {
            var c = RunRules(body, new NamedQuotation());
            var q = Assert.Single(c.Document.Quotations);
            Assert.Equal("NamedQuotation", c.ExcludedBy(q));
        }

        [Fact]
        public void AStatementAfterAVerbIsNotAName()
        {
            var c = RunRules("The captain said “we sail at noon” to the crew.", new NamedQuotation());
            Assert.True(c.IsOpen(Assert.Single(c.Document.Quotations)));
        }
    }

    /// <summary>QuoteThenCue: the attribution written right after the quotation.</summary>
    public class QuoteThenCueTests
    {
        [Theory]
        [InlineData("“Bell, if you are listening, find the missing logs.” Lund said.", "Lund")]
        [InlineData("“The ferry is late.” Lund said Friday.", "Lund")]
        public void ASentenceOfNothingButTheSourceAndItsCueAfterTheQuotation(string body, string mention)
        {
            Assert.Equal(mention, Of(RunRules(body, new QuoteThenCue()), "")!.Source!.Text);
        }

        [Theory]
        [InlineData("“The ferry is late.” Lund said the pier was closed.")]
        [InlineData("“The ferry is late.” Lund left early.")]
        public void ASentenceThatSaysMoreIsNoAttributionOfTheQuotationBefore(string body)
        {
            Assert.Empty(RunRules(body, new QuoteThenCue()).Found);
        }

        [Theory]
        [InlineData("“We sail at noon,” the captain said.", "the captain", "said")]
        [InlineData("“We sail at noon,” said Captain Ada Lund, who runs the ferry.", "Captain Ada Lund", "said")]
        [InlineData("“We sail at noon,” Ada Lund, the ferry's captain, told reporters.", "Ada Lund", "told")]
        [InlineData("“We sail at noon,” according to the ferry company.", "the ferry company", "according to")]
        [InlineData("“Will we sail?” asked a passenger.", "a passenger", "asked")]
        public void TheClauseAfterTheQuoteAttributesIt(string body, string mention, string cue)
        {
            var c = RunRules(body, new QuoteThenCue());
            var a = Of(c, "")!;
            Assert.Equal("QuoteThenCue", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
            Assert.Equal(CuePlace.After, a.Place);
        }

        [Theory]
        [InlineData("“Our children are thriving,” the letter reads.", "the letter", "reads")]
        [InlineData("“She did have a pain in her leg,” the book said.", "the book", "said")]
        [InlineData("“Why would you vote for him?” a narrator in the ferry company's ad asks.", "a narrator", "asks")]
        [InlineData("“Keep your hands in sight,” Ada Lund sings to the crowd.", "Ada Lund", "sings")]
        public void DocumentsNarratorsAndSingersSpeakToo(string body, string mention, string cue)
        {
            var a = Of(RunRules(body, new QuoteThenCue()), "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Theory]
        [InlineData("“A fantastic result,” telling reporters nothing more.")]
        [InlineData("“We sail at noon.” The captain left the bridge.")]
        public void NoAttributionWithoutAReportingClause(string body)
        {
            var c = RunRules(body, new QuoteThenCue());
            Assert.Empty(c.Found);
        }
    }

    /// <summary>TitleQuotation: a title-like quotation without its own attribution is a title or a name.</summary>
    public class TitleQuotationTests
    {
        [Fact]
        public void ATitleIsExcludedButAStatementIsNot()
        {
            var c = RunRules("The crew watched “Harbour Lights Forever” while the captain said the sea was “far too rough to cross.”", new TitleQuotation());
            Assert.Equal("TitleQuotation", c.ExcludedBy(c.Document.Quotations[0]));
            Assert.True(c.IsOpen(c.Document.Quotations[1]));
        }

        [Fact]
        public void ATitleWithItsOwnAttributionKeepsIt()
        {
            var c = RunRules("“Safe Harbour,” the captain said.", new QuoteThenCue(), new TitleQuotation());
            Assert.Equal("QuoteThenCue", Of(c, "Safe")!.Rule);
        }
    }

    /// <summary>InvertedIntroduction: "Said Smith: “…”".</summary>
    public class InvertedIntroductionTests
    {
        [Theory]
        [InlineData("Said Ada Lund: “We sail at noon.”", "Ada Lund")]
        [InlineData("Concluded the researchers in their report, “The pier is unsafe.”", "the researchers")]
        public void TheVerbFirstThenItsSubject(string body, string mention)
        {
            var c = RunRules(body, new InvertedIntroduction());
            Assert.Equal(mention, Of(c, "")!.Source!.Text);
        }

        [Theory]
        [InlineData("The pier reopened on Monday. Said Dora Poole, who grew up on the quay, “We were all so proud of it.”", "Dora Poole")]
        [InlineData("Said Ada Lund, the harbourmaster, “We sail at noon.”", "Ada Lund")]
        [InlineData("Lund said the crews were “tired.” But, said Lund, “Nobody wants to stop now.”", "Lund")]
        public void ARelativeClauseAnAppositionOrAConnectiveMayStandAround(string body, string mention)
        {
            var c = RunRules(body, new InvertedIntroduction());
            var a = Assert.Single(c.Found);
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal("InvertedIntroduction", a.Rule);
        }

        [Theory]
        [InlineData("Lund said the crews were “tired.” But, said the crews would say, “Nobody wants to stop now.”")]  // no subject after the verb
        [InlineData("Said Dora Poole, who grew up on the quay; she wrote “We were all so proud of it.”")]          // no aside: a clause of its own
        [InlineData("The ferry stopped, said the notice on the door, “until further notice.”")]                  // lower-case verb with no connective before it
        public void NoInvertedIntroductionWithoutItsShape(string body)
        {
            Assert.Empty(RunRules(body, new InvertedIntroduction()).Found);
        }

        [Fact]
        public void AnImperativeIsNoIntroduction()
        {
            var c = RunRules("Say what you will: “The pier is unsafe.”", new InvertedIntroduction());
            Assert.Empty(c.Found);
        }
    }

    /// <summary>CueBeforeQuote (and its close pass CueRightBeforeQuote): subject and verb before the quotation.</summary>
    public class CueBeforeQuoteTests
    {
        [Theory]
        [InlineData("Asked if the mayor’s comments had rattled the crews, Lund said, “Sure. Everybody listens to the mayor.”", "Lund")]
        [InlineData("Talking to sailors who claim the ferry is safe, Lund said, “Nobody who sails it thinks so.”", "Lund")]
        public void TheClauseRightBeforeTheQuotationWinsOverAnEarlierOne(string body, string mention)
        {
            var c = RunRules(body, new CueBeforeQuote(close: true));
            var a = Of(c, "")!;
            Assert.Equal("CueRightBeforeQuote", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("Lund took to the radio overnight to accuse the council of being “fooled” by the mayor.", "fooled", "accuse")]
        [InlineData("Lund used the hearing to demand that the mayor “resign at once.”", "resign", "demand")]
        public void AReportingVerbInAnInfinitiveOfPurposeReportsTheSubjectsWords(string body, string quote, string cue)
        {
            var a = Of(RunRules(body, new CueBeforeQuote(close: false)), quote)!;
            Assert.Equal("Lund", a.Source!.Text);
            Assert.Equal(cue, a.CueWords!.Text);
        }

        [Fact]
        public void AnInfinitiveAfterACommaOrAnotherSubjectIsNotThePurposeOfTheFirst()
        {
            Assert.DoesNotContain(RunRules("Lund took the boat, and then she went to the pier to call it “a wreck.”", new CueBeforeQuote(close: false)).Found,
                a => a.CueWords?.Text == "call" && a.Source?.Text == "Lund");
            Assert.DoesNotContain(RunRules("Lund took them to the pier to call it “a wreck.”", new CueBeforeQuote(close: false)).Found,
                a => a.CueWords?.Text == "call");
        }

        [Theory]
        [InlineData("The captain said that “the sea is too rough.”", "The captain")]
        [InlineData("Ada Lund, the ferry's captain, told reporters: “We stay in port.”", "Ada Lund")]
        [InlineData("The union called the timetable “a fantasy.”", "The union")]
        public void TheNearestClauseBeforeTheQuote(string body, string mention)
        {
            var c = RunRules(body, new CueBeforeQuote(close: false));
            var a = Of(c, "")!;
            Assert.Equal(mention, a.Source!.Text);
            Assert.Equal(CuePlace.Before, a.Place);
        }

        [Fact]
        public void AClauseAfterASpacedHyphenTypedForADashAttributesWhenNoOtherClauseDoes()
        {
            var c = RunRules("For that she drew the skipper's anger - he called her “weak” and said she had “no crew” left.", new CueBeforeQuote(close: false));
            Assert.Equal("he", Of(c, "weak")!.Source!.Text);
            Assert.Equal("he", Of(c, "no crew")!.Source!.Text);
        }

        [Fact]
        public void AReportingClauseBeforeTheHyphenKeepsTheQuotation()
        {
            // the aside after the hyphen ("he wrote a column on it") is no attribution of the quotation the outer clause reports
            var c = RunRules("Lund noted that delays are not new to the port - he wrote his first column on that subject, “It is a seismic event.”", new CueBeforeQuote(close: false));
            Assert.Equal("Lund", Of(c, "It is")!.Source!.Text);
        }

        [Fact]
        public void AClauseInsideTheSubjectsAppositionIsNotTheSubject()
        {
            var c = RunRules("Ada Lund, another skipper but a supporter of the new harbour board, said the timetable was “a fantasy.”", new CueBeforeQuote(close: false));
            Assert.Equal("Ada Lund", Of(c, "a fantasy")!.Source!.Text);
        }

        [Fact]
        public void TheClosePassTakesOnlyASpeechVerbRightBeforeTheQuote()
        {
            Assert.NotNull(Of(RunRules("The captain said: “We stay in port.”", new CueBeforeQuote(close: true)), "We stay"));
            Assert.Null(Of(RunRules("The captain said the ferry, after a long night at sea, was “too old to sail.”", new CueBeforeQuote(close: true)), "too old"));
            Assert.NotNull(Of(RunRules("The captain said the ferry, after a long night at sea, was “too old to sail.”", new CueBeforeQuote(close: false)), "too old"));
        }

        [Fact]
        public void ANearerAccordingToLeavesTheQuoteToItsRule()
        {
            var c = RunRules("The paper reported that, according to a port official, the pier was “beyond repair.”", new CueBeforeQuote(close: false));
            Assert.Empty(c.Found);
        }

        [Fact]
        public void AVerbThatTakesTheQuoteAsObjectStandsCloseToIt()
        {
            var c = RunRules("The union praised the captain on Monday for steering the old ferry through the storm and into a “safe harbour.”", new CueBeforeQuote(close: false));
            Assert.Empty(c.Found);
        }
    }

    /// <summary>SentenceFinalCue: the attribution that closes the quotation's sentence.</summary>
    public class SentenceFinalCueTests
    {
        [Fact]
        public void TheClosingClauseAttributesAQuoteInsideTheSentence()
        {
            var c = RunRules("The crews answered with a “show of strength,” sending six tugs into the storm, Reyes said.", new SentenceFinalCue());
            Assert.Equal("Reyes", Of(c, "show")!.Source!.Text);
        }

        [Fact]
        public void AClauseThatDoesNotCloseTheSentenceIsNone()
        {
            var c = RunRules("The crews answered with a “show of strength,” Reyes said after the long meeting with the board of the harbour company ended.", new SentenceFinalCue());
            Assert.Empty(c.Found);
        }
    }

    /// <summary>AccordingToQuote: "According to X, … “…”".</summary>
    public class AccordingToQuoteTests
    {
        [Fact]
        public void AccordingToBeforeTheQuote()
        {
            var c = RunRules("According to a senior port official, the storm caused “serious damage” to the pier.", new AccordingToQuote());
            var a = Of(c, "serious")!;
            Assert.Equal("a senior port official", a.Source!.Text);
            Assert.Equal("According to", a.CueWords!.Text);
        }

        [Fact]
        public void AReportingClauseAfterAnOpeningAccordingToIsTheSpeakerAndThePaperOnlyTheChannel()
        {
            // a press digest: "According to the paper, he said …": the inner clause's subject spoke, far from the quotation
            var body = "Mayor Ada Lund spoke at a dinner in Stenport on Saturday. According to the paper, she said the crews at the north quay had not left their posts across the bay before the wind broke the mooring lines on them, and that the town would not take “a letter of sympathy in place of real help”.";
            var c = RunRules(body, new CueBeforeQuote(close: true), new CueBeforeQuote(close: false), new AccordingToQuote());
            var a = Of(c, "a letter of sympathy")!;
            Assert.Equal("AccordingToQuote", a.Rule);
            Assert.Equal("she", a.Source!.Text);
            Assert.Equal("said", a.CueWords!.Text);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
            // a description for the inner subject, too
            c = RunRules("According to the Courier, the mayor told the dinner that the town would not take “charity”.", new AccordingToQuote());
            Assert.Equal("the mayor", Of(c, "charity")!.Source!.Text);
        }

        [Fact]
        public void AnAccordingToInsideTheSentenceOrAClauseWithoutAVerbOfSpeechKeepsItsSource()
        {
            var c = RunRules("The crews stayed, and according to the Courier, the mayor said the town would not take “charity”.", new AccordingToQuote());
            Assert.Equal("the Courier", Of(c, "charity")!.Source!.Text);
            c = RunRules("According to the Courier, the mayor was angry and the town would not take “charity”.", new AccordingToQuote());
            Assert.Equal("the Courier", Of(c, "charity")!.Source!.Text);
        }

        [Fact]
        public void APronounAfterAccordingToIsNoSource()
        {
            Assert.Empty(RunRules("According to him, the storm caused “serious damage” to the pier.", new AccordingToQuote()).Found);
        }
    }

    /// <summary>HeardFrom: "learned from X that “…”".</summary>
    public class HeardFromTests
    {
        [Fact]
        public void TheSourceAfterFrom()
        {
            var c = RunRules("The paper learned from a port official that the pier was “beyond repair.”", new HeardFrom());
            Assert.Equal("a port official", Of(c, "beyond")!.Source!.Text);
        }

        [Fact]
        public void FromAfterAnotherVerbIsNoSource()
        {
            Assert.Empty(RunRules("The ferry came from a port that was “beyond repair.”", new HeardFrom()).Found);
        }
    }

    /// <summary>NameBeforeCue: a sentence that does not open with its subject.</summary>
    public class NameBeforeCueTests
    {
        [Fact]
        public void TheNameRightBeforeTheFirstSpeechVerb()
        {
            var c = RunRules("This week Ada Lund told the magazine that “the ferry will sail again.”", new NameBeforeCue());
            Assert.Equal("Ada Lund", Of(c, "the ferry")!.Source!.Text);
        }

        [Fact]
        public void ALowerCaseWordBeforeTheVerbIsNoName()
        {
            Assert.Empty(RunRules("In a handwritten note to the crew about “the long night” everyone signed it.", new NameBeforeCue()).Found);
        }

        [Theory]
        [InlineData("The harbour board released a letter saying Lund’s comments “are not based on fact.”")]
        [InlineData("The crew dismissed the Smiths’ claims that the pier was “beyond repair.”")]
        public void AVerbSpelledNounAfterAPossessiveIsNoCue(string body)
        {
            Assert.Empty(RunRules(body, new NameBeforeCue()).Found);
        }
    }

    /// <summary>ParticipleCue: "X blasted the plan, saying “…”".</summary>
    public class ParticipleCueTests
    {
        [Fact]
        public void TheParticipleTakesTheSentenceSubject()
        {
            var c = RunRules("The union blasted the timetable, saying “nobody can sail on it.”", new ParticipleCue());
            var a = Of(c, "nobody")!;
            Assert.Equal("The union", a.Source!.Text);
            Assert.Equal("saying", a.CueWords!.Text);
        }

        [Theory]
        [InlineData("The union issued a statement Tuesday calling the new timetable “a insult to the crews.”", "The union", "a insult")]
        [InlineData("Ada Lund posted a series of messages early Monday saying that the port board had treated the island “as a car park.”", "Ada Lund", "as a car park")]
        public void WordsOfTimeMayStandBetweenTheDocumentAndItsParticiple(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new ParticipleCue()), quote)!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("Hours later, she issued a statement calling on the board “to rethink the whole timetable.”", "she", "to rethink")]
        [InlineData("But a few days later, Kell reversed herself again, telling the radio that the tolls “are settled for good.”", "Kell", "are settled")]
        [InlineData("Two weeks ago, the union sent an email saying, “done.”", "the union", "done")]
        public void APhraseOfTimeBeforeItsCommaIsNoSubject(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new ParticipleCue()), quote)!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void AParticipleAfterWordsOfTimeWithNoDocumentIsNoCue()
        {
            Assert.Empty(RunRules("The union met the board on Tuesday calling the timetable “a insult.”", new ParticipleCue()).Found);
        }

        [Fact]
        public void AParticipleOfAnotherKindIsNoCue()
        {
            Assert.Empty(RunRules("The union blasted the timetable, smiling “nobody can sail on it.”", new ParticipleCue()).Found);
        }
    }
}
