using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Git;
using Baton.Packing;
using Baton.Prompts;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands.Packs;

/// <summary>Runs a recorded pack's spec again (same id, items at their recorded revisions) and compares the bytes.</summary>
internal sealed class PackRebuildCommand(CliEnvironment environment) : BatonCommand<PackRebuildCommand.Settings>(environment)
{
    internal sealed class Settings : WriteSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The pack's id or a prefix of it")]
        public string Id { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("Write the rebuilt pack to FILE instead of stdout")]
        public string? Out { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var id = await PackIds.ResolveAsync(session.Store, settings.Id, cancellationToken);
        var old = await session.Store.FindPackAsync(id, cancellationToken) ?? throw BatonErrors.NoPackToRebuild(id);
        if (old.Spec.Split is not null && settings.Out is null)
            throw BatonErrors.SplitNeedsOut();

        var by = await session.AuthorAsync(settings, cancellationToken);
        var builder = new PackBuilder(session.Library, new PromptService(session.Library, PromptLimits.For(session.Config)), session.Store,
            session.OpenPackBoundaryAsync, session.Workspace.Root);
        using var output = settings.Out is null ? PackOutput.ToWriter(Environment.Out) : PackOutput.ToFile(Path.Combine(Environment.CurrentDirectory, settings.Out));
        var result = await builder.BuildAsync(old.Spec, output, by, record: false, id: old.Id, cancellationToken: cancellationToken);
        var now = result.Manifest;

        if (now.OutputSha256 == old.OutputSha256)
        {
            Note($"rebuilt pack {old.Id}: identical ({now.OutputTokens:N0} tokens, sha256 {now.OutputSha256})");
            foreach (var change in (await ChangesAsync(session, old, now, cancellationToken)).Where(c => c.StartsWith("item ", StringComparison.Ordinal)))
                Note("  " + change);
            return ExitCodes.Ok;
        }

        Note($"rebuilt pack {old.Id}: the bytes differ (sha256 {now.OutputSha256}, recorded {old.OutputSha256})");
        foreach (var change in await ChangesAsync(session, old, now, cancellationToken))
            Note("  " + change);
        return ExitCodes.Failed;
    }

    private void Note(string text) => Environment.Error.Write(text + "\n");

    private static async Task<List<string>> ChangesAsync(Session session, PackManifest old, PackManifest now, CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        if (old.Commit != now.Commit)
            changes.Add($"commit: {old.Commit ?? "(none)"} then, {now.Commit ?? "(none)"} now");
        var before = old.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var after = now.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var (path, file) in before)
        {
            if (!after.TryGetValue(path, out var current))
                changes.Add($"file gone or no longer selected: {path}");
            else if (current.Blob != file.Blob)
                changes.Add($"file changed: {path} (blob {file.Blob?[..12]} then, {current.Blob?[..12]} now)");
            else if (current.Status != file.Status)
                changes.Add($"file {path}: {file.Status} then, {current.Status} now");
        }

        changes.AddRange(after.Keys.Where(p => !before.ContainsKey(p)).Select(p => $"file new: {p}"));
        foreach (var item in old.Items)
        {
            var current = await session.Store.FindItemAsync(item.Id, cancellationToken);
            if (current is null)
                changes.Add($"item deleted: {item.Id}");
            else if (current.Revision != item.Revision)
                changes.Add($"item {item.Id} moved from revision {item.Revision} to {current.Revision} (rebuilt with revision {item.Revision})");
        }

        var oldItems = old.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(now.Items.Where(i => !oldItems.Contains(i.Id)).Select(i => $"item new: {i.Id} ({i.Source})"));
        var newItems = now.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(old.Items.Where(i => !newItems.Contains(i.Id)).Select(i => $"item no longer selected: {i.Id}"));
        var oldSections = old.Sections.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        foreach (var section in now.Sections.Where(s => !oldSections.TryGetValue(s.Kind, out var o) || o.Tokens != s.Tokens))
            changes.Add($"{section.Kind} changed ({section.Tokens} tokens now)");
        if (changes.Count == 0 && old.Boundary.TotalFindings > 0)
            changes.Add("the files and items are the same; the boundary's pseudonyms or keyed hashes differ between runs (they are stable only within one pack until the workspace vault keeps them)");
        if (changes.Count == 0)
            changes.Add("no file, item, section or commit differs; see `baton pack show` for both");
        return changes;
    }
}
