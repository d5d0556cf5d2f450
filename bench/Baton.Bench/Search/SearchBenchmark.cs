using System.Diagnostics;
using System.Text;
using Baton.Bench.Reporting;
using Baton.Library;
using Baton.Storage.Sqlite;
using Baton.Workspaces;
using Microsoft.Data.Sqlite;

namespace Baton.Bench.Search;

/// <summary>
/// Times <see cref="ContextLibrary.SearchAsync"/> for each of <see cref="BenchQueries.All"/> with a page of 20,
/// as <c>baton search</c> asks for it: ranking, excerpts and reading the items included. After the warm-up
/// rounds the queries run in rounds (q1, q2, … q20, q1, …) so that no query has the caches to itself, until
/// each has run <see cref="SearchSettings.Runs"/> times or used its time budget.
/// </summary>
internal static class SearchBenchmark
{
    public const int MinRuns = 5;

    public static async Task<SearchResult> RunAsync(SearchSettings settings, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(settings.Database);
        var queries = BenchQueries.All;
        var (items, matches) = Census(path, queries);

        await using var store = SqliteStore.Open(path);
        var library = new ContextLibrary(store, TimeProvider.System, WorkspaceConfig.Default);
        var hits = new int[queries.Count];
        for (var round = 0; round < settings.Warmup; round++)
        {
            for (var q = 0; q < queries.Count; q++)
                hits[q] = (await library.SearchAsync(queries[q].Text, queries[q].Filter, cancellationToken)).Count;
        }

        var loadBefore = CpuClock.LoadAverage();
        var samples = queries.Select(_ => new List<double>(settings.Runs)).ToArray();
        var cpu = queries.Select(_ => new List<double>(settings.Runs)).ToArray();
        var spent = new double[queries.Count];
        for (var round = 0; round < settings.Runs; round++)
        {
            var ran = false;
            for (var q = 0; q < queries.Count; q++)
            {
                // A query that has used its time budget stops after MinRuns: on a large library the commonest
                // terms take seconds each, and 100 runs of them would say no more than 10 do.
                if (spent[q] > settings.BudgetSeconds * 1000 && samples[q].Count >= MinRuns)
                    continue;
                var cpuStart = CpuClock.ThreadSeconds();
                var start = Stopwatch.GetTimestamp();
                await library.SearchAsync(queries[q].Text, queries[q].Filter, cancellationToken);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[q].Add((CpuClock.ThreadSeconds() - cpuStart) * 1000);
                samples[q].Add(ms);
                spent[q] += ms;
                ran = true;
            }

            if (!ran)
                break;
        }

        var timings = new List<QueryTiming>();
        for (var q = 0; q < queries.Count; q++)
        {
            var sorted = samples[q].Order().ToList();
            var sortedCpu = cpu[q].Order().ToList();
            timings.Add(new QueryTiming(queries[q].Class, queries[q].Text, queries[q].Flags, matches[q], hits[q],
                Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 90), Percentiles.Of(sorted, 99), sorted[^1], sorted.Average(),
                Percentiles.Of(sortedCpu, 50), Percentiles.Of(sortedCpu, 99), samples[q]));
        }

        return new SearchResult
        {
            Database = path,
            Items = items,
            Runs = settings.Runs,
            Warmup = settings.Warmup,
            Queries = timings,
            P50 = Percentiles.OfPooled(samples, 50),
            P99 = Percentiles.OfPooled(samples, 99),
            PeakResidentBytes = ProcessMemory.PeakResidentBytes(),
            LoadAverage = [loadBefore, CpuClock.LoadAverage()],
            Machine = Machine.Describe(SqliteInfo.Version(path)),
        };
    }

    /// <summary>How many items the library holds and each query's match expression selects (before filters and limit).</summary>
    private static (long Items, long[] Matches) Census(string path, IReadOnlyList<BenchQuery> queries)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM items";
        var items = (long)count.ExecuteScalar()!;

        using var match = connection.CreateCommand();
        match.CommandText = "SELECT count(*) FROM items_fts WHERE items_fts MATCH $query";
        var parameter = match.Parameters.Add("$query", SqliteType.Text);
        var matches = new long[queries.Count];
        for (var q = 0; q < queries.Count; q++)
        {
            parameter.Value = SearchQuery.Parse(queries[q].Text).MatchExpression;
            matches[q] = (long)match.ExecuteScalar()!;
        }

        return (items, matches);
    }

    public static string Describe(SearchResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"search on {result.Items:N0} items, up to {result.Runs} runs per query after {result.Warmup} warm-up rounds (ms):");
        text.AppendLine($"  {"class",-16} {"query",-40} {"matches",9} {"runs",5} {"p50",8} {"p90",8} {"p99",8} {"max",8} {"cpu p50",8}");
        foreach (var q in result.Queries)
        {
            var shown = q.Flags.Length > 0 ? $"{q.Query} {q.Flags}" : q.Query;
            text.AppendLine($"  {q.Class,-16} {shown,-40} {q.Matches,9:N0} {q.Samples.Count,5} {q.P50,8:N2} {q.P90,8:N2} {q.P99,8:N2} {q.Max,8:N2} {q.CpuP50,8:N2}");
        }

        text.Append($"  overall p50 {result.P50:N2} ms, p99 {result.P99:N2} ms");
        return text.ToString();
    }
}
