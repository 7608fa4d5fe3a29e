using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace IncidentTools.Bench
{
    /// <summary>
    /// CPU time of the calling thread (user and system), in seconds: what one core spent on the
    /// work, whatever else the machine runs. On Linux, clock_gettime(CLOCK_THREAD_CPUTIME_ID);
    /// elsewhere the wall clock (and <see cref="IsCpuTime"/> says so).
    /// </summary>
    internal static class ThreadCpu
    {
        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

        public static bool IsCpuTime { get; } = Probe();

        private static bool Probe()
        {
            if (!OperatingSystem.IsLinux()) return false;
            try { return ClockGetTime(ThreadCpuClock, out _) == 0; }
            catch (DllNotFoundException) { return false; }
            catch (EntryPointNotFoundException) { return false; }
        }

        public static double Now()
        {
            if (!IsCpuTime) return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
            ClockGetTime(ThreadCpuClock, out var t);
            return t.Seconds + t.Nanoseconds * 1e-9;
        }
    }
}
