namespace Baton.Cli.Json;

/// <summary>The result of <c>prompt label --json</c>: where the label points now and before (null when new).</summary>
internal sealed record PromptLabelJson(string Name, string Label, int Version, int? PreviousVersion);
