using Baton.Git;

namespace Baton.Packing;

/// <summary>The pack's git sources: the diff of a ref or range (and the files it changes), and recent commit messages.</summary>
internal static class GitSources
{
    public sealed record DiffSource(string Range, string Text, IReadOnlyList<string> ChangedPaths);

    public static async Task<DiffSource> DiffAsync(string baseDirectory, string range, CancellationToken cancellationToken)
    {
        if (await GitProbe.FindRootAsync(baseDirectory, cancellationToken) is null)
            throw BatonErrors.DiffOutsideGit(baseDirectory);
        var ends = range.Split("..", 2, StringSplitOptions.None);
        foreach (var end in ends)
        {
            if (end.Length == 0 || end.StartsWith('-') || await GitProbe.RunAsync(baseDirectory, ["rev-parse", "--verify", "--quiet", end + "^{commit}"], cancellationToken) is null)
                throw BatonErrors.UnknownDiffRef(end.Length == 0 ? range : end);
        }

        string[] revisions = ends.Length == 2 ? [ends[0], ends[1]] : [ends[0]];
        var text = await GitProbe.RunAsync(baseDirectory, ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "--relative", .. revisions, "--"], cancellationToken) ?? "";
        var names = await GitProbe.RunAsync(baseDirectory, ["diff", "--name-only", "-z", "--no-renames", "--relative", .. revisions, "--"], cancellationToken) ?? "";
        var changed = names.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        return new DiffSource(range, text, changed);
    }

    public static async Task<string> LogAsync(string baseDirectory, int count, CancellationToken cancellationToken)
    {
        if (await GitProbe.FindRootAsync(baseDirectory, cancellationToken) is null)
            throw BatonErrors.LogOutsideGit(baseDirectory);
        return await GitProbe.RunAsync(baseDirectory, ["log", "-n", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-color", "--date=iso-strict", "--format=commit %H%nAuthor: %an%nDate: %ad%n%n%w(0,4,4)%B"], cancellationToken) ?? "";
    }
}
