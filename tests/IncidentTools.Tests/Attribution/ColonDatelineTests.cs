using System;
using System.Collections.Generic;
using System.Linq;
using IncidentTools.Attribution;
using Xunit;
using static IncidentTools.Tests.Attribution.QuoteRuleText;

namespace IncidentTools.Tests.Attribution
{
    /// <summary>
    /// A dateline left in the text before a colon ("LAHORE (Monday): …", "PESHAWAR, Pakistan: …", "WASHINGTON, Dec 22: …") is
    /// no subject of its sentence; and "the president" with two presidents in view is the one the text named nearest before
    /// it, not the one read last as a subject (the gap the dateline exposed: its sentence's subject is read now). Texts of
    /// the tests' own.
    /// </summary>
    public class ColonDatelineTests
    {
        [Theory]
        [InlineData("LAHORE (Monday): The provincial government on Monday turned down the findings of the inquiry, calling the report “short on facts”.")]
        [InlineData("PESHAWAR, Pakistan: The provincial government turned down the findings of the inquiry, calling the report “short on facts”.")]
        [InlineData("KARACHI, Nov 29: The provincial government turned down the findings of the inquiry, calling the report “short on facts”.")]
        [InlineData("LAHORE, March 8, 2011: The provincial government turned down the findings of the inquiry, calling the report “short on facts”.")]
        [InlineData("WASHINGTON, Dec. 22: The provincial government turned down the findings of the inquiry, calling the report “short on facts”.")]
        public void AParticipleAfterAColonDateline(string body)
        {
            var q = Q(Quotes(body), "short on facts");
            Assert.Equal("provincial government", q.Speaker);
        }

        [Theory]
        [InlineData("REYES: The board turned it down.", 0)]              // a speaker's label names no known place
        [InlineData("LAHORE (Monday): The board turned it down.", 5)]
        [InlineData("ISLAMABAD, Nov 29: The board turned it down.", 5)]
        [InlineData("KARACHI, March 8, 2011: The board turned it down.", 7)]
        [InlineData("LAHORE, Smith: The board turned it down.", 0)]       // neither a country nor a date after the comma
        [InlineData("LAHORE, Dec: The board turned it down.", 0)]         // a month with no day or year
        public void WhereTheSentenceStartsAfterTheDateline(string text, int first)
        {
            var tk = IncidentTools.Text.Tokenizer.Tokenize(text, IncidentTools.Text.QuotationScanner.Scan(text));
            Assert.Equal(first, Clauses.AfterColonDateline(tk, 0, tk.Count));
        }

        private static string? SpeakerOf(IReadOnlyList<IncidentAttribution> records, string content) =>
            records.First(a => a.Content.StartsWith(content, StringComparison.Ordinal)).Speaker;

        [Fact]
        public void ThePresidentIsTheOneNamedNearestBefore()
        {
            var records = Attributions(
                "President Tom Reyes telephoned President Ada Lund on Sunday to offer his condolences over the deaths at the dam.\n\n" +
                "Mr Reyes promised an inquiry into the collapse, his office said.\n\n" +
                "Presidential spokesman Joe Ortiz told reporters that Ms Lund had conveyed the anger of her people. " +
                "The president told Mr Reyes that the flooding was unacceptable, the spokesman said.\n\n" +
                "Mr Ortiz said the president had reminded her counterpart that the dam had been inspected in May.");
            Assert.Equal("Ada Lund", SpeakerOf(records, "the flooding was unacceptable"));
            // the president of the sentence before, though it names the other one after her
            Assert.Equal("Ada Lund", SpeakerOf(records, "the dam had been inspected"));
        }

        [Fact]
        public void ThePresidentAfterAColonDatelineIsTheOneNamedNearestBefore()
        {
            var records = Attributions(
                "ISLAMABAD: President Tom Reyes telephoned President Ada Lund on Sunday to offer his condolences over the deaths at the dam.\n\n" +
                "Presidential spokesman Joe Ortiz told reporters that Ms Lund had conveyed the anger of her people. " +
                "The president told Mr Reyes that the flooding was unacceptable, the spokesman said.");
            Assert.Equal("Ada Lund", SpeakerOf(records, "the flooding was unacceptable"));
        }

        [Fact]
        public void TwoPresidentsInOneSentenceLeaveTheSubject()
        {
            // both named in the nearest sentence: the subject read last, as before
            var records = Attributions(
                "President Tom Reyes met President Ada Lund on Sunday in the capital.\n\n" +
                "The president said the talks on the dam had gone well.");
            Assert.Equal("Tom Reyes", SpeakerOf(records, "the talks on the dam"));
        }

        [Fact]
        public void OnePresidentAndAnotherTitle()
        {
            // one holder of the title: the other person named nearer is no president
            var records = Attributions(
                "President Tom Reyes telephoned Prime Minister Ada Lund on Sunday.\n\n" +
                "Ms Lund had conveyed the anger of her people, an aide said. The president said the flooding was an accident.");
            Assert.Equal("Tom Reyes", SpeakerOf(records, "the flooding was an accident"));
        }
    }
}
