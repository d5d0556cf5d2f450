using System.IO.Enumeration;
using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// Walks a folder depth first in git's order (byte order of full paths, folders compared as "name/"),
/// running each entry through the path stages and each file through the content stage. Streams: it holds
/// one listing per open folder and no file contents.
/// </summary>
internal sealed class DirectoryWalker(RuleContext context, IReadOnlyList<IPathFilter> stages, FileInspector inspector, SelectionOptions options)
{
    private static readonly EnumerationOptions ListingOptions = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private byte[] _rulePath = new byte[512];
    private byte[] _displayPath = new byte[512];

    public IEnumerable<SelectionEntry> Walk(WalkFrame root, CancellationToken cancellationToken = default)
    {
        var stack = new Stack<Level>();
        var (entries, problems) = Open(root);
        foreach (var problem in problems)
            yield return problem;
        stack.Push(new Level(root, entries));

        while (stack.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = stack.Peek();
            if (level.Next == level.Entries.Count)
            {
                stack.Pop();
                continue;
            }

            var entry = level.Entries[level.Next++];
            var frame = level.Frame;
            if (_reported.Contains(entry.FullPath))
                continue;
            var path = frame.ChildDisplayPath(entry.Name);
            if (entry.Name.Contains('\uFFFD') && !Path.Exists(entry.FullPath))
            {
                yield return new SkippedPath(path, entry.IsDirectory, SkipReason.InvalidName, "the name is not valid UTF-8, so it cannot be opened by name; rename it to pack it");
                continue;
            }

            var verdict = Decide(frame, entry);
            if (verdict.Kind == VerdictKind.Hide)
                continue;
            if (verdict.Kind is VerdictKind.Skip or VerdictKind.SkipAndDescend)
            {
                yield return new SkippedPath(path, entry.IsDirectory, verdict.Reason, verdict.Detail!, verdict.Rule);
                if (verdict.Kind == VerdictKind.Skip)
                    continue;
            }

            string? childReal = null;
            var isDirectory = entry.IsDirectory;
            var fullPath = entry.FullPath;
            if (entry.Kind == EntryKind.Symlink)
            {
                var (target, targetIsDirectory, loop) = Symlinks.Resolve(entry.FullPath);
                var text = Symlinks.TargetText(entry.FullPath);
                if (target is null)
                {
                    yield return loop
                        ? new SkippedPath(path, false, SkipReason.SymlinkLoop, $"symlink to {text}; the chain of links loops")
                        : new SkippedPath(path, false, SkipReason.BrokenSymlink, $"symlink to {text}, which does not exist");
                    continue;
                }

                if (!options.FollowSymlinks)
                {
                    yield return new SkippedPath(path, false, SkipReason.Symlink, $"symlink to {text}; not followed (following symlinks is off)");
                    continue;
                }

                if (targetIsDirectory && IsOnStack(frame, target))
                {
                    yield return new SkippedPath(path, false, SkipReason.SymlinkLoop, $"symlink to {text}, a folder that contains it");
                    continue;
                }

                isDirectory = targetIsDirectory;
                childReal = target;
                fullPath = target;
            }

            if (!isDirectory)
            {
                var tracked = context.Tracked.Count > 0 && context.Tracked.Contains(frame.ChildRulePath(entry.Name));
                var listed = entry.Kind == EntryKind.Symlink ? (long?)null : entry.Length;
                yield return inspector.Inspect(path, fullPath, listed, entry.LastWriteTimeUtc, tracked);
                continue;
            }

            if (options.FollowSymlinks)
                childReal ??= Path.Combine(frame.RealPath ?? frame.FullPath, entry.Name);
            var child = new WalkFrame(fullPath, frame.ChildRulePath(entry.Name), path, frame.Git, frame.Baton, frame.Marks | verdict.Marks, childReal, frame);
            (entries, problems) = Open(child);
            foreach (var problem in problems)
                yield return problem;
            stack.Push(new Level(child, entries));
        }
    }

    /// <summary>Runs the path stages; the first that leaves the entry out decides, marks of passing stages add up.</summary>
    private PathVerdict Decide(WalkFrame frame, WalkEntry entry)
    {
        var rule = Join(ref _rulePath, frame.RulePrefix, entry.NameBytes);
        var display = Join(ref _displayPath, frame.DisplayPrefix, entry.NameBytes);
        var candidate = new Candidate(frame, entry, rule, display);
        var marks = FrameMarks.None;
        foreach (var stage in stages)
        {
            var verdict = stage.Check(candidate);
            if (verdict.Kind != VerdictKind.Pass)
                return verdict with { Marks = verdict.Marks | marks };
            marks |= verdict.Marks;
        }

        return PathVerdict.Mark(marks);
    }

    /// <summary>Lists a folder in git order and loads the ignore files in it; problems are reported, not thrown.</summary>
    private (List<WalkEntry> Entries, List<SkippedPath> Problems) Open(WalkFrame frame)
    {
        var problems = new List<SkippedPath>();
        var entries = new List<WalkEntry>();
        try
        {
            var listing = new FileSystemEnumerable<WalkEntry>(frame.FullPath, ToEntry, ListingOptions);
            entries.AddRange(listing);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SkippedPath(frame.DisplayPath.Length == 0 ? "." : frame.DisplayPath, true, SkipReason.Unreadable, $"cannot list it: {RuleFileLoader.Describe(e)}"));
            return (entries, problems);
        }

        entries.Sort(GitOrder);
        var loadGit = context.UsesGitRules && (frame.Marks & FrameMarks.TrackedOnly) == 0;
        foreach (var entry in entries)
        {
            if (entry.Kind != EntryKind.File)
                continue; // a symlinked ignore file is not read, as in git
            if (loadGit && entry.Name == RuleFileLoader.GitIgnoreName)
                frame.Git = RuleChain.Push(frame.Git, Load(frame, entry, IgnoreFileKind.GitIgnore, problems));
            else if (options.UseBatonIgnore && entry.Name == RuleFileLoader.BatonIgnoreName)
                frame.Baton = RuleChain.Push(frame.Baton, Load(frame, entry, IgnoreFileKind.BatonIgnore, problems));
        }

        return (entries, problems);
    }

    private IgnoreFile? Load(WalkFrame frame, WalkEntry entry, IgnoreFileKind kind, List<SkippedPath> problems)
    {
        var file = RuleFileLoader.Load(entry.FullPath, kind, frame.ChildRulePath(entry.Name), frame.RulePath, followSymlink: false, out var problem);
        if (problem is not null && _reported.Add(entry.FullPath))
            problems.Add(new SkippedPath(frame.ChildDisplayPath(entry.Name), false, SkipReason.Unreadable, problem));
        return file;
    }

    private static WalkEntry ToEntry(ref FileSystemEntry e)
    {
        var name = e.FileName.ToString();
        var kind = (e.Attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.Symlink
            : e.IsDirectory ? EntryKind.Directory
            : EntryKind.File;
        // Folders need no stat; files and links get one lstat, for size and time.
        return kind == EntryKind.Directory
            ? new WalkEntry(name, Encoding.UTF8.GetBytes(name), e.ToFullPath(), kind, 0, default)
            : new WalkEntry(name, Encoding.UTF8.GetBytes(name), e.ToFullPath(), kind, e.Length, e.LastWriteTimeUtc.UtcDateTime);
    }

    /// <summary>Byte order of the full paths, as git lists them: a folder sorts as its name followed by '/'.</summary>
    private static int GitOrder(WalkEntry a, WalkEntry b)
    {
        var (x, y) = (a.NameBytes, b.NameBytes);
        var common = Math.Min(x.Length, y.Length);
        var order = x.AsSpan(0, common).SequenceCompareTo(y.AsSpan(0, common));
        if (order != 0)
            return order;
        var nextA = x.Length > common ? x[common] : a.IsDirectory ? '/' : -1;
        var nextB = y.Length > common ? y[common] : b.IsDirectory ? '/' : -1;
        return nextA - nextB;
    }

    private static bool IsOnStack(WalkFrame frame, string realTarget)
    {
        for (var f = frame; f is not null; f = f.Parent)
        {
            if (string.Equals(f.RealPath ?? f.FullPath, realTarget, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static ReadOnlySpan<byte> Join(ref byte[] buffer, byte[] prefix, byte[] name)
    {
        var length = prefix.Length + name.Length;
        if (buffer.Length < length)
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        prefix.CopyTo(buffer, 0);
        name.CopyTo(buffer, prefix.Length);
        return buffer.AsSpan(0, length);
    }

    private sealed class Level(WalkFrame frame, List<WalkEntry> entries)
    {
        public WalkFrame Frame => frame;

        public List<WalkEntry> Entries => entries;

        public int Next { get; set; }
    }
}
