using Baton.Library;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

/// <summary>Opens the privacy boundary of a pack's target; adapters pass <see cref="PrivacyBoundaries.OpenAsync"/> for their workspace.</summary>
internal delegate Task<PrivacyBoundary> BoundaryOpener(string? target, CancellationToken cancellationToken);

internal sealed partial class PackBuilder
{
    /// <summary>
    /// Whether a file may reach the pack's target, by its sensitivity from <c>baton.yaml</c> (path globs from the
    /// workspace root, <c>internal</c> by default); a file that may not is marked withheld and stays in the report.
    /// </summary>
    private bool AdmitFile(Run run, PackEntry entry)
    {
        var path = SensitivityPath(entry);
        if (run.Boundary.AdmitFile(path))
            return true;
        entry.Status = "withheld";
        entry.Detail = $"{run.Boundary.Files.SensitivityOf(path).Name()} is above the {run.Boundary.Target.Name} target's ceiling";
        return false;
    }

    /// <summary>What <see cref="AdmitFile"/> will answer, without recording anything: lets the read workers skip scanning a withheld file.</summary>
    private bool MayReach(Run run, PackEntry entry) => run.Boundary.Target.Admits(run.Boundary.Files.SensitivityOf(SensitivityPath(entry)));

    private string SensitivityPath(PackEntry entry) => entry.File is { } file ? RootRelative(file.FullPath) ?? entry.Reference : entry.Reference;

    private string? RootRelative(string fullPath)
    {
        var relative = Path.GetRelativePath(workspaceRoot, fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }
}
