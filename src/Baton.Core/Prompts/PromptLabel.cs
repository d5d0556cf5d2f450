namespace Baton.Prompts;

/// <summary>A label set on a prompt: where it points now and where it pointed before (null when it is new).</summary>
public sealed record PromptLabel(string Name, string Label, int Version, int? PreviousVersion);
