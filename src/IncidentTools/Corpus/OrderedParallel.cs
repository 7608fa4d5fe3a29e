using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace IncidentTools.Corpus
{
    /// <summary>
    /// Maps a sequence on several threads and gives the results in the order of the sequence.
    /// The sequence itself is enumerated on the caller's thread, lazily, at most
    /// <c>window</c> items ahead of the result being waited for, so memory stays bounded and a
    /// caller that stops early stops the work. An exception from the map is thrown to the
    /// caller at that item's place in the order.
    /// </summary>
    internal static class OrderedParallel
    {
        public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int degree, int window)
        {
            if (degree <= 1)
            {
                foreach (var item in source) yield return map(item);
                yield break;
            }
            using (var run = new Pool<TSource, TResult>(map, degree))
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
        internal sealed class Pool<TSource, TResult> : IDisposable
        {
            private readonly Func<TSource, TResult> _map;
            private readonly object _gate = new object();
            private readonly Queue<Slot<TSource, TResult>> _inOrder = new Queue<Slot<TSource, TResult>>();
            private readonly Queue<Slot<TSource, TResult>> _toDo = new Queue<Slot<TSource, TResult>>();
            private readonly Thread[] _workers;
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
                    lock (_gate) return _inOrder.Count > 0 && _inOrder.Peek().Done;
                }
            }

            public void Add(TSource item)
            {
                var slot = new Slot<TSource, TResult>(item);
                lock (_gate)
                {
                    _inOrder.Enqueue(slot);
                    _toDo.Enqueue(slot);
                    Monitor.PulseAll(_gate);
                }
            }

            public TResult TakeFirst()
            {
                Slot<TSource, TResult> slot;
                lock (_gate)
                {
                    slot = _inOrder.Peek();
                    while (!slot.Done) Monitor.Wait(_gate);
                    _inOrder.Dequeue();
                }
                slot.Error?.Throw();
                var result = slot.Result;
                slot.Result = default!;
                return result;
            }

            private void Work()
            {
                while (true)
                {
                    Slot<TSource, TResult> slot;
                    lock (_gate)
                    {
                        while (_toDo.Count == 0 && !_stopped) Monitor.Wait(_gate);
                        if (_stopped) return;
                        slot = _toDo.Dequeue();
                    }
                    try
                    {
                        slot.Result = _map(slot.Item);
                    }
                    catch (Exception ex)
                    {
                        slot.Error = ExceptionDispatchInfo.Capture(ex);
                    }
                    slot.Item = default!;
                    lock (_gate)
                    {
                        slot.Done = true;
                        Monitor.PulseAll(_gate);
                    }
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
