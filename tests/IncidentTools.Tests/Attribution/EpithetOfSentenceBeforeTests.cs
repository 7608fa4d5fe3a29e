using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// An epithet ("the retired engineer", "the businesswoman") with several people in reach stands for the one person the
    /// sentence right before it names, when that sentence names no one else and the epithet's own sentence names no one before it.
    /// </summary>
    public class EpithetOfSentenceBeforeTests
    {
        private const string Earlier = "Tom Reyes spoke first at the meeting.\n\n“We need a new pier,” Reyes said.\n\n";

        [Fact]
        public void TheEpithetIsThePersonOfTheSentenceBefore()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour on Monday. Asked about the levy, the retired engineer said, “The pier will not last another winter.”");
            Assert.Equal("Ada Lund", Q(quotes, "The pier will not last").Speaker);
        }

        [Fact]
        public void TheSentenceBeforeMayCloseThePreviousParagraph()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour on Monday.\n\n“The pier will not last another winter,” the businesswoman said.");
            Assert.Equal("Ada Lund", Q(quotes, "The pier will not last").Speaker);
            // a pronoun after it is the same person
            var more = Quotes(Earlier + "Ada Lund toured the harbour on Monday.\n\n“The pier will not last another winter,” the retired engineer said. “Nobody listens,” she added.");
            Assert.Equal("Ada Lund", Q(more, "Nobody listens").Speaker);
        }

        [Fact]
        public void TwoPeopleInTheSentenceBeforeLinkNoOne()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour with Reyes on Monday.\n\n“The pier will not last another winter,” the retired engineer said.");
            Assert.NotEqual("Ada Lund", Q(quotes, "The pier will not last").Speaker);
            Assert.NotEqual("Tom Reyes", Q(quotes, "The pier will not last").Speaker);
        }

        [Fact]
        public void ANameInTheEpithetsOwnSentenceLinksNoOne()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour on Monday. After Reyes left, the retired engineer said, “The pier will not last another winter.”");
            Assert.NotEqual("Ada Lund", Q(quotes, "The pier will not last").Speaker);
        }

        [Fact]
        public void ACounterpartOrAnAskerIsSomeoneElse()
        {
            var host = Quotes(Earlier + "Ada Lund came on the morning show on Monday.\n\n“Will the pier last another winter?” the host asked.");
            Assert.NotEqual("Ada Lund", Q(host, "Will the pier last").Speaker);
            var moderator = Quotes(Earlier + "Ada Lund came to the debate on Monday.\n\n“Will the pier last another winter?” the moderator asked.");
            Assert.NotEqual("Ada Lund", Q(moderator, "Will the pier last").Speaker);
        }

        [Fact]
        public void TheGenderOfTheHeadMustFit()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour on Monday.\n\n“The pier will not last another winter,” the businessman said.");
            Assert.NotEqual("Ada Lund", Q(quotes, "The pier will not last").Speaker);
        }

        [Fact]
        public void APronounOrADescriptionBeforeTheNameMayBeTheOneMeant()
        {
            var pronoun = Quotes(Earlier + "While the mayor kept his plans quiet, he said he found Ada Lund “very able.”\n\n“It was a good meeting,” the retired engineer said.");
            Assert.NotEqual("Ada Lund", Q(pronoun, "It was a good meeting").Speaker);
            var described = Quotes(Earlier + "After the meeting the mayor praised Ada Lund.\n\n“It was a good meeting,” the retired engineer said.");
            Assert.NotEqual("Ada Lund", Q(described, "It was a good meeting").Speaker);
        }

        [Fact]
        public void TheNameMustStandWhereASubjectDoes()
        {
            var quotes = Quotes(Earlier + "The harbour paper quoted Ada Lund at length on Monday.\n\n“The pier will not last another winter,” the retired engineer said.");
            Assert.NotEqual("Ada Lund", Q(quotes, "The pier will not last").Speaker);
            // after the quotation it closes, the name is the speaker, and so the subject
            var spoke = Quotes(Earlier + "“We lost a season,” Ada Lund said.\n\n“The pier will not last another winter,” the retired engineer said.");
            Assert.Equal("Ada Lund", Q(spoke, "The pier will not last").Speaker);
        }

        [Fact]
        public void ANameThatTellsNoGenderIsNoPersonsForIt()
        {
            // ("Harbour Weekly" reads as a full name, but no given name, title or pronoun says it is a person's)
            var quotes = Quotes(Earlier + "Harbour Weekly has printed a chapter of the new book.\n\n“The pier was doomed from the start,” the author wrote.");
            Assert.NotEqual("Harbour Weekly", Q(quotes, "The pier was doomed").Speaker);
        }

        [Fact]
        public void ACapitalisedModifierMayNameSomeoneNew()
        {
            var quotes = Quotes(Earlier + "Ada Lund toured the harbour on Monday.\n\n“The pier will not last another winter,” the Danish engineer said.");
            Assert.NotEqual("Ada Lund", Q(quotes, "The pier will not last").Speaker);
        }
    }
}
