using System.Collections.Concurrent;

namespace Baton.Tests.Packing.Selection;

/// <summary>
/// Seeded random trees and ignore rules (see <see cref="RandomIgnoreCase"/>), each compared with git:
/// 12 batches of 25 cases, 300 repositories in all. Any difference fails with the seed and the whole case.
/// </summary>
public sealed class GitDifferentialTests
{
    public const int CasesPerBatch = 25;

    public static TheoryData<int> Batches => [.. Enumerable.Range(0, 12)];

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Select_RandomTreesAndRules_MatchGit(int batch)
    {
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(batch * CasesPerBatch, CasesPerBatch), options, async (seed, _) =>
        {
            var random = new RandomIgnoreCase(seed);
            using var sandbox = random.Build();
            var directory = random.Subfolder is null ? sandbox.Repo : Path.Combine(sandbox.Repo, random.Subfolder);
            var mismatches = await GitOracle.MismatchesAsync(sandbox, directory, cached: random.Tracked.Count > 0);
            if (mismatches.Count > 0)
                failures.Add(random.Describe() + string.Join('\n', mismatches.Take(20)));
        });

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.OrderBy(f => f, StringComparer.Ordinal)));
    }
}
