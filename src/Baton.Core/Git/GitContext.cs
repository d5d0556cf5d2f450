namespace Baton.Git;

/// <summary>What git says about a working tree, for source labels and anchors. Every field may be missing.</summary>
public sealed record GitContext(
    string? Root,
    string? Repo,
    string? Branch,
    string? Commit,
    bool? Dirty,
    string? UserName,
    string? UserEmail)
{
    public static GitContext None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>"Name &lt;email&gt;", or whichever of the two git knows.</summary>
    public string? User => (UserName, UserEmail) switch
    {
        (not null, not null) => $"{UserName} <{UserEmail}>",
        (not null, null) => UserName,
        (null, not null) => UserEmail,
        _ => null,
    };
}
