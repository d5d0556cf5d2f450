namespace Baton.Cli.Json;

/// <summary>One item file of an export or import: path relative to the folder, item id, and what happened (created, updated, unchanged).</summary>
internal sealed record TransferFileJson(string Path, string Id, string Status);
