namespace Baton.Privacy.Scanning;

/// <summary>
/// A file a change added or modified: its path from the repository root, the object id of its new content (all
/// zeros when the new side is the working tree), its git mode, and the lines added (null when git could not say,
/// as for a file git takes for binary: then every line counts).
/// </summary>
internal sealed record ChangedFile(string Path, string NewObjectId, string Mode, AddedLines? Added)
{
    public bool InWorkingTree => NewObjectId.All(c => c == '0');
}
