using Baton.Yaml;
using Baton.Library;
using Baton.Prompts;
using Baton.Storage;
using Baton.Workspaces;

namespace Baton.Transfer;

/// <summary>
/// Reads a folder of exported Markdown files back into the library (see docs/export-import.md). Stages: read
/// and check every file; check the files against each other and the workspace (duplicate ids, kinds, prompt
/// names); when any file is invalid, stop with every problem and write nothing; else write all items in one
/// transaction, then archive states, prompt names and labels, and links (whose targets may be among the new items).
/// Re-importing the same files changes nothing.
/// </summary>
public sealed class MarkdownImporter(IBatonStore store, WorkspaceConfig config, TimeProvider time)
{
    // A file may exceed the body limit by its front matter; a larger one is refused without reading it.
    private const long FrontMatterAllowance = 1 << 20;

    internal const string NotMarkdown = "not a Markdown file (.md)";

    internal const string NoFrontMatter = "no front matter (the file does not start with a '---' line), so not an exported item";

    /// <param name="by">Who is importing: recorded for the changes the import makes itself (archive states, prompt labels, links).</param>
    /// <param name="dryRun">Check everything and report what would change, without writing.</param>
    public async Task<ImportResult> ImportAsync(string directory, RevisionAuthor by, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
            throw BatonErrors.NotAFolder(directory);

        var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var (files, skipped, problems, markdown) = await ReadFolderAsync(directory, now, cancellationToken);
        var plans = await PlanAsync(files, problems, cancellationToken);
        if (problems.Count > 0)
        {
            problems.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return Result(dryRun, markdown, [], skipped, problems, [], 0);
        }

        var (links, warnings) = await CheckLinksAsync(plans, cancellationToken);
        if (dryRun)
        {
            var newLinks = await CountNewLinksAsync(plans, links, cancellationToken);
            return Result(dryRun, markdown, [.. plans.Select(p => new ImportedFile(p.Path, p.File.Item.Id, p.Outcome))], skipped, [], warnings, newLinks);
        }

        var batch = new ImportBatch(
            [.. plans.Select(p => new ImportEntry(p.File.Item, p.ArchiveChanges, p.File.Prompt is { } prompt ? new ImportPrompt(prompt.Name, prompt.Labels) : null))],
            [.. links.Select(l => new ImportLink(l.From, l.Link.Type, l.Link.To, l.Link.At))],
            by,
            now);
        var (outcomes, added) = await store.ImportAsync(batch, cancellationToken);
        return Result(dryRun, markdown, [.. plans.Select((p, i) => new ImportedFile(p.Path, p.File.Item.Id, outcomes[i]))], skipped, [], warnings, added);
    }

    /// <summary>Reads every file of the folder: the items, the files skipped with why, and the invalid ones with what is wrong.</summary>
    private async Task<(List<(string Path, ItemFile File)> Files, List<FileMessage> Skipped, List<FileMessage> Problems, int Markdown)> ReadFolderAsync(
        string directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var files = new List<(string, ItemFile)>();
        var skipped = new List<FileMessage>();
        var problems = new List<FileMessage>();
        var markdown = 0;
        foreach (var path in ExportFolder.Files(directory))
        {
            if (!IsMarkdown(path))
            {
                skipped.Add(new FileMessage(path, NotMarkdown));
                continue;
            }

            markdown++;
            try
            {
                if (await ReadAsync(directory, path, now, cancellationToken) is { } file)
                    files.Add((path, file));
                else
                    skipped.Add(new FileMessage(path, NoFrontMatter));
            }
            catch (BatonException e)
            {
                problems.Add(new FileMessage(path, e.Message));
            }
        }

        return (files, skipped, problems, markdown);
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    private async Task<ItemFile?> ReadAsync(string directory, string path, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var full = ExportFolder.FullPath(directory, path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(full).Length;
            if (length > config.MaxBodyBytes + FrontMatterAllowance)
                throw BatonErrors.FileTooLarge(path, length, config.MaxBodyBytes);
            bytes = await File.ReadAllBytesAsync(full, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotRead(path, e);
        }

        return ItemFileReader.Read(TextInput.Decode(bytes, path), path, config.MaxBodyBytes, now);
    }

    /// <summary>Checks the files against each other and the workspace, and works out what each will do.</summary>
    private async Task<List<ImportPlan>> PlanAsync(List<(string Path, ItemFile File)> files, List<FileMessage> problems, CancellationToken cancellationToken)
    {
        var prompts = (await store.ListPromptsAsync(cancellationToken)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var promptNames = prompts.Values.ToDictionary(p => p.ItemId, p => p.Name, StringComparer.Ordinal);
        var pathsById = new Dictionary<string, string>(StringComparer.Ordinal);
        var pathsByPromptName = new Dictionary<string, string>(StringComparer.Ordinal);
        var plans = new List<ImportPlan>();
        foreach (var (path, file) in files)
        {
            var item = file.Item;
            if (pathsById.TryGetValue(item.Id, out var other))
            {
                problems.Add(new FileMessage(path, BatonErrors.DuplicateImportId(path, item.Id, other).Message));
                continue;
            }

            pathsById[item.Id] = path;
            var current = await store.FindItemAsync(item.Id, cancellationToken);
            if (current is not null && current.Kind != item.Kind)
            {
                problems.Add(new FileMessage(path, BatonErrors.ImportKindMismatch(path, item.Id, item.Kind.Name(), current.Kind.Name()).Message));
                continue;
            }

            var promptChanges = false;
            if (file.Prompt is { } prompt)
            {
                prompts.TryGetValue(prompt.Name, out var owner);
                var problem = PromptProblem(path, item.Id, prompt.Name, owner, promptNames.GetValueOrDefault(item.Id), pathsByPromptName.GetValueOrDefault(prompt.Name))
                    ?? LabelProblem(path, prompt, VersionsAfterImport(current, item));
                if (problem is not null)
                {
                    problems.Add(new FileMessage(path, problem.Message));
                    continue;
                }

                pathsByPromptName[prompt.Name] = path;
                promptChanges = owner is null || prompt.Labels.Any(l => owner.Labels.GetValueOrDefault(l.Key) != l.Value);
            }

            var outcome = current is null ? ImportOutcome.Created
                : !SameContent(current, item) || promptChanges || (current.ArchivedAt is null) != (item.ArchivedAt is null) ? ImportOutcome.Updated
                : ImportOutcome.Unchanged;
            plans.Add(new ImportPlan(path, file, current, outcome));
        }

        return plans;
    }

    /// <summary>Why a prompt's name cannot be imported: another file, or another item of the workspace, has it; or the item has another name.</summary>
    private static BatonException? PromptProblem(string path, string id, string name, PromptInfo? owner, string? currentName, string? otherPath)
    {
        if (otherPath is not null)
            return BatonErrors.DuplicatePromptName(path, name, otherPath);
        if (owner is not null && owner.ItemId != id)
            return BatonErrors.AboutFile(path, BatonErrors.PromptNameTaken(name, owner.ItemId));
        return currentName is not null && currentName != name ? BatonErrors.AboutFile(path, BatonErrors.PromptAlreadyNamed(id, currentName)) : null;
    }

    /// <summary>
    /// The prompt's latest version once imported: the file's revision for a new item, else the workspace's,
    /// plus one when the content changes. Labels must point at versions that exist then, or the store refuses them.
    /// </summary>
    private static int VersionsAfterImport(Item? current, Item item) =>
        current is null ? item.Revision : SameContent(current, item) ? current.Revision : current.Revision + 1;

    private static BatonException? LabelProblem(string path, FilePrompt prompt, int latest) =>
        prompt.Labels.Where(l => l.Value > latest).Select(l => BatonErrors.AboutFile(path, BatonErrors.PromptLabelOutOfRange(l.Key, l.Value, latest))).FirstOrDefault();

    /// <summary>The same comparison the store makes: these fields are what a new revision would change.</summary>
    private static bool SameContent(Item a, Item b) =>
        a.Title == b.Title && a.Body == b.Body && a.Sensitivity == b.Sensitivity && a.Tags.SequenceEqual(b.Tags);

    /// <summary>Links whose target is in the import or the workspace; the others are left out with a warning.</summary>
    private async Task<(List<(string From, FileLink Link)> Links, List<FileMessage> Warnings)> CheckLinksAsync(List<ImportPlan> plans, CancellationToken cancellationToken)
    {
        var known = plans.Select(p => p.File.Item.Id).ToHashSet(StringComparer.Ordinal);
        var links = new List<(string, FileLink)>();
        var warnings = new List<FileMessage>();
        foreach (var plan in plans)
        {
            foreach (var link in plan.File.Links)
            {
                if (known.Contains(link.To) || await store.FindItemAsync(link.To, cancellationToken) is not null)
                {
                    known.Add(link.To);
                    links.Add((plan.File.Item.Id, link));
                }
                else
                {
                    warnings.Add(new FileMessage(plan.Path, BatonErrors.LinkTargetMissing(plan.Path, link.Type, link.To)));
                }
            }
        }

        return (links, warnings);
    }

    private async Task<int> CountNewLinksAsync(List<ImportPlan> plans, List<(string From, FileLink Link)> links, CancellationToken cancellationToken)
    {
        var existing = new HashSet<(string, string, string)>();
        foreach (var plan in plans.Where(p => p.Current is not null))
        {
            foreach (var link in await store.GetLinksAsync(plan.File.Item.Id, cancellationToken))
                existing.Add((link.From, link.Type, link.To));
        }

        return links.Count(l => !existing.Contains((l.From, l.Link.Type, l.Link.To)));
    }

    private static ImportResult Result(bool dryRun, int markdown, IReadOnlyList<ImportedFile> files, IReadOnlyList<FileMessage> skipped,
        IReadOnlyList<FileMessage> problems, IReadOnlyList<FileMessage> warnings, int links) => new()
        {
            DryRun = dryRun,
            MarkdownFiles = markdown,
            Files = files,
            Skipped = skipped,
            Problems = problems,
            Warnings = warnings,
            LinksAdded = links,
        };
}
