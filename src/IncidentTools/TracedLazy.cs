using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace IncidentTools
{
    /// <summary>
    /// A value made once, on first use, by whichever thread first asks (the word lists, the tables built from them,
    /// the manifest reader): what <see cref="Lazy{T}"/> does in its default, thread-safe mode (other threads that ask
    /// meanwhile wait for the one making it; an exception of the factory is kept and thrown again to every later
    /// caller), and with the start-up trace on (<see cref="StartupTrace"/>) it says for each value which thread made
    /// it, when it began and ended, and which other thread waited for it and how long (issue #10: a command's first
    /// document waiting on a list the warm-up's thread is still loading). Unset, a created value costs one read of
    /// a volatile field, as Lazy's does.
    /// </summary>
    internal sealed class TracedLazy<T>
    {
        private Func<T>? _factory;
        private T _value = default!;
        private volatile bool _created;
        private ExceptionDispatchInfo? _error;
        private readonly object _gate = new object();

        /// <summary>The thread making the value now (0 when none): read by a thread that then waits, for the trace.</summary>
        private int _makingThread;

        private readonly string _file;
        private readonly int _line;

        /// <param name="factory">Makes the value, once.</param>
        /// <param name="file">Filled by the compiler: the source file of the declaration, which names the value in the trace.</param>
        /// <param name="line">Filled by the compiler: its line.</param>
        public TracedLazy(Func<T> factory, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
        {
            _factory = factory ?? throw new ArgumentNullException(nameof(factory));
            _file = file;
            _line = line;
        }

        /// <summary>True once the value is made.</summary>
        public bool IsValueCreated => _created;

        /// <summary>The value, made on the first call.</summary>
        public T Value => _created ? _value : Make();

        /// <summary>The name the trace gives the value: the file and line of its declaration.</summary>
        internal string Name => System.IO.Path.GetFileNameWithoutExtension(_file) + ":" + _line;

        private T Make()
        {
            long asked = StartupTrace.Enabled ? Stopwatch.GetTimestamp() : 0;
            int making = StartupTrace.Enabled ? Volatile.Read(ref _makingThread) : 0;
            lock (_gate)
            {
                if (_created)
                {
                    if (StartupTrace.Enabled) StartupTrace.Waited(Name, making, asked);
                    return _value;
                }
                _error?.Throw();
                if (StartupTrace.Enabled)
                {
                    Volatile.Write(ref _makingThread, Environment.CurrentManagedThreadId);
                    StartupTrace.Mark("load " + Name + " begins");
                }
                try
                {
                    _value = _factory!();
                    _created = true;
                    _factory = null;
                }
                catch (Exception ex)
                {
                    _error = ExceptionDispatchInfo.Capture(ex);
                    throw;
                }
                finally
                {
                    if (StartupTrace.Enabled)
                    {
                        StartupTrace.Mark("load " + Name + " ends after " + StartupTrace.MillisecondsSince(asked).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms");
                        Volatile.Write(ref _makingThread, 0);
                    }
                }
                return _value;
            }
        }
    }
}
