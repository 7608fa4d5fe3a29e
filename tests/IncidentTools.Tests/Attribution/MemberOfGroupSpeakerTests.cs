using System.Linq;
using Xunit;
using static IncidentTools.Tests.QuoteTestText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "One said, “…”", "Another said: “…”", "“…,” another said": a member determiner alone as the subject of a reporting verb is one
    /// member of the people named just before. The speaker mention is the word itself ("One", "Another"); the speaker is "one of
    /// the fishermen" when a plural noun of people stands before it in its paragraph or the one before, and stays the word as
    /// written when a document was named nearer ("Two reports came out. One says …"). Invented harbour stories.
    /// </summary>
    public class MemberOfGroupSpeakerTests
    {
        private const string Headline = "Fishing fleet stays in port";

        private const string Waiting = "Three fishermen waited at the quay on Monday as the storm passed.";

        [Theory]
        [InlineData("One said, “The boats will not go out this week.”", "One", "one of the fishermen")]
        [InlineData("Another said: “The boats will not go out this week.”", "Another", "another of the fishermen")]
        [InlineData("“The boats will not go out this week,” another said.", "another", "another of the fishermen")]
        [InlineData("“The boats will not go out this week,” said one.", "one", "one of the fishermen")]
        public void AMemberWordAloneIsOneOfThePeopleNamedBefore(string sentence, string mention, string speaker)
        {
            var q = Assert.Single(Quotes(Headline, Waiting + " " + sentence, null));
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Fact]
        public void ThePeopleMayBeNamedInTheParagraphBefore()
        {
            var q = Assert.Single(Quotes(Headline, Waiting + "\n\nOne said, “We lose a week of pay.”", null));
            Assert.Equal("One", q.SpeakerMention);
            Assert.Equal("one of the fishermen", q.Speaker);
        }

        [Fact]
        public void EachMemberIsAPersonOfItsOwn()
        {
            var qs = Quotes(Headline, Waiting + " One said, “We lose a week of pay.” Another said, “Nobody listens to us.”", null);
            Assert.Equal(2, qs.Count);
            // (not the same words for both: "another" is someone else than the "one" before)
            Assert.Equal(new[] { "one of the fishermen", "another of the fishermen" }, qs.Select(q => q.Speaker).ToArray());
            Assert.Equal(new[] { "One", "Another" }, qs.Select(q => q.SpeakerMention).ToArray());
        }

        [Fact]
        public void AnotherAfterOneOfTheSameIsAnotherOfThem()
        {
            var qs = Quotes(Headline, "“We lose a week of pay,” one Harbour Board skipper said. Yet another said, “Nobody listens to us.”", null);
            var q = Q(qs, "Nobody");
            Assert.Equal("another", q.SpeakerMention);
            Assert.Equal("another Harbour Board skipper", q.Speaker);
        }

        [Fact]
        public void TheSideOfThePeopleIsTheMembersSide()
        {
            var sides = new[] { new PartyDefinition("Ruritania", aliases: new[] { "Ruritania", "Ruritanian" }) };
            var q = Assert.Single(Quotes(Headline, "Two Ruritanian soldiers stood at the gate. One said, “We were told to wait.”", sides));
            Assert.Equal("one of the soldiers", q.Speaker);
            Assert.Equal("Ruritania", q.Party);
        }

        [Fact]
        public void AfterADocumentTheWordStaysAsWritten()
        {
            // a report, not a person: the word is read as before (as written), with no group of people made up for it
            var q = Assert.Single(Quotes(Headline, "Two harbour reports came out this week. One says the port has “the oldest fleet in the region.”", null));
            Assert.Equal("One", q.SpeakerMention);
            Assert.Equal("One", q.Speaker);
        }

        [Fact]
        public void AMemberWordBeforeItsNounIsNoMemberAlone()
        {
            var q = Assert.Single(Quotes(Headline, Waiting + " One skipper said, “The boats will not go out this week.”", null));
            Assert.Equal("One skipper", q.SpeakerMention);
        }
    }
}
