namespace Baton.Transfer;

/// <summary>One item's file: its path relative to the export folder ('/' separators).</summary>
public sealed record ExportedFile(string Path, string Id, ExportStatus Status);
