namespace Baton.Handoffs;

/// <summary>Where the work of a handoff stands in git: captured from the working tree, base given or resolved by git.</summary>
public sealed record VersionRefs(string? Repo, string? Branch, string? Base, string? Head, bool? Dirty)
{
    public static VersionRefs None { get; } = new(null, null, null, null, null);
}
