namespace Baton.Cli.Json;

/// <summary>The unified diff between two revisions of an item.</summary>
internal sealed record DiffJson(string Id, int From, int To, string Diff);
