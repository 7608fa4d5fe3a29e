using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Speakers that own Salala set 73 showed missed or wrong, each on text of the tests' own: an office, a comma, a person's
    /// full name, a comma and a verb of saying ("Leader of the Opposition in the Assembly, Tomas Vell, said"; "Britain's
    /// ambassador in Paris, Alma Renk, has said"): the speaker is the name; and the subject of a clause of contrast ("…, but a
    /// senior officer was blunt.") is the one a "he said" right after it stands for, whatever its verb.
    /// </summary>
    public class Speaker99Tests
    {
        // ---- 1. a title, a comma, a name set off by commas, a verb of saying ----

        [Theory]
        [InlineData("Leader of the Opposition in the Assembly, Tomas Vell, said the deal was \"a trap for the poor\".", "Tomas Vell")]
        [InlineData("Foreign Minister, Ola Berg, told reporters it was \"a sad day\".", "Ola Berg")]
        [InlineData("Britain's ambassador in Paris, Alma Renk, has said the talks were \"far from over\".", "Alma Renk")]
        [InlineData("Norway's envoy to the United Nations, Ola Berg, said it was \"a sad day\".", "Ola Berg")]
        public void TheNameSetOffAfterAnOfficeSpeaks(string body, string speaker)
        {
            var q = Quotes(body).Single();
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void ThePossessiveCountryOfTheOfficeGivesTheNameItsSide()
        {
            var q = Quotes("Britain's ambassador in Paris, Alma Renk, has said the talks were \"far from over\".").Single();
            Assert.Equal("United Kingdom", q.Party);
        }

        [Theory]
        // a second office is no name: the title is read as before
        [InlineData("Prime Minister, Foreign Minister Ola Berg said it was \"a sad day\".")]
        public void ATitleSetOffAfterAnOfficeIsNoName(string body)
        {
            Assert.NotEqual("Foreign Minister Ola Berg", Quotes(body).Single().Speaker);
        }

        // ---- 2. the subject of a clause of contrast is read last ----

        [Fact]
        public void ThePronounAfterAClauseOfContrastIsItsSubject()
        {
            var quotes = Quotes("10:02\nA port officer tells him the ferry is late.\n\n10:40\n" +
                                "The notice says nothing about the storm, but a senior harbour official speaking to Dana was blunt. " +
                                "\"They knew the channel was blocked,\" he said.");
            Assert.Equal("senior harbour official", Q(quotes, "They knew").Speaker);
        }

        [Fact]
        public void ThePronounAfterAPlainSubjectStaysAsBefore()
        {
            // the near miss without a clause of contrast: the sentence's own subject, as before
            var quotes = Quotes("A port officer tells him the ferry is late.\n\n" +
                                "A senior harbour official was blunt. \"They knew the channel was blocked,\" he said.");
            Assert.Equal("senior harbour official", Q(quotes, "They knew").Speaker);
        }

        [Fact]
        public void AContrastClauseInsideAQuotationIsNotRead()
        {
            // a clause of contrast inside quotation marks is what someone said, not the writer's subject
            var quotes = Quotes("Ivo Chandor spoke first. \"The notice says nothing, but a harbour official was blunt,\" he said.");
            Assert.Equal("Ivo Chandor", Q(quotes, "The notice").Speaker);
        }
    }
}
