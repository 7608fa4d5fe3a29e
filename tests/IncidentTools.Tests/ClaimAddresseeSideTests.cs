using System;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// In a question's turn of a transcript, what "your" owns is of the one asked: "QUESTION: Your own officers are telling
    /// reporters that …" speaks of the briefer's officers, whose side is that of the turn that answered before it; transcripts
    /// of the tests' own.
    /// </summary>
    public class ClaimAddresseeSideTests
    {
        private static IncidentCorpus Load(TempFolder folder, params string[] paragraphs) =>
            AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions, paragraphs);

        private static IncidentClaim Of(IncidentCorpus corpus, string source) =>
            corpus.Claims.Single(c => string.Equals(c.Source, source, StringComparison.Ordinal));

        [Fact]
        public void WhatYourOwnsInAQuestionsTurnIsOfTheOneAsked()
        {
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Anna Berg took questions from reporters on Monday about the shelling.",
                "BERG: Good afternoon. I will take your questions on the shelling.",
                "QUESTION: Your own officers are telling reporters that they came under fire. Is that the position of your government?",
                "BERG: I have seen those reports.");
            var officers = Of(corpus, "Your own officers");
            Assert.Equal("Northland", officers.Party);
            Assert.Equal("Southland fired first", officers.Position);
        }

        [Fact]
        public void WhatYourOwnsOutsideAQuestionsTurnTakesNoSideFromIt()
        {
            // the near case: the same words in another speaker's turn, after Berg has answered, ask no one
            using var folder = new TempFolder();
            var corpus = Load(folder,
                "Anna Berg and Omar Diaz took questions from reporters on Monday about the shelling.",
                "BERG: Good afternoon. I will take your questions on the shelling.",
                "QUESTION: What do the officers say?",
                "DIAZ: Your own officers are telling reporters that they came under fire.");
            Assert.NotEqual("Northland", Of(corpus, "Your own officers").Party);
        }
    }
}
