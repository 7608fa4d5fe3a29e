using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Speaker resolution: a "he" or "she" stands for one person of its gender, never for a person whose given name or
    /// description says the other gender, nor for a group or a thing; the nearest person it may stand for is taken, or none.
    /// </summary>
    public class PronounGenderTests
    {
        [Fact]
        public void SheAfterAMaleAndAFemaleNameIsTheWoman()
        {
            var quotes = Quotes("Gabriela Costa runs the ferry company on the island.\n\nBernie Wolk, the harbour master, said the boats were ready. “We sail on Friday, whatever the weather does,” she said.");
            Assert.Equal("Gabriela Costa", Q(quotes, "We sail on Friday").Speaker);
        }

        [Fact]
        public void HeAfterAFemaleAndAMaleNameIsTheMan()
        {
            var quotes = Quotes("Bernie Wolk runs the ferry company on the island.\n\nGabriela Costa, the harbour master, said the boats were ready. “We sail on Friday, whatever the weather does,” he said.");
            Assert.Equal("Bernie Wolk", Q(quotes, "We sail on Friday").Speaker);
        }

        [Fact]
        public void SheWithOnlyAManBeforeIsNotHim()
        {
            var quotes = Quotes("The harbour was closed for a week.\n\nBernie Wolk said the boats were ready. “We sail on Friday, whatever the weather does,” she said.");
            Assert.NotEqual("Bernie Wolk", Q(quotes, "We sail on Friday").Speaker);
        }

        [Theory]
        [InlineData("Everyone")]
        [InlineData("Everybody")]
        public void HeIsNotEveryone(string all)
        {
            // "Everyone" opening a sentence is no name of a person: the "he" after it is the man named before
            var quotes = Quotes($"Tomas Reyes owns two of the boats.\n\n{all} agrees the ferry is late. “We sail on Friday,” he said.");
            Assert.Equal("Tomas Reyes", Q(quotes, "We sail on Friday").Speaker);
        }

        [Fact]
        public void HeIsNotAGroupReadAsTheSubject()
        {
            var quotes = Quotes("Tomas Reyes, who owns two of the boats, spoke at the meeting.\n\nTo keep the island alive, participants said, the ferry must run all winter. “Nobody on this island can wait until spring,” he said.");
            var q = Q(quotes, "Nobody on this island");
            Assert.NotEqual("participants", q.Speaker, System.StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual("Participants", q.Speaker);
        }

        [Fact]
        public void HeIsNotASpokeswoman()
        {
            var quotes = Quotes("Tomas Reyes owns two of the boats.\n\nA port spokeswoman said the ferry would run on Friday. “The boats are ready to sail,” he said.");
            Assert.NotEqual("port spokeswoman", Q(quotes, "The boats are ready").Speaker);
        }

        [Fact]
        public void ASpokeswomanStillTakesShe()
        {
            var quotes = Quotes("The harbour was closed for a week.\n\nA port spokeswoman said the ferry would run on Friday. “The boats are ready to sail,” she said.");
            Assert.Equal("port spokeswoman", Q(quotes, "The boats are ready").Speaker);
        }

        [Fact]
        public void TheNearestManStillTakesHe()
        {
            var quotes = Quotes("Gabriela Costa runs the ferry company on the island.\n\nBernie Wolk, the harbour master, said the boats were ready. “We sail on Friday, whatever the weather does,” he said.");
            Assert.Equal("Bernie Wolk", Q(quotes, "We sail on Friday").Speaker);
        }
    
        [Fact]
        public void ADescriptionEndingInANameStillTakesThePronoun()
        {
            var quotes = Quotes("The harbour was closed for a week.\n\n“The rules are wrong and everyone on the pier knows it,” said 9/11 widow Ines Ortiz.\n\nShe continued, “We will not wait another winter for the boats.”");
            Assert.Equal("Ortiz", Q(quotes, "We will not wait").Speaker);
        }

        [Fact]
        public void HeIsNotAWomanASheAlreadyStoodFor()
        {
            // a given name that tells no gender; "she" has stood for her since: a "he" after is someone else
            var quotes = Quotes("Chief Inspector Wren Falk told reporters that the march had been calm. The arrests, she said, came later.\n\nA counter-protester, who gave his name as Tomas, stood on the church steps. “Somebody has to say it,” he said.");
            Assert.NotEqual("Wren Falk", Q(quotes, "Somebody has to say it").Speaker);
            // near miss: with no "she" for her, the one name written before still takes the "he"
            var other = Quotes("Chief Inspector Wren Falk told reporters that the march had been calm.\n\nThe crowd left the square at dusk. “Somebody has to say it,” he said.");
            Assert.Equal("Wren Falk", Q(other, "Somebody has to say it").Speaker);
        }

        [Fact]
        public void AnUrduParticleJoinsTheName()
        {
            // "ur" in "Mehmood ur Rasheed" joins the name: the speaker is the whole name, and a "he" after it stands for him
            var quotes = Quotes("Tariq Aslam, a vendor, said his stall had gone. “They come for the weak,” he said.\n\nThe party leader Mian Mehmood ur Rasheed demanded the list of owners. “The ruling party protects its own,” he said.");
            Assert.Equal("Mian Mehmood ur Rasheed", Q(quotes, "The ruling party").Speaker);
            // near miss: "ur" before a word in lower case joins nothing
            var a = Attributions("Jo Bell said the ur text was lost.").Single(x => x.Cue == "said");
            Assert.Equal("Jo Bell", a.Source);
        }
    }
}
