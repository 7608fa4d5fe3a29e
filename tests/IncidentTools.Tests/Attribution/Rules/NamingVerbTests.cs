using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>NamingVerb: a name or a term someone gives is their words.</summary>
    public class NamingVerbTests
    {
        [Theory]
        [InlineData("The mayor called the old ferry “the Rust Bucket” at the meeting.", "The mayor", "the Rust Bucket")]
        [InlineData("The crash that Captain Ada Lund described as “a freak wave” sank two boats.", "Captain Ada Lund", "a freak wave")]
        [InlineData("The company is fighting what it calls “a campaign of lies.”", "it", "a campaign of lies")]
        [InlineData("The union condemned what it called “a reckless timetable.”", "The union", "a reckless timetable")]
        public void TheOneWhoNamesIt(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("Ada Lund, a member of the ferry board, called the plan “reckless” on Monday.", "Ada Lund", "reckless")]
        [InlineData("Tom Reyes, the harbour master, called the timetable “a fantasy.”", "Tom Reyes", "a fantasy")]
        [InlineData("After the vote, a member of the ferry board called the plan “reckless” on Monday.", "a member", "reckless")] // no name before it
        public void ANameBeforeItsAppositionNamesIt(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("Senator Ada Brenner has railed against what she calls the “harbour cartel” for years.", "Senator Ada Brenner", "harbour cartel")]
        [InlineData("Kell's campaign is seeking to contrast her plan with what they call Mayor Tobin's “empty promises.”", "Kell's campaign", "empty promises")]
        [InlineData("The company is fighting what it calls “a campaign of lies.”", "it", "a campaign of lies")]                      // "it": left to itself
        [InlineData("She was moved to a clinic after what she called a “tantrum” in the lobby.", "she", "tantrum")]                    // a pronoun subject: no better mention
        [InlineData("Mayor Ruth Kell was blunt about the port's debts - what he called “our anchor chain.”", "he", "our anchor chain")] // across a dash: anyone's words
        public void TheFreeRelativesPronounStandsForTheSentenceSubject(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("The skipper took a swipe at Tobin, who he dubbed “the little harbourmaster.”", "he", "the little harbourmaster")]
        [InlineData("Much of the union's anger fell on Ruth Kell, whom one dock worker described as “a wrecker.”", "one dock worker", "a wrecker")]
        [InlineData("The board praised Jo Bell, who Mayor Lund on Friday called “the best pilot on the coast.”", "Mayor Lund", "the best pilot")]
        public void ARelativeWhoOrWhomIsThePersonNamedAndItsSubjectNamesThem(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("Kell in his first speech called the harbour pilots “rapists” and promised a new wall.", "Kell")]
        [InlineData("The mayor on Fox News called the plan “a disgrace.”", "The mayor")]
        public void APrepositionalPhraseMayStandBetweenSubjectAndVerb(string body, string mention)
        {
            var a = Of(RunRules(body, new NamingVerb()), "")!;
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void APhraseWithAClauseOfItsOwnIsNoSuchPhrase()
        {
            Assert.Empty(RunRules("Kell in the speech he gave called the harbour pilots “rapists.”", new NamingVerb()).Found);
        }

        [Fact]
        public void ANicknameThatPeopleGiveInGeneralIsNobodysNaming()
        {
            Assert.Empty(RunRules("The crowd cheered for Elvis Ford, whom fans call “the King.”", new NamingVerb()).Found);
        }

        [Fact]
        public void ARelativeWhoThatIsTheSubjectNamesNothingOfItsOwn()
        {
            // "who" is the subject here: nothing stands between it and the verb, so the relative gives no second speaker
            var a = Of(RunRules("The ferry was late again for Jo Bell, who called the timetable “a joke.”", new NamingVerb()), "a joke");
            Assert.NotEqual("Jo Bell", a?.Source?.Text);
        }

        [Fact]
        public void AThingNamedRightAfterAnIndefiniteNounIsNobodysNaming()
        {
            Assert.Empty(RunRules("A local news site called “The Quayside” reported the closure first.", new NamingVerb()).Found);
        }

        [Fact]
        public void TheSecondNameOfAListTakesTheFirstsAttribution()
        {
            var c = RunRules("The mayor called the ferries “Old Rusty” and “Slow Molly” in her speech.", new NamingVerb());
            Assert.Same(Of(c, "Old Rusty")!.Root, Of(c, "Slow Molly")!.Root);
        }

        [Theory]
        // "that" after a document is the naming verb's own object when nothing else stands between the verb and the quotation
        [InlineData("In a clip that Judge Ada Ruiz called “distasteful,” Reyes mocked the jury.", "Judge Ada Ruiz", "distasteful")]
        [InlineData("The mayor shared a video that her rival had called “pure fiction” in May.", "her rival", "pure fiction")]
        public void ADocumentsRelativeThatIsTheObjectNamed(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Fact]
        public void ANameWithALongAppositionAfterARelativeNamesIt()
        {
            var a = Of(RunRules("The race ended in what Ada Lund, treasurer of the harbour party's northern campaign, called “hand-to-hand fighting.”", new NamingVerb()), "hand-to-hand")!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal("Ada Lund", a.Source!.Text);
        }

        [Theory]
        // past a plain subject's reach: no name with its apposition between commas, nothing is read there
        [InlineData("The race ended in what Ada Lund and the three loyal friends from her northern harbour called “hand-to-hand fighting.”")]
        [InlineData("The race ended in what the harbour party's treasurer in the northern port and her three friends called “hand-to-hand fighting.”")]
        public void ALongSubjectWithoutAppositionIsNotRead(string body) => Assert.Empty(RunRules(body, new NamingVerb()).Found);

        [Theory]
        [InlineData("Locals call the pier “the Spine.”")]
        [InlineData("The film called “Tidewater Nights” opened on Friday.")]
        [InlineData("She pointed to reports that the mayor called the ferry “the Rust Bucket” in private.")]
        [InlineData("A video that the mayor called the ferry “a wreck” was shared widely.")]   // a report of what she called it, its object named
        public void AGenericOrReportedNameIsNotTheirs(string body) => Assert.Empty(RunRules(body, new NamingVerb()).Found);
    }

    /// <summary>QuoteInList: a quotation coordinated with the one before it takes its speaker.</summary>
    public class QuoteInListTests
    {
        [Fact]
        public void TheRestOfTheListIsTheSameSpeakers()
        {
            var c = RunRules("The captain called the timetable “a fantasy,” a “waste of money” and “an insult to every crew on the island.”",
                new CueBeforeQuote(close: true), new ContinuationPass(new QuoteInList()));
            Assert.Equal("QuoteInList", Of(c, "an insult")!.Rule);
            Assert.Equal("The captain", Of(c, "an insult")!.Root.Source!.Text);
        }

        [Fact]
        public void AQuotationAfterAnotherClauseIsNoListMate()
        {
            var c = RunRules("The captain called the timetable “a fantasy,” while most passengers think it is “a fair compromise.”",
                new CueBeforeQuote(close: true), new ContinuationPass(new QuoteInList()));
            Assert.NotNull(Of(c, "a fantasy"));
            Assert.Null(Of(c, "a fair"));
        }
    }

    /// <summary>NamedQuotation: the noun of a work before a quotation, but not a surname that spells one.</summary>
    public class NamedQuotationSurnameTests
    {
        [Fact]
        public void ASurnameThatIsAWorkNounNamesNoTitle()
        {
            var c = RunRules("Ortiz said on Thursday that the comment by Dr. Paul Song “was inappropriate and insensitive.”", new NamedQuotation());
            Assert.Null(c.ExcludedBy(c.Document.Quotations.Single()));
        }

        [Theory]
        [InlineData("The band closed with the Folk Song “Harbour Lights.”")]  // a title opens in capitals
        [InlineData("The band closed with the song “harbour lights.”")]         // a work noun in lower case
        public void AWorkNounBeforeATitleStillNamesIt(string body)
        {
            var c = RunRules(body, new NamedQuotation());
            Assert.Equal("NamedQuotation", c.ExcludedBy(c.Document.Quotations.Single()));
        }

        [Theory]
        [InlineData("The levy is what the previous harbour master, Tom Reyes, called “a tax on breathing.”", "Tom Reyes", "a tax on breathing")]
        [InlineData("Given the board's efforts, which the port's chief executive, Jo Lund, called “total political junk,” the vote was close.", "Jo Lund", "total political junk")]
        [InlineData("The ferry sank in what a critic dubbed “the lost summer.”", "a critic", "the lost summer")]
        public void AfterARelativeADescriptionWithItsNameOrAnIndefiniteSubjectNamesIt(string body, string mention, string quote)
        {
            var a = Of(RunRules(body, new NamingVerb()), quote)!;
            Assert.Equal("NamingVerb", a.Rule);
            Assert.Equal(mention, a.Source!.Text);
        }

        [Theory]
        [InlineData("The board hired a pilot, Tom Reyes, called “the Fox” by the crew.", "the Fox")]              // no relative: the pilot is named
        [InlineData("The ferry sank after a storm one critic dubbed “the lost summer.”", "the lost summer")]   // no relative word before the subject
        [InlineData("A news site called “The Local” ran the story.", "The Local")]
        public void WithoutARelativeWordNobodyNamesIt(string body, string quote)
        {
            Assert.Null(Of(RunRules(body, new NamingVerb()), quote));
        }
    }
}
