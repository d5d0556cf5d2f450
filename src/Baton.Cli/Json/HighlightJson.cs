namespace Baton.Cli.Json;

/// <summary>A matched span of an excerpt, in UTF-16 code units.</summary>
internal sealed record HighlightJson(int Start, int Length);
