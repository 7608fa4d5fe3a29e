using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using IncidentTools.Commands;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// The warm-up Import-Module starts in the background (ModuleWarmUp): it reaches the attribution
    /// stage on its own article, never throws, and a command running beside it gives what it gives alone.
    /// </summary>
    public class ModuleWarmUpTests
    {
        [Fact]
        public void TheWarmUpArticleGoesThroughTheAttributionStage()
        {
            var (quotes, _) = ModuleWarmUp.Run();
            // The quote before its cue, the continued quote and the quote after a title and a role have speakers.
            Assert.True(quotes.Count >= 4, $"{quotes.Count} quotes");
            Assert.Contains(quotes, q => q.Speaker != null && q.Speaker.Contains("Khan") && q.Text.StartsWith("We did not open fire", StringComparison.Ordinal));
            Assert.Contains(quotes, q => q.Speaker != null && q.Text.StartsWith("It is too early", StringComparison.Ordinal));
            Assert.All(quotes, q => Assert.Equal("incidenttools-warm-up", q.DocumentId));
        }

        [Fact]
        public void TheWarmUpClaimsCoverReportedSpeechUnlessACommandHasBegun()
        {
            var (_, claims) = ModuleWarmUp.Run();
            if (ModuleWarmUp.HasCommandBegun)
            {
                Assert.Null(claims); // a cmdlet was created in this test process: the claims are left to it
                return;
            }
            Assert.NotNull(claims);
            Assert.Contains(claims!, c => c.Party == "Pakistan");
            Assert.Contains(claims!, c => c.Party == "United States");
        }

        [Fact]
        public async Task TheWordListsThreadLeavesEveryListLoaded()
        {
            // What the thread of the word lists does, twice (a second time finds everything loaded) and beside a whole warm-up.
            var lists = Task.Factory.StartNew(ModuleWarmUp.LoadWordLists, TaskCreationOptions.LongRunning);
            ModuleWarmUp.RunSafely();
            await lists;
            ModuleWarmUp.LoadWordLists();
            Assert.NotNull(Text.Lexicon.AnyVerb("said"));
            Assert.True(Text.Lexicon.IsDocumentPlural("reports"));
            Assert.False(Text.Lexicon.IsDocumentPlural("ads"));
        }

        /// <summary>
        /// The static lazies that are no word list and that the warm-up's other thread makes, each with where: the bundled
        /// corpus's folder and the manifest reader (ReadBundledManifest), and the gap word of a manifest's position cues (made
        /// when a manifest's questions are compiled: the warm-up article's claims, or the first Get-IncidentClaim's).
        /// </summary>
        private static readonly string[] NotWordLists =
        {
            "IncidentTools.IncidentCorpus.s_defaultPath",
            "IncidentTools.Corpus.ManifestYaml.s_reader",
            "IncidentTools.Accounts.PositionCues.GapWordPattern",
        };

        [Fact]
        public void TheWordListsThreadMakesEveryStaticLazyOfTheAssembly()
        {
            // In a load context of its own, so that no other test has loaded a list before: after the thread of the word
            // lists, every static lazy of the assembly (the Lexicon's tables, the country table's, the cue lexicon's, the
            // account lists ...) is made but those named above, and the first command's threads load none themselves.
            var context = new AssemblyLoadContext("word lists", isCollectible: true);
            try
            {
                var assembly = context.LoadFromAssemblyPath(typeof(ModuleWarmUp).Assembly.Location);
                assembly.GetType(typeof(ModuleWarmUp).FullName!, throwOnError: true)!
                    .GetMethod(nameof(ModuleWarmUp.LoadWordLists), BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null);
                var lazies = assembly.GetTypes()
                    .Where(t => !t.ContainsGenericParameters)
                    .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                    .Where(f => f.FieldType.IsGenericType && (f.FieldType.GetGenericTypeDefinition() == typeof(Lazy<>)
                        || f.FieldType.GetGenericTypeDefinition().FullName == typeof(TracedLazy<>).FullName))
                    .ToList();
                var names = lazies.Select(f => f.DeclaringType!.FullName + "." + f.Name).ToList();
                // (the guard reads what it should: the Lexicon's tables, the country table's, the lists named above)
                Assert.Contains("IncidentTools.Text.Lexicon._verbs", names);
                Assert.Contains("IncidentTools.Text.CountryTable._namingForms", names);
                Assert.All(NotWordLists, n => Assert.Contains(n, names));
                var notMade = lazies
                    .Where(f => !NotWordLists.Contains(f.DeclaringType!.FullName + "." + f.Name))
                    .Where(f => !(bool)f.FieldType.GetProperty(nameof(Lazy<int>.IsValueCreated))!.GetValue(f.GetValue(null))!)
                    .Select(f => f.DeclaringType!.FullName + "." + f.Name)
                    .ToList();
                Assert.Empty(notMade);
            }
            finally
            {
                context.Unload();
            }
        }

        [Fact]
        public void TheStartupTraceIsOffUnlessAskedFor()
        {
            Assert.Equal(Environment.GetEnvironmentVariable(StartupTrace.Variable) == "1", StartupTrace.Enabled);
            StartupTrace.Mark("a mark written only when the trace is on");
        }

        [Fact]
        public void RunSafelyNeverThrowsAndStartRunsOnce()
        {
            ModuleWarmUp.RunSafely();
            ModuleWarmUp.Start();
            ModuleWarmUp.Start();
            Assert.True(ModuleWarmUp.WaitForEnd(TimeSpan.FromMinutes(2)));
        }

        [Fact]
        public async Task CommandsBesideTheWarmUpGiveWhatTheyGiveAlone()
        {
            using var folder = new TempFolder();
            IdenticalOutputTests.WriteGeneratedCorpus(folder.Path, 20);
            var expected = OutputDigest.Of(IncidentCorpus.Load(folder.Path), folder.Path).ToString();
            var expectedSeeds = OutputDigest.Of(IncidentCorpus.Load(TestPaths.Seeds), TestPaths.Seeds).ToString();

            // Warm-ups and whole pipelines start together: the caches they share are filled under contention.
            using var start = new Barrier(6);
            var warmUps = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return ModuleWarmUp.Run().Quotes.Count;
            }, TaskCreationOptions.LongRunning)).ToArray();
            var pipelines = Enumerable.Range(0, 3).Select(i => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                var seeds = OutputDigest.Of(IncidentCorpus.Load(new[] { TestPaths.Seeds }, 1 + i % 2), TestPaths.Seeds).ToString();
                var generated = OutputDigest.Of(IncidentCorpus.Load(new[] { folder.Path }, 1 + i % 2), folder.Path).ToString();
                return (seeds, generated);
            }, TaskCreationOptions.LongRunning)).ToArray();
            foreach (var (seeds, generated) in await Task.WhenAll(pipelines))
            {
                Assert.Equal(expectedSeeds, seeds);
                Assert.Equal(expected, generated);
            }
            var counts = await Task.WhenAll(warmUps);
            Assert.All(counts, n => Assert.Equal(counts[0], n));
        }
    }
}
