using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// More patterns of news attribution (second round), each on a short story written for the
    /// test (a fictional bakery strike in a port town), checked through the public API.
    /// </summary>
    public class QuoteAttributionTests
    {
        private static IReadOnlyList<IncidentQuote> Quotes(string body, IEnumerable<PartyDefinition>? parties = null, string headline = "Bakers walk out over night shifts")
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

        private static IncidentQuote Q(IReadOnlyList<IncidentQuote> quotes, string start) =>
            quotes.Single(q => q.Text.StartsWith(start, StringComparison.Ordinal));

        [Fact]
        public void QuestionFollowedByNameAndVerbIsOneSentence()
        {
            var qs = Quotes("“Who will bake the bread now?” Nadia Brill asked on the picket line. “Nobody, that is who.”\n\n" +
                            "“Enough!” Owen Tapp shouted.");
            Assert.Equal("Nadia Brill", Q(qs, "Who will bake").Speaker);
            Assert.Equal("asked", Q(qs, "Who will bake").Cue);
            Assert.Equal("Nadia Brill", Q(qs, "Nobody, that").Speaker);
            Assert.Equal("Owen Tapp", Q(qs, "Enough").Speaker);
        }

        [Fact]
        public void CompanySuffixEndsTheSentenceBeforeAQuote()
        {
            var qs = Quotes("“Orders fell by half,” said Lena Ostrova, owner of Ostrova Breads Inc. “We cannot pay overtime.”");
            Assert.Equal("Lena Ostrova", Q(qs, "Orders fell").Speaker);
            var second = Q(qs, "We cannot pay");
            Assert.Equal("Lena Ostrova", second.Speaker);
            Assert.Equal(QuoteKind.Direct, second.Kind);
        }

        [Fact]
        public void QuotationBrokenByItsAttributionKeepsTheSpeaker()
        {
            var qs = Quotes("“A night shift,” said Owen Tapp, “is not a reason to halve the bonus.”");
            var rest = Q(qs, "is not a reason");
            Assert.Equal("Owen Tapp", rest.Speaker);
            Assert.Equal(QuoteKind.Direct, rest.Kind);
        }

        [Fact]
        public void QuotationAfterTheSubjectsReportedSpeech()
        {
            var qs = Quotes("Owen Tapp has baked for the co-operative since 1998.\n\n" +
                            "Tapp says he never missed a shift until this month. “I gave them twenty years of nights.”\n\n" +
                            "The co-operative did not answer calls. “We will stay out until Friday.”");
            var q = Q(qs, "I gave them");
            Assert.Equal("Owen Tapp", q.Speaker);
            Assert.Equal("Tapp", q.SpeakerMention);
            // a sentence that does not report anyone's speech gives its quotation no speaker
            Assert.Null(Q(qs, "We will stay out").Speaker);
        }

        [Fact]
        public void QuotationAfterWritersSentencesAboutTheSameSpeaker()
        {
            var qs = Quotes("“The ovens are old,” said Nadia Brill, who joined the bakery in May. She worked in a hotel kitchen before. “Nobody fixes anything here.”\n\n" +
                            "“We asked for new ovens,” said Nadia Brill. Owen Tapp walked out in protest. “I am done with this place.”");
            Assert.Equal("Nadia Brill", Q(qs, "Nobody fixes").Speaker);
            // another person became the subject in between: the quotation is not hers
            Assert.NotEqual("Nadia Brill", Q(qs, "I am done").Speaker);
        }
    }
}
