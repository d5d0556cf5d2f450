using Baton.Privacy.Scanning;

namespace Baton.Git;

/// <summary>
/// Baton's git pre-commit hook: a shell script that runs <c>baton scan --staged</c> and stops a commit whose staged
/// lines hold secrets or personal data. It lives where git looks for hooks (<c>core.hooksPath</c> when set), is
/// recognised by its marker line, and never overwrites or removes a hook that is not Baton's unless told to.
/// </summary>
internal static class PreCommitHook
{
    public const string Marker = "# baton-hook: pre-commit";

    public const string BackupSuffix = ".baton-backup";

    public static string Script { get; } = $$"""
        #!/bin/sh
        {{Marker}} (installed by `baton hooks install`; `baton hooks uninstall` removes it)
        # Scans the staged lines for secrets and personal data, and stops the commit when it finds any.
        if ! command -v baton >/dev/null 2>&1; then
          echo "baton pre-commit hook: 'baton' is not on PATH, so the staged changes could not be scanned for secrets." >&2
          echo "  Install it (dotnet tool install --global Baton) or add its folder to PATH, then commit again;" >&2
          echo "  to commit without the scan: git commit --no-verify" >&2
          exit 1
        fi
        baton scan --staged
        status=$?
        if [ "$status" -eq 1 ]; then
          cat >&2 <<'BATON_HOOK_HELP'

        The commit was stopped: the staged lines above hold secrets or personal data. To go on, either
          - remove the value (revoke or rotate it first if it is a real secret), `git add` the file, and commit again;
          - or, if it is test data or public, add `baton:allow` (or `baton:allow=RULE`) as a comment on that line;
          - or accept it: add the line `FINGERPRINT RULE PATH` (from the report above) to the baseline file that
            `privacy.baseline` names in .baton/baton.yaml (see docs/privacy.md);
          - or commit without the scan: git commit --no-verify
        BATON_HOOK_HELP
        fi
        exit "$status"

        """;

    public static async Task<HookChange> InstallAsync(string directory, bool force, CancellationToken cancellationToken = default)
    {
        var path = await PathAsync(directory, cancellationToken);
        var change = HookChangeKind.Installed;
        if (File.Exists(path))
        {
            var existing = await File.ReadAllTextAsync(path, cancellationToken);
            if (existing == Script)
                return new HookChange(HookChangeKind.Unchanged, path, null);
            if (existing.Contains(Marker, StringComparison.Ordinal))
                change = HookChangeKind.Updated;
            else if (!force)
                throw BatonErrors.ForeignHook(path);
            else
            {
                File.Move(path, path + BackupSuffix, overwrite: true);
                change = HookChangeKind.Replaced;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, Script, cancellationToken);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return new HookChange(change, path, change == HookChangeKind.Replaced ? path + BackupSuffix : null);
    }

    /// <summary>Removes Baton's hook, and puts back a hook that <c>install --force</c> set aside; leaves any other hook alone.</summary>
    public static async Task<HookChange> UninstallAsync(string directory, CancellationToken cancellationToken = default)
    {
        var path = await PathAsync(directory, cancellationToken);
        if (!File.Exists(path))
            return new HookChange(HookChangeKind.NotInstalled, path, null);
        if (!(await File.ReadAllTextAsync(path, cancellationToken)).Contains(Marker, StringComparison.Ordinal))
            return new HookChange(HookChangeKind.Foreign, path, null);
        File.Delete(path);
        if (!File.Exists(path + BackupSuffix))
            return new HookChange(HookChangeKind.Removed, path, null);
        File.Move(path + BackupSuffix, path);
        return new HookChange(HookChangeKind.Restored, path, path + BackupSuffix);
    }

    /// <summary>Where git runs the pre-commit hook from: <c>git rev-parse --git-path hooks</c> honours core.hooksPath and worktrees.</summary>
    private static async Task<string> PathAsync(string directory, CancellationToken cancellationToken)
    {
        var (code, output, _) = await GitProcess.RunAsync(directory, ["rev-parse", "--git-path", "hooks"], cancellationToken);
        if (code != 0)
            throw BatonErrors.HooksNeedGit(directory);
        return Path.GetFullPath(Path.Combine(directory, output.TrimEnd('\n'), "pre-commit"));
    }
}
