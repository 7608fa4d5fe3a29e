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

        /// <summary>Texts where a cue's first words stand in odd places: inside words, after letters other than ASCII, twice, at the end.</summary>
        private static IEnumerable<string> EdgeTexts()
        {
            yield return "The U.S.-led coalition\u2019s troops had not fired first, and the the Pakistani soldiers at the border posts didn't fire first.";
            yield return "Its own brave soldiers never fired first; itself fired first; xthe Pentagon fired first; \u00C9the army fired first; our men fired.";
            yield return "Pakistan fired first Pakistan fired first. PAKISTAN PAKISTAN FIRED FIRST, \u201CNATO\u201D -- fired upon; we we we fired first";
            yield return "It was an unprovoked, deliberate attack, not intentional; it was not correct, it was incorrect, factually not correct. The";
            yield return "the Pakistani military\u2019s posts at the Salala checkposts had not fired at the helicopters first; their own posts fired first";
        }

        [Fact]
        public void ACueTriedWhereItsFirstWordsStandFindsWhatItsPatternFinds()
        {
            // CompiledCue.Match tries a cue only where one of its first words stands, up to the last place of its words: every match,
            // its groups and the order of the matches are the pattern's own, run from the start of the text
            var manifest = SeedManifest();
            int compared = 0, matches = 0;
            var hits = new LiteralHits();
            foreach (var sentence in Texts().SelectMany(Sentences).Concat(EdgeTexts()))
            {
                foreach (var party in manifest.Parties.Parties)
                {
                    foreach (var cue in manifest.Cues.Candidates(sentence, party, hits))
                    {
                        var expected = new List<string>();
                        for (var m = cue.Pattern.Match(sentence); m.Success; m = m.NextMatch()) expected.Add(Describe(cue.Pattern, m));
                        var actual = new List<string>();
                        for (var m = cue.Match(sentence, 0, hits); m.Success; m = cue.Next(sentence, m, hits)) actual.Add(Describe(cue.Pattern, m));
                        Assert.True(expected.SequenceEqual(actual), $"cue '{cue.Cue.Text}' on: {sentence}\nexpected: {string.Join(" / ", expected)}\nactual: {string.Join(" / ", actual)}");
                        compared++;
                        matches += expected.Count;
                    }
                }
            }
            Assert.True(compared > 1000 && matches > 100, $"only {compared} cues and {matches} matches compared");
        }

        /// <summary>A match as its place, its text and every capture of every named group.</summary>
        private static string Describe(Regex pattern, Match m) =>
            $"{m.Index}+{m.Length} '{m.Value}'" + string.Concat(pattern.GetGroupNames().Where(g => !char.IsDigit(g[0]))
                .Select(g => $" {g}=[{string.Join(",", m.Groups[g].Captures.Cast<Capture>().Select(c => c.Index + ":" + c.Value))}]"));

        [Fact]
        public void EveryCueOfTheSeedsIsTriedWhereItsFirstWordsStand()
        {
            // the shipped manifest's cues all start with a party's names, the speaker's own side or a word: none is run everywhere
            var manifest = SeedManifest();
            Assert.All(manifest.Cues.Cues.Where(c => !c.UnknownParty), c => Assert.NotNull(c.Leading));
        }

        [Fact]
        public void TheLiteralSetGivesEveryPlaceOfItsStringsInTextOrder()
        {
            var set = new LiteralSet();
            int the = set.Add("the"), fire = set.Add("fire"), s = set.Add("s");
            set.Seal();
            const string text = "THE troops of the \u017Fide fired; ceasefire";
            var hits = new LiteralHits();
            set.PresentInScratch(text, 0, text.Length, null, hits);
            var places = Enumerable.Range(0, hits.Count).Select(n => (hits.IdAt(n), hits.OffsetAt(n))).ToList();
            Assert.Equal(new[] { (the, 0), (s, 9), (the, 14), (s, 18), (fire, 23), (s, 33), (fire, 35) }, places);
            Assert.Equal(14, hits.Last(the));
            Assert.Equal(-1, new LiteralHits().Last(the));
            // a window holds only the places inside it, and the hits are cleared at each call
            set.PresentInScratch(text, 10, 22, null, hits);
            Assert.Equal(new[] { (the, 14), (s, 18) }, Enumerable.Range(0, hits.Count).Select(n => (hits.IdAt(n), hits.OffsetAt(n))));
        }

        [Fact]
        public void APhraseListFindsThePhrasesEveryPhraseOfItStartsAt()
        {
            // Negation.StartsPhrase tries only the phrases filed under the first word from there on: the answer of trying them all
            var lexicon = AccountLexicon.Default;
            var lists = new[] { lexicon.Negators, lexicon.NotNegators, lexicon.Falsity, lexicon.NilObjects };
            var edge = "He did n't , lack of trust; \u201Cnot only\u201D that -- nobody, NOT in a position to; not true! Lack \"of\" it. no";
            int starts = 0;
            foreach (var text in Texts().Append(edge))
            {
                var tokens = IncidentTools.Text.Tokenizer.Tokenize(AccountText.Normalize(text), System.Array.Empty<IncidentTools.Text.QuotationSpan>());
                for (int i = 0; i <= tokens.Count; i++)
                {
                    foreach (var list in lists)
                    {
                        bool expected = list.Any(phrase => StartsByScan(tokens, i, phrase));
                        Assert.Equal(expected, Negation.StartsPhrase(tokens, i, list));
                        if (expected) starts++;
                    }
                }
            }
            Assert.True(starts > 100, $"only {starts} phrases started");
            // a list with a phrase of no words starts anywhere, as every phrase tried in turn did
            Assert.True(Negation.StartsPhrase(IncidentTools.Text.Tokenizer.Tokenize("x", System.Array.Empty<IncidentTools.Text.QuotationSpan>()), 0, new PhraseList(new[] { new[] { "no" }, new string[0] })));
        }

        /// <summary>Whether the words from <paramref name="i"/> on, marks passed over, are the phrase's (as written in lower case).</summary>
        private static bool StartsByScan(IReadOnlyList<IncidentTools.Text.Token> tokens, int i, string[] phrase)
        {
            int k = 0;
            for (int j = i; k < phrase.Length && j < tokens.Count; j++)
            {
                if (!tokens[j].IsWord) continue;
                if (tokens[j].Lower != phrase[k]) break;
                k++;
            }
            return k == phrase.Length;
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
