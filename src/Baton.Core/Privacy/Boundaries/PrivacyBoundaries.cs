using Baton.Privacy.Vault;
using Baton.Storage;
using Baton.Workspaces;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// Opens the boundary of a workspace for one outflow. Every path out (packs, exports, MCP and REST answers) gets its
/// boundary here: the target as <c>baton.yaml</c> defines it, the workspace's vault for placeholders that stay the
/// same across packs and can be restored, the keyed hash under the same key material, and file sensitivities by path.
/// </summary>
internal static class PrivacyBoundaries
{
    /// <param name="store">The workspace's store; the boundary keeps using it (not concurrently with other calls on it).</param>
    /// <param name="config">The workspace's settings: its targets and file sensitivities.</param>
    /// <param name="environment">Environment variables: the key file lives under <c>$XDG_DATA_HOME/baton/keys</c>.</param>
    /// <param name="targetName">The target; <c>external-ai</c> when null. Unknown names are an error listing the known ones.</param>
    /// <param name="time">When vault entries are written; the system clock when null.</param>
    /// <param name="remember">
    /// Whether the boundary loads the texts its scanner passed clean before and skips scanning them again (packs of
    /// whole trees, where most files did not change since the last pack); it learns new ones, saved by <see cref="ScanMemory.SaveAsync"/>.
    /// </param>
    public static async Task<PrivacyBoundary> OpenAsync(
        IBatonStore store,
        WorkspaceConfig config,
        Func<string, string?> environment,
        string? targetName = null,
        TimeProvider? time = null,
        bool remember = false,
        CancellationToken cancellationToken = default)
    {
        var target = config.Targets.Get(targetName);
        var operators = NeedsVault(target)
            ? BoundaryOperators.Vaulted(await PseudonymVault.OpenAsync(store.Vault, VaultKeyFile.Folder(environment), time ?? TimeProvider.System, cancellationToken))
            : BoundaryOperators.Unused;
        return new PrivacyBoundary(target, PrivacyScanner.Default, operators)
        {
            Files = config.FileSensitivity,
            Memory = remember ? await ScanMemory.OpenAsync(store.ScanMemory, PrivacyScanner.Default, cancellationToken) : null,
        };
    }

    private static bool NeedsVault(PrivacyTarget target) =>
        target.Secrets is OperatorKind.Pseudonymise or OperatorKind.Hash || target.PersonalData is OperatorKind.Pseudonymise or OperatorKind.Hash;
}
