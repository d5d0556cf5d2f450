using System.Runtime.InteropServices;

namespace Baton.Bench.Reporting;

/// <summary>What the numbers were measured on, recorded beside them.</summary>
internal sealed record Machine(string Cpu, int Cores, long MemoryBytes, string Os, string Runtime, string Sqlite)
{
    public static Machine Describe(string sqliteVersion) => new(
        CpuModel(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        sqliteVersion);

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (!File.Exists(cpuinfo))
            return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
