using System;
using System.Collections.Generic;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// Quotations that went to a wrong speaker, through the whole pipeline with two invented sides: the second verb phrase of a
    /// new clause after a comma and a coordinator ("…, and the Harbour Board denounced the remarks and said …") is that
    /// clause's subject's, not the sentence's first subject's; a bare role after "as" ("her years as senator representing
    /// the state, saying “…”") is no subject of the participle of saying. Texts written for these tests.
    /// </summary>
    public class WrongSpeakerNarrowingTests
    {
        private const string Headline = "Ferry talks stall at the border";

        private static IReadOnlyList<IncidentQuote> Quotes(string body) => QuoteTestText.Quotes(Headline, body, DateOpeningSubjectTests.Sides);

        /// <summary>The document offset of a body's text (the headline and its blank line come first).</summary>
        private static int At(string body, string text) => Headline.Length + 2 + body.IndexOf(text, StringComparison.Ordinal);

        [Fact]
        public void TheSecondPhraseOfANewClauseIsItsSubjects()
        {
            const string body = "A group of Bordurian sailors called for a boycott of the talks, and the Harbour Board strongly denounced the remarks and said it would “return” the gifts.";
            var q = QuoteTestText.Q(Quotes(body), "return");
            Assert.Equal("Harbour Board", q.Speaker);
            Assert.Equal("CueBeforeQuote", q.Rule);
            Assert.Equal("Ruritania", q.Party);
            Assert.Equal(At(body, "the Harbour Board"), q.SpeakerStart);
            Assert.Equal(At(body, "return"), q.Start);
        }

        [Fact]
        public void ANewClauseWhoseSubjectIsNotReadLeavesTheQuotationOpen()
        {
            // not the Bordurian sailors who open the sentence: the association the grammar does not read said it
            var q = QuoteTestText.Q(Quotes("A group of Bordurian sailors called for a strike, and the city's largest parents' association strongly denounced the cuts and said it would “fight them in court.”"), "fight them");
            Assert.Null(q.Speaker);
            Assert.Null(q.Party);
        }

        [Fact]
        public void AListOfObjectsKeepsTheSentenceSubject()
        {
            const string body = "The Harbour Board met the Bordurian Navy, two pilots, and a diver who was injured, and said the talks were “long overdue.”";
            var q = QuoteTestText.Q(Quotes(body), "long overdue");
            Assert.Equal("Harbour Board", q.Speaker);
            Assert.Equal("Ruritania", q.Party);
        }

        [Fact]
        public void ABareRoleAfterAsIsNoSpeaker()
        {
            const string body = "Ada Lund, the chair of the Harbour Board, spoke at the port on Monday.\n\nShe quickly noted her years as senator representing the coast, saying “we faced hard winters together.”";
            var q = QuoteTestText.Q(Quotes(body), "we faced hard winters");
            Assert.Equal("Ada Lund", q.Speaker);
            Assert.Equal("CueBeforeQuote", q.Rule);
            Assert.Equal("Ruritania", q.Party);
            Assert.Equal(At(body, "She quickly"), q.SpeakerStart);
        }

        [Fact]
        public void ARoleWithANameOrADeterminerAfterAsStillSpeaks()
        {
            var q = QuoteTestText.Q(Quotes("The talks opened late, as commander Tom Reyes of the Bordurian Navy said, “with no agenda at all.”"), "with no agenda");
            Assert.Equal("Tom Reyes", q.Speaker);
            Assert.Equal("Borduria", q.Party);
        }
    }
}
