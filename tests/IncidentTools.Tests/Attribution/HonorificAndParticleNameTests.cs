using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Names as other presses write them: an honorific in lower case after a name ("Kayani sahib", titles.txt tag
    /// after-name) is part of the mention, not its head; a name particle that is also a grammar word ("do" in "Pontes
    /// do Norte") joins two words of a name.
    /// </summary>
    public class HonorificAndParticleNameTests
    {
        [Fact]
        public void AnHonorificAfterANameIsPartOfIt()
        {
            var q = Assert.Single(Quotes("“We will rebuild,” Kayani sahib said."));
            Assert.Equal("Kayani", q.Speaker);
            // near miss: the same word written as a name is a name
            var r = Assert.Single(Quotes("“We will rebuild,” Mei Ji said."));
            Assert.Equal("Mei Ji", r.Speaker);
        }

        [Fact]
        public void ACapitalisedHonorificAfterANameEndsIt()
        {
            // as some papers write it, capitalised: the person keeps the name, the honorific is no part of it
            var q = Assert.Single(Quotes("“The bridge will open in May,” said Engineer-in-Chief Nadir Qasim Sahib."));
            Assert.Equal("Nadir Qasim", q.Speaker);
            Assert.Equal("QuoteThenCue", q.Rule);
            var a = Attributions("Retired judge Rukhsana Bano Sahiba said the inquiry had been fair.").Single(x => x.Cue == "said");
            Assert.Equal("Rukhsana Bano", a.Speaker);
            Assert.Equal("Retired judge Rukhsana Bano Sahiba", a.Source);
            Assert.Equal("the inquiry had been fair", a.Content);
            var b = Attributions("Provincial Minister Dr Salman Tariq Sahab said the roads were clear.").Single(x => x.Cue == "said");
            Assert.Equal("Salman Tariq", b.Speaker);
            // near miss: before a name word the same word is a name word ("Sahib Rana")
            var r = Assert.Single(Quotes("“We will rebuild,” said Sahib Rana."));
            Assert.Equal("Sahib Rana", r.Speaker);
        }

        [Fact]
        public void ANameParticleThatIsAlsoAGrammarWord()
        {
            var q = Assert.Single(Quotes("“The ferry will run again,” says Pontes do Norte chief Ana Lima."));
            Assert.Equal("Ana Lima", q.Speaker);
            // near miss: "do" between a name and a word in lower case is the verb
            var a = Attributions("Officials in Stenport do not expect delays, Ana Lima said.").Single(x => x.Cue == "said");
            Assert.Equal("Ana Lima", a.Source);
            Assert.Equal("Officials in Stenport do not expect delays", a.Content);
        }
    }
}
