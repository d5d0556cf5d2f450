using Baton.Packing.Selection;

namespace Baton.Privacy.Scanning;

/// <summary>
/// One file a scan looks at, by its path from the scan root: a file of the working tree the selection kept, content
/// read from git (or from disk) for a change, or a path left out before any reading, with the reason.
/// </summary>
internal abstract record ScanSubject(string Path)
{
    /// <summary>The commit the content comes from, when a scan goes through commits one by one.</summary>
    public string? Commit { get; init; }

    public sealed record WorkingFile(string Path, SelectedFile File) : ScanSubject(Path);

    /// <param name="Added">The lines the change added; null when every line counts.</param>
    public sealed record Content(string Path, byte[] Bytes, AddedLines? Added) : ScanSubject(Path);

    public sealed record LeftOut(string Path, ScanSkip Skip) : ScanSubject(Path);
}
