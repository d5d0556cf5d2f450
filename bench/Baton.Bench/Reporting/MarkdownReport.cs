using System.Globalization;
using System.Text;
using System.Text.Json;
using Baton.Bench.Ingest;
using Baton.Bench.Search;

namespace Baton.Bench.Reporting;

/// <summary>
/// The summary of one benchmark run, in Markdown, from the files <c>library.sh</c> leaves in a results folder:
/// <c>ingest-*.json</c>, <c>search-*.json</c>, and <c>startup.json</c> (hyperfine's export) or <c>startup.txt</c>
/// (why start-up was not measured).
/// </summary>
internal static class MarkdownReport
{
    /// <summary>The foundation issue's targets.</summary>
    public const double IngestTarget = 20_000;
    public const double SearchP99TargetMs = 20;

    public static string Render(string folder)
    {
        var ingests = Read<IngestResult>(folder, "ingest-*.json");
        var searches = Read<SearchResult>(folder, "search-*.json");
        var text = new StringBuilder();
        text.AppendLine($"# Baton library benchmarks, {RunTime(folder):yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        var machine = ingests.Select(i => i.Machine).Concat(searches.Select(s => s.Machine)).FirstOrDefault();
        if (machine is not null)
        {
            var loads = ingests.SelectMany(i => i.LoadAverage).Concat(searches.SelectMany(s => s.LoadAverage)).OfType<double>().ToList();
            text.AppendLine($"{machine.Cpu}, {machine.Cores} cores, {machine.MemoryBytes / (double)(1L << 30):N1} GiB; {machine.Os}; {machine.Runtime}; SQLite {machine.Sqlite}.");
            if (loads.Count > 0)
            {
                var shared = loads.Max() > machine.Cores ? " — above the core count, so other processes shared the CPU: compare the per-CPU-second figures" : "";
                text.AppendLine($"1-minute load average during the runs: {loads.Min():N1}–{loads.Max():N1}{shared}.");
            }

            text.AppendLine();
        }

        if (ingests.Count > 0)
            Ingest(text, ingests);
        foreach (var search in searches.OrderBy(s => s.Items))
            Search(text, search);
        Startup(text, folder);
        return text.ToString();
    }

    private static void Ingest(StringBuilder text, List<IngestResult> runs)
    {
        text.AppendLine("## Ingest: `ContextLibrary.AddManyAsync`, one call per batch");
        text.AppendLine();
        text.AppendLine("| items | batch | body bytes | runs | items/s | items per CPU-second | text MB/s | close (WAL checkpoint) | peak RSS | SQLite heap peak | database |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in runs.GroupBy(r => (r.Count, r.Batch, r.BodyBytes)).OrderBy(g => g.Key.Count).ThenBy(g => g.Key.Batch).ThenBy(g => g.Key.BodyBytes, StringComparer.Ordinal))
        {
            var r = group.ToList();
            text.AppendLine(
                $"| {Count(group.Key.Count)} | {Count(group.Key.Batch)} | {group.Key.BodyBytes} | {r.Count} | **{Median(r, x => x.ItemsPerSecond):N0}** | {Median(r, x => x.ItemsPerCpuSecond):N0} "
                + $"| {Median(r, x => x.MegabytesPerSecond):N1} | {Median(r, x => x.CloseSeconds):N2} s | {Median(r, x => x.PeakResidentBytes ?? 0) / 1048576:N0} MiB "
                + $"| {Median(r, x => x.SqlitePeakBytes) / 1048576:N1} MiB | {Median(r, x => x.DatabaseBytes) / 1048576:N0} MiB |");
        }

        var best = runs.GroupBy(r => (r.Count, r.Batch, r.BodyBytes)).Max(g => Median([.. g], x => x.ItemsPerSecond));
        text.AppendLine();
        text.AppendLine($"Target ≥ {IngestTarget:N0} items/s: {(best >= IngestTarget ? "met" : "**missed**")} (best median {best:N0} items/s). "
            + $"Items average {runs[0].TextBytes / (double)runs[0].Count:N0} bytes of text (title and body) with bodies of {runs[0].BodyBytes} bytes. Medians over the runs; "
            + "items/s counts time inside AddManyAsync only, CPU-seconds are the inserting thread's.");

        var largest = runs.OrderByDescending(r => r.Count).ThenBy(r => r.Batch).First();
        if (largest.Checkpoints.Count > 1)
        {
            text.AppendLine();
            text.Append($"Rate as the {Count(largest.Count)} library fills (items/s per tenth): ");
            text.AppendLine(string.Join(", ", largest.Checkpoints.Select(c => $"{Count(c.Items)}: {c.ItemsPerSecond:N0}")) + ".");
        }

        text.AppendLine();
    }

    private static void Search(StringBuilder text, SearchResult result)
    {
        text.AppendLine($"## Search: `ContextLibrary.SearchAsync`, page of 20, on {result.Items:N0} items");
        text.AppendLine();
        text.AppendLine($"Up to {result.Runs} timed runs per query (fewer for slow ones, see \"runs\"), in rounds, after {result.Warmup} warm-up rounds; milliseconds. "
            + "\"matches\" is how many items the expression selects before filters and the limit; \"CPU p50\" is the searching thread's CPU time.");
        text.AppendLine();
        text.AppendLine("| class | query | matches | runs | p50 | p90 | p99 | max | CPU p50 |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var q in result.Queries)
        {
            var query = (q.Query + (q.Flags.Length > 0 ? " " + q.Flags : "")).Replace("|", "\\|", StringComparison.Ordinal);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {q.Class} | `{query}` | {q.Matches:N0} | {q.Samples.Count} | {q.P50:N2} | {q.P90:N2} | {Flag(q.P99)} | {q.Max:N2} | {q.CpuP50:N2} |");
        }

        text.AppendLine();
        text.AppendLine("| class | queries | p50 | p99 |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var group in result.Queries.GroupBy(q => q.Class))
        {
            var samples = group.Select(q => q.Samples).ToList();
            text.AppendLine($"| {group.Key} | {group.Count()} | {Percentiles.OfPooled(samples, 50):N2} | {Flag(Percentiles.OfPooled(samples, 99))} |");
        }

        var p50 = Percentiles.OfPooled(result.Queries.Select(q => q.Samples), 50);
        var p99 = Percentiles.OfPooled(result.Queries.Select(q => q.Samples), 99);
        text.AppendLine($"| all, each query weighing the same | {result.Queries.Count} | {p50:N2} | {Flag(p99)} |");
        text.AppendLine();
        var over = result.Queries.Where(q => q.P99 > SearchP99TargetMs).ToList();
        text.AppendLine($"Target p99 ≤ {SearchP99TargetMs:N0} ms: {(p99 <= SearchP99TargetMs ? "met" : "**missed**")} overall; "
            + (over.Count == 0 ? "every query within it."
                : over.Count == result.Queries.Count ? "every query over it."
                : $"{result.Queries.Count - over.Count} of {result.Queries.Count} queries within it, the others over.")
            + " p99 figures in bold are over it.");
        text.AppendLine();
    }

    private static void Startup(StringBuilder text, string folder)
    {
        text.AppendLine("## CLI start-up: `dotnet baton.dll search \"retry\"`");
        text.AppendLine();
        var json = Path.Combine(folder, "startup.json");
        var skipped = Path.Combine(folder, "startup.txt");
        if (File.Exists(json))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            foreach (var run in document.RootElement.GetProperty("results").EnumerateArray())
            {
                var ms = (string name) => run.GetProperty(name).GetDouble() * 1000;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"`{run.GetProperty("command").GetString()}`: median **{ms("median"):N0} ms** (mean {ms("mean"):N0} ± {ms("stddev"):N0} ms, "
                    + $"min {ms("min"):N0}, max {ms("max"):N0}; {run.GetProperty("times").GetArrayLength()} runs, hyperfine).");
            }
        }
        else
        {
            text.AppendLine(File.Exists(skipped) ? "Not measured: " + File.ReadAllText(skipped).Trim() : "Not measured.");
        }

        text.AppendLine();
    }

    /// <summary>When the run started: the folder's name as library.sh makes it (20250601T120000Z), else its write time.</summary>
    private static DateTime RunTime(string folder) =>
        DateTime.TryParseExact(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : File.GetLastWriteTimeUtc(folder);

    private static List<T> Read<T>(string folder, string pattern) =>
        [.. Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<T>(File.ReadAllText(f)) ?? throw new InvalidDataException($"{f} is empty"))];

    private static double Median<T>(List<T> runs, Func<T, double> value) => Percentiles.Median(runs.Select(value));

    private static string Count(long n) => n switch
    {
        >= 1_000_000 when n % 1_000_000 == 0 => $"{n / 1_000_000}M",
        >= 1_000 when n % 1_000 == 0 => $"{n / 1_000}k",
        _ => n.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static string Flag(double ms) => ms > SearchP99TargetMs
        ? $"**{ms.ToString("N2", CultureInfo.InvariantCulture)}**"
        : ms.ToString("N2", CultureInfo.InvariantCulture);
}
