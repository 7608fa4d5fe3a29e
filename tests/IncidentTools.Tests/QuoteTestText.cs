using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Runs the quote stage over a story written for a test (a headline and a body) and checks,
    /// for every quote it returns, that Start/Length and SpeakerStart/SpeakerLength point at the
    /// words they name in the file.
    /// </summary>
    internal static class QuoteTestText
    {
        public static IReadOnlyList<IncidentQuote> Quotes(string headline, string body, IEnumerable<PartyDefinition>? parties)
        {
            using var tmp = new TempFolder();
            var file = tmp.Write("story.txt", headline + "\n\n" + body.Replace("\r\n", "\n"));
            var corpus = IncidentCorpus.Load(file);
            var doc = Assert.Single(corpus.Documents);
            var quotes = QuoteFinder.Find(doc, parties);
            var text = File.ReadAllText(file);
            foreach (var q in quotes)
            {
                Assert.Equal(q.Text, text.Substring(q.Start, q.Length));
                if (q.SpeakerMention != null) Assert.Equal(q.SpeakerMention, text.Substring(q.SpeakerStart!.Value, q.SpeakerLength!.Value));
            }
            return quotes;
        }

        /// <summary>The one quote whose text starts so.</summary>
        public static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) =>
            quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));
    }
}
