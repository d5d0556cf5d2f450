namespace Baton.Cli.Json;

internal sealed record EventJson(long Seq, DateTimeOffset At, string Actor, string Kind, string Subject, string? Data);
