namespace Baton.Cli.Json;

internal sealed record LinesJson(int Start, int End);
