namespace Baton.Packing.Selection;

/// <summary>Facts about a folder that hold for everything below it.</summary>
[Flags]
internal enum FrameMarks
{
    None = 0,

    /// <summary>Git ignores this folder, but it holds tracked files: only those are kept, as in git.</summary>
    TrackedOnly = 1,

    /// <summary>An --include glob matched this folder, so every file below it is included.</summary>
    Included = 2,
}
