using System.Linq;
using IncidentTools.Attribution.Rules;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "Mark Jensen of the Harbour Institute said": after a person's given name and surname, "of" opens where the person
    /// is from, the name's apposition; the speaker is the person, never the institute nor a place in its name. A given name the
    /// list does not hold ("Odun Okeke") is read so after a title or before an organisation's phrase.
    /// </summary>
    public class NameOfAffiliationTests
    {
        [Theory]
        [InlineData("Mark Jensen of the Harbour Institute said the ferry was safe.")]
        [InlineData("Mark Jensen of the University of Stenport said the ferry was safe.")]
        [InlineData("Mark Jensen of the Harbour Institute, who was not on the crossing, said the ferry was safe.")]
        public void ThePersonBeforeOfSpeaks(string body)
        {
            var a = Attributions(body).Single(x => x.Cue == "said");
            Assert.Equal("Mark Jensen", a.Speaker);
            Assert.Equal("the ferry was safe", a.Content);
            Assert.Equal(nameof(CueThenContent), a.Rule);
        }

        [Theory]
        // a given name the list does not hold: before an organisation's phrase, or after a title
        [InlineData("Odun Okeke of the University of Stenport said the ferry was safe.", "Odun Okeke")]
        [InlineData("Odun Okeke of Stenport Harbour Institute said the ferry was safe.", "Odun Okeke")]
        // a capitalised name after "of the" is a body's, whatever its words
        [InlineData("Odun Okeke of the Harbour Public Relations said the ferry was safe.", "Odun Okeke")]
        [InlineData("Professor Odun Okeke of the Centre of Coastal Studies said the ferry was safe.", "Odun Okeke")]
        // a title and a surname: before, "Stenport" (or "Coastal Trust") spoke
        [InlineData("Rep. Okeke of Stenport said the ferry was safe.", "Okeke")]
        [InlineData("Dr. Okeke of the Coastal Trust said the ferry was safe.", "Okeke")]
        // (fix83a's cases, read by MentionParser.IsResearchBodyInLowerCaseAfter) a body of research or teaching the text does not
        // name, then the place it is in ("in", or another preposition of place, "near"): the person speaks
        [InlineData("Mark Jensen of a university in Stenport said the ferry was safe.", "Mark Jensen")]
        [InlineData("Maritime historian Mark Jensen of a private college near Marlow said the ferry was safe.", "Mark Jensen")]
        public void AnUnlistedGivenNameBeforeOfSpeaks(string body, string speaker)
        {
            var a = Attributions(body).Single(x => x.Cue == "said");
            Assert.Equal(speaker, a.Speaker);
            Assert.Equal("the ferry was safe", a.Content);
        }

        [Fact]
        public void AHeWhoFollowsAnUnlistedNameOfAnInstituteIsThePerson()
        {
            // before, the "he" went to the last capitalised words of the institute's name ("Coastal Studies")
            var q = Assert.Single(Quotes("Professor Odun Okeke of the Institute of Coastal Studies said the ferry was safe. “The hull is sound,” he said."));
            Assert.Equal("Odun Okeke", q.Speaker);
        }

        [Fact]
        public void AHeAfterANameOfAnUnnamedBodyIsThePerson()
        {
            // before, the speaker was "university" and the "he" went back to the person named in the paragraph before
            var q = Assert.Single(Quotes("A harbour spokesman said the ferry had been inspected.\n\nMaritime historian Mark Jensen of a university in Marlow " +
                                         "said the ferry was old. “The hull is sound,” he said, “but the engines are not.”"), x => x.Text.StartsWith("The hull"));
            Assert.Equal("Mark Jensen", q.Speaker);
        }

        [Theory]
        // near misses: no body of research ("a report"), or no place after the body: the reading is the one before
        [InlineData("A woman who has accused Mark Jensen of a theft in Stenport said the ferry was unsafe.")]
        [InlineData("A woman who told Mark Jensen of a university said the ferry was unsafe.")]
        public void NoUnnamedBodyInAPlaceMakesNoAffiliation(string body)
        {
            Assert.DoesNotContain(Attributions(body), x => x.Cue == "said" && x.Speaker == "Mark Jensen");
        }

        [Theory]
        [InlineData("Supreme Leader of the Stenport Council said the ferry was safe.", "Supreme Leader")]
        [InlineData("Secretary General of the Stenport Alliance said the ferry was safe.", "General")]
        public void TheWordsOfATitleBeforeOfAreNoUnlistedName(string body, string notSpeaker)
        {
            // near miss: a title's words, no given name and surname nor a title and a surname
            Assert.DoesNotContain(Attributions(body), x => x.Cue == "said" && x.Speaker == notSpeaker);
        }

        [Fact]
        public void AnOrganisationNamedWithOfStaysWhole()
        {
            // near miss: "of" after words of an organisation's name is inside the name, no person's apposition
            var a = Attributions("The Bank of Stenport said the ferry was safe.").Single(x => x.Cue == "said");
            Assert.Equal("Bank of Stenport", a.Speaker);
        }

        [Fact]
        public void TwoNamesWithTheirPlacesStayOneSource()
        {
            // near miss: the second of two names joined by "and" is no speaker alone
            var a = Attributions("Mark Jensen of Stenport and Tom Reyes of Marlow, both harbour pilots, said the ferry was safe.").Single(x => x.Cue == "said");
            Assert.Contains("Mark Jensen", a.Source);
            Assert.Contains("Tom Reyes", a.Source);
        }

        [Fact]
        public void WhatANameIsAccusedOfIsNoAffiliation()
        {
            // near miss: "of" before a lower-case word after a name in an object's place: the person is no speaker
            var all = Attributions("A woman who has accused Mark Jensen of fraud said the ferry was unsafe.");
            Assert.DoesNotContain(all, x => x.Cue == "said" && x.Speaker == "Mark Jensen");
        }

        [Theory]
        [InlineData("“The hull is sound,” said Mark Jensen of Stenport.")]
        [InlineData("“The hull is sound,” said Mark Jensen of Stenport; the ferry sailed at noon.")]
        public void APlaceAfterTheNameAtTheEndOfAnInvertedClauseIsNoPartOfTheName(string body)
        {
            // "…,” said Ada Moran of Cheyenne.": the full stop (or semicolon) closes the phrase of where the person is from
            var q = Assert.Single(Quotes(body));
            Assert.Equal("Mark Jensen", q.Speaker);
            Assert.Equal("Mark Jensen", q.SpeakerMention);
            Assert.Equal("Stenport", q.Role);
        }

        [Fact]
        public void AnOrganisationNamedWithOfAtTheEndOfAnInvertedClauseStaysWhole()
        {
            // near miss: no given name and surname before "of"
            var q = Assert.Single(Quotes("“The hull is sound,” said the Bank of Stenport."));
            Assert.Equal("Bank of Stenport", q.Speaker);
        }

        [Fact]
        public void AQuotationSaidByAPersonOfAnInstitute()
        {
            var q = Assert.Single(Quotes("“The hull is sound,” said Mark Jensen of the Harbour Institute."));
            Assert.Equal("Mark Jensen", q.Speaker);
        }
    }
}
