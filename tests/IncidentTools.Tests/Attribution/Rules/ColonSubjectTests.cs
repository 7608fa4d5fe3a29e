using IncidentTools.Attribution;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution.Rules
{
    /// <summary>ColonSubject: a whole statement after the colon that ends the writer's clause is its subject's words, whatever the verb.</summary>
    public class ColonSubjectTests
    {
        private static AttributionContext Run(string body) => RunRules(body, new ContinuationPass(new ColonSubject()));

        [Fact]
        public void AStatementAfterAColonInItsOwnSentenceIsTheSubjects()
        {
            var c = Run("The harbour master gave a blunt reply on Monday. Ada Lund delivered her verdict: “The pumps stay off until spring.”");
            var a = Of(c, "The pumps stay")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("Ada Lund", a.Source!.Text);
            Assert.Equal("delivered", a.CueWords!.Text);
        }

        [Fact]
        public void AParagraphOpeningWithAStatementAfterAParagraphEndingWithAColon()
        {
            var c = Run("The storm closed the quay for a week. The port authority issued the following statement:\n\n“The ferry will sail again on Friday. Passengers should arrive early.”");
            var a = Of(c, "The ferry will")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("The port authority", a.Source!.Text);
        }

        [Fact]
        public void ADescriptionWithAPlaceAndANameApposedThenAPhraseBeforeTheColon()
        {
            // "The harbour spokesman in Dover, Ian Dale, said in a short statement:": the place after the head and the name apposed
            // after it, then the verb of speech and a phrase of the occasion before the colon
            var c = Run("The ferry was held in port for a third day. The harbour spokesman in Dover, Ian Dale, said in a short statement: “We regret the delay, and the gate will open again on Friday.”");
            var a = Of(c, "We regret the delay")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("said", a.CueWords!.Text);
            Assert.Equal("Ian Dale", a.Speaker!.Display);
        }

        [Fact]
        public void APronounSubjectTakesThePersonNamedBefore()
        {
            var c = Run("Ada Lund spoke to the crew on the pier. She then turned to the reporters again: “Nobody sails tonight, and nobody will.”");
            var a = Of(c, "Nobody sails")!;
            Assert.Equal("She", a.Source!.Text);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
        }

        [Fact]
        public void ALongIntroductoryPhraseBeforeTheSubject()
        {
            // seventeen tokens of introduction before the comma: the subject after it still opens the clause
            var c = Run("With harbour officials increasingly worried about a lack of trust in the new ferry among older island residents, Mayor Ada Lund is rolling out a new message: “The ferry is safe.”");
            var a = Of(c, "The ferry is")!;
            Assert.Equal("Mayor Ada Lund", a.Source!.Text);
            // an introduction that runs on past twenty-four tokens to its comma is no introduction: nobody's words
            c = Run("With harbour officials increasingly worried about a lack of trust in the new ferry among older island residents and their many children and grandchildren on the mainland, Mayor Ada Lund is rolling out a new message: “The ferry is safe.”");
            Assert.Null(Of(c, "The ferry is"));
        }

        [Fact]
        public void AReleaseIntroducedByASubjectWithBracketsAnAppositionAndALongVerbPhrase()
        {
            // the verb phrase is counted from the verb, past "(D-Ore.), a member of the harbour committee,", and the verb is
            // the one after "today"
            var c = Run("Senator Ada Lund (D-Ore.), a member of the harbour committee, today released the following statement on the port authority's review of the December 3 collision at the north pier:\n\n“The review is thorough and fair.”");
            var a = Of(c, "The review is")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("Ada Lund", a.Speaker!.Display);
            Assert.Equal("released", a.CueWords!.Text);
            // a verb that is also a cue adverb ("all told") is the verb
            c = Run("Ada Lund spoke on the pier. She told the crew, to loud applause:\n\n“The ferry sails on Friday.”");
            Assert.Equal("told", Of(c, "The ferry sails")!.CueWords!.Text);
            // a verb phrase of more than twenty-four tokens before the colon is no introduction of a statement
            c = Run("Senator Ada Lund today released the following long list of questions about the port authority's review of the December 3 collision at the north pier and the storm that came after it:\n\n“The review is thorough and fair.”");
            Assert.Null(Of(c, "The review is"));
        }

        [Fact]
        public void AnAsideBetweenCommasAfterTheSubject()
        {
            // the verb stands after the aside: "in a notice on its website" is no verb phrase that refuses the subject
            var c = Run("The storm closed the quay for a week. The port authority, in a notice on its website, put it more plainly: “The pier stays closed until the engineers say it is safe.”");
            var a = Of(c, "The pier stays")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("The port authority", a.Source!.Text);
            Assert.Equal("put", a.CueWords!.Text);
            // an aside that never closes before the colon leaves a preposition for the verb: nobody's words
            c = Run("The storm closed the quay for a week. The port authority, in a notice on its website put it plainly: “The pier stays closed until the engineers say it is safe.”");
            Assert.Null(Of(c, "The pier stays"));
        }

        [Fact]
        public void APhraseAfterTheSubjectsHeadBeforeItsVerb()
        {
            var c = Run("The council met on Monday. Likewise, a study from the coastal institute had this to say about the plan: “Families on the shore would gain far more than families inland.”");
            var a = Of(c, "Families on the shore")!;
            Assert.Equal("ColonSubject", a.Rule);
            Assert.Equal("a study", a.Source!.Text);
            Assert.Equal("had", a.CueWords!.Text);
            // no verb within a few words of the phrase: a heading, nobody's words
            c = Run("The council met on Monday. A study from the coastal institute on the old harbour and its many boats and piers: “Families on the shore would gain far more than families inland.”");
            Assert.Null(Of(c, "Families on the shore"));
            // a word after a preposition is no verb ("of state"): a speaker's label, not a clause
            c = Run("The council met on Monday. Former secretary of state Ada Lund: “We learned that from the harbour office and its records.”");
            Assert.Null(Of(c, "We learned that"));
        }

        [Fact]
        public void ARuleOrAPhraseAfterAColonIsNobodysWords()
        {
            // no speaker as subject ("The rules"), "it" as subject, a fragment rather than a statement
            var c = Run("The rules are simple: “No sailing after dark, and no sailing alone.” It was clear to everyone: “The storm is not over yet.” Ada Lund gave it a name: “the long night”.");
            Assert.Empty(c.Found);
        }

        [Fact]
        public void AnotherClauseOrALabelBeforeTheColonLeavesTheQuotationOpen()
        {
            var c = Run("Ada Lund left the pier, and then she told the crew: “We sail at dawn, whatever the sky says.”\n\n" +
                        "The pumps failed overnight - More from Reyes: “The quay was under water by six in the morning.”\n\n" +
                        "The film ends with a voice over saying: “Every storm ends, and every harbour opens again.”\n\n" +
                        "At a rally in Harwich, Essex, on Saturday, some of the crew pushed a photographer, with Lund yelling: “Get him out of here right now!”");
            Assert.Empty(c.Found);
        }

        [Fact]
        public void ASubjectThatReceivesOrRelaysTheWordsIsNotTheirSpeaker()
        {
            // "quoted", "obtained", "received": the subject passes on someone else's words
            var c = Run("The Gazette quoted a harbour official: “The pumps were never serviced after the flood.”\n\n" +
                        "Reporters obtained a memo from the board: “No ferry may sail while the pumps are off.”\n\n" +
                        "Ada Lund received a short letter: “Your boat cannot leave the harbour this week.”");
            Assert.Empty(c.Found);
        }

        [Fact]
        public void AQuotationInTheIntroductionLeavesTheNextParagraphOpen()
        {
            var c = Run("Reyes called the plan “a fantasy” and added a warning:\n\n“The pumps will not last another winter.”");
            Assert.Empty(c.Found);
        }
    }
}
