using System;
using System.Diagnostics;
using System.Threading;

namespace IncidentTools
{
    /// <summary>
    /// Where a fresh process spends its time between Import-Module and the first result (issue #10): with the
    /// environment variable INCIDENTTOOLS_TRACE_STARTUP set to 1, each <see cref="Mark"/> writes one line to
    /// standard error: milliseconds since the process started, the thread, and (on .NET) how many methods the
    /// JIT compiler has compiled so far and for how long. Unset, a mark costs one read of a static field (a mark
    /// whose text is made for it is written behind <c>if (StartupTrace.Enabled)</c>, so that nothing is made).
    /// </summary>
    internal static class StartupTrace
    {
        /// <summary>The environment variable that turns the trace on ("1").</summary>
        internal const string Variable = "INCIDENTTOOLS_TRACE_STARTUP";

        internal static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

        private static readonly object s_lock = new object();

        /// <summary>Set by <see cref="End"/>: the start-up is over, later marks write nothing.</summary>
        private static volatile bool s_ended;

        /// <summary>Writes the phase just reached, when the trace is on and the start-up not yet over.</summary>
        internal static void Mark(string phase)
        {
            if (Enabled && !s_ended) Write(phase);
        }

        /// <summary>
        /// Writes the last phase of the start-up (the first result written) and ends the trace, so that a command
        /// over a large folder does not go on writing a line for every document it reads.
        /// </summary>
        internal static void End(string phase)
        {
            if (!Enabled || s_ended) return;
            Write(phase);
            s_ended = true;
        }

        /// <summary>
        /// Writes that the calling thread waited for a value another thread was making (<see cref="TracedLazy{T}"/>, a lock
        /// of the start-up): what, for how long since it asked, and the thread that made it (0: not known, it was made
        /// between the ask and the lock).
        /// </summary>
        internal static void Waited(string what, int makingThread, long askedTimestamp)
        {
            if (!Enabled || s_ended) return;
            Write("waited " + MillisecondsSince(askedTimestamp).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
                + " ms for " + what + (makingThread != 0 ? " made by thread " + makingThread : " made by another thread"));
        }

        /// <summary>Milliseconds from a <see cref="Stopwatch.GetTimestamp"/> to now.</summary>
        internal static double MillisecondsSince(long timestamp) =>
            (Stopwatch.GetTimestamp() - timestamp) * 1000.0 / Stopwatch.Frequency;

        private static void Write(string phase)
        {
            double sinceStart, processCpu;
            using (var process = Process.GetCurrentProcess())
            {
                sinceStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
                processCpu = process.TotalProcessorTime.TotalMilliseconds;
            }
            string jit = "";
#if NET
            jit = $" jit {System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false)} methods {System.Runtime.JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds:0} ms, this thread {System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true)} methods {System.Runtime.JitInfo.GetCompilationTime(currentThread: true).TotalMilliseconds:0.0} ms";
#endif
            lock (s_lock)
                Console.Error.WriteLine($"[IncidentTools startup] {sinceStart,8:0.0} ms cpu {processCpu,6:0} ms thread {Thread.CurrentThread.ManagedThreadId,3} cpu {ThreadCpuMilliseconds(),6:0.0} ms{jit}: {phase}");
        }

        /// <summary>The processor time of the calling thread so far (Linux: clock_gettime of the thread's clock); NaN elsewhere.</summary>
        private static double ThreadCpuMilliseconds()
        {
            try
            {
                if (!System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux)) return double.NaN;
                return clock_gettime(ThreadCpuClock, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                return double.NaN;
            }
        }

        /// <summary>CLOCK_THREAD_CPUTIME_ID of Linux.</summary>
        private const int ThreadCpuClock = 3;

        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
