using Baton.Bench.Reporting;

namespace Baton.Bench.Search;

/// <summary>One search run, as written to <c>search.json</c>. Times in milliseconds.</summary>
internal sealed record SearchResult
{
    public required string Database { get; init; }
    public required long Items { get; init; }
    public required int Runs { get; init; }
    public required int Warmup { get; init; }
    public required IReadOnlyList<QueryTiming> Queries { get; init; }

    /// <summary>Over all queries, each weighing the same however many runs it had (see <see cref="Percentiles.OfPooled"/>).</summary>
    public required double P50 { get; init; }
    public required double P99 { get; init; }
    public required long? PeakResidentBytes { get; init; }

    /// <summary>The 1-minute load average before and after the timed rounds: above the core count, the run shared the CPU.</summary>
    public required IReadOnlyList<double?> LoadAverage { get; init; }
    public required Machine Machine { get; init; }
}

/// <summary>
/// The timings of one query. <see cref="Matches"/> is how many items the match expression selects before
/// filters and the page limit: the work FTS5 has to rank. <see cref="CpuP50"/> and <see cref="CpuP99"/> are the
/// CPU time of the searching thread: when they are close to the wall times, the query was not kept waiting.
/// </summary>
internal sealed record QueryTiming(
    string Class, string Query, string Flags, long Matches, int Hits,
    double P50, double P90, double P99, double Max, double Mean,
    double CpuP50, double CpuP99, IReadOnlyList<double> Samples);
