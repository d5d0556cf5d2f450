namespace Baton.Library;

/// <summary>
/// A snippet's tie to code: the lines it was taken from, at which commit, and a hash of their content.
/// Comparing <see cref="ContentHash"/> with the same lines today tells whether the code drifted.
/// </summary>
public sealed record SnippetAnchor(string Path, LineRange Lines, string? Commit, string ContentHash, string? Language);
