namespace Baton.Bench.Corpus;

/// <summary>
/// The words the corpus is made of. Each list is in rough order of how often the word occurs in engineering
/// notes, because <see cref="ZipfTable{T}"/> gives the first entries the most weight. Changing a list changes
/// the corpus: results are only comparable between runs made with the same lists and seed.
/// </summary>
internal static class Vocabulary
{
    /// <summary>English function words: in real prose about every second token is one of these.</summary>
    public static readonly string[] Function =
    [
        "the", "to", "a", "of", "and", "is", "in", "it", "that", "for", "we", "this", "on", "be", "with", "not",
        "as", "are", "if", "or", "when", "so", "can", "but", "from", "by", "an", "at", "which", "will", "should",
        "then", "all", "only", "because", "into", "has", "have", "was", "no", "more", "each", "than", "after",
        "before", "does", "there", "they", "their", "its", "would", "must", "also", "any", "our", "these", "those",
        "what", "where", "how", "instead", "still", "just", "once", "both", "per", "until", "while", "again",
        "other", "same", "up", "out", "new", "first", "every", "without", "between", "through", "over", "under",
        "do", "did", "been", "were", "may", "might", "could", "here", "now", "why", "who", "whose", "since",
        "though", "unless", "whether", "either", "neither", "about", "against", "during", "within", "across",
        "behind", "around", "most", "some", "few", "many", "much", "less", "least", "very", "too", "well", "even",
        "already", "never", "always", "often", "usually", "sometimes", "later", "next", "last", "own", "such",
    ];

    /// <summary>
    /// The general words of technical writing (verbs, adjectives, the nouns of any codebase), most frequent first:
    /// each is in a good share of documents, as "error" or "test" are in a real library.
    /// </summary>
    public static readonly string[] Core =
    [
        "use", "error", "request", "test", "file", "service", "data", "value", "config", "time", "change",
        "need", "call", "run", "code", "client", "server", "return", "check", "add", "default", "set",
        "user", "case", "build", "query", "response", "type", "version", "log", "path", "issue", "fix",
        "make", "name", "handle", "update", "create", "read", "write", "load", "table", "message", "event",
        "api", "endpoint", "result", "option", "key", "status", "state", "index", "field", "column", "row",
        "record", "list", "item", "object", "method", "function", "class", "release", "deploy",
        "environment", "production", "local", "branch", "commit", "merge", "review", "step", "script",
        "command", "flag", "feature", "bug", "failure", "exception", "stack", "trace", "limit", "size",
        "count", "number", "string", "page", "order", "group", "slow", "fast", "large", "small", "simple",
        "safe", "missing", "internal", "external", "public", "private", "shared", "current", "previous",
        "expected", "actual", "invalid", "valid", "empty", "optional", "required", "remove", "delete",
        "keep", "avoid", "prefer", "ensure", "allow", "want", "see", "note", "know", "expect", "fail",
        "pass", "break", "send", "wait", "start", "stop", "open", "close", "team", "owner", "project",
        "repository", "directory", "folder", "style", "format", "context", "summary", "decision", "risk",
        "goal", "scope", "ticket",
    ];

    /// <summary>
    /// Domain words, in rough order of frequency: each in a few percent of documents or fewer, as "retry" or
    /// "deadlock" are. <see cref="DerivedWords"/> stretches them into the long tail of rarer words.
    /// </summary>
    public static readonly string[] Domain =
    [
        "cache", "connection", "database", "handler", "timeout", "retry", "job", "queue", "worker", "task",
        "thread", "async", "memory", "process", "setting", "token", "session", "auth", "header", "model",
        "schema", "migration", "interface", "module", "package", "dependency", "library", "framework",
        "deployment", "staging", "pull", "push", "pipeline", "stage", "metric", "latency", "throughput",
        "byte", "buffer", "stream", "batch", "offset", "cursor", "lock", "transaction", "rollback", "backup",
        "restore", "replica", "primary", "node", "cluster", "container", "image", "pod", "volume", "network",
        "port", "host", "domain", "url", "route", "proxy", "gateway", "balancer", "certificate", "secret",
        "password", "permission", "role", "policy", "rule", "filter", "search", "sort", "range", "window",
        "interval", "delay", "backoff", "jitter", "attempt", "idempotent", "duplicate", "consistent",
        "eventual", "strong", "stale", "fresh", "unsafe", "flaky", "broken", "explicit", "implicit",
        "global", "null", "unique", "random", "receive", "parse", "validate", "serialize", "deserialize",
        "encode", "decode", "compress", "encrypt", "decrypt", "hash", "sign", "verify", "publish",
        "subscribe", "consume", "produce", "schedule", "cancel", "block", "restart", "flush", "sync", "poll",
        "notify", "trigger", "emit", "catch", "throw", "wrap", "unwrap", "inject", "register", "resolve",
        "configure", "override", "extend", "implement", "refactor", "rename", "move", "split", "inline",
        "extract", "document", "measure", "profile", "benchmark", "reproduce", "investigate", "monitor",
        "alert", "escalate", "mitigate", "recover", "migrate", "upgrade", "downgrade", "pin", "bump",
        "vendor", "reviewer", "customer", "tenant", "account", "workspace", "snapshot", "artifact", "binary",
        "runtime", "compiler", "analyzer", "warning", "nullable", "generic", "reflection", "allocation",
        "garbage", "collector", "heap", "pointer", "span", "array", "dictionary", "map", "tuple", "struct",
        "enum", "delegate", "lambda", "closure", "callback", "promise", "future", "channel", "mutex",
        "semaphore", "deadlock", "race", "contention", "starvation", "throttle", "debounce", "rate", "quota",
        "budget", "cost", "price", "invoice", "payment", "cart", "checkout", "shipment", "inventory",
        "catalog", "product", "report", "dashboard", "chart", "export", "import", "upload", "download",
        "attachment", "thumbnail", "preview", "render", "template", "layout", "component", "theme",
        "accessibility", "locale", "translation", "timezone", "calendar", "date", "duration", "clock",
        "timestamp", "epoch", "counter", "gauge", "histogram", "percentile", "sample", "parent", "child",
        "tree", "graph", "edge", "vertex", "cycle", "topology", "partition", "shard", "segment",
        "compaction", "vacuum", "checkpoint", "journal", "wal", "fsync", "durability", "isolation",
        "serializable", "phantom", "anomaly", "invariant", "constraint", "view", "procedure", "plan", "scan",
        "seek", "join", "aggregate", "projection", "predicate", "bind", "parameter", "argument", "literal",
        "expression", "statement", "syntax", "grammar", "lexer", "parser", "visitor", "pattern", "regex",
        "glob", "wildcard", "prefix", "suffix", "encoding", "utf8", "unicode", "ascii", "newline",
        "whitespace", "indent", "lint", "convention", "guideline", "onboarding", "handover", "prompt",
        "agent", "assistant", "completion", "embedding", "vector", "similarity", "ranking", "relevance",
        "snippet", "excerpt", "highlight", "tradeoff", "alternative", "consequence", "mitigation",
        "assumption", "requirement", "milestone", "deadline", "estimate", "backlog", "incident", "outage",
        "regression", "hotfix", "patch", "workaround", "root", "cause", "timeline", "impact", "severity",
        "priority", "oncall", "rotation", "handoff", "playbook", "escalation", "sla", "slo", "availability",
        "redundancy", "failover", "quorum", "leader", "follower", "election", "heartbeat", "lease",
        "fencing", "idempotency", "outbox", "inbox", "saga", "compensation", "choreography", "orchestration",
        "workflow", "circuit", "breaker", "bulkhead", "fallback", "hedging", "sharding", "replication",
        "consensus", "raft", "gossip", "vectorized", "simd", "intrinsics", "vectorization", "inlining",
        "devirtualization", "tiering", "warmup", "coldstart", "trimming", "aot", "readytorun", "crossgen",
        "musl", "glibc", "kernel", "syscall", "epoll", "io_uring", "mmap", "pagecache", "hugepages", "numa",
        "affinity", "hyperthreading", "microcode", "memcached", "redis", "postgres", "sqlite", "kafka",
        "rabbitmq", "nginx", "envoy", "grpc", "graphql", "websocket", "oauth", "oidc", "saml", "jwt", "cors",
        "csrf", "xss", "ssrf", "ddos", "waf", "tls", "mtls",
    ];

    /// <summary>
    /// Collocations, most frequent first: engineers write "circuit breaker" and "connection pool" as units, so
    /// phrase queries find them far more often than two independently drawn words would meet.
    /// </summary>
    public static readonly string[] Phrases =
    [
        "pull request", "unit test", "root cause", "feature flag", "code review", "rate limit", "connection pool",
        "race condition", "integration test", "the request", "circuit breaker", "load balancer", "thread pool",
        "cache miss", "exponential backoff", "source of truth", "happy path", "edge case", "breaking change",
        "dead letter queue", "garbage collector", "hot path", "cold start", "memory leak", "stack trace",
        "retry policy", "error budget", "on call", "single point of failure", "happens before", "at least once",
        "exactly once", "back pressure", "write amplification", "full text search", "query plan", "cache key",
        "schema migration", "blue green deployment", "canary release", "health check", "connection string",
        "access token", "refresh token", "service mesh", "event loop", "critical section", "lock contention",
        "tail latency", "cache invalidation", "idempotency key", "optimistic concurrency", "two phase commit",
    ];

    /// <summary>The first part of a CamelCase identifier.</summary>
    public static readonly string[] IdentifierHeads =
    [
        "Retry", "Http", "Sqlite", "Item", "Search", "Cache", "Connection", "Request", "Event", "Workspace",
        "Token", "Session", "Query", "Index", "Storage", "Config", "Background", "Prompt", "Snippet", "Link",
        "Revision", "Tag", "Source", "Git", "Anchor", "Context", "Pack", "Render", "Template", "Export", "Import",
        "Sync", "Auth", "User", "Tenant", "Rate", "Circuit", "Lease", "Message", "Order", "Payment", "Invoice",
        "Schema", "Migration", "Transaction", "Lock", "Batch", "Stream", "Buffer", "Pipeline", "Stage", "Scanner",
        "Diff", "Markdown", "Yaml", "Json", "Metrics", "Trace", "Health", "Feature", "Tool", "Model", "Target",
    ];

    /// <summary>The middle of a CamelCase identifier; often left out.</summary>
    public static readonly string[] IdentifierMiddles =
    [
        "Policy", "Client", "Store", "Handler", "Service", "Provider", "Options", "Builder", "Manager", "Writer",
        "Reader", "Parser", "Filter", "Query", "Result", "Request", "Response", "Context", "Limiter", "Breaker",
        "Renewal", "Entry", "Record", "Snapshot", "Cursor", "Window", "Budget", "Registry", "Resolver", "Mapper",
        "Converter", "Formatter", "Validator", "Scheduler", "Dispatcher", "Publisher", "Subscriber", "Consumer",
        "Producer", "Queue", "Channel", "Pool", "Factory", "Tracker", "Probe", "Monitor", "Collector", "Exporter",
        "Serializer", "Encoder", "Decoder", "Compressor", "Hasher", "Signer", "Verifier", "Gate", "Fence", "Clock",
    ];

    /// <summary>The end of a CamelCase identifier; often left out.</summary>
    public static readonly string[] IdentifierTails =
    [
        "Options", "Tests", "Extensions", "Exception", "Factory", "Async", "Base", "Impl", "Settings", "State",
        "Kind", "Info", "Data", "Helper", "Cache", "Pool", "Adapter", "Wrapper", "Decorator", "Visitor", "Handle",
        "Id", "Key", "Map", "Set", "List", "Spec", "Error", "Outcome", "Summary", "Report", "Change", "Event",
    ];

    /// <summary>Verbs that make method names (RetryAsync, LoadItems, ...).</summary>
    public static readonly string[] MethodVerbs =
    [
        "Get", "Add", "Create", "Load", "Save", "Find", "Read", "Write", "Open", "Close", "Parse", "Resolve",
        "Build", "Run", "Execute", "Send", "Handle", "Apply", "Try", "Ensure", "Validate", "Render", "Flush",
        "Dispose", "Start", "Stop", "Register", "Configure", "Map", "Select", "Update", "Delete", "Merge", "Sync",
    ];

    public static readonly string[] PathRoots = ["src", "tests", "docs", "tools", "deploy", "scripts", "config", "lib", "app", "pkg"];

    public static readonly string[] PathSegments =
    [
        "Baton.Core", "Baton.Cli", "Baton.Server", "Storage", "Sqlite", "Postgres", "Library", "Search", "Packing",
        "Workspaces", "Git", "Prompts", "Commands", "Mcp", "Rest", "api", "internal", "handlers", "middleware",
        "models", "services", "utils", "infra", "k8s", "helm", "terraform", "migrations", "fixtures", "e2e",
        "integration", "unit", "components", "pages", "hooks", "store", "workers", "jobs", "billing", "auth",
    ];

    public static readonly string[] FileExtensions = [".cs", ".ts", ".py", ".go", ".sql", ".yaml", ".md", ".json", ".sh", ".tsx", ".rs", ".toml"];

    /// <summary>Code-fence languages, with their share of fences following from the order.</summary>
    public static readonly string[] Languages = ["csharp", "bash", "sql", "json", "typescript", "yaml", "python", "go", "text", "diff"];

    /// <summary>Words that mostly appear in titles (a runbook says so in its title, not in every paragraph).</summary>
    public static readonly string[] TitleLabels =
    [
        "Runbook", "Postmortem", "Gotcha", "Checklist", "Cheatsheet", "Howto", "Proposal", "Retro", "Spike", "Rfc",
    ];

    public static readonly string[] Tools = ["claude-code", "codex", "cursor", "copilot", "aider", "gemini-cli", "windsurf"];

    public static readonly string[] Models = ["claude-opus-4", "claude-sonnet-4", "gpt-5", "gpt-4.1", "gemini-2.5-pro", "o3"];

    public static readonly string[] People =
    [
        "Ada Lovelace <ada@example.com>", "Grace Hopper <grace@example.com>", "Alan Turing <alan@example.com>",
        "Barbara Liskov <barbara@example.com>", "Edsger Dijkstra <edsger@example.com>", "Margaret Hamilton <margaret@example.com>",
        "Ken Thompson <ken@example.com>", "Frances Allen <fran@example.com>", "Donald Knuth <don@example.com>",
        "Radia Perlman <radia@example.com>", "Leslie Lamport <leslie@example.com>", "Katherine Johnson <kj@example.com>",
    ];

    public static readonly string[] Branches = ["main", "main", "main", "develop", "feature/search", "fix/retry-loop", "release/1.2", "spike/fts5"];

    public static readonly string[] Repos =
    [
        "github.com/acme/baton", "github.com/acme/shop", "github.com/acme/billing", "github.com/acme/infra",
        "gitlab.com/acme/mobile", "github.com/acme/search-api",
    ];
}
