namespace Baton.Packing.Selection;

/// <summary>An entry being decided on, with its paths as UTF-8 (patterns match bytes, as in git).</summary>
internal readonly ref struct Candidate(WalkFrame parent, WalkEntry entry, ReadOnlySpan<byte> rulePath, ReadOnlySpan<byte> displayPath)
{
    public WalkFrame Parent { get; } = parent;

    public WalkEntry Entry { get; } = entry;

    /// <summary>Relative to the rule root: what .gitignore and .batonignore patterns match.</summary>
    public ReadOnlySpan<byte> RulePath { get; } = rulePath;

    public int RuleNameStart => RulePath.Length - Entry.NameBytes.Length;

    /// <summary>Relative to the base folder: what --include and --exclude globs match.</summary>
    public ReadOnlySpan<byte> DisplayPath { get; } = displayPath;

    public int DisplayNameStart => DisplayPath.Length - Entry.NameBytes.Length;

    /// <summary>Symlinks count as files, as in git.</summary>
    public bool IsDirectory => Entry.IsDirectory;

    public string RulePathString => Parent.ChildRulePath(Entry.Name);
}
