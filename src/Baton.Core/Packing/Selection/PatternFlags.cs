namespace Baton.Packing.Selection;

/// <summary>What the shape of an ignore line says about how it matches (git's PATTERN_FLAG_*).</summary>
[Flags]
internal enum PatternFlags
{
    None = 0,

    /// <summary>The line started with '!': a match re-includes the path.</summary>
    Negative = 1,

    /// <summary>The line ended with '/': only folders match.</summary>
    MustBeDirectory = 2,

    /// <summary>No '/' apart from a trailing one: the pattern matches the last name at any depth.</summary>
    NoDirectory = 4,

    /// <summary>"*literal": a suffix comparison is enough.</summary>
    EndsWith = 8,
}
