namespace Baton.Cli.Json;

/// <summary>The result of <c>baton audit verify --json</c>.</summary>
internal sealed record AuditCheckJson(bool Intact, long Events, long HeadSeq, string HeadHash, long? BrokenAt, string? Problem);
