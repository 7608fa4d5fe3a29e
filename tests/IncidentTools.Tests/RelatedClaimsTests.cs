using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using IncidentTools.Accounts;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Comparing accounts without questions pairs the parties' claims that share key terms
    /// (AccountComparer.ByRelatedClaims). Its pairs are found through an index of the stems instead of
    /// comparing every claim of one party with every claim of the other; these tests hold it to the
    /// pairwise algorithm it replaced (<see cref="PairwiseChoice"/>), on a generated corpus whose
    /// manifest has the seeds' parties and no questions.
    /// </summary>
    public class RelatedClaimsTests
    {
        /// <summary>The choice as it was made before issue 10: every pair compared, then chosen greedily.</summary>
        private static List<(int R, int D)> PairwiseChoice(AccountComparer.Terms[] r, AccountComparer.Terms[] d)
        {
            var pairs = new List<(int R, int D, string[] Shared, double Score)>();
            for (int i = 0; i < r.Length; i++)
            {
                for (int j = 0; j < d.Length; j++)
                {
                    var shared = r[i].Stems.Keys.Where(d[j].Stems.ContainsKey).OrderBy(k => k, StringComparer.Ordinal).ToArray();
                    if (shared.Length < AccountComparer.SharedTermsNeeded) continue;
                    double union = r[i].Stems.Count + d[j].Stems.Count - shared.Length;
                    pairs.Add((i, j, shared, shared.Length / union));
                }
            }
            var usedR = new HashSet<int>();
            var usedD = new HashSet<int>();
            var chosen = new List<(int R, int D)>();
            foreach (var pr in pairs.OrderByDescending(x => x.Shared.Length).ThenByDescending(x => x.Score).ThenBy(x => x.R).ThenBy(x => x.D))
            {
                if (usedR.Contains(pr.R) || usedD.Contains(pr.D)) continue;
                usedR.Add(pr.R);
                usedD.Add(pr.D);
                chosen.Add((pr.R, pr.D));
            }
            return chosen;
        }

        private static IncidentCorpus GeneratedWithoutQuestions(TempFolder folder, int count)
        {
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, count);
            var manifest = Path.Combine(folder.Path, "corpus.yaml");
            var text = File.ReadAllText(manifest);
            int questions = text.IndexOf("\nquestions:", StringComparison.Ordinal);
            Assert.True(questions > 0, "the seeds' manifest has a questions: section");
            File.WriteAllText(manifest, text.Substring(0, questions + 1));
            return IncidentCorpus.Load(folder.Path);
        }

        private static AccountComparer.Terms[] TermsOf(IncidentCorpus corpus, string party, PartyIndex index)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return corpus.Claims.Where(c => string.Equals(c.Party, party, StringComparison.OrdinalIgnoreCase) && seen.Add(c.DocumentId + "\u0001" + c.Start))
                .Select(c => AccountComparer.Terms.Of(c, index, AccountLexicon.Default)).ToArray();
        }

        [Fact]
        public void TheIndexChoosesThePairsEveryPairComparedChose()
        {
            using var folder = new TempFolder();
            var corpus = GeneratedWithoutQuestions(folder, 300);
            Assert.Empty(corpus.Questions);
            var index = new PartyIndex(corpus.Parties);
            var r = TermsOf(corpus, corpus.Parties[0].Name, index);
            var d = TermsOf(corpus, corpus.Parties[1].Name, index);
            Assert.True(r.Length >= 50 && d.Length >= 50, $"claims of both parties ({r.Length}, {d.Length})");

            var expected = PairwiseChoice(r, d);
            var actual = AccountComparer.ChoosePairs(r, d);
            Assert.True(expected.Count >= 20, $"pairs to choose ({expected.Count})");
            Assert.Equal(expected, actual);

            // Each way round, and the comparison rows are the chosen pairs, in claim order.
            Assert.Equal(PairwiseChoice(d, r), AccountComparer.ChoosePairs(d, r));
            var rows = corpus.CompareAccounts();
            Assert.Equal(expected.Count, rows.Count);
            var inOrder = expected.OrderBy(p => p.R).ThenBy(p => p.D).ToArray();
            for (int i = 0; i < rows.Count; i++)
            {
                Assert.Equal("related-" + (i + 1), rows[i].Question);
                Assert.Same(r[inOrder[i].R].Claim, rows[i].ReferenceEvidence[0]);
                Assert.Same(d[inOrder[i].D].Claim, rows[i].DifferenceEvidence[0]);
            }
        }

        [Fact]
        public void ManyClaimsSharingFewTermsAreNotComparedPairByPair()
        {
            // Two parties with 4,000 claims each, every claim with its own terms and one term shared by all:
            // the pairwise algorithm compares 16 million pairs; the index finds no pair sharing two terms.
            var words = Enumerable.Range(0, 8000).Select(i => "term" + ToLetters(i)).ToArray();
            AccountComparer.Terms[] Claims(int offset) => Enumerable.Range(0, 4000)
                .Select(i => AccountComparer.Terms.ForTest(new[] { "common", words[offset + i] })).ToArray();
            var r = Claims(0);
            var d = Claims(4000);
            var sw = Stopwatch.StartNew();
            Assert.Empty(AccountComparer.ChoosePairs(r, d));
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
            // And where they share two terms, the pairs are found and chosen in claim order.
            var pairs = AccountComparer.ChoosePairs(r.Take(3).ToArray(), new[] { AccountComparer.Terms.ForTest(new[] { "common", words[1] }) });
            Assert.Equal(new[] { (1, 0) }, pairs);
        }

        private static string ToLetters(int i)
        {
            var s = "";
            do { s = (char)('a' + i % 26) + s; i /= 26; } while (i > 0);
            return s;
        }
    }
}
