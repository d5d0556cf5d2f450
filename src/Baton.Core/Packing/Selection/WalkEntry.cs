namespace Baton.Packing.Selection;

/// <summary>One entry of a folder listing. <see cref="Length"/> and the time are lstat's (a symlink's own).</summary>
internal sealed record WalkEntry(string Name, byte[] NameBytes, string FullPath, EntryKind Kind, long Length, DateTime LastWriteTimeUtc)
{
    public bool IsDirectory => Kind == EntryKind.Directory;
}
