using Baton.Library;

namespace Baton.Bench.Search;

/// <summary>
/// The 20 standard queries. Each class covers one shape of FTS5 work: how many documents a term matches
/// decides how many postings are read and ranked, which is what search time mostly depends on. The match
/// counts on the generated corpus are measured and reported with every run.
/// </summary>
internal static class BenchQueries
{
    private static readonly ItemFilter Page = new() { Limit = 20 };

    /// <remarks>Share of items matching, on the seed-42 corpus: rare &lt; 0.05%, medium ≈ 5%, common 10–30%, very common &gt; 70%.</remarks>
    public static readonly IReadOnlyList<BenchQuery> All =
    [
        new("rare term", "PackPolicyPool", Page),
        new("rare term", "BAT-4242", Page),
        new("medium word", "deadlock", Page),
        new("common word", "timeout", Page),
        new("common word", "cache", Page),
        new("very common word", "error", Page),
        new("very common word", "the", Page),
        new("two-word AND", "retry timeout", Page),
        new("two-word AND", "deadlock postgres", Page),
        new("phrase", "\"circuit breaker\"", Page),
        new("phrase", "\"the request\"", Page),
        new("prefix", "idempot*", Page),
        new("prefix", "conf*", Page),
        new("OR", "redis OR memcached", Page),
        new("OR", "deadlock OR starvation OR contention", Page),
        new("identifier", "RetryPolicy", Page),
        new("kind filter", "retry", Page with { Kinds = [ItemKind.Decision] }),
        new("tag filter", "cache", Page with { Tags = ["performance"] }),
        new("title-heavy", "runbook", Page),
        new("column filter", "title:postgres", Page),
    ];
}
