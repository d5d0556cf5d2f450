namespace Baton.Cli.Json;

/// <summary>A library item a rendered prompt included, at the revision it included.</summary>
internal sealed record PromptItemJson(string Id, string Kind, string Title, int Revision);
