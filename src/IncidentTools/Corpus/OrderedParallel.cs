using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Maps a sequence on several threads (the caller's among them) and gives the results in the order of
    /// the sequence. The sequence itself is enumerated on the caller's thread, lazily, at most
    /// <c>window</c> items ahead of the result being waited for, so memory stays bounded and a
    /// caller that stops early stops the work. An exception from the map is thrown to the
    /// caller at that item's place in the order.
    /// </summary>
    internal static class OrderedParallel
    {
        private static int _liveWorkers;

        /// <summary>
        /// The worker threads of every pool of the process that have started and not yet ended: a command
        /// stopped early (Select-Object -First) must leave none behind. The tests read it, as the process's
        /// own thread count also moves with the runtime's thread pool.
        /// </summary>
        internal static int LiveWorkers => Volatile.Read(ref _liveWorkers);

        public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int degree, int window)
        {
            if (degree <= 1)
            {
                foreach (var item in source) yield return map(item);
                yield break;
            }
            // The caller is one of the degree threads: it maps items itself instead of waiting for the one it
            // gives next, so degree threads share degree cores and none sleeps while there is work (a caller
            // that only waited was woken for every item: a context switch an item on a machine of few cores).
            using (var run = new Pool<TSource, TResult>(map, degree - 1))
            using (var items = source.GetEnumerator())
            {
                bool more = true;
                while (true)
                {
                    while (more && run.Pending < window)
                    {
                        if (items.MoveNext()) run.Add(items.Current);
                        else more = false;
                    }
                    if (run.Pending == 0) yield break;
                    yield return run.TakeFirst();
                }
            }
        }

        private sealed class Slot<TSource, TResult>
        {
            public Slot(TSource item) => Item = item;
            public TSource Item;
            public TResult Result = default!;
            public ExceptionDispatchInfo? Error;
            public bool Done;
        }

        /// <summary>
        /// Workers that map the items added, results taken in the order the items were added: the caller
        /// adds and takes on its own thread (a cmdlet across its ProcessRecord calls), the map runs on
        /// <c>degree</c> worker threads. Dispose stops the workers (the items being mapped finish).
        /// </summary>
        /// <remarks>
        /// Each wake-up is for a thread that has something to do: an item added wakes one waiting worker
        /// (not every worker, which all but one would find nothing and sleep again), and an item mapped
        /// wakes the caller only when it is the very item the caller waits for (on a lock of its own, so the
        /// workers never wake it for nothing, nor it them: with two workers the item after the awaited one is
        /// often done first, and woke the caller to find its item still running). On two cores every needless
        /// wake-up is a context switch taken from the work.
        /// </remarks>
        internal sealed class Pool<TSource, TResult> : IDisposable
        {
            private readonly Func<TSource, TResult> _map;
            // _gate: the items to do and the workers waiting for one; _doneGate: the caller waiting for the first item to be done.
            private readonly object _gate = new object();
            private readonly object _doneGate = new object();
            private readonly Queue<Slot<TSource, TResult>> _inOrder = new Queue<Slot<TSource, TResult>>(); // the caller's thread only
            private readonly Queue<Slot<TSource, TResult>> _toDo = new Queue<Slot<TSource, TResult>>();
            private readonly Thread[] _workers;
            private int _waitingWorkers;
            // The slot the caller waits for (under _doneGate), null when it does not wait: a worker wakes it
            // only for that slot; another slot done first would wake it to find its slot still running.
            private Slot<TSource, TResult>? _awaited;
            private bool _stopped;

            public Pool(Func<TSource, TResult> map, int degree)
            {
                _map = map;
                _workers = new Thread[degree];
                for (int i = 0; i < degree; i++)
                {
                    _workers[i] = new Thread(Work) { IsBackground = true, Name = "IncidentTools worker " + (i + 1) };
                    _workers[i].Start();
                }
            }

            public int Pending => _inOrder.Count; // only the caller's thread changes _inOrder

            /// <summary>True when the first item waiting to be taken is mapped (TakeFirst will not wait).</summary>
            public bool FirstIsDone
            {
                get
                {
                    if (_inOrder.Count == 0) return false;
                    var first = _inOrder.Peek();
                    lock (_doneGate) return first.Done;
                }
            }

            public void Add(TSource item)
            {
                var slot = new Slot<TSource, TResult>(item);
                _inOrder.Enqueue(slot);
                lock (_gate)
                {
                    _toDo.Enqueue(slot);
                    if (_waitingWorkers > 0) Monitor.Pulse(_gate);
                }
            }

            /// <summary>
            /// The result of the first item waiting to be taken. While it is not mapped, the caller maps the items no
            /// worker has started yet (the oldest first) instead of waiting, and waits only when a worker has it: the
            /// caller is one of the threads that share the cores.
            /// </summary>
            public TResult TakeFirst()
            {
                while (!FirstIsDone && MapOneHere()) { }
                var slot = _inOrder.Peek();
                lock (_doneGate)
                {
                    while (!slot.Done)
                    {
                        _awaited = slot;
                        Monitor.Wait(_doneGate);
                        _awaited = null;
                    }
                }
                _inOrder.Dequeue();
                slot.Error?.Throw();
                var result = slot.Result;
                slot.Result = default!;
                return result;
            }

            /// <summary>
            /// Maps the next item not yet started on the caller's thread (the first waiting to be taken, when no
            /// worker has it yet); false when every item added is started.
            /// </summary>
            private bool MapOneHere()
            {
                Slot<TSource, TResult> slot;
                lock (_gate)
                {
                    if (_toDo.Count == 0) return false;
                    slot = _toDo.Dequeue();
                }
                Map(slot);
                return true;
            }

            private void Work()
            {
                Interlocked.Increment(ref _liveWorkers);
                try { WorkUntilStopped(); }
                finally { Interlocked.Decrement(ref _liveWorkers); }
            }

            private void WorkUntilStopped()
            {
                while (true)
                {
                    Slot<TSource, TResult> slot;
                    lock (_gate)
                    {
                        while (_toDo.Count == 0 && !_stopped)
                        {
                            _waitingWorkers++;
                            Monitor.Wait(_gate);
                            _waitingWorkers--;
                        }
                        if (_stopped) return;
                        slot = _toDo.Dequeue();
                    }
                    Map(slot);
                }
            }

            private void Map(Slot<TSource, TResult> slot)
            {
                try
                {
                    slot.Result = _map(slot.Item);
                }
                catch (Exception ex)
                {
                    slot.Error = ExceptionDispatchInfo.Capture(ex);
                }
                slot.Item = default!;
                lock (_doneGate)
                {
                    slot.Done = true;
                    if (_awaited == slot) Monitor.Pulse(_doneGate);
                }
            }

            /// <summary>Stops the workers (the current items finish; the rest are dropped) and waits for them.</summary>
            public void Dispose()
            {
                lock (_gate)
                {
                    _stopped = true;
                    _toDo.Clear();
                    Monitor.PulseAll(_gate);
                }
                foreach (var w in _workers) w.Join();
            }
        }
    }
}
