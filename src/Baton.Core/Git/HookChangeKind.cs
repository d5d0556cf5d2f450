namespace Baton.Git;

/// <summary>What installing or removing Baton's pre-commit hook did.</summary>
internal enum HookChangeKind
{
    Installed,
    Updated,
    Unchanged,

    /// <summary>Another hook was there; with --force it was moved aside and Baton's installed.</summary>
    Replaced,
    Removed,

    /// <summary>Baton's hook was removed and the hook it had replaced put back.</summary>
    Restored,
    NotInstalled,

    /// <summary>The hook there is not Baton's, so it was left alone.</summary>
    Foreign,
}
