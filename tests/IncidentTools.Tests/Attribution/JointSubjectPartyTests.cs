using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The United States said …": a capitalised verb form that ends a country's name ("States") is the name's last word, not
    /// the verb after "the United". "Norway and Sweden said …", "Norway and the United States said …": a joint subject of two
    /// proper names is one source, and it speaks for one side only when both name it ("Norway and the Norwegian Navy" keeps
    /// Norway's). The same holds for joint descriptions ("Norwegian officials and Swedish diplomats", "Norwegian officials and
    /// residents"): the speaker is both, and a side only when both conjuncts name it. Two bodies or people joined by "and" before
    /// the verb are one subject ("the army and the ministry said"), unless the words before the "and" are no subject with it.
    /// </summary>
    public class JointSubjectPartyTests
    {
        private static IncidentTools.IncidentAttribution Claim(string sentence) =>
            Attributions("The ferry ran aground on Sunday.\n\n" + sentence).Single(x => x.Content == "the crew had been warned twice");

        [Fact]
        public void TheUnitedStatesIsOneNameBeforeItsVerb()
        {
            // before: the speaker "States", with the role "The United" and no side
            var a = Claim("The United States said the crew had been warned twice.");
            Assert.Equal("United States", a.Speaker);
            Assert.Equal("United States", a.Party);
            Assert.Equal("said", a.Cue);
        }

        [Theory]
        [InlineData("Norway and Sweden said the crew had been warned twice.", "Norway and Sweden")]
        [InlineData("Norway and the United States said the crew had been warned twice.", "Norway and the United States")]
        public void AJointSubjectOfTwoSidesSpeaksForNeither(string sentence, string speaker)
        {
            var a = Claim(sentence);
            Assert.Equal(speaker, a.Speaker);
            Assert.Null(a.Party);
        }

        [Fact]
        public void OneSideAndItsPeopleKeepThatSide()
        {
            var a = Claim("Norway and the Norwegian Navy said the crew had been warned twice.");
            Assert.Equal("Norway and the Norwegian Navy", a.Speaker);
            Assert.Equal("Norway", a.Party);
        }

        [Theory]
        [InlineData("Norwegian officials and Swedish diplomats said the crew had been warned twice.", "Norwegian officials and Swedish diplomats")]
        [InlineData("The Norwegian army and the Swedish embassy said the crew had been warned twice.", "Norwegian army and the Swedish embassy")]
        [InlineData("Norwegian officials and residents said the crew had been warned twice.", "Norwegian officials and residents")]
        [InlineData("Residents and Norwegian officials said the crew had been warned twice.", "Residents and Norwegian officials")]
        public void AJointDescriptionSpeaksForASideOnlyWhenBothNameIt(string sentence, string speaker)
        {
            // before: the second conjunct alone ("diplomats", "the Swedish embassy" with Sweden's side)
            var a = Claim(sentence);
            Assert.Equal(speaker, a.Speaker);
            Assert.Null(a.Party);
        }

        [Theory]
        [InlineData("Norwegian officials said the crew had been warned twice.", "Norwegian officials")]
        [InlineData("Norwegian officials and the Norwegian Navy said the crew had been warned twice.", "Norwegian officials and the Norwegian Navy")]
        public void ADescriptionOfOneSideKeepsIt(string sentence, string speaker)
        {
            var a = Claim(sentence);
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("Norway", a.Party);
        }

        [Theory]
        [InlineData("The army and the ministry said the crew had been warned twice.", "army and the ministry")]
        [InlineData("The mayor and her aides said the crew had been warned twice.", "mayor and her aides")]
        // (the words before "and" make no subject with it: the second alone speaks)
        [InlineData("He visited the ministry and the army said the crew had been warned twice.", "army")]
        public void TwoBodiesOrPeopleJoinedBeforeTheVerbAreOneSource(string sentence, string speaker) =>
            Assert.Equal(speaker, Claim(sentence).Speaker);

        [Fact]
        public void APossessorOfOneConjunctIsNoSideOfTheJointSource()
        {
            // before: Norway's, from the possessive before the first conjunct
            var a = Claim("Norway's army and the Swedish embassy said the crew had been warned twice.");
            Assert.Equal("Norway's army and the Swedish embassy", a.Speaker);
            Assert.Null(a.Party);
        }

        [Fact]
        public void APossessorSharedByTwoBodiesGivesBothItsSide()
        {
            // before: no claim ("military" after the "and" joined nothing) and, once joined, no side (the second conjunct, alone,
            // named none)
            var a = Claim("Norway's government and military maintain that the crew had been warned twice.");
            Assert.Equal("Norway's government and military", a.Speaker);
            Assert.Equal("Norway", a.Party);
        }

        [Theory]
        // (the possessor owns only a bare institution after the "and": residents are no body of the side)
        [InlineData("Norway's army and residents said the crew had been warned twice.", "Norway's army and residents")]
        public void APossessorIsNotSharedWithPeopleAfterTheAnd(string sentence, string speaker)
        {
            var a = Claim(sentence);
            Assert.Equal(speaker, a.Speaker);
            Assert.Null(a.Party);
        }

        [Fact]
        public void ABareInstitutionAfterJointBodiesSpeaksForTheirSide()
        {
            // before: "the army" took the side of the body that spoke before the joint one (Sweden's ministry), the joint source
            // being no side named before
            var a = Attributions("The ferry ran aground on Sunday. The Swedish foreign ministry said it regretted the loss.\n\n" +
                                 "Norway's government and military maintain that the crew had been warned twice. A harbour office said the " +
                                 "report was late, and the army said it did not accept the findings.")
                .Single(x => x.Content == "it did not accept the findings");
            Assert.Equal("army", a.Speaker);
            Assert.Equal("Norway", a.Party);
        }
    }
}
