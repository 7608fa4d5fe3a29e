using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The shortcuts that make claim finding fast must not change what it finds: the cue index
    /// (a sentence tries only the cues whose words it holds) never leaves out a cue whose pattern
    /// matches, the party index never leaves out a term that matches, and the hand-written
    /// tokenizer gives the tokens of the regular expression it replaced.
    /// </summary>
    public class ClaimCueIndexTests
    {
        private static IEnumerable<string> Texts()
        {
            foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt")) yield return File.ReadAllText(f);
            foreach (var f in Directory.GetFiles(AccountUnseenCoverageTests.DataFolder("salala-unseen"), "*.txt", SearchOption.AllDirectories)) yield return File.ReadAllText(f);
            yield return "Self defense, SELF-DEFENCE and selfdefense; the KELVIN \u212Aill; ſelf-defenſe; İnadvertent; fired-upon.";
            yield return "The Pentagon\u2019s inquiry \u2018findings\u2019 were one sided -- “whitewash”, the U.S.-led coalition's NATO ISAF Nato Isaf said.";
        }

        private static string[] Sentences(string text)
        {
            var norm = AccountText.Normalize(text);
            var tokens = IncidentTools.Text.Tokenizer.Tokenize(text, System.Array.Empty<IncidentTools.Text.QuotationSpan>());
            return IncidentTools.Text.Tokenizer.Sentences(tokens).Select(s => norm.Substring(tokens[s.Start].Start, tokens[s.End - 1].End - tokens[s.Start].Start))
                .Concat(norm.Split('\n')).Where(s => s.Trim().Length > 0).ToArray();
        }

        private static CompiledManifest SeedManifest()
        {
            var corpus = IncidentCorpus.Load(Path.Combine(TestPaths.RepoRoot, "seeds"));
            return CompiledManifest.For(corpus.Parties, corpus.Questions, AccountLexicon.Default);
        }

        [Fact]
        public void TheCueIndexLeavesOutNoCueThatMatches()
        {
            var manifest = SeedManifest();
            int checkedMatches = 0;
            foreach (var sentence in Texts().SelectMany(Sentences))
            {
                foreach (var party in manifest.Parties.Parties)
                {
                    var candidates = new HashSet<CompiledCue>(manifest.Cues.Candidates(sentence, party));
                    foreach (var cue in manifest.Cues.Cues)
                    {
                        if (cue.UnknownParty || (cue.Party != null && cue.Party.Name != party.Name)) continue;
                        if (!cue.Pattern.IsMatch(sentence)) continue;
                        checkedMatches++;
                        Assert.True(candidates.Contains(cue), $"cue '{cue.Cue.Text}' matches but was not tried: {sentence}");
                    }
                }
            }
            Assert.True(checkedMatches > 50, $"only {checkedMatches} matches checked");
        }

        [Fact]
        public void CandidatesKeepManifestOrder()
        {
            var manifest = SeedManifest();
            var all = manifest.Cues.Cues.ToList();
            foreach (var sentence in Texts().SelectMany(Sentences))
            {
                var indexes = manifest.Cues.Candidates(sentence, manifest.Parties.Parties[0]).Select(c => all.IndexOf(c)).ToArray();
                Assert.Equal(indexes.OrderBy(i => i), indexes);
            }
        }

        [Fact]
        public void TheLiteralSetReadsTheTextFoldedInPlaceWithinItsWindow()
        {
            var set = new LiteralSet();
            int kelvin = set.Add("kelvin"), self = set.Add("self"), pier = set.Add("pier"), x = set.Add("x");
            set.Seal();
            // capitals, the Kelvin sign and the long s read as their ASCII letters, without a folded copy of the text
            const string text = "The \u212AELVIN scale, \u017Felf-made; at the PIER";
            var found = new List<int>();
            var present = set.Present(text, 0, text.Length, found);
            Assert.True(present[kelvin] && present[self] && present[pier]);
            Assert.False(present[x]);
            Assert.Equal(new[] { kelvin, self, pier }, found);
            // a word cut by the window's end, or standing before its start, is not held by the window
            int pierAt = text.IndexOf("PIER", System.StringComparison.Ordinal);
            var cut = set.Present(text, text.IndexOf("scale", System.StringComparison.Ordinal), pierAt + 3);
            Assert.False(cut[kelvin]);
            Assert.False(cut[pier]);
            Assert.True(cut[self]);
        }

        [Fact]
        public void TheScratchAnswerIsTheNewArraysAnswerWhateverTheSetAskedBefore()
        {
            var small = new LiteralSet();
            int shore = small.Add("shore");
            small.Seal();
            var large = new LiteralSet();
            var ids = new[] { "harbour", "pier", "gate", "shore", "tide" }.Select(large.Add).ToArray();
            large.Seal();
            const string text = "At the PIER by the gate, the tide was out";
            // the larger set first: the scratch array is longer than the smaller set and holds its marks, which the next call clears
            var big = large.Present(text, 0, text.Length);
            Assert.Equal(big, large.PresentInScratch(text, 0, text.Length).Take(large.Count));
            var none = small.PresentInScratch(text, 0, text.Length);
            Assert.False(none[shore]);
            var found = new List<int>();
            Assert.Equal(small.Present("the shore", 0, 9), small.PresentInScratch("the shore", 0, 9, found).Take(small.Count));
            Assert.Equal(new[] { shore }, found);
        }

        [Fact]
        public void ARangeNormalisedIsTheNormalisedTextCutThere()
        {
            // the paragraph scope cuts its ranges normalised from the paragraph's own text, not from a normalised copy of all of it
            const string text = "\u201CWe didn\u2019t fire first,\u201D the\u00A0major said \u2018twice\u2019, plainly.";
            var whole = AccountText.Normalize(text);
            for (int start = 0; start <= text.Length; start++)
                for (int length = 0; start + length <= text.Length; length++)
                    Assert.Equal(whole.Substring(start, length), AccountText.Normalize(text, start, length));
            // nothing to change: the text itself back for all of it, no copy
            const string plain = "He said it twice.";
            Assert.Same(plain, AccountText.Normalize(plain));
            Assert.Same(plain, AccountText.Normalize(plain, 0, plain.Length));
        }

        [Fact]
        public void ThePartyIndexFindsWhatEveryTermMatches()
        {
            var manifest = SeedManifest();
            var parties = manifest.Parties;
            foreach (var sentence in Texts().SelectMany(Sentences))
            {
                var mentions = parties.Mentions(sentence);
                var unfiltered = parties.MentionsWithoutIndex(sentence);
                Assert.Equal(unfiltered.Select(m => (m.Start, m.End, m.Term)), mentions.Select(m => (m.Start, m.End, m.Term)));
            }
        }
    }
}
