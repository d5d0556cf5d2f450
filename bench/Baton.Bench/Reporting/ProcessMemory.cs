using System.Globalization;

namespace Baton.Bench.Reporting;

/// <summary>Resident memory of this process, from <c>/proc/self/status</c> (Linux); null elsewhere.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM), in bytes.</summary>
    public static long? PeakResidentBytes() => Read("VmHWM:");

    public static long? ResidentBytes() => Read("VmRSS:");

    private static long? Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
            return null;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal))
                continue;
            var kb = line[field.Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }

        return null;
    }
}
