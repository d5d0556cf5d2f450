using System.Runtime.CompilerServices;
using System.Text;
using Baton.Packing.Selection;

namespace Baton.Privacy.Scanning;

/// <summary>
/// <c>baton scan</c> as a pipeline: choose the files (the pack's selection stage over the working tree, or the files
/// a git change touched, read from the index or a commit; for a range of commits, each commit's in turn) → scan each with <see cref="PrivacyScanner"/>, several at
/// once → keep the findings on added lines (for a change) and at or above the minimum confidence → read each
/// finding's preview and end column. Results come back in git's order whatever order the files finish in.
/// </summary>
internal static class RepositoryScan
{
    public static async Task<IReadOnlyList<FileScan>> RunAsync(ScanRequest request, Action<FileScan>? progress = null, CancellationToken cancellationToken = default)
    {
        foreach (var path in request.Paths)
        {
            var full = Path.GetFullPath(path, request.BaseDirectory);
            if (!Path.Exists(full) && new FileInfo(full).LinkTarget is null && request.Changes is null)
                throw BatonErrors.ScanPathNotFound(path);
        }

        var subjects = request.Changes is null ? WorkingTree(request, cancellationToken) : Changes(request, cancellationToken);
        var results = new List<FileScan?>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Numbered(subjects, results, cancellationToken), options, async (subject, token) =>
        {
            var result = await ScanAsync(subject.Value, request, token);
            lock (results)
                results[subject.Index] = result;
            progress?.Invoke(result);
        });
        return [.. results.Select(r => r!)];
    }

    /// <summary>Numbers the subjects in the order they come (git's), reserving a slot for each result.</summary>
    private static async IAsyncEnumerable<(int Index, ScanSubject Value)> Numbered(IAsyncEnumerable<ScanSubject> subjects, List<FileScan?> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var subject in subjects.WithCancellation(cancellationToken))
        {
            int index;
            lock (results)
            {
                index = results.Count;
                results.Add(null);
            }

            yield return (index, subject);
        }
    }

    private static async IAsyncEnumerable<ScanSubject> WorkingTree(ScanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var selection = new SelectionOptions
        {
            BaseDirectory = request.BaseDirectory,
            Paths = request.Paths.Count == 0 ? ["."] : request.Paths,
            Include = request.Include,
            Exclude = request.Exclude,
            UseDefaultIgnores = request.UseDefaultIgnores,
            MaxFileBytes = request.MaxFileBytes,
        };
        await foreach (var entry in FileSelector.SelectAsync(selection, cancellationToken))
        {
            if (entry is SkippedPath { Reason: SkipReason.GitDirectory })
                continue; // git's own data: never scanned, and not worth a line in every report
            var path = FromRoot(request, Path.GetFullPath(entry.Path.Length == 0 ? "." : entry.Path, request.BaseDirectory));
            yield return entry switch
            {
                SelectedFile file => new ScanSubject.WorkingFile(path, file),
                SkippedPath skipped => new ScanSubject.LeftOut(path, ScanSkip.From(skipped)),
                _ => throw new InvalidOperationException($"unexpected selection entry {entry}"),
            };
        }
    }

    private static async IAsyncEnumerable<ScanSubject> Changes(ScanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var changes = request.Changes!;
        var gitRoot = (await GitProcess.RunAsync(request.BaseDirectory, ["rev-parse", "--show-toplevel"], cancellationToken)) is (0, var top, _)
            ? top.TrimEnd('\n')
            : throw BatonErrors.ScanNeedsGit(changes.Option, request.BaseDirectory);
        var include = PathGlobs.Parse(request.Include, "--include");
        var exclude = PathGlobs.Parse(request.Exclude, "--exclude");
        await using var blobs = new GitBlobReader(request.BaseDirectory);
        if (changes.Kind != ChangeSelection.Scope.Commits)
        {
            var files = await GitChanges.ListAsync(request.BaseDirectory, changes, request.Paths, cancellationToken);
            await foreach (var subject in Subjects(files, gitRoot, include, exclude, blobs, request, cancellationToken))
                yield return subject;
            yield break;
        }

        foreach (var (commit, parent) in await GitChanges.CommitsAsync(request.BaseDirectory, changes, cancellationToken))
        {
            var files = await GitChanges.ListCommitAsync(request.BaseDirectory, commit, parent, request.Paths, cancellationToken);
            await foreach (var subject in Subjects(files, gitRoot, include, exclude, blobs, request, cancellationToken))
                yield return subject with { Commit = commit };
        }
    }

    private static async IAsyncEnumerable<ScanSubject> Subjects(IReadOnlyList<ChangedFile> files, string gitRoot, PathGlobs include, PathGlobs exclude,
        GitBlobReader blobs, ScanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var full = Path.Combine(gitRoot, file.Path);
            var path = FromRoot(request, full);
            var cwdPath = Path.GetRelativePath(request.BaseDirectory, full).Replace('\\', '/');
            if (GlobVerdict(cwdPath, include, exclude) is { } left)
            {
                yield return new ScanSubject.LeftOut(path, left);
                continue;
            }

            if (file.Mode == "120000")
            {
                yield return new ScanSubject.LeftOut(path, new ScanSkip("symlink", "a symlink: its target is scanned where it lies"));
                continue;
            }

            yield return await ReadAsync(file, full, path, blobs, request.MaxFileBytes, cancellationToken);
        }
    }

    private static async Task<ScanSubject> ReadAsync(ChangedFile file, string full, string path, GitBlobReader blobs, long maxBytes, CancellationToken cancellationToken)
    {
        if (!file.InWorkingTree)
        {
            var (content, size) = await blobs.ReadAsync(file.NewObjectId, maxBytes, cancellationToken);
            return content is null
                ? new ScanSubject.LeftOut(path, TooLarge(size, maxBytes))
                : new ScanSubject.Content(path, content, file.Added);
        }

        try
        {
            var length = new FileInfo(full).Length;
            return length > maxBytes
                ? new ScanSubject.LeftOut(path, TooLarge(length, maxBytes))
                : new ScanSubject.Content(path, await File.ReadAllBytesAsync(full, cancellationToken), file.Added);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ScanSubject.LeftOut(path, new ScanSkip(ScanSkip.Unreadable, $"cannot read: {e.Message}"));
        }
    }

    private static ScanSkip TooLarge(long size, long maxBytes) =>
        new(ScanSkip.TooLarge, $"{BatonErrors.Bytes(size)}, over the {BatonErrors.Bytes(maxBytes)} limit");

    /// <summary>--exclude leaves a file out when it or a folder above it matches; --include keeps it only then.</summary>
    private static ScanSkip? GlobVerdict(string path, PathGlobs include, PathGlobs exclude)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        bool Matches(PathGlobs globs, out string glob)
        {
            for (var end = bytes.Length; end > 0; end = bytes.AsSpan(0, end).LastIndexOf((byte)'/'))
            {
                var part = bytes.AsSpan(0, end);
                if (globs.Match(part, part.LastIndexOf((byte)'/') + 1, isDirectory: end < bytes.Length) is { } pattern)
                {
                    glob = globs.Original(pattern);
                    return true;
                }
            }

            glob = "";
            return false;
        }

        if (!exclude.IsEmpty && Matches(exclude, out var excluded))
            return new ScanSkip("excluded", $"matches --exclude '{excluded}'");
        if (!include.IsEmpty && !Matches(include, out _))
            return new ScanSkip("not-included", "matches no --include glob");
        return null;
    }

    private static async Task<FileScan> ScanAsync(ScanSubject subject, ScanRequest request, CancellationToken cancellationToken)
    {
        ScanResult result;
        AddedLines? added = null;
        switch (subject)
        {
            case ScanSubject.LeftOut left:
                return FileScan.Skipped(subject.Path, left.Skip) with { Commit = subject.Commit };
            case ScanSubject.WorkingFile working:
                try
                {
                    result = working.File.Encoding is TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom
                        ? await request.Scanner.ScanFileAsync(working.File.FullPath, subject.Path, cancellationToken)
                        : await ScanReaderAsync(request.Scanner, TextFileReader.Open(working.File), subject.Path, cancellationToken);
                }
                catch (Exception e) when (e is BatonException or IOException or UnauthorizedAccessException)
                {
                    return FileScan.Skipped(subject.Path, new ScanSkip(ScanSkip.Unreadable, $"cannot read: {(e.InnerException ?? e).Message}"));
                }

                break;
            case ScanSubject.Content content:
                added = content.Added;
                result = await request.Scanner.ScanAsync(new MemoryStream(content.Bytes, writable: false), subject.Path, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"unexpected scan subject {subject}");
        }

        if (result.SkippedReason is { } reason)
            return FileScan.Skipped(subject.Path, ScanSkip.FromScanner(reason)) with { Commit = subject.Commit };

        var onAddedLines = added is null ? result.Findings : [.. result.Findings.Where(f => added.Overlaps(f.Line, f.EndLine))];
        var kept = onAddedLines.Where(f => f.Confidence >= request.MinConfidence).ToList();
        IReadOnlyList<ReportedFinding> reported = [];
        if (kept.Count > 0)
        {
            using var reader = subject is ScanSubject.Content c ? ContentReader(c.Bytes) : TextFileReader.Open(((ScanSubject.WorkingFile)subject).File);
            reported = await FindingText.ReadAsync(reader, subject.Path, kept, cancellationToken);
            if (subject.Commit is { } commit)
                reported = [.. reported.Select(r => r with { Commit = commit })];
        }

        return new FileScan(subject.Path, reported, null, result.CharsScanned, result.InvalidUtf8Sequences, result.Suppressed, onAddedLines.Count - kept.Count)
        {
            Commit = subject.Commit,
        };
    }

    private static async Task<ScanResult> ScanReaderAsync(PrivacyScanner scanner, StreamReader reader, string path, CancellationToken cancellationToken)
    {
        using (reader)
            return await scanner.ScanAsync(reader, path, cancellationToken);
    }

    /// <summary>Decodes content as <see cref="PrivacyScanner.ScanAsync(Stream, string?, CancellationToken)"/> does, so offsets agree.</summary>
    private static StreamReader ContentReader(byte[] bytes) =>
        new(new MemoryStream(bytes, writable: false), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);

    /// <summary>A path from the scan root, '/'-separated; a path outside the root stays relative to it (with '..').</summary>
    private static string FromRoot(ScanRequest request, string fullPath) =>
        Path.GetRelativePath(request.Root, fullPath).Replace('\\', '/');
}
