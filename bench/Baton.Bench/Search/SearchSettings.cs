namespace Baton.Bench.Search;

/// <summary>What <c>baton-bench search</c> was asked to do: up to <see cref="Runs"/> timed runs per query, fewer (but at least
/// <see cref="SearchBenchmark.MinRuns"/>) for a query once its runs have taken <see cref="BudgetSeconds"/>.</summary>
internal sealed record SearchSettings(string Database, int Runs, int Warmup, double BudgetSeconds);
