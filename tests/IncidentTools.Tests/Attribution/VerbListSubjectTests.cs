using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "The government shut down the routes, asked the embassy to close and boycotted the talks": a cue that is an item of a
    /// list of verb phrases, after a comma, with the list's last verb after "and". The subject is the mention that opens the
    /// first item, never the first item read as one noun phrase; the content of an infinitive ends before the past form that
    /// goes on the list ("to close and boycotted …"), while an infinitive's own coordinated verbs stay in it.
    /// </summary>
    public class VerbListSubjectTests
    {
        [Theory]
        [InlineData("After the flood, the regional government shut down the two mountain roads in the valley, asked the army to send boats and cancelled a summit.", "regional government", "to send boats")]
        [InlineData("The port authority cut off the power to the docks, told the crews to leave the ships and closed the gates.", "port authority", "to leave the ships")]
        public void TheListsSubjectSpeaksTheMiddleItem(string body, string speaker, string content)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal(content, a.Content);
            Assert.DoesNotContain(" down ", a.Source!);
            Assert.DoesNotContain(" off ", a.Source!);
        }

        [Theory]
        [InlineData("The clinic urged workers to get vaccinated and tested.", "to get vaccinated and tested")]
        [InlineData("The board told staff to be tested and treated at home.", "to be tested and treated at home")]
        [InlineData("The mayor asked residents to stay home and keep off the roads.", "to stay home and keep off the roads")]
        public void AnInfinitivesOwnCoordinatedVerbsStayInTheContent(string body, string content)
        {
            var a = Attributions(body).Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal(content, a.Content);
        }

        [Fact]
        public void APastFormAfterAnInfinitiveEndsItsContent()
        {
            var a = Attributions("The mayor asked residents to stay home and raised the fees for parking.").Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal("to stay home", a.Content);
        }

        [Fact]
        public void AThingPronounAfterACueIsItsObjectNoInvertedSubject()
        {
            // "…, reported it to the regulator": "it" is what was reported, not who reported; "…, said he" is still inverted
            Assert.DoesNotContain(Attributions("The bank found the error, reported it to the regulator, and fixed it on Monday."), a => a.Source == "it");
            var q = Assert.Single(Quotes("“The error is fixed,” said he."));
            Assert.Equal("he", q.SpeakerMention);
        }

        [Fact]
        public void WithoutAListsLastItemTheSubjectIsReadAsBefore()
        {
            // no "and" with a past form after the cue: no list of verb phrases is read, and the plain subject still speaks
            var a = Attributions("The regional government, after the flood, asked the army to send boats.").Single(x => x.Rule == nameof(CueThenContent));
            Assert.Equal("regional government", a.Speaker);
        }
    }
}
