using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// More patterns of news attribution (second round), each on a short story written for the
    /// test (a fictional bakery strike in a port town), checked through the public API.
    /// </summary>
    public class QuoteAttributionTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null, string headline = "Bakers walk out over night shifts") =>
            QuoteTestText.Quotes(headline, body, parties);

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) => QuoteTestText.Q(quotes, start);

        [Fact]
        public void QuestionFollowedByNameAndVerbIsOneSentence()
        {
            var qs = Quotes("“Who will bake the bread now?” Nadia Brill asked on the picket line. “Nobody, that is who.”\n\n" +
                            "“Enough!” Owen Tapp shouted.");
            Assert.Equal("Nadia Brill", Q(qs, "Who will bake").Speaker);
            Assert.Equal("asked", Q(qs, "Who will bake").Cue);
            Assert.Equal("Nadia Brill", Q(qs, "Nobody, that").Speaker);
            Assert.Equal("Owen Tapp", Q(qs, "Enough").Speaker);
        }

        [Fact]
        public void CompanySuffixEndsTheSentenceBeforeAQuote()
        {
            var qs = Quotes("“Orders fell by half,” said Lena Ostrova, owner of Ostrova Breads Inc. “We cannot pay overtime.”");
            Assert.Equal("Lena Ostrova", Q(qs, "Orders fell").Speaker);
            var second = Q(qs, "We cannot pay");
            Assert.Equal("Lena Ostrova", second.Speaker);
            Assert.Equal(QuoteKind.Direct, second.Kind);
        }

        [Fact]
        public void QuotationBrokenByItsAttributionKeepsTheSpeaker()
        {
            var qs = Quotes("“A night shift,” said Owen Tapp, “is not a reason to halve the bonus.”");
            var rest = Q(qs, "is not a reason");
            Assert.Equal("Owen Tapp", rest.Speaker);
            Assert.Equal(QuoteKind.Direct, rest.Kind);
        }

        [Fact]
        public void QuotationAfterTheSubjectsReportedSpeech()
        {
            var qs = Quotes("Owen Tapp has baked for the co-operative since 1998.\n\n" +
                            "Tapp says he never missed a shift until this month. “I gave them twenty years of nights.”\n\n" +
                            "The co-operative did not answer calls. “We will stay out until Friday.”");
            var q = Q(qs, "I gave them");
            Assert.Equal("Owen Tapp", q.Speaker);
            Assert.Equal("Tapp", q.SpeakerMention);
            // a sentence that does not report anyone's speech gives its quotation no speaker
            Assert.Null(Q(qs, "We will stay out").Speaker);
        }

        [Fact]
        public void QuotationAfterWritersSentencesAboutTheSameSpeaker()
        {
            var qs = Quotes("“The ovens are old,” said Nadia Brill, who joined the bakery in May. She worked in a hotel kitchen before. “Nobody fixes anything here.”\n\n" +
                            "“We asked for new ovens,” said Nadia Brill. Owen Tapp walked out in protest. “I am done with this place.”");
            Assert.Equal("Nadia Brill", Q(qs, "Nobody fixes").Speaker);
            // another person became the subject in between: the quotation is not hers
            Assert.NotEqual("Nadia Brill", Q(qs, "I am done").Speaker);
        }

        [Fact]
        public void PronounTakesTheNearestWrittenNameWhenNoSubjectWasRead()
        {
            var qs = Quotes("Ilse Marten, a chemist at the flour mill in Brest, France, told the council that the dough was safe.\n\n" +
                            "“Nothing in the flour was spoiled,” she said.");
            Assert.Equal("Ilse Marten", Q(qs, "Nothing in the flour").Speaker);
        }

        [Fact]
        public void AGivenNameAloneTellsTheGender()
        {
            var qs = Quotes("Mr. Victor Lang owns the bakery. His daughter Fran runs the shop.\n\n" +
                            "Fran worried that the strike would close it. “We have flour for two days,” she says.");
            Assert.Equal("Fran", Q(qs, "We have flour").Speaker);
        }

        [Fact]
        public void AGivenNameOfEitherGenderTellsNone()
        {
            // "Dana", "Jordan", "Lindsey" are given to men and women alike: "he" and "she" may both stand for them
            var qs = Quotes("Harbour master Dana Whitfield met the fishermen on Monday.\n\n" +
                            "Whitfield said the quay would reopen. “We need two more weeks,” he said.\n\n" +
                            "Jordan Pell, who runs the fish market, spoke next. “Two weeks is too long,” she said.");
            Assert.Equal("Dana Whitfield", Q(qs, "We need two more").Speaker);
            Assert.Equal("Jordan Pell", Q(qs, "Two weeks is too long").Speaker);
            Assert.Equal('\0', IncidentTools.Text.Lexicon.GenderOfFirstName("Lindsey"));
            Assert.True(IncidentTools.Text.Lexicon.IsGivenName("Lindsey"));
            Assert.Equal('f', IncidentTools.Text.Lexicon.GenderOfFirstName("Emily"));
            Assert.Equal('m', IncidentTools.Text.Lexicon.GenderOfFirstName("Graham"));
        }

        [Fact]
        public void AnAsideBetweenCommasKeepsTheSubject()
        {
            var qs = Quotes("Mr. Victor Lang opened the bakery in 1990 and later hired Owen Tapp.\n\n" +
                            "In 2009, Tapp, then a trainee of nineteen, walked into the shop. “I asked for any job at all,” he recalls.");
            Assert.Equal("Owen Tapp", Q(qs, "I asked for").Speaker);
        }

        [Fact]
        public void TheLatestSubjectOfUnknownGenderBeatsAnOlderKnownOne()
        {
            var qs = Quotes("Reporter John Hale has spoken to the strike committee.\n\n" +
                            "Shop steward Sunil Varga, the committee's chair, says talks will resume. He says “nothing is agreed yet.”");
            Assert.Equal("Sunil Varga", Q(qs, "nothing is agreed").Speaker);
        }

        [Fact]
        public void TimeStampOfALiveBlogIsNotPartOfTheSubject()
        {
            var qs = Quotes("09.15 Mr. Owen Tapp has been speaking to the strikers.\n\n" +
                            "“We will hold the line,” he told them.");
            Assert.Equal("Owen Tapp", Q(qs, "We will hold").Speaker);
        }

        [Fact]
        public void DescriptionWithPostModifierAndAuxiliary()
        {
            var qs = Quotes("The bakery lost an “enormous” sum in the first week, a source close to the talks has told the Gazette.");
            var q = Q(qs, "enormous");
            Assert.Equal("a source", q.SpeakerMention);
            Assert.StartsWith("source close to the talks", q.Speaker);
        }

        [Fact]
        public void PageFurnitureAndCodesAreNotPeople()
        {
            var qs = Quotes("Follow Nadia on Twitter for updates.\n\n" +
                            "The strike began at shop QB7 Central on Monday.\n\n" +
                            "“It is cold on the line,” he said.");
            Assert.Null(Q(qs, "It is cold").Speaker);

            var film = Quotes("Lars Berg’s new film about the strike opens on Friday.\n\n“Who will feed the town?” she asks the camera.");
            Assert.Null(Q(film, "Who will feed").Speaker);
        }

        [Fact]
        public void NameRightBeforeTheVerbWhenTheSentenceOpensWithAnAdverbial()
        {
            var qs = Quotes("In a handwritten note to the bakers Mrs Lena Ostrova said: “Your jobs are safe.”\n\n" +
                            "This week Tom told the local paper that he wanted to meet Lena Ostrova. He said “she has not replied.”");
            Assert.Equal("Lena Ostrova", Q(qs, "Your jobs are safe").Speaker);
            // the subject of the reported speech, not the person named as its object
            Assert.Equal("Tom", Q(qs, "she has not replied").Speaker);
        }

        [Fact]
        public void PossessiveNameBeforeAKinNounNamesSomeoneElse()
        {
            var qs = Quotes("“We were proud of him,” said Tapp’s mother, Ruth. “He baked every night.”\n\n" +
                            "Mr Brill’s lawyer, Sara Quint, said: “The contract is void.”\n\n" +
                            "“It is a disgrace,” said Ostrova’s brother.");
            var mother = Q(qs, "We were proud");
            Assert.Equal("Ruth Tapp", mother.Speaker);
            Assert.Equal("Tapp’s mother", mother.Role);
            Assert.Equal("Sara Quint", Q(qs, "The contract is void").Speaker);
            var brother = Q(qs, "It is a disgrace");
            Assert.NotNull(brother.Speaker);
            Assert.NotEqual("Ostrova", brother.Speaker);
            Assert.Contains("brother", brother.Speaker);
        }

        [Fact]
        public void QuotedAsSayingNamesTheObject()
        {
            var qs = Quotes("“The ovens stay cold,” the Gazette quoted Nadia Brill as saying.\n\n" +
                            "State radio quoted the union secretary as saying “talks failed.”");
            Assert.Equal("Nadia Brill", Q(qs, "The ovens stay").Speaker);
            Assert.Equal("union secretary", Q(qs, "talks failed").Speaker);
        }

        [Fact]
        public void QuotedAsSayingAfterAnAdverbNamesThePassivesSubject()
        {
            // "was later quoted by …": the adverb between "was" and "quoted" keeps the passive, whose subject is the speaker, not
            // the agent that carried the words (the active, "the Gazette quoted Nadia Brill as saying", is QuotedAsSayingNamesTheObject)
            var qs = Quotes("Nadia Brill was later quoted by the Gazette as saying “the ovens stay cold.”");
            Assert.Equal("Nadia Brill", Q(qs, "the ovens stay").Speaker);
        }

        [Fact]
        public void StatementSayingTakesTheSubject()
        {
            var qs = Quotes("Ostrova Breads released a statement saying, “We regret the strike and will meet the bakers.”");
            Assert.Equal("Ostrova Breads", Q(qs, "We regret").Speaker);
        }

        [Fact]
        public void ObjectTakingVerbGovernsOnlyANearbyQuotation()
        {
            var qs = Quotes("Midsummer praises the long evenings in every way, from the light to the food and the shared meals of the town. (“Bread is for sharing.”)\n\n" +
                            "Owen Tapp called the offer “an insult.”");
            Assert.Null(Q(qs, "Bread is for sharing").Speaker);
            Assert.Equal("Owen Tapp", Q(qs, "an insult").Speaker);
        }

        [Fact]
        public void RoleKeepsTheAppositionNotTheClauseAfterIt()
        {
            var qs = Quotes("“Flour prices doubled,” said Ilse Marten, a miller who has supplied the bakery for thirty years and also sells to hotels.\n\n" +
                            "“We will see,” said Owen Tapp, now a shop steward at the bakery.");
            Assert.Equal("miller", Q(qs, "Flour prices").Role);
            Assert.Equal("shop steward at the bakery", Q(qs, "We will see").Role);
        }

        [Fact]
        public void DefiniteDescriptionFindsThePersonWrittenWithThatRole()
        {
            var qs = Quotes("The new bakery was drawn by architect Lina Varga and built in a year.\n\n" +
                            "“I wanted the ovens to be seen from the street,” the architect says.");
            Assert.Equal("Lina Varga", Q(qs, "I wanted the ovens").Speaker);
        }

        [Fact]
        public void MoreVerbsAndNouns()
        {
            var qs = Quotes("“The data were clear,” he emails. Owen Tapp is the union's man.\n\n" +
                            "“We have flour,” says the guy behind the counter.\n\n" +
                            "“Baking is slow work,” said study co-author Ilse Marten, a chemist.");
            Assert.Equal("guy", Q(qs, "We have flour").Speaker);
            Assert.Equal("Ilse Marten", Q(qs, "Baking is slow").Speaker);
            Assert.Equal("emails", Q(qs, "The data were").Cue);
        }

        [Fact]
        public void PlaceAfterTheAppositionDoesNotHideTheVerb()
        {
            var qs = Quotes("“Rye needs a hot oven,” Ilse Marten of the Institute of Baking in Brest, France, said to the Gazette.\n\n" +
                            "Ruth Tapp, a baker at the mill in Cork, Ireland, told the council the ovens were safe. “We test them daily,” she said.");
            Assert.Equal("Ilse Marten", Q(qs, "Rye needs").Speaker);
            Assert.Equal("Ruth Tapp", Q(qs, "We test them").Speaker);
            Assert.Equal("baker at the mill in Cork", Q(qs, "We test them").Role);
        }

        [Fact]
        public void PluralOrganisationWordsQuoteTheirSource()
        {
            var qs = Quotes("“I regret nothing,” local newspapers quote Tapp as saying.");
            var q = Q(qs, "I regret nothing");
            Assert.Equal("Tapp", q.Speaker);
            Assert.Equal("quote … as saying", q.Cue);
        }

        [Fact]
        public void CountryInARoleIsANationalityOnlyWhenItDescribesTheSpeaker()
        {
            var qs = Quotes("“Wheat will stay dear,” said Ilse Marten, Grainview Analytics chief French market economist.\n\n" +
                            "“We will import flour,” said Owen Tapp, a French trade official.\n\n" +
                            "“Prices are falling,” said Ruth Quint, the Gazette's Irish correspondent.");
            Assert.Null(Q(qs, "Wheat will stay").Party);
            Assert.Equal("France", Q(qs, "We will import").Party);
            Assert.Null(Q(qs, "Prices are falling").Party);
        }
    }
}
