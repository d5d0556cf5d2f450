namespace Baton.Storage;

/// <summary>One entry of the append-only event log.</summary>
public sealed record StoredEvent(long Seq, DateTimeOffset At, string Actor, string Kind, string Subject, string? Data);
