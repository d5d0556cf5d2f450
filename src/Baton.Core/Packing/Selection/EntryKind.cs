namespace Baton.Packing.Selection;

/// <summary>What a directory entry is, from the listing itself (symlinks are not resolved).</summary>
internal enum EntryKind
{
    File,
    Directory,
    Symlink,
}
