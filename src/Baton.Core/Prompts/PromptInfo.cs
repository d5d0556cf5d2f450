namespace Baton.Prompts;

/// <summary>A prompt of the library: its item, latest version and the labels that point at versions.</summary>
public sealed record PromptInfo(
    string Name,
    string ItemId,
    string Title,
    int LatestVersion,
    IReadOnlyDictionary<string, int> Labels,
    DateTimeOffset UpdatedAt);
