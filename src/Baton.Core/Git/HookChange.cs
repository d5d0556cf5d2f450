namespace Baton.Git;

/// <param name="Backup">The other hook set aside by a forced install, or put back by an uninstall.</param>
internal sealed record HookChange(HookChangeKind Kind, string Path, string? Backup);
