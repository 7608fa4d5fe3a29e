using System;
using System.Linq;
using Xunit;
using static IncidentTools.Tests.Attribution.AbbreviationThenPronounTests;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// "No." is an abbreviation of a number only before one ("Pier No. 4", "Nos. 3 and 4"); before a word it is the answer
    /// "No." that ends its sentence ("Did the board accept the plan? No. The mayor called it …"), so the sentence after it
    /// has its own subject, not "No. The mayor". Texts of the tests' own.
    /// </summary>
    public class NumberAbbreviationTests
    {
        [Fact]
        public void NoBeforeAWordEndsTheSentence()
        {
            Assert.Equal(new[] { "Did the board accept the plan?", "No.", "The mayor has called it reckless." },
                Sentences("Did the board accept the plan? No. The mayor has called it reckless."));
            var said = Assert.Single(Attributions("Did the board accept the plan? No. The mayor has said the plan is reckless."), a => a.Cue == "said");
            Assert.Equal("The mayor", said.Source);
            Assert.Equal("the plan is reckless", said.Content);
        }

        [Fact]
        public void NoBeforeANumberStaysAnAbbreviation()
        {
            // the near misses: the number keeps its abbreviation in the sentence
            Assert.Single(Sentences("The ferry docked at Pier No. 4 on Monday."));
            Assert.Single(Sentences("Berths Nos. 3 and 4 were closed on Monday."));
            Assert.Single(Sentences("The No.2 official of the port resigned."));
        }

        [Fact]
        public void TheAnsweringBodyTakesItsOwnSide()
        {
            using var folder = new TempFolder();
            var corpus = AccountTestCorpus.Load(folder, AccountTestCorpus.Parties + AccountTestCorpus.Questions,
                "Was the shelling deliberate?",
                "No. The Interior Ministry has called it an accident and has said that nobody aimed at the hut.");
            var claim = corpus.Claims.Single(c => c.Cue == "called");
            Assert.Equal("The Interior Ministry", claim.Source);
            Assert.Equal("Northland", claim.Party);
            Assert.Equal("Not deliberate", claim.Position);
        }
    }
}
