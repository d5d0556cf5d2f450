using System.Runtime.InteropServices;

namespace Baton.Bench.Reporting;

/// <summary>
/// CPU time, next to the wall clock: on a shared machine other processes take turns on the cores, which
/// stretches wall time but not the CPU time the work itself needs. The two together say whether a slow
/// figure is Baton's or the neighbours'.
/// </summary>
internal static partial class CpuClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>CPU seconds of every thread of this process (SQLite and the caller run on one; the GC adds its own).</summary>
    public static double ProcessSeconds()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>CPU seconds of the calling thread; NaN where the clock is not available (not Linux).</summary>
    public static double ThreadSeconds()
    {
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        return clock_gettime(ClockThreadCpuTime, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : double.NaN;
    }

    /// <summary>The 1-minute load average and the number of cores: a load above the cores means the run had to share them.</summary>
    public static double? LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg)
            ? double.Parse(File.ReadAllText(loadavg).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
