using Baton.Bench.Corpus;

namespace Baton.Bench.Ingest;

/// <summary>What <c>baton-bench ingest</c> was asked to do. Exactly one of <see cref="Database"/> and <see cref="Workspace"/> is set.</summary>
internal sealed record IngestSettings(string? Database, string? Workspace, long Count, int Batch, ulong Seed, BodySize BodySize, string? Label);
