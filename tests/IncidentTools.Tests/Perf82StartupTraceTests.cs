using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IncidentTools.Commands;
using Xunit;

namespace IncidentTools.Tests
{
    /// <summary>
    /// perf82 (issue #10, the first result): the start-up's lazy values (<see cref="TracedLazy{T}"/>, which the start-up
    /// trace follows) behave as <see cref="Lazy{T}"/> does in its thread-safe mode, and the warm-up and the bundled corpus
    /// still give their quotes.
    /// </summary>
    public class Perf82StartupTraceTests
    {
        [Fact]
        public void ATracedLazyMakesItsValueOnceForEveryThread()
        {
            int made = 0;
            using var gate = new ManualResetEventSlim(false);
            var lazy = new TracedLazy<object>(() => { Interlocked.Increment(ref made); gate.Wait(TimeSpan.FromSeconds(5)); return new object(); });
            Assert.False(lazy.IsValueCreated);
            var askers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() => lazy.Value, TaskCreationOptions.LongRunning)).ToArray();
            Thread.Sleep(50);
            gate.Set();
            var values = askers.Select(t => t.Result).ToArray();
            Assert.Equal(1, made);
            Assert.True(lazy.IsValueCreated);
            Assert.All(values, v => Assert.Same(values[0], v));
            Assert.Same(values[0], lazy.Value);
        }

        [Fact]
        public void ATracedLazyKeepsTheFactorysExceptionAsLazyDoes()
        {
            int calls = 0;
            var lazy = new TracedLazy<string>(() => { calls++; throw new InvalidOperationException("a list that fails to load"); });
            var first = Assert.Throws<InvalidOperationException>(() => lazy.Value);
            var second = Assert.Throws<InvalidOperationException>(() => lazy.Value);
            Assert.Equal(1, calls);
            Assert.Equal(first.Message, second.Message);
            Assert.False(lazy.IsValueCreated);
        }

        [Fact]
        public void ATracedLazyIsNamedByItsDeclaration()
        {
            var lazy = new TracedLazy<int>(() => 7);
            Assert.StartsWith("Perf82StartupTraceTests:", lazy.Name, StringComparison.Ordinal);
            Assert.Equal(7, lazy.Value);
        }

        [Fact]
        public void TheWarmUpAndTheBundledCorpusStillGiveQuotes()
        {
            // the warm-up on this thread (its lists made through TracedLazy), then the bundled corpus's quotes
            var (quotes, _) = ModuleWarmUp.Run();
            Assert.NotEmpty(quotes);
            var corpus = IncidentCorpus.Load(IncidentCorpus.DefaultPath);
            Assert.NotEmpty(corpus.Quotes);
        }
    }
}
