using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentTools.Accounts;
using IncidentTools.Attribution;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// Shortcuts of the claims stage that must not change what it reads: the one look-up that passes over a word which opens
    /// no other side's report, the parties found by name or alias in a table, and the candidate cues of a range in a list
    /// the reader keeps.
    /// </summary>
    public class ClaimReaderShortcutTests
    {
        private static IEnumerable<string> Words()
        {
            foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "seeds"), "*.txt"))
                foreach (var t in IncidentTools.Text.Tokenizer.Tokenize(File.ReadAllText(f), System.Array.Empty<IncidentTools.Text.QuotationSpan>()))
                    if (t.IsWord) yield return t.Lower;
            foreach (var w in new[] { "said", "claimed", "holds", "after", "claim", "findings", "reportedly", "the", "\u212Aelvin", "ſaid", "İnquiry" })
                yield return IncidentTools.Text.Casing.Lower(w);
        }

        [Fact]
        public void AWordOutsideTheReportOpeningWordsIsNoneOfWhatTheReaderLooksUp()
        {
            var lexicon = AccountLexicon.Default;
            var opening = lexicon.ReportOpeningWords;
            foreach (var w in lexicon.ScopeEnds) Assert.Contains(w, opening);
            foreach (var w in lexicon.ClaimNouns) Assert.Contains(w, opening);
            foreach (var form in IncidentTools.Text.Lexicon.ReportingVerbs.Keys) Assert.Contains(form, opening);
            int outside = 0, inside = 0;
            foreach (var w in Words().Distinct())
            {
                if (opening.Contains(w)) { inside++; continue; }
                outside++;
                Assert.DoesNotContain(w, lexicon.ScopeEnds);
                Assert.DoesNotContain(w, lexicon.ClaimNouns);
                Assert.Null(lexicon.ReportingVerb(w));
                Assert.Null(CueLexicon.Verb(w));
                Assert.Empty(IncidentTools.Text.Lexicon.PhrasalCues(w));
            }
            Assert.True(outside > 100 && inside > 10, $"{outside} words outside, {inside} inside");
        }

        /// <summary>What PartyIndex.Find did before its table: the first party of the name, else the first with the alias.</summary>
        private static PartyDefinition? Scan(IReadOnlyList<PartyDefinition> parties, string? name) =>
            string.IsNullOrWhiteSpace(name) ? null
                : parties.FirstOrDefault(p => string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase))
                  ?? parties.FirstOrDefault(p => p.Aliases.Any(a => string.Equals(a, name, System.StringComparison.OrdinalIgnoreCase)));

        [Fact]
        public void APartyIsFoundByItsNameBeforeAnotherPartysAliasAndTheFirstOfAnAliasWins()
        {
            var parties = new[]
            {
                new PartyDefinition("Northland", aliases: new[] { "Northern", "the North", "Border" }),
                new PartyDefinition("Southland", aliases: new[] { "Southern", "Northland", "border" }),
                new PartyDefinition("Observers", aliases: new[] { "Southland" }),
            };
            var index = new PartyIndex(parties);
            Assert.Same(parties[0], index.Find("northland"));
            Assert.Same(parties[1], index.Find("SOUTHLAND"));
            Assert.Same(parties[0], index.Find("Border"));
            Assert.Same(parties[1], index.Find("southern"));
            Assert.Null(index.Find("Eastland"));
            Assert.Null(index.Find("  "));
            Assert.Null(index.Find(null));
            foreach (var name in new[] { "Northland", "northern", "THE NORTH", "the north ", "Southern", "border", "Observers", "observers", "Southland", "\u212Aelvin", "" })
                Assert.Same(Scan(parties, name), index.Find(name));
            var seeds = IncidentCorpus.Load(Path.Combine(TestPaths.RepoRoot, "seeds")).Parties;
            var seedIndex = new PartyIndex(seeds);
            foreach (var p in seeds)
                foreach (var name in new[] { p.Name, p.Name.ToUpperInvariant() }.Concat(p.Aliases).Concat(p.Organisations))
                    Assert.Same(Scan(seeds, name), seedIndex.Find(name));
        }

        [Fact]
        public void TheCandidatesOfARangeInAKeptListAreThoseOfANewList()
        {
            var corpus = IncidentCorpus.Load(Path.Combine(TestPaths.RepoRoot, "seeds"));
            var manifest = CompiledManifest.For(corpus.Parties, corpus.Questions, AccountLexicon.Default);
            var kept = new List<CompiledCue> { manifest.Cues.Cues[0] };
            var sentences = new[]
            {
                "Pakistani troops fired first at the helicopters, the spokesman said.",
                "We did not fire first; the attack was unprovoked and deliberate.",
                "Nothing of the kind.",
            };
            foreach (var sentence in sentences)
                foreach (var party in manifest.Parties.Parties)
                {
                    var fresh = manifest.Cues.Candidates(sentence, party);
                    var same = manifest.Cues.Candidates(sentence, party, new LiteralHits(), kept);
                    Assert.Same(kept, same);
                    Assert.Equal(fresh, kept);
                }
        }
    }
}
