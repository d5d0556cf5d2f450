namespace Baton.Bench.Corpus;

/// <summary>About 200 tags, as a team's library accumulates them: areas, languages, teams and a few states.</summary>
internal static class TagPool
{
    private static readonly string[] Areas =
    [
        "storage", "search", "cli", "mcp", "api", "auth", "ci", "deploy", "performance", "security", "testing", "docs",
        "billing", "checkout", "infra", "observability", "logging", "metrics", "caching", "database", "migrations",
        "frontend", "backend", "mobile", "networking", "dns", "tls", "k8s", "docker", "terraform", "release",
        "onboarding", "incident", "oncall", "data", "ml", "prompts", "agents", "review", "architecture", "build",
        "packaging", "localization", "accessibility", "privacy", "compliance", "queues", "kafka", "redis", "postgres",
        "sqlite", "fts", "git", "workspace", "config", "errors", "retries", "timeouts", "concurrency", "memory",
    ];

    private static readonly string[] Languages =
        ["csharp", "typescript", "python", "go", "rust", "sql", "bash", "java", "kotlin", "swift", "yaml", "terraform"];

    private static readonly string[] Teams = ["platform", "payments", "growth", "search", "mobile", "infra", "data", "security", "devex", "support"];

    private static readonly string[] States = ["todo", "wip", "done", "stale", "needs-review", "accepted", "superseded", "draft", "pinned", "flaky"];

    private static readonly string[] Components =
    [
        "store", "indexer", "ranker", "packer", "scanner", "renderer", "importer", "exporter", "scheduler", "gateway",
        "worker", "webhook", "notifier", "limiter", "resolver", "migrator", "tokenizer", "differ", "watcher", "server",
    ];

    private static readonly string[] Quarters = ["q1", "q2", "q3", "q4"];

    /// <summary>All tags, most used first (the order gives the Zipf weights).</summary>
    public static readonly string[] All = Build();

    private static string[] Build()
    {
        var tags = new List<string>();
        tags.AddRange(Areas);
        tags.AddRange(States);
        tags.AddRange(Languages.Select(l => "lang:" + l));
        tags.AddRange(Teams.Select(t => "team/" + t));
        tags.AddRange(Components.Select(c => "component/" + c));
        tags.AddRange(Areas.Take(40).Select(a => a + "-debt"));
        tags.AddRange(Teams.SelectMany(t => Quarters.Select(q => t + "-" + q)).Take(50));
        return [.. tags.Distinct()];
    }
}
