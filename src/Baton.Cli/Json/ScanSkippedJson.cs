namespace Baton.Cli.Json;

/// <summary>A file or folder that was not scanned, with a stable reason code and a line for people.</summary>
internal sealed record ScanSkippedJson(string Path, string Reason, string Detail, string? Commit);
