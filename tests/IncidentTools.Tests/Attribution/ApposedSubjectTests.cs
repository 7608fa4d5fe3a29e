using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.ReportedSpeechText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A subject that opens its clause, then asides between commas before the verb (a participle phrase, a place, an
    /// apposition with "and" in it, a connective, a relative clause): the subject is the phrase before the first comma,
    /// never a noun that closes the last aside ("N.C.", "a port town"). Invented harbour towns and people.
    /// </summary>
    public class ApposedSubjectTests
    {
        private static Found Only(string body, string cue) => ByCue(Run(body, new CueThenContent()), cue);

        [Theory]
        [InlineData("Ines Vale, speaking at a rally in Dunmore, Kan., warned that the ferry would close.", "warned", "Ines Vale", "the ferry would close")]
        [InlineData("Sen. Tom Adler, facing a hard race in Corran, a port town, said he would back the levy.", "said", "Sen. Tom Adler", "he would back the levy")]
        [InlineData("Rosa Lind, 31, of Corran, Maine, said she had not given up hope.", "said", "Rosa Lind", "she had not given up hope")]
        [InlineData("Ines Vale, a councillor from the north ward and a former pilot, said the hulls were sound.", "said", "Ines Vale", "the hulls were sound")]
        [InlineData("The harbour board, when contacted by reporters, said the pier would reopen.", "said", "The harbour board", "the pier would reopen")]
        public void TheSubjectBeforeTheAsidesIsTheSource(string sentence, string cue, string source, string content)
        {
            var f = Only(sentence, cue);
            Assert.Equal(source, f.Source);
            Assert.Equal(content, f.Content);
        }

        [Theory]
        [InlineData("Ines Vale, the host of Radio Corran’s “Harbour Hour,” warned that the levy would pass.", "warned", "the levy would pass")]
        [InlineData("Ines Vale, a guest on “Harbour Hour,” who sailed with the fleet, said the hulls were sound.", "said", "the hulls were sound")]
        public void AQuotedTitleInsideTheAsideIsPartOfIt(string sentence, string cue, string content)
        {
            var f = Only(sentence, cue);
            Assert.Equal("Ines Vale", f.Source);
            Assert.Equal(content, f.Content);
        }

        [Fact]
        public void AQuotedRemarkInsideTheAsideIsNoPartOfIt()
        {
            // words someone said between the commas are no title: the subject is not read back across them
            var f = Run("Ines Vale, who told them “we will not sail today,” said the hulls were sound.", new CueThenContent());
            Assert.DoesNotContain(f, x => x.Source == "Ines Vale" && x.Content == "the hulls were sound");
        }

        [Fact]
        public void APlainNounPhraseWithAConnectiveAside()
        {
            var f = Only("Supporters of the levy, however, say it would keep the ferries running.", "say");
            Assert.StartsWith("Supporters", f.Source);
            Assert.Equal("it would keep the ferries running", f.Content);
        }

        [Fact]
        public void ADocumentWithAParticipleAside()
        {
            var f = Only("The audit, released on Tuesday, found that the harbour fund had lost money.", "found");
            Assert.Equal("The audit", f.Source);
            Assert.Equal("the harbour fund had lost money", f.Content);
        }

        [Fact]
        public void ANameAfterADescriptionStaysTheSource()
        {
            var f = Only("A spokesman for the harbour board, Col. Jo Marsh, said the pier would reopen.", "said");
            Assert.Equal("Col. Jo Marsh", f.Source);
        }

        [Fact]
        public void AClauseBeforeTheSubjectIsNoSubject()
        {
            // "Fares rose": a clause of its own, not a noun phrase
            var found = Run("Fares rose, the ferry company, based in Corran, said on Monday.", new CueThenContent());
            Assert.DoesNotContain(found, x => x.Source != null && x.Source.StartsWith("Fares"));
            // a dislocated topic before a subject and its verb: the pronoun's clause is no aside
            found = Run("The levy, he said, is a failure.", new CueThenContent());
            Assert.DoesNotContain(found, x => x.Source == "The levy");
        }

        [Fact]
        public void AListOfNamesIsNoApposition()
        {
            var found = Run("Ines Vale, Tom Adler and Rosa Lind said the vote was rigged.", new CueThenContent());
            Assert.DoesNotContain(found, x => x.Source == "Ines Vale");
        }

        [Fact]
        public void AnAsideWithAVerbOfItsOwnIsNoApposition()
        {
            // "the board voted": a clause between the commas, not an aside of "Ines Vale"
            var found = Run("Ines Vale, the board voted, will chair the inquiry.", new CueThenContent());
            Assert.DoesNotContain(found, x => x.Source == "Ines Vale");
        }
    }
}
