using System.Text;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Storage;

namespace Baton.Transfer;

/// <summary>
/// Writes library items as Markdown files with YAML front matter, one file per item (see docs/export-import.md).
/// Stages: list the matching items; find the files an earlier export wrote for them; admit each item by its
/// sensitivity and pass its content through the <paramref name="boundary"/> (an export leaves Baton like any other
/// outflow; the <c>local</c> target changes nothing and only reports), all of them before any file is written, so a
/// boundary that fails closed leaves the folder as it was; write each item's file, only when its text
/// changed and through a temporary file, so that a file is never half-written; delete an item's earlier file when its
/// name changed with its title.
/// </summary>
internal sealed class MarkdownExporter(IBatonStore store, PrivacyBoundary boundary)
{
    private const int PageSize = 500;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Exports every item that matches <paramref name="filter"/> into <paramref name="directory"/> (created when
    /// missing). The filter's <see cref="ItemFilter.Limit"/> and <see cref="ItemFilter.Offset"/> are ignored: an export is never cut short.
    /// </summary>
    public async Task<ExportResult> ExportAsync(ItemFilter filter, string directory, CancellationToken cancellationToken = default)
    {
        if (File.Exists(directory))
            throw BatonErrors.ExportTargetIsFile(directory);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(directory, e);
        }

        var (items, archivedLeftOut) = await ListAsync(filter, cancellationToken);
        var prompts = (await store.ListPromptsAsync(cancellationToken)).ToDictionary(p => p.ItemId, StringComparer.Ordinal);
        var earlier = FindEarlierFiles(directory);
        // Every item passes the boundary before any file is written: when it fails closed on one, nothing was written.
        var passed = new List<(Item Item, string Path, string Text)>(items.Count);
        var staleWithheld = new List<string>();
        var (withSecrets, withPersonalData, tagsLeftOut) = (0, 0, 0);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!boundary.Admit(item.Id, item.Sensitivity))
            {
                staleWithheld.AddRange(earlier.GetValueOrDefault(item.Id, []));
                continue;
            }

            var prompt = prompts.TryGetValue(item.Id, out var info) ? new FilePrompt(info.Name, info.Labels) : null;
            var file = new ItemFile(item, await OutgoingLinksAsync(item.Id, cancellationToken), prompt);
            var before = boundary.Report();
            var cleared = ClearedItemFile.Pass(file, boundary);
            var after = boundary.Report();
            withSecrets += Count(after, "secret") > Count(before, "secret") ? 1 : 0;
            withPersonalData += Count(after, "personal-data") > Count(before, "personal-data") ? 1 : 0;
            tagsLeftOut += cleared.TagsLeftOut;
            passed.Add((item, ExportFileNames.For(item), ItemFileWriter.Write(cleared)));
        }

        var files = new List<ExportedFile>(passed.Count);
        var removed = new List<string>();
        foreach (var (item, path, text) in passed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new ExportedFile(path, item.Id, await WriteAsync(directory, path, text, cancellationToken)));
            foreach (var old in earlier.GetValueOrDefault(item.Id, []).Where(old => old != path))
            {
                Delete(ExportFolder.FullPath(directory, old));
                removed.Add(old);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        staleWithheld.Sort(StringComparer.Ordinal);
        return new ExportResult(files, removed, archivedLeftOut)
        {
            Privacy = boundary.Report(),
            ItemsWithSecrets = withSecrets,
            ItemsWithPersonalData = withPersonalData,
            TagsLeftOut = tagsLeftOut,
            WithheldEarlierFiles = staleWithheld,
        };
    }

    private static int Count(BoundaryReport report, string kind) => report.Rules.Where(r => r.Kind == kind).Sum(r => r.Count);

    private async Task<(List<Item> Items, int ArchivedLeftOut)> ListAsync(ItemFilter filter, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        var archivedLeftOut = 0;
        var page = filter with { IncludeArchived = true, Limit = PageSize, Offset = 0 };
        while (true)
        {
            var batch = await store.ListAsync(page, cancellationToken);
            foreach (var item in batch)
            {
                if (item.ArchivedAt is not null && !filter.IncludeArchived)
                    archivedLeftOut++;
                else
                    items.Add(item);
            }

            if (batch.Count < PageSize)
                return (items, archivedLeftOut);
            page = page with { Offset = page.Offset + PageSize };
        }
    }

    /// <summary>Links that start at the item, in a stable order so that re-exports do not reorder them.</summary>
    private async Task<List<FileLink>> OutgoingLinksAsync(string id, CancellationToken cancellationToken) =>
        [.. (await store.GetLinksAsync(id, cancellationToken))
            .Where(l => l.From == id)
            .Select(l => new FileLink(l.Type, l.To, l.At))
            .OrderBy(l => l.Type, StringComparer.Ordinal)
            .ThenBy(l => l.To, StringComparer.Ordinal)];

    /// <summary>The files already in the folder that belong to an item, by the id their name ends with.</summary>
    private static Dictionary<string, List<string>> FindEarlierFiles(string directory)
    {
        var byId = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in ExportFolder.Files(directory))
        {
            if (ExportFileNames.IdOf(path[(path.LastIndexOf('/') + 1)..]) is { } id)
                (byId.TryGetValue(id, out var paths) ? paths : byId[id] = []).Add(path);
        }

        return byId;
    }

    private static async Task<ExportStatus> WriteAsync(string directory, string relative, string text, CancellationToken cancellationToken)
    {
        var path = ExportFolder.FullPath(directory, relative);
        var bytes = Utf8.GetBytes(text);
        try
        {
            var status = ExportStatus.Created;
            if (File.Exists(path))
            {
                if ((await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes))
                    return ExportStatus.Unchanged;
                status = ExportStatus.Updated;
            }

            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.tmp");
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return status;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(path, e);
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotWrite(path, e);
        }
    }
}
