using Baton.Privacy;
using Baton.Privacy.Boundaries;
using Baton.Workspaces;

namespace Baton.Cli.Mcp;

/// <summary>
/// The one place where <c>baton mcp</c> makes its privacy boundary. Every answer of a server passes the one boundary
/// made here for its whole session, so a person's pseudonym (<c>&lt;EMAIL_1&gt;</c>) means the same person in every
/// answer of a conversation.
/// </summary>
internal static class McpBoundaries
{
    public static PrivacyTarget Target(string? name)
    {
        var wanted = string.IsNullOrWhiteSpace(name) ? PrivacyTargets.DefaultName : name.Trim();
        return PrivacyTargets.BuiltIn.FirstOrDefault(t => string.Equals(t.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw BatonErrors.UnknownTarget(wanted, PrivacyTargets.BuiltIn.Select(t => t.Name));
    }

    // Operators live as long as the server (placeholders are stable within one session); a workspace vault-backed
    // factory with workspace-wide pseudonyms and the workspace's allow-list replaces this when it lands.
#pragma warning disable IDE0060 // the workspace is what the vault-backed factory will read
    public static PrivacyBoundary Create(PrivacyTarget target, Workspace workspace) =>
        new(target, PrivacyScanner.Default, BoundaryOperators.Ephemeral());
#pragma warning restore IDE0060
}
