using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The United States said …": a capitalised verb form that ends a country's name ("States") is the name's last word, not
    /// the verb after "the United". "Norway and Sweden said …", "Norway and the United States said …": a joint subject of two
    /// proper names is one source, and it speaks for one side only when both name it ("Norway and the Norwegian Navy" keeps
    /// Norway's).
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
    }
}
